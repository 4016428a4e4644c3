"""A new virtual environment shares the interpreter but not the installed packages."""

import json
import subprocess
import sys
import tempfile
import venv
from importlib.util import find_spec
from pathlib import Path

PROBE = """import json, sys; from importlib.util import find_spec
print(json.dumps([sys.prefix, sys.base_prefix, find_spec("requests") is not None]))"""

print("examples env: requests installed:", find_spec("requests") is not None)
with tempfile.TemporaryDirectory() as tmp:
    env_dir = Path(tmp, ".venv")
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"  # .venv\Scripts\python.exe on Windows
    result = subprocess.run(  # noqa: S603 - the venv's own interpreter, fixed arguments
        [str(python), "-c", PROBE], capture_output=True, text=True, check=True
    )
    prefix, base_prefix, has_requests = json.loads(result.stdout)
    print("new .venv: sys.prefix is the venv:", Path(prefix) == env_dir.resolve())
    print("new .venv: same base interpreter:", base_prefix == sys.base_prefix)
    print("new .venv: requests installed:", has_requests)
