"""Show UTC times in Berlin: zoneinfo versus a fixed +01:00 offset."""

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
PLUS_ONE = timezone(timedelta(hours=1))  # "Berlin is UTC+1", true only in winter

for day in (28, 30):  # German clocks went forward on 29 March 2026
    moment = datetime(2026, 3, day, 8, 0, tzinfo=UTC)
    print(
        moment.astimezone(BERLIN).strftime("%Y-%m-%d %H:%M %Z"),
        "|",
        moment.astimezone(PLUS_ONE).strftime("%H:%M"),
    )
