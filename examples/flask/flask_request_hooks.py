"""Flask request hooks and `g`: a request id, a timing header, per-request cleanup."""

import time
import uuid

from flask import Flask, Response, g, jsonify, request
from flask.typing import ResponseReturnValue

# region hooks
app = Flask(__name__)
app.extensions["closed"] = []  # what teardown saw; a real app would close a DB session


@app.before_request
def start_request() -> ResponseReturnValue | None:
    g.request_id = request.headers.get("X-Request-ID") or uuid.uuid4().hex
    g.started = time.perf_counter()
    if request.path.startswith("/admin") and "Authorization" not in request.headers:
        return jsonify(error="authentication required"), 401  # the view never runs
    return None  # carry on to the view


@app.after_request
def add_headers(response: Response) -> Response:
    elapsed_ms = (time.perf_counter() - g.started) * 1000
    response.headers["X-Request-ID"] = g.request_id
    response.headers["Server-Timing"] = f"app;dur={elapsed_ms:.1f}"
    return response  # an after_request hook must return a response


@app.teardown_request
def finish_request(error: BaseException | None) -> None:
    # Runs after every request, even when the view raised; `error` is that exception.
    failure = type(error).__name__ if error else None
    app.extensions["closed"].append((g.get("request_id"), failure))


# endregion hooks


@app.get("/hello")
def hello() -> ResponseReturnValue:
    return jsonify(message="hello", request_id=g.request_id)


@app.get("/admin/stats")
def admin_stats() -> ResponseReturnValue:
    return jsonify(requests=len(app.extensions["closed"]))


@app.get("/boom")
def boom() -> ResponseReturnValue:
    raise RuntimeError("the view failed")
