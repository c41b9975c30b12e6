from __future__ import annotations

from datetime import date

from qlist_desktop.domain.workdays import WorkCalendar


def test_weekends_are_skipped() -> None:
    cal = WorkCalendar()
    # Friday 2026-11-27 + 20 working days = Friday 2026-12-25.
    assert cal.add_workdays(date(2026, 11, 27), 20) == date(2026, 12, 25)
    assert cal.workdays_between(date(2026, 11, 27), date(2026, 12, 25)) == 20


def test_holidays_and_makeup_workdays() -> None:
    cal = WorkCalendar.from_iso(
        holidays=["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"], makeup_workdays=["2026-10-10"]
    )
    # From Wednesday 30 Sept: 1-7 Oct off (two of them weekend), Saturday 10 Oct worked.
    assert cal.add_workdays(date(2026, 9, 30), 1) == date(2026, 10, 8)
    assert cal.add_workdays(date(2026, 9, 30), 3) == date(2026, 10, 10)
    assert cal.workdays_between(date(2026, 10, 10), date(2026, 9, 30)) == -3
