"""Tests for the foundations examples: basics, OOP, functional, iterators, stdlib."""

# Not words, but test data: a query string split on purpose.
# cspell:ignore thon

import json
import logging
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests


# --------------------------------------------------------------- python_basics
def test_read_text_ok_and_errors(example, tmp_path: Path) -> None:
    mod = example("python_basics/read_file_safely.py")
    good = tmp_path / "good.txt"
    good.write_text("héllo wörld\n", encoding="utf-8")
    assert mod.read_text(good).text == "héllo wörld\n"
    assert mod.read_text(good).ok

    missing = mod.read_text(tmp_path / "missing.txt")
    assert not missing.ok
    assert missing.text is None
    assert "does not exist" in missing.error

    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("café".encode("latin-1"))
    bad = mod.read_text(latin1)
    assert "not valid utf-8 (byte 3)" in bad.error
    assert mod.read_text(latin1, encoding="latin-1").text == "café"

    assert "is a directory" in mod.read_text(tmp_path).error
    assert mod.count_words(good) == 2
    assert mod.count_words(tmp_path / "missing.txt") is None


def test_read_file_main(example, tmp_path: Path, capsys) -> None:
    mod = example("python_basics/read_file_safely.py")
    (tmp_path / "a.txt").write_text("abc", encoding="utf-8")
    assert mod.main([str(tmp_path / "a.txt")]) == 0
    assert "3 characters" in capsys.readouterr().out
    assert mod.main([str(tmp_path / "nope.txt")]) == 1
    assert "does not exist" in capsys.readouterr().err


class _Handler(BaseHTTPRequestHandler):
    requests_seen: list[dict] = []  # noqa: RUF012

    def do_GET(self) -> None:
        self.requests_seen.append({"path": self.path, "ua": self.headers["User-Agent"]})
        if self.path.startswith("/users/1"):
            body, status = {"id": 1, "name": "Ada"}, 200
        elif self.path.startswith("/users/"):
            body, status = {"error": "not found"}, 404
        elif self.path.startswith("/boom"):
            body, status = {"error": "boom"}, 500
        else:
            body, status = {"path": self.path}, 200
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


@pytest.fixture
def local_http_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Handler.requests_seen.clear()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_http_get_requests(example, local_http_server: str) -> None:
    mod = example("python_basics/http_get_requests.py")
    with mod.make_session("tester/1.0") as session:
        data = mod.get_json(session, f"{local_http_server}/search", q="py thon")
        assert data == {"path": "/search?q=py+thon"}
        assert mod.fetch_user(session, local_http_server, 1) == {"id": 1, "name": "Ada"}
        assert mod.fetch_user(session, local_http_server, 2) is None
        with pytest.raises(requests.HTTPError) as info:
            mod.get_json(session, f"{local_http_server}/boom")
        assert info.value.response.status_code == 500
    assert {r["ua"] for r in _Handler.requests_seen} == {"tester/1.0"}
    assert all(seconds > 0 for seconds in mod.TIMEOUT)


# ------------------------------------------------------------------------ oop
def test_money(example) -> None:
    mod = example("oop/magic_methods_money.py")
    Money = mod.Money
    assert Money("0.10") + Money("0.20") == Money("0.30")
    assert repr(Money("1.5")) == "Money('1.50', 'EUR')"
    assert str(Money(2, "USD")) == "2.00 USD"
    assert Money("1.005") == Money("1.00")  # banker's rounding
    assert Money("1.015") == Money("1.02")
    assert Money(1) < Money(2) <= Money(2)
    assert Money(3) > Money(2)
    assert sorted([Money(3), Money(1)]) == [Money(1), Money(3)]
    assert len({Money(1), Money("1.00"), Money(1, "USD")}) == 2
    assert Money(1) != 1
    assert sum([Money(1), Money(2)], start=Money(0)) == Money(3)
    with pytest.raises(ValueError, match="cannot mix"):
        Money(1, "EUR") + Money(1, "USD")
    with pytest.raises(ValueError, match="cannot mix"):
        _ = Money(1, "EUR") < Money(1, "USD")
    with pytest.raises(TypeError):
        Money(1) + 1
    with pytest.raises(AttributeError):
        Money(1).extra = 1  # __slots__

    Price = mod.Price
    total = Price(Decimal("1.50")) + Price(Decimal("2.25"))
    assert total == Price(Decimal("3.75"))
    assert Price(Decimal(1)) < Price(Decimal(2))
    assert hash(Price(Decimal(1))) == hash(Price(Decimal(1)))
    with pytest.raises(AttributeError):
        total.amount = Decimal(0)  # frozen


# ------------------------------------------------------- functional_programming
def test_functional_tools(example) -> None:
    mod = example("functional_programming/functional_tools.py")
    assert mod.paid_totals_map_filter(mod.ORDERS) == [120.0, 310.0]
    assert mod.paid_totals_comprehension(mod.ORDERS) == [120.0, 310.0]
    assert mod.apply_discount(200, 25) == 150.0
    assert mod.ten_percent_off(120.0) == 108.0
    assert mod.product([2, 3, 4]) == 24
    assert mod.product([]) == 1
    assert mod.top_customers(mod.ORDERS) == ["grace", "ada"]
    assert mod.top_customers(mod.ORDERS, n=1) == ["grace"]
    mod.fibonacci.cache_clear()
    assert [mod.fibonacci(n) for n in range(10)] == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
    assert mod.fibonacci(200) == 280571172992510140037611932413038677189525
    assert mod.fibonacci.cache_info().misses == 201  # each value computed once
    assert mod.ORDERS[1]["paid"] is False  # nothing mutated the input


# ------------------------------------------------ iterators_generators_decorators
def test_iterators_and_generators(example) -> None:
    mod = example("iterators_generators_decorators/generator_pipeline.py")
    countdown = mod.Countdown(3)
    assert iter(countdown) is countdown
    assert list(countdown) == [3, 2, 1]
    assert list(countdown) == []  # an iterator is used up after one pass
    assert list(mod.countdown(3)) == [3, 2, 1]

    log = ["INFO /a 200\n", "ERROR /b 502\n", "garbage\n", "\n", "ERROR /c 500"]
    assert list(mod.server_errors(log)) == ["/b", "/c"]
    assert list(mod.flatten([1, [2, [3, (4, 5)]], "ab"])) == [1, 2, 3, 4, 5, "ab"]


def test_pipeline_is_lazy(example) -> None:
    mod = example("iterators_generators_decorators/generator_pipeline.py")
    consumed: list[str] = []

    def source() -> Iterator[str]:
        for line in ["E /x 500", "E /y 500", "E /z 500"]:
            consumed.append(line)
            yield line

    pipeline = mod.server_errors(source())
    assert consumed == []  # building the pipeline reads nothing
    assert next(pipeline) == "/x"
    assert consumed == ["E /x 500"]  # one line flowed through, no more


def test_decorators(example, caplog) -> None:
    mod = example("iterators_generators_decorators/decorators.py")
    assert mod.flaky_fetch.__name__ == "flaky_fetch"
    assert "Pretend network call" in mod.flaky_fetch.__doc__
    with caplog.at_level(logging.INFO, logger=mod.logger.name):
        assert mod.flaky_fetch(["fail", "fail", "ok"]) == "ok"
    messages = [r.getMessage() for r in caplog.records]
    assert sum("retry" in m for m in messages) == 2
    assert any(m.startswith("flaky_fetch took") for m in messages)

    with pytest.raises(ConnectionError):
        mod.flaky_fetch(["fail", "fail", "fail", "ok"])  # 3 attempts, then give up

    calls: list[int] = []

    @mod.retry(times=5, exceptions=(KeyError,), delay=0)
    def not_retried() -> None:
        calls.append(1)
        raise ValueError("not in the retry list")

    with pytest.raises(ValueError, match="not in the retry list"):
        not_retried()
    assert calls == [1]
    with pytest.raises(ValueError, match="at least 1"):
        mod.retry(times=0)


def test_context_managers(example, tmp_path: Path) -> None:
    mod = example("iterators_generators_decorators/context_managers.py")
    with mod.Timer() as timer:
        sum(range(10_000))
    assert timer.elapsed > 0

    with pytest.raises(RuntimeError), mod.Timer() as failing:
        raise RuntimeError("not swallowed")
    assert failing.elapsed > 0

    start = Path.cwd()
    seen: list[Path] = []

    def fail_inside() -> None:
        with mod.working_directory(tmp_path) as inside:
            seen.extend([Path.cwd(), inside])
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        fail_inside()
    assert seen == [tmp_path, tmp_path]
    assert Path.cwd() == start  # restored even after the error

    parts = []
    for i, text in enumerate(["a", "b", "c"]):
        parts.append(tmp_path / f"{i}.txt")
        parts[-1].write_text(text, encoding="utf-8")
    assert mod.concatenate(parts, tmp_path / "all.txt") == 3
    assert (tmp_path / "all.txt").read_text(encoding="utf-8") == "abc"


# ------------------------------------------------------------ standard_library
def test_stdlib_tour(example, tmp_path: Path) -> None:
    mod = example("standard_library/stdlib_tour.py")
    assert mod.word_counts("b a b c b a", top=2) == [("b", 3), ("a", 2)]
    assert mod.group_by_first_letter(["ab", "b", "ac"]) == {
        "a": ["ab", "ac"],
        "b": ["b"],
    }
    assert mod.last_n(map(str, range(100)), 3) == ["97", "98", "99"]
    assert list(mod.batched(range(7), 3)) == [(0, 1, 2), (3, 4, 5), (6,)]
    assert list(mod.batched([], 3)) == []

    event = mod.Event("launch", datetime(2026, 7, 1, 9, 30, tzinfo=UTC), ["x"])
    assert mod.Event.from_json(event.to_json()) == event
    assert json.loads(event.to_json())["starts_at"] == "2026-07-01T09:30:00+00:00"
    assert mod.local_time(event.starts_at, "Europe/Berlin") == "2026-07-01 11:30 CEST"
    assert mod.local_time(event.starts_at, "America/New_York").endswith("05:30 EDT")
    assert mod.Event("a", event.starts_at).tags == []  # default_factory: fresh list

    path = tmp_path / "events.jsonl"
    mod.save_events([event, event], path)
    assert len(path.read_text(encoding="utf-8").splitlines()) == 2
