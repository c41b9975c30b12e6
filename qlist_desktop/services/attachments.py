"""Basis documents stored inside the workspace, content-addressed by SHA-256 (one law, stored once)."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from qlist_desktop.services.items import now
from qlist_desktop.storage.schema import AttachmentRow
from qlist_desktop.storage.workspace import Workspace

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
ACCEPTED_SUFFIXES = {".pdf", ".docx", ".doc", ".ofd", ".wps", ".txt", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


class AttachmentError(ValueError):
    """A file that cannot be attached, said in a sentence."""


@dataclass(frozen=True)
class Attachment:
    sha256: str
    filename: str
    media_type: str
    size: int


def add_attachment(ws: Workspace, path: Path | str) -> Attachment:
    """Store a document once; attaching the same content again returns the stored one."""
    path = Path(path)
    if not path.is_file():
        raise AttachmentError(f"文件不存在：{path}")
    if path.suffix.lower() not in ACCEPTED_SUFFIXES:
        raise AttachmentError(f"不支持的依据文件类型“{path.suffix}”，可附加：{'、'.join(sorted(ACCEPTED_SUFFIXES))}")
    size = path.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise AttachmentError(f"文件“{path.name}”过大（{size // 1048576} MB），依据文件不能超过 200 MB")
    content = path.read_bytes()
    return add_attachment_bytes(ws, path.name, content)


def add_attachment_bytes(ws: Workspace, filename: str, content: bytes) -> Attachment:
    sha = hashlib.sha256(content).hexdigest()
    media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    if Path(filename).suffix.lower() == ".ofd":
        media_type = "application/ofd"
    with ws.session() as s:
        existing = s.get(AttachmentRow, sha)
        if existing:
            return Attachment(sha, existing.filename, existing.media_type, existing.size)
        s.add(
            AttachmentRow(
                sha256=sha, filename=filename, media_type=media_type, size=len(content), content=content, added_at=now()
            )
        )
    return Attachment(sha, filename, media_type, len(content))


def list_attachments(ws: Workspace) -> list[Attachment]:
    stmt = select(AttachmentRow.sha256, AttachmentRow.filename, AttachmentRow.media_type, AttachmentRow.size)
    with ws.session() as s:
        return [Attachment(*row) for row in s.execute(stmt.order_by(AttachmentRow.filename))]


def attachment_content(ws: Workspace, sha256: str) -> bytes:
    with ws.session() as s:
        content = s.scalar(select(AttachmentRow.content).where(AttachmentRow.sha256 == sha256))
    if content is None:
        raise AttachmentError(f"工作区中没有该依据文件（SHA-256 {sha256[:12]}…）")
    return content
