"""Read a text file safely with pathlib, an explicit encoding and error handling."""

import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ReadResult:
    """Either the file's text or a human-readable error, never both."""

    text: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


# region read
def read_text(path: Path, encoding: str = "utf-8") -> ReadResult:
    """Return the file's contents, turning the expected failures into a result."""
    try:
        # Always name the encoding: the platform default is not UTF-8 everywhere.
        text = path.read_text(encoding=encoding)
    except FileNotFoundError:
        return ReadResult(error=f"{path} does not exist")
    except IsADirectoryError:
        return ReadResult(error=f"{path} is a directory, not a file")
    except UnicodeDecodeError as exc:
        return ReadResult(error=f"{path} is not valid {encoding} (byte {exc.start})")
    return ReadResult(text=text)


# endregion read


def count_words(path: Path) -> int | None:
    """Count the words in a file, or return None if it cannot be read."""
    result = read_text(path)
    return len(result.text.split()) if result.text is not None else None


def main(argv: list[str]) -> int:
    for name in argv or [__file__]:
        result = read_text(Path(name))
        if result.ok:
            print(f"{name}: {len(result.text or '')} characters")
        else:
            print(f"error: {result.error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
