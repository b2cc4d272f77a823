"""Groups printed as one total and named by their members ('“三公”经费' = 因公出国（境）费 + 公务用车购置及运行费 +
公务接待费; vocabulary in retrieval/cues.json). A question may name the group or list every member ('trips abroad,
official cars and hospitality combined'); the answer is the total the disclosure prints, else the sum of the
members it prints."""
from __future__ import annotations

import re
from decimal import Decimal

from core.qa.link import TOTALS, grams
from core.qa.words import CUES
from core.types import Answer, AnswerFact, Fact, ParsedDocument, format_decimal

GROUPS = {name: g for name, g in CUES["groups"].items() if not name.startswith("_")}
EACH = re.compile(CUES["each_pattern"])
ASKING = re.compile(r"[？?。；;]|多少|几|how (?:much|many)|what|\bshare\b|\bpercent|占|比例|比重")


def _spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Each place one of the words is printed ('出国' inside '因公出国' is that one place)."""
    hits = {m.span() for w in words for m in re.finditer(re.escape(w), text)}
    return sorted(h for h in hits if not any(o != h and o[0] <= h[0] and h[1] <= o[1] for o in hits))


def _listed(text: str, members: list[list[str]]) -> list[tuple[int, int]] | None:
    """Where each member is named, the places closest together (a member named earlier on its own, 'how much for
    trips abroad, and what share of the combined budget for trips abroad, cars and hosting', is not the list)."""
    every = [_spans(text, words) for words in members]
    if not all(every):
        return None
    last = max(s[0][0] for s in every)      # the list ends no earlier than the latest first mention
    return [max((s for s in spans if s[0] <= last), default=spans[0]) for spans in every]


def members_named(text: str) -> bool:
    """'省人大 2019 三公 出国 公车 接待': the group named with two of its members or more, as a search string does
    when it wants the breakdown."""
    return any(any(w in text for w in g["words"]) and sum(bool(_spans(text, words)) for words in g["members"].values()) >= 2
               for g in GROUPS.values())


def grouped(text: str) -> str:
    """'因公出国（境）费、公务用车和公务接待费一共多少' -> '“三公”经费一共多少': every member listed close together, the
    question asking them together ('combined', '这些') and not each ('分别', 'each')."""
    for name, g in GROUPS.items():
        spans = _listed(text, list(g["members"].values()))
        if spans is None:
            continue
        spans.sort()
        # (a gap holds at most the rest of a name and a few words: '（境）费, for running ')
        gaps = [text[a[1]:b[0]] for a, b in zip(spans, spans[1:])]
        lead = re.split(r"[，,。？?；;]", text[:spans[0][0]])[-1]
        # (the words of this ask and after: 'what is the total X and how much is for A, B and C' asks each)
        together = [m.span() for m in re.finditer(g["together"], lead)]
        asks = [m.end() for m in ASKING.finditer(lead) if not any(a <= m.start() < b for a, b in together)]
        own = lead[max(asks, default=0):] + text[spans[0][0]:]
        if any(len(gap) > 20 or ASKING.search(gap) for gap in gaps) or EACH.search(text[spans[-1][1]:]) \
                or EACH.search(lead[-30:]) \
                or not re.search(g["together"], own):       # 'numbers for A, B and C' asks each
            continue
        if re.search(r"\b(?:its|their)\s+(?:\w+\s+)?(?:components|parts|elements)\s*[（(:：]?\s*$|(?:分项|各项|组成部分)[（(:：]?$",
                     text[:spans[0][0]], re.I):
            continue        # 'what are its three components (A, B, C)': each of them
        if re.search(CUES["english_split"] + r"(?:the\s+)?$", text[:spans[0][0]], re.I):
            continue        # 'how are the 三公经费 divided between A, B and C': each of them
        after = re.split(r"[,，;；?？]", text[spans[-1][1]:], maxsplit=1)
        lead = re.split(r"[，,。？?；;]", text[:spans[0][0]])[-1]
        # (a total printed as a line of its own is one more item requested: '…、公务接待费金额和表内合计数')
        rest = re.sub(r"(?<=[、及和])[^、及和，,]{0,8}?(?:合计|小计|总计)数?(?=[、及和，,]|$)", "", after[0])
        if (re.search(r"(?:%s)\s*(?:me\s+)?(?:the\s+)?$" % CUES["each_requests"], text[max(0, spans[0][0] - 12):spans[0][0]], re.I)
                or re.search(r"列出|列示|给出|写出", lead)) \
                and not re.search(g["together"], re.sub(r"^(?:[（(]境[）)])?费?(?:这)?[两三四五六七八九十]项", "", rest)):
            continue        # '请列出A、B、C三项，核对是否合计一致', 'what are A, B and C?': each of them
        if not re.search(g["together"], text[:spans[-1][1]] + after[0]) and len(after) > 1 \
                and ASKING.search(after[1]):
            continue        # 'how much for A, for B and for C, what's the total': each, then their sum
        # the rest of the last member's printed name, and words the term map printed twice ('hosting visitors')
        keys = "|".join(re.escape(w) for words in g["members"].values() for w in words)
        rest = re.match(r"(?:[（(]境[）)])?费?(?:\s+(?:%s)[^\s，,、]*)*" % keys, text[spans[-1][1]:])
        text = text[:spans[0][0]] + name + text[spans[-1][1] + rest.end():]
    return text


def counted_in_group(name: str, sentence: str) -> bool:
    """Whether a sentence states a member's figure as its group counts it ('公务接待费支出 443.50 万元，占“三公”经费的
    65.60%'), not as another line of the same name ('（8）公务接待费（款）支出 16 万元' in the 公用经费)."""
    return any(any(w in name for words in g["members"].values() for w in words)
               and (group in sentence or any(w in sentence for w in g["words"])) for group, g in GROUPS.items())


def named_group(text: str) -> str | None:
    """The group a part asks about as a whole: named, and none of its members named on its own."""
    text = re.sub(r"[\u4e00-\u9fff“”、，（）()]*表", " ", text)      # a table's title names no figure
    for name, g in GROUPS.items():
        if (name in text or any(w in text for w in g["words"])) \
                and not any(w in text.replace(name, "") for words in g["members"].values() for w in words):
            return name
    return None


def _fit(f: Fact, title: str, question) -> float:
    """Question pairs the fact's column and table title carry ('预算数' or '决算数', a year)."""
    context = grams(title + " " + f.column)
    return sum(1 for g in question if len(g) == 2 and g in context)


def group_total(name: str, text: str, doc: ParsedDocument) -> tuple[list[Fact], bool] | None:
    """The printed total of the group (([fact], False)), else its members' facts to be summed (True)."""
    words = GROUPS[name]["words"]
    titles = {t.id: t.title for t in doc.tables}
    question = grams(text)

    def total(f: Fact) -> bool:
        if any(w in f.label for w in words):
            return bool(TOTALS.search(f.label)) or f.label.strip("“”\"") in (name.strip("“”"), *words)
        tail = next((f.column.split(w, 1)[1] for w in words if w in f.column), None)
        return tail is not None and bool(TOTALS.search(tail + f.label))
    totals = [f for f in doc.facts if f.unit in ("万元", "元") and total(f)]
    if totals:
        best = max(totals, key=lambda f: _fit(f, titles.get(f.table_id, ""), question))
        return [best], False
    members = []
    for member, keys in GROUPS[name]["members"].items():
        found = [f for f in doc.facts if f.unit in ("万元", "元") and any(w in titles.get(f.table_id, "") + f.column
                                                                         for w in words)
                 and any(k in f.label for k in keys)]
        if not found:
            return None
        members.append(max(found, key=lambda f: (_fit(f, titles.get(f.table_id, ""), question),
                                                 bool(TOTALS.search(f.label)))))
    return members, True


def group_answer(answerer, name: str, text: str, lang: str, docs: list[ParsedDocument], question: str,
                 members: bool = False) -> Answer | None:
    """'“三公”经费是多少': the total the disclosure prints, else the sum of its members' printed figures; with
    `members`, the members the table prints beside the total when they add up to it."""
    for doc in docs:
        found = group_total(name, text, doc)
        if found is None:
            continue
        facts, summed = found
        a = Answer(question, lang, "number", "", document=doc.document.name)
        label = doc.document.department or doc.document.name
        if not summed:
            answerer.number(a, doc, facts[0], label, lang, name)
            # its members beside it: what a reader asks next (not of a question listing the lines it wants:
            # '三公经费小计、会议费、培训费各是多少')
            listing = re.search(r"、|各|分别|\beach\b|respectively|小计|sub-?total", question, re.I)
            parts = [f for f in member_facts(name, doc) if f.unit == facts[0].unit] if members and not listing else []
            if len(parts) >= 2 and sum((f.value for f in parts), Decimal(0)) == facts[0].value:
                idx = answerer.cite_fact(a, doc, parts)
                a.facts += [AnswerFact(f.label, f.value, f.unit, None, [idx], quoted=True) for f in parts]
                a.answer += ("\n其中：" if lang == "zh" else "\nOf which: ") + ("、" if lang == "zh" else "; ").join(
                    f"{f.label} {format_decimal(f.value)} {f.unit}" for f in parts)
            return a
        value = sum((f.value for f in facts), Decimal(0))
        formula = " + ".join(format_decimal(f.value) for f in facts) + f" = {format_decimal(value)}"
        cited = [answerer.cite_fact(a, doc, [f]) for f in facts]
        a.facts.append(AnswerFact(name, value, facts[0].unit, formula, cited))
        a.answer = f"{label}：{name} = {format_decimal(value)} {facts[0].unit}（{formula}）"
        return a
    return None


def member_facts(name: str, doc: ParsedDocument) -> list[Fact]:
    """The printed figure of each member of the group: of the rows of its table naming a member, the largest (the
    member's 小计 where the table splits it: 公务用车购置及运行维护费小计)."""
    out = []
    for words in GROUPS[name]["members"].values():
        named = [f for f in doc.facts if f.table_kind == "three_public" and any(w in f.label for w in words)]
        if named:
            out.append(max(named, key=lambda f: f.value))
    return out
