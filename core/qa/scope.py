"""Scope: which stored documents a question is about (department, year, 预算/决算, a chosen document and the
other file of a two-file disclosure), or why none is (a year or kind the store does not hold). Resolved on the
document index (metadata) first; only the documents in scope are loaded."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from core.library import Library
from core.qa.words import CUES
from core.types import Document, ParsedDocument

ORG_WORDS = re.compile(r"办公厅|办公室|办事处|人民政府|委员会|中共|人民|局|部|院|厅|委|会")


@dataclass
class Scope:
    docs: list[ParsedDocument]
    missing: str | None = None          # why nothing stored can answer (a year or kind not held)
    named: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"documents": [p.document.name for p in self.docs], "named": self.named, "missing": self.missing}


def _department_text(question_zh: str, question_lower: str) -> str:
    """The question with English department words put in Chinese ('the CPPCC office' -> 政协)."""
    extra = [zh for en, zh in CUES["departments"].items() if en in question_lower]
    return question_zh + " " + " ".join(extra)


def _named(doc: Document, text: str) -> tuple[int, int]:
    """How strongly the question names the document's department: (characters of the longest shared run that
    are neither region nor organisation words, the run's length). '江苏省' alone names nobody; '省政协' -> 政协."""
    dept = doc.department or ""
    region = len(doc.region or "")
    best = (0, 0)
    for chunk in re.findall(r"[\u4e00-\u9fff]+", text):
        m = difflib.SequenceMatcher(None, chunk, dept).find_longest_match(0, len(chunk), 0, len(dept))
        distinct = len(ORG_WORDS.sub("", dept[max(m.b, region):m.b + m.size]))
        if distinct >= 2 or m.size >= 4:       # '政协', or a whole name such as '人民法院'
            best = max(best, (distinct, m.size))
    return best


def companions(d: Document, docs: list[Document]) -> list[Document]:
    """The other files of the same disclosure (an explanation file and a tables file)."""
    if not (d.department and d.year):
        return []
    return [p for p in docs if p.id != d.id and p.department == d.department and p.year == d.year
            and p.kind == d.kind]


def _label_years(docs: list[ParsedDocument], text: str) -> set[str]:
    """Years printed inside a row or project name that the question quotes ('2023年土地变更调查…'): naming them is
    content, not scope."""
    years = set()
    names = [f.label for p in docs for f in p.facts] + [t.project for p in docs for t in p.performance]
    # (the place the department is of may stand between: '2024年兴县实用性村庄规划编制' asked as '2024年实用性…')
    place = {c for p in docs for c in re.sub(r"[^\u4e00-\u9fff]", "", p.document.department or "")[:2]}
    for name in set(names):
        for m in re.finditer(r"(20\d\d)年?度?", name):
            rest = name[m.end():m.end() + 4]
            bare = name[m.end():].lstrip("".join(place))[:4]
            if len(rest) >= 3 and rest in text or len(bare) >= 3 and m.group(0) + bare in text:
                years.add(m.group(1))
            # in English a year before a noun names the thing ('the 2023 rectification task'), not the disclosure
            elif re.search(r"\b(?:the|a|its|their)\s+" + m.group(1) + r"\s+(?!budget|final|account|disclosure|figure|"
                           r"spending|expenditure|income|revenue)[a-z]", text.lower()):
                years.add(m.group(1))
    return years


def _unknown_department(text: str, docs: list[Document]) -> str | None:
    """An organisation the question names that no stored department is ('司法厅', '南京中院', 'procuratorate')."""
    held = {p.department or "" for p in docs}
    for m in re.finditer(CUES["org_pattern"], text):
        core = ORG_WORDS.sub("", re.sub(r"^[省市区县]", "", m.group(0)))
        if len(core) >= 2 and not any(core in d for d in held):
            return m.group(0)
    return None


def resolve(question_zh: str, question: str, document: ParsedDocument | None, library: Library,
            limit: int = 50) -> Scope:
    text = _department_text(question_zh, question.lower())
    docs = library.documents()
    near = library.departments_near(text)
    by_name: dict[tuple, tuple[int, int]] = {}          # one score per department name, not per file
    for p in docs:
        if p.department in near and (p.department, p.region) not in by_name:
            by_name[(p.department, p.region)] = _named(p, text)
    scores = {p.id: by_name[(p.department, p.region)] for p in docs if (p.department, p.region) in by_name}
    top = max(scores.values(), default=(0, 0))
    named = [p for p in docs if top[0] and scores.get(p.id) == top]
    unknown = None if named else _unknown_department(text, docs)
    if unknown:
        held = sorted({p.department for p in docs if p.department})
        shown = "、".join(held[:12]) + ("…" if len(held) > 12 else "")
        return Scope([], f"未存储“{unknown}”的公开文件（已存储：{shown}） / no disclosure of {unknown} is stored", [])
    if document is not None:
        d = document.document
        same = [p for p in docs if p.department and p.department == d.department]
        pool = same or [d]
        chosen = [d] + companions(d, docs)
    else:
        pool = named or docs
        chosen = pool
    years = set(re.findall(r"(?<!\d)(20\d\d)(?:\s*年|(?![\d\w]))", text))
    if years and len(pool) <= limit:
        years -= _label_years(library.load_many(pool), text)
    for a, b in re.findall(r"(20\d\d)\s*年?度?\s*(?:至|到|-|–|~|to|through)\s*(20\d\d)", text):
        if 0 < int(b) - int(a) <= 10 and {a, b} <= years:     # '2017年至2019年每年': every year of the range
            years |= {str(y) for y in range(int(a), int(b) + 1)}       # (not a project's name: '2021年-2023年补充耕地')
    years = sorted(years)
    base = set(re.findall(r"(?:比|较|与|同|than(?:\s+(?:in|for|that of|those of))?|(?:down|up) from|over|compar(?:e|ed|ing) (?:it )?(?:with|to)|comparison (?:with|to)|relative to|"
                          r"against|versus|vs\.?)\s*(20\d\d)", text))
    if years and set(years) <= base and any(str(int(y) + 1) == str(p.year) for y in years for p in pool):
        # '比2023年多了多少' only names the year compared with: the disclosure is of the year after it
        years = sorted({str(int(y) + 1) for y in years})
    scope_names = sorted({p.department or p.name for p in (named or chosen)})
    if years:
        held = sorted({str(p.year) for p in pool if p.year})
        asked = [y for y in years if y not in base]
        if base and asked and not any(y in held for y in asked) and not _prior_year(asked, pool):
            years = asked       # '2020年…与2019年相比': the year asked about is not stored, only the one compared with
        by_year = [p for p in pool if str(p.year) in years]
        mentioned = any(y in held for y in years)
        if by_year and not any(str(p.year) in years for p in chosen):
            chosen = by_year        # another year of the chosen department: answer from that year's file
        elif by_year and len(years) >= 2 and set(years) <= set(held) and re.search(
                r"20\d\d\s*年?度?\s*(?:和|与|、|及|至|到|-|–|and|to|&|versus|vs\.?|against|compared (?:with|to))\s*20\d\d|"
                r"between\s+20\d\d", text):
            chosen = by_year        # two years of the chosen department ('2017年和2019年各是多少'): both files
        elif by_year:
            chosen = [p for p in chosen if str(p.year) in years] or chosen
        elif not mentioned and _prior_year(years, pool) and (re.search(r"比|增|减|变|change|increase|decrease", text)
                                                             or any(w in text.lower() for w in CUES["prior_year_words"])
                                                             and _states_year_end(years, pool, library, limit)):
            # '2016年…比…增加' asked of the 2017 disclosure: its prose states the year before
            chosen = [p for p in pool if p.year and str(p.year - 1) in years]
        elif not mentioned:
            shown = held if len(held) <= 12 else held[:6] + ["…"] + held[-3:]
            return Scope([], f"{_names(scope_names)}: {'/'.join(years)} 年未存储（已存储：{'、'.join(shown) or '无'}）"
                         f" / {'/'.join(years)} is not stored (stored: {', '.join(shown) or 'none'})", scope_names)
    kind = next((k for k, words in CUES["kinds"].items() if any(w in text.lower() for w in words)), None)
    if kind and len(chosen) > limit:
        chosen = [p for p in chosen if p.kind == kind] or chosen
    if len(chosen) > limit:
        return Scope([], _ask_which(chosen), [])
    loaded = library.load_many(chosen)
    # 'what was actually spent in 2022' of the 2023 budget that states 2022's 执行数: asking the disclosure
    before = [y for y in years if any(p.year and str(p.year - 1) == y for p in chosen)]
    if kind == "决算" and loaded and not any(p.document.kind == "决算" for p in loaded) \
            and not (before and _states_year_end(before, chosen, library, limit)):
        if not any("决算" in f.column for p in loaded for f in p.facts[:2000]):
            held = sorted({f"{p.document.year}{p.document.kind}" for p in loaded})
            return Scope([], f"{_names(scope_names)}: 未存储决算（已存储：{'、'.join(held)}） / no final accounts "
                         f"(决算) stored (stored: {', '.join(held)})", scope_names)
    return Scope(loaded, None, [p.department for p in named if p.department][:3])


def _names(names: list[str]) -> str:
    return "、".join(names[:5]) + (f" 等 {len(names)} 个部门" if len(names) > 5 else "")


def _ask_which(docs: list[Document]) -> str:
    """A question that names no department, over more documents than one answer reads: ask which."""
    departments = sorted({p.department for p in docs if p.department})
    years = sorted({p.year for p in docs if p.year})
    span = f"{years[0]}–{years[-1]}" if years else ""
    return (f"已存储 {len(docs)} 份公开文件（{len(departments)} 个部门，{span}年），请指明部门、地区或年度，例如："
            f"{'、'.join(departments[:3])} / {len(docs)} disclosures are stored ({len(departments)} departments, "
            f"{span}); please name the department, region or year, e.g. {', '.join(departments[:3])}")


def _prior_year(years: list[str], pool: list[Document]) -> bool:
    """'2016年…' asked of a 2017 disclosure: its prose states last year's figures, so the year is content."""
    return any(p.year and str(p.year - 1) in years for p in pool)


def _states_year_end(years: list[str], pool: list[Document], library: Library, limit: int) -> bool:
    """The disclosure prints that year's end or what was actually spent in it ('截止2022年12月31日',
    '2022年当年预算执行数为…'), so asking it is asking the disclosure."""
    if len(pool) > limit:
        return False
    said = re.compile("(?:" + "|".join(years) + r")年(?:12月31日|底|末|当年预算执行数|实际|决算)")
    return any(said.search(p.text) for d in library.load_many(pool) for p in d.passages)
