"""The workspace file: creation, migrations, the write lock, crash safety, attachments, the audit log."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from qlist_desktop.domain.items import Department, LegalBasis, PowerItem
from qlist_desktop.services import attachments, items, settings
from qlist_desktop.services.demo import create_demo
from qlist_desktop.storage.schema import Base
from qlist_desktop.storage.workspace import MIGRATIONS_DIR, SCHEMA_HEAD, Workspace, WorkspaceError, WorkspaceLocked

DATA = Path(__file__).parent / "data"


def new_workspace(tmp_path: Path) -> Path:
    path = tmp_path / "局.qlist"
    with Workspace.create(path) as ws:
        settings.initialise(ws, Department("测试局", "001", "650200"))
    return path


def test_schema_head_constant_matches_the_migrations() -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(cfg).get_current_head() == SCHEMA_HEAD


def test_new_workspace_is_wal_with_foreign_keys_and_matches_the_models(tmp_path: Path) -> None:
    path = new_workspace(tmp_path)
    with Workspace.open(path) as ws, ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == [], f"models and migrations disagree: {diff}"
    assert sqlite3.connect(path).execute("select version_num from alembic_version").fetchone() == (SCHEMA_HEAD,)


def test_old_workspace_is_backed_up_then_migrated_keeping_its_data(tmp_path: Path) -> None:
    old = tmp_path / "旧.qlist"
    shutil.copy(DATA / "workspace-v0001.qlist", old)
    before = old.read_bytes()
    with Workspace.open(old) as ws:
        assert ws.backup_path is not None and ws.backup_path.exists()
        assert ws.backup_path.name.startswith("旧.qlist.v0001-")
        assert len(items.list_rows(ws)) == 20
        assert settings.get_department(ws).name == "示范县市场监督管理局"
    backup = sqlite3.connect(ws.backup_path)
    assert backup.execute("select version_num from alembic_version").fetchone() == ("0001",)
    assert backup.execute("select count(*) from item").fetchone() == (20,)
    assert sqlite3.connect(old).execute("select version_num from alembic_version").fetchone() == (SCHEMA_HEAD,)
    assert old.read_bytes() != before


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = new_workspace(tmp_path)
    con = sqlite3.connect(path)
    con.execute("update alembic_version set version_num='9999'")
    con.commit()
    con.close()
    with pytest.raises(WorkspaceError, match="更新版本"):
        Workspace.open(path)


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = new_workspace(tmp_path)
    with pytest.raises(WorkspaceError, match="已存在"):
        Workspace.create(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "不存在"), (b"just text\n", "不是权力清单工作区文件"), (b"SQLite format 3\x00" + b"\x00" * 20, "截断")],
)
def test_bad_files_are_refused_with_a_sentence(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "x.qlist"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(WorkspaceError, match=message):
        Workspace.open(path)
    if content is not None:
        assert path.read_bytes() == content


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("create table t(x)")
    con.commit()
    con.close()
    with pytest.raises(WorkspaceError, match="不是权力清单工作区"):
        Workspace.open(path)


def test_a_second_writer_in_another_process_is_refused(tmp_path: Path) -> None:
    path = new_workspace(tmp_path)
    code = (
        "import sys\nfrom qlist_desktop.storage.workspace import Workspace, WorkspaceLocked\n"
        f"try:\n    Workspace.open({str(path)!r})\nexcept WorkspaceLocked as e:\n    print(e); sys.exit(7)\n"
    )
    with Workspace.open(path):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert done.returncode == 7, done.stderr
        assert "已被另一个程序打开" in done.stdout
        with Workspace.open(path, readonly=True) as reader:
            assert reader.writable is False
    with Workspace.open(path):
        pass


def test_second_writer_in_same_process_is_refused(tmp_path: Path) -> None:
    path = new_workspace(tmp_path)
    with Workspace.open(path), pytest.raises(WorkspaceLocked):
        Workspace.open(path)


WRITER = """
import sys
from qlist_desktop.domain.items import PowerItem
from qlist_desktop.services.items import create_items
from qlist_desktop.storage.workspace import Workspace
ws = Workspace.open(sys.argv[1])
n = 0
while True:
    create_items(ws, [PowerItem(code=f"650200001XK{n:03d}00", name=f"事项{n}", category="行政许可")] * 5)
    n += 1
    print(n, flush=True)
"""


def test_kill_9_during_writes_leaves_the_last_committed_state(tmp_path: Path) -> None:
    path = new_workspace(tmp_path)
    with subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        committed = 0
        deadline = time.monotonic() + 60
        while committed < 30 and time.monotonic() < deadline:
            committed = int(proc.stdout.readline())
        proc.kill()
        proc.wait()
    with Workspace.open(path) as ws:
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        count = items.count_items(ws)
    # Each transaction adds 5 items: never a partial one, and nothing reported committed is lost.
    assert count % 5 == 0
    assert count >= committed * 5


def test_attachments_are_stored_once_by_content(tmp_path: Path) -> None:
    path = new_workspace(tmp_path)
    law = tmp_path / "食品安全法.pdf"
    law.write_bytes(b"%PDF-1.4 law text")
    copy = tmp_path / "副本.pdf"
    copy.write_bytes(law.read_bytes())
    with Workspace.open(path) as ws:
        first = attachments.add_attachment(ws, law)
        second = attachments.add_attachment(ws, copy)
        assert first.sha256 == second.sha256
        basis = LegalBasis("法律", "中华人民共和国食品安全法", "", "第三十五条", "", first.sha256)
        items.create_items(
            ws,
            [
                PowerItem(code=f"650200001XK{n:03d}00", name=f"许可{n}", category="行政许可", bases=[basis])
                for n in range(50)
            ],
        )
        assert len(attachments.list_attachments(ws)) == 1
        assert attachments.attachment_content(ws, first.sha256) == law.read_bytes()
        loaded = items.load_items(ws)
        assert {i.bases[0].document_sha256 for i in loaded} == {first.sha256}
    program = tmp_path / "x.exe"
    program.write_bytes(b"MZ")
    with Workspace.open(path) as ws, pytest.raises(attachments.AttachmentError, match="不支持"):
        attachments.add_attachment(ws, program)


def test_audit_log_records_every_changed_field(tmp_path: Path) -> None:
    path = create_demo(tmp_path / "demo.qlist")
    with Workspace.open(path) as ws:
        item = items.find_by_code(ws, "999001017XK00300")
        changes = items.update_item(
            ws,
            item.id or 0,
            {"promised_time_limit": 15, "remarks": "已核对", "handling_unit": item.handling_unit},
            source="test",
        )
        assert {c.field for c in changes} == {"promised_time_limit", "remarks"}
        new_bases = [*item.bases, LegalBasis("部门规章", "计量标准考核办法", "", "第三条")]
        items.update_item(ws, item.id or 0, {"bases": new_bases}, source="test")
        log = [e for e in items.audit_log(ws, item.id) if e.source == "test"]
        assert [(e.field, e.old, e.new) for e in log[:2]] == [
            ("promised_time_limit", 25, 15),
            ("remarks", "", "已核对"),
        ]
        assert log[2].field == "bases" and len(log[2].old) == 2 and len(log[2].new) == 3
        assert items.get_item(ws, item.id or 0).bases[2].title == "计量标准考核办法"
        assert items.set_deleted(ws, [item.id or 0], True, source="test") == 1
        assert items.audit_log(ws, item.id)[-1].field == "deleted"
        assert item.id in {r.id for r in items.list_rows(ws, deleted=True)}
        assert items.set_deleted(ws, [item.id or 0], False) == 1
        assert len(items.list_rows(ws)) == 20
