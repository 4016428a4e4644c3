"""Operations on notes that views call: each one a single transaction."""

from django.db import transaction

from .models import Note


# region append
def append_line(note_id: int, line: str) -> Note:
    """Add a line to a note's body without losing a concurrent append."""
    with transaction.atomic():
        # The row stays locked until the block commits: a second caller waits here.
        note = Note.objects.select_for_update().get(pk=note_id)
        note.body = f"{note.body}\n{line}" if note.body else line
        note.save(update_fields=["body"])
    return note


# endregion append
