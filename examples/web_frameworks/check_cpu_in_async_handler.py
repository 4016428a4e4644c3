"""Concurrent requests to async handlers: waiting interleaves, computing does not."""

import asyncio


async def waits(request):  # e.g. a query through an async database driver
    print(f"{request} start")
    await asyncio.sleep(0.01)  # the event loop runs other requests meanwhile
    print(f"{request} end")


async def computes(request):  # e.g. resizing an uploaded image
    print(f"{request} start")
    sum(i * i for i in range(200_000))  # no await: nothing else can run
    print(f"{request} end")


async def main():
    print("-- I/O-bound handler")
    await asyncio.gather(waits("A"), waits("B"))
    print("-- CPU-bound handler")
    await asyncio.gather(computes("A"), computes("B"))


asyncio.run(main())
