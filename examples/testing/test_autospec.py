"""Autospec: a mock that has the real function's signature catches stale tests."""

from unittest.mock import Mock, create_autospec, patch

import pytest


def send_receipt(order_id: int, email: str, *, copy_to_accounts: bool = False) -> str:
    """Code the tests replace: would talk to an email provider."""
    raise RuntimeError("no email in unit tests")


def checkout(order_id: int, email: str) -> str:
    return send_receipt(order_id, email)


# region autospec
def test_plain_mock_accepts_any_call() -> None:
    fake = Mock(return_value="queued")
    # Wrong arguments, and a keyword the real function does not have: no error.
    assert fake(42, to="a@example.com", urgent=True) == "queued"


def test_autospec_rejects_calls_the_real_function_would_reject() -> None:
    fake = create_autospec(send_receipt, return_value="queued")
    assert fake(42, "a@example.com") == "queued"
    with pytest.raises(TypeError):
        fake(42, to="a@example.com")  # no such parameter: the test fails loudly
    with pytest.raises(TypeError):
        fake(42, "a@example.com", True)  # copy_to_accounts is keyword-only


def test_patch_with_autospec() -> None:
    with patch(f"{__name__}.send_receipt", autospec=True) as fake:
        fake.return_value = "queued"
        assert checkout(7, "b@example.com") == "queued"
    fake.assert_called_once_with(7, "b@example.com")


# endregion autospec
