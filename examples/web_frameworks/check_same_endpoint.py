"""The same POST without a required field, sent to a Flask and a FastAPI endpoint."""

from fastapi import FastAPI
from fastapi.testclient import TestClient
from flask import Flask, jsonify, request
from pydantic import BaseModel

flask_app = Flask(__name__)


@flask_app.post("/books")
def flask_create_book():
    data = request.get_json(silent=True) or {}
    if not isinstance(data.get("title"), str) or not isinstance(data.get("year"), int):
        return jsonify(error="title (string) and year (integer) are required"), 422
    return jsonify(title=data["title"], year=data["year"]), 201


class BookIn(BaseModel):
    title: str
    year: int


fastapi_app = FastAPI()


@fastapi_app.post("/books", status_code=201)
def fastapi_create_book(book: BookIn) -> BookIn:
    return book


body = {"title": "Fluent Python"}
flask_response = flask_app.test_client().post("/books", json=body)
print("Flask:  ", flask_response.status_code, flask_response.get_json())
fastapi_response = TestClient(fastapi_app).post("/books", json=body)
error = fastapi_response.json()["detail"][0]
print("FastAPI:", fastapi_response.status_code, error["loc"], error["msg"])
