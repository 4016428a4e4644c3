"""Offline checks for the non-Python examples: Docker, CI, nginx, gunicorn,
packaging and shell scripts. Plus guards that keep examples/ consistent."""

import configparser
import os
import re
import shutil
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLES, REPO_ROOT, load_example, skip_or_fail


# --------------------------------------------------------------------- docker
def dockerfile_instructions() -> list[tuple[str, str]]:
    text = (EXAMPLES / "docker/Dockerfile").read_text().replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines()]
    return [
        (line.split(None, 1)[0].upper(), line.split(None, 1)[1])
        for line in lines
        if line and not line.startswith("#")
    ]


def test_dockerfile_structure() -> None:
    instructions = dockerfile_instructions()
    assert instructions[0][0] == "FROM"
    froms = [arg for op, arg in instructions if op == "FROM"]
    assert len(froms) >= 2, "multi-stage build"
    for image in froms:
        name = image.split()[0]
        assert ":" in name, f"{name}: pin a tag"
        assert not name.endswith(":latest"), f"{name}: never use latest"
        assert "slim" in name
    assert any(op == "COPY" and "--from=build" in arg for op, arg in instructions)
    users = [arg for op, arg in instructions if op == "USER"]
    assert users, "the image must not run as root"
    assert users[-1] not in {"root", "0"}
    assert any(op == "HEALTHCHECK" for op, _ in instructions)
    cmd = next(arg for op, arg in reversed(instructions) if op == "CMD")
    assert cmd.startswith("["), "exec form, so the server receives signals"
    assert "uvicorn" in cmd
    assert "fastapi_crud:app" in cmd
    copied = [
        arg.split()[-2]
        for op, arg in instructions
        if op == "COPY" and not arg.startswith("--from")
    ]
    for source in copied:  # COPY sources exist relative to the build context
        assert (EXAMPLES / source).exists(), source


def test_docker_requirements_match_tested_pins() -> None:
    def pins(path: Path) -> dict[str, str]:
        found = {}
        for line in path.read_text().splitlines():
            if "==" in line and not line.startswith("#"):
                name, version = line.split("==")
                found[re.sub(r"\[.*\]", "", name).lower()] = version.strip()
        return found

    tested = pins(EXAMPLES / "requirements.txt")
    for name, version in pins(EXAMPLES / "docker/requirements.txt").items():
        assert tested[name] == version, f"{name} differs from examples/requirements.txt"


def test_compose_file() -> None:
    compose = yaml.safe_load((EXAMPLES / "docker/compose.yaml").read_text())
    services = compose["services"]
    assert set(services) == {"app", "db", "cache"}
    assert services["app"]["build"]["dockerfile"] == "docker/Dockerfile"
    for dependency, condition in services["app"]["depends_on"].items():
        assert condition == {"condition": "service_healthy"}
        assert "healthcheck" in services[dependency]
    for service in ("db", "cache"):
        image = services[service]["image"]
        assert ":" in image
        assert not image.endswith(":latest")
    assert "ports" not in services["db"]  # the database is not published
    env = services["app"]["environment"]
    assert env["REDIS_URL"].startswith("redis://cache:")
    assert "@db:5432/" in env["DATABASE_URL"]


# --------------------------------------------------------------------- ci_cd
def test_github_actions_workflow() -> None:
    workflow = yaml.safe_load((EXAMPLES / "ci_cd/github-actions-ci.yml").read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as a boolean
    assert "pull_request" in triggers
    assert workflow["permissions"] == {"contents": "read"}
    jobs = workflow["jobs"]
    assert set(jobs) == {"lint", "test"}

    lint_steps = jobs["lint"]["steps"]
    assert lint_steps[0]["uses"].startswith("actions/checkout@")
    assert lint_steps[1]["uses"].startswith("actions/setup-python@")
    assert lint_steps[1]["with"]["cache"] == "pip"
    commands = " ".join(step.get("run", "") for step in lint_steps)
    assert "ruff check" in commands
    assert "ruff format --check" in commands

    test = jobs["test"]
    assert test["needs"] == "lint"
    assert "postgres" in test["services"]
    assert "--health-cmd" in test["services"]["postgres"]["options"]
    assert any("pytest" in step.get("run", "") for step in test["steps"])
    assert all("timeout-minutes" in job for job in jobs.values())
    # The matrix includes the Python release the site calls current (the registry).
    registry = yaml.safe_load((REPO_ROOT / "src/data/versions.yaml").read_text())
    current = str(registry["python"]["version"])
    assert current in test["strategy"]["matrix"]["python-version"]


# ---------------------------------------------------------------- deployment
def test_nginx_config_is_valid(tmp_path: Path) -> None:
    nginx = shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )
    if nginx is None:
        skip_or_fail(
            "nginx not installed: cannot run `nginx -t` (apt-get install nginx)"
        )
    config = tmp_path / "nginx.conf"
    config.write_text((EXAMPLES / "deployment/nginx.conf").read_text())
    result = subprocess.run(
        [nginx, "-t", "-q", "-p", str(tmp_path), "-e", str(tmp_path / "error.log"),
         "-c", str(config)],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr

    broken = tmp_path / "broken.conf"
    broken.write_text(config.read_text().replace("proxy_pass", "proxy_pas", 1))
    result = subprocess.run(
        [nginx, "-t", "-q", "-p", str(tmp_path), "-e", str(tmp_path / "error.log"),
         "-c", str(broken)],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert result.returncode != 0  # the check really checks


def test_nginx_config_content() -> None:
    text = (EXAMPLES / "deployment/nginx.conf").read_text()
    for directive in ("upstream app_server", "proxy_pass http://app_server",
                      "X-Forwarded-For", "X-Forwarded-Proto", "gzip on",
                      "location /static/"):  # fmt: skip
        assert directive in text


def test_gunicorn_config(example, monkeypatch) -> None:
    from gunicorn.config import Config

    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    monkeypatch.delenv("GUNICORN_BIND", raising=False)
    conf = example("deployment/gunicorn.conf.py")
    assert conf.bind == "127.0.0.1:8000"
    assert conf.workers == os.cpu_count() * 2 + 1
    assert conf.worker_class == "uvicorn_worker.UvicornWorker"
    # Gunicorn must keep idle connections open longer than nginx reuses them.
    nginx = (EXAMPLES / "deployment/nginx.conf").read_text()
    upstream = re.search(r"upstream app_server \{(.*?)\}", nginx, re.S).group(1)
    nginx_idle = int(re.search(r"keepalive_timeout (\d+)s;", upstream).group(1))
    assert conf.keepalive > nginx_idle

    # Every setting is one gunicorn knows and accepts (a typo would raise here).
    settings = Config()
    names = [n for n in vars(conf) if not n.startswith("_") and n in settings.settings]
    assert {"bind", "workers", "worker_class", "timeout", "accesslog"} <= set(names)
    for name in names:
        settings.set(name, getattr(conf, name))
    assert settings.workers == conf.workers
    assert settings.address == [("127.0.0.1", 8000)]


# ----------------------------------------------------------------- packaging
def test_packaging_pyproject() -> None:
    data = tomllib.loads((EXAMPLES / "packaging/pyproject.toml").read_text())
    assert data["build-system"]["build-backend"] == "hatchling.build"
    # Dev tools are a PEP 735 dependency group, not a published extra; pytest 9's table.
    assert "pytest>=9" in data["dependency-groups"]["dev"]
    assert "optional-dependencies" not in data["project"]
    assert data["tool"]["pytest"]["testpaths"] == ["tests"]
    project = data["project"]
    for field in ("name", "version", "description", "requires-python", "readme"):
        assert project[field], field
    assert (EXAMPLES / "packaging" / project["readme"]).is_file()
    module, func = project["scripts"]["greet"].split(":")
    package_dir = EXAMPLES / "packaging/src" / module
    assert (package_dir / "__init__.py").is_file()
    assert data["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"] == [
        f"src/{module}"
    ]
    assert func == "main"


def test_packaged_module_works(example, capsys) -> None:
    greetings = example("packaging/src/greetings/__init__.py")
    assert greetings.greet("Ada") == "Hello, Ada!"
    assert greetings.main(["Grace"]) == 0
    assert capsys.readouterr().out == "Hello, Grace!\n"
    pyproject = tomllib.loads((EXAMPLES / "packaging/pyproject.toml").read_text())
    assert greetings.__version__ == pyproject["project"]["version"]


# -------------------------------------------------------------- shell scripts
SHELL_SCRIPTS = sorted(EXAMPLES.rglob("*.sh"))


@pytest.mark.parametrize("script", SHELL_SCRIPTS, ids=lambda p: p.name)
def test_shell_script_syntax(script: Path) -> None:
    subprocess.run(["bash", "-n", str(script)], check=True, timeout=30)
    text = script.read_text()
    assert text.startswith("#!/usr/bin/env bash\n")
    assert "set -euo pipefail" in text


def test_find_slow_requests(tmp_path: Path) -> None:
    script = EXAMPLES / "command_line/find_slow_requests.sh"
    log = EXAMPLES / "command_line/access.log"

    def run(*args: str) -> str:
        return subprocess.run(
            ["bash", str(script), *args], capture_output=True, text=True,
            check=True, timeout=30, cwd=tmp_path,
        ).stdout  # fmt: skip

    lines = [line.split() for line in run(str(log)).splitlines()]
    assert lines == [
        ["3", "/api/reports/monthly"],
        ["2", "/api/orders"],
        ["1", "/api/search"],
    ]
    strict = [line.split() for line in run(str(log), "3").splitlines()]
    assert strict == [["2", "/api/reports/monthly"]]
    # The query string is cut off: /api/items?page=2 counts as /api/items.
    assert run(str(log), "0.2").splitlines()[-1].split() == ["1", "/api/items"]


@dataclass
class GitRepo:
    """A throwaway repository on `main`, isolated from the user's git config."""

    path: Path
    env: dict[str, str]
    git: str

    def __call__(self, *args: str) -> str:
        return subprocess.run(
            [self.git, *args], cwd=self.path, env=self.env, capture_output=True,
            text=True, check=True, timeout=30,
        ).stdout.strip()  # fmt: skip

    def script(self, relative: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", str(EXAMPLES / relative)], cwd=self.path, env=self.env,
            capture_output=True, text=True, check=True, timeout=60,
        )  # fmt: skip


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    git = shutil.which("git")
    if git is None:
        skip_or_fail("git not installed")
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    repo = GitRepo(tmp_path, env, git)
    repo("init", "-q", "-b", "main")
    repo("config", "user.name", "Example Tester")
    repo("config", "user.email", "tester@example.com")
    return repo


def test_feature_branch_workflow(repo: GitRepo) -> None:
    repo("commit", "-q", "--allow-empty", "-m", "Initial commit")
    repo.script("git/feature_branch.sh")

    assert repo("branch", "--show-current") == "main"
    assert repo("branch", "--list", "feature/*") == ""  # deleted after merge
    assert repo("log", "-1", "--format=%s") == "Merge feature/add-health-endpoint"
    assert len(repo("log", "-1", "--format=%P").split()) == 2  # a merge commit
    assert "def health()" in (repo.path / "health.py").read_text()
    assert repo("status", "--porcelain") == ""


def test_stash_work_in_progress(repo: GitRepo) -> None:
    (repo.path / "settings.py").write_text("TIMEOUT_SECONDS = 5\n")
    (repo.path / "app.py").write_text("def login(): ...\n")
    repo("add", ".")
    repo("commit", "-q", "-m", "Initial commit")
    repo("switch", "-q", "-c", "feature/login")
    (repo.path / "app.py").write_text("def login(user): ...\n")  # tracked, modified
    (repo.path / "forms.py").write_text("class LoginForm: ...\n")  # untracked
    run = repo.script("git/stash_work_in_progress.sh")

    assert "stash@{0}: On feature/login: half-done login form" in run.stdout
    assert repo("branch", "--show-current") == "feature/login"
    assert repo("log", "-1", "--format=%s", "main") == "Raise the upstream timeout"
    assert repo("show", "main:settings.py") == "TIMEOUT_SECONDS = 10"
    assert (repo.path / "settings.py").read_text() == "TIMEOUT_SECONDS = 5\n"
    assert (repo.path / "app.py").read_text() == "def login(user): ...\n"
    assert repo("diff", "--name-only") == "app.py"  # modified, not committed
    assert repo("ls-files", "--others", "--exclude-standard") == "forms.py"
    assert repo("stash", "list") == ""


def test_systemd_unit_verifies_and_outlasts_graceful_timeout(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        skip_or_fail("systemd-analyze not found (apt-get install systemd)")
    unit = EXAMPLES / "deployment/app.service"
    # A throwaway root with what the unit refers to, so `verify` checks the unit
    # itself: systemd's own targets, /bin/kill and a stand-in gunicorn.
    system_units = next(
        p for p in (Path("/usr/lib/systemd/system"), Path("/lib/systemd/system"))
        if (p / "multi-user.target").exists()
    )  # fmt: skip
    shutil.copytree(system_units, tmp_path / "usr/lib/systemd/system", symlinks=True)
    (tmp_path / "etc/systemd/system").mkdir(parents=True)
    shutil.copy(unit, tmp_path / "etc/systemd/system/app.service")
    (tmp_path / "bin").mkdir()
    shutil.copy(shutil.which("kill") or "/bin/kill", tmp_path / "bin/kill")
    gunicorn = tmp_path / "srv/app/.venv/bin/gunicorn"
    gunicorn.parent.mkdir(parents=True)
    gunicorn.write_text("#!/bin/sh\n")
    gunicorn.chmod(0o755)
    result = subprocess.run(
        [analyze, "verify", "--man=no", f"--root={tmp_path}",
         "/etc/systemd/system/app.service"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # unknown keys and bad values are only warnings

    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # systemd keys are case-sensitive
    parser.read_string(unit.read_text())
    service = parser["Service"]
    conf = load_example("deployment/gunicorn.conf.py")
    assert "-c gunicorn.conf.py" in service["ExecStart"]
    assert service["Type"] == "notify"  # Gunicorn tells systemd when it is ready
    # systemd must not SIGKILL Gunicorn while workers finish their requests.
    assert int(service["TimeoutStopSec"]) > conf.graceful_timeout
    assert service["ExecReload"] == "/bin/kill -s HUP $MAINPID"
    assert parser["Install"]["WantedBy"] == "multi-user.target"


# ------------------------------------------------------------------- guards
def python_examples() -> list[str]:
    return sorted(
        str(path.relative_to(EXAMPLES))
        for path in EXAMPLES.rglob("*.py")
        if "migrations" not in path.parts and path.name != "__init__.py"
    )


def question_examples() -> set[str]:
    """Example files whose output a "Check yourself" question states."""
    return {
        question["example"]
        for path in (REPO_ROOT / "src/data/questions").rglob("*.yaml")
        for question in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
        if "output" in question
    }


@pytest.mark.parametrize("relative", python_examples())
def test_every_python_example_is_tested(relative: str) -> None:
    """Each example file is named in a test (pytest-style examples test themselves)."""
    here = Path(__file__).parent
    tests = "".join(p.read_text() for p in here.glob("test_*.py"))
    example_tests = "".join(p.read_text() for p in EXAMPLES.glob("testing/test_*.py"))
    if relative.startswith("testing/test_"):
        return  # collected and run by pytest itself
    if relative == "testing/slugify.py":
        found = "from slugify import slugify" in example_tests
    elif relative.startswith("django/"):
        found = 'EXAMPLES / "django"' in tests and "from notes.models import" in tests
    elif relative in question_examples():
        found = True  # test_check_yourself.py runs it and compares the stated output
    else:
        found = f'example("{relative}")' in tests
    assert found, f"no test loads examples/{relative}"


@pytest.mark.parametrize("relative", python_examples())
def test_every_python_example_has_a_docstring(relative: str) -> None:
    source = (EXAMPLES / relative).read_text()
    body = source.split("\n", 1)[1] if source.startswith("#!") else source
    assert body.startswith('"""'), "start with a module docstring saying what it shows"


def test_readme_lists_every_example() -> None:
    readme = (EXAMPLES / "README.md").read_text()
    listed = set(re.findall(r"`([\w./-]+)`", readme))
    ignored = {"requirements.txt", "README.md", "access.log"}
    files = {
        str(p.relative_to(EXAMPLES))
        for p in EXAMPLES.rglob("*")
        if p.is_file()
        and "__pycache__" not in p.parts
        and "migrations" not in p.parts
        and p.name not in ignored
        and not p.name.startswith(".")
        and p.stat().st_size > 0  # empty package markers
    }
    missing = sorted(f for f in files if f not in listed)
    assert not missing, f"add these to examples/README.md: {missing}"


def test_script_treats_no_tests_as_failure() -> None:
    script = (REPO_ROOT / "scripts/test-examples.sh").read_text()
    assert "set -euo pipefail" in script
    assert "-eq 5" in script


MARKER = re.compile(r"^\s*(?:#|//|--)\s*(region|endregion)\b\s*(\S*)\s*$")
TEXT_EXAMPLES = sorted(
    p
    for p in EXAMPLES.rglob("*")
    if p.is_file() and p.suffix in {".py", ".sql", ".sh", ".conf", ".yml", ".yaml"}
)


@pytest.mark.parametrize(
    "path", TEXT_EXAMPLES, ids=lambda p: str(p.relative_to(EXAMPLES))
)
def test_region_markers_are_well_formed(path: Path) -> None:
    """Regions the site can extract: named, unique, closed, not overlapping."""
    open_region: str | None = None
    seen: set[str] = set()
    for number, line in enumerate(path.read_text().splitlines(), 1):
        match = MARKER.match(line)
        if not match:
            assert "region" not in line.split("#")[-1].split()[:1], f"line {number}"
            continue
        kind, name = match.groups()
        assert name, f"line {number}: a region needs a name"
        if kind == "region":
            assert open_region is None, f"line {number}: {open_region} still open"
            assert name not in seen, f"line {number}: duplicate region {name}"
            open_region = name
            seen.add(name)
        else:
            assert open_region == name, f"line {number}: endregion {name} mismatched"
            open_region = None
    assert open_region is None, f"region {open_region} never closed"
