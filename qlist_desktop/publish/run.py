"""Publishing a workspace: the site, the cards and the editions into one folder, with manifest.json and SHA256SUMS.

Everything is written into a staging folder beside the target and moved into place at the end, so the
target holds either the previous publication or the new one, never half of one. A target that exists must
be empty or an earlier publication (its manifest says so): nothing else is ever replaced.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import secrets
import shutil
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from qlist_desktop import __version__
from qlist_desktop.export.manifest import CHECKSUMS, MANIFEST, checksums_bytes, manifest_bytes
from qlist_desktop.export.safe_write import FileEntry, describe_os_error
from qlist_desktop.publish.cards import CARD_SIZES, card_pdf
from qlist_desktop.publish.content import Publication, PublicItem, gather
from qlist_desktop.publish.editions import guide_pdf, topic_pdf
from qlist_desktop.publish.layout import GUIDE_PDF, Layout
from qlist_desktop.publish.site import SitePart, site_files
from qlist_desktop.storage.workspace import Workspace

KIND = "publication"
PROCESS_MIN_CARDS = 300  # fewer cards are drawn in this process: starting workers would cost more
CARD_BATCH = 250
Progress = Callable[[int, int, str], None]


class PublishError(Exception):
    """A publication that could not be written, said in a sentence."""


@dataclass(frozen=True)
class PublishOptions:
    base_url: str = ""  # where the web office puts the site; the cards' QR codes point under it
    card_size: str = "A5"
    charts: bool = True
    extra_parts: Sequence[SitePart] = ()


@dataclass
class PublishResult:
    path: Path
    items: int
    withheld: int
    pages: int
    cards: int
    topics: int
    charts: int
    files: dict[str, FileEntry] = field(default_factory=dict)

    @property
    def total_bytes(self) -> int:
        return sum(e.size for e in self.files.values())

    def to_data(self) -> dict[str, object]:
        return {"path": str(self.path), "items": self.items, "withheld": self.withheld, "pages": self.pages,
                "cards": self.cards, "topics": self.topics, "charts": self.charts, "files": len(self.files),
                "total_bytes": self.total_bytes}


class _Staging:
    def __init__(self, target: Path) -> None:
        _check_target(target)
        self.target = target
        self.root = target.parent / f".{target.name}.qlist-publish-{secrets.token_hex(4)}.partial"
        self.files: dict[str, FileEntry] = {}
        try:
            self.root.mkdir(parents=True)
        except OSError as exc:
            raise PublishError(f"无法在目标位置写入：{describe_os_error(exc)}") from None

    def write(self, relative: str, data: bytes) -> None:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.files[relative] = FileEntry(len(data), hashlib.sha256(data).hexdigest())

    def commit(self) -> Path:
        old = None
        if self.target.exists():
            old = self.target.with_name(f".{self.target.name}.qlist-publish-{secrets.token_hex(4)}.old")
            os.rename(self.target, old)
        os.rename(self.root, self.target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return self.target

    def discard(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def _check_target(target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise PublishError(f"目标“{target}”是一个文件，请指定文件夹")
    if target.is_dir() and any(target.iterdir()):
        try:
            kind = json.loads((target / MANIFEST).read_text(encoding="utf-8")).get("kind")
        except (OSError, ValueError, AttributeError):
            kind = None
        if kind != KIND:
            raise PublishError(f"目标文件夹“{target}”不是空的，也不是之前发布的网站；为免覆盖其他文件，请换一个文件夹")


def _write_cards(root: str, items: list[PublicItem], department: str, base_url: str, size: str
                 ) -> list[tuple[str, int, str]]:
    """Draw and write a batch of cards (in a worker process when there are many); their (path, size, sha256)."""
    written = []
    for p in items:
        data = card_pdf(p, department, base_url, size, p.chart_png.read_bytes() if p.chart_png else None)
        relative = Layout.card(p.slug)
        path = Path(root) / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append((relative, len(data), hashlib.sha256(data).hexdigest()))
    return written


def _cards(staging: _Staging, pub: Publication, options: PublishOptions, progress: Progress) -> None:
    items = pub.items
    total = len(items)
    batches = [items[i:i + CARD_BATCH] for i in range(0, total, CARD_BATCH)]
    args = (str(staging.root), pub.department.name, options.base_url, options.card_size)
    results: Iterable[list[tuple[str, int, str]]]
    workers = min(os.cpu_count() or 1, len(batches))
    if total < PROCESS_MIN_CARDS or workers < 2:
        results = (_write_cards(args[0], batch, *args[1:]) for batch in batches)
        _collect(staging, results, total, progress)
        return
    # Spawned, as render/charts does: safe beside a GUI's threads, and the same on Windows.
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(_write_cards, args[0], batch, *args[1:]) for batch in batches]
        _collect(staging, (f.result() for f in futures), total, progress)


def _collect(staging: _Staging, results: Iterable[list[tuple[str, int, str]]], total: int, progress: Progress) -> None:
    done = 0
    for batch in results:
        for relative, size, digest in batch:
            staging.files[relative] = FileEntry(size, digest)
        done += len(batch)
        progress(done, total, f"单项版 {done}/{total}")


def publish(ws: Workspace, target: Path | str, options: PublishOptions | None = None,
            progress: Progress | None = None) -> PublishResult:
    """Publish the workspace's public items into `target` (created, or replacing an earlier publication)."""
    options = options or PublishOptions()
    report: Progress = progress or (lambda done, total, message: None)
    if options.card_size not in CARD_SIZES:
        raise PublishError(f"单项版纸张只能是 {'、'.join(CARD_SIZES)}，收到“{options.card_size}”")
    target = Path(target)
    staging = _Staging(target)
    try:
        today = date.today().isoformat()
        pub = gather(ws, charts=options.charts,
                     progress=lambda done, total: report(done, total, f"流程图 {done}/{total}"))
        report(0, 1, "网站页面")
        pages = 0
        for relative, data in site_files(pub, today, options.extra_parts):
            staging.write(relative, data)
            pages += relative.endswith(".html")
        _cards(staging, pub, options, report)
        layout = Layout.of(pub)
        for n, topic in enumerate(pub.topics, 1):
            report(n, len(pub.topics), f"专题版 {topic}")
            staging.write(layout.topic_pdf[topic], topic_pdf(pub, topic, today))
        report(0, 1, "实用版")
        staging.write(GUIDE_PDF, guide_pdf(pub, today))
        meta = {"kind": KIND, "generator": f"qlist-desktop {__version__}", "department": pub.department.name,
                "published": today, "base_url": options.base_url, "items": len(pub.items)}
        staging.write(MANIFEST, manifest_bytes(meta, dict(staging.files)))
        staging.write(CHECKSUMS, checksums_bytes({k: v for k, v in staging.files.items() if k != CHECKSUMS}))
        files = dict(staging.files)
        path = staging.commit()
    except OSError as exc:
        staging.discard()
        raise PublishError(f"发布失败：{describe_os_error(exc)}") from None
    except BaseException:
        staging.discard()
        raise
    return PublishResult(path, len(pub.items), pub.withheld, pages, len(pub.items), len(pub.topics),
                         sum(1 for p in pub.items if p.chart_svg), files)
