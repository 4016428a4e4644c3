"""Talk to the echo WebSocket endpoint with FastAPI's TestClient, no server needed."""

from fastapi.testclient import TestClient
from starlette.websockets import WebSocketDisconnect
from websocket_echo import app

client = TestClient(app)
with client.websocket_connect("/ws/echo") as ws:
    ws.send_text("hello")
    print(ws.receive_text())
    ws.send_text("bye")
    try:
        ws.receive_text()
    except WebSocketDisconnect as exc:
        print("closed with code", exc.code)
