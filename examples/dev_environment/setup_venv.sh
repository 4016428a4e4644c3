#!/usr/bin/env bash
# Create a project virtual environment, install pinned dependencies, record them.
# Usage: bash setup_venv.sh   (run from the project root)
set -euo pipefail

python3 -m venv .venv                  # one venv per project, never sudo pip
source .venv/bin/activate              # now `python` and `pip` point into .venv
python -m pip install --upgrade pip
python -m pip install -r requirements.txt
python -m pip freeze > requirements.lock   # exact versions of everything installed
python --version
echo "Activate it in new shells with: source .venv/bin/activate"
