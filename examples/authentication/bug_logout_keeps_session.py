"""A logout that only clears the cookie: a copied session id keeps working."""

import secrets

from flask import Flask, Response, make_response, request

app = Flask(__name__)
SESSIONS: dict[str, str] = {}  # session id -> user id; Redis or a table in production


@app.post("/login")
def login() -> Response:
    session_id = secrets.token_urlsafe(32)
    SESSIONS[session_id] = "ada"
    response = make_response({"user": "ada"})
    response.set_cookie("sid", session_id, httponly=True, secure=True, samesite="Lax")
    return response


@app.get("/me")
def me() -> dict:
    return {"user": SESSIONS.get(request.cookies.get("sid", ""))}


@app.post("/logout")
def logout() -> Response:
    response = make_response({"logged_out": True})
    response.delete_cookie("sid")  # only tells the browser to forget the cookie
    return response


browser, attacker = app.test_client(), app.test_client(use_cookies=False)
stolen = browser.post("/login").headers["Set-Cookie"].split(";")[0]  # "sid=..."
browser.post("/logout")
print("browser after logout:", browser.get("/me").json)
print("copied cookie:", attacker.get("/me", headers={"Cookie": stolen}).json)
