"""asyncio basics: async/await, gather, TaskGroup, timeouts and to_thread."""

import asyncio
import time


# region await
async def fetch(name: str, delay: float) -> str:
    """Stands in for an HTTP or database call: awaiting lets other tasks run."""
    await asyncio.sleep(delay)
    return f"{name} done"


async def sequential() -> list[str]:
    # One after the other: total time is the SUM of the delays.
    return [await fetch("a", 0.1), await fetch("b", 0.1)]


async def concurrent_gather() -> list[str]:
    # At the same time: total time is the LONGEST delay. Results keep their order.
    return await asyncio.gather(fetch("a", 0.1), fetch("b", 0.1))


# endregion await


# region task_group
async def concurrent_task_group() -> list[str]:
    """TaskGroup (3.11+): if one task fails, the others are cancelled and the
    errors are raised together as an ExceptionGroup. Prefer it to bare create_task."""
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(fetch(name, 0.1)) for name in ("a", "b", "c")]
    return [task.result() for task in tasks]  # all finished when the block exits


# endregion task_group


# region timeout
async def fetch_with_timeout(delay: float, limit: float) -> str | None:
    try:
        async with asyncio.timeout(limit):  # 3.11+; cancels the work inside
            return await fetch("slow", delay)
    except TimeoutError:
        return None


# endregion timeout


# region to_thread
def blocking_io(seconds: float) -> str:
    time.sleep(seconds)  # a blocking library call would freeze the event loop
    return "blocking done"


async def run_blocking_without_freezing() -> list[str]:
    # to_thread runs the blocking call in a worker thread, so the loop stays free.
    return await asyncio.gather(asyncio.to_thread(blocking_io, 0.1), fetch("x", 0.1))


# endregion to_thread


async def main() -> None:
    print(await sequential(), await concurrent_gather())
    print(await concurrent_task_group())
    print(await fetch_with_timeout(delay=1.0, limit=0.1))
    print(await run_blocking_without_freezing())


if __name__ == "__main__":
    asyncio.run(main())  # the single entry point that starts the event loop
