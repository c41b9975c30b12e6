"""Writing a bundle safely onto a USB stick or a folder.

Everything goes into a hidden staging folder beside the final one, each file is flushed to the device,
the checksums are read back from the target, and only then is the folder renamed to its final name.
A failure (disk full, stick pulled out, no permission) removes the staging folder when it still can and
never leaves anything under the final name.
"""

from __future__ import annotations

import errno
import hashlib
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from qlist_desktop.export.names import MAX_PATH

CHUNK = 1 << 20
STAGING_PREFIX = ".qlist-export-"


class ExportError(Exception):
    """An export that could not be done, said in a sentence for the liaison."""


@dataclass(frozen=True)
class FileEntry:
    size: int
    sha256: str


_REASONS = {
    errno.ENOSPC: "目标磁盘空间不足",
    errno.EDQUOT: "目标磁盘空间配额已满",
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.EROFS: "目标磁盘是只读的（U盘可能开启了写保护）",
    errno.EIO: "读写出错（U盘可能已拔出或损坏）",
    errno.ENODEV: "设备已移除",
    errno.ENXIO: "设备已移除",
    errno.ENOENT: "目标文件夹已不存在（U盘可能已拔出）",
    errno.ENAMETOOLONG: "文件路径过长",
    errno.EFBIG: "文件超过目标磁盘文件系统的大小上限（FAT32 单个文件不能超过 4 GB）",
}


def describe_os_error(exc: OSError) -> str:
    reason = _REASONS.get(exc.errno or 0) or (exc.strerror or str(exc))
    where = f"（{exc.filename}）" if exc.filename else ""
    return f"{reason}{where}"


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a directory for fsync; NTFS/FAT metadata is flushed with the files
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _drop_cache(fd: int) -> None:
    """Ask the OS to forget the file's cached pages, so the read-back comes from the device."""
    if hasattr(os, "posix_fadvise"):
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)


def file_sha256(path: Path, *, from_device: bool = False) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        if from_device:
            _drop_cache(f.fileno())
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class StagedBundle:
    """A bundle being written: `write`/`copy` files, then `commit()`; `discard()` on any failure."""

    def __init__(self, outdir: Path, final_name: str) -> None:
        self.outdir = outdir
        self.final = outdir / final_name
        if not outdir.is_dir():
            raise ExportError(f"目标文件夹不存在：{outdir}")
        if self.final.exists():
            raise ExportError(f"目标位置已有同名文件夹“{final_name}”，不会覆盖；请换一个文件夹或先移走它")
        if len(str(self.final)) > MAX_PATH - 60:
            raise ExportError(f"目标文件夹路径过长（{len(str(outdir))} 个字符），请选择更短的路径，例如 U 盘根目录")
        self.staging = outdir / f"{STAGING_PREFIX}{secrets.token_hex(6)}.partial"
        self.files: dict[str, FileEntry] = {}
        self._dirs: set[Path] = set()
        try:
            self.staging.mkdir()
        except OSError as exc:
            raise ExportError(f"无法在目标位置写入：{describe_os_error(exc)}") from None
        self._dirs.add(self.staging)

    def _target(self, relative: str) -> Path:
        if len(str(self.final / relative)) > MAX_PATH:
            raise ExportError(f"文件路径超过 {MAX_PATH} 个字符：{relative}；请选择更短的目标路径")
        path = self.staging / relative
        if path.parent not in self._dirs:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._dirs.add(path.parent)
        return path

    def write(self, relative: str, data: bytes) -> None:
        """Write one file (relative path with '/') and flush it to the device."""
        path = self._target(relative)
        with open(path, "xb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        self.files[relative] = FileEntry(len(data), hashlib.sha256(data).hexdigest())

    def copy(self, relative: str, source: Path) -> None:
        """Copy a file (e.g. a cached chart) into the bundle, flushed to the device."""
        path = self._target(relative)
        digest = hashlib.sha256()
        size = 0
        with open(source, "rb") as src, open(path, "xb") as dst:
            while chunk := src.read(CHUNK):
                dst.write(chunk)
                digest.update(chunk)
                size += len(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        self.files[relative] = FileEntry(size, digest.hexdigest())

    def read_back(self) -> None:
        """Read every file back from the target and compare its checksum with what was written."""
        for relative, entry in self.files.items():
            if file_sha256(self.staging / relative, from_device=True) != entry.sha256:
                raise ExportError(f"写入后读回校验失败：“{relative}”的内容与写入的不一致，目标磁盘可能有故障")

    def commit(self) -> Path:
        """Flush the folders and rename the staging folder to the final name."""
        for folder in sorted(self._dirs, key=lambda p: len(p.parts), reverse=True):
            _fsync_dir(folder)
        if self.final.exists():
            raise ExportError(f"目标位置已有同名文件夹“{self.final.name}”，不会覆盖")
        os.rename(self.staging, self.final)
        _fsync_dir(self.outdir)
        return self.final

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


def remove_committed(path: Path) -> None:
    """Take back a committed bundle (when recording it in the workspace failed)."""
    aside = path.with_name(f"{STAGING_PREFIX}{secrets.token_hex(6)}.failed")
    try:
        os.rename(path, aside)
    except OSError:
        shutil.rmtree(path, ignore_errors=True)
        return
    shutil.rmtree(aside, ignore_errors=True)
