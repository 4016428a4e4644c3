"""The "Check yourself" answers that state what a program prints are true.

Every question in src/data/questions/ with an `output` names an example file; this
runs the file with the same interpreter as the other example tests and compares its
standard output with the answer the page shows (trailing spaces and blank lines
ignored, as the site's checker does). A question whose example stops printing the
stated output fails here, so the page and the code cannot drift apart.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = REPO_ROOT / "src" / "data" / "questions"
EXAMPLES = REPO_ROOT / "examples"


def normalise(text: str) -> str:
    """No trailing spaces on a line, no trailing blank lines."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).rstrip("\n")


def stated_outputs() -> list[tuple[str, str, str]]:
    """(test id, example file, stated output) for every question with `output`."""
    cases = []
    for path in sorted(QUESTIONS.rglob("*.yaml")):
        page = path.relative_to(QUESTIONS).with_suffix("").as_posix()
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for index, question in enumerate(data["questions"]):
            if "output" in question:
                cases.append(
                    (f"{page}[{index}]", question["example"], question["output"])
                )
    return cases


CASES = stated_outputs()


def test_some_answers_are_checked_by_running_code() -> None:
    assert len(CASES) >= 20, f"only {len(CASES)} questions state an output"


@pytest.mark.parametrize(
    ("example", "output"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_stated_output_is_what_the_example_prints(example: str, output: str) -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / example)],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=REPO_ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert normalise(result.stdout) == normalise(output)
