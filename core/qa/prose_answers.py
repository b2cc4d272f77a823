"""Answers the prose states: a year-on-year change (recomputed from the tables where they hold the figures),
an amount stated only in a sentence, the sentence that answers a question."""
from __future__ import annotations

import re
from decimal import Decimal

from core.numbers import round2
from core.qa.common import (CHANGE, CHANGE_EXECUTED, CUES, HAN, STOP, change_subject, han_bigrams, template,
                             unscoped, without_own_department)
from core.qa.numbers import CHANGE_ASKED, CHANGED_ITEM, NUMBER, PURCHASE_ASKED, PURCHASED, asked_units, counted_measure, english_count_unit
from core.qa.prose import budget_levels, doc_bigrams, reason_after
from core.qa.groups import counted_in_group
from core.types import AnswerFact, AnswerItem, Citation, ParsedDocument, StatedFact, format_decimal


PERIOD = re.compile(CUES["period_words"])       # the period and the word 'total'


def _direction(diff: Decimal, lang: str) -> str:
    if lang == "zh":
        return "增加" if diff > 0 else "减少" if diff < 0 else "持平"
    return "increase" if diff > 0 else "decrease" if diff < 0 else "no change"


HEADING_AMOUNT = re.compile(r"^[（(]?[一二三四五六七八九十\d]+[）)、.．]?\s*([\u4e00-\u9fff（）]{2,20}?)\s*([\d,]+(?:\.\d+)?)\s*(万元|元)")


def heading_amounts(doc: ParsedDocument) -> list[StatedFact]:
    """Amounts a section heading states ('（一）人员经费 4,704.35 万元', its paragraphs saying what it includes),
    as stated facts of the heading's first paragraph."""
    out, seen = [], set()
    for p in doc.passages:
        heading = (p.section or "").split(" > ")[-1]
        m = HEADING_AMOUNT.match(heading) if p.kind == "paragraph" and heading not in seen else None
        seen.add(heading)
        if m:
            out.append(StatedFact(doc.document.id, p.id, Decimal(m.group(2).replace(",", "")), m.group(3),
                                  m.group(1), heading.strip(), p.page))
    return out


STATED_VERB = re.compile(r"增加|减少|增长|下降|压减|节约|调减|调增")


def _named_before(q: str, measure: str | None, sent: str) -> int:
    """An area belongs to what is printed right before it ('房屋14609.83平方米', '办公用房建筑总面积1421.9平方米'):
    how many characters of what the question asks the area of stand in the six printed right before it."""
    owner = {c for c in re.sub(r"多少|多大|几|是|有|平方米", "", q.split("面积")[0]) if HAN.match(c) and c not in STOP}
    if measure != "平方米" or not owner:
        return 0
    runs = [0]
    for m in re.finditer(r"\d[\d,.]*\s*平方米", sent):
        before = re.sub(r"(面积|约为|约|为|共|：|:)+$", "", sent[:m.start()])
        runs.append(len(set(before[-6:]) & owner))
    return max(runs)


def _for_purpose(q: str, doc):
    """The one amount whose next sentence says what it pays for in a printed phrase of the question ('（12）其他交通费用
    （款）支出 174.92 万元。用于公车改革后人员公务交通补贴支出。' for 'transport allowances' -> 公务交通补贴)."""
    phrases = [r for r in re.findall(r"[\u4e00-\u9fff]{4,}", q)]
    if not phrases:
        return None
    passages = {p.id: p for p in doc.passages}
    found = []
    for s in doc.stated:
        if s.unit not in ("万元", "元"):
            continue
        passage = passages.get(s.passage_id)
        at = passage.text.find(s.sentence.strip()) if passage else -1
        if at < 0:
            continue
        after = re.split(r"(?<=[。；;])", passage.text[at + len(s.sentence.strip()):])[0]
        named = max((len(ph) for ph in phrases if ph in re.sub(r"\s+", "", after)), default=0)
        if re.match(r"\s*(?:主要)?用于", after) and named:
            found.append((named, s))
    longest = max((n for n, _ in found), default=0)
    found = [s for n, s in found if n == longest]      # the longest phrase of the question it names
    return found[0] if len({(s.value, s.unit) for s in found}) == 1 else None


class ProseAnswers:
    def change(self, a, q, lang, doc, label) -> bool:
        """Year-on-year change: recompute what the prose states (current from the tables where they hold it,
        prior year from the prose) and say so when the prose and the computation disagree."""
        subject = re.sub(r"20\d\d年度?|比上年|与上年|上一年|前一年|上年|去年|增减|变化|变动|增长|减少|下降|增加|多少|了|是|的|预算|相比|比|实际",
                         " ", q)
        # the department's own characters ('万里街道' of …万里街道办事处) are scope, not the subject
        named = set(doc.document.department or "")
        # … and words the document never prints ('给干警的' for 提租补贴) cannot be matched: they do not count
        wanted = {b for b in han_bigrams(subject) if not set(b) <= named} & doc_bigrams(doc).keys()
        best, best_score = None, 0.0
        levels = budget_levels(q)
        for p in doc.passages:
            if p.kind != "paragraph":
                continue
            sentences = re.split(r"(?<=[。；;])", p.text)
            for sentence in sentences:
                m = CHANGE.search(sentence) or CHANGE_EXECUTED.search(sentence)
                if not m or sentence[:m.start()].endswith("结转"):
                    continue
                # '1.“…统计管理（项）”2.63万元。2022年当年预算执行数为…': the subject is in the item's first sentence
                subject_text = sentence[:m.end()] if m.re is CHANGE else sentences[0] + sentence[:m.end()]
                score = len(wanted & han_bigrams(subject_text)) / (len(wanted) or 1)
                score += any(n in subject_text for n in levels)     # '政协会议（项）' printed as asked
                if score > best_score:
                    best, best_score = (p, sentence, m), score
        if best is None or best_score < 0.5:
            return False
        p, sentence, match = best
        m = match.groupdict()
        current = Decimal(m["current"].replace(",", ""))
        unit = m["unit"]
        stated_amount = Decimal(m["amount"].replace(",", "")) if m.get("amount") else None
        sign = -1 if m["direction"] in ("减少", "下降") else 1
        prose_cite = a.cite(Citation(doc.document.name, None, p.section, p.page_of(sentence), [sentence.strip()[:60]]))
        titles = {t.id: t.title for t in doc.tables}
        table_fact = next((f for f in doc.facts if f.value == current and f.unit == unit
                           and han_bigrams(f.label + titles.get(f.table_id, "")) & wanted), None)
        cur_cite = self.cite_fact(a, doc, [table_fact]) if table_fact else prose_cite
        a.facts.append(AnswerFact("本年" if lang == "zh" else "this year", current, unit, None, [cur_cite]))
        if m["prior"]:
            prior = Decimal(m["prior"].replace(",", ""))
            a.facts.append(AnswerFact("上年" if lang == "zh" else "previous year", prior, unit, None, [prose_cite]))
            diff = current - prior
            # '减少了多少' is answered with the magnitude; the direction is in the label and the words
            a.facts.append(AnswerFact(_direction(diff, lang), abs(diff), unit,
                                      f"{format_decimal(current)} - {format_decimal(prior)} = {format_decimal(diff)}",
                                      [cur_cite, prose_cite]))
        elif stated_amount is not None:
            diff = sign * stated_amount
            prior = current - diff
            a.facts.append(AnswerFact(_direction(diff, lang), stated_amount, unit, None, [prose_cite]))
            a.facts.append(AnswerFact("上年（由说明推算）" if lang == "zh" else "previous year (from the stated change)",
                                      prior, unit, f"{format_decimal(current)} - ({format_decimal(diff)}) = "
                                      f"{format_decimal(prior)}", [cur_cite, prose_cite]))
        else:
            diff, prior = Decimal(0), current
        notes = []
        if prior:
            pct = round2(diff / prior * 100)
            rate = _direction(diff, lang) + ("率" if lang == "zh" else " rate")
            if m.get("pct"):        # the rate as printed; the recomputation only checks it
                a.facts.append(AnswerFact(rate, Decimal(m["pct"]), "%", None, [prose_cite]))
                if abs(Decimal(m["pct"]) - abs(pct)) > Decimal("0.01"):
                    notes.append(template("rate_differs", lang, stated=m["pct"], computed=format_decimal(abs(pct))))
            else:
                a.facts.append(AnswerFact(rate, abs(pct), "%", f"{format_decimal(diff)} / {format_decimal(prior)} × 100 = "
                                          f"{format_decimal(pct)}", [prose_cite]))
        if stated_amount is not None and abs(stated_amount - abs(diff)) > Decimal("0.01"):
            notes.append(template("disagree", lang, stated=format_decimal(stated_amount), unit=unit))
        a.kind = "number"
        rate = next((f" ({format_decimal(f.value)}%)" for f in a.facts if f.unit == "%"), "")
        a.answer = template("change", lang, doc=label, subject=change_subject(sentence, match, p.text, (doc.document.department, doc.document.region)),
                            current=format_decimal(current), prior=format_decimal(prior),
                            direction=_direction(diff, lang), diff=format_decimal(abs(diff)), unit=unit, rate=rate) + "".join(" " + n for n in notes)
        said = reason_after(doc, p, sentence)       # the reason the document gives with the change, when it gives one
        if said:
            a.answer += ("\n原因（原文）：" if lang == "zh" else "\nReason given (in Chinese): ") + said.strip()
        return True

    def stated_amount(self, a, q, lang, doc, label, needs: tuple[str, ...] = ()) -> bool:
        """An amount no table holds but the prose states: '政府采购预算是多少' -> '…政府采购预算830.00万元'.
        The words right before the number must be mostly in the question (character bigrams, any order, so
        'procurement budget for services' finds 政府采购服务预算)."""
        wanted = han_bigrams(q) | han_bigrams(q.replace("的", ""))     # '机关运行的经费' names 机关运行经费
        asked = set(re.findall(r"[\u4e00-\u9fff]", q))
        # 'X中，Y多少': what is asked is Y; X (context) counts only after it
        within = r"[中里内][，,]|(?<=[出费算表目])(?:里面|里|之中|当中|中)"        # '基本支出里公用经费是多少'
        headings = heading_amounts(doc)
        # ('财政拨款基本支出的人员经费': Y of X, where a section heading states Y, '（一）人员经费 4,704.35 万元')
        of = re.sub(r"(?:各|是|有|为)?(?:多少|几).*$", "", q.split("的")[-1]) if "的" in q else ""
        head = han_bigrams(re.split(within, q)[-1]) if re.search(within, q) else \
            han_bigrams(q.split(" within ")[0]) if " within " in q else \
            han_bigrams(of) if of and any(re.sub(r"^[（(][一二三四五六七八九十\d]+[）)]", "", h.context) == of for h in headings) \
            else wanted      # ('A within the B': A is asked)
        best, best_key = None, (False, 0, 0, 0, 0.0, 0)
        sections = {p.id: p.section or "" for p in doc.passages}
        asks_change = bool(CHANGE_ASKED.search(q))
        asked_years = set(re.findall(r"20\d\d", q))
        for s in doc.stated + headings:
            if s.unit not in ("万元", "元") or not all(w in s.context for w in needs):
                continue            # areas and counts are answered as the sentence that states them
            year = re.findall(r"(20\d\d)\s*年", re.sub(r"\s+", "", s.context))
            if year and doc.document.year and year[-1] != str(doc.document.year) and year[-1] not in asked_years:
                continue            # ('（2016 年度部门支出预算安排为 8,648.07 万元）' in the 2017 budget) another year's
            # an aside ('（以合同签订为准）'), the period ('年度') and 'total' do not name the measure
            context = re.sub(r"[（(][^（）()]{5,}[)）]", "", unscoped(s.context, doc)).rstrip("为是共计约达：:，, ")
            if CHANGED_ITEM.search(context) and not asks_change:
                continue            # the change of the thing named, not its amount
            # the measure's name: its last ten characters, or a longer one the question names ('面向中小企业预留政府
            # 采购项目预算金额')
            short = han_bigrams(PERIOD.sub(" ", context[-10:])) & wanted
            for tail in (context[-10:], context[-18:]):
                said = han_bigrams(PERIOD.sub(" ", tail))
                if len(tail) > 10 and len((said & wanted) - short - han_bigrams(doc.document.department or "")) < 3:
                    continue        # the longer name only where it names three more pairs of the question
                shared = len(said & wanted)
                ratio = shared / (len(said) or 1)
                # among contexts the question mostly names, the one that names most of the question ('政府采购服务预算'
                # over '政府采购预算' for '采购预算买服务多少')
                # of two sentences naming it alike, the one under the section the question names ('机关运行经费里
                # 会议费': the 机关运行经费 explanation, not the 公用经费 one)
                # the figure itself before a change stated of it ('基本支出增加人员经费 1408.29 万元'), unless asked
                plain = asks_change or not STATED_VERB.search(tail)
                # (a group's member as the group counts it: '占“三公”经费的' beside it)
                key = (plain, len(said & head), shared, len(set(tail) & asked),
                       counted_in_group(tail, s.sentence + sections.get(s.passage_id, "")), ratio,
                       len(han_bigrams(sections.get(s.passage_id, "")) & wanted))
                if ratio >= 0.6 and shared > 1 and key > best_key:
                    best, best_key = s, key
        if best is None:
            best = _for_purpose(q, doc)     # 'X 174.92 万元。用于…公务交通补贴支出': the amount of what it is said to pay for
        if best is None:
            return False
        passage = next((p for p in doc.passages if p.id == best.passage_id), None)
        section = passage.section if passage else None
        idx = a.cite(Citation(doc.document.name, None, section, best.page, [best.sentence.strip()[:60]]))
        a.kind = "number"
        a.facts.append(AnswerFact(best.context, best.value, best.unit, None, [idx]))
        # what the amount pays for, when the next sentence says ('174.92 万元。用于公车改革后人员公务交通补贴支出。')
        text = passage.text if passage else ""
        at = text.find(best.sentence.strip())
        after = re.split(r"(?<=[。；;])", text[at + len(best.sentence.strip()):])[0] if at >= 0 else ""
        purpose = after.strip() if re.match(r"\s*(?:主要)?(?:用于|包括|是指)", after) else ""
        a.answer = template("stated", lang, doc=label, section=(section or "").split(" > ")[-1],
                            value=format_decimal(best.value), unit=best.unit, text=best.sentence.strip() + purpose)
        return True

    def prose(self, a, q, lang, doc, label) -> bool:
        q = without_own_department(q, doc)
        # the asking words ('一共多少') are not what is asked about
        wanted = han_bigrams(re.sub(r"一共|总共|多少|请问|是否", " ", q))
        wanted = wanted if len(wanted) >= 2 else han_bigrams(q)     # one pair left ('服务') is too little to go on
        if not wanted:
            return self._only_count(a, q, doc, lang, label)
        best, best_cover = None, 0.0
        wants_number = bool(re.search(r"多少|几|how many|how much|面积|数", q))
        counted = NUMBER
        # the measure word the question counts in: '有几家预算单位' -> 家, '多少辆车' -> 辆
        counts = sorted(asked_units(q) - {"万元", "元", "%"})       # '多少编制' counts people
        measure = counted_measure(q)[0] or next(
            (u for u in ("辆", "平方米", "台（套）") if u in q), None) or ("平方米" if "面积" in q else None) \
            or next(iter(counts), None)
        buying = bool(measure and PURCHASE_ASKED.search(q))     # a count of things to be bought
        said = ["人", "名"] if measure in ("人", "名") else [measure or "", *CUES["unit_equivalents"].get(measure, [])]
        in_measure = re.compile(r"\d\s*(?:" + "|".join(map(re.escape, said)) + ")")       # '2 家' counts 个 too
        for p in doc.passages:
            if p.kind != "paragraph" or (wants_number and not counted.search(p.text)):
                continue
            if measure and not in_measure.search(p.text):
                continue            # a count asked in 辆 is in a paragraph that counts in 辆
            have = han_bigrams(p.text)
            cover = len(wanted & have) / len(wanted)
            cover += 0.3 * any(u in q and u in p.text for u in ("辆", "平方米", "编制", "台（套）"))
            cover += 0.3 * bool(buying and PURCHASED.search(p.text))    # '打算买几辆车': the vehicles to be bought
            cover += 0.1 * counted_in_group(q, p.text)        # (a member as its group counts it)
            if cover > best_cover:
                best, best_cover = p, cover
        if measure and (best is None or best_cover < 0.6):
            # '有多少辆车': the sentence that counts in that measure word and shares most characters
            chars = {c for c in q if HAN.match(c) and c not in STOP}

            scored = [((_named_before(q, measure, sent), buying and bool(PURCHASED.search(sent)), len(chars & set(sent))), p, sent)
                      for p in doc.passages
                      if p.kind == "paragraph" for sent in re.split(r"(?<=[。；;])", p.text)
                      if in_measure.search(sent)]
            if scored:
                (_, _, hits), best, sentence = max(scored, key=lambda x: x[0])
                if hits >= 2:
                    return self.quote(a, doc, best, sentence, lang, label)
        if best is None or best_cover < 0.6:
            return False
        sentences = [s for s in re.split(r"(?<=[。；;])", best.text) if s.strip()]
        # a question that asks how much is answered by a sentence that states a number
        sentence = max(sentences, key=lambda s: (not wants_number or bool(counted.search(s)), _named_before(q, measure, s),
                                                 len(wanted & han_bigrams(s))
                       + 2 * any(u in q and u in s for u in ("辆", "平方米", "编制")) + 2 * bool(buying and PURCHASED.search(s))))
        return self.quote(a, doc, best, sentence, lang, label)

    def _only_count(self, a, q, doc, lang, label) -> bool:
        """An English count with no printed word in it ('how many pieces of equipment …'): the one sentence of the
        explanation that counts in that measure word, when there is exactly one."""
        measure = english_count_unit(q)
        if not measure or measure in ("个", "人", "名"):
            return False        # too common a measure word to stand for what is counted
        said = re.compile(r"\d\s*(?:" + "|".join(map(re.escape, [measure, *CUES["unit_equivalents"].get(measure, [])])) + ")")
        found = [(p, sent) for p in doc.passages if p.kind == "paragraph"
                 for sent in re.split(r"(?<=[。；;])", p.text) if said.search(sent)]
        return len(found) == 1 and self.quote(a, doc, found[0][0], found[0][1], lang, label)

    def quote(self, a, doc, passage, sentence, lang, label) -> bool:
        """A text answer: the document's own sentence, cited to its section and page (with the figures the next
        sentence states of the same item when it states none: '…（项）。主要用于：…。全年预算为 202.24 万元，…')."""
        rest = passage.text[passage.text.find(sentence) + len(sentence):] if sentence in passage.text else ""
        more = re.match(r"\s*((?:全年预算|年初预算|调整预算|支出决算|决算数|预算数)[^。；;]{0,60}?\d[^。；;]*[。；;]?)", rest)
        if more and not NUMBER.search(sentence):
            sentence = sentence.rstrip() + more.group(1)
        # (and a figure's sentence with what the next says it is used for: '医疗费（款）支出 20.40 万元。用于儿童医疗…')
        used = re.match(r"\s*((?:主要)?用于[^。；;]{2,80}[。；;]?)", rest)
        if used and NUMBER.search(sentence):
            sentence = sentence.rstrip() + used.group(1)
        idx = a.cite(Citation(doc.document.name, None, passage.section, passage.page_of(sentence), [sentence[:40]]))
        a.kind = "text"
        a.items = [AnswerItem(None, sentence, None, None, [idx])]
        a.answer = template("text", lang, doc=label, section=(passage.section or "").split(" > ")[-1], text=sentence)
        return True
