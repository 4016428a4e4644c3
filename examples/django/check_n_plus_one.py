"""Count the queries a loop over books runs, with and without select_related."""

import django
from django.conf import settings
from django.db import connection, models
from django.test.utils import CaptureQueriesContext

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
)
django.setup()


# region orm
class Author(models.Model):
    name = models.CharField(max_length=100)

    class Meta:
        app_label = "shop"


class Book(models.Model):
    title = models.CharField(max_length=100)
    author = models.ForeignKey(Author, on_delete=models.CASCADE)

    class Meta:
        app_label = "shop"


with connection.schema_editor() as editor:
    editor.create_model(Author)
    editor.create_model(Book)
for name in ["Ramalho", "Percival", "Beazley"]:
    Book.objects.create(title=f"by {name}", author=Author.objects.create(name=name))


def author_names(books):
    with CaptureQueriesContext(connection) as queries:
        names = [book.author.name for book in books]
    print(names, "queries run:", len(queries))


author_names(Book.objects.order_by("id"))
author_names(Book.objects.select_related("author").order_by("id"))
# endregion orm
