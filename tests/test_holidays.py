"""The shipped State Council holiday arrangements, unknown years said aloud, and loading a yearly file."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from conftest import SHARED
from helpers import run_cli
from test_review import export

from qlist_desktop.paths import resource
from qlist_desktop.services.holidays import get_calendar
from qlist_desktop.services.submissions import record_submission
from qlist_desktop.storage.workspace import Workspace

SHIPPED = json.loads(resource("cn-public-holidays.json").read_text(encoding="utf-8"))
NOTE_2027 = "2027年节假日安排未知，按周一至周五计算"


def submitted_on(ws_path: Path, day: str) -> None:
    with Workspace.open(ws_path) as ws:
        record_submission(ws, round=1, bundle_id="test-round-1", bundle_name="第1次报送", created_at=f"{day}T10:00:00",
                          include_drafts=False, override_reason="", snapshot=[], summary={})


def test_twenty_working_days_from_10_february_2026_follow_the_official_calendar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert json.loads((SHARED / "holidays" / "cn-public-holidays.json").read_text(encoding="utf-8")) == SHIPPED
    off, workdays = set(SHIPPED["years"]["2026"]["off"]), set(SHIPPED["years"]["2026"]["workdays"])
    # Counted by hand: Tue 10 Feb submitted; 11–13 Feb worked, Sat 14 Feb a make-up working day, 15–23 Feb
    # 春节 off, 24–27 Feb and Sat 28 Feb worked, then 2–6, 9–13 and Mon 16 March.
    worked = ["02-11", "02-12", "02-13", "02-14", "02-24", "02-25", "02-26", "02-27", "02-28",
              "03-02", "03-03", "03-04", "03-05", "03-06", "03-09", "03-10", "03-11", "03-12", "03-13", "03-16"]
    worked = [f"2026-{d}" for d in worked]
    assert {"2026-02-14", "2026-02-28"} <= workdays and {f"2026-02-{d}" for d in range(15, 24)} <= off
    for n in range(1, 35):  # every day in the period is a working day exactly when the file makes it one
        day = date(2026, 2, 10) + timedelta(days=n)
        if day > date(2026, 3, 16):
            break
        text = day.isoformat()
        assert (text in worked) == (text in workdays or (day.weekday() < 5 and text not in off)), text

    ws = tmp_path / "新.qlist"
    assert run_cli(capsys, "init", ws, "--department", "测试局", "--region", "650200")[0] == 0
    submitted_on(ws, "2026-02-10")
    deadline = json.loads(run_cli(capsys, "rounds", ws, "--json")[1])["deadline"]
    assert deadline["due"] == worked[-1] == "2026-03-16" and deadline["calendar_note"] == ""
    assert "期限已于 2026年3月16日 届满" in run_cli(capsys, "rounds", ws)[1]


def test_an_existing_workspace_uses_the_official_calendar_and_keeps_its_own_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = tmp_path / "旧.qlist"
    shutil.copy(Path(__file__).parent / "data" / "workspace-v0001.qlist", ws)
    assert run_cli(capsys, "holidays", ws, "--add", "2026-03-02", "--remove", "2026-02-23")[0] == 0
    with Workspace.open(ws) as opened:
        calendar = get_calendar(opened)
    assert {2025, 2026} <= calendar.known_years
    assert not calendar.is_workday(date(2025, 10, 8)) and calendar.is_workday(date(2025, 9, 28))
    assert not calendar.is_workday(date(2026, 3, 2))  # the workspace's own day off
    assert calendar.is_workday(date(2026, 2, 23))  # an official day off the workspace dropped
    out = run_cli(capsys, "holidays", ws)[1]
    assert "2025年、2026年" in out and "本工作区增加的节假日：2026-03-02" in out and "取消的安排：2026-02-23" in out


def test_a_deadline_into_2027_says_the_year_is_unknown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "演示.qlist"
    assert run_cli(capsys, "demo", ws)[0] == 0
    export(capsys, ws, tmp_path / "usb1")
    with sqlite3.connect(ws) as db:  # as if round 1 had gone out on Friday 18 December 2026
        db.execute("UPDATE submission SET created_at = '2026-12-18T10:00:00'")
    rounds = json.loads(run_cli(capsys, "rounds", ws, "--json")[1])["deadline"]
    assert rounds["calendar_note"] == NOTE_2027
    # Mon–Fri from 21 Dec 2026: 21–25, 28–31 Dec (9 days), Fri 1 Jan 2027 counted, then 4–8 and 11–15 Jan.
    assert rounds["due"] == "2027-01-15"
    assert f"2027年1月15日（{NOTE_2027}）" in run_cli(capsys, "rounds", ws)[1]

    bundle2 = export(capsys, ws, tmp_path / "usb2")
    text = subprocess.run(["pdftotext", str(bundle2 / "04_变更说明.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout.replace("\n", "")
    assert f"第1次报送后的变更说明期限：2027年1月15日（{NOTE_2027}）" in text
    sheet = openpyxl.load_workbook(bundle2 / "04_变更说明.xlsx")["变更事项"]
    assert sheet.cell(2, 2).value == f"第1次报送后的变更说明期限：2027年1月15日（{NOTE_2027}）"


def write_year(path: Path, off: list[str], workdays: list[str]) -> Path:
    path.write_text(json.dumps({"years": {"2027": {"off": off, "workdays": workdays}}}), encoding="utf-8")
    return path


def test_loading_a_yearly_file_makes_the_year_known(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "新.qlist"
    assert run_cli(capsys, "init", ws, "--department", "测试局", "--region", "650200")[0] == 0
    submitted_on(ws, "2026-12-18")
    year = write_year(tmp_path / "2027.json", ["2027-01-01", "2027-01-02", "2027-01-03"], [])
    code, out, err = run_cli(capsys, "holidays", ws, "--load", year)
    assert code == 0, err
    assert "已载入 2027 年" in out and "2025年、2026年、2027年" in out
    deadline = json.loads(run_cli(capsys, "rounds", ws, "--json")[1])["deadline"]
    # Fri 1 Jan 2027 now a day off: the 20 days end on Mon 18 Jan instead of Fri 15 Jan, the year known.
    assert deadline == deadline | {"due": "2027-01-18", "calendar_note": ""}


@pytest.mark.parametrize(
    ("off", "workdays", "said"),
    [
        (["2027-02-30"], [], "“2027-02-30”不是真实存在的日期"),
        (["2027/10/01"], [], "“2027/10/01”不是 YYYY-MM-DD 格式的日期"),
        (["2027-10-01"], ["2027-10-04"], "调休上班日 2027-10-04 不是周末"),
        (["2028-05-01"], [], "“2028-05-01”不属于2027年"),
    ],
)
def test_a_malformed_file_is_refused_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], off: list[str], workdays: list[str], said: str
) -> None:
    ws = tmp_path / "新.qlist"
    assert run_cli(capsys, "init", ws, "--department", "测试局", "--region", "650200")[0] == 0
    before = run_cli(capsys, "holidays", ws)[1]
    code, out, err = run_cli(capsys, "holidays", ws, "--load", write_year(tmp_path / "坏.json", off, workdays))
    assert code == 2 and out == "" and said in err and "“坏.json”未载入" in err and "Traceback" not in err
    assert run_cli(capsys, "holidays", ws)[1] == before
    with Workspace.open(ws) as opened:
        assert 2027 not in get_calendar(opened).known_years


def test_the_holiday_dialog_loads_a_file_and_refuses_a_bad_one(qtbot, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    from qlist_desktop.ui.review_rounds import RoundsDialog

    ws_path = tmp_path / "新.qlist"
    assert run_cli(capsys, "init", ws_path, "--department", "测试局", "--region", "650200")[0] == 0
    submitted_on(ws_path, "2026-12-18")
    with Workspace.open(ws_path) as ws:
        dialog = RoundsDialog(ws)
        qtbot.addWidget(dialog)
        dialog.show()
        assert NOTE_2027 in dialog.deadline.text() and "2025年、2026年" in dialog.known_years.text()
        listed = dialog.holidays.count()
        assert dialog.load_holidays(write_year(tmp_path / "坏.json", ["2027-13-01"], [])) is None
        assert "无法载入" in dialog.message.text() and "2027-13-01" in dialog.message.text()
        assert dialog.holidays.count() == listed and NOTE_2027 in dialog.deadline.text()
        loaded = dialog.load_holidays(write_year(tmp_path / "2027.json", ["2027-01-01"], []))
        assert loaded is not None and loaded.years == [2027]
        assert dialog.holidays.count() == listed + 1 and NOTE_2027 not in dialog.deadline.text()
        assert "2027年" in dialog.known_years.text()
        dialog.grab().save("/tmp/rounds15.png")
