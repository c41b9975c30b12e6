"""文件 → 导入法规…: laws the library lacks, added for every workspace on this PC."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from qlist_desktop.laws.files import user_file
from qlist_desktop.laws.imports import LawFileError
from qlist_desktop.services.laws import AddedLaw, import_laws

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") literals



def summary(added: list[AddedLaw]) -> str:
    lines = [f"《{a.title}》 {a.level or '层级未定'} {a.published or '日期不详'} 共{a.articles}条" for a in added]
    return "\n".join(lines) + f"\n\n已保存在 {user_file()}，本机所有工作区的检查和报送包都会用到。"


def import_laws_from(parent: QWidget, paths: list[Path]) -> list[AddedLaw]:
    """Import the files and say what was added, or why nothing was."""
    try:
        added = import_laws(paths)
    except LawFileError as exc:
        nothing = translate("LawImport", "没有导入任何法规。")
        QMessageBox.warning(parent, translate("LawImport", "导入法规"), str(exc) + "\n\n" + nothing)
        return []
    done = translate("LawImport", "已导入 {n} 部法规：").format(n=len(added))
    QMessageBox.information(parent, translate("LawImport", "导入法规"), done + "\n" + summary(added))
    return added
