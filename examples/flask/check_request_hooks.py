"""The order of Flask request hooks, and what an early before_request return skips."""

from flask import Flask, Response, g, request

app = Flask(__name__)
calls = []


@app.before_request
def authenticate() -> tuple[dict, int] | None:
    calls.append("before")
    g.user = request.headers.get("Authorization")
    if g.user is None:
        return {"error": "authentication required"}, 401
    return None


@app.after_request
def add_user_header(response: Response) -> Response:
    calls.append("after")
    response.headers["X-User"] = g.user or "-"
    return response


@app.teardown_request
def close_resources(error: BaseException | None) -> None:
    calls.append("teardown")


@app.get("/orders")
def list_orders() -> dict:
    calls.append("view")
    return {"orders": []}


client = app.test_client()
for headers in [{"Authorization": "alice"}, {}]:
    response = client.get("/orders", headers=headers)
    print(response.status_code, response.headers["X-User"], calls)
    calls.clear()
