"""The words a plan is read with: cue vocabulary from retrieval/cues.json, the filler that asks rather than names,
and what a clause is about (its subject)."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from core.qa.enumeration import CHANGE_VERBS

ROOT = Path(__file__).resolve().parent.parent.parent
CUES = json.loads((ROOT / "retrieval" / "cues.json").read_text(encoding="utf-8"))
OPS = ("lookup", "sum", "difference", "share", "change", "list", "count", "define", "reason", "execution", "average")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_FILLER = set(CUES["english_filler"])
PLACEHOLDERS = set(CUES["placeholder_nouns"])
# 'why' and its words ('主要原因是什么', 'what was the reason given') name no subject of their own
REASON_WORDS = re.compile("|".join(map(re.escape, sorted(CUES["reason"], key=len, reverse=True)))
                          + r"|主要|\b(?:was|were|is|are|the|given|behind|for it|for this)\b")
GENERIC = set(CUES["generic_words"])
# an operand that points back at the figure the part before answered ('what share of the total is that')
ANAPHOR = re.compile(r"(?:that|it|this|that amount|this amount|that sum|this sum|that total|these|those|they|them|the two|both|这|这个|这笔钱|它|其|"
                     r"它们|这些|这两[项笔个块]|两者|二者)")
# words that ask or qualify, not what is asked about: stripped before deciding a part has a subject of its own
FILLER = re.compile(r"按照?[^，,。？?]{0,10}?[计推]?算|(?:情况)?说明(?:中|里)?(?:称|写的?|说)|据说明|文中|请|该项|此项|这一?项|(?:与|和|同|较)(?:上年|去年|上一年|20\d\d年)[^，,。？?]{0,6}?相比|或|多少万元|万元|多少钱|是多少|为多少|多少|百分之几|百分比|几|分别|各自|各|是|为|了|的|呢|吗|请问|一下|有|共|一共|"
                    r"安排|预算数?|金额|大约|大概|大致|差不多|约|比上年|比去年|上一年|前一年|上年度?|去年|与上年相比|相比|比|增加|减少|增长|下降|增幅|降幅|"
                    r"变化|增减|幅度|率|涨了?|降了?|完成|支出决算|决算数?|年初|全年|执行数|实际|实有|在岗|在编|最后|花了|花|"
                    r"how much|how many|what|is|was|the|and|by|of|it|[？?，,。；;、\s]")
# the measure a part asks (年初预算, 决算 …) is its own; the subject it inherits is the thing measured
MEASURE = re.compile(r"(年初|全年|调整后?)?预算数?|(支出)?决算数?|(预算)?执行数")
# the same, inside a name it leaves alone ('一般公共预算财政拨款支出年初预算' keeps 一般公共预算)
INHERITED_MEASURE = re.compile(r"(?<!公共)(年初|全年|调整后?)?预算数?(?![财拨单资])|(支出)?决算数?|(预算)?执行数")


@lru_cache(maxsize=256)
def _pattern(words: tuple[str, ...]) -> re.Pattern:
    """English cue words match whole words, with an ending ('rise' is not inside 'authorised'; 'increase' is in
    'increased'); Chinese ones anywhere."""
    return re.compile("|".join((r"(?<![a-z])" + re.escape(w) + r"(?:s|es|d|ed|ing|n)?(?![a-z])")
                               if w[:1].isascii() and w[:1].isalpha()
                               and w[-1:].isalpha() else re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _any(words, text: str) -> bool:
    return any(w in text for w in words)


def asks_purpose(text: str) -> bool:
    """'…用在了哪些方面', 'what was … actually used for': what a line or a figure pays for."""
    low = text.lower()
    return _any(CUES["purpose_asks"], low) or bool(re.search(CUES["purpose_pattern"], low))


def asks_meaning(text: str) -> bool:
    """'三公经费是什么意思', 'what is meant by X': what a term means, not a figure ('what is X' alone may ask one)."""
    low = text.lower()
    said = [w for w in CUES["define"] if w in low] or re.findall(r"是啥", text) * bool(re.match(CUES["define_asked"], text))
    meaning = [w for w in said if w not in ("what is", "what are", "what does", "什么是", "是什么")]
    return bool(meaning) and not re.search(r"多少|几|how much|how many|金额|amount", low)


def _any_word(words, text: str) -> bool:
    return bool(words) and bool(_pattern(tuple(words)).search(text))


def subject_of(text: str) -> str:
    """The words before what is asked: '2017年机关运行经费预算是多少' -> '2017年机关运行经费预算'."""
    m = re.search(r"是多少|为多少|有多少|多少|是几|几|是否|比上年|比去年|比20\d\d|与上年|与20\d\d|较上年|同比|增加|"
                  r"减少|增长|下降|占|how much|how many|what", text)
    head = (text[:m.start()] if m else text).strip(" ，,？?的")
    if m and m.group(0) in ("有多少", "多少", "是多少", "为多少", "是几", "几") and HAN.search(head):
        # '总共有多少预算收入', '开几次常委会议': what is counted may follow the asking word (after its measure word)
        tail = FILLER.sub("", re.split(r"[，,？?。、]", text[m.end():])[0])
        tail = re.sub(r"^(?:" + "|".join(map(re.escape, CUES["measure_words"])) + ")", "", tail)
        if len(HAN.findall(tail)) >= 2:
            head += tail
    if HAN.search(head) or len([w for w in re.findall(r"[a-z]{3,}", head) if w not in ENGLISH_FILLER]) >= 2:
        return head
    # English asks first ('by how much did housing spending rise'): the words that are not asking words
    words = [w for w in re.findall(r"[a-z']+|[\u4e00-\u9fff（）“”]+", text.lower()) if w not in ENGLISH_FILLER]
    return " ".join(words) or head




ASKING_ONLY = re.compile("|".join(map(re.escape, sorted(
    [w for w in CUES["difference"] + CUES["sum_total_words"] + ["总额", "总数"] if HAN.search(w)], key=len, reverse=True))))


def has_subject(text: str) -> bool:
    """Whether a part names what it asks about: '比上年多出多少' and '总额是多少' do not (they read on)."""
    # ('与上年相比三项分别减少多少'): the lines counted before ('三项', '这两项') are named by the parts before
    bare = re.sub(r"20\d\d年度?|\b20\d\d\b|其中|(?:这|那)?[两二三四五六七八九十]+[项个笔者类](?![\u4e00-\u9fff]{0,2}(?:费|支出|经费))",
                  "", text)
    # (the asking words read in either order: one may cut into the other, '减少多少' leaving '减')
    bares = [FILLER.sub("", CHANGE_VERBS.sub("", ASKING_ONLY.sub("", bare))),
             FILLER.sub("", CHANGE_VERBS.sub("", ASKING_ONLY.sub("", FILLER.sub("", bare))))]
    # ('what was the 2024 figure'): a word standing for any figure names nothing
    english = [w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in ENGLISH_FILLER and w not in PLACEHOLDERS]
    return all(len(HAN.findall(b)) >= 2 or bool(re.search(r"\d{3,7}", b)) for b in bares) or bool(english)


RANKED = re.compile(CUES["ranked_count"], re.I)
EXTREME = re.compile(CUES["extreme_max"] + "|" + CUES["extreme_min"], re.I)     # the largest or the smallest asked


def ranked_count(text: str) -> int | None:
    """How many of the largest (or smallest) are asked ('the three biggest projects', '金额最大的三项'); None when the
    text names no count."""
    m = RANKED.search(text)
    word = m and next(g for g in m.groups() if g)
    n = word and (int(word) if word.isdigit() else CUES["count_words"].get(word.lower()))
    return n if n and 1 < n < 50 else None


PORTION = re.compile(r"\bhow (?:much|many) of (?:the |its |this |that )?(.+?)\s+(?:is|are|was|were|goes|go|went|will)\b(.+)"
                     r"|^(.{2,}?)(?:中|里面|里|当中)[，,]?\s*(?:有)?多少(?:金额|钱|资金)?(?:是|用于|用在|给|花在)(.+)", re.I)


def portion_of(text: str) -> tuple[str, str] | None:
    """(the whole, the portion asked of it): 'how much of the procurement budget is set aside for SMEs'."""
    m = PORTION.search(text)
    return None if not m else (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
