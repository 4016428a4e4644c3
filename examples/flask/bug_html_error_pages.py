"""A Flask JSON API without a JSON error handler: what clients receive for errors."""

from flask import Flask, abort

app = Flask(__name__)


@app.get("/books/<int:book_id>")
def get_book(book_id: int) -> dict:
    if book_id != 1:
        abort(404, description=f"book {book_id} not found")
    return {"id": 1, "title": "Fluent Python"}


client = app.test_client()
for method, url in [("GET", "/books/1"), ("GET", "/books/99"), ("DELETE", "/books/1")]:
    response = client.open(url, method=method)
    print(method, url, response.status_code, response.mimetype)
