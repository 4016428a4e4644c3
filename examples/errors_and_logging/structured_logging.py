"""Structured JSON logging with the stdlib, and a request id kept in a ContextVar."""

import json
import logging
import sys
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import TextIO

# region context
# A ContextVar is per-thread AND per-asyncio-task, so concurrent requests never
# see each other's id (a global variable would mix them up).
request_id: ContextVar[str] = ContextVar("request_id", default="-")
# endregion context

# Attributes every LogRecord has; anything else came from `extra=`.
RESERVED = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


# region formatter
class JsonFormatter(logging.Formatter):
    """Render each record as one JSON object per line (easy for log pipelines)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": request_id.get(),
        }
        # Fields passed with logger.info(..., extra={"user_id": 7}).
        entry |= {k: v for k, v in vars(record).items() if k not in RESERVED}
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


# endregion formatter


def build_logger(name: str = "api", stream: TextIO = sys.stdout) -> logging.Logger:
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger(name)
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return logger


# region usage
def handle_request(logger: logging.Logger, path: str, user_id: int) -> None:
    token = request_id.set(uuid.uuid4().hex[:12])  # e.g. from an X-Request-ID header
    try:
        logger.info("request started", extra={"path": path, "user_id": user_id})
        logger.info("request finished", extra={"status": 200})
    finally:
        request_id.reset(token)


# endregion usage


# The tests compare this file's output in the browser and in CPython, minus what
# changes from run to run:
# output varies (timestamps): "time": "[^"]+"
# output varies (random ids): "request_id": "\w+"

if __name__ == "__main__":
    handle_request(build_logger(), "/orders", user_id=7)
