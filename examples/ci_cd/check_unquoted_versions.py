"""How a YAML parser reads a CI matrix of Python versions, unquoted and quoted."""

import yaml

workflow = """
unquoted:
  python-version: [3.10, 3.14, 3.15]
quoted:
  python-version: ["3.10", "3.14", "3.15"]
"""
for name, matrix in yaml.safe_load(workflow).items():
    print(f"{name}: {matrix['python-version']}")
