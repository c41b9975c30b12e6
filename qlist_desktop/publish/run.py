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
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path

from qlist_desktop import __version__
from qlist_desktop.domain.items import item_to_dict
from qlist_desktop.export.cache import DocumentCache, cache_key
from qlist_desktop.export.manifest import CHECKSUMS, MANIFEST, checksums_bytes, manifest_bytes
from qlist_desktop.export.pdf_base import font_fingerprint
from qlist_desktop.export.safe_write import FileEntry, describe_os_error
from qlist_desktop.paths import cache_dir
from qlist_desktop.publish.cards import CARD_LAYOUT, CARD_SIZES, card_pdf
from qlist_desktop.publish.content import Publication, PublicItem, gather
from qlist_desktop.publish.editions import guide_pdf, topic_pdf
from qlist_desktop.publish.layout import GUIDE_PDF, Layout
from qlist_desktop.publish.site import SitePart, site_files
from qlist_desktop.publish.summary import texts
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


Written = list[tuple[str, int, str]]  # (relative path, size, sha256) of files a task wrote


def _save(root: str, relative: str, data: bytes) -> tuple[str, int, str]:
    path = Path(root) / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return relative, len(data), hashlib.sha256(data).hexdigest()


def _cards_task(root: str, items: list[PublicItem], department: str, base_url: str, size: str) -> Written:
    """Draw and write a batch of cards (in a worker process when there are many).

    Cards are cached by everything they show, so publishing again after a few edits draws only those items.
    """
    cache = DocumentCache(cache_dir() / "publish")
    fonts = font_fingerprint()
    written = []
    for p in items:
        key = cache_key("card", CARD_LAYOUT, fonts, texts(), item_to_dict(p.item), p.slug, p.conditions,
                        p.outline, department, base_url, size)
        data = cache.get_or_make(key, partial(card_pdf, p, department, base_url, size))
        written.append(_save(root, Layout.card(p.slug), data))
    return written


def _topic_task(root: str, pub: Publication, topic: str, relative: str, day: str) -> Written:
    return [_save(root, relative, topic_pdf(pub, topic, day))]


def _guide_task(root: str, pub: Publication, day: str) -> Written:
    return [_save(root, GUIDE_PDF, guide_pdf(pub, day))]


def _printed(staging: _Staging, pub: Publication, options: PublishOptions, day: str, progress: Progress) -> None:
    """The cards and the editions: PDFs drawn on every core when there are many (they are most of the work)."""
    root = str(staging.root)
    layout = Layout.of(pub)
    tasks: list[tuple[Callable[..., Written], tuple[object, ...], str]] = [
        (_guide_task, (root, pub, day), "实用版"),
        # A topic's task gets only the topic's items: pickling all 10,000 to every worker task cost seconds.
        *[(_topic_task, (root, replace(pub, items=pub.in_topic(t)), t, layout.topic_pdf[t], day), f"专题版 {t}")
          for t in pub.topics],
        *[(_cards_task, (root, pub.items[i:i + CARD_BATCH], pub.department.name, options.base_url,
                         options.card_size), f"单项版 {min(i + CARD_BATCH, len(pub.items))}/{len(pub.items)}")
          for i in range(0, len(pub.items), CARD_BATCH)],
    ]
    workers = min(os.cpu_count() or 1, len(tasks))
    if len(pub.items) < PROCESS_MIN_CARDS or workers < 2:
        for n, (task, args, label) in enumerate(tasks, 1):
            _record(staging, task(*args))
            progress(n, len(tasks), label)
        return
    # Spawned, as render/charts does: safe beside a GUI's threads, and the same on Windows.
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = {pool.submit(task, *args): label for task, args, label in tasks}
        for n, future in enumerate(as_completed(futures), 1):
            _record(staging, future.result())
            progress(n, len(tasks), futures[future])


def _record(staging: _Staging, written: Written) -> None:
    for relative, size, digest in written:
        staging.files[relative] = FileEntry(size, digest)


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
        _printed(staging, pub, options, today, report)
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
