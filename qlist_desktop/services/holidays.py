"""The work calendar of a workspace: the shipped State Council arrangements, yearly files loaded into the
workspace, and the workspace's own additions and removals on top (meta keys `holiday_arrangements` and
`work_calendar`)."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from qlist_desktop.domain.holiday_arrangements import (
    HolidayFileError,
    OwnChanges,
    YearArrangement,
    arrangements_to_data,
    effective_calendar,
    parse_arrangements,
)
from qlist_desktop.domain.workdays import WorkCalendar
from qlist_desktop.paths import resource
from qlist_desktop.services.settings import get_meta, set_meta
from qlist_desktop.storage.workspace import Workspace

SHIPPED_FILE = "cn-public-holidays.json"
LOADED_KEY, OWN_KEY = "holiday_arrangements", "work_calendar"


@functools.cache
def shipped_arrangements() -> dict[int, YearArrangement]:
    """The arrangements the application ships (resources/cn-public-holidays.json)."""
    return parse_arrangements(json.loads(resource(SHIPPED_FILE).read_text(encoding="utf-8")))


def official_arrangements(ws: Workspace) -> dict[int, YearArrangement]:
    """The shipped years, each replaced by the same year of a file loaded into the workspace."""
    loaded = get_meta(ws, LOADED_KEY)
    return shipped_arrangements() | (parse_arrangements(loaded) if loaded else {})


def own_changes(ws: Workspace) -> OwnChanges:
    return OwnChanges.from_data(get_meta(ws, OWN_KEY, {}))


def get_calendar(ws: Workspace) -> WorkCalendar:
    """The calendar deadlines are counted with."""
    return effective_calendar(official_arrangements(ws), own_changes(ws))


def change_calendar(ws: Workspace, add: Iterable[date] = (), workday: Iterable[date] = (),
                    remove: Iterable[date] = ()) -> OwnChanges:
    """Add days off or make-up working days, or drop a day (the workspace's own, or an official one)."""
    own = own_changes(ws)
    holidays, makeup, removed = set(own.holidays), set(own.makeup_workdays), set(own.removed)
    add, workday, remove = set(add), set(workday), set(remove)
    official = official_arrangements(ws).values()
    official_days = set().union(*(a.off | a.workdays for a in official))
    holidays = (holidays | add) - workday - remove
    makeup = (makeup | workday) - add - remove
    removed = (removed - add - workday) | (remove & official_days)
    changed = OwnChanges(frozenset(holidays), frozenset(makeup), frozenset(removed))
    set_meta(ws, OWN_KEY, changed.to_data())
    return changed


@dataclass(frozen=True)
class LoadedArrangements:
    years: list[int]  # the years the file held
    replaced: list[int]  # of those, the years the calendar knew before


def read_arrangements(path: Path) -> dict[int, YearArrangement]:
    """A holiday file's years, or HolidayFileError saying why it cannot be used."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise HolidayFileError(f"文件不存在：{path}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HolidayFileError(f"“{path.name}”不是有效的 JSON 文件（{exc}）") from None
    try:
        return parse_arrangements(data)
    except HolidayFileError as exc:
        raise HolidayFileError(f"“{path.name}”未载入：{exc}") from None


def load_arrangements(ws: Workspace, path: Path) -> LoadedArrangements:
    """Store a yearly file in the workspace after checking all of it; a refused file changes nothing."""
    arrangements = read_arrangements(path)
    known = set(official_arrangements(ws))
    loaded = get_meta(ws, LOADED_KEY)
    stored = (parse_arrangements(loaded) if loaded else {}) | arrangements
    set_meta(ws, LOADED_KEY, arrangements_to_data(stored))
    years = sorted(arrangements)
    return LoadedArrangements(years, [y for y in years if y in known])
