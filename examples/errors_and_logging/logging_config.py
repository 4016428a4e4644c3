"""Configure logging once with dictConfig; use named module loggers everywhere."""

import logging
import logging.config
import os
from typing import Any

# region config
LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,  # keep loggers that libraries already created
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)-8s %(name)s: %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "stream": "ext://sys.stderr",
        },
    },
    "loggers": {
        "app": {"level": os.environ.get("APP_LOG_LEVEL", "INFO")},
        "app.db": {"level": "WARNING"},  # quieter for a chatty module
        "urllib3": {"level": "WARNING"},  # and for a chatty library
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
}


def configure_logging() -> None:
    """Call once, at program start-up (not at import time of a library module)."""
    logging.config.dictConfig(LOGGING)


# endregion config


# region usage
logger = logging.getLogger("app.orders")  # in a real module: getLogger(__name__)


def charge(order_id: int, amount_cents: int) -> bool:
    logger.debug("charging order %s", order_id)  # hidden at INFO
    try:
        if amount_cents <= 0:
            raise ValueError(f"invalid amount {amount_cents}")
    except ValueError:
        # exception() logs at ERROR and appends the traceback.
        logger.exception("charge failed for order %s", order_id)
        return False
    # Pass values as arguments, not f-strings: formatting happens only if emitted.
    logger.info("charged order %s: %d cents", order_id, amount_cents)
    return True


# endregion usage


# The tests compare this file's output in the browser and in CPython, minus what
# changes from run to run:
# output varies (timestamps): \d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}

if __name__ == "__main__":
    configure_logging()
    charge(1, 1999)
    charge(2, -5)
    logging.getLogger("app.db").info("not shown: app.db logs WARNING and above")
