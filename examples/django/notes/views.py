"""JSON views for notes: a list with an optional filter, and a detail view."""

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from .models import Note


@require_GET  # anything but GET gets 405 Method Not Allowed
def note_list(request: HttpRequest) -> JsonResponse:
    notes = Note.objects.all()
    if request.GET.get("pinned") == "true":
        notes = notes.filter(pinned=True)
    # Build the response from the queryset; [:100] becomes LIMIT 100 in SQL.
    return JsonResponse({"notes": [note.to_dict() for note in notes[:100]]})


@require_GET
def note_detail(request: HttpRequest, note_id: int) -> JsonResponse:
    note = get_object_or_404(Note, pk=note_id)  # raises Http404 -> 404 response
    return JsonResponse(note.to_dict())
