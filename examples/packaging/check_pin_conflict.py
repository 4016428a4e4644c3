"""Two libraries' requirements on one package: an exact pin against a range."""

from packaging.specifiers import SpecifierSet

ON_PYPI = ["2.31.0", "2.32.3", "2.33.0", "2.34.2"]  # released versions of requests


def installable(*requirements: str) -> list[str]:
    """The versions that satisfy every library's requirement at once."""
    allowed = SpecifierSet(",".join(requirements))
    return list(allowed.filter(ON_PYPI))


# billing-client declares "requests==2.31.0"; search-client "requests>=2.32"
print("exact pin + range:", installable("==2.31.0", ">=2.32"))
# billing-client declares "requests>=2.31" instead
print("range + range:   ", installable(">=2.31", ">=2.32"))
