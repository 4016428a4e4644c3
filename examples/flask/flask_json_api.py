"""A Flask 3 JSON API built with an app factory: list, create with validation, 404s."""

from http import HTTPStatus
from typing import Any

from flask import Blueprint, Flask, abort, current_app, jsonify, request
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException

# region routes
bp = Blueprint("books", __name__, url_prefix="/books")


def books() -> dict[int, dict[str, Any]]:
    return current_app.extensions["books"]  # a real app would use a database


@bp.get("")
def list_books() -> ResponseReturnValue:
    return jsonify(list(books().values()))


@bp.get("/<int:book_id>")
def get_book(book_id: int) -> ResponseReturnValue:
    book = books().get(book_id)
    if book is None:
        abort(HTTPStatus.NOT_FOUND, description=f"book {book_id} not found")
    return jsonify(book)


@bp.post("")
def create_book() -> ResponseReturnValue:
    data = request.get_json(silent=True)  # None instead of an HTML 400 page
    errors = validate_book(data)
    if errors:
        return jsonify(error="validation failed", details=errors), 422
    book_id = max(books(), default=0) + 1
    books()[book_id] = {"id": book_id, "title": data["title"], "year": data["year"]}
    return (
        jsonify(books()[book_id]),
        HTTPStatus.CREATED,
        {"Location": f"/books/{book_id}"},
    )


# endregion routes


def validate_book(data: object) -> dict[str, str]:
    if not isinstance(data, dict):
        return {"body": "expected a JSON object"}
    errors = {}
    if not isinstance(data.get("title"), str) or not data["title"].strip():
        errors["title"] = "required, non-empty string"
    if not isinstance(data.get("year"), int) or isinstance(data.get("year"), bool):
        errors["year"] = "required integer"
    return errors


# region factory
def create_app(config: dict[str, Any] | None = None) -> Flask:
    """The app factory: tests and production each build their own configured app."""
    app = Flask(__name__)
    app.config.from_mapping(config or {})
    app.extensions["books"] = {1: {"id": 1, "title": "Fluent Python", "year": 2022}}
    app.register_blueprint(bp)

    @app.errorhandler(HTTPException)
    def json_error(error: HTTPException) -> ResponseReturnValue:
        # Answer API errors with JSON instead of Flask's default HTML page.
        return jsonify(error=error.name, message=error.description), error.code

    return app


# endregion factory


if __name__ == "__main__":
    create_app().run(debug=True)  # development server only; use gunicorn in production
