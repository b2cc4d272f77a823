"""List questions over a table's structure: the items under a named row ('“政协事务”款下面列了哪些项级科目',
'对个人和家庭的补助包括哪几项') by their codes, or the rows or columns of a table named by its title; else an
enumeration the prose prints ('内设10个股、办，分别是A、B、C').
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from decimal import Decimal

from core.qa.common import CUES, han_bigrams, template, without_own_department
from core.qa.document_parts import DocumentParts
from core.qa.groups import GROUPS, member_facts, named_group
from core.qa.sections import NUMBERED, _overlap, section_parts
from core.qa.procurement import procurement_list

from core.types import Answer, AnswerFact, AnswerItem, Citation, Fact, ParsedDocument, Passage, format_decimal

COMPOSITION = re.compile(CUES["composition_asked"], re.I)
MEASURE_HEADER = re.compile(r"(?:本年|上年|年初|全年|调整)?(?:预算|决算|执行)数?|金额|小计")
COLUMN_WORDS = re.compile(r"栏|[几些]列|列名|分列|columns?")     # '列了哪些' lists, it does not ask the columns
TOTAL = re.compile(r"合计|总计|小计|^项目$|^科目名称$")


def _name(label: str) -> str:
    return re.sub(r"^[一二三四五六七八九十]+、|^\d+[.、．]|（[类款项]）$", "", label).strip()


def _children(doc: ParsedDocument, row: Fact, q: str = "") -> list[Fact]:
    """Rows of the same table one code level below the named row (类 201 -> 款 20101, 款 -> 项, 301 -> 30101), or the
    level the question names ('208的项级科目': 2080505 …)."""
    code = row.code or ""
    level = {"项级": 7, "款级": 5}.get(next((w for w in ("项级", "款级") if w in q), ""), len(code) + 2)
    level = level if level > len(code) else len(code) + 2
    out, seen = [], set()
    for f in doc.facts:
        c = f.code or ""
        if f.table_id == row.table_id and c.startswith(code) and len(c) == level and c not in seen:
            seen.add(c)
            out.append(f)
    return out


def _partly_named(doc: ParsedDocument, q: str) -> list[Fact]:
    """'有哪些离退休科目': the coded lines sharing the longest run (3+ characters, not only generic words) with the
    question ('行政事业单位离退休'), when no line is named in full."""
    found: dict[int, list[Fact]] = {}
    for f in doc.facts:
        name = _name(f.label) if f.code else ""
        m = SequenceMatcher(None, name, q, autojunk=False).find_longest_match(0, len(name), 0, len(q))
        run = name[m.a:m.a + m.size]
        if m.size >= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", run) and re.sub(CUES["generic_line_words"], "", run):
            found.setdefault(m.size, []).append(f)
    return found[max(found)] if found else []


def _table_rows(doc: ParsedDocument, table_id: str) -> list[Fact]:
    out, seen = [], set()
    for f in doc.facts:
        name = _name(f.label)
        if f.table_id == table_id and name and not TOTAL.search(name) and name not in seen:
            seen.add(name)
            out.append(f)
    return out


def list_answer(question: str, q: str, lang: str, doc: ParsedDocument, label: str) -> Answer | None:
    whole = about_disclosure(question, lang, doc, label) or procurement_list(question, q, lang, doc, label)
    if whole is not None:
        return whole
    a = Answer(question, lang, "list", "", document=doc.document.name)
    group = named_group(q)
    if group and COMPOSITION.search(q + " " + question.lower()):
        # '“三公”经费由哪几项组成': each member with its printed figure
        members = member_facts(group, doc)
        headers = [x for t in doc.tables if t.kind == "three_public" for c in t.columns for x in c.split("/")]
        named = [next((h for h in headers if any(w in h for w in words) and not TOTAL.search(h)), None)
                 for words in GROUPS[group]["members"].values()]
        if len(members) < 2 and all(named):
            # a template's table with no figures ('XX'): the members as its columns name them
            a.items = [AnswerItem(None, n, None, None, [a.cite(Citation(doc.document.name, "“三公”经费", None, None, named))])
                       for n in named]
            a.answer = f"{label}：{group}：" + "、".join(named)
            return a
        if len(members) >= 2:
            table = next(t for t in doc.tables if t.id == members[0].table_id)
            idx = a.cite(Citation(doc.document.name, table.display_title, None, table.page,
                                  [f.label for f in members], table_id=table.id))
            names = [TOTAL.sub("", f.label) or f.label for f in members]
            a.items = [AnswerItem(None, n, f.value, f.unit, [idx]) for n, f in zip(names, members)]
            a.facts = [AnswerFact(n, f.value, f.unit, None, [idx]) for n, f in zip(names, members)]
            a.answer = (f"{label}：{group}由 {len(members)} 项组成：" if lang == "zh" else
                        f"{label}: {group} is made up of {len(members)} items: ") + "；".join(
                f"{n} {format_decimal(f.value)} {f.unit}" for n, f in zip(names, members))
            # (and what the glossary says the group is, where it says)
            term = next((p for p in doc.passages if p.kind == "glossary" and p.title
                         and any(w in p.title for w in GROUPS[group]["words"])), None)
            if term is not None:
                a.answer += f"\n{term.title}：{term.text.strip()}"
            return a
    # ('就业援助基地补贴项目有哪些绩效指标' asks the indicators of the project it names, not the projects)
    if re.search(r"绩效|performance", q + question.lower()) and re.search(
            r"项目[^，,。？?]{0,4}哪|哪[些几]个?[^，,。？?]{0,6}项目|几个项目|projects|\b(?:which|what)\s+项目|" + CUES["names_asked"],
            q + question.lower()) \
            and DocumentParts.named_target(q, doc) is None:
        targets = performance_projects(a, doc, label, lang)
        if targets is not None:
            return targets
    if re.search(r"指标|indicator", q + question.lower()) and DocumentParts.named_target(question, doc):
        return None     # a project's indicators (its performance target), not the lines of a table
    parts = section_parts(a, q, doc, label, lang)
    if parts is not None:
        return parts
    named = [f for f in doc.facts if f.code and len(_name(f.label)) >= 2 and _name(f.label) in q] or (
        _partly_named(doc, q) if re.search(CUES["line_words"], q, re.I) else [])
    if named:
        # 'the lines under 法院 (within 公共安全支出)': the most specific line named is the one asked about
        # (of the lines named, the most specific that has lines under it: 'subsidies (the pension lines)' is 303)
        titles = {t.id: t.title for t in doc.tables}
        # printed in several tables: the one whose title the question names ('财政拨款支出表里…')
        for row in sorted(named, key=lambda f: (-len(f.code), -len(_name(f.label)), -_overlap(q, titles.get(f.table_id, "")))):
            kids = _children(doc, row, q)
            if kids:
                filled = _fill(a, doc, row.table_id, kids, f"{row.code} {_name(row.label)}", label, lang)
                return _with_whole(filled, row, kids, lang) if re.search(CUES["adds_up"], q + " " + question, re.I) \
                    else filled
    best, run = None, 0
    # the department's name and the year title every table: they name none
    bare = re.sub(r"20\d\d年?度?", " ", without_own_department(q, doc))
    for t in [t for t in doc.tables if t.rows or COLUMN_WORDS.search(q) and t.columns]:
        if _overlap(bare, t.title) > run:
            best, run = t, _overlap(bare, t.title)
    if best is None or run < 5:
        return prose_list(a, q, doc, label, lang)
    if COLUMN_WORDS.search(q):
        # each header the columns are split by, not the one every column shares nor the measure each repeats
        # ('财政拨款“三公”经费/公务用车购置及运行维护费/公务用车购置费/决算数')
        paths = [[x for x in c.split("/") if x and not TOTAL.search(x) and not MEASURE_HEADER.fullmatch(x)]
                 for c in best.columns if c]
        shared = [x for x in (paths[0] if paths else []) if all(x in p for p in paths)] if len(paths) > 1 else []
        columns = [x for p in paths for x in p if x not in shared]
        a.items = [AnswerItem(None, c, None, None, [a.cite(Citation(doc.document.name, best.display_title, None,
                                                                     best.page, [], table_id=best.id))])
                   for c in dict.fromkeys(columns)]
        a.answer = f"{label}：{best.display_title} 的栏目：" + "、".join(i.name for i in a.items) if lang == "zh" \
            else f"{label}: columns of {best.display_title}: " + ", ".join(i.name for i in a.items)
        return a if a.items else None
    return _fill(a, doc, best.id, _table_rows(doc, best.id), best.display_title, label, lang)


def _fill(a: Answer, doc: ParsedDocument, table_id: str, rows: list[Fact], what: str, label: str, lang: str):
    if not rows:
        return None
    table = next(t for t in doc.tables if t.id == table_id)
    idx = a.cite(Citation(doc.document.name, table.display_title, None, rows[0].page or table.page,
                          [" ".join(x for x in (f.code, _name(f.label)) if x) for f in rows][:20], table_id=table_id))
    a.items = [AnswerItem(f.code, _name(f.label), f.value, f.unit, [idx]) for f in rows]
    # each line with the amount the table prints beside it (its first money column): a line is asked with its amount
    a.facts = [AnswerFact(_name(f.label), f.value, f.unit, None, [idx]) for f in rows if f.value is not None]

    def shown(i):
        return i.name + (f" {format_decimal(i.value)} {i.unit}" if i.value is not None and a.facts else "")
    a.answer = (f"{label}：{what} 下列 {len(rows)} 项：" + "、".join(map(shown, a.items))) if lang == "zh" else \
        (f"{label}: {len(rows)} items under {what}: " + ", ".join(map(shown, a.items)))
    return a


def _with_whole(a: Answer, row: Fact, kids: list[Fact], lang: str) -> Answer:
    """'各项之和是否等于款的合计': the line they sit under as printed, and their sum where it differs from it."""
    if row.value is None or a is None:
        return a
    cited = list(a.facts[0].citations) if a.facts else []
    a.facts.append(AnswerFact(f"{row.code} {_name(row.label)}", row.value, row.unit, None, cited))
    total = sum((f.value for f in kids if f.value is not None), Decimal(0))
    said = f"{row.code} {_name(row.label)} {format_decimal(row.value)} {row.unit}"
    if total != row.value:
        a.facts.append(AnswerFact(" + ".join(_name(f.label) for f in kids), total, row.unit,
                                  " + ".join(format_decimal(f.value) for f in kids if f.value is not None)
                                  + f" = {format_decimal(total)}", cited))
    a.answer += template("adds_up" if total == row.value else "adds_up_not", lang, whole=said,
                         total=format_decimal(total), unit=row.unit)
    return a


def performance_projects(a: Answer, doc: ParsedDocument, label: str, lang: str) -> Answer | None:
    """'绩效目标表里列了哪几个项目': the projects of the performance-target tables, in order."""
    names = list(dict.fromkeys(t.project for t in doc.performance if t.project))
    if not names:
        return None
    first = next(t for t in doc.performance if t.project == names[0])
    table = next((t for t in doc.tables if t.kind == "performance" and t.title.endswith(names[0])), None)
    idx = a.cite(Citation(doc.document.name, table.title.split("：")[0] if table else "项目支出绩效目标表", None,
                          first.page, names[:20]))
    a.items = [AnswerItem(None, n, None, None, [idx]) for n in names]
    # (the count the answer states is a fact too)
    a.facts.append(AnswerFact("项目个数" if lang == "zh" else "projects", Decimal(len(names)), "个",
                              f"count of the {len(names)} projects listed", [idx]))
    a.answer = (f"{label}：绩效目标表列 {len(names)} 个项目：" + "、".join(names)) if lang == "zh" else \
        (f"{label}: {len(names)} projects with performance targets: " + "; ".join(names))
    return a


ENUMERATION = re.compile(CUES["enumeration"])
FIGURE = re.compile(r"([\u4e00-\u9fff（）()]{2,30}?)\s*(?:\d[\d,.]*|X+)\s*(?:" + "|".join(
    map(re.escape, sorted(["万元", "元", "%", *CUES["measure_words"]], key=len, reverse=True))) + r")$")


def plain(text: str) -> str:
    return re.sub(r"[“”\"‘’\s：:]", "", text or "")


def _items(text: str) -> list[str]:
    """'A、B、C(下设甲、乙)等。' -> [A, B, C]: parenthetical notes dropped, split at the list commas."""
    text = re.split(r"[。]", re.sub(r"[（(][^（）()]*[、，,][^（）()]*[)）]", "", text))[0]
    items = [re.sub(r"等$|^\d+[.、．]\s*", "", x.strip(" ：:，,")) for x in re.split(r"[、；;]", text)]
    return [x for x in items if 2 <= len(x) <= 40]


def _breakdown(text: str) -> list[str]:
    """'其中，部级领导干部用车 XX 辆、主要领导干部用车 XX 辆…': the names of a breakdown, each printed before its
    figure (or the template's XX); nothing unless every piece is such a pair."""
    pieces = [x.strip(" ：:，,") for x in re.split(r"[、；;]", re.split(r"[。，,]", text)[0])]
    names = [FIGURE.match(x) for x in pieces]
    return [m.group(1) for m in names] if len(pieces) >= 2 and all(names) else []


def about_disclosure(question: str, lang: str, doc: ParsedDocument, label: str) -> Answer | None:
    """Lists of the disclosure itself: its tables, its glossary's terms, or the units it covers."""
    from core.qa.contents import disclosure_tables, glossary_terms
    return disclosure_tables(question, lang, doc, label) or glossary_terms(question, lang, doc, label) \
        or unit_list(question, lang, doc, label)




def _headed_lists(doc: ParsedDocument) -> list[tuple[str, Passage, list[str]]]:
    """(heading, first passage, items) for each section whose paragraphs are all numbered items."""
    sections: dict[str, list[Passage]] = {}
    for p in doc.passages:
        if p.kind == "paragraph" and p.section:
            sections.setdefault(p.section, []).append(p)
    out = []
    for section, ps in sections.items():
        # the numbered items that open the section ('1、徐州铁路运输法院', then a paragraph of its own)
        lead = []
        for p in ps:
            if not (NUMBERED.match(p.text) and len(p.text) <= 40):
                break
            lead.append(p)
        if lead:
            out.append((section.split(" > ")[-1], lead[0], [NUMBERED.sub("", p.text).strip(" 。；;") for p in lead]))
    return out


def _numbered_after(doc: ParsedDocument, lead: Passage) -> list[str]:
    """'…具体包括：' then '1. A。' '2. B。' as paragraphs of their own: the items, in order."""
    if not lead.text.rstrip().endswith(("：", ":")):
        return []
    items = []
    for p in sorted((x for x in doc.passages if x.kind == "paragraph" and x.seq > lead.seq), key=lambda x: x.seq):
        if not NUMBERED.match(p.text) or p.section != lead.section:
            break
        items.append(NUMBERED.sub("", p.text).strip().rstrip("。；;"))
    return [x for x in items if 2 <= len(x) <= 40]


def unit_list(question: str, lang: str, doc: ParsedDocument, label: str) -> Answer | None:
    """'包含哪几家单位' / 'which units': the names of the disclosure's unit table (单位名称), when it has one."""
    if not re.search(CUES["units_asked"], question, re.I):
        return None
    for t in doc.tables:
        if t.kind != "unit_list":
            continue
        names = [f.label for f in doc.facts if f.table_id == t.id] or next(
            (c.split("/")[1:] for c in t.columns if c.split("/")[0] == "单位名称"), [])
        names = [n for n in dict.fromkeys(names) if len(n) >= 4]
        if names:
            a = Answer(question, lang, "list", "", document=doc.document.name)
            a.cite(Citation(doc.document.name, t.display_title, None, t.page, names[:20], table_id=t.id))
            return _units(a, names, label, lang)
    # else the units the explanation enumerates ('具体包括：1. …中心。2. …')
    best = None
    for p in doc.passages:
        if p.kind != "paragraph":
            continue
        for sentence in re.split(r"(?<=。)", p.text):
            m = ENUMERATION.search(sentence)
            items = (_items(sentence[m.end():]) or _numbered_after(doc, p)) if m else []
            orgs = [x for x in items if ORG.search(x)]
            # an enumeration mostly of organisations is a list of units, all of it ('江苏议事园' too)
            if len(orgs) >= 2 and len(orgs) * 2 >= len(items) and (best is None or len(items) > len(best[2])):
                best = (p, sentence, items)
    if best is None:
        return None
    p, sentence, names = best
    a = Answer(question, lang, "list", "", document=doc.document.name)
    a.cite(Citation(doc.document.name, None, p.section, p.page_of(sentence), [sentence.strip()[:60]]))
    return _units(a, names, label, lang)


ORG = re.compile(CUES["organisation_endings"])


def _units(a: Answer, names: list[str], label: str, lang: str) -> Answer:
    a.items = [AnswerItem(None, n, None, None, [0]) for n in names]
    if re.search(r"(?<!哪)几家|多少家|(?<!哪)几个|多少个|how many|number of", a.question, re.I):
        a.kind = "number"       # 'how many units are covered': the count of the units listed
        a.facts.append(AnswerFact("单位" if lang == "zh" else "units", Decimal(len(names)), "家",
                                  f"count of the {len(names)} units listed", [0]))
    a.answer = (f"{label}：包括 {len(names)} 家单位：" + "、".join(names)) if lang == "zh" else \
        (f"{label}: {len(names)} units: " + "; ".join(names))
    return a


def prose_list(a: Answer, q: str, doc: ParsedDocument, label: str, lang: str) -> Answer | None:
    """The enumeration whose lead-in words name most of what is asked: '…内设10个股、办、中心、所，分别是A、B…'."""
    named = set(doc.document.department or "")
    # (the disclosure's own kind and form, '这个决算模板里', name no list)
    wanted = {b for b in han_bigrams(q) if not set(b) <= named} - set(CUES["disclosure_words"])
    chars = set(re.findall(r"[\u4e00-\u9fff]", q)) - named - set(CUES["asking_chars"])
    best, best_key, headed = None, (False, 0, 1, 0), False
    for p in doc.passages:
        if p.kind not in ("paragraph", "glossary"):
            continue
        for sentence in re.split(r"(?<=。)", p.text):
            m = ENUMERATION.search(sentence)
            if not m:
                continue
            items = _breakdown(sentence[m.end():]) if m.group().startswith("其中") else \
                _items(sentence[m.end():]) or _numbered_after(doc, p)
            if len(items) < 2:
                continue
            head = (p.title if p.kind == "glossary" else "") + sentence[:m.start()]
            # a glossary term the question names ('名词解释中“三公”经费包括哪几项') is the one asked about
            term = p.kind == "glossary" and len(plain(p.title)) >= 2 and plain(p.title) in plain(q)
            key = (term, len(han_bigrams(head) & wanted), len(set(head) & chars), len(items))
            if key > best_key:
                best, best_key, headed = (p, sentence, items), key, False
    # one attribute repeated with quoted values ('绩效评级为“优”的项目XX个；绩效评级为“良”的…', over the paragraphs of
    # its section): the values
    leads: dict[tuple, tuple[Passage, str, list[str]]] = {}
    for p in doc.passages:
        for m in re.finditer(r"([\u4e00-\u9fff]{2,8}?)(?:为|是)“([^”]{1,8})”", p.text if p.kind == "paragraph" else ""):
            leads.setdefault((p.section, m.group(1)[-3:]), (p, m.group(1), []))[2].append(m.group(2))
    for p, lead, values in leads.values():
        key = (False, len(han_bigrams(lead) & wanted), len(set(lead) & chars), len(values))
        if len(values) >= 3 and key > best_key:
            best, best_key, headed = (p, lead + "：" + "、".join(values), values), key, False
    scoped = without_own_department(q, doc)
    for head, p, items in _headed_lists(doc):
        # a heading over numbered items ('（三）派出机构' / '1、徐州铁路运输法院'): the heading is the lead-in
        # (or its items the question names: '内设机构里的民事审判庭')
        named_items = any(_overlap(scoped, x) >= 4 for x in items)
        key = (False, len(han_bigrams(head) & wanted) + 2 * named_items, len(set(head) & chars), len(items))
        if key[1] >= 2 and key > best_key:
            best, best_key, headed = (p, items[0], items), key, True
    if best is None:
        return None
    p, sentence, items = best
    if headed:      # of a heading's items, the ones the question names, when it names some ('民事审判庭')
        some = [x for x in items if _overlap(scoped, x) >= 4]
        items = some if 0 < len(some) < len(items) else items
        # ('下属事业单位和派出机构有哪些'): the items of every heading a list of the question names
        also = [x for h, _, xs in _headed_lists(doc) if len(han_bigrams(h) & wanted) >= 2 for x in xs]
        items = list(dict.fromkeys(items + also)) if re.search(r"和|、|及|与", q) and len(also) > len(items) else items
    idx = a.cite(Citation(doc.document.name, None, p.section, p.page_of(sentence), [sentence.strip()[:60]]))
    a.items = [AnswerItem(None, x, None, None, [idx]) for x in items]
    a.answer = (f"{label}：{sentence.strip()}" if lang == "zh" else
                f"{label}: {len(items)} items, as printed: " + "; ".join(items))
    return a
