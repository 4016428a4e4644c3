"""A retry loop with a bare except inside asyncio.timeout, against a slow upstream."""

import asyncio
import time


async def fetch_with_retry() -> str | None:
    for attempt in range(1, 4):
        try:
            await asyncio.sleep(0.3)  # stands in for a call to a slow upstream API
            return "ok"
        except:  # noqa: E722 - "retry on any error"
            print(f"attempt {attempt} failed, retrying")
    return None


async def main() -> None:
    started = time.monotonic()
    try:
        async with asyncio.timeout(0.1):
            print("result:", await fetch_with_retry())
    except TimeoutError:
        print("timed out")
    print("returned within the 0.1 s deadline:", time.monotonic() - started < 0.2)


asyncio.run(main())
