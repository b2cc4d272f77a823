"""Prose against tables, section by section: an amount stated in a section is compared with the tables that
section explains (rules.json `section_tables`), not with the first row of the same name anywhere. Within a
sentence: a change and its percentage, a share and its amounts, budget-vs-actual wording and completion rate."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from core.numbers import convert
from ingest.audit import DATA, MONEY, Context, Finding, same_unit, step

CHANGE = re.compile(DATA["change_words"])
NUM = r"(\d[\d,]*(?:\.\d+)?)\s*"
CHANGE_PCT = re.compile(NUM + r"万元[^。；]{0,40}?(增加|减少|增长|下降)\s*" + NUM + r"万元[，,]\s*(增长|下降|增加|减少)\s*" + NUM + "%")
SHARE = re.compile(NUM + r"(万元|元)[，,]\s*占\s*" + NUM + "%")
BUDGET_AMOUNT = re.compile(r"(年初|全年|调整后?)?预算(?:数)?为\s*" + NUM + r"万元")
ACTUAL_AMOUNT = re.compile(r"决算(?:数)?为\s*" + NUM + r"万元")
COMPLETION = re.compile(r"完成(年初|全年|调整后?)?预算(?:数)?的\s*" + NUM + "%")
EXECUTED = re.compile(r"执行数为\s*" + NUM + r"万元[，,]\s*(?:20\d\d年)?预算安排\s*" + NUM +
                      r"万元[，,]\s*比[^。；]{0,20}?(增加|减少|增长|下降)\s*" + NUM + "%")
MORE_THAN_ITSELF = re.compile(NUM + r"万元[，,]\s*比[^。；，]{0,16}?增加\s*" + NUM + r"万元")
WORDING = re.compile(r"决算数?(大于|小于|等于|高于|低于|超过|持平)[^。，]{0,4}预算")


def _d(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _norm(text: str) -> str:
    return re.sub(r"[\s“”\"（）()、：:·①-⑳]|[一二三四五六七八九十]+、|\d+[.．、]|其中|^(一是|二是)", "", text)


def _names(fact) -> set[str]:
    """A fact's row label and, for tables whose items are columns, the names in its column path."""
    label = _norm(fact.label)
    return {label, re.sub(r"支出$", "", label)} | {_norm(p) for p in fact.column.split("/") if p not in ("合计", "小计")}


def _tables_for(ctx: Context, section: str | None) -> list:
    """The tables a section explains: the deepest heading that names a table kind decides."""
    for heading in reversed((section or "").split(" > ")):
        for word, kinds in DATA["section_tables"]:
            if word in heading:
                return [t for t in ctx.data_tables() if t.kind in kinds]
    return []


def check(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    out += _levels(ctx)
    earlier: dict[str | None, list[Decimal]] = {}       # amounts stated so far in each section
    for p in ctx.doc.passages:
        if p.kind != "paragraph":
            continue
        seen = earlier.setdefault(p.section, [])
        out += _changes(ctx, p) + _executed(ctx, p) + _shares(ctx, seen, p) + _actual(ctx, p)
        seen += [_d(m.group(1)) for m in re.finditer(NUM + r"(万元|元)(?![，,]\s*占)", p.text)]
    return out


def _levels(ctx: Context) -> list[Finding]:
    out = []
    seen = set()
    for s in ctx.doc.stated:
        if s.unit not in MONEY or CHANGE.search(s.context) or (s.sentence, s.value) in seen:
            continue
        seen.add((s.sentence, s.value))
        passage = ctx.passages.get(s.passage_id)
        section = passage.section if passage else None
        tables = _tables_for(ctx, section)
        if not tables:
            continue
        # '人大事务（款）人大立法（项）支出810万元': the level markers and the verb after the name are not the name
        context = _norm(s.context)
        bare = _norm(re.sub(r"[（(][类款项][)）]", "", s.context))
        bare = re.sub(r"(支出|预算数?|安排|为|共计|合计|总额)+$", "", bare)
        facts = [f for t in tables for f in ctx.facts[t.id]]
        if not facts:
            if s.value != 0 and any(t.kind in ("three_public", "gov_fund", "state_capital") for t in tables):
                t = tables[0]
                out.append(ctx.fail("S5", f"{t.display_title} 没有数字，说明却写“{s.context}{s.value}{s.unit}”",
                                    [ctx.cite(t, []), ctx.cite_text(section, s.page, s.sentence)]))
            continue
        named = [(max((len(n) for n in _names(f) if context.endswith(n) or len(n) >= 3 and bare.endswith(n)),
                      default=0), f) for f in facts]
        longest = max((n for n, _ in named), default=0)
        if longest >= 3 or longest == 2 and context.endswith("总计"):
            matched = [f for n, f in named if n == longest]
        else:               # '“三公”经费预算2.00万元': the table's own subject, compared with its total row
            matched = [f for t in tables for f in ctx.facts[t.id] if f.label in ("合计", "总计")
                       and re.search(f"{DATA['table_subjects'].get(t.kind, '^$x')}(预算|支出|预算数|决算数|总额|合计)*$",
                                     context)]
        if not matched:
            out += _blank_row(ctx, tables, context, s, section)
            continue
        same = next((f for f in matched if same_unit(s.value, s.unit, f).quantize(step(f.value)) == f.value or
                     convert(f.value, f.unit, s.unit).quantize(step(s.value)) == s.value), None)
        f = same or matched[0]
        if same:
            out.append(Finding("P1", f"说明“{s.context}{s.value}{s.unit}” = {ctx.tables[f.table_id].display_title} {f.label}",
                               "ok", [ctx.cite_fact(f), ctx.cite_text(section, s.page, s.sentence)], f.value,
                               same_unit(s.value, s.unit, f), f.unit))
            continue
        out.append(ctx.compare("P1", f"说明“{s.context}{s.value}{s.unit}” = {ctx.tables[f.table_id].display_title} {f.label}（{f.column}）",
                               f.value, same_unit(s.value, s.unit, f), f.unit,
                               [ctx.cite_fact(f), ctx.cite_text(section, s.page, s.sentence)]))
    return out


def _graded(computed: Decimal, printed: Decimal) -> str:
    """A percentage one printed step away from the computed one is rounding, further is an error."""
    return "rounding" if abs(computed - printed) <= step(printed) else "error"


def _blank_row(ctx: Context, tables, context: str, s, section) -> list[Finding]:
    """The sentence names a row of the section's table that is printed without figures."""
    for t in tables:
        for i, row in enumerate(t.rows):
            label = _norm(next((c for c in row if c and not re.fullmatch(r"[\d,.\-]*", c)), ""))
            if len(label) >= 3 and context.endswith(label) and s.value != 0 and \
                    not any(re.fullmatch(r"-?[\d,]+(\.\d+)?", c or "") for c in row):
                return [ctx.fail("S5", f"{t.display_title} 的“{label}”一行没有数字，说明却写“{s.context}{s.value}{s.unit}”",
                                 [ctx.cite(t, [i]), ctx.cite_text(section, s.page, s.sentence)])]
    return []


def _within(printed: Decimal, lo: Decimal, hi: Decimal) -> bool:
    half = step(printed) / 2
    return lo - half <= printed <= hi + half


def _changes(ctx: Context, p) -> list[Finding]:
    """'A万元，比上年增加B万元，增长C%': C is B over last year's A∓B, allowing for the rounding of A and B."""
    out = []
    for m in CHANGE_PCT.finditer(p.text):
        a, verb, b, verb2, c = _d(m.group(1)), m.group(2), _d(m.group(3)), m.group(4), _d(m.group(5))
        up, up2 = verb in ("增加", "增长"), verb2 in ("增加", "增长")
        cite = [ctx.cite_text(p.section, p.page, m.group(0))]
        if up != up2:
            out.append(ctx.fail("P2", f"“{m.group(0)}”：{verb}与{verb2}方向相反", cite))
            continue
        e = step(a, b) / 2
        prior = [a - b if up else a + b, (a - e) - (b + e) if up else (a - e) + (b - e),
                 (a + e) - (b - e) if up else (a + e) + (b + e)]
        if min(prior) <= 0:
            continue        # from nothing: no percentage to check
        try:
            rates = [(b + d) / q * 100 for d in (-e, e) for q in prior[1:]]
            as_prior = [(b + d) / (a + g) * 100 for d in (-e, e) for g in (-e, e)]   # A was last year's
        except (InvalidOperation, ZeroDivisionError):
            continue
        if not _within(c, min(rates), max(rates)) and not _within(c, min(as_prior), max(as_prior)):
            rate = (b / prior[0] * 100).quantize(step(c))
            out.append(Finding("P2", f"“{m.group(0)}”：{b}/{prior[0]} = {(b / prior[0] * 100):.2f}%",
                               _graded(rate, c), cite, rate, c, "%"))
        else:
            out.append(Finding("P2", f"“{m.group(0)}”", "ok", cite, c, c, "%"))
    return out


def _shares(ctx: Context, earlier: list[Decimal], p) -> list[Finding]:
    """'…支出A万元，其中：基本支出B万元，占C%；…': C is B over an amount stated before it in the section (the
    whole it is a share of); an error when no earlier amount gives C."""
    out = []
    amounts = [(m.start(), _d(m.group(1))) for m in re.finditer(NUM + r"(万元|元)", p.text)]
    for m in SHARE.finditer(p.text):
        part, share = _d(m.group(1)), _d(m.group(3))
        wholes = [w for w in earlier + [v for at, v in amounts if at < m.start()] if w > part]
        if not wholes:
            continue
        cite = [ctx.cite_text(p.section, p.page, m.group(0))]
        if any(_within(share, (part - e) / (w + e) * 100, (part + e) / (w - e) * 100)
               for w in wholes for e in [step(part, w) / 2]):
            out.append(Finding("P3", f"“{m.group(0)}”", "ok", cite, share, share, "%"))
            continue
        whole = min(wholes, key=lambda w: abs(part / w * 100 - share))      # the nearest reading
        rate = (part / whole * 100).quantize(step(share))
        out.append(Finding("P3", f"“{m.group(0)}”：{part}/{whole} = {part / whole * 100:.2f}%", _graded(rate, share),
                           cite, rate, share, "%"))
    return out


def _executed(ctx: Context, p) -> list[Finding]:
    """'上年预算执行数为P万元，本年预算安排C万元，比上年预算执行数增加R%': R is C against P, in its direction;
    and 'A万元，比上年增加B万元' cannot add more than A itself."""
    out = []
    for m in EXECUTED.finditer(p.text):
        prior, current, verb, rate = _d(m.group(1)), _d(m.group(2)), m.group(3), _d(m.group(4))
        if prior <= 0:
            continue
        cite = [ctx.cite_text(p.section, p.page, m.group(0))]
        e = step(prior, current) / 2
        change = [abs(c - q) / q * 100 for c in (current - e, current + e) for q in (prior - e, prior + e)]
        up = verb in ("增加", "增长")
        if rate and up != (current > prior):
            out.append(ctx.fail("P2", f"“{m.group(0)}”：{current} 比 {prior} {'少' if up else '多'}，说明写{verb}", cite,
                                prior, current, "万元"))
        elif not _within(rate, min(change), max(change)):
            computed = (abs(current - prior) / prior * 100).quantize(step(rate))
            out.append(Finding("P2", f"“{m.group(0)}”：|{current} − {prior}| / {prior} = {computed}%",
                               _graded(computed, rate), cite, computed, rate, "%"))
        else:
            out.append(Finding("P2", f"“{m.group(0)}”", "ok", cite, rate, rate, "%"))
    for m in MORE_THAN_ITSELF.finditer(p.text):
        amount, increase = _d(m.group(1)), _d(m.group(2))
        if increase > amount + step(amount, increase):
            out.append(ctx.fail("P2", f"“{m.group(0)}”：增加的 {increase} 万元大于金额 {amount} 万元本身",
                                [ctx.cite_text(p.section, p.page, m.group(0))], amount, increase, "万元"))
    return out


def _actual(ctx: Context, p) -> list[Finding]:
    """'年初预算为A万元，全年预算为A′万元，支出决算为B万元，完成年初预算的C%。决算数小于预算数…': C is B over the
    budget it names (a completion rate of a budget of 0 is an error), and the wording agrees with B against it."""
    out = []
    for sentence in re.split(r"(?<=[。；;])", p.text):
        actual = ACTUAL_AMOUNT.search(sentence)
        budgets = [(b.group(1) or "", _d(b.group(2))) for b in BUDGET_AMOUNT.finditer(sentence)]
        if not actual or not budgets:
            continue
        spent = _d(actual.group(1))
        done = COMPLETION.search(sentence)
        named = done.group(1) or "" if done else ""
        budget = next((v for q, v in budgets if q == named), budgets[0][1])
        cite = [ctx.cite_text(p.section, p.page, sentence)]
        if done:
            rate = _d(done.group(2))
            if budget == 0 and rate != 0:
                out.append(ctx.fail("P4", f"完成{named}预算的 {rate}%，而{named}预算为 0 万元", cite, budget, spent, "万元"))
            elif budget:
                e = step(budget, spent) / 2
                if not _within(rate, (spent - e) / (budget + e) * 100, (spent + e) / (budget - e) * 100):
                    computed = (spent / budget * 100).quantize(step(rate))
                    out.append(Finding("P4", f"完成率：{spent}/{budget} = {spent / budget * 100:.2f}%，说明写 {rate}%",
                                       _graded(computed, rate), cite, computed, rate, "%"))
        # the wording follows the figures, in the same sentence or the next one
        w = WORDING.search(p.text, p.text.find(sentence), p.text.find(sentence) + len(sentence) + 80)
        if w and budget:
            said = {"大于": 1, "高于": 1, "超过": 1, "小于": -1, "低于": -1, "等于": 0, "持平": 0}[w.group(1)]
            real = (spent > budget) - (spent < budget)
            if said == real:
                out.append(Finding("P4", f"“决算数{w.group(1)}预算数”：决算 {spent}，预算 {budget}", "ok", cite,
                                   budget, spent, "万元"))
            else:
                out.append(ctx.fail("P4", f"说明写“决算数{w.group(1)}预算数”，而决算 {spent} 万元、预算 {budget} 万元",
                                    cite, budget, spent, "万元"))
    return out
