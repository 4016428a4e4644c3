"""A logging decorator that forgets functools.wraps."""

import inspect


def logged(func):
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}")
        return func(*args, **kwargs)

    return wrapper


@logged
def get_user(user_id: int) -> dict:
    """Return one user by id."""
    return {"id": user_id}


print(get_user(7))
print(get_user.__name__, get_user.__doc__)
print(inspect.signature(get_user))
