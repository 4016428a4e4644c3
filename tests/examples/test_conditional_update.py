"""Tests for the ETag / If-Match example: the second of two writers gets 412."""

from fastapi.testclient import TestClient


def test_etag_if_match_prevents_lost_updates(example) -> None:
    mod = example("api_design/conditional_update.py")
    client = TestClient(mod.app)

    first = client.get("/items/1")
    assert first.status_code == 200
    etag = first.headers["ETag"]
    assert etag == '"1"'

    # Unchanged since we read it: 304 and no body.
    assert client.get("/items/1", headers={"If-None-Match": etag}).status_code == 304

    # Without If-Match the server refuses to guess: 428.
    body = {"name": "Keyboard", "price_cents": 3999}
    assert client.put("/items/1", json=body).status_code == 428

    # Two clients read version 1; the first write wins, the second gets 412.
    alice = client.put("/items/1", json=body, headers={"If-Match": etag})
    assert alice.status_code == 200
    assert alice.headers["ETag"] == '"2"'
    bob = client.put(
        "/items/1", json={**body, "price_cents": 1}, headers={"If-Match": etag}
    )
    assert bob.status_code == 412
    assert client.get("/items/1").json()["price_cents"] == 3999

    assert client.get("/items/99").status_code == 404
