"""Shared pieces of the answer path: vocabulary read from data files (terms, cues, everyday words, templates),
text helpers, and the plain-text rendering of an answer."""
from __future__ import annotations

import difflib
import json
import re
from functools import lru_cache
from pathlib import Path

from core.types import Answer, ParsedDocument, format_decimal

ROOT = Path(__file__).resolve().parent.parent.parent
HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")       # 'law-enforcement' is read as 'law enforcement'
TERMS = {HYPHEN.sub(" ", k): v for k, v in json.loads((ROOT / "retrieval" / "terms.json").read_text(encoding="utf-8")).items()
         if not k.startswith("_")}
CUES = json.loads((ROOT / "retrieval" / "cues.json").read_text(encoding="utf-8"))
ENGLISH: dict[str, str] = {}
for _en, _zh in sorted(TERMS.items(), key=lambda kv: (" " not in kv[0], len(kv[0]))):
    ENGLISH.setdefault(_zh, _en)      # the shortest phrase of two words or more ('official reception', not 'guests')
TEMPLATES = json.loads((ROOT / "prompts" / "templates.json").read_text(encoding="utf-8"))
TABLE_PREFERENCE = ["expenditure", "general_budget", "income", "three_public", "operating", "basic_economic",
                    "project_list", "overview", "fiscal_overview", "procurement", "gov_fund", "state_capital",
                    "generic"]
STOP = set("的是多少少有哪些什么请问一下元万元预算年度及和与在中其为了吗呢本部门单位这个那个")
HAN = re.compile(r"[\u4e00-\u9fff]")
TOTAL_ROW = re.compile(r"(本年)?(收入|支出)?(合计|总计)")
CHANGE_EXECUTED = re.compile(r"20\d\d年当年预算执行数为(?P<prior>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>万元|元)[,，]\s*"
                             r"20\d\d年预算安排(?P<current>\d[\d,]*(?:\.\d+)?)\s*(?:万元|元)[,，]\s*比20\d\d年预算执行数"
                             r"(?:(?P<same>持平)|(?P<direction>增加|减少)\s*(?P<pct>\d+(?:\.\d+)?)\s*%)")
CHANGE = re.compile(r"(?P<current>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>万元|元)[,，]?\s*(?:与|比)(?:上年|20\d\d年)度?(?:预算|决算)?数?(?:相比|相较)?"
                    r"(?:(?P<prior>\d[\d,]*(?:\.\d+)?)\s*(?:万元|元))?[,，]?\s*(?:(?P<same>相同|持平)|"
                    r"(?P<direction>增加|减少|增长|下降)\s*(?P<amount>\d[\d,]*(?:\.\d+)?)?\s*(?:万元|元)?"
                    r"(?:[,，]\s*(?:增长|下降)\s*(?P<pct>\d+(?:\.\d+)?)%)?)")


def template(name: str, lang: str, **values) -> str:
    return TEMPLATES[name][lang].format(**values)


def language_of(question: str) -> str:
    """English when the question is written in English, also with Chinese names in it ('Table 9: what are 会议费 and
    培训费'): it opens with an English word and says at least three."""
    if not HAN.search(question):
        return "en"
    opens = re.match(r"[\W\d_]*[A-Za-z]{2}", question)
    return "en" if opens and len(re.findall(r"[A-Za-z]{2,}", question)) >= 3 else "zh"


# one pass over the question; at each place the longest phrase wins
# a phrase also matches its plural ('water bills' for 'water bill')
# '-y' plurals ('basic salaries') read as the term; other plurals by the optional (e)s below
def _singular(t: str) -> bool:
    return t.endswith("s") and not t.endswith(("ss", "us", "is", "ies")) and len(t.split()[-1]) > 3


# a phrase with one of its words said another way ('duty cars' for 'duty vehicles'); a phrase of the map wins
VARIANTS = {" ".join(alt if w == word else w for w in t.split()): t for t in TERMS for word, alts
            in CUES["english_variants"].items() if word in t.split() for alt in alts}
SPELLINGS = {**VARIANTS,
             **{t[:-1] + "ies": t for t in TERMS if t.endswith("y") and not t.endswith(("ay", "ey", "oy"))},
             **{t[:-1]: t for t in TERMS if _singular(t)},        # 'buying a car' for 'buying cars'
             **{t: t for t in TERMS}}
TERM_PATTERN = re.compile(r"\b(" + "|".join(re.escape(p) for p in sorted(SPELLINGS, key=len, reverse=True)) + r")(?:e?s)?\b")
# ... or an aside in brackets ('basic (day-to-day) spending' = 'basic spending')
_GAP = r"(?:(?:\s+(?:" + "|".join(CUES["english_gap_words"]) + r")){1,2}|\s*\([^()]{1,30}\))\s+"
# a phrase of several words also matches with a modifier or two inside it ('buying new cars' = 'buying cars')
GAPPED = [(term, term.split()[0], term[:-1 if _singular(term) else None].split()[-1],
           re.compile(r"\b" + f"(?:{_GAP}|\\s+)".join(re.escape(w) for w in term[:-1 if _singular(term) else None].split())
                      + r"(?:e?s)?\b"))
          for term in sorted(TERMS, key=len, reverse=True) if " " in term]


def _closed_gaps(text: str) -> str:
    exact = [m.span() for m in TERM_PATTERN.finditer(text)]
    for term, first, last, pattern in GAPPED:
        if first in text and last in text:
            def close(m: re.Match) -> str:
                # a longer phrase of the map printed in full there ('community public facilities') stays
                inside = any(a < m.end() and m.start() < b and b - a >= m.end() - m.start() for a, b in exact)
                return m.group(0) if inside else term
            closed = pattern.sub(close, text)
            if closed != text:
                text, exact = closed, [m.span() for m in TERM_PATTERN.finditer(closed)]
    return text


_EVERYDAY = json.loads((ROOT / "retrieval" / "colloquial.json").read_text(encoding="utf-8"))
COLLOQUIAL = {k: v for k, v in _EVERYDAY.items() if not k.startswith("_") and k != v}
COLLOQUIAL_INSIDE, PRINTED_WITH = _EVERYDAY["_inside"], _EVERYDAY["_printed_with"]
COLLOQUIAL_PATTERN = re.compile("|".join(re.escape(p) for p in sorted(COLLOQUIAL, key=len, reverse=True)))


# a department's head word with the capitalised rest of its name around it ('the Jiangsu High People's Court's')
_NAME_WORD = r"(?-i:(?!(?:" + "|".join(CUES["name_stop"]) + r")\b)(?:[A-Z][A-Za-z]*|[A-Z]{2,}))(?:'s)?"
_HEAD = r"(?:" + "|".join(
    re.escape(en) for en in sorted(CUES["departments"], key=len, reverse=True)
    if re.match(r"[a-z]", en) and re.search(r"[院局厅委会办处部]|街道|政协|人大", CUES["departments"][en])) \
    + r")(?:'s)?\b(?:\s+(?:general\s+)?(?:office|bureau|committee))?(?:'s)?"
DEPARTMENT_HEAD = re.compile(_HEAD, re.I)
DEPARTMENT_WORDS = re.compile(r"\b(?:the\s+)?(?:" + _NAME_WORD + r"\s+){0,6}" + _HEAD + r"(?:\s+" + _NAME_WORD + r"){0,4}",
                              re.I)


ROUGH = (re.compile(CUES["rough_figure_zh"]), re.compile(CUES["rough_figure_en"], re.I))
ROUGH_SHARE = re.compile(CUES["rough_share_zh"])


def without_rough_figures(question: str) -> str:
    """'电费是不是10万左右', 'roughly 4 million yuan?', '占了六成多吧': the figure is asked; the number offered is
    no figure of it.
    A year said short ('19年', '比18年') is the full year."""
    question = re.sub(r"(?<![\d.,])(1[5-9]|2\d)(?=年(?!度?(?:以上|以下|内|来|间|多)))", r"20\1", question)
    question = re.sub(r"(?<=[比较与同])(1[5-9]|2\d)(?=年)", r"20\1", question)      # ('比17年多了多少')
    question = ROUGH_SHARE.sub(lambda m: "占" + (m.group(1) + "的比例是多少" if m.group(1) else "多少比例"), question)
    return ROUGH[1].sub(" how much?", ROUGH[0].sub("多少", question))


def without_departments(question: str) -> str:
    """English department names ('the Jiangsu High Court', 'the CPPCC office') name the scope, not what is asked;
    they are read by the scope stage from the question as typed. Inside a budget phrase of the term map
    ('people's congress affairs' = 人大事务) they are what is asked and stay."""
    lower = HYPHEN.sub(" ", question.lower())
    phrases = [m.span() for m in TERM_PATTERN.finditer(lower)] + [m.span(2) for m in COUNTED_PATTERN.finditer(lower)]

    def drop(m: re.Match) -> str:
        # (or overlapping one: 'the CPPCC affairs heading', where the match takes 'the' before the phrase)
        inside = any(a < m.end() and m.start() < b and b - a > len(m.group(0).strip().removeprefix("the ").strip())
                     for a, b in phrases)
        # ('the second session of the 13th Provincial People's Congress' is a meeting, what is asked)
        if not inside and re.search(r"\d(?:st|nd|rd|th)\s+$", question[:m.start()]):
            return DEPARTMENT_HEAD.sub(" ", m.group(0))     # (its place words say which meeting)
        return m.group(0) if inside else " "
    return DEPARTMENT_WORDS.sub(drop, question)


# what is counted after 'how many' ('how many retirees' counts 退休人员; 'retirees' alone is the 退休费 line)
COUNTED = {HYPHEN.sub(" ", k): v for k, v in CUES["english_counted"].items()}
COUNTED_KEYS = "|".join(re.escape(k) for k in sorted(COUNTED, key=len, reverse=True))
COUNTED_PATTERN = re.compile(r"\b(how many\s+(?:[a-z]+\s+){0,2}?)(" + COUNTED_KEYS + r")\b")

COUNTED_AFTER = re.compile(r"((?:" + "|".join(map(re.escape, set(COUNTED.values()))) + r")(?:\s+(?:and|or|versus|vs)|\s*,(?:\s*and)?)\s+(?:the\s+)?)("
                           + COUNTED_KEYS + r")\b")


def split_list(tail: str) -> tuple[str, str]:
    """The things 'how is it split between …' lists, and the rest of the sentence (', and what share …')."""
    end = re.search(r",?\s+and\s+(?=(?:by )?(?:how|what|which)\b)|,\s*(?=(?:by )?(?:how|what|which)\b)|[?？;；]|"
                    + CUES["each_share"], tail, re.I)
    return (tail[:end.start()], tail[end.start():]) if end else (tail, "")


def _listed_apart(listed: str) -> str:
    """'goods and services' -> 'goods, and services': the items of a list apart; where commas part them ('wages and
    benefits, goods and services, and subsidies') an 'and' inside an item is part of its name."""
    if ", and " in listed or "," not in listed:
        return listed if "," in listed else re.sub(r"\s+and\s+", ", and ", listed)
    head, last = listed.rsplit(",", 1)
    return head + "," + re.sub(r"\s+and\s+(?!.*\sand\s)", ", and ", last)


SHARED_HEAD = re.compile(r"\b([a-z]+) (and|vs\.?|versus|or|&) ([a-z]+) (expenditures?|spending|costs?|fees?|budgets?|funds?)\b")


def _shared_head(text: str) -> str:
    """'basic vs project expenditure' -> 'basic expenditure vs project expenditure': a noun two words share, where
    the first word with it is a term the map knows."""
    def spelled(m: re.Match) -> str:
        first = f"{m.group(1)} {m.group(4)}"
        return f"{first} {m.group(2)} {m.group(3)} {m.group(4)}" if first in SPELLINGS and \
            f"{m.group(3)} {m.group(4)}" in SPELLINGS else m.group(0)
    return SHARED_HEAD.sub(spelled, text)


def to_chinese(question: str) -> str:
    """English budget phrases replaced by the Chinese terms printed in the documents, and everyday words
    ('公车', '退休金') by the printed ones where the printed word is not already there."""
    question = re.sub(CUES["english_excluded"], " ", re.sub(CUES["english_examples"], " ", question, flags=re.I), flags=re.I)
    split = re.search(CUES["english_split"], question.lower())
    if split:       # 'split between goods and services' lists 货物 and 服务, not the 商品和服务支出 line
        listed, rest = split_list(question[split.end():])
        question = question[:split.end()] + _listed_apart(listed) + rest
    if re.search(r"procure|purchas|采购", question, re.I):       # goods and services bought, not the 商品和服务支出 line
        question = re.sub(r"\bgoods\s+and\s+services\b", "goods, and services", question, flags=re.I)
        question = re.sub(CUES["procurement_english"], "工程", question, flags=re.I)     # the category
    # ('headcount: authorized posts, retirees' counts each)
    # ('authorized headcount' is the quota, 编制, not a count of staff)
    text = re.sub(CUES["quota_heads"], "authorized posts", re.sub(r"\s+", " ", HYPHEN.sub(" ", question.lower())))
    text = re.sub(CUES["count_heads"], "how many ", text)
    text = COUNTED_PATTERN.sub(lambda m: m.group(1) + COUNTED[m.group(2)], text)
    # 'how many civil servant posts and public institution posts': the second is counted as the first is
    text = COUNTED_AFTER.sub(lambda m: m.group(1) + COUNTED[m.group(2)], text)
    # ('how many posts, staff on payroll, retirees': each thing listed after one 'how many' is counted)
    text = re.sub(r"how many [^?？;；.]*", lambda m: re.sub(
        r"((?:,|\band)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?)(" + COUNTED_KEYS + r")\b",
        lambda n: n.group(1) + COUNTED[n.group(2)], m.group(0)), text)
    text = TERM_PATTERN.sub(lambda m: TERMS[SPELLINGS[m.group(1)]], _shared_head(_closed_gaps(text)))
    # 'hosting official visitors' -> '公务接待费 official 公务接待费': one term, said once
    text = re.sub(r"([\u4e00-\u9fff（）()“”]{2,})((?:\s+(?:official|public|government))?\s+)\1(?![\u4e00-\u9fff])", r"\1",
                  text)

    def printed(m: re.Match) -> str:
        word = COLLOQUIAL[m.group(0)]
        if any(text[max(0, m.start() - len(w) + 1):m.start() + 1].endswith(w) for w in COLLOQUIAL_INSIDE):
            return m.group(0)       # '支出差多少': the match starts inside a printed word
        if m.group(0) in PRINTED_WITH and re.search("(?:" + PRINTED_WITH[m.group(0)] + ")$", text[:m.start()]):
            return m.group(0)       # '执法执勤用车': a printed name ends with the word
        around = re.sub(r"[“”\"‘’]", "", text[max(0, m.start() - len(word) - 2):m.end() + len(word) + 2])
        if word in around and word not in m.group(0):
            return m.group(0)
        # '机关日常运转' -> '机关运行', not '机关机关运行': the printed word's head may already stand before it
        head = next((k for k in range(len(word) - 1, 0, -1) if text[:m.start()].endswith(word[:k])), 0)
        return word[head:]
    return COLLOQUIAL_PATTERN.sub(printed, text)


@lru_cache(maxsize=8192)
def han_bigrams(text: str) -> frozenset[str]:
    runs = re.findall(r"[\u4e00-\u9fff]+", text)
    return frozenset(r[i:i + 2] for r in runs for i in range(len(r) - 1) if not (r[i] in STOP and r[i + 1] in STOP))


def shared_phrases(q: str, labels: list[str], shortest: int = 4) -> list[str]:
    """Longest runs of the question (at least `shortest` Chinese characters) printed inside some label."""
    found = []
    for run in re.findall(r"[\u4e00-\u9fff\d“”（）()、-]+", q):
        i = 0
        while i <= len(run) - shortest:
            best = ""
            for j in range(len(run), i + shortest - 1, -1):
                piece = run[i:j]
                if len(HAN.findall(piece)) >= shortest and any(piece in l for l in labels):
                    best = piece
                    break
            if best:
                found.append(best)
                i += len(best)
            else:
                i += 1
    return found


def change_subject(sentence: str, match: re.Match, paragraph: str, scope: tuple = ()) -> str:
    """What a stated change is about: the budget line quoted in the item ('“…（款）统计管理（项）”' -> 统计管理),
    else the words before the amount ('2025年机关运行经费财政拨款预算67.89万元' -> 机关运行经费财政拨款预算)."""
    quoted = re.search(r"“([^”]+)”", paragraph[:paragraph.find(sentence) + match.start()] if sentence in paragraph
                       else sentence[:match.start()])
    if quoted:
        return re.split(r"（[类款项]）", quoted.group(1).rstrip("（项）"))[-1] or quoted.group(1)
    before = re.split(r"[,，。；;：:]|20\d\d年度?", sentence[:match.start()])[-1]
    for name in scope:
        before = before.split(name)[-1] if name else before
    return before.strip()[-20:]


def without_own_department(text: str, doc: ParsedDocument) -> str:
    """The text without any part of the department's name ('街道办事处', '万里街道', '省政协办公厅'): it names the
    scope, not what is asked."""
    department = doc.document.department or ""
    while department:
        m = difflib.SequenceMatcher(None, text, department).find_longest_match(0, len(text), 0, len(department))
        if m.size < 3:
            break
        text = text[:m.a] + " " + text[m.a + m.size:]
    # an abbreviation that keeps the place and picks the rest in order ('江苏高院' of 江苏省高级人民法院)
    head = (doc.document.department or "")[:2]
    for run in set(re.findall(re.escape(head) + r"[\u4e00-\u9fff]+", text)) if len(head) == 2 else ():
        short = max((run[:j] for j in range(3, len(run) + 1) if _in_order(run[:j], doc.document.department)), key=len,
                    default="")
        text = text.replace(short, " ") if short else text
    return text


def _in_order(short: str, name: str) -> bool:
    it = iter(name)
    return all(ch in it for ch in short)


def unscoped(text: str, doc: ParsedDocument) -> str:
    """The text without the document's department and region names."""
    for name in (doc.document.department, doc.document.region):
        text = text.replace(name or "\x00", " ")
    # a short form of the department opening the question, before its year ('政协2018年会议费', '人大19年…'), or
    # a search-box string's first word ('人大常委会办公厅 2019 水费', '江苏人大 2019 …'): its characters in order
    dept = doc.document.department or ""
    m = re.match(r"\s*([\u4e00-\u9fff]{2,4}?)(?=\s*(?:20)?\d\d年|的)", text) \
        or re.match(r"\s*([\u4e00-\u9fff]{2,10})(?=\s+\S)", text)
    if m and (m.group(1) in dept or _in_order(m.group(1), dept)):
        text = text[:m.start(1)] + " " + text[m.end(1):]
    return text



@lru_cache(maxsize=8192)
def row_name(label: str) -> str:
    """A row label without its enumeration: '一、货物A' -> '货物', '2. 政府性基金' -> '政府性基金'."""
    name = re.sub(r"^[一二三四五六七八九十]+、|^\d+[.、．]\s*|^[①②③④⑤]", "", label)
    return re.sub(r"(?<=[\u4e00-\u9fff])[A-C]$", "", name)


def render_text(answer: Answer) -> str:
    """Plain-text rendering for the CLI: answer, facts with formulas, items, citations."""
    lines = [answer.answer]
    for f in (f for f in answer.facts if not f.quoted):     # (figures beside the answer are in its quote)
        lines.append(f"  = {f.label}: {format_decimal(f.value)} {f.unit}" + (f"  [{f.formula}]" if f.formula else ""))
    for i in answer.items[:50]:
        value = f" {format_decimal(i.value)} {i.unit}" if i.value is not None else ""
        lines.append(f"  - {(i.code + ' ') if i.code else ''}{i.name}{value}")
    for n, c in enumerate(answer.citations):
        where = c.table or c.section or ""
        rows = ("; rows: " + ", ".join(c.rows[:8]) + (" …" if len(c.rows) > 8 else "")) if c.rows else ""
        lines.append(f"  [{n}] {c.document} · {where} · p.{c.page}{rows}")
    if answer.plan:
        lines.append("  " + describe(answer.plan))
    return "\n".join(lines)


def describe(plan: dict | None) -> str:
    """One line of how the question was read (shown under every answer in the CLI and the web chat)."""
    if not plan:
        return ""
    parts = " | ".join(f"{p['op']}: {p['text']}" for p in plan.get("parts", []))
    docs = plan.get("scope", {}).get("documents", [])
    where = "、".join(docs[:3]) + (f" +{len(docs) - 3}" if len(docs) > 3 else "")
    return f"读作 / read as: {parts}" + (f" · 范围 / scope: {where}" if where else "")
