"""WebSockets with FastAPI: an echo endpoint and a chat room that broadcasts."""

from fastapi import FastAPI, WebSocket, WebSocketDisconnect

app = FastAPI()


# region echo
@app.websocket("/ws/echo")
async def echo(websocket: WebSocket) -> None:
    await websocket.accept()
    try:
        while True:
            message = await websocket.receive_text()
            if message == "bye":
                await websocket.close(code=1000)  # normal closure
                return
            await websocket.send_text(f"echo: {message}")
    except WebSocketDisconnect:
        pass  # the client went away: nothing to clean up here


# endregion echo


# region broadcast
class Room:
    """Tracks connected clients. In-process only: with several server processes
    you need a shared channel such as Redis pub/sub to reach everyone."""

    def __init__(self) -> None:
        self.clients: set[WebSocket] = set()

    async def join(self, websocket: WebSocket) -> None:
        await websocket.accept()
        self.clients.add(websocket)

    def leave(self, websocket: WebSocket) -> None:
        self.clients.discard(websocket)

    async def broadcast(self, message: dict) -> None:
        for client in list(self.clients):
            await client.send_json(message)


room = Room()


@app.websocket("/ws/chat/{name}")
async def chat(websocket: WebSocket, name: str) -> None:
    await room.join(websocket)
    await room.broadcast({"event": "joined", "name": name})
    try:
        while True:
            text = await websocket.receive_text()
            await room.broadcast({"event": "message", "name": name, "text": text})
    except WebSocketDisconnect:
        room.leave(websocket)
        await room.broadcast({"event": "left", "name": name})


# endregion broadcast


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, host="127.0.0.1", port=8000)  # ws://127.0.0.1:8000/ws/echo
