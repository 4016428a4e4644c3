"""Project URLs: mount the notes app under /api/notes/."""

from django.urls import include, path

urlpatterns = [
    path("api/notes/", include("notes.urls")),
]
