"""Django's transaction.on_commit: when an enqueue runs, and when it never runs."""

import django
from django.conf import settings
from django.db import connection, transaction

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
)
django.setup()


def enqueue_welcome_email(user_id: int) -> None:
    print(f"enqueue send_welcome_email({user_id})")  # send_welcome_email.delay(...)


def sign_up(user_id: int, fail: bool = False) -> None:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("INSERT INTO users (id) VALUES (%s)", [user_id])
        transaction.on_commit(lambda: enqueue_welcome_email(user_id))
        print(f"user {user_id} inserted, not committed yet")
        if fail:
            raise ValueError("card declined")


with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)")
sign_up(7)
try:
    sign_up(8, fail=True)
except ValueError as exc:
    print("rolled back:", exc)
