"""aiohttp server extras: a JSON-error middleware and a WebSocket echo route."""

from aiohttp import WSMsgType, web
from aiohttp.typedefs import Handler


# region middleware
@web.middleware
async def json_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Turn aiohttp's HTTP exceptions and unexpected errors into JSON bodies."""
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise  # redirects pass through untouched
        return web.json_response({"error": exc.reason}, status=exc.status)
    except Exception:
        request.app.logger.exception("unhandled error on %s", request.path)
        return web.json_response({"error": "internal server error"}, status=500)
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


# endregion middleware


# region websocket
async def echo(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse(heartbeat=30)  # ping every 30 s, drop dead peers
    await ws.prepare(request)
    async for msg in ws:  # ends when the client closes
        if msg.type == WSMsgType.TEXT:
            if msg.data == "close":
                await ws.close()
            else:
                await ws.send_json({"echo": msg.data})
        elif msg.type == WSMsgType.ERROR:
            request.app.logger.warning("websocket closed with %s", ws.exception())
    return ws


# endregion websocket


async def divide(request: web.Request) -> web.Response:
    try:
        a, b = int(request.query["a"]), int(request.query["b"])
    except (KeyError, ValueError):
        raise web.HTTPBadRequest(reason="a and b must be integers") from None
    return web.json_response({"result": a / b})  # b=0 raises ZeroDivisionError


def create_app() -> web.Application:
    app = web.Application(middlewares=[json_errors])
    app.router.add_get("/ws", echo)
    app.router.add_get("/divide", divide)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), host="127.0.0.1", port=8080)
