"""The demo department's responsibility list (责任清单): duties, boundaries with cases, supervision of every
行政许可 and of what it has 下放, public services of the four classes, and its spot-check list.

Built to raise no finding: the demo's only findings stay its item's deliberate ones.
"""

from __future__ import annotations

from qlist_desktop.domain.duties import (
    ASSIST,
    BOUNDARIES,
    DUTIES,
    LEAD,
    SERVICES,
    SUPERVISION,
    Boundary,
    BoundaryParty,
    Duty,
    PublicService,
    SupervisionMeasure,
    WorkItem,
    parse_frequency,
    parse_ratio,
)
from qlist_desktop.services.duties import DutyChanges, add_entries, generate_spot_checks
from qlist_desktop.services.items import find_by_code, update_item
from qlist_desktop.storage.workspace import Workspace

P = "999001017"
DEPT = "县市场监管局"
# Items the demo department has handed down to the township market-regulation stations (市场监管所).
DELEGATED = (f"{P}XK00400", f"{P}QR00102")
FOOD, SE, METROLOGY = "食品经营安全监督管理股", "特种设备安全监察股", "计量与标准化股"
REGISTRY, CONSUMER, ENFORCEMENT = "登记注册股", "消费者权益保护股", "综合行政执法大队"


def _w(content: str, section: str, phone: str, remarks: str = "") -> WorkItem:
    return WorkItem(content, section, f"0990-6231{phone}", remarks)


def _duties() -> list[Duty]:
    return [
        Duty(title="负责市场主体统一登记注册，建立市场主体信息公示和共享机制，组织开展信用分类管理",
             basis="《示范县市场监督管理局职能配置、内设机构和人员编制规定》",
             work_items=[_w("办理各类企业、个体工商户、农民专业合作社的设立、变更、注销登记", REGISTRY, "011"),
                         _w("指导乡镇市场监管所开展下放的注销登记工作并进行卷宗抽查", REGISTRY, "011"),
                         _w("归集公示市场主体登记、许可、处罚信息，实施经营异常名录管理", REGISTRY, "012")],
             item_codes=[f"{P}QR00101", f"{P}QR00102"]),
        Duty(title="负责食品安全监督管理，建立覆盖食品经营全过程的监督检查和隐患排查治理机制",
             basis="《中华人民共和国食品安全法》、三定规定",
             work_items=[_w("办理食品经营许可，监督许可条件的持续符合情况", FOOD, "001"),
                         _w("组织实施食品经营日常监督检查和“双随机”抽查", FOOD, "001"),
                         _w("开展食品安全抽样检验和风险监测，发布消费提示", FOOD, "002",
                            "抽样检验由县食品检验检测中心（下属事业单位）承担"),
                         _w("查处食品安全违法行为，依法实施查封、扣押等强制措施", ENFORCEMENT, "020"),
                         _w("受理食品安全违法行为举报并兑现举报奖励", FOOD, "003")],
             item_codes=[f"{P}XK00101", f"{P}XK00102", f"{P}XK00103", f"{P}XK00400", f"{P}CF00100",
                         f"{P}CF00200", f"{P}QZ00100", f"{P}JC00100", f"{P}JL00100"]),
        Duty(title="负责特种设备安全监督管理，监督检查特种设备的使用、检验检测和事故隐患整改",
             basis="《中华人民共和国特种设备安全法》",
             work_items=[_w("办理特种设备使用登记", SE, "002"),
                         _w("对电梯、锅炉、压力容器等特种设备使用单位实施监督检查", SE, "002"),
                         _w("组织特种设备事故应急演练，参与事故调查处理", SE, "003")],
             item_codes=[f"{P}XK00200", f"{P}JC00200"]),
        Duty(title="负责计量、标准化和产品质量监督管理，组织实施产品质量监督抽查",
             basis="《中华人民共和国计量法》《中华人民共和国产品质量法》",
             work_items=[_w("办理计量标准器具核准，监督管理强制检定计量器具", METROLOGY, "003"),
                         _w("组织实施县级产品质量监督抽查，查处生产销售不合格产品行为", METROLOGY, "004"),
                         _w("依法查封、扣押不符合安全标准的产品", ENFORCEMENT, "020")],
             item_codes=[f"{P}XK00300", f"{P}JC00300", f"{P}CF00300", f"{P}QZ00200"]),
        Duty(title="负责规范和维护市场秩序，查处不正当竞争和违法广告行为，保护消费者合法权益",
             basis="《中华人民共和国反不正当竞争法》《中华人民共和国消费者权益保护法》",
             work_items=[_w("查处混淆行为等不正当竞争行为和违法广告", ENFORCEMENT, "020"),
                         _w("受理处理消费者咨询、投诉、举报，组织消费纠纷调解", CONSUMER, "015")],
             item_codes=[f"{P}CF00400", f"{P}CF00500", f"{P}QT00100"]),
    ]


FOOD_CASE = (
    "假如县第一中学食堂午餐后有二十余名学生出现呕吐、腹泻症状：县卫生健康委组织医疗机构救治患者并开展流行病学调查；"
    "县市场监管局牵头，立即封存食堂留样食品和原料，责令停止经营，抽样送检并追溯原料来源，依法查处违法行为；"
    "县教育局督促学校配合调查、做好学生和家长的安抚工作；县公安局对涉嫌食品安全犯罪的及时立案侦查；"
    "事件原因查明后由县市场监管局汇总情况，向县政府和上级部门报告，并向社会发布处置信息。")
UNLICENSED_CASE = (
    "假如城郊结合部有一处废弃塑料回收点无证无照经营，焚烧分拣残渣污染周边环境，群众多次投诉：县生态环境局对污染环境行为"
    "立案查处，责令停止排污；县市场监管局牵头取缔无照经营，依法没收违法所得；所在乡镇人民政府组织清理场地，防止反弹；"
    "县公安局对阻碍执法的行为依法处置。各部门处理结果在七日内互相通报，由县市场监管局汇总后答复投诉人。")
ELEVATOR_CASE = (
    "假如某在建住宅小区施工升降机与已交付楼栋的电梯相继发生困人故障：县市场监管局牵头，对已交付使用的电梯责令停用、"
    "组织检验机构检验并督促维保单位整改；县住房和城乡建设局负责施工工地建筑起重机械和施工升降机的监督管理，责令施工单位"
    "停止使用并排查隐患；县应急管理局协调消防救援力量解救被困人员，指导事故应急处置。")


def _boundaries() -> list[Boundary]:
    return [
        Boundary(matter="食品安全监督管理",
                 parties=[BoundaryParty(DEPT, LEAD, "负责食品生产经营活动的监督管理，组织食品安全事故的调查处理"),
                          BoundaryParty("县卫生健康委", ASSIST,
                                        "负责食品安全风险监测，组织食品安全事故的医疗救治和流行病学调查"),
                          BoundaryParty("县农业农村局", ASSIST,
                                        "负责食用农产品从种植养殖环节到进入批发、零售市场前的质量安全监督管理"),
                          BoundaryParty("县公安局", ASSIST, "负责依法查处食品安全犯罪行为")],
                 basis="《中华人民共和国食品安全法》第五条、第六条", case=FOOD_CASE,
                 item_codes=[f"{P}JC00100", f"{P}CF00100", f"{P}CF00200", f"{P}QZ00100"]),
        Boundary(matter="无证无照经营的查处",
                 parties=[BoundaryParty(DEPT, LEAD, "负责查处无照经营和应取得许可而未取得许可的经营活动"),
                          BoundaryParty("县生态环境局", ASSIST, "负责查处无证无照经营中的污染环境行为"),
                          BoundaryParty("乡镇人民政府", ASSIST, "负责属地巡查发现，配合清理整治经营场所")],
                 basis="《无证无照经营查处办法》", case=UNLICENSED_CASE,
                 item_codes=[f"{P}CF00100", f"{P}QR00101"]),
        Boundary(matter="电梯和建筑起重机械的安全监督管理",
                 parties=[BoundaryParty(DEPT, LEAD, "负责已交付使用的电梯等特种设备的安全监察"),
                          BoundaryParty("县住房和城乡建设局", ASSIST,
                                        "负责房屋建筑工地和市政工程工地起重机械的安全监督管理"),
                          BoundaryParty("县应急管理局", ASSIST, "负责事故应急救援的综合协调")],
                 basis="《中华人民共和国特种设备安全法》第一百条", case=ELEVATOR_CASE,
                 item_codes=[f"{P}XK00200", f"{P}JC00200"]),
    ]


def _measure(aspect: str, matter: str, target: str, methods: list[str], frequency: str, ratio: str, section: str,
             basis: str, handling: str, codes: list[str]) -> SupervisionMeasure:
    return SupervisionMeasure(aspect=aspect, matter=matter, target=target, methods=methods,
                              frequency=parse_frequency(frequency), ratio=parse_ratio(ratio), section=section,
                              basis=basis, handling=handling, item_codes=codes)


def _supervision() -> list[SupervisionMeasure]:
    food = "《中华人民共和国食品安全法》《食品生产经营监督检查管理办法》"
    return [
        _measure("审批事项", "食品经营许可事中事后监管", "取得食品经营许可证的食品经营者", ["书面检查", "实地检查"],
                 "每年不少于1次", "检查率100%", FOOD, food,
                 "发现不再符合许可条件的责令限期整改；逾期不改或情节严重的依法撤销许可", [f"{P}XK00101", f"{P}XK00102",
                                                                                      f"{P}XK00103"]),
        _measure("审批事项", "特种设备使用登记后监督检查", "特种设备使用单位", ["实地检查", "抽查"],
                 "每半年不少于1次", "抽检率不少于30%", SE, "《中华人民共和国特种设备安全法》",
                 "发现未按规定定期检验、存在事故隐患的，责令停止使用并限期整改", [f"{P}XK00200"]),
        _measure("审批事项", "计量标准器具核准后监督", "取得计量标准考核证书的单位", ["书面检查", "实地检查"],
                 "每年不少于1次", "抽检率不少于20%", METROLOGY, "《中华人民共和国计量法》",
                 "计量标准不符合要求的责令停止使用，依法注销考核证书", [f"{P}XK00300"]),
        _measure("委托下放权力", "小餐饮经营登记下放乡镇后的监管", "各乡镇市场监管所及其登记的小餐饮经营者",
                 ["书面检查", "实地检查", "抽查"], "每季度不少于1次", "抽检率不少于10%", FOOD,
                 "《新疆维吾尔自治区食品小作坊、小餐饮店、小食杂店和食品摊贩管理条例》",
                 "每季度书面检查登记卷宗，检查率100%；发现登记不当的责令纠正，对承接单位进行通报并限期整改",
                 [f"{P}XK00400"]),
        _measure("委托下放权力", "市场主体注销登记下放后的监管", "各乡镇市场监管所办理的注销登记卷宗",
                 ["书面检查", "抽查"],
                 "每季度不少于1次", "检查率100%", REGISTRY, "《中华人民共和国市场主体登记管理条例》",
                 "发现违规注销的依法撤销注销登记，追究经办人员责任", [f"{P}QR00102"]),
        _measure("规范自由裁量权", "行政处罚自由裁量基准执行情况监督", "本局作出的行政处罚案卷", ["书面检查"],
                 "每半年不少于1次", "抽查率不少于20%", ENFORCEMENT, "《中华人民共和国行政处罚法》",
                 "裁量明显不当的责令纠正，案卷评查结果纳入执法考核并公开",
                 [f"{P}CF00100", f"{P}CF00200", f"{P}CF00300", f"{P}CF00400", f"{P}CF00500"]),
    ]


def _services() -> list[PublicService]:
    return [
        PublicService(name="12315消费者咨询投诉举报服务", category="基础性", target="消费者",
                      content="受理消费者咨询、投诉和举报，组织消费纠纷调解",
                      channel="12315热线、全国12315平台、现场接待",
                      schedule="工作日全天；热线每日8:00—20:00", section=CONSUMER, phone="0990-12315",
                      basis="《中华人民共和国消费者权益保护法》", item_codes=[f"{P}QT00100"]),
        PublicService(name="小微企业质量技术帮扶", category="经济性", target="县内小微企业",
                      content="免费提供标准查询、计量器具检定咨询和质量管理诊断", channel="上门服务、政务服务大厅窗口",
                      schedule="每年不少于2次集中帮扶", section=METROLOGY, phone="0990-6231003"),
        PublicService(name="食品安全消费提示和风险预警发布", category="安全性", target="社会公众",
                      content="根据抽检和风险监测结果发布消费提示和风险预警信息", channel="县政府网站、微信公众号",
                      schedule="每季度至少1次，遇突发情况随时发布", section=FOOD, phone="0990-6231002",
                      item_codes=[f"{P}JC00100"]),
        PublicService(name="个体工商户登记帮办代办", category="社会性", target="创业者、个体工商户",
                      content="为老年人、残疾人等群体提供登记申请帮办代办和政策解读",
                      channel="政务服务大厅“帮办代办”窗口",
                      schedule="工作日", section=REGISTRY, phone="0990-6231011", item_codes=[f"{P}QR00101"]),
        PublicService(name="电梯安全知识进社区", category="安全性", target="社区居民、物业服务企业",
                      content="开展电梯安全乘用宣传和困人应急演练", channel="社区现场宣讲",
                      schedule="每年不少于4次", section=SE, phone="0990-6231002"),
    ]


def add_demo_duties(ws: Workspace, source: str = "demo") -> DutyChanges:
    """Hand down the demo's delegated items and write its whole responsibility list."""
    for code in DELEGATED:
        update_item(ws, find_by_code(ws, code).key, {"disposition": "下放"}, source)
    changes = DutyChanges()
    with ws.session() as s:
        add_entries(s, DUTIES, _duties(), source, changes)
        add_entries(s, BOUNDARIES, _boundaries(), source, changes)
        add_entries(s, SUPERVISION, _supervision(), source, changes)
        add_entries(s, SERVICES, _services(), source, changes)
    spot = generate_spot_checks(ws, source)
    changes.created += spot.created
    changes.parts |= spot.parts
    return changes
