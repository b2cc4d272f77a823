"""Search-box strings: words between spaces, no punctuation and often no asking word ('政协 2019 水费 电费 合计',
'人大事务 项级科目', '江苏人大 2019 政府采购 货物 服务'). Each is rewritten into the question it stands for, or read
as one part per name it prints."""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from core.qa.operation import _execution_question
from core.qa.words import CUES, HAN, _any
from core.types import Part

TYPED = re.compile(r"[？?，,。；;、：:]|多少|几|什么|哪|吗")


def search_rewrite(text: str) -> str:
    """The string as the question it stands for, where it names what it lists or the categories it asks."""
    return _changes_asked(_listing_words(_categories_asked(text)))


def _changes_asked(text: str) -> str:
    """'江苏高院 2018 会议费 培训费 增减': names ending with a change word ask each one's change."""
    tokens = text.split()
    if TYPED.search(text) or len(tokens) < 3 or not re.fullmatch(CUES["keyword_change"], tokens[-1], re.I):
        return text
    names = [t for t in tokens[:-1] if HAN.search(t) and not re.search(CUES["keyword_scope"], t) and not re.fullmatch(r"20\d\d年?度?", t)]
    if len(names) < 2:
        return text
    rest = [t for t in tokens[:-1] if t not in names]
    return " ".join(rest) + " " + "、".join(names) + "各比上年增减多少"


def search_parts(text: str, names: Callable[[], set[str]] | None) -> list[Part] | None:
    """One part per name the string prints, or one sum of them where a word adds them up ('水费 电费 合计',
    'A 加 B')."""
    searched, summed = _added_up(text)
    keywords = _keywords(searched, names)
    if not keywords:
        terms = search_terms(searched)
        if terms and summed:
            return [Part(text, "sum", text, [re.sub("多少$", "", x) for x in terms])]
        return [Part(t, "lookup", t) for t in terms] if terms else None
    rest = " ".join(re.sub("|".join(map(re.escape, keywords)), " ", searched).replace("“", " ").replace("”", " ").split())
    if summed:
        return [Part(text, "sum", text, [f"{rest} {keywords[0]}".strip()] + keywords[1:])]
    return [Part(f"{rest} {k}".strip(), "lookup", k) for k in keywords]


def _keywords(text: str, printed: Callable[[], set[str]] | None) -> list[str] | None:
    """'政协 2019 提租补贴 住房公积金', 'npc 2019 三公经费 total 会议费': a search-box query (no punctuation, no
    question words) that prints two lines' names or more asks each of them."""
    if printed is None or re.search(r"[？?，,。；;、：:]|多少|几|什么|哪|吗|是否|\b(?:what|how|which|why|is|are|does|did)\b", text):
        return None
    names = printed()       # (the printed names are gathered only for a query that may be one)
    runs = [r.strip("“”\"'") for r in re.findall(r"[\u4e00-\u9fff（）“”()]+", text)]
    named = [r for r in runs if r in names or len(r) >= 4 and any(r in n for n in names)]
    return named if len(named) >= 2 and len(set(named)) == len(named) else None


def _listing_words(text: str) -> str:
    """'人大事务 项级科目', '绩效目标 项目名称', '决算 九张表 表名': a search-box string naming what it lists asks
    which they are ('… 人大事务 有哪些项级科目')."""
    if TYPED.search(text):
        return text
    tokens = text.split()
    listed = [t for t in tokens if re.fullmatch(CUES["keyword_lists"], t)]
    if len(tokens) < 2 or len(listed) != 1 or any(re.fullmatch(CUES["keyword_adds"], t, re.I) for t in tokens):
        return text
    return " ".join(t for t in tokens if t != listed[0]) + " 有哪些" + listed[0]


def _categories_asked(text: str) -> str:
    """'江苏人大 2019 政府采购 货物 服务': a search-box string naming procurement categories asks each of them."""
    if TYPED.search(text) or not re.search(CUES["purchase_words"], text, re.I):
        return text
    tokens = text.split()
    kinds = [t for t in tokens if re.fullmatch(r"(?:货物|工程|服务)类?", t)]
    adds = [i for i, t in enumerate(tokens) if re.fullmatch(CUES["keyword_adds"], t, re.I)]
    first = min((i for i, t in enumerate(tokens) if t in kinds), default=len(tokens))
    if len(kinds) < 2 or any(i > first for i in adds):
        return text
    # ('政府采购 total 货物 服务'): a total before the categories is the procurement total, asked with each
    total = ["总额"] if adds else []
    return " ".join(t for i, t in enumerate(tokens) if t not in kinds and i not in adds) + " " + "、".join(total + kinds) + "各多少"


def _added_up(text: str) -> tuple[str, bool]:
    """A search-box string (words between spaces, no punctuation) that adds its names up: the string without the
    adding words, and whether it had them."""
    if re.search(r"[？?，,。；;、：:]", text):
        return text, False
    tokens = text.split()
    adding = re.compile(CUES["keyword_adds"], re.I)
    between = [i for i, t in enumerate(tokens[1:-1], 1) if re.fullmatch(r"加|\+|plus", t, re.I)]
    last = len(tokens) > 2 and bool(adding.fullmatch(tokens[-1]))
    if not (last or between):
        return text, False
    kept = [t for i, t in enumerate(tokens) if i not in between and not (last and i == len(tokens) - 1)]
    return " ".join(kept), True


def search_terms(text: str) -> list[str] | None:
    """'万里街道 2023 车辆 一般公务用车 执法执勤用车 几辆': a Chinese search-box string of several names, each asked with
    the ask tokens it carries ('几辆', '人数', '总额'); the first token naming the department and the year are scope."""
    if re.search(r"[？?，,。；;、：:]|[a-z]{2,}|什么|哪|吗|是否|为什么|为啥", text, re.I) or any(
            _any(CUES[k], text) for k in ("reason", "define", "purpose_asks", "list", "change", "share")) \
            or re.search(CUES["purchase_words"], text, re.I):
        return None     # (a reason, a meaning, a change or a purchase asked of the names is asked of them together)
    if _execution_question(text):
        return None     # ('事业单位医疗 全年预算 决算数': one line's budget against its spending)
    tokens = text.split()
    if any(re.search(r"多少|几", t) and not re.fullmatch(CUES["keyword_asks"], t) for t in tokens):
        return None     # ('三公经费 预算多少 实际花了多少': asks of one name, not names)
    year = re.compile(r"20\d\d年?度?")
    scope = " ".join(t for t in tokens if year.fullmatch(t))
    tokens = [t for t in tokens if not year.fullmatch(t)]
    if tokens and re.search(CUES["keyword_scope"], tokens[0]):
        tokens = tokens[1:]
    # a counted thing ending the string is counted of every name ('联谊俱乐部 博物馆 在职人员': each one's staff)
    counted = tokens[-1] if len(tokens) >= 3 and re.fullmatch(CUES["keyword_counted"], tokens[-1]) else ""
    tokens = tokens[:-1] if counted else tokens
    # an ask token after a name asks it ('政府采购预算 总额 货物 服务'); those ending the string ask every name
    trailing = list(itertools.takewhile(lambda t: re.fullmatch(CUES["keyword_asks"], t), reversed(tokens)))
    named: list[list[str]] = []
    for t in tokens[:len(tokens) - len(trailing)]:
        if re.fullmatch(CUES["keyword_asks"], t) and named:
            named[-1][1] += t
        elif HAN.search(t) and not re.fullmatch(CUES["keyword_asks"], t):
            named.append([t, ""])
    if len(named) < 2 or len({n for n, _ in named}) < len(named):
        return None
    every = counted + ("".join(reversed(trailing)) or "多少" * bool(counted))
    return [f"{scope} {n}{own or every or '多少'}".strip() for n, own in named]
