"""Two requests buy the same product: each reads the stock, subtracts, and saves."""

import django
from django.conf import settings
from django.db import connection, models

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
)
django.setup()


class Product(models.Model):
    name = models.CharField(max_length=100)
    stock = models.IntegerField()

    class Meta:
        app_label = "shop"


with connection.schema_editor() as editor:
    editor.create_model(Product)
Product.objects.create(pk=1, name="keyboard", stock=10)

# region orders
request_a = Product.objects.get(pk=1)  # request A reads stock 10
request_b = Product.objects.get(pk=1)  # request B reads it before A has saved
request_a.stock -= 3
request_a.save()
request_b.stock -= 2
request_b.save()
print("sold 5 of 10, stock now:", Product.objects.get(pk=1).stock)
# endregion orders
