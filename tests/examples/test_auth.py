"""Tests for the authentication examples."""

# Not words, but test data: "s3cret" is a sample password.
# cspell:ignore cret

from datetime import UTC, datetime, timedelta

import jwt
import pytest


def test_jwt_round_trip(example) -> None:
    mod = example("authentication/jwt_tokens.py")
    token = mod.issue_token("user-1", ["orders:read", "orders:write"])
    claims = mod.verify_token(token)
    assert claims["sub"] == "user-1"
    assert claims["scope"] == "orders:read orders:write"
    assert claims["exp"] - claims["iat"] == 15 * 60
    assert jwt.get_unverified_header(token)["alg"] == "HS256"


def test_jwt_rejects_expired_tokens(example) -> None:
    mod = example("authentication/jwt_tokens.py")
    an_hour_ago = datetime.now(UTC) - timedelta(hours=1)
    with pytest.raises(mod.InvalidTokenError, match="token expired"):
        mod.verify_token(mod.issue_token("user-1", [], now=an_hour_ago))
    # Within the 10 s leeway the token is still accepted.
    just_expired = datetime.now(UTC) - mod.ACCESS_TOKEN_TTL - timedelta(seconds=3)
    assert mod.verify_token(mod.issue_token("u", [], now=just_expired))["sub"] == "u"


def test_jwt_rejects_forged_and_malformed_tokens(example) -> None:
    mod = example("authentication/jwt_tokens.py")
    now = datetime.now(UTC)
    claims = {"sub": "admin", "iss": mod.ISSUER, "iat": now, "exp": now + timedelta(1)}
    forged = jwt.encode(claims, "x" * 32 + "-some-other-secret", algorithm="HS256")
    with pytest.raises(mod.InvalidTokenError, match="bad signature"):
        mod.verify_token(forged)

    unsigned = jwt.encode(claims, None, algorithm="none")  # the classic alg=none trick
    with pytest.raises(mod.InvalidTokenError, match="invalid token"):
        mod.verify_token(unsigned)

    no_expiry = jwt.encode(
        {"sub": "a", "iss": mod.ISSUER, "iat": now}, mod.SECRET_KEY, algorithm="HS256"
    )
    with pytest.raises(mod.InvalidTokenError, match="exp"):
        mod.verify_token(no_expiry)

    wrong_issuer = jwt.encode(
        claims | {"iss": "evil"}, mod.SECRET_KEY, algorithm="HS256"
    )
    with pytest.raises(mod.InvalidTokenError, match="issuer"):
        mod.verify_token(wrong_issuer)

    with pytest.raises(mod.InvalidTokenError):
        mod.verify_token("not.a.jwt")


def test_password_hashing(example) -> None:
    mod = example("authentication/password_hashing.py")
    stored = mod.hash_password("s3cret pass")
    assert stored.split("$")[:4] == [
        "scrypt",
        "16384",
        "8",
        "5",
    ]  # OWASP: p=5 at n=2**14
    assert "s3cret" not in stored
    assert mod.verify_password("s3cret pass", stored)
    assert not mod.verify_password("s3cret pas", stored)
    assert not mod.verify_password("", stored)
    # Same password, different salt, different hash: equal passwords don't leak.
    assert mod.hash_password("s3cret pass") != stored
    for garbage in ("", "plain-text", "md5$1$2$3$4$5", "scrypt$x$8$1$AA==$AA=="):
        assert not mod.verify_password("s3cret pass", garbage)
    assert not mod.needs_rehash(stored)
    assert mod.needs_rehash(stored.replace("scrypt$16384$", "scrypt$1024$"))


def test_password_hashes_from_older_parameters_still_verify(example) -> None:
    mod = example("authentication/password_hashing.py")
    import base64
    import hashlib

    salt = b"0123456789abcdef"
    key = hashlib.scrypt(b"old", salt=salt, n=1024, r=8, p=1, dklen=32)
    b64 = base64.b64encode
    old = f"scrypt$1024$8$1${b64(salt).decode()}${b64(key).decode()}"
    assert mod.verify_password("old", old)
    assert mod.needs_rehash(old)


def test_password_hashes_above_the_openssl_default_memory_limit(example) -> None:
    """n=2**15 needs just over OpenSSL's 32 MiB default: verifying must not raise."""
    mod = example("authentication/password_hashing.py")
    import base64
    import hashlib

    salt = b"0123456789abcdef"
    key = hashlib.scrypt(b"strong", salt=salt, n=2**15, r=8, p=1, maxmem=mod.MAXMEM)
    b64 = base64.b64encode
    stored = f"scrypt${2**15}$8$1${b64(salt).decode()}${b64(key[:32]).decode()}"
    assert mod.verify_password("strong", stored) is True
    assert mod.verify_password("wrong", stored) is False
    # A tampered hash asking for far more memory is refused, not attempted.
    assert (
        mod.verify_password("strong", stored.replace("$32768$", "$1048576$")) is False
    )
