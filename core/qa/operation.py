"""One clause -> its operation: lookup, sum, difference, change, share, list, reason, rank, execution, average,
with the operands the clause names ('A和B加起来', 'A比B多多少', 'A占B的比例'). Cue words live in retrieval/cues.json."""
from __future__ import annotations

import re

from core.qa.enumeration import protected
from core.qa.share_parts import share_parts
from core.qa.words import ANAPHOR, CUES, HAN, MEASURE, _any, _any_word, asks_purpose, has_subject, subject_of


def _two_operands(clause: str, words, many: bool = False) -> list[str] | None:
    """'A比B多多少' / 'A和B相差多少' / 'A加B' -> [A, B]; with `many`, 'A、B和C三项加起来' -> [A, B, C]."""
    for w in words:
        if w in clause:
            # 'A、B和C这三项“三公”经费加起来': the count and the group name after the items are not an item
            left = re.sub(r"(?:这|这些|等)?[两三四五六七八九十\d]+[项个类笔种](?:[“”\"\u4e00-\u9fff]{0,8})$", "",
                          clause.split(w)[0].strip())
            # ('跟代表有关的两项钱——A和B——加起来'): the items are the aside between the dashes
            left = next((x for x in reversed(left.split("——")) if re.search(r"和|与|、|及", x)), left) \
                if "——" in left else left
            m = [x for x in re.split(r"比|和|与|跟|(?<![增追参附添施更])加上?(?!起|班|快|强|大|入)|、|\+|＋|\bbetween\b|\band\b", left)
                 if x.strip()]
            if len(m) == 1:     # two fees side by side, no word between ('水费电费加起来')
                m = [x for x in re.split(r"(?<=费)(?=[\u4e00-\u9fff]{1,8}费$)", m[0]) if x.strip()]
            if len(m) >= 2 and "的" in m[-2] and all(len(x.strip()) <= 4 and "的" not in x for x in m[-1:]):
                # 'A的货物和服务': both are A's ('省政协专项会议的货物和服务一共多少')
                m = m[:-1] + [m[-2][:m[-2].rfind("的") + 1] + m[-1].strip()]
            take = m if many else m[-2:]
            if len(m) >= 2 and all(len(subject_of(x)) >= 2 for x in take):
                return [x.strip() for x in take]
    return None


def _summed(clause: str, labels: set[str]) -> tuple[str, list[str]] | None:
    """'台式计算机和便携式计算机一共多少钱': two named things and a total word ask their sum (a joiner inside a
    printed name, '社会保障和就业支出一共多少', does not)."""
    word = next((w for w in CUES["sum_total_words"] if w in clause), None)
    if word is None or _any(CUES["with_previous"], clause) or re.search(r"\S\s*[+＋]\s*\S", clause):
        return None         # '连同会议费、培训费合计多少': the earlier part's subject is in the total too ('A+B' says its own)
    # (not a joiner inside an aside: '…的采购（货物加服务）一共')
    left = re.sub(r"（[^（）]*）|\([^()]*\)", lambda m: "·" * len(m.group()), clause.split(word)[0])
    joins = [m.start() for m in re.finditer(r"和|与|、|以及|及|(?<![增追参附添施更])加上?(?!起|班|快|强|大|入)", left)]
    kept = [i for i in joins if protected(clause, i, labels)]
    if not joins or len(kept) == len(joins):
        return None
    # ('工资福利支出和对个人和家庭的补助加起来'): the joiner inside a printed name is held while the names are split
    held = "".join("\ue000" if i in kept else c for i, c in enumerate(clause))
    ops = _two_operands(held, [word], many=True)
    return ("sum", [o.replace("\ue000", clause[i]) for o in ops for i in kept[:1]] if kept else ops) if ops else None


def normalise_codes(text: str) -> str:
    """'212 01 99' (a code printed with spaces) -> '2120199'."""
    return re.sub(r"(?<!\d)(\d{3})\s(\d{2})(?:\s(\d{2}))?(?!\d)", lambda m: "".join(g or "" for g in m.groups()), text)


def _plus_operands(clause: str) -> list[str] | None:
    """'（案件审判+案件执行）加起来' -> [案件审判, 案件执行]."""
    m = re.search(r"([\u4e00-\u9fff“”（）]{2,20})\s*[+＋]\s*([\u4e00-\u9fff“”（）]{2,20})", clause)
    return [m.group(1).strip("（）"), m.group(2).strip("（）")] if m else None


def _english_operands(clause: str) -> tuple[str, list[str]] | None:
    """'how much more … for A than for B' -> difference [A, B]; 'add up … on A, on B and on C' -> sum [A, B, C]."""
    m = re.search(r"how much (?:more|less|higher|lower|bigger|larger|greater|smaller)\b(.+?)\bthan\b(.+)", clause) \
        or re.search(r"how much (?:does|did|do|will|would)?\s*(.+?)\s+(?:exceed|exceeds|exceeded|outstrip|outstrips|"
                     r"outstripped|surpass|surpassed|top|topped)\s+(.+)", clause)     # 'by how much did A exceed B'
    if m and re.search(r"\bthan\b", m.group(0)) is None and _any(CUES["prior_words"], m.group(2)):
        return "change", []
    than = re.sub(r"^\s*(?:in|for|with|on)?\s*(?:the|a|its|their|his|her)?\s*", "", m.group(2)) if m else ""
    if m and (re.match(r"20\d\d\b", than) or than.startswith(tuple(w for w in CUES["prior_words"] if w.isascii()))):
        return "change", []        # 'how much smaller than the 2023 budget': the same measure a year before
    if m:
        a = re.sub(r"^\s*(?:was|is|were|are|did|does|do|will|would)\s+", "", re.split(r"\b(?:for|on|to)\b", m.group(1))[-1])
        b = re.sub(r"^\s*(?:for|on|to)\b", "", m.group(2))
        if len(subject_of(a)) >= 2 and len(subject_of(b)) >= 2:
            return "difference", [a.strip(" ，,?？"), b.strip(" ，,?？")]
    if re.search(r"\badd(?:ed|ing)? up\b|\bcombined\b|\b(?:al)?together\b|\bin total\b|\bsum of\b", clause):
        head = re.split(r"\bwhat is\b|\bhow much\b(?! .*\bon\b)", clause)[0]
        # two printed terms side by side ('会议费 培训费', from 'meetings and training') are two items; a short
        # word before a term ('编制 机关事业单位…', from 'staff …') is not
        items = [x for x in re.split(r"[，,、]|\band\b|\bplus\b|(?<=[\u4e00-\u9fff）)]{3})\s+(?=[\u4e00-\u9fff“]{3})", head)
                 if HAN.search(x)]
        asked = re.search(r"\b(?:how much|what)\b(.*?)\b(?:add(?:ed|ing)? up|combined|(?:al)?together|in total)\b", clause)
        between = [x for x in re.split(r"[，,、]|\band\b|\bplus\b", asked.group(1)) if HAN.search(x)] if asked else []
        if len(items) < 2 or len(between) >= 2:
            # 'how much do the 水费 and 电费 add up to', 'in the … table, what's A plus B altogether': the things
            # between the asks, before those of a frame
            items = between or items
        after = re.search(r"\b(?:combined|together|in total|sum of)\b(.*)", clause)
        if len(items) < 2 and after:      # 'what is the combined budget for 案件审判 and 案件执行'
            items = [re.split(r"\b(?:for|on|to|of)\b", x)[-1]
                     for x in re.split(r"[，,、]|\band\b|\bplus\b", after.group(1)) if HAN.search(x)]
        if len(items) >= 2:
            return "sum", [x.strip(" ，,?？") for x in items]
    return None


def _asks_about_stated(clause: str) -> bool:
    """'…比上年少了6成多，是什么情况', '这202.24万元主要用在了哪些方面', 'what was the roughly 2 million yuan … used
    for': the question states the figure (or its change) itself and asks what lies behind it, not an amount."""
    low = clause.lower()
    stated = re.search(CUES["stated_change"], low)
    if not stated and asks_purpose(low):
        # (the purpose asked is the open question: 'what was the roughly 2 million yuan … used for')
        return bool(re.search(CUES["stated_figure"], low)) and not re.search(r"多少|几|how much|how many", low)
    after = low[stated.end():] if stated else ""
    return bool(stated) and bool(re.search(CUES["open_ask"], after)) and not re.search(
        r"多少|几|how much|how many|哪[一个项]|which (?:line|item|one|project)|百分|percent|share|比例", after)


def operation(clause: str) -> tuple[str, list[str]]:
    if (_any(CUES["reason"], clause.lower()) or _asks_about_stated(clause) or _any(CUES["purpose_asks"], clause.lower())
            and _any_word(CUES["change"], re.sub(CUES["change_nouns"], " ", clause, flags=re.I))) \
            and not re.search(CUES["change_breakdown"], clause, re.I):
        # ('比上年多了480万，多出来的钱是干嘛用的': what the increase pays for; '…分别用在哪、各多少' its parts)
        return "reason", []
    if re.search(CUES["change_rank"], clause, re.I) and re.search(CUES["change_up"] + "|" + CUES["change_down"], clause, re.I) \
            and re.search(CUES["extreme_max"] + r"|最|哪一项|哪项|\bwhich (?:one|item|line)\b", clause, re.I):
        return "rank", []       # '…中增长最多的是哪一项', 'which one had the largest percentage cut'
    if re.search(CUES["change_by_rate"], clause, re.I) and re.search(r"几[个项]|多少[个项]|哪些|哪几|\bhow many\b|\bwhich\b",
                                                                   clause, re.I):
        return "rank", []       # '与上年相比减少10%的项目有几个', 'which lines were cut by exactly 10 percent'
    if re.search("|".join(CUES[k] for k in ("filter_up", "filter_down", "filter_same")), clause, re.I) \
            and re.search(r"几[个项家]|多少[个项]|有哪些|哪几项|\bhow many\b|\bwhich\b", clause, re.I):
        return "list", []       # '比上年增加的有几项', 'which lines were unchanged': the lines that changed so
    if _any(CUES["execution"], clause.lower()):
        return "execution", []
    if _any(CUES["average"], clause.lower()):
        return "average", []
    if not HAN.search(re.sub(r"[\u4e00-\u9fff（）“”]+", "", clause)) and re.search(r"[a-z]{3}", clause) \
            and not re.search(r"\b(?:percentage|percent)\s+(?:of|is|was)\b|\bwhat percent|\b(?:share|proportion)\b", clause):
        # ('how much bigger than the year before, in money and in percent': the percent of the change)
        english = _english_operands(clause)
        if english:
            return english
    m = re.search(CUES["difference_pattern"], clause)
    # '2019年比2017年多了多少', '比2024年预算少了多少': the same measure in another year
    # (and what the asker adds after it: '比2024年少了是吧，少了多少')
    other_year = m and re.fullmatch(r"\s*20\d\d年?度?(?:实际|当年)?\s*", re.sub(
        r"[少多]了?|是吧|是不是|对吧|吧|吗|呢|[，,。？?\s]", "", MEASURE.sub("", m.group(2))))
    if m and (_any(CUES["prior_words"], m.group(2)) or other_year):
        return "change", []
    if m and not _any(CUES["prior_words"], m.group(2)) and not other_year \
            and len(subject_of(m.group(2))) >= 2:
        a, b = m.group(1).strip(" “”\"，,"), m.group(2).strip(" “”\"")
        shared = re.split(r"[，,]", a)
        if len(shared) > 1 and len(subject_of(b)) <= 6:
            # 'X支出，决算比年初预算少多少': both measures are of the subject X named before the comma
            head = "".join(shared[:-1])
            a, b = head + shared[-1], head + b
        return "difference", [a, b]
    if re.search(CUES["children_asked"], clause) and not re.search(CUES["extreme_max"] + "|" + CUES["extreme_min"], clause):
        return "list", []       # '其下三个项级科目的编码和金额': the lines under it, each with its code and amount
    if _any(CUES["list"], clause.lower()) and not re.search(r"百分|比例|比重|占比|percent|share|proportion", clause.lower()) \
            or re.search(CUES["list_asks"], clause.lower()) and not re.search(
            r"多少|(?<!哪)几[个张项家]?|最|how much|how many|most|largest|biggest|highest|lowest|smallest|"
            r"\badd(?:s|ed)? up\b|\bcomes? to\b|altogether|in all\b", clause.lower()):
        return "list", []
    if _any(CUES["difference"], clause) and not _any(CUES["prior_words"], clause):
        ops = _two_operands(clause, CUES["difference"])
        if ops:
            return "difference", ops
        if _any(CUES["difference_back"], clause.lower()) or not has_subject(
                re.sub("|".join(map(re.escape, CUES["difference"])) + "|多大|多少|大不大", "", clause)):
            return "difference", []     # over the figures the parts before stated ('两者相差多少', '差距多大')
    if _any(CUES["sum"], clause) or re.search(r"\S\s*[+＋]\s*\S", clause):
        ops = _plus_operands(clause) or _two_operands(clause, CUES["sum"], many=True)
        if ops:
            return "sum", ops
    if re.search(CUES["prior_figure"], clause.lower()):
        return "lookup", []     # the year before's figure, worked back from the change stated before
    if _any_word(CUES["change"], re.sub(CUES["change_nouns"], " ", clause.replace("上年结转", ""), flags=re.I)):
        return "change", []
    if _any(CUES["execution_asked"], clause) and not _any(CUES["share"], clause):
        return "execution", []      # '事业运行全年预算多少': the line's budget, spending and rate, stated together
    if _any(CUES["share"], clause) or re.search(r"占[^，,。？?；;]{1,12}?的?(?:多少|几)", clause):
        ops = share_parts(clause)       # ('分别占本年支出的多少')
        return "share", ops if ops and all(len(subject_of(x)) >= 2 or ANAPHOR.fullmatch(x.strip(" ，,?？"))
                                           for x in ops) else []
    if re.search(r"\b(?:vs\.?|versus|against)\s*(?:19|20)\d\d\b|\b(?:vs\.?|versus)\s+(?:last|the previous|prior) year\b", clause, re.I):
        return "change", []     # ('reserve contingency fund vs 2017'): the figure against another year's
    return "lookup", []


def _execution_question(text: str) -> bool:
    """'全年预算多少，实际支出多少，差多少、完成了百分之几': one line's budget against its spending, asked measure by
    measure; not a change on another year."""
    # ('公车编制几辆、实际有几辆': what is held of a count, not money spent)
    # ('实际在编在职人员和离退休人员各多少名': people held, whatever stands between)
    low = re.sub(r"(?:实际|实有|actual(?:ly)?)(?:[^，,。？?；;]{0,4}?|(?=[^，,。？?；;]{0,16}?(?:" + CUES["person_subjects"]
                 + r"))[^，,。？?；;]{0,16}?)(?:(?:几|多少)(?:个|辆|人|名|台|套|家)|how many)", " ", text.lower())
    # ('how far below its full-year budget did spending end up': the gap names the spending it is of)
    return bool(re.search(CUES["execution_budget"], low) and (re.search(CUES["execution_actual"], low)
                                                              or _any(CUES["execution_gap"], low))) \
        and not _any(CUES["prior_words"], low) and not re.search(r"比20\d\d|than (?:in )?20\d\d|compared", low)
