"""Passwords stored as plain SHA-256: equal passwords match, a word list cracks them."""

import hashlib


def hash_password(password: str) -> str:
    return hashlib.sha256(password.encode()).hexdigest()  # fast and unsalted


users = {
    "ada": hash_password("Summer2026!"),
    "grace": hash_password("Summer2026!"),
    "linus": hash_password("kernel-hacker"),
}
print("ada and grace share a hash:", users["ada"] == users["grace"])

# An attacker with the leaked table hashes each guess once and looks it up.
guesses = ["123456", "password", "Summer2026!", "qwerty"]
lookup = {hash_password(guess): guess for guess in guesses}
cracked = {user: lookup[digest] for user, digest in users.items() if digest in lookup}
print("cracked:", cracked)
