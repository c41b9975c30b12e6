"""The workspace: one SQLite file holding a department's whole list.

Opening a workspace checks that the file is one, takes the write lock (a second writer is refused),
backs the file up and applies Alembic migrations when its schema is older than this program's.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SCHEMA_HEAD = "0003"  # the newest migration; tests check it against the migrations folder
SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".qlist"


class WorkspaceError(Exception):
    """A problem with a workspace file, said in a sentence for the liaison."""


class WorkspaceLocked(WorkspaceError):
    pass


class _WriteLock:
    """An exclusive, non-blocking lock held while a workspace is open for writing.

    On POSIX it is a `flock` on the database file itself (independent of SQLite's own fcntl locks);
    on Windows a locked `<file>.lock` beside it. The OS drops it when the process dies.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle: IO[bytes] | None = None

    def acquire(self) -> None:
        if sys.platform == "win32":
            import msvcrt

            handle = open(str(self.path) + ".lock", "a+b")  # noqa: SIM115 - held until release()
            try:
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            except OSError:
                handle.close()
                raise self._refusal() from None
        else:
            import fcntl

            handle = open(self.path, "rb")  # noqa: SIM115 - held until release()
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                handle.close()
                raise self._refusal() from None
        self.handle = handle

    def _refusal(self) -> WorkspaceLocked:
        return WorkspaceLocked(
            f"工作区“{self.path.name}”已被另一个程序打开并正在编辑，请先关闭它再打开（为防止数据损坏，同一时间只允许一处修改）。"
        )

    def release(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    return engine


def check_sqlite_file(path: Path) -> None:
    """Refuse, with a sentence, a path that is missing or not a SQLite file."""
    if not path.exists():
        raise WorkspaceError(f"工作区文件不存在：{path}")
    if path.is_dir():
        raise WorkspaceError(f"“{path}”是文件夹，不是工作区文件")
    try:
        with open(path, "rb") as f:
            head = f.read(100)
    except OSError as exc:
        raise WorkspaceError(f"无法读取工作区文件“{path}”：{exc.strerror}") from None
    if not head.startswith(SQLITE_MAGIC):
        raise WorkspaceError(f"“{path.name}”不是权力清单工作区文件（不是 SQLite 数据库）")
    if len(head) < 100:
        raise WorkspaceError(f"工作区文件“{path.name}”已损坏（文件被截断）")


def backup_file(path: Path, label: str) -> Path:
    """A consistent copy of the database beside it, made with SQLite's backup API."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}.bak")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def _upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Workspace:
    """An open workspace file. Use as a context manager, or call `close()`."""

    def __init__(self, path: Path, engine: Engine, lock: _WriteLock | None) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.backup_path: Path | None = None

    @property
    def writable(self) -> bool:
        return self._lock is not None

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str) -> Workspace:
        """A new, empty workspace at `path` (which must not exist), open for writing."""
        path = Path(path)
        if path.exists():
            raise WorkspaceError(f"文件“{path}”已存在，不会覆盖；请换一个文件名")
        if not path.parent.is_dir():
            raise WorkspaceError(f"文件夹“{path.parent}”不存在")
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.close()
        lock = _WriteLock(path)
        lock.acquire()
        engine = _make_engine(path)
        try:
            _upgrade(engine)
        except Exception:
            engine.dispose()
            lock.release()
            path.unlink(missing_ok=True)
            raise
        return cls(path, engine, lock)

    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False) -> Workspace:
        """Open an existing workspace; for writing unless `readonly`."""
        path = Path(path)
        check_sqlite_file(path)
        lock = None
        if not readonly:
            if not os.access(path, os.W_OK):
                raise WorkspaceError(f"工作区文件“{path.name}”是只读的，无法修改")
            lock = _WriteLock(path)
            lock.acquire()
        engine = _make_engine(path)
        ws = cls(path, engine, lock)
        try:
            version = ws._schema_version()
            if version != SCHEMA_HEAD:
                ws._migrate(version)
        except WorkspaceError:
            ws.close()
            raise
        except (DatabaseError, OperationalError) as exc:
            ws.close()
            raise WorkspaceError(f"工作区文件“{path.name}”已损坏，无法读取（{_reason(exc)}）") from None
        return ws

    def _schema_version(self) -> str | None:
        with self.engine.connect() as conn:
            tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
            if "alembic_version" not in tables:
                if tables:
                    raise WorkspaceError(f"“{self.path.name}”是 SQLite 数据库，但不是权力清单工作区文件")
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def _migrate(self, version: str | None) -> None:
        if version is not None and version > SCHEMA_HEAD:
            raise WorkspaceError(
                f"工作区“{self.path.name}”由更新版本的程序创建（结构版本 {version}），请升级本程序后再打开"
            )
        if not self.writable:
            raise WorkspaceError(f"工作区“{self.path.name}”需要升级结构，请以可写方式打开一次")
        if version is not None:
            self.backup_path = backup_file(self.path, f"v{version}")
        _upgrade(self.engine)

    # -- use ---------------------------------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short session; commits on success, rolls back on error. One transaction per change."""
        if not self.writable:
            with self._sessions() as session:
                yield session
                session.rollback()
            return
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _reason(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]
