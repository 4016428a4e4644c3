"""Three ways to raise a new exception inside except, and what the traceback says."""

import traceback


class ConfigError(Exception):
    """The settings are incomplete."""


def read_port(settings: dict, how: str) -> int:
    try:
        return settings["port"]
    except KeyError as exc:
        if how == "from exc":
            raise ConfigError("port is not set") from exc
        if how == "from None":
            raise ConfigError("port is not set") from None
        raise ConfigError("port is not set")  # noqa: B904 (the implicit way)


for how in ("from exc", "no from", "from None"):
    try:
        read_port({}, how)
    except ConfigError as error:
        lines = traceback.format_exception(error)
        link = [line.strip() for line in lines if "above exception" in line]
        print(f"{how}: __cause__={error.__cause__!r}")
        print("   ", link[0] if link else "(the KeyError is not shown)")
