"""A helper with a mutable default argument, called once per request."""


def add_tag(tag: str, tags: list[str] = []) -> list[str]:
    tags.append(tag)
    return tags


print(add_tag("python"))  # request 1
print(add_tag("django"))  # request 2, from another user
