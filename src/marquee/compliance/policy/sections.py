"""The 개인정보 처리방침, generated from what the system declares and does (L7.1).

One small builder per section. Every fact comes from the inventory (items, purposes,
retention rules, processors, provision rules, cookies, safeguards), from the statements
apps declare about their own features, from the engine's own constants (retention
methods, notice periods, rights deadlines) or from settings (officer, customer centre,
complaint bodies). Change a declaration and the policy changes with it; nothing here
describes a feature the code does not have (sections without a feature say so).

Section numbers follow the operator's 2024-03-07 policy (§1–§15), with the titles and
contents corrected to PIPA 30 and 시행령 31 where the law is stricter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from marquee.compliance.rights.deadlines import (
    AUTOMATED_DEADLINE_DAYS,
    REQUESTABLE,
)
from marquee.privacy.api import (
    CRYPTO_SHRED,
    Category,
    Channel,
    CookieCategory,
    SafeguardKind,
    inventory,
    resolve,
)
from marquee.privacy.api import purposes as purpose_index

from . import contacts, leadtime
from .document import Block, Document, Section, bullets, h, p, table

# The destruction method in the policy's Korean: CRYPTO_SHRED (the destruction log's
# wording) without its English gloss (issue 15: no English words on the pages).
POLICY_SHRED = CRYPTO_SHRED.replace("(crypto-shredding)", "")

TITLE = "개인정보 처리방침"


@dataclass(frozen=True)
class Spec:
    key: str
    title: str
    build: Callable[[], list[Block]]
    material: bool = False


def _statements(section: str) -> list[Block]:
    found = sorted((s for s in inventory.statements.values() if s.section == section),
                   key=lambda s: (s.order, s.key))
    blocks = []
    for statement in found:
        blocks.append(p(resolve(statement.text)))
        if items := statement.bullet_texts():
            blocks.append(bullets(items))
    return blocks


def _labels(keys) -> str:
    return ", ".join(inventory.items[k].label for k in keys if k in inventory.items)


def _used_rules():
    """Rules some item or stored record actually follows; an unused rule is not policy."""
    used = {key for item in inventory.items.values() for key in item.retention}
    used |= {target.rule for target in inventory.targets}
    return [rule for key, rule in inventory.rules.items() if key in used]


def _rule_period(rule) -> str:
    if rule.period.label == "목적 달성 즉시":
        return rule.label
    return f"{rule.trigger.label} {rule.period.label}"


def _rule_subjects(rule) -> str:
    items = [i.label for i in inventory.items.values() if rule.key in i.retention]
    if not items:
        items = [t.category for t in inventory.targets if t.rule == rule.key]
    return ", ".join(dict.fromkeys(items)) or "-"


# --- the sections ------------------------------------------------------------------------


def preamble() -> list[Block]:
    op = contacts.operator()
    return [
        p(f"{op['company']}(이하 '회사')는 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 "
          "보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 다음과 같이 개인정보 "
          "처리방침을 수립·공개합니다."),
        p(f"이 처리방침은 회사가 운영하는 {op['service']} 서비스의 개인정보 처리 시스템에 선언된 "
          "처리 항목, 목적, 보유 기간, 위탁·제공 내역과 보호 조치로부터 생성됩니다."),
    ]


def items() -> list[Block]:
    rows = [(category.label, item.label, item.channel.label)
            for category in Category for item in inventory.items_in(category)]
    channels = [c.label for c in Channel if any(i.channel == c for i in inventory.items.values())]
    without_consent = [i for i in inventory.items.values() if not i.needs_consent]
    consents = [c for c in inventory.consents.values() if not c.required and c.items]
    blocks = [
        p("회사는 회원제 영화 예매 서비스를 제공하기 위하여 다음의 개인정보를 처리합니다."),
        h("(1) 처리하는 개인정보 항목"),
        table(("구분", "항목", "수집 경로"), rows),
        h("(2) 개인정보 수집 방법"),
        bullets(channels),
        h("(3) 동의 없이 처리하는 개인정보 (개인정보 보호법 제22조제3항)"),
        p("다음 항목은 서비스 이용계약의 체결·이행이나 법령상 의무의 준수에 필요하여 정보주체의 "
          "동의 없이 처리합니다."),
        table(("항목", "처리 근거", "목적"), [
            (i.label, ", ".join(dict.fromkeys(pp.basis.label for pp in i.purposes)),
             ", ".join(pp.label for pp in i.purposes)) for i in without_consent]),
    ]
    if consents:
        blocks += [
            h("(4) 동의를 받아 처리하는 개인정보"),
            table(("동의", "항목", "목적", "보유 기간", "동의를 거부할 권리 및 불이익"), [
                (c.title, _labels(c.items), c.purpose, c.retention, c.refusal) for c in consents]),
        ]
    return blocks + _statements("items")


def purposes() -> list[Block]:
    rows = []
    for purpose in inventory.purposes.values():
        covered = purpose_index.items_for(purpose)
        if covered:
            rows.append((purpose.label, purpose.description, purpose.basis.label,
                         ", ".join(i.label for i in covered)))
    return [
        p("회사는 다음의 목적을 위하여 개인정보를 처리하며, 다음의 목적 이외의 용도로는 "
          "이용하지 않습니다."),
        table(("목적", "세부 내용", "법적 근거", "처리 항목"), rows),
        *_statements("purposes"),
    ]


def retention() -> list[Block]:
    rules = _used_rules()
    internal = [r for r in rules if not r.citation and r.period.label != "목적 달성 즉시"]
    legal = [r for r in rules if r.citation]
    at_end = [r for r in rules if not r.citation and r.period.label == "목적 달성 즉시"]
    blocks = [p("회사는 법령에 따른 보유·이용 기간 또는 정보주체로부터 동의받은 보유·이용 기간 안에서 "
                "개인정보를 처리·보유하며, 처리 목적이 달성되면 지체 없이 파기합니다. 다만 다음의 "
                "정보는 아래의 이유로 명시한 기간 동안 보존합니다.")]
    if internal:
        blocks += [h("(1) 회사 내부 방침에 의한 보존"),
                   table(("보존 항목", "해당 정보", "보존 근거", "보존 기간"),
                         [(r.label, _rule_subjects(r), r.basis, _rule_period(r)) for r in internal])]
    if legal:
        blocks += [h("(2) 관계 법령에 의한 보존"),
                   table(("보존 항목", "해당 정보", "근거 법령", "보존 기간"),
                         [(r.label, _rule_subjects(r), r.citation, _rule_period(r)) for r in legal])]
    if at_end:
        blocks += [h("(3) 목적 달성 시 파기하는 정보"),
                   table(("보유 기간", "해당 정보", "파기 시점"),
                         [(r.label, _rule_subjects(r), r.basis) for r in at_end])]
    return blocks + _statements("retention")


def destruction() -> list[Block]:
    timing = contacts.destruction()
    every = timing["sweep_every_days"]
    # What the separate store keeps: the rules of the items stored there.
    kept_rules = dict.fromkeys(
        inventory.rules[key].label for item in inventory.items.values()
        if any(f.startswith("archive.") for f in item.fields) for key in item.retention)
    targets = [(t.category, inventory.rules[t.rule].label,
                _rule_period(inventory.rules[t.rule])) for t in inventory.targets]
    return [
        h("(1) 파기 절차"),
        bullets([
            f"회원 탈퇴 시: {', '.join(kept_rules) or '관계 법령이 보존을 요구하는 기록'}은 "
            "운영 데이터베이스와 분리된 별도의 데이터베이스로 옮겨 보관하고, 그 밖의 개인정보는 "
            "즉시 파기합니다. 분리 보관하는 기록은 법령에 따른 보존 목적 외에는 이용하지 않습니다.",
            f"보존 기간이 끝난 개인정보는 {'매일' if every == 1 else f'{every}일마다'} 실행되는 파기 "
            f"작업이 찾아 파기하며, 보존 기간이 끝난 날부터 {timing['deadline_days']}일 이내에 "
            "파기합니다.",
            "파기할 때마다 파기 대상의 종류, 건수, 방법, 일시, 근거가 된 보존 규칙과 실행자를 "
            "기록하며, 이 기록에는 파기한 개인정보를 남기지 않습니다.",
        ]),
        h("(2) 파기 방법"),
        bullets([
            "전자적 파일 형태의 개인정보는 회원별 암호키로 암호화하여 저장하며, 파기할 때에는 "
            f"{POLICY_SHRED}하여 백업본을 포함한 모든 사본을 복구할 수 없게 합니다.",
            "분리 보관하는 기록은 보존 규칙과 만료 월별로 별도의 암호키로 암호화하고, 그 달의 "
            "보존 기간이 모두 끝나면 암호키를 파기합니다.",
        ]),
        h("(3) 정기 파기 대상"),
        table(("대상", "보존 규칙", "보존 기간"), targets),
        *_statements("destruction"),
    ]


def withdrawal() -> list[Block]:
    optional = [c.title for c in inventory.consents.values() if not c.required]
    return [
        p("회원은 가입할 때 또는 이후에 동의한 개인정보의 수집·이용·제공에 대한 동의를 언제든지 "
          "철회할 수 있습니다. 철회할 수 있는 동의는 다음과 같습니다."),
        bullets(optional),
        *_statements("withdrawal"),
    ]


def provision() -> list[Block]:
    rules = list(inventory.provisions.values())
    blocks = [
        p("회사는 정보주체의 개인정보를 2항에서 밝힌 목적 범위 안에서만 처리하며, 다음의 경우에만 "
          "제3자에게 제공합니다."),
        bullets([
            "정보주체가 사전에 동의한 경우 (개인정보 보호법 제17조제1항제1호)",
            "법률에 특별한 규정이 있거나 법령상 의무를 준수하기 위하여 불가피한 경우, 수사기관 등이 "
            "법령에 정해진 절차와 방법에 따라 요청한 경우 (개인정보 보호법 제17조제1항제2호, "
            "제18조제2항)",
        ]),
        h("(1) 동의를 받아 제공하는 경우"),
    ]
    if rules:
        blocks.append(table(("제공받는 자", "제공 목적", "제공 항목", "보유·이용 기간"), [
            (r.recipient, r.purpose, _labels(r.items), r.retention) for r in rules]))
    else:
        blocks.append(p("현재 정보주체의 동의를 받아 개인정보를 제3자에게 제공하는 경우는 없습니다."))
    return blocks + _statements("provision")


def processors() -> list[Block]:
    rows = [(pr.name, pr.task, _labels(pr.items), pr.contract_period,
             ", ".join(pr.sub_processors) or "없음") for pr in inventory.processors.values()]
    blocks = [
        p("회사는 원활한 서비스 제공을 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있으며, "
          "수탁자가 개인정보를 안전하게 처리하도록 관리·감독합니다 (개인정보 보호법 제26조)."),
        table(("수탁자", "위탁 업무", "위탁 항목", "위탁 기간", "재위탁(재수탁자)"), rows),
    ]
    return blocks + _statements("processors")


def transfer() -> list[Block]:
    """PIPA 28-8②: everything the policy must state about each transfer abroad. A
    section of its own, material like third-party provision: adding a processor abroad
    needs the 30-day notice (L7.2)."""
    abroad = [pr for pr in inventory.processors.values() if pr.abroad]
    if not abroad:
        return [p("회사는 정보주체의 개인정보를 국외로 이전하지 않습니다."), *_statements("transfer")]
    rows = [(pr.name, pr.transfer.contact, pr.country, _labels(pr.items),
             pr.transfer.when_and_how, pr.task, pr.transfer.retention, pr.transfer.refusal)
            for pr in abroad]
    return [
        p("회사는 다음과 같이 개인정보를 국외로 이전하여 처리하고 있습니다 "
          "(개인정보 보호법 제28조의8)."),
        table(("이전받는 자", "연락처", "이전 국가", "이전 항목", "이전 일시 및 방법", "이전 목적",
               "보유·이용 기간", "거부 방법 및 거부 시 효과"), rows),
        *_statements("transfer"),
    ]


def rights() -> list[Block]:
    return [
        p("정보주체(만 14세 미만 아동의 경우 그 법정대리인)는 회사에 대하여 언제든지 다음의 권리를 "
          "행사할 수 있습니다."),
        table(("권리", "근거", "처리 기한"), [
            (f"개인정보 {kind.label} 요구", kind.article,
             f"요구를 받은 날부터 {kind.deadline_days}일 이내") for kind in REQUESTABLE]),
        *_statements("rights"),
    ]


def automated() -> list[Block]:
    """PIPA 37-2 and 시행령 44-4 (L5.2): every decision the system makes about a person
    with no one in the loop, from the apps' DECISIONS declarations."""
    decisions = list(inventory.decisions.values())
    if not decisions:
        return [p("회사는 정보주체에 대하여 완전히 자동화된 시스템으로 개인정보를 처리하여 결정을 "
                  "내리지 않습니다.")]
    rows = [(d.label, d.stage, resolve(d.criteria), _labels(d.items), resolve(d.effect),
             d.basis or "서비스 운영 정책") for d in decisions]
    return [
        p("회사는 다음의 경우 사람의 개입 없이 자동화된 시스템으로 개인정보를 처리하여 결정을 "
          "내립니다 (개인정보 보호법 제37조의2)."),
        table(("자동화된 결정", "적용 단계", "판단 기준", "이용하는 개인정보", "결정의 효과", "근거"),
              rows),
        p("정보주체는 이러한 결정에 대하여 설명을 요구하거나, 사람이 다시 검토해 줄 것을 요구하거나, "
          "결정을 거부할 수 있습니다. 마이페이지 > 개인정보 권리 행사에서 해당 결정을 골라 요구하시거나, "
          "로그인할 수 없는 경우 아래 개인정보 보호책임자에게 전화, 서면 또는 이메일로 요구하실 수 "
          f"있습니다. 회사는 요구를 받은 날부터 {AUTOMATED_DEADLINE_DAYS}일 이내에 결정의 기준과 "
          "처리 과정을 설명하거나, 사람이 다시 검토한 결과를 알려 드립니다."),
        *_statements("automated"),
    ]


def cookies() -> list[Block]:
    declared = list(inventory.cookies.values())
    optional = [c for c in declared if c.category != CookieCategory.NECESSARY]
    necessary = [c for c in declared if c.category == CookieCategory.NECESSARY]
    automatic = inventory.items_in(Category.AUTOMATIC)
    blocks = [
        p("쿠키는 웹사이트를 운영하는 서버가 이용자의 브라우저에 보내는 작은 텍스트 "
          "파일로, 이용자의 기기에 저장됩니다. 회사는 다음의 쿠키를 사용합니다."),
        h("(1) 사용하는 쿠키"),
        table(("쿠키", "구분", "목적", "보관 기간"), [
            (resolve(c.name), c.category.label, c.purpose, resolve(c.lifetime)) for c in declared]),
    ]
    if not optional:
        blocks.append(p("회사는 이용 행태 분석이나 맞춤형 광고를 위한 분석·광고 쿠키를 사용하지 "
                        "않습니다."))
    blocks += [
        h("(2) 서비스 이용 과정에서 자동으로 생성·수집되는 정보"),
        bullets(f"{i.label} (보유 기간: "
                f"{', '.join(_rule_period(inventory.rules[r]) for r in i.retention)})"
                for i in automatic),
        h("(3) 쿠키 저장을 거부하는 방법"),
        p("이용자는 웹 브라우저의 설정에서 모든 쿠키를 허용하거나, 쿠키를 저장할 때마다 확인을 "
          "거치거나, 모든 쿠키의 저장을 거부할 수 있습니다. (예: Chrome은 설정 > 개인정보 보호 및 "
          "보안 > 서드 파티 쿠키, Edge는 설정 > 쿠키 및 사이트 권한, Safari는 설정 > 개인정보 "
          "보호)"),
    ]
    if necessary:
        blocks.append(p(f"다만 필수 쿠키({', '.join(resolve(c.name) for c in necessary)})의 저장을 "
                        "거부하면 로그인과 예매 등 서비스를 이용할 수 없습니다."))
    return blocks + _statements("cookies")


def links() -> list[Block]:
    return _statements("links") or [
        p("현재 서비스는 제휴사 등 다른 회사의 웹사이트로 연결되는 링크를 제공하지 않습니다. "
          "링크를 제공하게 되면 이 처리방침을 변경하여 알려 드립니다.")]


def posts() -> list[Block]:
    return _statements("posts") or [
        p("현재 서비스는 회원이 글을 게시하는 게시판을 운영하지 않습니다. 게시판을 운영하게 되면 "
          "게시물의 보호와 삭제 기준을 이 처리방침에 추가하여 알려 드립니다.")]


def sensitive() -> list[Block]:
    """민감정보의 공개 가능성 및 비공개 선택 방법 (PIPA 23②, 작성지침): what the apps state
    about where sensitive information could show (public boards, seat kinds)."""
    return [p("회사는 사상·신념, 정치적 견해, 건강, 성생활 등에 관한 정보, 유전정보, 범죄경력자료 등 "
              "「개인정보 보호법」 제23조의 민감정보를 수집하지 않습니다."),
            *_statements("sensitive")]


def safeguards() -> list[Block]:
    blocks = [p("회사는 개인정보가 분실·도난·유출·위조·변조 또는 훼손되지 않도록 「개인정보 보호법」 "
                "제29조와 같은 법 시행령 제30조에 따라 다음의 안전성 확보 조치를 하고 있습니다.")]
    for kind in SafeguardKind:
        texts = [resolve(s.text) for s in inventory.safeguards.values()
                 if s.kind == kind and s.in_force()]
        if texts:
            blocks += [h(f"({len([b for b in blocks if b.kind == 'h']) + 1}) {kind.label}"),
                       bullets(texts)]
    return blocks + _statements("safeguards")


def complaints() -> list[Block]:
    centre = contacts.customer_centre()
    rows = [(label, centre[key]) for key, label in (
        ("hours", "운영 시간"), ("phone", "전화"), ("fax", "팩스"), ("email", "이메일"),
        ("address", "주소")) if centre.get(key)]
    blocks = [
        p("회사는 정보주체의 의견을 소중하게 생각하며, 개인정보와 관련한 문의·불만은 아래 "
          "고객센터로 접수하실 수 있습니다."),
        h("(1) 회사 고객센터"),
        table(("구분", "내용"), rows),
    ]
    if centre.get("reply"):
        blocks.append(p(centre["reply"]))
    blocks += [
        h("(2) 권익침해 구제 기관"),
        p("개인정보 침해에 대한 신고나 상담, 분쟁 조정이 필요하시면 아래 기관에 문의하실 수 "
          "있습니다."),
        table(("기관", "홈페이지", "전화"), [
            (b["name"], b.get("url", ""), b.get("phone", "")) for b in contacts.complaint_bodies()]),
    ]
    return blocks + _statements("complaints")


def officer() -> list[Block]:
    cpo = contacts.officer()
    rows = [(label, cpo[key]) for key, label in (
        ("name", "성명"), ("position", "직위"), ("department", "담당 부서"), ("email", "이메일"),
        ("phone", "전화"), ("fax", "팩스")) if cpo.get(key)]
    return [
        p("회사는 개인정보 처리에 관한 업무를 총괄하여 책임지고, 개인정보 처리와 관련한 정보주체의 "
          "불만 처리와 피해 구제를 위하여 다음과 같이 개인정보 보호책임자를 지정하고 있습니다 "
          "(개인정보 보호법 제31조). 개인정보 보호와 관련한 모든 문의와 권리 행사 요구는 개인정보 "
          "보호책임자에게 하실 수 있으며, 지체 없이 답변하고 처리합니다."),
        table(("구분", "내용"), rows),
        *_statements("officer"),
    ]


def changes() -> list[Block]:
    return [
        p(f"이 개인정보 처리방침의 내용이 추가·삭제·수정되는 경우 시행일 최소 "
          f"{leadtime.NOTICE_DAYS}일 전부터 홈페이지의 '공지사항'을 통해 알립니다. 다만 수집하는 "
          "개인정보 항목, 처리 목적, 제3자 제공 등 정보주체의 권리에 중요한 변경이 있는 경우에는 "
          f"최소 {leadtime.MATERIAL_NOTICE_DAYS}일 전에 알립니다."),
        p("새 버전은 게시할 때 이전 버전과 자동으로 비교하여 처리 항목·목적·제3자 제공의 변경 "
          "여부를 판단하며, 위 기간보다 이른 시행일로는 게시할 수 없습니다. 이전의 모든 버전과 "
          "버전별 변경 내용은 이 페이지에서 확인하실 수 있습니다."),
        *_statements("changes"),
    ]


SECTIONS: tuple[Spec, ...] = (
    Spec("items", "처리하는 개인정보 항목 및 수집 방법", items, material=True),
    Spec("purposes", "개인정보의 처리 목적", purposes, material=True),
    Spec("retention", "개인정보의 보유 및 이용 기간", retention),
    Spec("destruction", "개인정보의 파기 절차 및 방법", destruction),
    Spec("withdrawal", "개인정보 수집·이용·제공 동의의 철회(회원 탈퇴)", withdrawal),
    Spec("provision", "개인정보의 제3자 제공", provision, material=True),
    Spec("processors", "개인정보 처리업무의 위탁", processors),
    Spec("transfer", "개인정보의 국외 이전", transfer, material=True),
    Spec("rights", "정보주체와 법정대리인의 권리·의무 및 행사 방법", rights),
    Spec("automated", "자동화된 결정에 관한 사항", automated),
    Spec("cookies", "개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항", cookies),
    Spec("links", "링크 사이트", links),
    Spec("posts", "게시물", posts),
    Spec("sensitive", "민감정보의 공개 가능성 및 비공개 선택 방법", sensitive),
    Spec("safeguards", "개인정보의 안전성 확보 조치", safeguards),
    Spec("complaints", "의견 수렴, 불만 처리 및 권익침해 구제 방법", complaints),
    Spec("officer", "개인정보 보호책임자", officer),
    Spec("changes", "개인정보 처리방침의 변경", changes),
)
SECTION_KEYS = tuple(spec.key for spec in SECTIONS)
MATERIAL_KEYS = frozenset(spec.key for spec in SECTIONS if spec.material)


def render() -> Document:
    """The policy as the system stands now (the draft of the next version)."""
    return Document(
        title=TITLE,
        preamble=Section("preamble", 0, "머리말", tuple(preamble())),
        sections=tuple(Section(spec.key, number, spec.title, tuple(spec.build()), spec.material)
                       for number, spec in enumerate(SECTIONS, start=1)),
    )
