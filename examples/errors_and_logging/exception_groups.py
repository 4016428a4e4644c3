"""ExceptionGroup and except*: several tasks fail at once in an asyncio.TaskGroup,
and each error type is handled by its own except* clause; subgroup() and split()."""

import asyncio


# region task_group
async def fail_with(error: Exception, delay: float) -> None:
    await asyncio.sleep(delay)
    raise error


async def run_failing_tasks() -> dict[str, list[str]]:
    """Both tasks fail: the TaskGroup raises one ExceptionGroup holding both errors.

    Both fail in the same turn of the event loop (sleep(0)); with different timers, the
    first failure would cancel the other task before it raised.
    """
    handled: dict[str, list[str]] = {"value": [], "timeout": []}
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fail_with(ValueError("bad input"), 0))
            group.create_task(fail_with(TimeoutError("upstream slow"), 0))
    except* ValueError as eg:  # eg is an ExceptionGroup of only the ValueErrors
        handled["value"] = [str(exc) for exc in eg.exceptions]
    except* TimeoutError as eg:  # runs too: every matching clause runs once
        handled["timeout"] = [str(exc) for exc in eg.exceptions]
    return handled


# endregion task_group


# region split
def split_errors(
    group: ExceptionGroup,
) -> tuple[ExceptionGroup | None, ExceptionGroup | None]:
    """split() returns (matching, rest); subgroup() returns only the matching part."""
    return group.split(ValueError)


def only_timeouts(group: ExceptionGroup) -> ExceptionGroup | None:
    return group.subgroup(TimeoutError)


# endregion split


if __name__ == "__main__":
    print(asyncio.run(run_failing_tasks()))
