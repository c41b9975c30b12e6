"""Importing workbooks into a workspace: a plan to preview (from `importing/`), then one transaction to apply.

An applied import can be undone as one step: the items it created go to the recycle bin and the fields it
updated get their old values back; redo does it again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qlist_desktop.importing.plan import CREATE, UPDATE, ImportPlan, Progress, match_files, read_files
from qlist_desktop.importing.workbook import ImportFileError
from qlist_desktop.services.duties import DutyChanges, merge_part
from qlist_desktop.services.items import add_items, apply_changes, load_items, set_deleted_in_session
from qlist_desktop.services.op_changes import OpChanges
from qlist_desktop.services.settings import get_vocabularies
from qlist_desktop.storage.workspace import Workspace


def plan_import(ws: Workspace, paths: Iterable[Path | str], progress: Progress | None = None) -> ImportPlan:
    """Read every file and match its items against the workspace; nothing is written."""
    files = read_files(paths, get_vocabularies(ws), progress)
    return match_files(files, load_items(ws))


@dataclass
class ImportOutcome:
    """What an applied import did, with what undo needs to take it back."""

    created_ids: list[int]
    updated_ids: list[int]
    duties: DutyChanges = field(default_factory=DutyChanges)  # responsibility-list sheets merged by name
    previous: dict[int, dict[str, Any]] = field(default_factory=dict)  # item id → the old values it changed
    applied: dict[int, dict[str, Any]] = field(default_factory=dict)  # item id → the new values

    @property
    def changes(self) -> OpChanges:
        return OpChanges.of(created=self.created_ids, updated=self.updated_ids)


def apply_plan(ws: Workspace, plan: ImportPlan, *, apply_updates: bool = True, progress: Progress | None = None,
               source: str = "import") -> ImportOutcome:
    """Write the plan in ONE transaction: an error (or the process being killed) leaves the workspace as it was."""
    if plan.errors:
        raise ImportFileError("；".join(plan.errors))
    creates = [c for c in plan.changes if c.action == CREATE]
    updates = [c for c in plan.changes if apply_updates and c.action == UPDATE]
    outcome = ImportOutcome([], [])
    total = len(creates) + len(updates)
    with ws.session() as s:
        if progress:
            progress(0, total, f"写入 {len(creates)} 个新事项")
        created = add_items(s, [c.parsed.item for c in creates], source, cleaned=True)  # the readers cleaned
        outcome.created_ids = [item.key for item in created]
        for n, change in enumerate(updates, start=len(creates)):
            if progress:
                progress(n, total, f"更新“{change.parsed.item.full_name}”")
            assert change.existing is not None and change.existing.id is not None
            done = apply_changes(s, change.existing.id, change.changes, source)
            if done:
                outcome.updated_ids.append(change.existing.id)
                outcome.previous[change.existing.id] = {c.field: getattr(change.existing, c.field) for c in done}
                outcome.applied[change.existing.id] = {c.field: change.changes[c.field] for c in done}
        for result in plan.files:
            for part_sheet in result.duty_sheets:  # matched by name: updated in place, never deleted
                merge_part(s, part_sheet.part, part_sheet.entries, source, outcome.duties, delete_missing=False)
        if progress:
            progress(total, total, "提交")
    return outcome


def undo_import(ws: Workspace, outcome: ImportOutcome, source: str = "import-undo") -> OpChanges:
    """Take an applied import back in one transaction: created items to the recycle bin, old values restored."""
    with ws.session() as s:
        set_deleted_in_session(s, outcome.created_ids, True, source)
        for item_id, values in outcome.previous.items():
            apply_changes(s, item_id, values, source)
    return OpChanges.of(deleted=outcome.created_ids, updated=outcome.previous)


def redo_import(ws: Workspace, outcome: ImportOutcome, source: str = "import-redo") -> OpChanges:
    """Apply an undone import again (the same items come back from the recycle bin)."""
    with ws.session() as s:
        set_deleted_in_session(s, outcome.created_ids, False, source)
        for item_id, values in outcome.applied.items():
            apply_changes(s, item_id, values, source)
    return OpChanges.of(created=outcome.created_ids, updated=outcome.applied)
