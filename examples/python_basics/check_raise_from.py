"""Wrap low-level errors in a domain error with raise ... from."""

import json


class ConfigError(Exception):
    """The service's configuration cannot be used."""


def load_port(raw: str) -> int:
    try:
        return int(json.loads(raw)["port"])
    except (KeyError, ValueError) as exc:  # json.JSONDecodeError is a ValueError
        raise ConfigError("config needs a numeric 'port'") from exc


for raw in ['{"port": "8000"}', '{"host": "db"}', '{"port": "http"}', "{port: 1}"]:
    try:
        print(load_port(raw))
    except ConfigError as exc:
        print(f"{exc}; cause: {type(exc.__cause__).__name__}")
