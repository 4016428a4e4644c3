"""Environment variables always reach Python as strings: convert them explicitly."""

import os

# What `export DEBUG=false PORT=8001` in the shell passes on to the program.
os.environ.update({"DEBUG": "false", "PORT": "8001"})
os.environ.pop("ORDERS_DATABASE_URL", None)  # and this one is not set at all

naive_debug = bool(os.environ.get("DEBUG", False))
naive_port = os.environ.get("PORT", 8000)
print(naive_debug, repr(naive_port))

debug = os.environ.get("DEBUG", "0").lower() in {"1", "true", "yes"}
port = int(os.environ.get("PORT", "8000"))
print(debug, repr(port))

try:
    print(os.environ["ORDERS_DATABASE_URL"])
except KeyError as exc:
    print("missing setting:", exc)
