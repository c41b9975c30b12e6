"""Working-day arithmetic for the 20-working-day period to explain changes after a submission.

Weekends are rest days unless listed as make-up working days (调休上班); listed holidays are rest days.
The holiday list is the workspace's own (edited in settings), since it changes every year.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

CHANGE_EXPLANATION_DAYS = 20


@dataclass(frozen=True)
class WorkCalendar:
    holidays: frozenset[date] = field(default_factory=frozenset)
    makeup_workdays: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def from_iso(cls, holidays: Iterable[str] = (), makeup_workdays: Iterable[str] = ()) -> WorkCalendar:
        return cls(frozenset(map(date.fromisoformat, holidays)), frozenset(map(date.fromisoformat, makeup_workdays)))

    def is_workday(self, day: date) -> bool:
        if day in self.makeup_workdays:
            return True
        return day.weekday() < 5 and day not in self.holidays

    def add_workdays(self, start: date, days: int) -> date:
        """The date `days` working days after `start` (the start day itself not counted)."""
        current, left = start, days
        while left > 0:
            current += timedelta(days=1)
            if self.is_workday(current):
                left -= 1
        return current

    def workdays_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (negative when `end` is before `start`)."""
        if end < start:
            return -self.workdays_between(end, start)
        return sum(1 for n in range(1, (end - start).days + 1) if self.is_workday(start + timedelta(days=n)))
