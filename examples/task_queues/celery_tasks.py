"""A Celery app and a task that retries transient errors with exponential backoff."""

import os
import random

from celery import Celery

# region app
REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")

app = Celery("tasks", broker=REDIS_URL, backend=REDIS_URL)
app.conf.update(
    task_serializer="json",  # JSON, not pickle: workers never unpickle untrusted data
    accept_content=["json"],
    result_expires=3600,  # drop stored results after an hour
    task_acks_late=True,  # ack after the task finishes, so a crash means a redelivery
    worker_prefetch_multiplier=1,  # fair scheduling for long tasks
)
# endregion app


class TemporaryError(Exception):
    """A failure worth retrying (timeout, 503, connection reset ...)."""


def call_payment_provider(order_id: int) -> str:
    """Stands in for an HTTP call to another service that sometimes fails."""
    if random.random() < 0.3:  # noqa: S311 - simulation, not cryptography
        raise TemporaryError("provider timed out")
    return f"charge-{order_id}"


# region tasks
@app.task
def add(x: int, y: int) -> int:
    return x + y


@app.task(
    bind=True,  # gives access to self.request (retry count, task id ...)
    autoretry_for=(TemporaryError,),  # retry only errors that may go away
    retry_backoff=True,  # wait 1 s, 2 s, 4 s ... between attempts
    retry_backoff_max=60,
    retry_jitter=True,  # randomise waits so retries don't arrive in lockstep
    max_retries=5,  # then give up and mark the task FAILED
)
def charge_order(self, order_id: int) -> dict:
    # Tasks can run more than once (retries, redeliveries), so make them idempotent:
    # a real provider call would pass an idempotency key such as the order id.
    charge_id = call_payment_provider(order_id)
    return {
        "order_id": order_id,
        "charge_id": charge_id,
        "attempt": self.request.retries + 1,
    }


# endregion tasks


if __name__ == "__main__":
    # Start a worker first:  celery -A celery_tasks worker --loglevel=INFO
    result = charge_order.delay(42)  # returns immediately with an AsyncResult
    print(result.get(timeout=30))  # block only in scripts and tests, never in a request
