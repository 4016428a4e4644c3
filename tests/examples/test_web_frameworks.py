"""Tests for the Flask, FastAPI, Django, aiohttp and WebSocket examples."""

import asyncio
import functools
import os
import socket
import subprocess
import sys
from collections.abc import Iterator

import pytest
from conftest import EXAMPLES
from fastapi.testclient import TestClient
from starlette.websockets import WebSocketDisconnect


# ---------------------------------------------------------------------- flask
@pytest.fixture
def flask_client(example):
    mod = example("flask/flask_json_api.py")
    app = mod.create_app({"TESTING": True})
    return app.test_client()


def test_flask_list_and_get(flask_client) -> None:
    response = flask_client.get("/books")
    assert response.status_code == 200
    assert response.get_json() == [{"id": 1, "title": "Fluent Python", "year": 2022}]
    assert flask_client.get("/books/1").get_json()["title"] == "Fluent Python"


def test_flask_404_is_json(flask_client) -> None:
    response = flask_client.get("/books/99")
    assert response.status_code == 404
    assert response.is_json
    assert response.get_json() == {"error": "Not Found", "message": "book 99 not found"}
    assert flask_client.get("/nope").get_json()["error"] == "Not Found"
    assert flask_client.delete("/books/1").status_code == 405


def test_flask_create_and_validate(flask_client) -> None:
    created = flask_client.post("/books", json={"title": "Two Scoops", "year": 2024})
    assert created.status_code == 201
    assert created.headers["Location"] == "/books/2"
    assert created.get_json() == {"id": 2, "title": "Two Scoops", "year": 2024}
    assert len(flask_client.get("/books").get_json()) == 2

    bad = flask_client.post("/books", json={"title": " ", "year": "2024"})
    assert bad.status_code == 422
    assert set(bad.get_json()["details"]) == {"title", "year"}
    not_json = flask_client.post("/books", data="x", content_type="text/plain")
    assert not_json.status_code == 422
    assert not_json.get_json()["details"] == {"body": "expected a JSON object"}


def test_flask_apps_do_not_share_state(example) -> None:
    mod = example("flask/flask_json_api.py")
    first, second = mod.create_app().test_client(), mod.create_app().test_client()
    first.post("/books", json={"title": "Only here", "year": 2020})
    assert len(second.get("/books").get_json()) == 1


# -------------------------------------------------------------------- fastapi
@pytest.fixture
def api(example) -> Iterator[tuple[TestClient, object]]:
    mod = example("fastapi/fastapi_crud.py")
    store = mod.ItemStore()  # a fresh store per test instead of the global one
    mod.app.dependency_overrides[mod.get_store] = lambda: store
    try:
        with TestClient(mod.app) as client:
            yield client, store
    finally:
        mod.app.dependency_overrides.clear()


def test_fastapi_crud_cycle(api) -> None:
    client, store = api
    assert client.get("/health").json() == {"status": "ok"}
    assert client.get("/items").json() == []
    created = client.post(
        "/items", json={"name": "  Keyboard ", "price_cents": 4999, "tags": ["usb"]}
    )
    assert created.status_code == 201
    assert created.json() == {
        "id": 1,
        "name": "Keyboard",  # str_strip_whitespace
        "price_cents": 4999,
        "tags": ["usb"],
    }
    assert store.get(1).name == "Keyboard"  # the override was used
    assert client.get("/items/1").json()["name"] == "Keyboard"

    replaced = client.put("/items/1", json={"name": "Mouse", "price_cents": 1999})
    assert replaced.status_code == 200
    assert replaced.json() == {
        "id": 1,
        "name": "Mouse",
        "price_cents": 1999,
        "tags": [],
    }

    deleted = client.delete("/items/1")
    assert deleted.status_code == 204
    assert deleted.content == b""
    assert client.get("/items/1").status_code == 404
    assert client.delete("/items/1").status_code == 404
    assert (
        client.put("/items/1", json={"name": "X", "price_cents": 1}).status_code == 404
    )


@pytest.mark.parametrize(
    "payload",
    [
        pytest.param({"name": "", "price_cents": 1}, id="empty-name"),
        pytest.param({"name": "   ", "price_cents": 1}, id="blank-name"),
        pytest.param({"name": "x", "price_cents": 0}, id="zero-price"),
        pytest.param({"name": "x", "price_cents": 1, "colour": "red"}, id="extra"),
        pytest.param({"name": "x"}, id="missing-price"),
    ],
)
def test_fastapi_validation(api, payload: dict) -> None:
    client, store = api
    response = client.post("/items", json=payload)
    assert response.status_code == 422
    assert response.json()["detail"]
    assert store.list() == []


def test_fastapi_default_store_without_override(example) -> None:
    mod = example("fastapi/fastapi_crud.py")
    assert mod.get_store() is mod.get_store()  # one shared store by default
    with TestClient(mod.app) as client:
        assert client.get("/items/12345").json() == {"detail": "item 12345 not found"}
    assert "/items/{item_id}" in mod.app.openapi()["paths"]


# ------------------------------------------------------------------ websocket
def test_websocket_echo(example) -> None:
    mod = example("real_time/websocket_echo.py")
    with TestClient(mod.app) as client, client.websocket_connect("/ws/echo") as ws:
        ws.send_text("hello")
        assert ws.receive_text() == "echo: hello"
        ws.send_text("again")
        assert ws.receive_text() == "echo: again"
        ws.send_text("bye")
        with pytest.raises(WebSocketDisconnect) as info:
            ws.receive_text()
        assert info.value.code == 1000


def test_websocket_broadcast(example) -> None:
    mod = example("real_time/websocket_echo.py")
    with (
        TestClient(mod.app) as client,
        client.websocket_connect("/ws/chat/ada") as ada,
    ):
        assert ada.receive_json() == {"event": "joined", "name": "ada"}
        with client.websocket_connect("/ws/chat/bob") as bob:
            assert bob.receive_json() == {"event": "joined", "name": "bob"}
            assert ada.receive_json() == {"event": "joined", "name": "bob"}
            bob.send_text("hi all")
            expected = {"event": "message", "name": "bob", "text": "hi all"}
            assert ada.receive_json() == expected
            assert bob.receive_json() == expected
        assert ada.receive_json() == {"event": "left", "name": "bob"}
    assert mod.room.clients == set()  # everyone who left was removed


# --------------------------------------------------------------------- django
@pytest.fixture(scope="module")
def django_env(tmp_path_factory):
    project = str(EXAMPLES / "django")
    # The settings' SQLite file, in a temporary directory instead of the repository.
    os.environ["DJANGO_DB_PATH"] = str(tmp_path_factory.mktemp("django") / "db.sqlite3")
    if project not in sys.path:
        sys.path.insert(0, project)
    os.environ["DJANGO_SETTINGS_MODULE"] = "settings"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("check", fail_level="WARNING")
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
    call_command("migrate", verbosity=0)  # a new file every run
    from django.test import Client
    from notes.models import Note

    return Client(), Note


@pytest.fixture
def notes(django_env):
    client, Note = django_env
    Note.objects.all().delete()
    first = Note.objects.create(title="Buy milk", body="2 litres")
    second = Note.objects.create(title="Ship it", pinned=True)
    third = Note.objects.create(title="Newest")
    return client, [first, second, third]


def test_django_list_orders_pinned_then_newest(notes) -> None:
    client, (_, second, _) = notes
    response = client.get("/api/notes/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    titles = [n["title"] for n in response.json()["notes"]]
    assert titles == ["Ship it", "Newest", "Buy milk"]
    pinned = client.get("/api/notes/", {"pinned": "true"}).json()["notes"]
    assert [n["id"] for n in pinned] == [second.pk]


def test_django_detail_and_errors(notes) -> None:
    client, (first, _, _) = notes
    detail = client.get(f"/api/notes/{first.pk}/").json()
    assert detail["title"] == "Buy milk"
    assert detail["body"] == "2 litres"
    assert detail["pinned"] is False
    assert detail["created_at"].endswith("+00:00")  # USE_TZ: aware datetimes
    assert client.get("/api/notes/999999/").status_code == 404
    assert client.post("/api/notes/").status_code == 405
    from django.urls import reverse

    assert reverse("notes:detail", args=[first.pk]) == f"/api/notes/{first.pk}/"


# -------------------------------------------------------------------- aiohttp
def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_aiohttp_main_server_and_client(example) -> None:
    mod = example("aiohttp/aiohttp_server_client.py")
    result = asyncio.run(mod.main(port=_free_port()))
    assert result == {"id": 1, "title": "write docs", "done": False}


def test_aiohttp_errors(example) -> None:
    mod = example("aiohttp/aiohttp_server_client.py")
    from aiohttp.test_utils import TestClient as AioClient
    from aiohttp.test_utils import TestServer

    async def scenario() -> None:
        async with AioClient(TestServer(mod.create_app())) as client:
            missing = await client.get("/todos/5")
            assert missing.status == 404
            assert await missing.json() == {"error": "not found"}
            invalid = await client.post("/todos", json={"title": ""})
            assert invalid.status == 422
            not_json = await client.post("/todos", data=b"{oops")
            assert not_json.status == 400
            assert (await client.get("/todos/abc")).status == 404  # \d+ route
            created = await client.post("/todos", json={"title": "a"})
            assert created.status == 201
            assert (await client.get("/todos/1")).status == 200

    asyncio.run(scenario())


def test_django_walkthrough_migrate_then_shell_sees_the_tables(tmp_path) -> None:
    """The page's steps run as separate processes: the database outlives each."""
    env = {**os.environ, "DJANGO_DB_PATH": str(tmp_path / "db.sqlite3")}
    env.pop("DJANGO_SETTINGS_MODULE", None)  # manage.py sets its own
    manage = [sys.executable, "manage.py"]
    run = functools.partial(
        subprocess.run,
        cwd=EXAMPLES / "django",
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    run([*manage, "migrate", "--verbosity", "0"])
    shell = run(
        [
            *manage,
            "shell",
            "-c",
            "from notes.models import Note; print(Note.objects.count())",
        ]
    )
    assert shell.stdout.strip().splitlines()[-1] == "0"  # the table exists, empty


# ----------------------------------------------------------- flask request hooks
def test_flask_hooks_set_request_id_and_timing(example) -> None:
    mod = example("flask/flask_request_hooks.py")
    client = mod.app.test_client()
    response = client.get("/hello", headers={"X-Request-ID": "abc123"})
    assert response.get_json() == {"message": "hello", "request_id": "abc123"}
    assert response.headers["X-Request-ID"] == "abc123"
    assert response.headers["Server-Timing"].startswith("app;dur=")
    generated = client.get("/hello").headers["X-Request-ID"]
    assert len(generated) == 32
    assert generated != "abc123"


def test_flask_before_request_can_answer_instead_of_the_view(example) -> None:
    mod = example("flask/flask_request_hooks.py")
    client = mod.app.test_client()
    refused = client.get("/admin/stats")
    assert refused.status_code == 401
    assert "X-Request-ID" in refused.headers  # after_request still runs
    allowed = client.get("/admin/stats", headers={"Authorization": "Bearer t"})
    assert allowed.status_code == 200


def test_flask_teardown_runs_even_when_the_view_raises(example) -> None:
    mod = example("flask/flask_request_hooks.py")
    mod.app.config["PROPAGATE_EXCEPTIONS"] = False  # answer 500, do not re-raise
    client = mod.app.test_client()
    before = len(mod.app.extensions["closed"])
    assert client.get("/boom", headers={"X-Request-ID": "r-boom"}).status_code == 500
    assert mod.app.extensions["closed"][before:] == [("r-boom", "RuntimeError")]


# ------------------------------------------------- aiohttp middleware and WebSockets
def test_aiohttp_middleware_turns_errors_into_json(example) -> None:
    mod = example("aiohttp/aiohttp_websocket_middleware.py")
    from aiohttp.test_utils import TestClient as AioClient
    from aiohttp.test_utils import TestServer

    async def scenario() -> None:
        async with AioClient(TestServer(mod.create_app())) as client:
            ok = await client.get("/divide", params={"a": "6", "b": "3"})
            assert await ok.json() == {"result": 2.0}
            assert ok.headers["X-Content-Type-Options"] == "nosniff"
            bad = await client.get("/divide", params={"a": "x", "b": "3"})
            assert bad.status == 400
            assert await bad.json() == {"error": "a and b must be integers"}
            crash = await client.get("/divide", params={"a": "1", "b": "0"})
            assert crash.status == 500
            assert await crash.json() == {"error": "internal server error"}
            missing = await client.get("/nope")
            assert missing.status == 404
            assert await missing.json() == {"error": "Not Found"}

    asyncio.run(scenario())


def test_aiohttp_websocket_echo_until_close(example) -> None:
    mod = example("aiohttp/aiohttp_websocket_middleware.py")
    from aiohttp import WSMsgType
    from aiohttp.test_utils import TestClient as AioClient
    from aiohttp.test_utils import TestServer

    async def scenario() -> None:
        async with (
            AioClient(TestServer(mod.create_app())) as client,
            client.ws_connect("/ws") as ws,
        ):
            await ws.send_str("hi")
            assert await ws.receive_json() == {"echo": "hi"}
            await ws.send_str("close")
            closing = await ws.receive()
            assert closing.type in (WSMsgType.CLOSE, WSMsgType.CLOSED)

    asyncio.run(scenario())


# ----------------------------------------- django: select_for_update on PostgreSQL
_LOCK_SCRIPT = """
import threading, time
import django
from django.core.management import call_command
django.setup()
call_command("migrate", verbosity=0)
from django.db import connection, transaction
from notes.models import Note
from notes.services import append_line

note = Note.objects.create(title="log", body="a")
locked = threading.Event()

def slow_writer():
    with transaction.atomic():
        row = Note.objects.select_for_update().get(pk=note.pk)
        locked.set()
        time.sleep(0.6)  # hold the lock while the other caller tries to append
        row.body += "\\nb"
        row.save(update_fields=["body"])
    connection.close()

thread = threading.Thread(target=slow_writer)
thread.start()
locked.wait(5)
started = time.perf_counter()
append_line(note.pk, "c")
waited = time.perf_counter() - started
thread.join()
print(round(waited, 2))
print(repr(Note.objects.get(pk=note.pk).body))
"""


def test_django_append_line_waits_for_the_row_lock(postgres) -> None:
    import psycopg

    with psycopg.connect(postgres.conninfo, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS notes")
        conn.execute("CREATE DATABASE notes")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "settings",
        "DJANGO_DB": "postgresql",
        "PGPORT": str(postgres.port),
    }
    result = subprocess.run(
        [sys.executable, "-c", _LOCK_SCRIPT],
        cwd=EXAMPLES / "django",
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    waited, body = result.stdout.split("\n")[-3:-1]
    assert float(waited) >= 0.4  # append_line blocked on the locked row
    assert body == repr("a\nb\nc")  # neither append was lost
