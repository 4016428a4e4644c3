"""Replace an HTTP call in tests with unittest.mock.patch or pytest's monkeypatch."""

from unittest.mock import Mock, patch

import pytest
import requests


# region code_under_test
def get_exchange_rate(base: str, target: str) -> float:
    """Code under test: calls an external API (never hit a real one in unit tests)."""
    response = requests.get(
        "https://api.example.com/rates", params={"base": base}, timeout=5
    )
    response.raise_for_status()
    return float(response.json()["rates"][target])


def convert(amount: float, base: str, target: str) -> float:
    return round(amount * get_exchange_rate(base, target), 2)


# endregion code_under_test


# region patch
def test_convert_with_patch() -> None:
    fake_response = Mock()
    fake_response.json.return_value = {"rates": {"USD": 1.1}}
    # Patch where the code looks the name up: it calls requests.get, so patch that
    # attribute. (After `from requests import get` you would patch "mymodule.get".)
    with patch("requests.get", return_value=fake_response) as fake_get:
        assert convert(100, "EUR", "USD") == 110.0

    fake_get.assert_called_once_with(
        "https://api.example.com/rates", params={"base": "EUR"}, timeout=5
    )
    fake_response.raise_for_status.assert_called_once()


# endregion patch


# region monkeypatch
def test_convert_with_monkeypatch(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str]] = []

    def fake_rate(base: str, target: str) -> float:
        calls.append((base, target))
        return 0.5

    # monkeypatch undoes the replacement automatically after the test.
    monkeypatch.setattr(f"{__name__}.get_exchange_rate", fake_rate)
    assert convert(10, "EUR", "GBP") == 5.0
    assert calls == [("EUR", "GBP")]


# endregion monkeypatch


def test_http_errors_propagate() -> None:
    fake_response = Mock()
    fake_response.raise_for_status.side_effect = requests.HTTPError("503")
    with (
        patch("requests.get", return_value=fake_response),
        pytest.raises(requests.HTTPError),
    ):
        get_exchange_rate("EUR", "USD")
