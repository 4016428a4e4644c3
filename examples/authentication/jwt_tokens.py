"""Issue and verify JSON Web Tokens with PyJWT: standard claims, pinned algorithms,
and handling expired or tampered tokens."""

import os
from datetime import UTC, datetime, timedelta

import jwt

# region config
# Demo fallback only. A real service loads a long random secret from its
# environment or a secret manager; generate one with secrets.token_urlsafe(64).
SECRET_KEY = os.environ.get(
    "JWT_SECRET_KEY", "demo-only-secret-change-me-0123456789abcdef"
)
ALGORITHM = "HS256"
ISSUER = "roadmap-api"
ACCESS_TOKEN_TTL = timedelta(minutes=15)  # short-lived; refresh tokens live longer
# endregion config


class InvalidTokenError(Exception):
    """Raised for any token the API must reject (answer with HTTP 401)."""


# region issue
def issue_token(user_id: str, scopes: list[str], now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    claims = {
        "sub": user_id,  # subject: who the token is about (a string)
        "iss": ISSUER,
        "iat": now,  # issued at; PyJWT converts datetimes to Unix timestamps
        "exp": now + ACCESS_TOKEN_TTL,  # expiry: always set one
        "scope": " ".join(scopes),
    }
    return jwt.encode(claims, SECRET_KEY, algorithm=ALGORITHM)


# endregion issue


# region verify
def verify_token(token: str) -> dict:
    try:
        return jwt.decode(
            token,
            SECRET_KEY,
            algorithms=[ALGORITHM],  # pin it: never trust the token's own "alg" header
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub", "iss"]},
            leeway=timedelta(seconds=10),  # tolerate small clock differences
        )
    except jwt.ExpiredSignatureError as exc:
        raise InvalidTokenError("token expired") from exc
    except jwt.InvalidSignatureError as exc:
        raise InvalidTokenError("bad signature") from exc
    except jwt.InvalidTokenError as exc:  # malformed, wrong issuer, missing claim ...
        raise InvalidTokenError(f"invalid token: {exc}") from exc


# endregion verify


if __name__ == "__main__":
    token = issue_token("user-42", ["orders:read"])
    print(token)
    print(verify_token(token))
    forged = jwt.encode(
        {"sub": "admin"},
        "an-attacker-guessed-this-secret-0123456789",
        algorithm=ALGORITHM,
    )
    for bad in (forged, "not-a-jwt"):
        try:
            verify_token(bad)
        except InvalidTokenError as error:
            print("rejected:", error)
