"""An invoice endpoint that scopes its lookup to the current user."""

from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException
from fastapi.testclient import TestClient

INVOICES = {1043: {"owner": "alice", "total_cents": 12000}}
TOKENS = {"token-a": "alice", "token-b": "bob"}  # stands in for real authentication

app = FastAPI()


def current_user(authorization: Annotated[str, Header()]) -> str:
    user = TOKENS.get(authorization.removeprefix("Bearer "))
    if user is None:
        raise HTTPException(status_code=401)
    return user


@app.get("/invoices/{invoice_id}")
def get_invoice(invoice_id: int, user: Annotated[str, Depends(current_user)]) -> dict:
    invoice = INVOICES.get(invoice_id)
    if invoice is None or invoice["owner"] != user:
        raise HTTPException(status_code=404)
    return invoice


client = TestClient(app)
for token, path in [
    ("token-a", "/invoices/1043"),
    ("token-b", "/invoices/1043"),
    ("token-b", "/invoices/9999"),
]:
    response = client.get(path, headers={"Authorization": f"Bearer {token}"})
    print(TOKENS[token], path, response.status_code, response.json())
