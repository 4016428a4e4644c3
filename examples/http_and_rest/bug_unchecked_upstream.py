"""A client with no timeout and no status check turns an outage into a price of 0."""

import json

import requests
from requests.adapters import BaseAdapter


class FakePriceService(BaseAdapter):  # stands in for the network; down for `ink`
    def send(
        self, request: requests.PreparedRequest, **kwargs: object
    ) -> requests.Response:
        status = 503 if request.url.endswith("/ink") else 200
        body = {"detail": "maintenance"} if status == 503 else {"price_cents": 250}
        print(f"GET {request.path_url} timeout={kwargs.get('timeout')} -> {status}")
        response = requests.Response()
        response.status_code, response.url = status, request.url
        response._content = json.dumps(body).encode()
        return response


def get_price(session: requests.Session, sku: str) -> int:
    response = session.get(f"https://prices.internal/prices/{sku}")
    return response.json().get("price_cents", 0)


session = requests.Session()
session.mount("https://prices.internal", FakePriceService())
for sku in ["pen", "ink"]:
    print(f"{sku}: {get_price(session, sku)} cents")
