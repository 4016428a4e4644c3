"""A server-sent events stream with ids, read from the start and after a reconnect."""

from typing import Annotated

from fastapi import FastAPI, Header
from fastapi.sse import EventSourceResponse, ServerSentEvent
from fastapi.testclient import TestClient

app = FastAPI()


@app.get("/jobs/42/progress", response_class=EventSourceResponse)
async def progress(last_event_id: Annotated[int, Header()] = 0):
    for step in range(last_event_id + 1, 5):  # resume after the last id the client saw
        yield ServerSentEvent(data={"percent": step * 25}, id=str(step))


client = TestClient(app)
first = client.get("/jobs/42/progress")
print(first.headers["content-type"])
print(first.text, end="")  # each event ends with a blank line
print("-- reconnect after id 2")
again = client.get("/jobs/42/progress", headers={"Last-Event-ID": "2"})
print(again.text, end="")
