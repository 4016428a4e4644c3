"""A product endpoint with Cache-Control and an ETag, asked three times by a client."""

from flask import Flask, Response, request

app = Flask(__name__)
product = {"id": 42, "name": "Keyboard", "price_cents": 4999, "version": 3}


@app.get("/products/42")
def get_product() -> Response:
    etag = f"v{product['version']}"  # the row's version, or a hash of the body
    if request.if_none_match.contains(etag):
        response = Response(status=304)
    else:
        response = app.json.response(product)
    response.set_etag(etag)
    response.headers["Cache-Control"] = "public, max-age=60"
    return response


client = app.test_client()
first = client.get("/products/42")
again = client.get("/products/42", headers={"If-None-Match": first.headers["ETag"]})
product.update(price_cents=3999, version=4)
changed = client.get("/products/42", headers={"If-None-Match": first.headers["ETag"]})
for response in (first, again, changed):
    print(response.status_code, response.headers["ETag"], len(response.data), "bytes")
print(first.headers["Cache-Control"])
