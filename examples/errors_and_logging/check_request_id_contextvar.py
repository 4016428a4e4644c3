"""Two concurrent requests log JSON lines with a request id: ContextVar vs global."""

import asyncio
import json
import logging
import sys
from contextvars import ContextVar

request_id: ContextVar[str] = ContextVar("request_id", default="-")
current_id = "-"  # the tempting alternative: one global for the whole process


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"message": record.getMessage(), "request_id": request_id.get()}
        return json.dumps(entry | {"global_id": current_id})


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(JsonFormatter())
logger = logging.getLogger("api")
logger.addHandler(handler)
logger.setLevel(logging.INFO)


async def handle(rid: str, path: str) -> None:
    global current_id
    request_id.set(rid)  # each task runs in its own copy of the context
    current_id = rid
    logger.info("started %s", path)
    await asyncio.sleep(0)  # waits for the database; the other request runs
    logger.info("finished %s", path)


async def main() -> None:
    async with asyncio.TaskGroup() as group:
        group.create_task(handle("a1", "/orders"))
        group.create_task(handle("b2", "/users"))


asyncio.run(main())
