"""The responsibility list (责任清单) as plain data: the department's duties and what goes with them.

Five parts (seed 003, 富阳's model; 嘉兴 adds the spot-check list):
部门职责 (`Duty` with its `WorkItem`s), 职责边界 (`Boundary` with its `BoundaryParty`s and a 模拟案例),
事中事后监管制度 (`SupervisionMeasure`, its 频次 and 比例 parsed into `Frequency` and `Ratio`),
公共服务事项 (`PublicService`) and the 随机抽查事项清单 (`SpotCheck`, derived from the 行政检查 items).
Every entry ties itself to power items by their codes, so a list survives re-importing the items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any

DUTIES, BOUNDARIES, SUPERVISION = "duties", "boundaries", "supervision"
SERVICES, SPOT_CHECKS = "services", "spot_checks"
PARTS: tuple[str, ...] = (DUTIES, BOUNDARIES, SUPERVISION, SERVICES, SPOT_CHECKS)
PART_LABELS: dict[str, str] = {
    DUTIES: "部门职责",
    BOUNDARIES: "职责边界",
    SUPERVISION: "事中事后监管制度",
    SERVICES: "公共服务事项",
    SPOT_CHECKS: "随机抽查事项清单",
}

LEAD, ASSIST, COOPERATE = "牵头", "配合", "协办"
ROLES = (LEAD, ASSIST, COOPERATE)
# The eight aspects of supervision in seed 003.
ASPECTS = ("审批事项", "取消权力", "转移权力", "委托下放权力", "项目资金", "重点领域", "案件查处", "规范自由裁量权")
METHODS = ("书面检查", "实地检查", "抽查", "专项检查", "网上监测", "信用监管", "年度报告", "投诉举报核查")
SERVICE_CLASSES = ("基础性", "经济性", "安全性", "社会性")


class DutyDataError(ValueError):
    """A value that cannot be part of the responsibility list, said in a sentence."""


# -- 频次 and 比例 -------------------------------------------------------------------------------------

PERIODS = ("日", "周", "月", "季度", "半年", "年")
_PERIOD_WORDS = {"天": "日", "日": "日", "周": "周", "星期": "周", "月": "月", "季": "季度", "季度": "季度",
                 "半年": "半年", "年": "年", "年度": "年"}
_NUMERALS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_AT_LEAST = r"(?P<least>不少于|不低于|至少|最少|≥|>=)?"
_FREQUENCY = re.compile(
    r"^(?:每(?P<period>半年|季度|年度|星期|[天日周月季年])(?:内)?)?(?:[^\d一二两三四五六七八九十]*?)"
    + _AT_LEAST + r"(?P<count>\d+|[一二两三四五六七八九十]+)次(?:以上)?$"
)
_RATIO = re.compile(r"^(?P<kind>[^\d≥>]*?)" + _AT_LEAST + r"(?P<value>\d+(?:\.\d+)?)\s*[%％](?P<more>以上)?$")
_IRREGULAR = ("不定期", "随时", "按需", "日常")


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _NUMERALS[text[1]]
    if text.endswith("十"):
        return _NUMERALS[text[0]] * 10
    if "十" in text:
        tens, ones = text.split("十")
        return _NUMERALS[tens] * 10 + _NUMERALS[ones]
    return _NUMERALS[text]


@dataclass(frozen=True)
class Frequency:
    """频次: `count` times per `period` (at least, when `at_least`); an irregular one has a `note` only."""

    period: str = ""  # one of PERIODS, "" with a note such as 不定期
    count: int | None = None
    at_least: bool = False
    note: str = ""  # 不定期 / 随时 ...

    def text(self) -> str:
        """The uniform printed form: 每季度不少于1次, 每年2次, 不定期."""
        if self.count is None:
            return self.note
        return f"{'每' + self.period if self.period else ''}{'不少于' if self.at_least else ''}{self.count}次"

    def per_year(self) -> float | None:
        if self.count is None or not self.period:
            return None
        return self.count * {"日": 250, "周": 52, "月": 12, "季度": 4, "半年": 2, "年": 1}[self.period]


@dataclass(frozen=True)
class Ratio:
    """比例: `percent` of the objects (at least, when `at_least`), with the kind of ratio (检查率, 抽检率 …)."""

    percent: float
    at_least: bool = False
    kind: str = ""

    def text(self) -> str:
        value = int(self.percent) if float(self.percent).is_integer() else self.percent
        return f"{self.kind}{'不少于' if self.at_least else ''}{value}%"


def parse_frequency(text: str) -> Frequency | None:
    """每季度不少于1次 → Frequency("季度", 1, True); "" → None; refuses what it cannot read, with a sentence."""
    raw = re.sub(r"\s+", "", text or "").rstrip("。；;")
    if not raw:
        return None
    if raw in _IRREGULAR:
        return Frequency(note=raw)
    m = _FREQUENCY.match(raw)
    if not m:
        raise DutyDataError(f"频次“{text}”无法识别，请写成“每季度不少于1次”“每年2次”或“不定期”")
    period = _PERIOD_WORDS[m["period"]] if m["period"] else ""
    return Frequency(period, _number(m["count"]), bool(m["least"]) or raw.endswith("以上"))


def parse_ratio(text: str) -> Ratio | None:
    """抽检率不少于10% → Ratio(10, True, "抽检率"); 全覆盖 → 100%; "" → None; refuses other text."""
    raw = re.sub(r"\s+", "", text or "").rstrip("。；;")
    if not raw:
        return None
    if raw in ("全覆盖", "全部", "全面检查"):
        return Ratio(100.0, False, "")
    m = _RATIO.match(raw)
    if not m or float(m["value"]) > 100:
        raise DutyDataError(f"比例“{text}”无法识别，请写成“检查率100%”或“抽检率不少于10%”")
    return Ratio(float(m["value"]), bool(m["least"] or m["more"]), m["kind"])


def frequency_text(value: Frequency | None) -> str:
    return value.text() if value else ""


def ratio_text(value: Ratio | None) -> str:
    return value.text() if value else ""


# -- the parts -------------------------------------------------------------------------------------------


@dataclass
class WorkItem:
    """具体工作事项 of a duty, with its 责任科室 and 联系电话."""

    content: str = ""
    section: str = ""
    phone: str = ""
    remarks: str = ""  # e.g. 由下属事业单位承担


@dataclass
class Duty:
    """部门职责: one 主要职责 (from the 三定 provisions) broken into 具体工作事项."""

    id: int | None = None
    title: str = ""
    basis: str = ""
    work_items: list[WorkItem] = field(default_factory=list)
    item_codes: list[str] = field(default_factory=list)


@dataclass
class BoundaryParty:
    """One department sharing a boundary matter, its role and its own duty in it."""

    department: str = ""
    role: str = ""  # 牵头 / 配合 / 协办
    duty: str = ""


@dataclass
class Boundary:
    """职责边界: a matter shared by several departments, with a worked example (模拟案例)."""

    id: int | None = None
    matter: str = ""
    parties: list[BoundaryParty] = field(default_factory=list)
    basis: str = ""
    case: str = ""
    remarks: str = ""
    item_codes: list[str] = field(default_factory=list)


@dataclass
class SupervisionMeasure:
    """事中事后监管制度: what is supervised, how, how often and how much."""

    id: int | None = None
    aspect: str = ""  # one of ASPECTS
    matter: str = ""  # 监管事项
    target: str = ""  # 监管对象
    methods: list[str] = field(default_factory=list)  # 监管方式
    frequency: Frequency | None = None
    ratio: Ratio | None = None
    section: str = ""  # 责任科室
    basis: str = ""
    handling: str = ""  # 处理措施
    item_codes: list[str] = field(default_factory=list)


@dataclass
class PublicService:
    """公共服务事项: a service to the public, statutory or beyond."""

    id: int | None = None
    name: str = ""
    category: str = ""  # one of SERVICE_CLASSES
    target: str = ""  # 服务对象
    content: str = ""
    channel: str = ""  # 服务方式与渠道
    schedule: str = ""  # 时间或频次
    section: str = ""
    phone: str = ""
    basis: str = ""  # optional
    item_codes: list[str] = field(default_factory=list)


@dataclass
class SpotCheck:
    """随机抽查事项 (双随机、一公开), generated from a 行政检查 item and then edited."""

    id: int | None = None
    matter: str = ""
    basis: str = ""  # full law titles, no article numbers
    target: str = ""
    ratio: Ratio | None = None
    frequency: Frequency | None = None
    method: str = ""
    subject: str = ""  # 抽查主体
    item_codes: list[str] = field(default_factory=list)


Entry = Duty | Boundary | SupervisionMeasure | PublicService | SpotCheck
ENTRY_TYPES: dict[str, type] = {
    DUTIES: Duty, BOUNDARIES: Boundary, SUPERVISION: SupervisionMeasure, SERVICES: PublicService,
    SPOT_CHECKS: SpotCheck,
}
# The field that names an entry in lists, messages and headings.
NAME_FIELD = {DUTIES: "title", BOUNDARIES: "matter", SUPERVISION: "matter", SERVICES: "name", SPOT_CHECKS: "matter"}

FIELD_LABELS: dict[str, dict[str, str]] = {
    DUTIES: {"title": "主要职责", "basis": "职责依据", "work_items": "具体工作事项",
             "item_codes": "对应权力事项"},
    BOUNDARIES: {"matter": "职责边界事项", "parties": "相关部门及职责分工", "basis": "依据", "case": "模拟案例",
                 "remarks": "备注", "item_codes": "涉及权力事项"},
    SUPERVISION: {"aspect": "监管方面", "matter": "监管事项", "target": "监管对象", "methods": "监管方式",
                  "frequency": "监管频次", "ratio": "监管比例", "section": "责任科室", "basis": "监管依据",
                  "handling": "处理措施", "item_codes": "监管的权力事项"},
    SERVICES: {"name": "公共服务事项", "category": "服务类别", "target": "服务对象", "content": "服务内容",
               "channel": "服务方式与渠道", "schedule": "时间或频次", "section": "责任科室", "phone": "联系电话",
               "basis": "服务依据", "item_codes": "相关权力事项"},
    SPOT_CHECKS: {"matter": "抽查事项", "basis": "抽查依据", "target": "抽查对象", "ratio": "抽查比例",
                  "frequency": "抽查频次", "method": "抽查方式", "subject": "抽查主体", "item_codes": "对应检查事项"},
}
WORK_ITEM_LABELS = {"content": "具体工作事项", "section": "责任科室", "phone": "联系电话", "remarks": "备注"}
PARTY_LABELS = {"department": "部门", "role": "职责分工", "duty": "部门职责"}


def entry_name(part: str, entry: Entry) -> str:
    return str(getattr(entry, NAME_FIELD[part]) or "").strip()


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    """Every field as JSON-ready data; 频次/比例 as their printed text (what people write and read)."""
    data: dict[str, Any] = {}
    for f in fields(entry):
        value = getattr(entry, f.name)
        if isinstance(value, Frequency | Ratio):
            value = value.text()
        elif f.name in ("frequency", "ratio"):
            value = ""
        elif f.name in ("work_items", "parties"):
            value = [vars(v).copy() for v in value]
        elif isinstance(value, list):
            value = list(value)
        data[f.name] = value
    return data


def _text_value(data: dict[str, Any], name: str, part: str) -> str:
    value = data.get(name, "")
    if value is None:
        return ""
    if not isinstance(value, str | int | float):
        raise DutyDataError(f"{PART_LABELS[part]}的“{FIELD_LABELS[part].get(name, name)}”应为文字")
    return str(value).strip()


def _codes(value: Any, part: str) -> list[str]:
    if isinstance(value, str):
        value = re.split(r"[\s,，;；、]+", value)
    if not isinstance(value, list):
        raise DutyDataError(f"{PART_LABELS[part]}的关联事项编码应为编码列表")
    return [str(v).strip() for v in value if str(v).strip()]


def _rows(value: Any, cls: type, labels: dict[str, str], part: str) -> list[Any]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise DutyDataError(f"{PART_LABELS[part]}的“{'、'.join(labels.values())}”应为表格行的列表")
    return [cls(**{k: str(row.get(k) or "").strip() for k in labels}) for row in value]


def entry_from_dict(part: str, data: dict[str, Any]) -> Entry:
    """The inverse of `entry_to_dict`; 频次/比例 text is parsed, and anything malformed is refused."""
    if part not in ENTRY_TYPES:
        raise DutyDataError(f"责任清单没有“{part}”这一部分（可用：{'、'.join(PARTS)}）")
    if not isinstance(data, dict):
        raise DutyDataError(f"{PART_LABELS[part]}的每一条应为 JSON 对象")
    values: dict[str, Any] = {}
    for f in fields(ENTRY_TYPES[part]):
        name = f.name
        if name == "id":
            raw = data.get("id")
            values["id"] = raw if isinstance(raw, int) else None
        elif name == "item_codes":
            values[name] = _codes(data.get(name, []), part)
        elif name == "work_items":
            values[name] = _rows(data.get(name, []), WorkItem, WORK_ITEM_LABELS, part)
        elif name == "parties":
            values[name] = _rows(data.get(name, []), BoundaryParty, PARTY_LABELS, part)
        elif name == "methods":
            raw = data.get(name, [])
            values[name] = split_list(raw) if isinstance(raw, str) else [str(v).strip() for v in raw if str(v).strip()]
        elif name == "frequency":
            values[name] = parse_frequency(_text_value(data, name, part))
        elif name == "ratio":
            values[name] = parse_ratio(_text_value(data, name, part))
        else:
            values[name] = _text_value(data, name, part)
    return ENTRY_TYPES[part](**values)  # type: ignore[no-any-return]


def split_list(text: str) -> list[str]:
    """书面检查、实地检查 → the two methods."""
    return [v.strip() for v in re.split(r"[、,，;；/\n]+", text or "") if v.strip()]


@dataclass
class ResponsibilityList:
    """All five parts of one department's 责任清单, in their printed order."""

    duties: list[Duty] = field(default_factory=list)
    boundaries: list[Boundary] = field(default_factory=list)
    supervision: list[SupervisionMeasure] = field(default_factory=list)
    services: list[PublicService] = field(default_factory=list)
    spot_checks: list[SpotCheck] = field(default_factory=list)

    def part(self, name: str) -> list[Any]:
        return getattr(self, name)  # type: ignore[no-any-return]

    def is_empty(self) -> bool:
        return not any(self.part(p) for p in PARTS)

    def counts(self) -> dict[str, int]:
        return {p: len(self.part(p)) for p in PARTS}

    def to_dict(self) -> dict[str, list[dict[str, Any]]]:
        """The `qlist duties --json` shape."""
        return {p: [entry_to_dict(e) for e in self.part(p)] for p in PARTS}


def list_from_dict(data: Any) -> ResponsibilityList:
    """A list read from `to_dict`'s shape; each malformed entry is refused with its part and position."""
    if not isinstance(data, dict):
        raise DutyDataError("责任清单文件应为 JSON 对象，含 duties、boundaries、supervision、services、spot_checks")
    unknown = [k for k in data if k not in PARTS and not k.startswith("_")]
    if unknown:
        raise DutyDataError(f"责任清单文件含有未知部分：{'、'.join(unknown)}（可用：{'、'.join(PARTS)}）")
    result = ResponsibilityList()
    for part in PARTS:
        raw = data.get(part, [])
        if not isinstance(raw, list):
            raise DutyDataError(f"“{part}”（{PART_LABELS[part]}）应为列表")
        for n, entry in enumerate(raw, start=1):
            try:
                result.part(part).append(entry_from_dict(part, entry))
            except DutyDataError as exc:
                raise DutyDataError(f"{PART_LABELS[part]}第{n}条：{exc}") from None
            except TypeError:
                raise DutyDataError(f"{PART_LABELS[part]}第{n}条含有未知的列") from None
    return result
