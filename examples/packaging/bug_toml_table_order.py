"""In pyproject.toml, a key written after a sub-table header lands in that sub-table."""

import tomllib

PYPROJECT = """
[project]
name = "orders-api"
version = "1.4.0"
requires-python = ">=3.11"

[project.urls]
Source = "https://github.com/acme/orders-api"

dependencies = ["django>=5.2", "psycopg[binary]>=3.3"]
"""

project = tomllib.loads(PYPROJECT)["project"]
print("project.dependencies:", project.get("dependencies"))
print("project.urls:", project["urls"])
