"""Tests for the type hints examples: mypy --strict accepts the typed service and
rejects the file with deliberate errors, the bugs mypy reports really fail at run
time, and the run-time demo prints what the page says."""

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLES, REPO_ROOT


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the module's mypy runs, outside the repository."""
    return tmp_path_factory.mktemp("mypy-cache")


def run_mypy(mypy_cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(mypy_cache), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
        check=False,
    )


# ------------------------------------------------------------- typed service
def test_typed_service_passes_mypy_strict(example, mypy_cache: Path) -> None:
    module = example("type_hints/typed_service.py")
    result = run_mypy(mypy_cache, "--strict", module.__file__)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found in 1 source file" in result.stdout


def test_typed_service_behaves(example, capsys: pytest.CaptureFixture[str]) -> None:
    module = example("type_hints/typed_service.py")
    module.main()
    assert capsys.readouterr().out.splitlines() == [
        "ada@example.com True False",
        "['ada@example.com'] 2 welcome ada@example.com",
    ]

    # A fake that inherits nothing is accepted wherever a UserRepository is expected.
    service = module.UserService(module.InMemoryUsers(), notify=lambda _: None)
    user = service.register({"id": 3, "email": "Eve@Example.com", "status": "active"})
    assert user == module.User(3, "eve@example.com", "active", None)
    with pytest.raises(LookupError, match="no user with id 4"):
        service.email_of(4)

    # At run time a TypedDict is a plain dict and a Page is generic in name only.
    assert type(module.UserPayload(id=1, email="a@b.c", status="active")) is dict
    assert module.paginate("abc", offset=1, limit=5) == module.Page(["b", "c"], 3)
    assert module.first([]) is None


# ---------------------------------------------------------------- mypy errors
def test_mypy_rejects_the_deliberate_errors(example, mypy_cache: Path) -> None:
    module = example("type_hints/mypy_errors.py")
    relative = Path(module.__file__).relative_to(REPO_ROOT)
    result = run_mypy(mypy_cache, "--strict", str(relative))
    assert result.returncode == 1, result.stdout + result.stderr
    # The page shows this output, line numbers included.
    path = "examples/type_hints/mypy_errors.py"
    assert result.stdout.splitlines() == [
        f'{path}:10: error: Item "None" of "str | None" has no attribute "split"'
        "  [union-attr]",
        f'{path}:29: error: Argument 1 to "notify_shipped" has incompatible type'
        ' "SmtpMailer"; expected "Mailer"  [arg-type]',
        f'{path}:29: note: Following member(s) of "SmtpMailer" have conflicts:',
        f"{path}:29: note:     Expected:",
        f"{path}:29: note:         def send(self, to: str, body: str) -> None",
        f"{path}:29: note:     Got:",
        f"{path}:29: note:         def send(self, to: str, subject: str, body: str)"
        " -> None",
        "Found 2 errors in 1 file (checked 1 source file)",
    ]


def test_the_errors_mypy_reports_fail_at_run_time(example) -> None:
    module = example("type_hints/mypy_errors.py")
    assert module.email_domain(1) == "example.com"  # the happy path hides the bug
    with pytest.raises(AttributeError, match="'NoneType' object has no attribute"):
        module.email_domain(2)
    with pytest.raises(TypeError, match="missing 1 required positional argument"):
        module.main()


# -------------------------------------------------------- configuration, CI
def current_python() -> str:
    registry = yaml.safe_load((REPO_ROOT / "src/data/versions.yaml").read_text())
    return str(registry["python"]["version"])


def test_pyproject_settings_make_both_checkers_strict(mypy_cache: Path) -> None:
    config = EXAMPLES / "type_hints/pyproject.toml"
    tool = tomllib.loads(config.read_text())["tool"]
    assert tool["mypy"]["strict"] is True
    assert tool["mypy"]["python_version"] == current_python()
    assert tool["pyright"]["typeCheckingMode"] == "strict"
    assert tool["pyright"]["pythonVersion"] == current_python()

    # mypy accepts the file as its configuration, and it is as strict as --strict.
    good = run_mypy(mypy_cache, "--config-file", str(config),
                    str(EXAMPLES / "type_hints/typed_service.py"))  # fmt: skip
    assert good.returncode == 0, good.stdout + good.stderr
    assert good.stderr == ""  # no warnings about unknown settings
    bad = run_mypy(mypy_cache, "--config-file", str(config),
                   str(EXAMPLES / "type_hints/mypy_errors.py"))  # fmt: skip
    assert bad.returncode == 1
    assert "[union-attr]" in bad.stdout
    assert "[arg-type]" in bad.stdout


def test_pyproject_settings_turn_on_strict_flags(
    mypy_cache: Path, tmp_path: Path
) -> None:
    untyped = tmp_path / "untyped.py"
    untyped.write_text("def total(prices):\n    return sum(prices)\n")
    config = EXAMPLES / "type_hints/pyproject.toml"
    result = run_mypy(mypy_cache, "--config-file", str(config), str(untyped))
    assert result.returncode == 1
    assert "Function is missing a type annotation  [no-untyped-def]" in result.stdout


def test_ci_workflow_runs_mypy_and_pyright() -> None:
    workflow = yaml.safe_load((EXAMPLES / "type_hints/typecheck.yml").read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as a boolean
    assert "pull_request" in triggers
    assert workflow["permissions"] == {"contents": "read"}
    job = workflow["jobs"]["typecheck"]
    assert "timeout-minutes" in job
    steps = job["steps"]
    assert steps[0]["uses"].startswith("actions/checkout@")
    assert steps[1]["uses"].startswith("actions/setup-python@")
    assert steps[1]["with"]["python-version"] == current_python()
    commands = [step["run"] for step in steps if "run" in step]
    assert commands[0].startswith("pip install -r requirements.txt")
    assert commands[1:] == ["mypy", "pyright"]  # settings come from pyproject.toml


# ----------------------------------------------------------- hints at run time
def test_runtime_hints_demo(example, capsys: pytest.CaptureFixture[str]) -> None:
    module = example("type_hints/runtime_hints.py")
    module.main()
    assert capsys.readouterr().out.splitlines() == [
        "105",
        "{'customer_id': <class 'int'>, 'limit': <class 'int'>, 'return': list[str]}",
        "(Between(low=1, high=100),)",
        "['order 7-1', 'order 7-2']",
        "ValueError: limit=500 is not in 1..100",
        "['order 7-1', 'order 7-2']",
        "ValidationError: ('limit',) Input should be less than or equal to 100",
        "{'maximum': 100, 'minimum': 1, 'type': 'integer'}",
    ]


def test_runtime_hints_demo_passes_mypy_strict(example, mypy_cache: Path) -> None:
    module = example("type_hints/runtime_hints.py")
    result = run_mypy(mypy_cache, "--strict", module.__file__)
    assert result.returncode == 0, result.stdout + result.stderr
