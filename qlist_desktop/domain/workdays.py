"""Working-day arithmetic for the 20-working-day period to explain changes after a submission.

Weekends are rest days unless listed as make-up working days (调休上班); listed holidays are rest days.
The calendar knows the years whose State Council arrangement it holds (`known_years`); a period running into
another year is counted Monday to Friday there, and says so (`unknown_note`).
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
    known_years: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def from_iso(cls, holidays: Iterable[str] = (), makeup_workdays: Iterable[str] = ()) -> WorkCalendar:
        return cls(frozenset(map(date.fromisoformat, holidays)), frozenset(map(date.fromisoformat, makeup_workdays)))

    def unknown_years(self, start: date, end: date) -> list[int]:
        """The years counted from `start` (exclusive) to `end` whose holiday arrangement is not known."""
        first, last = min(start + timedelta(days=1), end), max(start, end)
        return [year for year in range(first.year, last.year + 1) if year not in self.known_years]

    def unknown_note(self, start: date, end: date) -> str:
        """'2027年节假日安排未知，按周一至周五计算', or '' when every year counted is known."""
        years = self.unknown_years(start, end)
        if not years:
            return ""
        return "、".join(f"{year}年" for year in years) + "节假日安排未知，按周一至周五计算"

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
