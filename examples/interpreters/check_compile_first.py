"""CPython compiles a whole file to bytecode before it runs the file's first line."""

import runpy
import tempfile
from pathlib import Path

GOOD = 'print("loading settings")\nDEBUG = False\n'
BROKEN = GOOD + 'def handler(request)\n    return "ok"\n'

with tempfile.TemporaryDirectory() as tmp:
    for name, source in [("good.py", GOOD), ("broken.py", BROKEN)]:
        path = Path(tmp, name)
        path.write_text(source, encoding="utf-8")
        try:
            namespace = runpy.run_path(str(path))
        except SyntaxError as exc:
            print(f"{name}: SyntaxError on line {exc.lineno}")
        else:
            print(f"{name}: DEBUG = {namespace['DEBUG']}")
