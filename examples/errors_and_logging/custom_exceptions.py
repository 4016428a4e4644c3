"""An application exception hierarchy, exception chaining, and HTTP status mapping."""

from http import HTTPStatus


# region hierarchy
class AppError(Exception):
    """Base class: `except AppError` catches every error this app raises on purpose."""

    status = HTTPStatus.INTERNAL_SERVER_ERROR

    def __init__(self, message: str, **details: object) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class NotFoundError(AppError):
    status = HTTPStatus.NOT_FOUND


class ValidationError(AppError):
    status = HTTPStatus.UNPROCESSABLE_ENTITY


class ConflictError(AppError):
    status = HTTPStatus.CONFLICT


# endregion hierarchy


USERS = {1: {"id": 1, "email": "ada@example.com", "age": "36"}}


# region chaining
def get_user(user_id: int) -> dict:
    try:
        return USERS[user_id]
    except KeyError as exc:
        # `from exc` keeps the original error as __cause__ for the traceback.
        raise NotFoundError(f"user {user_id} not found", user_id=user_id) from exc


def parse_age(raw: str) -> int:
    try:
        age = int(raw)
    except ValueError as exc:
        raise ValidationError("age must be a whole number", field="age") from exc
    if not 0 <= age <= 150:
        raise ValidationError("age out of range", field="age")
    return age


# endregion chaining


# region to_http
def to_http_response(error: AppError) -> tuple[int, dict]:
    """What an API's error handler would send: status code plus a JSON body."""
    body = {"error": type(error).__name__, "message": error.message, **error.details}
    return int(error.status), body


def handle(user_id: int) -> tuple[int, dict]:
    try:
        user = get_user(user_id)
        return 200, {"id": user["id"], "age": parse_age(user["age"])}
    except AppError as error:  # expected errors become 4xx responses;
        return to_http_response(error)  # anything else is a bug and should crash loud


# endregion to_http


if __name__ == "__main__":
    print(handle(1))
    print(handle(42))
