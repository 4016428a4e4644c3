"""One FastAPI exception handler turns every AppError into a status and a JSON body."""

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient


class AppError(Exception):
    status = 500


class NotFoundError(AppError):
    status = 404


app = FastAPI()
USERS = {1: {"name": "Ada"}, 2: {}}  # user 2's row is missing a field


@app.exception_handler(AppError)
async def app_error(request: Request, exc: AppError) -> JSONResponse:
    body = {"error": type(exc).__name__, "message": str(exc)}
    return JSONResponse(body, status_code=exc.status)


@app.get("/users/{user_id}")
def get_user(user_id: int) -> dict:
    if user_id not in USERS:
        raise NotFoundError(f"user {user_id} not found")
    return {"id": user_id, "name": USERS[user_id]["name"]}


client = TestClient(app, raise_server_exceptions=False)
for user_id in (1, 7, 2):
    response = client.get(f"/users/{user_id}")
    print(user_id, response.status_code, response.text)
