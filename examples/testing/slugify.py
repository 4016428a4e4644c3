"""A tiny function under test: turn a title into a URL slug."""

import re
import unicodedata


def slugify(text: str, max_length: int = 50) -> str:
    """'Héllo, World!' -> 'hello-world'. Raises ValueError if nothing is left."""
    ascii_text = (
        unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    )
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not slug:
        raise ValueError(f"cannot make a slug from {text!r}")
    return slug[:max_length].rstrip("-")
