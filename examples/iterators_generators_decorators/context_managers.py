"""Context managers: a class-based one, @contextmanager, and ExitStack."""

import os
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from types import TracebackType


# region class_based
class Timer:
    """Measure the time spent inside a with block."""

    def __enter__(self) -> "Timer":
        self.start = time.perf_counter()
        self.elapsed = 0.0
        return self  # the value bound by `with Timer() as t`

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        self.elapsed = time.perf_counter() - self.start
        return False  # never swallow the exception (True would suppress it)


# endregion class_based


# region generator_based
@contextmanager
def working_directory(path: Path) -> Iterator[Path]:
    """Temporarily chdir into path; always change back, even on errors."""
    previous = Path.cwd()
    os.chdir(path)
    try:
        yield path  # the body of the with block runs here
    finally:
        os.chdir(previous)


# endregion generator_based


# region exit_stack
def concatenate(paths: list[Path], target: Path) -> int:
    """Open a variable number of files; ExitStack closes every one of them."""
    with ExitStack() as stack:
        sources = [stack.enter_context(p.open(encoding="utf-8")) for p in paths]
        out = stack.enter_context(target.open("w", encoding="utf-8"))
        return sum(out.write(source.read()) for source in sources)


# endregion exit_stack


# The tests compare this file's output in the browser and in CPython, minus what
# changes from run to run:
# output varies (working directory): back in .*
# output varies (timings): took [\d.]+ ms

if __name__ == "__main__":
    import tempfile

    with Timer() as timer, tempfile.TemporaryDirectory() as tmp:
        with working_directory(Path(tmp)):
            Path("a.txt").write_text("hello ", encoding="utf-8")
            Path("b.txt").write_text("world\n", encoding="utf-8")
            concatenate([Path("a.txt"), Path("b.txt")], Path("ab.txt"))
            print(Path("ab.txt").read_text(encoding="utf-8"), end="")
        print("back in", Path.cwd())
    print(f"took {timer.elapsed * 1000:.1f} ms")
