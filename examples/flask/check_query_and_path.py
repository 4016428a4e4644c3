"""A Flask view reading a path converter and query parameters, via test_client."""

from flask import Flask, request

app = Flask(__name__)


@app.get("/books/<int:book_id>/reviews")
def list_reviews(book_id: int) -> dict:
    limit = request.args.get("limit", default=10, type=int)
    sort = request.args.get("sort", default="newest")
    return {"book_id": book_id, "limit": limit, "sort": sort}


client = app.test_client()
for url in [
    "/books/7/reviews?limit=3&sort=oldest",
    "/books/7/reviews?limit=ten",
    "/books/seven/reviews",
]:
    response = client.get(url)
    print(response.status_code, response.get_json())
