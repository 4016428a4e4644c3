"""The worked example's charge_order run eagerly against a scripted payment provider."""

import celery_tasks
from celery_tasks import TemporaryError, app, charge_order

app.conf.task_always_eager = True  # run tasks inline: no broker, no worker

script: dict[int, list[Exception | str]] = {
    1: [TemporaryError("timed out"), TemporaryError("503"), "ok"],
    2: [ValueError("card declined")],  # permanent: retrying cannot help
    3: [TemporaryError("down")] * 10,
}


def scripted_provider(order_id: int) -> str:
    outcome = script[order_id].pop(0)
    if isinstance(outcome, Exception):
        raise outcome
    return f"charge-{order_id}"


celery_tasks.call_payment_provider = scripted_provider
for order_id, outcomes in script.items():
    planned = len(outcomes)
    result = charge_order.apply(args=(order_id,))
    calls = planned - len(outcomes)
    print(order_id, result.state, "calls:", calls, repr(result.result))
