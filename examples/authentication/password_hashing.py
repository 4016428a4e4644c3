"""Hash and verify passwords with the standard library's scrypt.

OWASP's first choice for new systems is argon2id (the argon2-cffi package, or
the pwdlib wrapper around it); scrypt is its recommended fallback and ships
with Python, so this example needs no extra dependency. Never store plain
passwords, and never use a fast hash such as SHA-256 on its own for them.
"""

import base64
import hashlib
import hmac
import secrets

# region hash
# scrypt cost parameters: n=2**14, r=8, p=5 is one of the settings OWASP's Password
# Storage Cheat Sheet lists (about 16 MiB of memory per hash; p=1 would be far weaker
# at this n). Raise n as hardware gets faster; old hashes keep working because every
# stored hash records the parameters it was made with.
N, R, P = 2**14, 8, 5
SALT_BYTES, KEY_BYTES = 16, 32
# OpenSSL refuses scrypt above 32 MiB unless told otherwise, so n=2**15 and up would
# raise; allow 64 MiB, which also bounds what a tampered stored hash can demand.
MAXMEM = 64 * 1024 * 1024


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str) -> str:
    """Return a self-describing string: scrypt$n$r$p$salt$hash."""
    salt = secrets.token_bytes(SALT_BYTES)  # a new random salt for every password
    key = hashlib.scrypt(
        password.encode(), salt=salt, n=N, r=R, p=P, maxmem=MAXMEM, dklen=KEY_BYTES
    )
    return f"scrypt${N}${R}${P}${_b64(salt)}${_b64(key)}"


# endregion hash


# region verify
def verify_password(password: str, stored: str) -> bool:
    try:
        algorithm, n, r, p, salt_b64, key_b64 = stored.split("$")
        n_, r_, p_ = int(n), int(r), int(p)
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(key_b64)
    except ValueError:
        return False  # not a hash we produced
    if algorithm != "scrypt":
        return False
    try:
        key = hashlib.scrypt(
            password.encode(),
            salt=salt,
            n=n_,
            r=r_,
            p=p_,
            maxmem=MAXMEM,
            dklen=len(expected),
        )
    except ValueError:
        return False  # parameters OpenSSL rejects, e.g. above MAXMEM

    # compare_digest takes the same time whether the first or last byte differs,
    # so an attacker cannot learn the hash byte by byte from response times.
    return hmac.compare_digest(key, expected)


def needs_rehash(stored: str) -> bool:
    """True when a hash uses older parameters: re-hash at the next successful login."""
    return stored.split("$")[1:4] != [str(N), str(R), str(P)]


# endregion verify


if __name__ == "__main__":
    stored = hash_password("correct horse battery staple")
    print(stored)
    print(verify_password("correct horse battery staple", stored))  # True
    print(verify_password("Tr0ub4dor&3", stored))  # False
