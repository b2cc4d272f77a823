"""A question cut into clauses: sentences, then clauses at a comma when both sides ask something; English 'X and Y'
between two printed terms asks both; 'how is it split between A, B and C' asks each."""
from __future__ import annotations

import re

from core.qa.common import COUNTED, split_list
from core.qa.words import CUES, _any, has_subject


MEASURES = "|".join(CUES["measure_nouns"])
COUNTED_NOUN = re.compile("|".join(sorted(set(COUNTED.values()), key=len, reverse=True)))


def _clauses(q: str, english: bool = False) -> list[str]:
    """Sentences, then clauses split at a comma when both sides ask something."""
    out = []
    if english:
        q = " ".join(_english_parallel(x) for x in re.split(r"(?<=[?？;；])\s*|(?<=\.)\s+", q))
    # 'how much and by what percentage is it up': the two asks share one predicate, they are not two clauses
    if english:     # ('goods and services (and their shares)'): the aside asks each one's share, after its amount
        q = re.sub(CUES["each_share"], ", and what share of the total is each", q, flags=re.I)
    if english:     # ('the largest amount and which the smallest'): both ends of one ranking are one ask
        q = re.sub(CUES["extreme_pair"], lambda m: re.sub(r"\band (?:which|what) ", "and ", m.group(0)), q, flags=re.I)
    if english:     # ('why did A go down while B went up'): two reasons, each asked
        q = re.sub(r"\b(why\b[^?？;；]*?)\s*,?\s+(?:while|whereas|but)\s+(?!also\b)([^?？;；]+)", r"\1? why \2", q, flags=re.I)
    if english:     # 'by how much money and by what percentage did it grow': one change, asked in two measures
        q = re.sub(r"\b(how much) (?:money|in money|in amount|in yuan|in absolute terms)(?= and )", r"\1", q)
        # ('how much lower is it than in 2024, in amount and in percent'): the measures of one change, not operands
        q = re.sub(r",?\s*(?:both\s+)?in (?:absolute |money |yuan )?(?:amount|money|yuan|value|absolute)s?(?: terms)?"
                   r"\s+and\s+(?:in\s+)?(?:percent(?:age)?|relative|%)(?: terms)?", "", q, flags=re.I)
    # ('what do they sum to (it should equal the stated X)'): what a figure should agree with is no ask of its own
    q = re.sub(r"\s*[（(](?:it|they|this|which|these|that)\s+should\s+(?:equal|match|agree with)[^()（）]*[)）]", "", q)
    for sentence in re.split(r"[？?；;。]|(?<!how much)(?<!how many),?\s+and\s+(?=how |what |what's |which |by how |by what )|"
                             r"(?:[,:]|\s[—–-]+)\s*(?=how |what |what's |which )|:\s*(?=give me |tell me |show me )|"
                             r"\s[—–-]+\s*(?=(?:do|does|did|is|are|was|were)\s+(?:the|they|these|those|both|it|this|that)\b)", q):      # ('… two affiliated units: how many from A')
        sentence = sentence.strip(" ，,")
        if not sentence:
            continue
        # English 'X and (for) Y' between two printed terms asks for both ('water bills and electricity')
        # (a word or two may stand before the second: 'pensions of 退休费 and for the older 'lixiu' 离休费'; or it is a
        # code: 'under 2080505 (…缴费) and 2080506 (…)')
        # (an English noun may follow the first: 'the 培训费 expenses and the 合计')
        sentence = re.sub(r"(?<=[\u4e00-\u9fff）)'‘’])(?:\s+(?:expenses?|expenditures?|spending|costs?|fees?|amounts?|figures?|sub-?totals?|"
                          r"lines?|items?))?[,，]?\s+(?:and|versus|vs\.?)\s+(?:(?:for|on|of|to)\s+(?=(?:[a-z'‘’]+\s+){0,3}"
                          r"[\u4e00-\u9fff])|(?:the\s+)?(?:total\s+)?(?:(?:amounts?|figures?|sums?)\s+(?:for|of|on|to)\s+)?"
                          r"(?=[\u4e00-\u9fff]|\d{5,7}\b))", "，", sentence)
        # ('what are the total and line 30239 其他交通费用'): the table's total and a line are two asks
        sentence = re.sub(r"\b((?:the\s+)?(?:table\s+|grand\s+)?total)\s+and\s+(?=(?:the\s+)?(?:line|row|code|item)\s|\d{3,7}\b|"
                          r"[\u4e00-\u9fff])", r"\1，", sentence) if english else sentence
        # 'how many staff of A and of B': a preposition repeated after 'and' joins two things asked alike
        sentence = re.sub(r"\b((?:how (?:many|much)|what)\b[^,，]*?\b(of|for|at|in|on|from)\s+)(.+?)\s+and\s+\2\s+",
                          lambda m: f"{m.group(1)}{m.group(3)}, {m.group(1)}", sentence) if english else sentence
        # ('what are its three components (overseas travel, vehicles, reception)'): the bracket lists what is asked
        sentence = re.sub(r"(\band\s+)?\b(?:its|their)\s+(?:\w+\s+)?(?:components|parts|elements)\s*"
                          r"\(([^()]+)\)", lambda m: (", " if m.group(1) else "") + m.group(2), sentence) if english else sentence
        # an aside in brackets ('three public expenses (trips abroad, cars and hospitality)') is not split
        sentence = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(",", "\x00").replace("，", "\x01")
                          .replace("、", "\x02"), sentence)
        # ('（计算值，保留两位小数）'): nor is a comma inside Chinese brackets
        sentence = re.sub(r"（[^（）]*）", lambda m: m.group(0).replace(",", "\x00").replace("，", "\x01"), sentence)
        # ('哪一项最多，金额和占比各是多少'): two measures of one thing are two asks, not two things named
        sentence = re.sub(r"(?<![\u4e00-\u9fff])(" + MEASURES + r")(?:和|与|及|、)(" + MEASURES + r")(?:各自|分别|各)?(?:是|为)?多少",
                          lambda m: "，".join(CUES["measure_nouns"][w] + "是多少" for w in m.groups()), sentence)
        # '几次常委会议和几次主席会议': 和 between two asks joins two questions, as '、' does
        sentence = re.sub(r"((?:多少|几)[^、，和及与]{1,12})(?:和|及|以及|与)(?=多少|几)", r"\1、", sentence)
        # ('请给出A、B、C，以便核对三项之和是否等于合计'): what the figures are wanted for is a clause of its own
        sentence = re.sub(r"[，,]\s*(?=" + CUES["check_purpose"] + ")", "\x03", sentence)
        if "\x03" in sentence:
            out += _clauses(sentence.replace("\x03", "。"), english)
            continue
        pieces = re.split(r"([，、]|,(?!\d{3}))", sentence)     # not inside '200,000'
        merged: list[str] = []
        for p, sep in zip(pieces[::2], [""] + pieces[1::2]):
            if not p.strip():
                continue
            if merged and (sep == "、" and not (re.search(r"(?:多少|几)[^、，]{0,10}$", merged[-1])
                                                   and re.search(r"多少|几|原因|为什么|为何|什么", p))
                           or not _any(CUES["asks"] + CUES["reason"], merged[-1]) and not (english and (
                               has_subject(p) or re.fullmatch(r"\s*(?:合计|总计|小计)[.。]?\s*", p)))   # '…, and the table total'
                           # an English qualifier after an ask ('…, according to this disclosure') is part of it
                           or english and re.match(CUES["english_qualifiers"], p.lower())
                           # ('…, counting all funding sources, is that'): the rest of the sentence an aside cut
                           or english and re.fullmatch(r"\s*(?:is|are|was|were)\s+(?:that|it|this|they|these)\s*", p)
                           # ('how much each for A, B and C'): the things each is asked of
                           or english and re.search(r"\beach (?:for|of|on)\s+\S", merged[-1]) and not _any(CUES["asks"], p)
                           # ('what is the combined amount of A, B and C'): the items a total is of
                           or english and re.search(r"\b(?:combined|total|sum)\b[^,，]{0,20}\b(?:of|for|on)\s+\S|"
                                                    r"\badd(?:ed|ing)? up\s+\S", merged[-1]) and not _any(CUES["asks"], p)
                           # a whole that lists its items ('the combined total for A, B and C') is one operand
                           or not _any(CUES["asks"], p) and re.search(r"(?:total|sum|合计|总计) (?:for|of) ", merged[-1])):
                # a leading context clause ('2017年支出预算总表中，…') stays attached; '、' splits only
                # between two asks ('编制几个人、实有几个人')
                merged[-1] += ("，" if sep != "、" else sep) + p
            else:
                merged.append(p)
        # ('how much each for A，B，C'): each of the things listed, asked as 'A、B、C各多少' is
        merged = [re.sub(r"^(.*?\b(?:how much|what)\b[^，]*?)\beach (?:for|of|on)\s+(.+)$",
                         lambda m: re.sub(r"\s*，\s*", "、", m.group(2)) + " each " + m.group(1).strip(), x)
                  if english and "，" in x else x for x in merged]
        # ('how many 编制, 人员 实有, 退休人员'): each thing counted after one 'how many' is counted too
        merged = [("how many " + x.strip() if english and i and re.search(r"\bhow many\b", merged[i - 1])
                   and not _any(CUES["asks"], x) and COUNTED_NOUN.search(x) else x) for i, x in enumerate(merged)]
        out += [m.replace("\x00", ",").replace("\x01", "，").replace("\x02", "、") for m in merged]
    return out


def _english_parallel(sentence: str) -> str:
    """'how is it split between A, B and C' -> 'how much of it is for A, … for B, … for C'; and after 'how much
    of it went to A', a parallel 'and how much to B' is of it too."""
    # ('the 三公 total and its three parts: A, B and C'): the whole, then each part of it
    sentence = re.sub(r"\s+and\s+(?:its|their)\s+(?:\w+\s+)?(?:components|parts|elements|items|breakdown)\s*[:：]\s*",
                      ", and how is it split between ", sentence)
    # ('how much for housing in 2025: the fund and the allowance, separately'): each thing after the colon, too
    # (or printed names after the colon: 'how much goes to retired staff: the 离休费 and the 退休费')
    apart = re.match(r"(.*\bhow (?:much|many)\b[^:]*?):\s*([^:?]+?)(,?\s+(?:separately|respectively|each))?\s*\??$", sentence,
                     re.I)
    if apart and (apart.group(3) or all(re.search(r"[\u4e00-\u9fff]", x) for x in _items(apart.group(2)))):
        sentence = _each(apart.group(1) + ", ", _items(apart.group(2)), apart.group(1), "how many", "how much is") or sentence
    # ('how much does it pay its retired staff, split into A and B'): the whole asked, then each part of it
    into = re.match(r"(.*\bhow (?:much|many)\b[^?]*?),?\s+(?:split|broken down|divided)\s+(?:into|between|among)\s+(.+?)\s*\??$",
                    sentence, re.I)
    if into and not re.search(CUES["english_split"], sentence):
        sentence = _each(into.group(1) + ", ", _items(into.group(2)), into.group(1)) or sentence
    split = re.search(CUES["english_split"], sentence)
    if split:
        listed, rest = split_list(sentence[split.end():])
        # (a split of a count counts: 'how many vehicles…, and how were they split between A, B and C')
        counted = re.search(r"\bhow many\b", sentence[:split.start()], re.I)
        # ('how are the 三公经费 divided between A, B and C'): the whole named is asked first, the parts are of it
        whole = split.group("whole")
        named = "" if whole in ("it", "that", "this", "they", "these", "the money") else \
            ("how many " if counted else "how much is ") + whole + ", "
        each = _each(sentence[:split.start()] + named, _items(listed.strip(" ?.")), sentence[:split.start()])
        sentence = each + rest if each else sentence
    of_it = re.search(r"\bhow (?:much|many) of (it|that|this|them)\b", sentence)
    if of_it:
        sentence = sentence[:of_it.end()] + re.sub(r"\bhow (much|many)\b(?! of\b)(?!.*\b(?:total|in all)\b)",
                                                  rf"how \1 of {of_it.group(1)}", sentence[of_it.end():])
    return sentence


def _items(listed: str) -> list[str]:
    return [x for x in re.split(r",?\s+and\s+|,\s*", listed.strip()) if x.strip()]


def _each(lead: str, items: list[str], asking: str, count_ask: str = "how many of them are",
          money_ask: str = "how much of it is for") -> str:
    """'lead, how much of it is for A, how much of it is for B' (a count's parts counted); '' for fewer than two."""
    ask = count_ask if re.search(r"\bhow many\b", asking, re.I) else money_ask
    return lead + ", ".join(f"{ask} {x}" for x in items) if len(items) >= 2 else ""
