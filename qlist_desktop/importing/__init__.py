"""Reading existing and upper-level lists from Excel workbooks (.xlsx / .xls), without Qt and without a workspace.

`read_file(path, vocab)` reads one workbook; `read_files` several (identical files once); `match_files(files,
existing_items)` makes the plan an import previews. `services/imports.py` plans against a workspace and applies.
"""

from qlist_desktop.importing.plan import (
    CREATE,
    UNCHANGED,
    UPDATE,
    FileResult,
    ImportPlan,
    ItemChange,
    file_summary,
    match_files,
    read_file,
    read_files,
)
from qlist_desktop.importing.workbook import ImportFileError

__all__ = [
    "CREATE",
    "UNCHANGED",
    "UPDATE",
    "FileResult",
    "ImportFileError",
    "ImportPlan",
    "ItemChange",
    "file_summary",
    "match_files",
    "read_file",
    "read_files",
]
