"""A client retries a POST whose response was lost: what an Idempotency-Key changes."""

charges: list[int] = []
stored: dict[str, dict] = {}  # key -> first response (a table with a unique key)


def create_payment(body: dict, idempotency_key: str | None = None) -> dict:
    if idempotency_key is not None and idempotency_key in stored:
        return stored[idempotency_key]  # a repeat: answer again, charge nothing
    charges.append(body["amount_cents"])
    response = {"status": 201, "payment_id": len(charges)}
    if idempotency_key is not None:
        stored[idempotency_key] = response
    return response


body = {"order_id": 42, "amount_cents": 1999}
# Both times the first response is lost in a timeout, so the client sends it again.
create_payment(body)
retry = create_payment(body)
print("without key:", retry, "charges:", len(charges))

charges.clear()
key = "5f0c9b7e-1d2a-4c8e-9a43-0b6f3e2d7c11"  # uuid4() once per logical payment
create_payment(body, idempotency_key=key)
retry = create_payment(body, idempotency_key=key)
print("with key:   ", retry, "charges:", len(charges))
