"""The registry of item fields: one `FieldSpec` per `PowerItem` field, the one place a field is described.

Labels, value kinds, vocabularies, the editor's groups and widgets, placeholder checks and what an import
may set all derive from here (in the spirit of qutebrowser's configdata.yml). Adding a plain text field
means: a spec here, the dataclass attribute, the ORM column with its migration, and the import synonyms.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a label for translation where it is defined as data (the UI translates it in context)."""
    return text


TR_CONTEXT = "Fields"  # spelled out in each QT_TRANSLATE_NOOP below: lupdate reads literals only


class Kind(StrEnum):
    TEXT = "text"  # one line
    MULTILINE = "multiline"
    BOOL = "bool"
    INT = "int"  # working days, or empty
    CHOICE = "choice"  # one term of a vocabulary
    OPEN_CHOICE = "open_choice"  # a vocabulary term or free text (the vocabulary only suggests)
    CHOICE_LIST = "choice_list"  # several terms of a vocabulary
    BASES = "bases"  # list of LegalBasis
    RESPONSIBILITIES = "responsibilities"  # list of Responsibility
    MAP = "map"  # imported columns not recognised (read-only)


LIST_KINDS = frozenset({Kind.BASES, Kind.RESPONSIBILITIES})
CHOICE_KINDS = frozenset({Kind.CHOICE, Kind.OPEN_CHOICE, Kind.CHOICE_LIST})


class Group(StrEnum):
    """The item editor's tabs, in order."""

    BASIC = QT_TRANSLATE_NOOP("Fields", "基本信息")
    BASES = QT_TRANSLATE_NOOP("Fields", "实施依据")
    RESPONSIBILITY = QT_TRANSLATE_NOOP("Fields", "责任与追责")
    DISCLOSURE = QT_TRANSLATE_NOOP("Fields", "公开与收费")
    STATUS = QT_TRANSLATE_NOOP("Fields", "备注与状态")


@dataclass(frozen=True)
class FieldSpec:
    """What the program knows of one item field."""

    name: str
    label: str
    kind: Kind
    group: Group
    vocabulary: str = ""  # vocabulary kind for the CHOICE kinds
    required: bool = False  # an empty value is an error (rule `required`)
    placeholder: str = ""  # "error" / "warning": a placeholder such as `/` or `无` is reported so
    import_columns: tuple[str, ...] | None = None  # synonym keys that set it; None: (name,); (): not imported
    editable: bool = True  # set by a person or `qlist set` (else derived or read-only)
    hint: str = ""  # the editor's placeholder text
    check_text: str = ""  # the check box's text for BOOL fields

    @property
    def columns(self) -> tuple[str, ...]:
        """The import header keys (resources/import_headers.json) whose columns set this field."""
        return (self.name,) if self.import_columns is None else self.import_columns

    @property
    def importable(self) -> bool:
        return bool(self.columns)


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("code", QT_TRANSLATE_NOOP("Fields", "事项编码"), Kind.TEXT, Group.BASIC, required=True, placeholder="error"),
    FieldSpec("name", QT_TRANSLATE_NOOP("Fields", "事项名称"), Kind.TEXT, Group.BASIC, required=True, placeholder="error"),
    FieldSpec("sub_name", QT_TRANSLATE_NOOP("Fields", "子项名称"), Kind.TEXT, Group.BASIC, placeholder="error"),
    FieldSpec("category", QT_TRANSLATE_NOOP("Fields", "权力类型"),
              Kind.CHOICE, Group.BASIC, vocabulary="category", required=True),
    FieldSpec("exercising_body", QT_TRANSLATE_NOOP("Fields", "行使主体"),
              Kind.TEXT, Group.BASIC, required=True, placeholder="warning"),
    FieldSpec("handling_unit", QT_TRANSLATE_NOOP("Fields", "承办机构"),
              Kind.TEXT, Group.BASIC, required=True, placeholder="warning"),
    FieldSpec("handling_post", QT_TRANSLATE_NOOP("Fields", "承办岗位"), Kind.TEXT, Group.BASIC, placeholder="warning"),
    FieldSpec("responsible_person", QT_TRANSLATE_NOOP("Fields", "责任人"), Kind.TEXT, Group.BASIC, placeholder="warning"),
    FieldSpec("contact_phone", QT_TRANSLATE_NOOP("Fields", "联系电话"), Kind.TEXT, Group.BASIC),
    FieldSpec("implementation_level", QT_TRANSLATE_NOOP("Fields", "实施层级及权限"), Kind.OPEN_CHOICE, Group.BASIC,
              vocabulary="implementation_level"),
    FieldSpec("department_duty", QT_TRANSLATE_NOOP("Fields", "部门职责"), Kind.MULTILINE, Group.BASIC),
    FieldSpec("legal_time_limit", QT_TRANSLATE_NOOP("Fields", "法定期限"),
              Kind.INT, Group.BASIC, hint=QT_TRANSLATE_NOOP("Fields", "工作日天数，如 20")),
    FieldSpec("promised_time_limit", QT_TRANSLATE_NOOP("Fields", "承诺期限"),
              Kind.INT, Group.BASIC, hint=QT_TRANSLATE_NOOP("Fields", "工作日天数，如 20")),
    FieldSpec("bases", QT_TRANSLATE_NOOP("Fields", "实施依据"), Kind.BASES, Group.BASES),
    FieldSpec("responsibilities", QT_TRANSLATE_NOOP("Fields", "责任事项"), Kind.RESPONSIBILITIES, Group.RESPONSIBILITY,
              import_columns=("responsibility_content", "responsibility_basis")),
    FieldSpec("accountability_subjects", QT_TRANSLATE_NOOP("Fields", "追责对象范围"), Kind.MULTILINE, Group.RESPONSIBILITY,
              placeholder="warning"),
    FieldSpec("accountability_situations", QT_TRANSLATE_NOOP("Fields", "追责情形"), Kind.MULTILINE, Group.RESPONSIBILITY,
              placeholder="warning"),
    FieldSpec("complaint_channel", QT_TRANSLATE_NOOP("Fields", "监督投诉渠道"),
              Kind.TEXT, Group.RESPONSIBILITY, placeholder="warning"),
    FieldSpec("is_public", QT_TRANSLATE_NOOP("Fields", "是否公开"),
              Kind.BOOL, Group.DISCLOSURE, check_text=QT_TRANSLATE_NOOP("Fields", "向社会或当事人公开")),
    FieldSpec("disclosure_scope", QT_TRANSLATE_NOOP("Fields", "公开范围"),
              Kind.CHOICE, Group.DISCLOSURE, vocabulary="disclosure_scope"),
    FieldSpec("disclosure_forms", QT_TRANSLATE_NOOP("Fields", "公开形式"),
              Kind.CHOICE_LIST, Group.DISCLOSURE, vocabulary="disclosure_form"),
    FieldSpec("disclosure_time_limit", QT_TRANSLATE_NOOP("Fields", "公开时限"), Kind.TEXT, Group.DISCLOSURE),
    FieldSpec("confidential_reason", QT_TRANSLATE_NOOP("Fields", "不公开理由"), Kind.TEXT, Group.DISCLOSURE),
    FieldSpec("confidential_basis", QT_TRANSLATE_NOOP("Fields", "不公开依据"), Kind.TEXT, Group.DISCLOSURE),
    FieldSpec("topics", QT_TRANSLATE_NOOP("Fields", "专题"), Kind.CHOICE_LIST, Group.DISCLOSURE, vocabulary="topic",
              hint=QT_TRANSLATE_NOOP("Fields", "多个专题用顿号分隔，如：企业开办、食品安全")),
    FieldSpec("fee_charged", QT_TRANSLATE_NOOP("Fields", "是否收费"),
              Kind.BOOL, Group.DISCLOSURE, check_text=QT_TRANSLATE_NOOP("Fields", "是"),
              import_columns=("fee_basis", "fee_standard")),
    FieldSpec("fee_basis", QT_TRANSLATE_NOOP("Fields", "收费依据"), Kind.TEXT, Group.DISCLOSURE),
    FieldSpec("fee_standard", QT_TRANSLATE_NOOP("Fields", "收费标准"), Kind.TEXT, Group.DISCLOSURE),
    FieldSpec("status", QT_TRANSLATE_NOOP("Fields", "状态"),
              Kind.CHOICE, Group.STATUS, vocabulary="status", import_columns=()),
    FieldSpec("disposition", QT_TRANSLATE_NOOP("Fields", "处置意见"), Kind.CHOICE, Group.STATUS, vocabulary="disposition"),
    FieldSpec("remarks", QT_TRANSLATE_NOOP("Fields", "备注"), Kind.MULTILINE, Group.STATUS),
    FieldSpec("extra", QT_TRANSLATE_NOOP("Fields", "其他导入字段"),
              Kind.MAP, Group.STATUS, import_columns=(), editable=False),
)

SPECS: dict[str, FieldSpec] = {spec.name: spec for spec in FIELDS}
FIELD_LABELS: dict[str, str] = {spec.name: spec.label for spec in FIELDS}
# Plain columns of the item table (everything but the child tables and the extra map).
SCALAR_FIELDS: tuple[str, ...] = tuple(s.name for s in FIELDS if s.kind not in LIST_KINDS | {Kind.MAP})
LIST_FIELDS: tuple[str, ...] = tuple(s.name for s in FIELDS if s.kind in LIST_KINDS)
BOOL_FIELDS: tuple[str, ...] = tuple(s.name for s in FIELDS if s.kind is Kind.BOOL)
INT_FIELDS: tuple[str, ...] = tuple(s.name for s in FIELDS if s.kind is Kind.INT)
EDITABLE_FIELDS: tuple[str, ...] = tuple(s.name for s in FIELDS if s.editable)
FIELD_VOCABULARY: dict[str, str] = {s.name: s.vocabulary for s in FIELDS if s.vocabulary}
REQUIRED_FIELDS: tuple[str, ...] = tuple(s.name for s in FIELDS if s.required)
GROUPS: tuple[tuple[Group, tuple[str, ...]], ...] = tuple(
    (group, tuple(s.name for s in FIELDS if s.group is group)) for group in Group
)


def label(name: str) -> str:
    """The Chinese label of a field (the name itself for names that are not item fields)."""
    return FIELD_LABELS.get(name, name)


def import_targets() -> dict[str, tuple[str, ...]]:
    """Import header key → the item fields a column of it sets."""
    targets: dict[str, list[str]] = {}
    for spec in FIELDS:
        for column in spec.columns:
            targets.setdefault(column, []).append(spec.name)
    return {column: tuple(names) for column, names in targets.items()}
