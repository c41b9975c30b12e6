"""The demo workspace: a county market-regulation bureau (示范县市场监督管理局).

Real law titles and articles, sub-items, one confidential item, and exactly four deliberate findings
(DELIBERATE_FINDINGS) so that a liaison trying the program sees what the rules catch.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qlist_desktop.domain.flowchart import Flowchart
from qlist_desktop.domain.items import Department, LegalBasis, PowerItem, Responsibility
from qlist_desktop.services.demo_duties import add_demo_duties
from qlist_desktop.services.flowcharts import chart_from_template, get_templates, save_chart
from qlist_desktop.services.items import create_items
from qlist_desktop.services.settings import initialise
from qlist_desktop.storage.workspace import Workspace

DEPARTMENT = Department(
    name="示范县市场监督管理局", code="017", region_code="999001", liaison="李晓梅", phone="0990-6231001"
)
BODY = DEPARTMENT.name
COMPLAINT = "监督电话：0990-12315；地址：示范县人民路88号县市场监管局；网站：示范县人民政府门户网站“政民互动”栏目"
COMPLAINT_PARTS = ("0990-12315", "示范县人民路88号县市场监管局", "示范县人民政府门户网站“政民互动”栏目")
SUBJECTS = "承办人员、审核人员、批准人员及其他负有责任的人员"

# (rule id, item code) of the findings the demo is built to show; tests check validate finds these and no others.
DELIBERATE_FINDINGS = {
    ("basis-level-insufficient", "999001017XK00400"),
    ("placeholder-identity", "999001017CF00500"),
    ("promised-exceeds-legal", "999001017XK00300"),
    ("no-complaint-channel", "999001017JC00200"),
}

FOOD_SAFETY_LAW = "中华人民共和国食品安全法"
FOOD_SAFETY_REV = "2021年4月29日第二次修正"
SPECIAL_EQUIPMENT_LAW = "中华人民共和国特种设备安全法"
PRODUCT_QUALITY_LAW = "中华人民共和国产品质量法"
PRODUCT_QUALITY_REV = "2018年12月29日第三次修正"


def _law(title: str, article: str, text: str = "", revision: str = "", level: str = "法律") -> LegalBasis:
    return LegalBasis(level=level, title=title, revision=revision, article=article, article_text=text)


_STAGES = {
    "行政许可": [
        ("受理", "依法受理或不予受理申请，不予受理的应当告知理由；一次性告知需补正的全部材料"),
        ("审查", "对申请材料进行审查，需要现场核查的，组织现场核查"),
        ("决定", "作出准予许可或不予许可的决定，不予许可的说明理由并告知救济途径"),
        ("送达", "依法制作并送达许可证件或决定书"),
        ("事后监管", "对被许可人从事许可事项活动的情况进行监督检查"),
    ],
    "行政处罚": [
        ("立案", "对发现的违法线索进行核查，符合立案条件的依法立案"),
        ("调查取证", "两名以上执法人员出示执法证件，全面、客观、公正地调查收集证据"),
        ("审查", "对案件事实、证据、适用依据和处罚裁量进行审查，重大案件进行法制审核"),
        ("告知", "告知当事人拟作出处罚的事实、理由、依据及陈述、申辩和要求听证的权利"),
        ("决定", "依法作出行政处罚决定，制作处罚决定书"),
        ("送达", "在法定期限内送达处罚决定书"),
        ("执行", "督促当事人履行处罚决定，依法申请强制执行"),
    ],
    "行政强制": [
        ("决定", "报经负责人批准，依法作出实施行政强制措施的决定"),
        ("执行", "制作现场笔录和查封、扣押决定书及清单，当场交付当事人"),
        ("事后处理", "在法定期限内作出处理决定，对不再需要查封扣押的及时解除"),
    ],
    "行政检查": [
        ("检查", "按照“双随机、一公开”要求制定检查计划并实施检查，检查人员不少于两人"),
        ("处置", "对检查中发现的问题责令改正，依法需要处罚的移送立案"),
        ("公开", "依法公开检查结果"),
    ],
}
_DEFAULT_STAGES = [
    ("受理", "依法受理申请或者线索"),
    ("审查", "对材料和事实进行审查核实"),
    ("决定", "依法作出决定并告知当事人"),
    ("送达", "依法送达有关文书"),
]
_SITUATIONS = {
    "行政许可": "1.对符合法定条件的申请不予受理、不予许可或者不在法定期限内作出决定的；2.对不符合法定条件的申请人准予许可的；"
    "3.未一次告知申请人需要补正的全部内容的；4.索取或者收受他人财物、谋取其他利益的；5.其他违反法律法规规章规定的行为。",
    "行政处罚": "1.没有法定依据或者不遵守法定程序实施处罚的；2.擅自改变处罚种类、幅度的；3.违反规定收缴罚款、私分没收财物的；"
    "4.应当依法移交司法机关追究刑事责任而不移交的；5.其他违反法律法规规章规定的行为。",
}
_DEFAULT_SITUATIONS = (
    "1.不履行或者不正确履行职责的；2.滥用职权、玩忽职守、徇私舞弊的；3.其他违反法律法规规章规定的行为。"
)


@dataclass
class _Spec:
    code: str
    name: str
    category: str
    bases: list[LegalBasis]
    unit: str
    sub_name: str = ""
    legal: int | None = None
    promised: int | None = None
    complaint: str = COMPLAINT
    is_public: bool = True
    confidential_reason: str = ""
    confidential_basis: str = ""


# 专题 of the demo items (the topic vocabulary's labels), by code.
_TOPICS: dict[str, list[str]] = {
    "999001017CF00100": ["食品安全"], "999001017CF00200": ["食品安全"], "999001017CF00300": ["质量计量"],
    "999001017CF00400": ["生产经营"], "999001017CF00500": ["生产经营"], "999001017JC00100": ["食品安全"],
    "999001017JC00200": ["安全生产"], "999001017JL00100": ["食品安全"], "999001017QR00101": ["企业开办"],
    "999001017QR00102": ["企业开办"], "999001017QT00100": ["生产经营"], "999001017QZ00100": ["食品安全"],
    "999001017XK00101": ["企业开办", "食品安全"], "999001017XK00102": ["食品安全"], "999001017XK00103": ["食品安全"],
    "999001017XK00200": ["安全生产"], "999001017XK00300": ["质量计量"], "999001017XK00400": ["企业开办", "食品安全"],
}


def _item(spec: _Spec, post: str, person: str) -> PowerItem:
    stages = _STAGES.get(spec.category, _DEFAULT_STAGES)
    return PowerItem(
        code=spec.code,
        name=spec.name,
        sub_name=spec.sub_name,
        category=spec.category,
        bases=spec.bases,
        exercising_body=BODY,
        handling_unit=spec.unit,
        handling_post=post,
        responsible_person=person,
        contact_phone="0990-6231" + spec.code[-5:-2],
        implementation_level="县级（属地管理，独有）",
        department_duty="负责本行政区域内市场监督管理工作，依法履行本事项的组织实施和监督管理职责。",
        disclosure_scope="向社会公开" if spec.is_public else "不予公开",
        disclosure_forms=["政府网站", "政务公开栏"] if spec.is_public else [],
        disclosure_time_limit="作出决定之日起7个工作日内" if spec.is_public else "",
        is_public=spec.is_public,
        confidential_reason=spec.confidential_reason,
        confidential_basis=spec.confidential_basis,
        legal_time_limit=spec.legal,
        promised_time_limit=spec.promised,
        responsibilities=[Responsibility(stage, text, "依据同“实施依据”") for stage, text in stages],
        accountability_subjects=SUBJECTS,
        accountability_situations=_SITUATIONS.get(spec.category, _DEFAULT_SITUATIONS),
        complaint_channel=spec.complaint,
        disposition="保留",
        topics=_TOPICS.get(spec.code, []),
        status="待审核",
    )


def _specs() -> list[tuple[_Spec, str, str]]:
    food_licence = [
        _law(
            FOOD_SAFETY_LAW,
            "第三十五条第一款",
            "国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。",
            FOOD_SAFETY_REV,
        ),
        _law(
            "食品经营许可和备案管理办法",
            "第二条",
            "在中华人民共和国境内从事食品经营活动，应当依法取得食品经营许可。",
            level="部门规章",
        ),
    ]
    se_law = [
        _law(
            SPECIAL_EQUIPMENT_LAW,
            "第三十三条",
            "特种设备使用单位应当在特种设备投入使用前或者投入使用后三十日内，向负责特种设备安全监督管理的部门办理使用登记，取得使用登记证书。",
        )
    ]
    metrology = [
        _law(
            "中华人民共和国计量法",
            "第六条",
            "县级以上地方人民政府计量行政部门根据本地区的需要，建立社会公用计量标准器具，经上级人民政府计量行政部门主持考核合格后使用。",
            "2018年10月26日第五次修正",
        ),
        _law(
            "中华人民共和国计量法实施细则",
            "第八条",
            "社会公用计量标准器具须经上一级政府计量行政部门考核合格后使用。",
            level="行政法规",
        ),
    ]
    snack = [
        _law(
            "示范县小餐饮登记管理办法", "第八条", "小餐饮经营者应当向县级市场监督管理部门申请登记。", level="规范性文件"
        )
    ]
    pq = PRODUCT_QUALITY_LAW
    specs = [
        (
            _Spec(
                "999001017XK00101", "食品经营许可", "行政许可", food_licence, "食品经营安全监督管理股", "新办", 20, 10
            ),
            "许可审查岗",
            "王建国",
        ),
        (
            _Spec(
                "999001017XK00102", "食品经营许可", "行政许可", food_licence, "食品经营安全监督管理股", "变更", 20, 10
            ),
            "许可审查岗",
            "王建国",
        ),
        (
            _Spec(
                "999001017XK00103", "食品经营许可", "行政许可", food_licence, "食品经营安全监督管理股", "延续", 20, 10
            ),
            "许可审查岗",
            "王建国",
        ),
        (
            _Spec(
                "999001017XK00200", "特种设备使用登记", "行政许可", se_law, "特种设备安全监察股", legal=15, promised=5
            ),
            "使用登记岗",
            "赵立新",
        ),
        (
            _Spec(
                "999001017XK00300", "计量标准器具核准", "行政许可", metrology, "计量与标准化股", legal=20, promised=25
            ),
            "计量核准岗",
            "孙海燕",
        ),
        (
            _Spec(
                "999001017XK00400", "小餐饮经营登记", "行政许可", snack, "食品经营安全监督管理股", legal=15, promised=10
            ),
            "许可审查岗",
            "王建国",
        ),
        (
            _Spec(
                "999001017CF00100",
                "对未取得食品生产经营许可从事食品生产经营活动的行政处罚",
                "行政处罚",
                [
                    _law(
                        FOOD_SAFETY_LAW,
                        "第一百二十二条第一款",
                        "违反本法规定，未取得食品生产经营许可从事食品生产经营活动……由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品……并处罚款。",
                        FOOD_SAFETY_REV,
                    )
                ],
                "综合行政执法大队",
                legal=90,
                promised=60,
            ),
            "案件承办岗",
            "刘志强",
        ),
        (
            _Spec(
                "999001017CF00200",
                "对生产经营不符合食品安全标准的食品的行政处罚",
                "行政处罚",
                [
                    _law(
                        FOOD_SAFETY_LAW,
                        "第一百二十四条第一款",
                        "违反本法规定，有下列情形之一，尚不构成犯罪的，由县级以上人民政府食品安全监督管理部门没收违法所得……",
                        FOOD_SAFETY_REV,
                    )
                ],
                "综合行政执法大队",
                legal=90,
                promised=60,
            ),
            "案件承办岗",
            "刘志强",
        ),
        (
            _Spec(
                "999001017CF00300",
                "对销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的行政处罚",
                "行政处罚",
                [
                    _law(
                        pq,
                        "第四十九条",
                        "生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的，责令停止生产、销售……",
                        PRODUCT_QUALITY_REV,
                    )
                ],
                "综合行政执法大队",
                legal=90,
                promised=60,
            ),
            "案件承办岗",
            "陈晓东",
        ),
        (
            _Spec(
                "999001017CF00400",
                "对经营者实施混淆行为的行政处罚",
                "行政处罚",
                [
                    _law(
                        "中华人民共和国反不正当竞争法",
                        "第十八条第一款",
                        "经营者违反本法第六条规定实施混淆行为的，由监督检查部门责令停止违法行为，没收违法商品……",
                        "2019年4月23日修正",
                    )
                ],
                "综合行政执法大队",
                legal=90,
                promised=60,
            ),
            "案件承办岗",
            "陈晓东",
        ),
        (
            _Spec(
                "999001017CF00500",
                "对违反广告管理规定行为的行政处罚等",
                "行政处罚",
                [
                    _law(
                        "中华人民共和国广告法",
                        "第五十七条",
                        "有下列行为之一的，由市场监督管理部门责令停止发布广告……",
                        "2021年4月29日第二次修正",
                    )
                ],
                "综合行政执法大队",
                legal=90,
                promised=60,
            ),
            "案件承办岗",
            "陈晓东",
        ),
        (
            _Spec(
                "999001017QZ00100",
                "查封、扣押不符合食品安全标准的食品",
                "行政强制",
                [
                    _law(
                        FOOD_SAFETY_LAW,
                        "第一百一十条第四项",
                        "查封、扣押有证据证明不符合食品安全标准或者有证据证明存在安全隐患以及用于违法生产经营的食品……",
                        FOOD_SAFETY_REV,
                    )
                ],
                "综合行政执法大队",
                legal=30,
                promised=30,
            ),
            "案件承办岗",
            "刘志强",
        ),
        (
            _Spec(
                "999001017QZ00200",
                "查封、扣押有根据认为不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品",
                "行政强制",
                [
                    _law(
                        pq,
                        "第十八条第一款第四项",
                        "对有根据认为不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品……予以查封或者扣押。",
                        PRODUCT_QUALITY_REV,
                    )
                ],
                "综合行政执法大队",
                legal=30,
                promised=30,
            ),
            "案件承办岗",
            "陈晓东",
        ),
        (
            _Spec(
                "999001017JC00100",
                "食品生产经营监督检查",
                "行政检查",
                [
                    _law(
                        FOOD_SAFETY_LAW,
                        "第一百一十条",
                        "县级以上人民政府食品安全监督管理部门履行食品安全监督管理职责，有权采取下列措施……",
                        FOOD_SAFETY_REV,
                    ),
                    _law(
                        "食品生产经营监督检查管理办法",
                        "第二条",
                        "市场监督管理部门对食品生产经营者执行食品安全法律、法规、规章和食品安全标准等情况实施监督检查。",
                        level="部门规章",
                    ),
                ],
                "食品经营安全监督管理股",
                legal=None,
                promised=None,
            ),
            "日常监管岗",
            "王建国",
        ),
        (
            _Spec(
                "999001017JC00200",
                "特种设备安全监督检查",
                "行政检查",
                [
                    _law(
                        SPECIAL_EQUIPMENT_LAW,
                        "第五十七条第一款",
                        "负责特种设备安全监督管理的部门依照本法规定，对特种设备生产、经营、使用单位和检验、检测机构实施监督检查。",
                    )
                ],
                "特种设备安全监察股",
                complaint="",
            ),
            "安全监察岗",
            "赵立新",
        ),
        (
            _Spec(
                "999001017JC00300",
                "对涉密单位计量器具使用情况的监督检查",
                "行政检查",
                [
                    _law(
                        "中华人民共和国计量法",
                        "第十八条",
                        "县级以上人民政府计量行政部门应当依法对制造、修理、销售、进口和使用计量器具……进行监督检查。",
                        "2018年10月26日第五次修正",
                    )
                ],
                "计量与标准化股",
                is_public=False,
                confidential_reason="检查对象及检查内容涉及国家秘密",
                confidential_basis="《中华人民共和国政府信息公开条例》第十四条；《中华人民共和国保守国家秘密法》第九条",
            ),
            "计量监督岗",
            "孙海燕",
        ),
        (
            _Spec(
                "999001017QR00101",
                "市场主体登记",
                "行政确认",
                [
                    _law(
                        "中华人民共和国市场主体登记管理条例",
                        "第三条第一款",
                        "市场主体应当依照本条例办理登记。未经登记，不得以市场主体名义从事经营活动。",
                        level="行政法规",
                    )
                ],
                "登记注册股",
                "设立登记",
                3,
                1,
            ),
            "登记审核岗",
            "周丽",
        ),
        (
            _Spec(
                "999001017QR00102",
                "市场主体登记",
                "行政确认",
                [
                    _law(
                        "中华人民共和国市场主体登记管理条例",
                        "第三十一条第一款",
                        "市场主体因解散、被宣告破产或者其他法定事由需要终止的，应当依法向登记机关申请注销登记。",
                        level="行政法规",
                    )
                ],
                "登记注册股",
                "注销登记",
                3,
                1,
            ),
            "登记审核岗",
            "周丽",
        ),
        (
            _Spec(
                "999001017JL00100",
                "对举报食品安全违法行为的奖励",
                "行政奖励",
                [
                    _law(
                        FOOD_SAFETY_LAW,
                        "第一百一十五条第一款",
                        "县级以上人民政府食品安全监督管理等部门应当公布本部门的电子邮件地址或者电话，接受咨询、投诉、举报……对查证属实的举报，给予举报人奖励。",
                        FOOD_SAFETY_REV,
                    )
                ],
                "办公室",
                legal=60,
                promised=30,
            ),
            "举报奖励岗",
            "李晓梅",
        ),
        (
            _Spec(
                "999001017QT00100",
                "消费者投诉处理",
                "其他行政权力",
                [
                    _law(
                        "中华人民共和国消费者权益保护法",
                        "第四十六条",
                        "消费者向有关行政部门投诉的，该部门应当自收到投诉之日起七个工作日内，予以处理并告知消费者。",
                        "2013年10月25日第二次修正",
                    ),
                    _law(
                        "市场监督管理投诉举报处理暂行办法",
                        "第十四条",
                        "市场监督管理部门应当自收到投诉之日起七个工作日内作出受理或者不予受理的决定，并告知投诉人。",
                        level="部门规章",
                    ),
                ],
                "消费者权益保护股",
                legal=7,
                promised=5,
            ),
            "投诉处理岗",
            "吴芳",
        ),
    ]
    return specs


def demo_items() -> list[PowerItem]:
    return [_item(spec, post, person) for spec, post, person in _specs()]


def create_demo(path: Path | str) -> Path:
    """A new demo workspace at `path` (which must not exist)."""
    path = Path(path)
    with Workspace.create(path) as ws:
        initialise(ws, DEPARTMENT)
        created = create_items(ws, demo_items(), source="demo")
        templates = get_templates(ws)
        for item in created:
            save_chart(ws, item.id or 0, _chart(ws, item, templates), source="demo")
        add_demo_duties(ws)
    return path


def _chart(ws: Workspace, item: PowerItem, templates: dict[str, Flowchart]) -> Flowchart:
    """The category template made the item's own: its posts, and its name in the first and last steps."""
    chart = chart_from_template(ws, item, templates)
    if item.bases and not chart.conditions:
        chart.conditions = f"符合{item.bases[0].citation()}规定的条件"
    if item.complaint_channel:
        chart.complaint_phone, chart.complaint_address, chart.complaint_website = COMPLAINT_PARTS
    for step in chart.steps:
        if step.kind == "step" and not step.post:
            step.post = item.handling_post
    return chart
