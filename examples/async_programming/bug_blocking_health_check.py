"""A health check stuck behind a handler that blocks the loop; debug mode names it."""

# not runnable in the browser: there time.sleep() lets the event loop run other tasks,
# so the blocking this file shows does not happen.
import asyncio
import logging
import re
import time

events: list[str] = []


def note_slow_step(record: logging.LogRecord) -> bool:
    coro = re.search(r"coro=<(\w+)\(\)", record.getMessage())
    events.append(f"asyncio debug: slow step in {coro and coro[1]}()")
    return False  # recorded here instead of printed to stderr


async def export_report() -> None:
    time.sleep(0.3)  # stands in for requests.get(...) or a psycopg2 query
    events.append("report done")


async def serve() -> None:
    report = asyncio.create_task(export_report())
    await asyncio.sleep(0.05)  # the load balancer's health probe, 50 ms later
    events.append("health ok")
    await report


logging.getLogger("asyncio").addFilter(note_slow_step)
asyncio.run(serve(), debug=True)
print("\n".join(events))
