"""Flask's test client shows the status and the body; a 404 is HTML unless handled."""

from flask import Flask, abort
from werkzeug.exceptions import HTTPException

USERS = {1: {"id": 1, "email": "ada@example.com"}}


def create_app(json_errors: bool) -> Flask:
    app = Flask(__name__)

    @app.get("/users/<int:user_id>")
    def get_user(user_id: int) -> dict:
        return USERS.get(user_id) or abort(404)

    if json_errors:

        @app.errorhandler(HTTPException)
        def json_error(error: HTTPException) -> tuple[dict, int]:
            return {"error": error.name}, error.code or 500

    return app


for json_errors, path in [(False, "/users/1"), (False, "/users/2"), (True, "/users/2")]:
    response = create_app(json_errors).test_client().get(path)
    print(path, response.status_code, response.mimetype, response.get_json())
