"""When a Django QuerySet runs its SQL: building, slicing, iterating and counting."""

import django
from django.conf import settings
from django.db import connection, models
from django.test.utils import CaptureQueriesContext

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
)
django.setup()


class Book(models.Model):
    title = models.CharField(max_length=100)
    year = models.IntegerField()

    class Meta:
        app_label = "shop"


with connection.schema_editor() as editor:
    editor.create_model(Book)
Book.objects.create(title="Architecture Patterns", year=2020)
Book.objects.create(title="Fluent Python", year=2022)
Book.objects.create(title="Two Scoops of Django", year=2024)

# region queryset
with CaptureQueriesContext(connection) as queries:
    recent = Book.objects.filter(year__gte=2021).order_by("-year")
    newest = recent[:1]
    print("after filter, order_by, slice:", len(queries))
    print([book.title for book in newest], len(queries))
    print([book.title for book in newest], len(queries))
    print("count:", recent.count(), "queries:", len(queries))
# endregion queryset
