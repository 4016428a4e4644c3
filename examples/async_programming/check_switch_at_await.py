"""Tasks switch only at await: a read-await-write on shared state loses an update."""

import asyncio

balance = 100


async def withdraw_safely(amount: int) -> None:
    global balance
    current = balance  # no await between the read and the write
    balance = current - amount


async def withdraw_with_io(amount: int) -> None:
    global balance
    current = balance
    await asyncio.sleep(0)  # stands in for an awaited call to a payment API
    balance = current - amount


async def main() -> None:
    global balance
    await asyncio.gather(withdraw_safely(30), withdraw_safely(20))
    print("without await:", balance)
    balance = 100
    await asyncio.gather(withdraw_with_io(30), withdraw_with_io(20))
    print("with await:", balance)


asyncio.run(main())
