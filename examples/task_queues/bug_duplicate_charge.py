"""charge_order retried after a timeout that came after the charge went through."""

import celery_tasks
from celery_tasks import TemporaryError, app, charge_order

app.conf.task_always_eager = True  # run tasks inline: no broker, no worker
charges: list[int] = []  # what the payment provider has booked


def provider_with_lost_response(order_id: int) -> str:
    charges.append(order_id)  # the card is charged ...
    if len(charges) == 1:  # ... but the first response never arrives
        raise TemporaryError("read timed out")
    return f"charge-{order_id}-{len(charges)}"


celery_tasks.call_payment_provider = provider_with_lost_response
print(charge_order.apply(args=(42,)).result)
print("charges booked for order 42:", charges.count(42))
