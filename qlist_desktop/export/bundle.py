"""Assembling the 四个一 submission bundle and writing it safely to a folder or USB stick.

`plan_export` says what would be sent (items, findings, round, folder name) without writing anything;
`export_bundle` writes the bundle, checks it back from the target, renames it into place and records
the round in the workspace. A failure leaves nothing under the final name and the workspace unchanged.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from qlist_desktop import __version__
from qlist_desktop.domain.items import FIELD_LABELS, Department, PowerItem, item_to_dict
from qlist_desktop.domain.rules import ERROR, WARNING, Finding
from qlist_desktop.domain.vocab import Vocabularies, vocabularies_to_data
from qlist_desktop.export import documents
from qlist_desktop.export import duties as duty_export
from qlist_desktop.export.cache import DocumentCache
from qlist_desktop.export.documents import department_code
from qlist_desktop.export.manifest import CHECKSUMS, MANIFEST, checksums_bytes, manifest_bytes
from qlist_desktop.export.names import safe_name
from qlist_desktop.export.safe_write import ExportError, StagedBundle, describe_os_error, remove_committed
from qlist_desktop.export.templates import CATALOG_PREFIX, load_json
from qlist_desktop.fonts import RoleFont, role_fonts
from qlist_desktop.services.duties import load_list
from qlist_desktop.services.flowcharts import chart_records
from qlist_desktop.services.items import load_items
from qlist_desktop.services.op_changes import NOTHING, Change, OpChanges
from qlist_desktop.services.reviews import withdrawn_item_ids
from qlist_desktop.services.settings import get_code_scheme, get_department, get_vocabularies
from qlist_desktop.services.submissions import next_round, record_submission
from qlist_desktop.services.validation import validate_workspace
from qlist_desktop.storage.workspace import Workspace

DATA_SCHEMA = "qlist-desktop/bundle-data"
DATA_SCHEMA_VERSION = 1
DRAFT = "草稿"

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


class ExportBlocked(ExportError):
    """Validation errors block the export and no override reason was given."""


class ExportCancelled(ExportError):
    """The liaison cancelled; nothing was written under the final name."""


@dataclass(frozen=True)
class ExportOptions:
    include_drafts: bool = False
    override_reason: str = ""
    catalog_template: str = CATALOG_PREFIX  # which exports/catalog*.json lays out the 目录表


@dataclass
class ExportPlan:
    """What an export would send, for the validation summary shown before writing anything."""

    department: Department
    vocab: Vocabularies
    items: list[PowerItem]
    findings: list[Finding]
    round: int
    date: str  # YYYYMMDD
    folder_name: str
    drafts_left_out: int
    options: ExportOptions

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == WARNING]

    @property
    def blocked(self) -> bool:
        return bool(self.errors) and not self.options.override_reason.strip()

    def summary_text(self) -> str:
        text = (f"将报送 {len(self.items)} 个事项（第{self.round}次报送）；"
                f"校验发现 {len(self.errors)} 个错误、{len(self.warnings)} 个提醒。")
        if self.drafts_left_out:
            text += f"另有 {self.drafts_left_out} 个草稿事项未纳入（可选择“包含草稿”）。"
        return text


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    round: int
    items: int
    files: int
    bytes: int
    errors: int
    warnings: int
    cache_hits: int = 0
    charts: int = 0
    changes: OpChanges = NOTHING  # the round recorded and its items marked 已报送
    fonts: tuple[RoleFont, ...] = ()  # the font serving each role of the printed documents


def plan_export(ws: Workspace, options: ExportOptions = ExportOptions(), *, now: datetime | None = None) -> ExportPlan:
    """The items, findings, round and folder name of an export, without writing anything."""
    now = now or datetime.now()
    withdrawn = withdrawn_item_ids(ws)  # 废止/剔除 by the office and not reinstated: never sent again
    everything = [i for i in load_items(ws) if i.id not in withdrawn]
    items = [i for i in everything if options.include_drafts or i.status != DRAFT]
    dept = get_department(ws)
    findings = validate_workspace(ws, items)  # item rules and flowchart rules
    round_ = next_round(ws)
    layout = load_json("bundle")
    date = now.strftime("%Y%m%d")
    folder = layout["folder"].format(department_code=department_code(dept), department=dept.name or "未命名部门",
                                     date=date, round=round_)
    folder = safe_name(folder, limit=100)
    return ExportPlan(dept, get_vocabularies(ws), items, findings, round_, date, folder,
                      len(everything) - len(items), options)


@dataclass
class ExportRun:
    """One export in progress: what it sends, where it writes, how far it is, whether to stop.

    The documents' writers (`documents`, `charts`, `registration`) read and report through it.
    """

    ws: Workspace
    plan: ExportPlan
    staged: StagedBundle
    bundle_id: str
    created_at: str
    progress: Progress | None
    cancel: Cancel | None
    cache: DocumentCache
    steps: int
    done: int = 0
    charts: int = 0  # flowcharts written into 02_一图

    def check_cancel(self) -> None:
        if self.cancel and self.cancel():
            raise ExportCancelled("已取消导出，未生成报送包。")

    def step(self, message: str) -> None:
        self.check_cancel()
        if self.progress:
            self.progress(self.done, self.steps, message)
        self.done += 1


def export_bundle(
    ws: Workspace,
    outdir: Path | str,
    options: ExportOptions = ExportOptions(),
    *,
    plan: ExportPlan | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    cache: DocumentCache | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """Write the bundle into `outdir` and record the round; returns where it is and what it holds."""
    now = now or datetime.now()
    plan = plan or plan_export(ws, options, now=now)
    if not plan.items:
        raise ExportError("没有可报送的事项" + ("（草稿事项须选择“包含草稿”才会报送）" if plan.drafts_left_out else ""))
    if plan.blocked:
        raise ExportBlocked(
            f"校验发现 {len(plan.errors)} 个错误，须修正后才能报送；确需报送时请填写说明理由（将记录在报送包中）。"
        )
    bundle_id = f"QL-{department_code(plan.department)}-{now:%Y%m%d%H%M%S}-R{plan.round}-{secrets.token_hex(3)}"
    try:
        staged = StagedBundle(Path(outdir), plan.folder_name)
    except OSError as exc:
        raise ExportError(f"导出失败：{describe_os_error(exc)}") from None
    run = ExportRun(ws, plan, staged, bundle_id, now.isoformat(timespec="seconds"), progress, cancel,
                    cache or DocumentCache(), steps=documents.STEP_COUNT + 5)
    try:
        documents.write_documents(run)
        duty_export.write_bundle_part(run)
        run.step("写入 data.json")
        staged.write(documents.layout()["data"], data_json(run))
        run.step("写入清单与校验文件")
        meta = manifest_meta(run)
        staged.write(MANIFEST, manifest_bytes(meta, staged.files))
        staged.write(CHECKSUMS, checksums_bytes(staged.files))
        run.step("从目标磁盘读回校验")
        staged.read_back()
        run.step("完成写入")
        final = staged.commit()
    except OSError as exc:
        staged.discard()
        raise ExportError(f"导出失败：{describe_os_error(exc)}。未生成报送包，工作区未改动。") from None
    except BaseException:
        staged.discard()
        raise
    try:
        record_submission(
            ws, round=plan.round, bundle_id=bundle_id, bundle_name=final.name, created_at=run.created_at,
            include_drafts=options.include_drafts, override_reason=options.override_reason.strip(),
            snapshot=[item_to_dict(i) for i in plan.items], summary=meta["summary"],
        )
    except Exception as exc:
        remove_committed(final)
        raise ExportError(f"报送包已写出但无法记录到工作区（{exc}），已撤回报送包；请重试。") from None
    if progress:
        progress(run.steps, run.steps, "导出完成")
    return ExportResult(final, bundle_id, plan.round, len(plan.items), len(staged.files) + 1,
                        sum(e.size for e in staged.files.values()), len(plan.errors), len(plan.warnings),
                        run.cache.hits, run.charts,
                        OpChanges.of(Change.SUBMISSIONS, updated=[i.key for i in plan.items]), tuple(role_fonts()))


def data_json(run: ExportRun) -> bytes:
    """Every field of every item, schema-versioned, for loading the list without this program."""
    plan = run.plan
    charts = chart_records(run.ws, [i.id for i in plan.items if i.id is not None])
    items = []
    for item in plan.items:
        data = item_to_dict(item)
        record = charts.get(item.id) if item.id is not None else None
        data["flowchart"] = record[0] if record else None
        items.append(data)
    payload = {
        "schema": DATA_SCHEMA,
        "schema_version": DATA_SCHEMA_VERSION,
        "generator": f"qlist-desktop {__version__}",
        "bundle_id": run.bundle_id,
        "round": plan.round,
        "created_at": run.created_at,
        "department": asdict(plan.department),
        "code_scheme": get_code_scheme(run.ws).to_data(),
        "vocabularies": vocabularies_to_data(plan.vocab),
        "field_labels": FIELD_LABELS,
        "items": items,
        "responsibility_list": load_list(run.ws).to_dict(),
    }
    return (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def manifest_meta(run: ExportRun) -> dict[str, Any]:
    plan = run.plan
    by_category: dict[str, int] = {}
    for item in plan.items:
        by_category[item.category] = by_category.get(item.category, 0) + 1
    summary = {
        "items": len(plan.items),
        "by_category": by_category,
        "confidential": sum(1 for i in plan.items if not i.is_public),
        "errors": len(plan.errors),
        "warnings": len(plan.warnings),
        "charts": run.charts,
    }
    override = None
    if plan.errors:
        override = {
            "reason": plan.options.override_reason.strip(),
            "findings": [f.to_dict() for f in plan.errors],
        }
    return {
        "bundle_id": run.bundle_id,
        "bundle_name": plan.folder_name,
        "department": asdict(plan.department),
        "round": plan.round,
        "created_at": run.created_at,
        "app": f"qlist-desktop {__version__}",
        "include_drafts": plan.options.include_drafts,
        "override": override,
        "summary": summary,
    }
