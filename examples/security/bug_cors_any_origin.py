"""CORS middleware set to allow any origin together with cookies (credentials)."""

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.testclient import TestClient

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,  # the browser sends the session cookie
)


@app.get("/me")
def me() -> dict:
    return {"email": "alice@example.com"}


client = TestClient(app)
response = client.get(
    "/me", headers={"Origin": "https://evil.example", "Cookie": "session=abc"}
)
print("Access-Control-Allow-Origin:", response.headers["access-control-allow-origin"])
print(
    "Access-Control-Allow-Credentials:",
    response.headers["access-control-allow-credentials"],
)
