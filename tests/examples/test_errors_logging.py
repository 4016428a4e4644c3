"""Tests for the errors-and-logging examples."""

import io
import json
import logging
import logging.config
import threading

import pytest


def test_logging_config(example, capsys) -> None:
    mod = example("errors_and_logging/logging_config.py")
    try:
        mod.configure_logging()
        assert mod.charge(1, 1999) is True
        assert mod.charge(2, -5) is False
        logging.getLogger("app.db").info("hidden")
        logging.getLogger("app.db").warning("db warning")
        logging.getLogger("app.orders").debug("hidden debug")
        err = capsys.readouterr().err
    finally:
        logging.config.dictConfig({"version": 1, "disable_existing_loggers": False})
        for name in ("app", "app.db", "urllib3"):
            logging.getLogger(name).setLevel(logging.NOTSET)
        logging.getLogger().handlers.clear()
    lines = err.splitlines()
    assert any("INFO     app.orders: charged order 1: 1999 cents" in x for x in lines)
    assert any("ERROR    app.orders: charge failed for order 2" in x for x in lines)
    assert "Traceback (most recent call last)" in err  # logger.exception
    assert "ValueError: invalid amount -5" in err
    assert "db warning" in err
    assert "hidden" not in err


def test_custom_exceptions(example) -> None:
    mod = example("errors_and_logging/custom_exceptions.py")
    assert issubclass(mod.NotFoundError, mod.AppError)
    assert issubclass(mod.ValidationError, mod.AppError)

    with pytest.raises(mod.NotFoundError) as info:
        mod.get_user(99)
    assert isinstance(info.value.__cause__, KeyError)  # raise ... from
    assert info.value.details == {"user_id": 99}

    with pytest.raises(mod.ValidationError) as info:
        mod.parse_age("abc")
    assert isinstance(info.value.__cause__, ValueError)
    with pytest.raises(mod.ValidationError, match="out of range"):
        mod.parse_age("200")

    assert mod.handle(1) == (200, {"id": 1, "age": 36})
    assert mod.handle(42) == (
        404,
        {"error": "NotFoundError", "message": "user 42 not found", "user_id": 42},
    )
    status, body = mod.to_http_response(mod.ConflictError("taken", field="email"))
    assert (status, body["field"]) == (409, "email")
    assert mod.to_http_response(mod.AppError("oops"))[0] == 500


def test_structured_logging(example) -> None:
    mod = example("errors_and_logging/structured_logging.py")
    stream = io.StringIO()
    logger = mod.build_logger("test-api", stream)
    mod.handle_request(logger, "/orders", user_id=7)
    first, second = (json.loads(line) for line in stream.getvalue().splitlines())
    assert first["message"] == "request started"
    assert first["path"] == "/orders"
    assert first["user_id"] == 7
    assert first["level"] == "INFO"
    assert first["logger"] == "test-api"
    assert first["time"].endswith("+00:00")
    assert len(first["request_id"]) == 12
    assert second["request_id"] == first["request_id"]  # same request
    assert second["status"] == 200
    assert mod.request_id.get() == "-"  # reset after the request

    try:
        raise RuntimeError("kaput")
    except RuntimeError:
        logger.exception("failed")
    last = json.loads(stream.getvalue().splitlines()[-1])
    assert last["level"] == "ERROR"
    assert "RuntimeError: kaput" in last["exception"]
    assert last["request_id"] == "-"


def test_request_ids_do_not_leak_between_threads(example) -> None:
    mod = example("errors_and_logging/structured_logging.py")
    stream = io.StringIO()
    logger = mod.build_logger("threads-api", stream)
    threads = [
        threading.Thread(target=mod.handle_request, args=(logger, f"/p{i}", i))
        for i in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    records = [json.loads(line) for line in stream.getvalue().splitlines()]
    ids_by_user = {r["user_id"]: r["request_id"] for r in records if "user_id" in r}
    assert len(set(ids_by_user.values())) == 4
