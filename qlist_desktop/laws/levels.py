"""A law's level judged from its title when the library does not hold it: who made it (立法法).

A place name first (新疆维吾尔自治区…, …省…, 克拉玛依市…) means a local body made it: a 条例, or a 实施《…法》办法,
is then a 地方性法规 (government rules may not be called 条例); other local titles are 地方性法规 or
地方政府规章, which only the issuing body decides. 《国务院关于…的决定》 is a 国务院决定.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qlist_desktop.laws.titles import title_key

PROVINCES = (
    "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省",
    "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省",
    "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区",
    "新疆维吾尔自治区", "新疆生产建设兵团", "自治区",
)
_CITY = re.compile(r"^([\u4e00-\u9fff]{2,8}?(?:市|自治州|自治县|地区|盟))(?![场民政容])")
_IMPLEMENTING = re.compile(r"实施.*法.*(?:办法|条例|规定)$")
LOCAL_EITHER = "地方性法规或地方政府规章"
_BY_HISTORY = (
    (re.compile(r"全国人民代表大会"), "法律"),
    (re.compile(r"国务院令"), "行政法规"),
    (re.compile(r"人民政府令"), "地方政府规章"),
    (re.compile(r"人民代表大会"), "地方性法规"),
    (re.compile(r"(?:部|委员会|总局|署|局|银行)(?:令|第\d+号令)"), "部门规章"),
)


@dataclass(frozen=True)
class IssuerLevel:
    """What the title says about the law's level: `level` is "" when the issuing body must decide."""

    level: str
    body: str  # 新疆维吾尔自治区, 国务院 …
    local: bool = False


def place_of(title: str) -> str:
    key = title_key(title)
    for name in PROVINCES:
        if key.startswith(name):
            return name
    m = _CITY.match(key)
    return m.group(1) if m and not key.startswith(("城市", "全国", "国务院", "中国")) else ""


def level_from_title(title: str) -> IssuerLevel | None:
    """The level a title shows by its issuing body, or None when it shows nothing."""
    key = title_key(title)
    if key.startswith("全国人民代表大会"):
        return IssuerLevel("法律", "全国人民代表大会常务委员会" if "常务委员会" in key else "全国人民代表大会")
    if key.startswith("国务院") and not key.startswith("国务院办公厅") and key.endswith("决定"):
        return IssuerLevel("国务院决定", "国务院")
    place = place_of(key)
    if not place:
        return None
    if key.endswith("条例") or _IMPLEMENTING.search(key):
        return IssuerLevel("地方性法规", place, local=True)
    return IssuerLevel("", place, local=True)


def level_from_history(lines: list[str], *, local: bool) -> str:
    """The level the issuing act names (…人民政府令第234号公布, …人民代表大会常务委员会…通过); "" if none."""
    text = " ".join(lines)
    for pattern, level in _BY_HISTORY:
        national = level in ("法律", "行政法规", "部门规章")
        if pattern.search(text) and national != local:
            return level
    return ""
