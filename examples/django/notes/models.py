"""The Note model: fields, ordering, and a method that serialises it for the API."""

from django.db import models


class Note(models.Model):
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True)
    pinned = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-pinned", "-created_at"]  # pinned first, then newest
        indexes = [models.Index(fields=["pinned", "created_at"])]

    def __str__(self) -> str:
        return self.title

    def to_dict(self) -> dict:
        return {
            "id": self.pk,
            "title": self.title,
            "body": self.body,
            "pinned": self.pinned,
            "created_at": self.created_at.isoformat(),
        }
