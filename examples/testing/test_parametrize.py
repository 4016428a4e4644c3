"""Table-driven tests with @pytest.mark.parametrize and readable ids."""

import pytest
from slugify import slugify


# region parametrize
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        pytest.param("Hello World", "hello-world", id="spaces"),
        pytest.param("  Trim me  ", "trim-me", id="surrounding-whitespace"),
        pytest.param("Héllo, Wörld!", "hello-world", id="accents-and-punctuation"),
        pytest.param("Python 3.14 is out", "python-3-14-is-out", id="digits"),
        pytest.param("a---b", "a-b", id="repeated-separators"),
    ],
)
def test_slugify(title: str, expected: str) -> None:
    assert slugify(title) == expected


# endregion parametrize


# region errors
@pytest.mark.parametrize("title", ["", "   ", "!!!", "日本語"], ids=repr)
def test_slugify_rejects_titles_without_letters(title: str) -> None:
    with pytest.raises(ValueError, match="cannot make a slug"):
        slugify(title)


# endregion errors


def test_slugify_truncates_without_trailing_dash() -> None:
    slug = slugify("word " * 20, max_length=12)
    assert slug == "word-word-wo"
    assert len(slug) <= 12
