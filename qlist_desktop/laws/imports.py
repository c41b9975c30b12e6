"""Reading a law file the user adds (.docx / .md / .txt) into a `Law` with its level and source note."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from qlist_desktop.laws.levels import level_from_history, level_from_title
from qlist_desktop.laws.model import Law
from qlist_desktop.laws.parse import dated, read_user_file
from qlist_desktop.laws.titles import clean_title

SUFFIXES = (".docx", ".md", ".txt")


class LawFileError(ValueError):
    """A law file that cannot be read as a law; the message is a Chinese sentence."""


def level_of(title: str, history: list[str]) -> str:
    """The level of an added law: from its issuing body in the title, else in its history lines; "" if neither."""
    guess = level_from_title(title)
    if guess is not None and guess.level:
        return guess.level
    return level_from_history(history, local=guess is not None and guess.local)


def read_law_file(path: Path, level: str = "") -> Law:
    """The law in a user's file; `level` given by the user wins over the judged one."""
    if path.suffix.lower() not in SUFFIXES:
        raise LawFileError(f"无法导入“{path.name}”：只支持 .docx、.md 和 .txt 格式的法规文本")
    if not path.is_file():
        raise LawFileError(f"找不到文件“{path}”")
    try:
        title, history, articles = read_user_file(path)
    except Exception as exc:  # a damaged .docx raises many kinds of errors
        raise LawFileError(f"无法读取“{path.name}”：{exc}") from exc
    title = clean_title(title)
    if not title:
        raise LawFileError(f"“{path.name}”中找不到法规名称（第一行应为名称）")
    if not any(a.no.number for a in articles):
        raise LawFileError(f"“{path.name}”中找不到任何条文（每条应以“第…条”开头）")
    law = dated(Law(title=title, level=level or level_of(title, history), history=history, articles=articles))
    law.source = f"用户导入：{path.name}（{date.today().isoformat()}）"
    return law
