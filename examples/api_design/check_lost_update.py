"""Two clients read the same item and both save an edit: what If-Match does."""

from conditional_update import app
from fastapi.testclient import TestClient

client = TestClient(app)
etag = client.get("/items/1").headers["ETag"]  # Alice and Bob both read this version

alice = client.put(
    "/items/1",
    json={"name": "Keyboard", "price_cents": 3999},
    headers={"If-Match": etag},
)
bob = client.put(
    "/items/1",
    json={"name": "Keyboard (UK layout)", "price_cents": 4999},
    headers={"If-Match": etag},
)
blind = client.put("/items/1", json={"name": "Mouse", "price_cents": 999})

print("read:      ", etag)
print("Alice:     ", alice.status_code, alice.headers["ETag"])
print("Bob:       ", bob.status_code, bob.json()["detail"])
print("no header: ", blind.status_code, blind.json()["detail"])
