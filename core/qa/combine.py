"""Answers combined from other answers: a sum or difference over the figures earlier parts of one question
stated, and a change between two stored years of one department."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from core.numbers import round2
from core.qa.common import CHANGE
from core.qa.numbers import bigrams
from core.qa.words import CUES, has_subject, ranked_count
from core.types import Answer, AnswerFact, Part, format_decimal

# a whole that points back ('占这个合计的百分比', 'what share of that fee'): a figure the question already stated
BACK_WHOLE = re.compile(CUES["back_reference"], re.I)
WHOLE_WORDS = re.compile(CUES["whole_words"], re.I)
TABLE_WHOLE = re.compile(r"(?:该|本|此|这张|那张)表|\b(?:the|that|this) table\b", re.I)
CONTEXT = re.compile(r"^(.+?)(?:里面|里|之中|当中|中)[，,]\s*(.+)$")


def share_operands(operands: list[str]) -> list[str]:
    """'X里，Y占这一类支出的…': the whole that points back is the X the part was scoped to."""
    part, whole = operands
    m = CONTEXT.match(part.strip())
    if m and BACK_WHOLE.match(WHOLE_WORDS.sub("", whole.strip(" “”\"，,"))):
        return [part, m.group(1)]
    return operands


def enumerated_whole(operand: str) -> list[str] | None:
    """'“三公”经费、会议费、培训费合计' / 'the combined total for 三公经费, 会议费 and 培训费': a whole that is the
    sum of the items it lists."""
    if not re.search(CUES["enumerated_total"], operand, re.I) or not re.search(r"、|,|，", operand):
        return None
    bare = re.sub(CUES["enumerated_total"], " ", operand, flags=re.I)
    items = [x.strip(" “”\"'‘’，,") for x in re.split(r"、|,|，|\band\b|\bplus\b", bare)]
    if "、" in bare and re.search(r"[和及与]", items[-1]):      # 'A、B和C'
        items = items[:-1] + re.split(r"[和及与]", items[-1])
    items = [x for x in items if len(bigrams(x)) >= 1]
    return items if len(items) >= 2 else None


def whole_stated(operands: list[str], answered: list[tuple[str, AnswerFact]]) -> bool:
    """Whether a share's whole is a figure an earlier part stated (or the scope a back-reference points to)."""
    if share_operands(operands) != operands:
        return True
    part = answered[-1][1] if answered and re.fullmatch(r"\s*(?:that|it|this|这|它)\s*", operands[0]) \
        else earlier_figure(operands[0], answered)
    return earlier_figure(operands[1], answered, operands[0], part) is not None


def earlier_figure(operand: str, answered: list[tuple[str, AnswerFact]], not_of: str = "",
                   not_fact: AnswerFact | None = None) -> AnswerFact | None:
    """The figure an earlier part of the question stated for what the operand names: a back-reference ('这个合计',
    'that fee') is the last one; otherwise the one whose subject (or, of a part that stated several, label) holds
    nearly all the operand's words ('整个采购预算' after '政府采购预算一共安排了多少'), the most specific first. Not
    one whose subject also holds `not_of`, the other operand ('机关运行经费里会议费' does not state the 机关运行经费
    total), nor `not_fact`, the figure the other operand is."""
    core = WHOLE_WORDS.sub("", operand.strip(" “”\"，,?？"))
    candidates = [(subject, fact) for subject, fact in answered
                  if not_fact is None or (fact.value, fact.unit) != (not_fact.value, not_fact.unit)]
    together = re.search(r"(?:这|那)?([两二三四五])(?:项|者|个)|(?<![a-z])(?:both|the (two|three|four)|they|these|those)\b",
                         operand)
    if together and re.search(r"合计|一共|总共|加起来|合起来|之和|together|combined|\bsum\b|\btotal\b|both", operand, re.I):
        # ('…各多少？这两项合计占…的比例'): the last figures stated, summed
        n = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "two": 2, "three": 3, "four": 4}.get(
            together.group(1) or together.group(2) or "two", 2)
        money = [f for _, f in candidates if f.unit in ("万元", "元") and not f.formula]
        if re.search(r"\b(?:they|these|those)\b", operand) and not together.group(2):
            n = len(money)      # ('…and together what share do they make up'): every figure stated before
        money = money[-n:]
        if len(money) == n and len({f.unit for f in money}) == 1:
            total = sum((f.value for f in money), Decimal(0))
            return AnswerFact(" + ".join(f.label for f in money), total, money[0].unit,
                              " + ".join(format_decimal(f.value) for f in money) + f" = {format_decimal(total)}",
                              sorted({i for f in money for i in f.citations}))
    sums = [f for _, f in candidates if f.formula and " + " in f.formula]
    if sums and re.search(r"合计|一共|总共|加起来|合起来|之和|together|combined|in total|\bsum\b", operand, re.I):
        return sums[-1]         # ('…五项合计多少？占…的比例'): the sum a part before computed
    if TABLE_WHOLE.search(operand):
        # ('会议费占该表合计数的比例'): the table's own total, when an earlier part stated it
        return next((f for _, f in reversed(candidates) if re.sub(r"[（(].*", "", f.label) in ("合计", "总计")), None)
    if BACK_WHOLE.match(core):
        return candidates[-1][1] if candidates else None
    if re.fullmatch(r"\s*(?:total|sum|whole|总额|总数|合计|总计|总)\s*", core, re.I) and candidates:
        # 'what share of the total …' after a total and its parts: the whole is the largest figure stated
        money = [f for _, f in candidates if f.unit in ("万元", "元")]
        return max(money, key=lambda f: f.value) if money else None
    own, other = bigrams(core), bigrams(not_of)
    best, best_key = None, (0.67, 0)
    for subject, fact in candidates:
        said = bigrams(subject)
        if other and other <= said or re.search(r"、|和|\band\b", subject) or len(own) < 2 and not (
                core and len(core) >= 2 and core in fact.label):
            continue        # a subject naming several things ('货物、工程、服务各买') is no one figure's name
            # (a name of one pair is the figure printed under it: '服务' of 三、服务C（总计）)
        key = (len(own & said) / len(own), -len(said))
        if key >= best_key:
            best, best_key = fact, key
    return best


CHANGE_WORDS = re.compile("|".join(sorted((re.escape(w) for w in CUES["change"] + CUES["prior_words"]), key=len,
                                           reverse=True)), re.I)


def share_pair(subject: str, head: AnswerFact | None, answered: list) -> list[AnswerFact] | None:
    """[whole, part] for a share asked after parts that narrowed a whole: the whole is the figure they were within,
    the part the earlier figure the share names."""
    own = set(re.findall(r"[\u4e00-\u9fff]", subject))
    named = [f for s, f in answered if f is not head and own and own <= set(s + f.label)]
    return [head, named[-1]] if head is not None and named else None


MONEY = {"元": Decimal(1), "万元": Decimal(10000)}


def _in_unit(f: AnswerFact, unit: str) -> AnswerFact | None:
    """The figure in the unit asked, where money converts exactly (322000 元 is 32.20 万元); else None."""
    if f.unit == unit:
        return f
    if f.unit not in MONEY or unit not in MONEY:
        return None
    value = f.value * MONEY[f.unit] / MONEY[unit]
    return replace(f, value=value.quantize(Decimal("0.01")) if value == value.quantize(Decimal("0.01")) else value,
                   unit=unit, label=f"{f.label}（{format_decimal(f.value)} {f.unit}）")


def over_earlier(op: str, firsts: list[AnswerFact], out: Answer, lang: str, question: str) -> Answer | None:
    """'…各有多少钱？加起来是多少？': the sum (or the difference of the last two) of the figures the parts before
    stated, each cited where it was."""
    firsts = [f for f in firsts if f.unit]      # (a code stated beside its amount is no figure to add)
    if op == "average":     # '涉及多少资金？平均每个项目多少': the last amount over the last count before it
        money = next((f for f in reversed(firsts) if f.unit in ("万元", "元")), None)
        count = next((f for f in reversed(firsts) if f.unit not in ("万元", "元", "%")), None)
        facts = [money, count] if money and count and count.value else []
    else:
        # (one amount in 元 among amounts in 万元, '公务用车运行维护费 322000 元', is read in 万元: a sum leaves none out)
        facts = [_in_unit(f, firsts[-1].unit) for f in firsts] if firsts else []
        if op == "sum" and any(f is None for f in facts) and any(f.unit in MONEY for f in firsts):
            return None
        facts = [f for f in facts if f is not None]
    facts = facts[-2:] if op in ("difference", "share") else facts
    whole = next((f for f in facts if op == "sum" and len(facts) >= 3 and len({g.unit for g in facts}) == 1
                  and f.value == sum((g.value for g in facts if g is not f), Decimal(0))), None)
    facts = [f for f in facts if f is not whole]        # ('车辆总数及各类车辆数，核对分类数之和'): the total is not
    # one of the items it is the sum of
    if len(facts) < 2 or op == "share" and not facts[0].value:
        return None
    a = Answer(question, lang, "number", "", document=out.document, citations=list(out.citations))
    unit = facts[0].unit
    if len({re.sub(r"^[一二三四五六七八九十]+、", "", f.label) for f in facts}) < len(facts):
        # one line read in two tables: each is named by its table ('收支预算总表' and '财政拨款支出预算表')
        facts = [replace(f, label=f"{f.label}（{a.citations[f.citations[0]].table}）")
                 if f.citations and a.citations[f.citations[0]].table else f for f in facts]
    if op == "share":       # '总共多少？其中Y多少，占比多少': Y over the figure it was within
        whole, part = facts
        value, unit = round2(part.value / whole.value * 100), "%"
        formula = f"{format_decimal(part.value)} / {format_decimal(whole.value)} × 100 = {format_decimal(value)}"
        label = f"{part.label} / {whole.label}"
    elif op == "average":
        value = round2(facts[0].value / facts[1].value)
        formula = f"{format_decimal(facts[0].value)} / {format_decimal(facts[1].value)} = {format_decimal(value)}"
        label = f"{facts[0].label} / {facts[1].label}"
    elif op == "sum":
        value = sum((f.value for f in facts), Decimal(0))
        formula = " + ".join(format_decimal(f.value) for f in facts) + f" = {format_decimal(value)}"
        label = " + ".join(f.label for f in facts)
    else:
        big, small = sorted(facts, key=lambda f: -f.value)
        value = big.value - small.value
        formula = f"{format_decimal(big.value)} - {format_decimal(small.value)} = {format_decimal(value)}"
        label = f"{big.label} - {small.label}"
    cited = sorted({i for f in facts for i in f.citations})
    a.facts.append(AnswerFact(label, value, unit, formula, cited))
    a.answer = f"{label} = {format_decimal(value)} {unit}（{formula}）"
    return a


STATED_CHANGE = re.compile(r"(增加|减少|增长|下降|降低|压减|节约|上升|[小少低大多高]于上一?年[\u4e00-\u9fff]{0,5})了?$")
DECREASE = ("减少", "下降", "降低", "压减", "节约", "小于", "少于", "低于")
RATE_ASKED = re.compile(CUES["rate_asked"], re.I)


def rate_of_stated_change(change: AnswerFact, current: Answer, lang: str, question: str) -> Answer | None:
    """'单位预留机动经费增加 3075.14 万元' with the line's figure 3258.06 from the tables: the year before is the
    figure less the change, and the rate is the change over it (the prose stated no rate)."""
    now = current.facts[0] if current and current.facts else None
    word = STATED_CHANGE.search(change.label)
    if now is None or word is None or now.unit != change.unit or now.value <= change.value:
        return None
    sign = -1 if word.group(1) in DECREASE else 1
    prior = now.value - sign * change.value
    if prior <= 0:
        return None
    rate = round2(change.value / prior * 100)
    a = Answer(question, lang, "number", "", document=current.document, citations=list(current.citations))
    cited = list(now.citations)
    a.facts.append(now)
    a.facts.append(AnswerFact("上年（由说明推算）" if lang == "zh" else "previous year (from the stated change)", prior,
                              now.unit, f"{format_decimal(now.value)} - ({sign * change.value}) = {format_decimal(prior)}",
                              cited))
    a.facts.append(AnswerFact(word.group(1) + ("率" if lang == "zh" else " rate"), rate, "%",
                              f"{format_decimal(change.value)} / {format_decimal(prior)} × 100 = {format_decimal(rate)}",
                              cited))
    a.answer = f"{now.label} {format_decimal(now.value)} {now.unit}; " + \
        f"{a.facts[1].label} {format_decimal(prior)} {now.unit}（{a.facts[1].formula}）; {a.facts[2].label} " + \
        f"{format_decimal(rate)}%（{a.facts[2].formula}）"
    return a


EXTREME_MAX, EXTREME_MIN = re.compile(CUES["extreme_max"], re.I), re.compile(CUES["extreme_min"], re.I)


def extreme_of_items(text: str, out: Answer, lang: str, question: str) -> Answer | None:
    """'…下面要买哪些东西？哪一项金额最大、是多少': the largest (or smallest) of the items the part before listed."""
    top, low = EXTREME_MAX.search(text), EXTREME_MIN.search(text)
    items = [i for i in out.items if i.value is not None]
    if not items or bool(top) == bool(low) or len({i.unit for i in items}) != 1 \
            or ranked_count(text) or ranked_count(question):
        return None     # (the two or three largest are the list itself)
    pick = (max if top else min)(items, key=lambda i: i.value)
    a = Answer(question, lang, "number", "", document=out.document, citations=list(out.citations))
    a.facts.append(AnswerFact(pick.name, pick.value, pick.unit, None, list(pick.citations)))
    word = ("最大" if top else "最小") if lang == "zh" else ("the largest" if top else "the smallest")
    a.answer = f"{word}：{pick.name} {format_decimal(pick.value)} {pick.unit}" if lang == "zh" else \
        f"{word}: {pick.name} {format_decimal(pick.value)} {pick.unit}"
    return a


def count_of_items(text: str, out: Answer, lang: str, question: str) -> Answer | None:
    """'…有哪些项目填了绩效目标表？一共几个？': how many things the list before named."""
    if not out.items:
        return None
    word = re.search(r"(?:几|多少)([个项家张条])", text)
    a = Answer(question, lang, "number", "", document=out.document, citations=list(out.citations))
    cited = sorted({i for item in out.items for i in item.citations})
    a.facts.append(AnswerFact("个数" if lang == "zh" else "count", Decimal(len(out.items)), word.group(1) if word else "个",
                              f"count of the {len(out.items)} items listed", cited))
    a.answer = f"共 {len(out.items)} {a.facts[0].unit}" if lang == "zh" else f"{len(out.items)} in all"
    return a


COMPARED_MAX, COMPARED_MIN = re.compile(CUES["compared_max"], re.I), re.compile(CUES["compared_min"], re.I)


def larger_of(text: str, answered: list[tuple[str, AnswerFact]], lang: str, question: str, out: Answer) -> Answer | None:
    """'…A和B各花了多少…哪个多' / 'which was larger': the larger (smaller) of the amounts the parts before stated."""
    top, low = COMPARED_MAX.search(text), COMPARED_MIN.search(text)
    rest = COMPARED_MAX.sub(" ", COMPARED_MIN.sub(" ", text.lower()))
    if bool(top) == bool(low) or has_subject(rest):
        return None
    money = [f for _, f in answered if f.unit in ("万元", "元") and not f.formula]
    if len(money) < 2 or len({f.unit for f in money}) != 1:
        return None
    pick = (max if top else min)(money, key=lambda f: f.value)
    a = Answer(question, lang, "number", "", document=out.document, citations=list(out.citations))
    a.facts.append(pick)
    word = ("较多" if top else "较少") if lang == "zh" else ("larger" if top else "smaller")
    a.answer = f"{pick.label}{word}（{format_decimal(pick.value)} {pick.unit}）" if lang == "zh" else \
        f"{pick.label} is {word} ({format_decimal(pick.value)} {pick.unit})"
    return a


# the year before named ('before' alone, a prior word elsewhere, is too loose to ask a figure of it)
PRIOR_ASKED = re.compile("|".join(re.escape(w) for w in CUES["prior_words"] if w != "before"), re.I)


STATED_AFTER = re.compile(r"(?:比|与|较)(?:上年|上一年|20\d\d年)度?[^，,。；;]{0,8}?(?P<direction>增加|减少|增长|下降)\s*"
                          r"(?P<amount>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>万元|元)")


def _change_after(text: str, money: list) -> tuple:
    """The first figure stated whose sentence goes on, within a clause or two, to its change on the year before."""
    flat = text.replace(",", "")
    for f in money:
        for at in (m.start() for m in re.finditer(re.escape(format_decimal(f.value).replace(",", "")), flat)):
            m = STATED_AFTER.search(flat, at, at + 60)
            if m and m.group("unit") == f.unit and not re.search(r"[。；;](?!\s*(?:与|比|较)(?:上年|上一年|20\d\d年))",
                                                                 flat[at:m.start() + 6]):
                return f, AnswerFact(m.group("direction"), Decimal(m.group("amount")), f.unit, None, f.citations)
    return None, None


def prior_of_stated_change(text: str, year: int | None, out: Answer, lang: str, question: str) -> Answer | None:
    """'…比上年少了多少？照这么算2016年的预算是多少': the year before's figure, worked back from the figure and the
    change the parts before stated (443.50 less a decrease of 0.8 was 444.30)."""
    years = {int(y) for y in re.findall(r"20\d\d", text)}
    asking = re.split(r"[，,]|\b(?=what |how much )", text)[-1]      # ('按说明中的增减额推算，上年该项是多少': the change is the means)
    # (the disclosure's own year may be named too: '2018年预算…比上年增加…，倒推2017年')
    if not (year and years - {year} == {year - 1} or not years and PRIOR_ASKED.search(text)) or CHANGE_WORDS.search(
            PRIOR_ASKED.sub(" ", re.sub(r"20\d\d年?度?", " ", asking))) or RATE_ASKED.search(asking):
        return None
    money = [f for f in out.facts if f.unit in ("万元", "元") and not f.formula]
    change = next((f for f in reversed(money) if STATED_CHANGE.search(f.label) or f.label in ("增加", "减少")), None)
    now = next((f for f in money if change is not None and f is not change and f.unit == change.unit
                and not STATED_CHANGE.search(f.label)), None)
    if change is None or now is None:
        # the change printed right after the figure, in the sentence the answer quotes ('184.65万元，比2023年度增加2.55万元')
        # (a part that asked only the change states no figure of its own: the figure is read there too)
        stated = next((m for m in CHANGE.finditer(out.answer) if m.group("amount") and m.group("direction")), None)
        current = stated and Decimal(stated.group("current").replace(",", ""))
        now = next((f for f in money if stated and f.value == current and f.unit == stated.group("unit")), None) \
            or (AnswerFact("本年" if lang == "zh" else "this year", current, stated.group("unit"), None, change.citations)
                if stated and change is not None and change.value == Decimal(stated.group("amount").replace(",", ""))
                else None)
        if now is not None:
            change = AnswerFact(stated.group("direction"), Decimal(stated.group("amount").replace(",", "")), now.unit,
                                None, now.citations)
        else:       # ('支出总计2,633.69万元，其中：…上年结转0万元，比上年减少2039.97万元'): the change its sentence goes on to
            now, change = _change_after(out.answer, money)
    if change is None or now is None:
        return None
    sign = -1 if any(w in change.label for w in DECREASE) else 1
    prior = now.value - sign * change.value
    if prior <= 0:
        return None     # (a change of something larger than the figure: not its change)
    a = Answer(question, lang, "number", "", document=out.document, citations=list(out.citations))
    formula = f"{format_decimal(now.value)} {'+' if sign < 0 else '-'} {format_decimal(change.value)} = {format_decimal(prior)}"
    a.facts.append(AnswerFact("上年（由说明推算）" if lang == "zh" else "previous year (from the stated change)", prior,
                              now.unit, formula, sorted(set(now.citations + change.citations))))
    a.answer = f"{a.facts[0].label} = {format_decimal(prior)} {now.unit}（{formula}）"
    return a


def across_years(results: list[Answer], plan, scope, lang: str, question: str) -> Answer | None:
    """'2019年比2017年多了多少' over one department's disclosures of two years: the change between the first
    amount each year's answer gives, with its rate."""
    extreme = YEAR_EXTREME.search(plan.text)
    if not (any(p.op in ("change", "difference") for p in plan.parts) or CHANGE_WORDS.search(plan.text) or extreme) \
            or len(results) < 2:
        return None
    years = {p.document.name: p.document.year for p in scope.docs}
    departments = {p.document.department for p in scope.docs}
    dated = sorted(((years.get(r.document), r) for r in results if years.get(r.document)), key=lambda x: x[0])
    if len(departments) != 1 or len({y for y, _ in dated}) < 2:
        return None
    highest = _year_extreme(dated, extreme, next(iter(departments)), lang, question) if extreme else None
    if not (any(p.op in ("change", "difference") for p in plan.parts) or CHANGE_WORDS.search(plan.text)):
        return highest
    (y0, r0), (y1, r1) = dated[0], dated[-1]
    # each year's own figure, not a change its explanation states ('比上年预算减少97万元')
    levels = [[f for f in r.facts if f.unit in ("万元", "元")] for r in (r0, r1)]
    levels = [[f for f in fs if not CHANGE_WORDS.search(f.label)] or fs for fs in levels]
    f0 = next(iter(levels[0]), None)
    f1 = next((f for f in levels[1] if f.unit == (f0.unit if f0 else None)), None)
    if f0 is None or f1 is None:
        return None
    out = Answer(question, lang, "number", "", document=f"{next(iter(departments))} {y0}→{y1}")
    c0 = [out.cite(r0.citations[i]) for i in f0.citations]
    c1 = [out.cite(r1.citations[i]) for i in f1.citations]
    diff = f1.value - f0.value
    formula = f"{format_decimal(f1.value)} - {format_decimal(f0.value)} = {format_decimal(diff)}"
    out.facts.append(AnswerFact(f"{y1} - {y0}", abs(diff), f1.unit, formula, c0 + c1))
    if f0.value:
        rate = round2(diff / f0.value * 100)
        out.facts.append(AnswerFact(f"{y0} → {y1} %", abs(rate), "%",
                                    f"{format_decimal(diff)} / {format_decimal(f0.value)} × 100 = {format_decimal(rate)}",
                                    c0 + c1))
    word = ("增加" if diff >= 0 else "减少") if lang == "zh" else ("up" if diff >= 0 else "down")
    out.answer = (f"{y0}→{y1}：{word} {format_decimal(abs(diff))} {f1.unit}（{formula}）" if lang == "zh"
                  else f"{y0} to {y1}: {word} {format_decimal(abs(diff))} {f1.unit} ({formula})")
    if highest is not None:     # ('哪一年最高？2019年比2017年少了多少'): both
        remap = {i: out.cite(c) for i, c in enumerate(highest.citations)}
        out.facts[:0] = [replace(f, citations=[remap[i] for i in f.citations]) for f in highest.facts]
        out.answer = highest.answer + "\n" + out.answer
    return out


# 'which year was highest', '哪一年最高': of the years' own figures
YEAR_EXTREME = re.compile(r"(?:哪一?年|哪个年度?)[^，,。？?]{0,6}(?:最|更)(?P<zh>[高多大低少小])|\bwhich year\b[^,?]{0,20}\b"
                          r"(?P<en>highest|largest|biggest|most|lowest|smallest|least)\b", re.I)


def _year_extreme(dated: list, extreme: re.Match, department: str, lang: str, question: str) -> Answer | None:
    """The year whose own figure (the first amount its answer gives) is the largest or smallest."""
    figures = []
    for year, r in dated:
        own = [f for f in r.facts if f.unit in ("万元", "元") and not CHANGE_WORDS.search(f.label)]
        if own:
            figures.append((year, own[0], r))
    if len(figures) < 2 or len({f.unit for _, f, _ in figures}) != 1:
        return None
    top = (extreme.group("zh") or extreme.group("en").lower()) in ("高", "多", "大", "highest", "largest", "biggest", "most")
    year, fact, r = (max if top else min)(figures, key=lambda x: x[1].value)
    out = Answer(question, lang, "number", "", document=f"{department} {figures[0][0]}→{figures[-1][0]}")
    cited = [out.cite(r.citations[i]) for i in fact.citations]
    listed = "、".join(f"{y} {format_decimal(f.value)}" for y, f, _ in figures)
    out.facts.append(AnswerFact(f"{year}（{'最高' if top else '最低'}）" if lang == "zh" else
                                f"{year} ({'highest' if top else 'lowest'})", fact.value, fact.unit,
                                f"{'max' if top else 'min'}({listed})", cited))
    out.answer = (f"{'最高' if top else '最低'}的是 {year} 年：{format_decimal(fact.value)} {fact.unit}（{listed}）"
                  if lang == "zh" else f"{'Highest' if top else 'Lowest'}: {year}, {format_decimal(fact.value)} "
                  f"{fact.unit} ({listed})")
    return out


def vacancy_pair(text: str, figures: list[AnswerFact]) -> list[AnswerFact] | None:
    """'…编制多少，其中A、B各多少，实有多少，空编多少': the posts allowed in all against the people in post, not the last
    two figures stated."""
    if not re.search(r"空编|缺编|unfilled|vacan", text, re.I):
        return None
    quota = next((f for f in figures if re.search(CUES["quota_words"], f.label) and not re.search(CUES["actual_words"], f.label)), None)
    actual = next((f for f in reversed(figures) if re.search(CUES["actual_words"], f.label)), None)
    return [quota, actual] if quota and actual and quota.unit == actual.unit else None


def siblings_out(part: Part, parts: list[Part], answered: list) -> list:
    """'…basic and project expenditure, and what share of the total does each take': each share's whole is the
    total, not the other line asked beside it (the figures of the sibling shares' lines left out)."""
    if part.op != "share" or len(part.operands) != 2:
        return answered
    siblings = [p.operands[0] for p in parts if p is not part and p.op == "share" and len(p.operands) == 2
                and p.operands[1] == part.operands[1]]
    names = [re.sub(r"[^\u4e00-\u9fff]", "", x) for x in siblings]
    return [(said, f) for said, f in answered if not any(n and (n in said or n in f.label) for n in names)]
