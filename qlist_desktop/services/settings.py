"""The workspace's own settings: department, code scheme, vocabularies."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sqlalchemy import select

from qlist_desktop.domain.codes import CodeScheme
from qlist_desktop.domain.items import Department
from qlist_desktop.domain.vocab import Vocabularies, default_vocabularies, parse_vocabularies, vocabularies_to_data
from qlist_desktop.storage.schema import MetaRow
from qlist_desktop.storage.workspace import Workspace

DEPARTMENT_FIELDS = {
    "name": "部门名称",
    "code": "主体编码",
    "region_code": "区划代码",
    "liaison": "联络员",
    "phone": "联系电话",
}


def get_meta(ws: Workspace, key: str, default: Any = None) -> Any:
    with ws.session() as s:
        value = s.scalar(select(MetaRow.value).where(MetaRow.key == key))
    return default if value is None else value


def set_meta(ws: Workspace, key: str, value: Any) -> None:
    with ws.session() as s:
        s.merge(MetaRow(key=key, value=value))


def initialise(ws: Workspace, department: Department, vocab: Vocabularies | None = None) -> None:
    """Fill a new workspace's settings in one transaction."""
    with ws.session() as s:
        s.merge(MetaRow(key="department", value=asdict(department)))
        s.merge(MetaRow(key="code_scheme", value=CodeScheme().to_data()))
        s.merge(MetaRow(key="vocabularies", value=vocabularies_to_data(vocab or default_vocabularies())))


def get_department(ws: Workspace) -> Department:
    return Department(**get_meta(ws, "department", {}))


def set_department(ws: Workspace, department: Department) -> None:
    set_meta(ws, "department", asdict(department))


def get_vocabularies(ws: Workspace) -> Vocabularies:
    data = get_meta(ws, "vocabularies")
    return parse_vocabularies(data) if data else default_vocabularies()


def set_vocabularies(ws: Workspace, vocab: Vocabularies) -> None:
    set_meta(ws, "vocabularies", vocabularies_to_data(vocab))


def get_code_scheme(ws: Workspace) -> CodeScheme:
    return CodeScheme.from_data(get_meta(ws, "code_scheme"))
