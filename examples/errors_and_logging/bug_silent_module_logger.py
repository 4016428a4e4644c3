"""The orders module's log lines vanish once the application configures logging."""

import logging
import logging.config

# Created at import time, as `logger = logging.getLogger(__name__)` in app/orders.py.
orders_logger = logging.getLogger("app.orders")

logging.config.dictConfig(
    {
        "version": 1,
        "formatters": {"plain": {"format": "%(levelname)s %(name)s: %(message)s"}},
        "handlers": {
            "stdout": {
                "class": "logging.StreamHandler",
                "formatter": "plain",
                "stream": "ext://sys.stdout",
            }
        },
        "root": {"handlers": ["stdout"], "level": "INFO"},
    }
)
payments_logger = logging.getLogger("app.payments")  # created after configuring

orders_logger.info("order 42 placed")
payments_logger.info("order 42 charged")
orders_logger.error("order 43 could not be saved")
