"""The State Council's yearly holiday arrangements (节假日安排) and the workspace's own changes on top.

The shape is that of `resources/cn-public-holidays.json`: `{"years": {"2026": {"off": [...], "workdays":
[...]}}}` — `off` the days off (放假, weekend days inside a holiday included), `workdays` the weekend days
that are working days (调休上班). A file is checked as a whole before anything uses it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from qlist_desktop.domain.workdays import WorkCalendar

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_KINDS = {"off": "放假日", "workdays": "调休上班日"}


class HolidayFileError(ValueError):
    """A holiday file that cannot be used, said in a sentence naming the first problem."""


@dataclass(frozen=True)
class YearArrangement:
    year: int
    off: frozenset[date]
    workdays: frozenset[date]


@dataclass(frozen=True)
class OwnChanges:
    """The workspace's own changes: added days off, added make-up working days, official days it drops."""

    holidays: frozenset[date] = field(default_factory=frozenset)
    makeup_workdays: frozenset[date] = field(default_factory=frozenset)
    removed: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def from_data(cls, data: Mapping[str, Iterable[str]]) -> OwnChanges:
        def dates(key: str) -> frozenset[date]:
            return frozenset(map(date.fromisoformat, data.get(key, ())))

        return cls(dates("holidays"), dates("makeup_workdays"), dates("removed"))

    def to_data(self) -> dict[str, list[str]]:
        return {key: sorted(d.isoformat() for d in getattr(self, key))
                for key in ("holidays", "makeup_workdays", "removed")}


def _date(text: object, year: int, kind: str) -> date:
    where = f"{year}年的{_KINDS[kind]}（{kind}）"
    if not isinstance(text, str) or not _ISO_DATE.fullmatch(text):
        raise HolidayFileError(f"{where}中的“{text}”不是 YYYY-MM-DD 格式的日期，例如 {year}-10-01")
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise HolidayFileError(f"{where}中的“{text}”不是真实存在的日期") from None
    # A year's arrangement may reach into the neighbouring year (元旦 from 31 December, say).
    if abs(day.year - year) > 1 or (day.year < year and day.month != 12) or (day.year > year and day.month != 1):
        raise HolidayFileError(f"{where}中的“{text}”不属于{year}年")
    return day


def parse_arrangements(data: object) -> dict[int, YearArrangement]:
    """Every year of a holiday file, or HolidayFileError naming the first problem."""
    years = data.get("years") if isinstance(data, dict) else None
    if not isinstance(years, dict) or not years:
        raise HolidayFileError("节假日文件应为 JSON 对象，其中“years”按年份列出放假日（off）和调休上班日（workdays）")
    result: dict[int, YearArrangement] = {}
    for key, entry in years.items():
        if not (isinstance(key, str) and key.isdigit() and len(key) == 4):
            raise HolidayFileError(f"“{key}”不是年份（应为四位数字，例如 2027）")
        year = int(key)
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), list) for k in _KINDS):
            raise HolidayFileError(f"{year}年应列出放假日（off）和调休上班日（workdays）两个日期列表")
        off = frozenset(_date(t, year, "off") for t in entry["off"])
        workdays = frozenset(_date(t, year, "workdays") for t in entry["workdays"])
        if off & workdays:
            raise HolidayFileError(f"{min(off & workdays).isoformat()} 既是放假日又是调休上班日")
        weekday = sorted(d for d in workdays if d.weekday() < 5)
        if weekday:
            raise HolidayFileError(f"调休上班日 {weekday[0].isoformat()} 不是周末（调休上班日应为周六或周日）")
        result[year] = YearArrangement(year, off, workdays)
    return result


def arrangements_to_data(arrangements: Mapping[int, YearArrangement]) -> dict[str, object]:
    return {"years": {str(y): {"off": sorted(d.isoformat() for d in a.off),
                               "workdays": sorted(d.isoformat() for d in a.workdays)}
                      for y, a in sorted(arrangements.items())}}


def effective_calendar(official: Mapping[int, YearArrangement], own: OwnChanges) -> WorkCalendar:
    """The official arrangements with the workspace's own additions and removals on top."""
    off = frozenset().union(*(a.off for a in official.values())) - own.removed
    workdays = frozenset().union(*(a.workdays for a in official.values())) - own.removed
    return WorkCalendar(
        (off - own.makeup_workdays) | own.holidays,
        (workdays - own.holidays) | own.makeup_workdays,
        frozenset(official),
    )
