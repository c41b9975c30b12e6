"""The workspace: one SQLite file holding a department's whole list.

Opening a workspace checks that the file is one, takes the write lock (a second writer is refused),
backs the file up and applies Alembic migrations when its schema is older than this program's. A file that
is read-only (by its mode bits, which root's `os.access` ignores) or on a read-only medium is opened
read-only for reading (SQLite `mode=ro`, or `immutable=1` where not even the WAL index can be written) and
refused, with a sentence, for writing. Paths go to SQLite as bytes, so names that are not UTF-8 work.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from qlist_desktop.domain.clean_text import replace_surrogates

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SCHEMA_HEAD = "0005"  # the newest migration; tests check it against the migrations folder
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


def _uri(path: Path, mode: str) -> str:
    """A SQLite URI for `path`, its bytes percent-encoded (a GBK name from a Windows stick stays exact)."""
    return "file:" + quote(os.fsencode(path.absolute())) + "?" + mode


def connect(path: Path, mode: str = "mode=rwc") -> sqlite3.Connection:
    """A plain sqlite3 connection to `path` with URI parameters `mode` (`mode=ro`, `immutable=1` …)."""
    return sqlite3.connect(_uri(path, mode), uri=True, check_same_thread=False)


def _make_engine(path: Path, mode: str = "mode=rw") -> Engine:
    engine = create_engine("sqlite://", creator=lambda: connect(path, mode), poolclass=QueuePool)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "before_cursor_execute", _encodable_parameters, retval=True)
    return engine


def _encodable_parameters(
    _conn: object, _cursor: object, statement: str, parameters: Any, _context: object, executemany: bool
) -> tuple[str, Any]:
    """Parameters SQLite can store: a lone surrogate (an undecodable file name) becomes U+FFFD, not an error."""
    if executemany:
        return statement, [_encodable(p) for p in parameters]
    return statement, _encodable(parameters)


def _encodable(parameters: Any) -> Any:
    if isinstance(parameters, dict):
        return {k: _encodable_value(v) for k, v in parameters.items()}
    if isinstance(parameters, list | tuple):
        return type(parameters)(_encodable_value(v) for v in parameters)
    return parameters


def _encodable_value(value: Any) -> Any:
    return replace_surrogates(value) if isinstance(value, str) and not value.isascii() else value


_commits = 0


def _began(session: Session, _transaction: object, conn: Any) -> None:
    dbapi = conn.connection.dbapi_connection
    session.info["changes"] = (dbapi, dbapi.total_changes)


def _committed(session: Session) -> None:
    """Count a committed transaction that changed rows (SQLite's own count, not a guess)."""
    global _commits
    dbapi, before = session.info.pop("changes", (None, 0))
    if dbapi is not None and dbapi.total_changes != before:
        _commits += 1


def commits_made() -> int:
    """How many transactions that changed a workspace this process committed: what an error report may claim."""
    return _commits


def write_refusal(path: Path) -> str | None:
    """Why the workspace at `path` cannot be written, as a sentence; None when it can."""
    if _on_read_only_medium(path):
        return f"工作区“{path.name}”位于只读的磁盘或写保护的 U 盘上，只能查看、不能修改；如需修改，请先复制到本机"
    mode = path.stat().st_mode
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK):
        return f"工作区文件“{path.name}”是只读的（文件属性为只读），只能查看、不能修改；如需修改，请先取消只读属性"
    if not os.access(path.absolute().parent, os.W_OK):
        return f"工作区“{path.name}”所在的文件夹不允许写入，只能查看、不能修改"
    return None


def _on_read_only_medium(path: Path) -> bool:
    if not hasattr(os, "statvfs"):
        return False
    return bool(os.statvfs(path.absolute().parent).f_flag & os.ST_RDONLY)


def _read_mode(path: Path) -> str:
    """How to open for reading: as usual when the file could be written (sessions then roll back), `mode=ro`
    for a read-only file whose unmerged WAL must still be read, else `immutable=1` (no WAL index needed)."""
    if write_refusal(path) is None:
        return "mode=rw"
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and not _on_read_only_medium(path) and os.access(path.absolute().parent, os.W_OK):
        return "mode=ro"
    return "immutable=1"


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
    src = connect(path, "mode=ro")
    try:
        dst = connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def _config() -> object:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def known_revisions() -> set[str]:
    """Every schema version this program's migrations know."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}  # type: ignore[arg-type]


def _upgrade(engine: Engine) -> None:
    from alembic import command

    cfg: Any = _config()
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
        event.listen(self._sessions, "after_begin", _began)
        event.listen(self._sessions, "after_commit", _committed)
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
        conn = connect(path)
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
            refusal = write_refusal(path)
            if refusal:
                raise WorkspaceError(refusal)
            lock = _WriteLock(path)
            lock.acquire()
        engine = _make_engine(path, _read_mode(path) if readonly else "mode=rw")
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
        if version is not None and version not in known_revisions():
            newer = "由更新版本的程序创建" if str(version) > SCHEMA_HEAD else "的结构版本本程序不认识"
            raise WorkspaceError(
                f"工作区“{self.path.name}”{newer}（结构版本 {version}），未作任何改动；请升级本程序后再打开"
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
