"""A procurement table read as the tree it prints: category (一、货物A) > project (专项名称, with its economic line)
> purchases (采购物品名称, each with how it is bought). The columns of these tables often slip on the page, so a row
is placed by what it holds, not where: a row naming a way of buying (分散自行组织, 政府集中采购) is a purchase; any
other row under a category is a project. Answers 'which projects buy printing', 'which projects are services',
'which services are bought' and a purchase within a named project."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from core.qa.common import CUES, han_bigrams, row_name, without_own_department
from core.qa.gloss import explained, leftover_words
from core.qa.numbers import CHANGE_ASKED
from core.qa.words import ranked_count
from core.types import Answer, AnswerFact, AnswerItem, Citation, ParsedDocument, Table

METHOD = re.compile(CUES["procurement_methods"])
CATEGORY = re.compile(r"^[一二三四五六七八九十]+、")
AMOUNT = re.compile(r"-?[\d,]+(?:\.\d+)?")


@dataclass
class Row:
    name: str
    amount: Decimal
    index: int


@dataclass
class Project(Row):
    category: str = ""
    purchases: list[Row] = field(default_factory=list)


def tree(table: Table) -> list[Project]:
    projects: list[Project] = []
    category = ""
    for i, row in enumerate(table.rows):
        cells = [c.strip() for c in row if c and c.strip()]
        amounts = [c for c in cells if AMOUNT.fullmatch(c)]
        words = [c for c in cells if not AMOUNT.fullmatch(c) and not METHOD.fullmatch(c)]
        if not amounts or not words or re.search(r"合计|总计", words[0]):
            continue
        amount = Decimal(amounts[-1].replace(",", ""))
        if CATEGORY.match(words[0]):
            category = row_name(words[0])
        elif any(METHOD.fullmatch(c) for c in cells):
            if projects:
                projects[-1].purchases.append(Row(words[0], amount, i))
        elif category:
            projects.append(Project(words[0], amount, i, category))
    # a tree only where the table prints ways of buying
    return projects if any(p.purchases for p in projects) else []


def _cite(a: Answer, doc: ParsedDocument, table: Table, rows: list[int]) -> int:
    names = [" ".join(c.strip() for c in table.rows[i] if c and c.strip()) for i in rows]
    page = table.row_pages[rows[0]] if rows and len(table.row_pages) > rows[0] and table.row_pages[rows[0]] else table.page
    return a.cite(Citation(doc.document.name, table.display_title, None, page, names[:8], table_id=table.id))


def _bare(name: str) -> str:
    """A name without its bracketed note ('台式计算机（20万以下）')."""
    return re.sub(r"[（(][^）)]*[）)]", "", name)


def _stem(name: str) -> str:
    return re.sub(r"(?:购置|专项)?(?:经费|费)$", "", _bare(name))


def _generic(projects: list[Project]) -> set[str]:
    """Pairs that name no one purchase: the category words and the table's own words."""
    return han_bigrams("".join({p.category for p in projects}) + "采购物品专项预算")


def _matches(name: str, q: str, generic: set[str]) -> bool:
    """The question names the purchase: all of it, or a pair of it that is not a category word ('印刷服务' for
    印刷和出版服务, but not 服务 alone)."""
    bare = _bare(name)
    return bare in q or bool((han_bigrams(bare) - generic) & han_bigrams(q))


def procurement_list(question: str, q: str, lang: str, doc: ParsedDocument, label: str) -> Answer | None:
    """'服务类采购涉及哪些专项' / '哪些专项是买印刷服务的' / '打算买哪些服务'."""
    if not re.search(r"采购|procure|purchas|buy|bought", q):
        return None
    for table in doc.tables:
        if table.kind != "procurement":
            continue
        projects = tree(table)
        if not projects:
            continue
        categories = {p.category for p in projects}
        top, low = re.search(CUES["extreme_max"], q, re.I), re.search(CUES["extreme_min"], q, re.I)
        ranked = bool(top) != bool(low)
        asked_category = next((c for c in categories if c and re.search(c + r"类?(?:采购)?", q)), None)
        # ('“省政协专项会议”的会议费要采购哪些服务': 专项 inside a printed project name does not ask projects)
        # ('“办公设备购置费”专项下列了哪些物品': the word after a printed name is that project, not a question of projects)
        unnamed = re.sub("|".join(re.escape(_bare(p.name)) + r"[费”\"']*(?:专项|项目)?" for p in projects), " ", q)
        wants_projects = bool(re.search(CUES["procurement_projects"], unnamed))
        generic = _generic(projects)
        named = [] if wants_projects else _projects_named(projects, q, leftover_words(q) if lang == "en" else set(),
                                                          generic, stems=True, doc=doc)
        asked = without_own_department(q, doc)      # ('省人大办公厅…': 办公 there names no purchase)
        bought = [p for p in projects if any(_matches(x.name, asked, generic) for x in p.purchases)]
        if named:       # 'list the items bought with the office-equipment money': that project's purchases
            # (of the category named, when the project is printed under two: '…专项会议要采购哪些服务')
            named = [p for p in named if p.category == asked_category] or named
            shown = [(x.name, x.amount, [p.index, x.index]) for p in named for x in p.purchases]
        elif wants_projects and bought:
            shown = [(p.name, p.amount, [p.index] + [x.index for x in p.purchases if _matches(x.name, q, generic)])
                     for p in bought]
        elif wants_projects and asked_category:
            shown = [(p.name, p.amount, [p.index]) for p in projects if p.category == asked_category]
        elif asked_category:
            seen: dict[str, tuple] = {}
            for p in projects:
                if p.category == asked_category:
                    for x in p.purchases:
                        name, amount, rows = seen.get(x.name, (x.name, Decimal(0), []))
                        seen[x.name] = (name, amount + x.amount, rows + [x.index])
            shown = list(seen.values())
        elif ranked:       # 'the two largest purchases in the procurement budget': of every project
            shown = [(p.name, p.amount, [p.index]) for p in projects]
        else:
            continue
        if not shown:
            continue
        if ranked and len(shown) >= 2:        # '其中金额最大的采购物品是什么', 'which … has the largest amount'
            shown = sorted(shown, key=lambda x: x[1], reverse=bool(top))[:ranked_count(q) or 1]
            named = []
        a = Answer(question, lang, "list", "", document=doc.document.name)
        for name, amount, rows in shown:
            idx = _cite(a, doc, table, rows)
            a.items.append(AnswerItem(None, name, amount, table.unit or "万元", [idx]))
            a.facts.append(AnswerFact(name, amount, table.unit or "万元", None, [idx]))     # each amount stated
        a.answer = f"{label}（{table.display_title}）：" + "；".join(
            f"{n} {amt} {table.unit or '万元'}" for n, amt, _ in shown)
        if named and len(named) == 1:       # the project's own total, which its purchases make up
            p = named[0]
            a.facts.append(AnswerFact(f"{p.name}（总计）", p.amount, table.unit or "万元", None,
                                      [_cite(a, doc, table, [p.index])]))
            a.answer += f"；{p.name}合计 {p.amount} {table.unit or '万元'}"
        return a
    return None


def _projects_named(projects: list[Project], q: str, words: set[str], generic: set[str],
                    least: int = 2, fuzzy: bool = True, stems: bool = False,
                    doc: ParsedDocument | None = None) -> list[Project]:
    """The projects the question names (a name may be printed under two categories): printed in it, or (in
    English) the one name whose glosses and characters explain the most of its words, at least `least`."""
    # (or, for a list of what it buys, without its closing fee word: '买了哪些办公设备' for 办公设备购置费)
    # (or without the department's own name, which the question's scope took away: '开全委会' for 省政协全委会)
    short = {p.name: without_own_department(_bare(p.name), doc).strip() if doc else "" for p in projects}
    printed = [p for p in projects if _bare(p.name) in q or len(short[p.name]) >= 3 and short[p.name] in q
               or stems and len(_stem(p.name)) >= 4 and _stem(p.name) in q]
    # a printed word may be a term the map gave ('rent' -> 租赁费) inside a longer name the other words describe
    # ('rent the Jiangsu courts cloud platform' -> 江苏法院云平台租赁费, '租赁费 办公用房' -> 办公房租赁费)
    scores: dict[str, float] = {}
    for p in projects:
        own = han_bigrams(p.name) - generic
        shared = len(own & han_bigrams(q))
        # (a name most of whose words the question has, against a shorter one printed in it)
        # (most: three in five against a printed shorter name, three in four otherwise)
        most = shared >= 3 and shared * (5 if printed else 4) >= len(own) * 3
        if explained(p.name, words) or p in printed or fuzzy and most:
            scores[p.name] = len(explained(p.name, words)) + shared + 0.5 * (p in printed)
    ranked = sorted(scores.values(), reverse=True)
    if not ranked or ranked[0] < least or len(ranked) > 1 and ranked[1] == ranked[0]:
        return printed
    return [p for p in projects if scores.get(p.name) == ranked[0]]


def purchase_in_project(question: str, q: str, lang: str, doc: ParsedDocument, label: str,
                        worded: bool = True) -> Answer | None:
    """'省政协专项会议的会议服务采购预算是多少': one purchase of a project the question names; in English the
    names are read by their dictionary glosses ('conference services for the fifth session of the 12th provincial
    people's congress'). A project named in English with no purchase of it asked is its total."""
    if not worded and CHANGE_ASKED.search(q):
        return None     # a procurement table states no year before: a change is not read in it
    words = leftover_words(q) if lang == "en" else set()
    for table in doc.tables:
        projects = tree(table) if table.kind == "procurement" else []
        generic = _generic(projects)
        # ('开全委会，订酒店…' -> 住宿服务): a purchase the table prints, named whole, speaks of procurement too
        worded = worded or any(len(_bare(x.name)) >= 4 and _bare(x.name) in q for p in projects for x in p.purchases)
        # (most of a name, only where the question speaks of procurement: '办公设备购置' is also a budget line)
        named = _projects_named(projects, q, words, generic, 2 if worded else 3, fuzzy=worded, doc=doc)
        if not worded and not named:
            continue
        if worded and not named:
            # a purchase named without its project ('车辆维修' in the procurement table): the one it names best
            shared = {(p.index, x.index): len((han_bigrams(_bare(x.name)) - generic) & han_bigrams(q))
                      for p in projects for x in p.purchases}
            best = sorted(shared.items(), key=lambda kv: -kv[1])
            if best and best[0][1] >= 2 and (len(best) == 1 or best[1][1] < best[0][1]):
                (pi, xi), _ = best[0]
                p = next(p for p in projects if p.index == pi)
                x = next(x for x in p.purchases if x.index == xi)
                return _row_answer(question, lang, doc, table, label, [p.index, x.index], f"{p.name} / {x.name}",
                                   f"{p.name} 采购 {x.name}", x.amount)
        # without 'procurement', a printed project name may be a budget line of the same name: only with one of
        # its purchases printed beside it ('省政协专项会议的会议服务') is it the project
        exact = not worded and any(_bare(p.name) in q for p in named)
        spread = [p for p in named if p.name == named[0].name] if named and worded else []
        if len({p.category for p in spread}) >= 2 and re.search(CUES["together"], q, re.I) and not any(
                _bare(x.name) in q for p in spread for x in p.purchases) \
                and len([c for c in {p.category for p in spread} if c and c in q]) != 1:     # ('…的服务类…一共')
            # 'the plenary session, counting goods and services together': the project under each category, summed
            return _across_categories(question, lang, doc, table, label, spread)
        table_words = explained("".join({x.category for x in projects}) + "采购", words)
        for p in named:
            rest = q.replace(p.name, " ")
            left = words - explained(p.name, words) - table_words
            printed = [x for x in p.purchases if _bare(x.name) in rest]
            if not printed and p.category and re.search(re.escape(p.category) + "类", rest):
                # '省政协全委会会议的服务类采购一共多少钱': the project's total under the category named
                named_as = f"{p.name}（{p.category}）"
                return _row_answer(question, lang, doc, table, label, [p.index], named_as, named_as, p.amount)
            # (or its leading word, '家具' of 家具用具; not the head of a budget line: '会议费' is the project's line)
            printed = printed or [x for x in p.purchases if re.search(re.escape(_bare(x.name)[:2]) + "(?![费服])", rest)
                                  and not han_bigrams(_bare(x.name)[:2]) & generic]
            # a purchase printed whole in the question ('住宿服务') before one sharing a pair with it ('会议服务')
            hits = printed if exact or printed else \
                [x for x in p.purchases if _matches(x.name, rest, generic) or explained(x.name, left)]
            if len(hits) != 1:
                if (exact or worded) and [c for c in {x.category for x in projects} if c and c in rest] == [p.category]:
                    # '省政协全委会的货物': a project printed under two categories, in the one named
                    named_as = f"{p.name}（{p.category}）"
                    return _row_answer(question, lang, doc, table, label, [p.index], named_as, named_as, p.amount)
                continue
            x = hits[0]
            return _row_answer(question, lang, doc, table, label, [p.index, x.index], f"{p.name} / {x.name}",
                               f"{p.name} 采购 {x.name}", x.amount)
        if lang != "en" or len(named) != 1 or not worded:
            continue
        p = named[0]
        left = words - explained(p.name, words) - table_words
        if len(left) > 1 or left and len(explained(p.name, words)) < 3:
            continue        # a word the project does not explain may name a purchase it does not hold
        return _row_answer(question, lang, doc, table, label, [p.index], p.name, f"{p.name} 采购", p.amount)
    return None


def _across_categories(question: str, lang: str, doc: ParsedDocument, table: Table, label: str,
                       spread: list[Project]) -> Answer:
    unit = table.unit or "万元"
    a = Answer(question, lang, "number", "", document=doc.document.name)
    for p in spread:
        a.facts.append(AnswerFact(f"{p.name}（{p.category}）", p.amount, unit, None, [_cite(a, doc, table, [p.index])]))
    total = sum((p.amount for p in spread), Decimal(0))
    formula = " + ".join(str(p.amount) for p in spread) + f" = {total}"
    a.facts.append(AnswerFact(f"{spread[0].name}（合计）", total, unit, formula,
                              sorted({i for f in a.facts for i in f.citations})))
    a.answer = f"{label}（{table.display_title}）：" + "；".join(f"{p.name}（{p.category}） {p.amount} {unit}"
                                                             for p in spread) + f"；合计 {total} {unit}（{formula}）"
    return a


def _row_answer(question: str, lang: str, doc: ParsedDocument, table: Table, label: str, rows: list[int], name: str,
                shown: str, amount: Decimal) -> Answer:
    """One amount of the procurement table, cited to the rows that name it."""
    unit = table.unit or "万元"
    a = Answer(question, lang, "number", "", document=doc.document.name)
    a.facts.append(AnswerFact(name, amount, unit, None, [_cite(a, doc, table, rows)]))
    a.answer = f"{label}（{table.display_title}）：{shown} {amount} {unit}"
    return a


def largest_purchase(question: str, text: str, lang: str, doc: ParsedDocument) -> Answer | None:
    """'办公设备购置一共多少？其中最贵的是哪一项': the largest purchase of the project the part before read."""
    a = procurement_list(question, text, lang, doc, doc.document.department or doc.document.name)
    return a if a is not None and len(a.items) == 1 else None

