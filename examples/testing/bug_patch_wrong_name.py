"""Patching time.time does not reach code that did `from time import time`."""

from time import time
from unittest.mock import patch

FROZEN = 1_700_000_000.0


def issue_token(user_id: int, ttl: int = 60) -> dict[str, int]:
    """Code under test: stamps an expiry from the current clock."""
    return {"sub": user_id, "exp": int(time()) + ttl}


with patch("time.time", return_value=FROZEN):
    print("patch('time.time'):", issue_token(7)["exp"] == FROZEN + 60)

with patch(f"{__name__}.time", return_value=FROZEN):
    print(f"patch('{__name__}.time'):", issue_token(7)["exp"] == FROZEN + 60)
