"""The order of events when two upstream calls are awaited one by one or gathered."""

import asyncio

log: list[str] = []


async def call(service: str, delay: float) -> str:
    log.append(f"start {service}")
    await asyncio.sleep(delay)  # stands in for an HTTP request
    log.append(f"end {service}")
    return f"{service} ok"


async def sequential() -> list[str]:
    return [await call("profile", 0.2), await call("orders", 0.1)]


async def gathered() -> list[str]:
    return await asyncio.gather(call("profile", 0.2), call("orders", 0.1))


for handler in (sequential, gathered):
    log.clear()
    results = asyncio.run(handler())
    print(f"{handler.__name__}: {', '.join(log)} -> {results}")
