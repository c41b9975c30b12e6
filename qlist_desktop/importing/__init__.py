"""Importing existing and upper-level lists from Excel workbooks (.xlsx / .xls), without Qt.

Call `plan_import(ws, paths)` to read and match (a preview), then `apply_plan(ws, plan)` to write it in one
transaction. `read_file(path, vocab)` reads one workbook without a workspace (catalogs use it).
"""

from qlist_desktop.importing.plan import (
    CREATE,
    UNCHANGED,
    UPDATE,
    FileResult,
    ImportOutcome,
    ImportPlan,
    ItemChange,
    apply_plan,
    file_summary,
    plan_import,
    read_file,
)
from qlist_desktop.importing.workbook import ImportFileError

__all__ = [
    "CREATE",
    "UNCHANGED",
    "UPDATE",
    "FileResult",
    "ImportFileError",
    "ImportOutcome",
    "ImportPlan",
    "ItemChange",
    "apply_plan",
    "file_summary",
    "plan_import",
    "read_file",
]
