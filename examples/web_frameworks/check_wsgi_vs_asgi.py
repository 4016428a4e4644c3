"""A WSGI app and an ASGI app, each called by hand the way its server would call it."""

import asyncio


def wsgi_app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [f"WSGI: {environ['REQUEST_METHOD']} {environ['PATH_INFO']}".encode()]


async def asgi_app(scope, receive, send):
    await receive()  # the request body arrives as a message too
    await send({"type": "http.response.start", "status": 200, "headers": []})
    body = f"ASGI: {scope['method']} {scope['path']}".encode()
    await send({"type": "http.response.body", "body": body})


# A WSGI server (Gunicorn) calls the app and blocks until it returns the body.
chunks = wsgi_app(
    {"REQUEST_METHOD": "GET", "PATH_INFO": "/books"},
    lambda status, headers: print("start_response:", status),
)
print(b"".join(chunks).decode())


# An ASGI server (Uvicorn) awaits the coroutine and reads the messages it sends.
async def serve_one_request():
    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        print(f"{message['type']}:", message.get("status") or message["body"].decode())

    await asgi_app({"type": "http", "method": "GET", "path": "/books"}, receive, send)


asyncio.run(serve_one_request())
