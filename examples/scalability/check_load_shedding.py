"""A bounded job queue that answers 503 with Retry-After instead of growing forever."""

import asyncio


async def enqueue_export(queue: asyncio.Queue[str], job: str) -> tuple[int, dict]:
    try:
        queue.put_nowait(job)
    except asyncio.QueueFull:
        return 503, {"Retry-After": "30"}
    return 202, {"Location": f"/exports/{job}"}


async def main() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue(maxsize=3)
    for number in range(1, 6):  # a burst of five requests, no worker free yet
        status, headers = await enqueue_export(queue, f"job-{number}")
        print(f"job-{number}: {status} {headers}")
    print("waiting:", queue.qsize())
    queue.get_nowait()  # a worker takes one job, so there is room again
    print("job-6:", (await enqueue_export(queue, "job-6"))[0])


asyncio.run(main())
