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
