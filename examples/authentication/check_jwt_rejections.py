"""What PyJWT's decode accepts and rejects: expired, tampered, unsigned, missing exp."""

from datetime import UTC, datetime, timedelta

import jwt
from jwt.utils import base64url_encode

KEY = "a-32-byte-or-longer-demo-secret-0123456789"
soon = datetime.now(UTC) + timedelta(minutes=15)
past = datetime(2025, 1, 1, tzinfo=UTC)
valid = jwt.encode({"sub": "user-42", "exp": soon}, KEY, algorithm="HS256")
header, _payload, signature = valid.split(".")
forged = base64url_encode(b'{"sub": "admin", "exp": 4102444800}').decode()

tokens = {
    "valid": valid,
    "expired": jwt.encode({"sub": "user-42", "exp": past}, KEY),
    "tampered": f"{header}.{forged}.{signature}",
    "alg none": jwt.encode({"sub": "admin", "exp": soon}, None, algorithm="none"),
    "no exp": jwt.encode({"sub": "user-42"}, KEY),
}
for name, token in tokens.items():
    try:
        claims = jwt.decode(
            token, KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]}
        )
        print(f"{name}: accepted, sub={claims['sub']}")
    except jwt.InvalidTokenError as error:
        print(f"{name}: {type(error).__name__}: {error}")
