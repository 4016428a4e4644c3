"""The client IP and scheme a Flask app behind nginx sees, with and without ProxyFix."""

from flask import Flask, request
from werkzeug.middleware.proxy_fix import ProxyFix

app = Flask(__name__)


@app.get("/whoami")
def whoami() -> str:
    return f"{request.remote_addr} {request.scheme} {request.url_root}"


# What nginx sends on for a browser at 203.0.113.7 that used https://api.example.com
environ = {
    "REMOTE_ADDR": "127.0.0.1",  # the TCP peer is nginx itself
    "HTTP_HOST": "api.example.com",
    "HTTP_X_FORWARDED_FOR": "203.0.113.7",
    "HTTP_X_FORWARDED_PROTO": "https",
}
client = app.test_client()
print("without ProxyFix:", client.get("/whoami", environ_overrides=environ).text)
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)
print("with ProxyFix:   ", client.get("/whoami", environ_overrides=environ).text)
