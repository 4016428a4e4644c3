#!/usr/bin/env bash
# Run every example under examples/ against the pinned versions in examples/requirements.txt.
#
#   bash scripts/test-examples.sh            # services missing locally are skipped (with a reason)
#   CI=true bash scripts/test-examples.sh    # missing services fail the run instead
#
# Extra arguments are passed to pytest, e.g. `bash scripts/test-examples.sh -k fastapi`.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

venv="${EXAMPLES_VENV:-$repo_root/.venv-examples}"
requirements="examples/requirements.txt"
python="${PYTHON:-python3}"

if [[ ! -x "$venv/bin/python" ]]; then
	echo "==> creating virtual environment in $venv"
	"$python" -m venv "$venv"
fi

# Reinstall only when the requirements (or the interpreter) changed.
stamp="$venv/.requirements.sha256"
wanted="$( (sha256sum "$requirements"; "$venv/bin/python" --version) | sha256sum | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$wanted" ]]; then
	echo "==> installing $requirements"
	PIP_RETRIES=0 PIP_DISABLE_PIP_VERSION_CHECK=1 "$venv/bin/pip" install -q --no-deps -r "$requirements"
	echo "$wanted" >"$stamp"
else
	echo "==> dependencies up to date ($venv)"
fi

export PATH="$venv/bin:$PATH"
export PYTHONDONTWRITEBYTECODE=1

echo "==> ruff check"
ruff check examples tests/examples

echo "==> ruff format --check"
ruff format --check examples tests/examples

echo "==> bash -n on shell examples"
while IFS= read -r -d '' script; do
	bash -n "$script"
done < <(find examples -name '*.sh' -print0)

echo "==> pytest"
# Tests for non-Python files (YAML, TOML, Dockerfile, nginx.conf, shell) live in tests/examples too.
status=0
pytest tests/examples examples/testing "$@" || status=$?
if [[ $status -eq 5 ]]; then
	echo "pytest collected no tests: treating that as a failure" >&2
	exit 1
fi
exit "$status"
