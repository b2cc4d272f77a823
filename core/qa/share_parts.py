"""The two sides of a share a clause asks: '基本支出里，人员经费占多大比例' -> [人员经费, 基本支出]; 'what percentage
of X does that make up' -> [that, X]. The part comes first, the whole second; [] when the clause does not say."""
from __future__ import annotations

import re

# 'what percentage of X does that make up': X is the whole, 'that' the part
POINTED_SHARE = re.compile(r"(?:percent(?:age)?|share|proportion|part) of (.+?) (?:does|do|did|is|was|are) "
                           r"(that|it|this|these|those|they)\b(?: \w+){0,3}\s*[?？]?$")
# 'what percentage is it of X'
POINTED_SHARE_AFTER = re.compile(r"(?:percent(?:age)?|share|proportion|part) (?:is|was|are) (that|it|this) of (.+)$")


def share_parts(clause: str) -> list[str]:
    # ('以“三公”经费小计为分母重新计算公务接待费占比'): the whole named as the denominator
    base = re.search(r"以(.+?)为(?:分母|基数|基准)[，,]?(?:重新)?(?:计算|测算|核算)?(.+?)的?(?:所?占比|比例|比重|占.{0,6}比)", clause)
    if base and base.group(2).strip(" “”\"，,"):      # (not '…为分母重新计算，占比应为多少': the part is named before)
        return [base.group(2).strip(" “”\"，,"), base.group(1).strip(" “”\"，,")]
    m = re.search(r"(.+?)所?占(.*?)(?:的)?(?:比例|比重|百分比|百分之|份额|多少|几)", clause)
    whole = re.sub(r"^[了的]+|多大|多少|几", "", m.group(2)).strip(" “”\"的") if m else ""
    ops = [m.group(1).strip(" “”\"，,"), whole] if whole else []      # '工程占了多大比例' names no whole
    w = m and not re.sub(r"[了的]|多大|多少|几", "", m.group(2)).strip() and re.search(
        r"^(.+?)(?:里面|里|之中|当中|中)?[，,]\s*(.+)$|^(.+?)(?:里面|里|之中|当中|(?<=[\u4e00-\u9fff]{2})中(?![小央国期心间]))(.+)$",
        m.group(1))
    inside = m and not re.sub(r"[了的]|多大|多少|几", "", m.group(2)).strip() and re.search(
        r"^(.*?)\s*在(.+?)(?:里面|里|之中|当中|中)$", m.group(1).strip(" ，,"))
    if inside and inside.group(1).strip():      # '津贴补贴在工资福利支出里占多大比重': the whole after 在
        w, ops = None, [inside.group(1).strip(" “”\"，,"), inside.group(2).strip(" “”\"，,")]
    if w:       # '基本支出里，人员经费占多大比例': the whole is named first, then the part
        whole, part = (w.group(1), w.group(2)) if w.group(1) else (w.group(3), w.group(4))
        ops = [part.strip(" “”\"，,"), whole.strip(" “”\"，,")]
    # '预算里，有百分之多少是花在X上' / 'what percentage of X goes to Y': the part named after the ask
    r = re.search(r"(.+?)[里中，,\s]*有?百分之(?:多少|几)是?(?:花在|用于|用在|给|投向)?(.+?)(?:上|这.{0,4})?$", clause) \
        or re.search(r"(?:percentage|share|proportion|part) of (.+?) (?:goes|went|go|is|was|are|were|consisted of|"
                     r"consists of|consist of|is made up of|was made up of|comes from|came from)"
                     r"(?: spent| used| allocated)?(?: to| on| for)? (.+)$", clause) \
        or re.search(r"^of (.+?)[，,]?\s*what (?:percentage|share|proportion|part) (?:is|was|are|goes to|went to) (.+)$",
                     clause) \
        or re.search(r"(?:percent(?:age)?|share|proportion|part) of (?!(?:the|that|this|its) total\b)(.+?) (?:does|do|did) (?!(?:that|it|this|these|those|they)\b)"
                     r"(.+?) (?:represent|take(?: up)?|make up|account for|form|constitute|occupy)\b", clause)
    pointed = None if r or ops else POINTED_SHARE.search(clause)
    after = None if r or ops or pointed else POINTED_SHARE_AFTER.search(clause)
    if pointed or after:
        ops = [pointed.group(2), pointed.group(1).strip(" “”\"，,")] if pointed else \
            [after.group(1), after.group(2).strip(" “”\"，,?？")]
        if re.search(r"\b(?:together|combined)\b", clause) and ops[0] in ("these", "those", "they"):
            ops[0] = "they together"        # 'together what share of X do they make up': their sum
    # ('what share goes to services'; 'what share of the total does vehicle running cost take')
    bare = None if r or ops or pointed or after else re.search(
        r"\bwhat (?:share|percentage|proportion|part)\s+(?:goes|went|is|was)\s+(?:to|for|on)\s+(.+?)\s*[?？]?$", clause) \
        or re.search(r"\b(?:share|percentage|proportion|part) of (?:the|that|this|its) total (?:does|do|did) (?!(?:that|it|this|"
                     r"these|those|they)\b)(.+?) (?:represent|take(?: up)?|make up|account for|form|constitute|occupy)\b", clause)
    if bare and " of " in bare.group(0) and not re.search(r"\s|(?:费|支出|经费|资金|补助|补贴)$", bare.group(1).strip()):
        bare = None     # ('…, what share of the total did vehicles account for'): a bare noun points back at a line named before
    if bare:        # 'what share goes to services', after the total was asked: of that total
        ops = [bare.group(1).strip(" “”\"，,"), "total"]
    if r and not ops:
        # 'is X rather than Y': the part is X
        part = re.sub(r"\s+(?:rather than|instead of|as opposed to|and not|not)\b.*$", "", r.group(2))
        ops = [part.strip(" “”\"，,"), r.group(1).strip(" “”\"，,")]
    return [o.strip(" ?？") for o in ops]
