"""Numbers a quoted sentence states, as facts: a text answer that holds the asked number ('现有处室 21 个',
'增加498.72万元，增长5.77%') states it as a fact with the sentence as its citation."""
from __future__ import annotations

import re
from decimal import Decimal

from core.qa.words import CUES
from core.types import Answer, AnswerFact

# '综合管理费专项增加209万用于…': 万 without 元 before a word is 万元 too
# ('100 多期', '300余人': the figure printed, its 'more than' in the sentence quoted)
NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(?:[多余](?=\S))?(" + "|".join(
    re.escape(u) for u in sorted({"万元", "元", "%", *CUES["measure_words"], *CUES["units_named"]}, key=len, reverse=True)) + r"|万(?=[用于，,。；;）)]))")
PRIOR_ASKED = re.compile("|".join(map(re.escape, CUES["prior_words"])) + r"|previous|last year|before", re.I)
# 'X安排增加江苏法院云平台租赁费 400 万元': a verb before the name makes the figure the change of what it names
CHANGED_ITEM = re.compile(r"(?:增加|减少|压减|调减|调增)[\u4e00-\u9fff（）“”]{2,24}\s*$")
CHANGED_BY = re.compile(r"(?:增加|减少|增长|下降|上升|降低|比[^，,。；;]{0,12}[多少])了?约?\s*$")
VERB = re.compile(r"(增加|减少|增长|下降|上升|降低|节约|持平|[小少低大多高]于(?:上一?年|20\d\d年)[\u4e00-\u9fff]{0,5})[了约]?\s*$")
PERCENT_ASKED = re.compile(r"百分之|百分比|%|比例|比重|占比|增幅|降幅|增长率|幅度|percent|rate|proportion|share|"
                           + CUES["rate_named"])
COUNT_ASKED = re.compile(r"(?:多少|(?<!哪)几)\s*(?:个(?=人|名(?!词)))?(" + "|".join(re.escape(u) for u in CUES["measure_words"]) + ")(?!目|(?<=名)词)")
CHANGE_ASKED = re.compile(r"增加|减少|增长|下降|多了|少了|变化|增减|increase|decrease|change|\brise|\brose|grow|grew|"
                          r"how much (?:more|less|extra|higher|lower)\b(?!.*\bthan\b)|\bcut\b|reduc|"
                          r"fall|fell|drop|shrink|more than|less than|compared|(?:more|less|smaller|bigger|larger|higher|lower)\b.{0,20}\bthan|"
                          r"比(?:20\d\d年?度?|上一?年度?|去年|前一年)[^，。？?]{0,12}[多少]|"
                          + "|".join((r"(?<![a-z])" if w[:1].isalpha() and w[:1].isascii() else "") + re.escape(w)
                                     for w in CUES["change"] if w not in CUES["prior_words"]))   # not 'rise' in 'authorised'


ENGLISH_COUNTED = re.compile(r"how many\s+(?:[a-z-]+\s+){0,3}?(" + "|".join(CUES["english_counts"]) + r")\b")


HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def english_count_unit(text: str) -> str | None:
    """'how many official vehicles' -> 辆 (the measure word a count in English asks for)."""
    # 'how many items of equipment': the noun after a generic counter is what is counted
    m = re.search(r"how many\s+(?:items|pieces|sets|units|kinds|types)\s+of\s+(?:[a-z-]+\s+){0,2}?([a-z]+\b|[\u4e00-\u9fff]+)",
                  text)
    if m and m.group(1) in CUES["english_counts"]:
        return CUES["english_counts"][m.group(1)]
    if m and HAN_RUN.fullmatch(m.group(1)):     # the term map printed the noun: 'how many items of 设备'
        return next((u for end, u in CUES["count_suffixes"].items() if m.group(1).endswith(end)), None)
    m = ENGLISH_COUNTED.search(text)
    if m:
        return CUES["english_counts"][m.group(1)]
    # the term map has already printed the noun in Chinese ('how many of them were 执法执勤用车'): its ending counts
    m = re.search(r"how many\s+(?:[a-z0-9'’-]+\s+){0,5}?([\u4e00-\u9fff]+)", text)
    found = next((u for end, u in CUES["count_suffixes"].items() if m and m.group(1).endswith(end)), None)
    bare = re.search(r"how many\s*(?:(?:in|of|are|were|is|was|do|does|did|there|altogether|all|together|total|overall)\b|[?？,，]|$)",
                     text)
    if found or not bare:
        return found
    # 'vehicles as of 31 December: how many in total' names what it counts before the question words
    words = re.findall(r"[a-z]+|[\u4e00-\u9fff]+", text[:bare.start()])
    # (or a printed line that names it inside: '公务用车购置费 … how many' counts vehicles)
    return next((CUES["english_counts"].get(w) or next((u for end, u in CUES["count_suffixes"].items()
                                                         if w.endswith(end)), None)
                 or next(u for part, u in CUES["count_inside"].items() if part in w)
                 for w in reversed(words) if w in CUES["english_counts"] or HAN_RUN.fullmatch(w)
                 and (any(w.endswith(end) for end in CUES["count_suffixes"]) or any(x in w for x in CUES["count_inside"]))),
                None)


def bigrams(text: str) -> set[str]:
    runs = re.findall(r"[\u4e00-\u9fff]+", text)
    return {r[i:i + 2] for r in runs for i in range(len(r) - 1)}


EVENTS = set(CUES["event_units"])


def counted_measure(part_text: str) -> tuple[str | None, bool]:
    """(the measure word a count asks in, whether it counts people): '多少辆车' -> 辆; '几个在职人员',
    '多少名工作人员' count people whatever the measure word, and 个 is then only their classifier (-> 人)."""
    m = COUNT_ASKED.search(part_text)
    counted = m.group(1) if m else english_count_unit(part_text)
    if not counted and re.search(r"总数|数量", part_text):      # '车辆总数是多少' counts vehicles
        counted = next((u for thing, u in CUES["count_inside"].items() if thing in part_text), None)
    people = bool(m and re.match(CUES["person_nouns"], part_text[m.end():]))
    # a bare '几个' after a person's status ('实际在编的有几个') counts people; '编制了几个项目' counts projects
    people = people or bool(m and counted == "个" and not re.match(r"\s*[\u4e00-\u9fff]", part_text[m.end():])
                            and re.search(CUES["person_subjects"], part_text[:m.start()]))
    return ("人" if people and counted == "个" else counted), people


def asked_units(part_text: str) -> set[str]:
    units = set()
    if PERCENT_ASKED.search(part_text):
        units.add("%")
    counted, people = counted_measure(part_text)
    if counted:
        units |= set(CUES["person_units"]) if counted in CUES["person_units"] else {counted}
        if counted in EVENTS and not COUNT_ASKED.search(part_text):
            units |= EVENTS         # 'how many inspections': printed 3 项执法检查 or 5 次
        units |= set(CUES["unit_equivalents"].get(counted, []))     # '多少台套': printed 69台（套）
    if people or re.search(r"人数|编制|多少人|how many (people|staff)", part_text):
        units |= set(CUES["person_units"])
    low = part_text.lower()
    said = {unit for unit, words in CUES["units_named"].items() if any(w in low for w in words)}
    # 'the rent for its office space': the thing measured is named, the money asked
    named = {u for u in said if not (MONEY_NAMED.search(low) and all(
        w in CUES["unit_objects"] for w in CUES["units_named"][u] if w in low))}
    units |= named | ({"万元", "元"} if said - named else set())
    # '几名在职人员的经费' counts the people whose pay is included; '经费' asks money only of a count of things
    money = MONEY_ASKED.search(part_text) and not (counted and not re.search(
        r"多少钱|how much|金额|万元|资金|钱" + ("" if people or counted in CUES["person_units"] else "|经费"), part_text))
    if named and not counted:
        money = MONEY_NAMED.search(part_text)       # 'how much floor space' asks the area, '办公用房水电费' money
    if re.search(r"\b(?:number|count)\b", low) and not counted:
        # a search-box query ('… 绩效目标 项目 number funds'): the number of the things it names
        runs = [r for r in re.findall(r"[\u4e00-\u9fff]+", part_text) if any(r.endswith(e) for e in CUES["count_suffixes"])]
        units |= {next(u for e, u in CUES["count_suffixes"].items() if runs[-1].endswith(e))} if runs else set()
        money = money or re.search(r"\b(?:funds?|money|amount|budget|cost)\b", low)
    # ('高院2019年车辆有多少', '2019 设备多少'): a thing counted, named just before the asking word, with no money
    # word, is asked in its count
    before = re.search(r"([\u4e00-\u9fff]+?)(?:一共|总共|共)?(?:有|是|为)?(?:多少|几)(?![\u4e00-\u9fff]{0,2}(?:钱|万|元|费))",
                       part_text) if not units and not MONEY_ASKED.search(part_text.replace("多少", "")) else None
    thing = before and next((u for e, u in CUES["count_suffixes"].items() if before.group(1).endswith(e)
                             and e not in ("项目", "会议", "单位", "检查")), None)
    units |= (set(CUES["person_units"]) if thing in CUES["person_units"] else {thing}) if thing else set()
    if money or (not units and re.search(r"多少|how much|how (?:large|big)\b|\bwhat(?:'s| is| are| was| were)\b.*"
                                         r"(?:预算|\bbudget)", part_text)) or (
            CHANGE_ASKED.search(part_text) and not units):     # 'how many 预算单位' counts units, not money
        units |= {"万元", "元"}
    return units


MONEY_WORDS = r"多少钱|金额|资金|钱|费|拨款|投资|花|万元|元|经费|预算|支出|收入"
MONEY_NAMED = re.compile(MONEY_WORDS + r"|\b(?:cost|spen[dt]|paid|pay|rent|budget|fund|fees?|money)")
MONEY_ASKED = re.compile(MONEY_WORDS + r"|how much|(?:多|少|增加|减少|增长|下降)了?多少")


def bare_count(part_text: str, previous: set[str]) -> set[str] | None:
    """'编制多少人？…离退休的有多少？': a later part that names no unit counts in the unit the part before it
    was answered in."""
    counts = previous - {"万元", "元", "%"}
    # ('…how many were A versus B'): a bare name split off a list asks what the part before asked
    bare = not re.search(r"多少|几|how|what|which|[?？]", part_text)
    # ('how many of B are covered by the department budget': 'how many' counts, whatever money word follows)
    if counts and asked_units(part_text) - counts <= {"万元", "元"} and (not MONEY_ASKED.search(part_text) or re.search(
            r"\bhow many\b(?! (?:yuan|million|thousand))", part_text)) \
            and (bare or re.search(r"多少|几|how many|number", part_text)):
        return set(CUES["person_units"]) if counts & set(CUES["person_units"]) else counts
    if bare and previous & {"万元", "元"} and not asked_units(part_text):
        return previous & {"万元", "元"}       # ('how much is goods vs services'): 'services' asks an amount too
    return None


def with_count(part_text: str, units: set[str] | None) -> str:
    """A part that counts in a unit it does not name, inherited from the part before ('车辆总数、一般公务用车各是多少'
    -> '一般公务用车有多少辆'): the text says it, so the figure counted is read, not the money line of that name."""
    counts = sorted((units or set()) - {"万元", "元", "%"})
    if not counts or asked_units(part_text) - {"万元", "元"} - set(counts) or COUNT_ASKED.search(part_text):
        return part_text
    unit = "人" if set(counts) & set(CUES["person_units"]) else counts[0]
    if re.search(r"[\u4e00-\u9fff]", re.sub(r"[（(][^）)]*[）)]", "", part_text)) and not re.search(r"[a-z]{3,}", part_text):
        return re.sub(r"(?:是|有|为)?多少", f"有多少{unit}", part_text, count=1) if "多少" in part_text else part_text + f"有多少{unit}"
    return part_text


QUOTA = re.compile(CUES["quota_words"])
ACTUAL = re.compile(CUES["actual_words"])
PERSON_KINDS = {k: re.compile(cue, re.I) for k, cue in CUES["person_kinds"].items()}
PURCHASE_ASKED = re.compile(CUES["purchase_asked"], re.I)
PURCHASED = re.compile(CUES["purchase_printed"])
KINDS = {"quota": QUOTA, "held": ACTUAL, "whole": re.compile(CUES["total_words"]), "bought": PURCHASED}


ORGANISATION = re.compile(CUES["organisation_endings"])


def _names_unit(unit: str, part_text: str, own: set[str]) -> bool:
    """The part names the unit a count is printed for: two of its character pairs, or (in English) two words its
    dictionary glosses explain ('the friendship club' for 江苏省联谊俱乐部)."""
    if len(bigrams(unit) & (own or bigrams(part_text))) >= 2:
        return True
    if not re.search(r"[a-z]{3}", part_text.lower()):
        return False
    from core.qa.gloss import explained, leftover_words     # loaded for English only
    return len(explained(unit, leftover_words(part_text))) >= 2


def sentence_facts(answer: Answer, part_text: str, sentence: str, citation: int, focus: str = "",
                   taken: frozenset = frozenset(), units: set[str] | None = None, only_kind: str | None = None) -> None:
    """Add to `answer` the numbers of `sentence` that fit what the part asks (unit, change verb, subject words;
    the part's own subject `focus` counts before words it inherited). A number an earlier part of the question
    already stated (`taken`) is not this part's answer: '共有车辆66辆，其中一般公务用车13辆' answers two parts."""
    units = units or asked_units(part_text)
    if not units:
        return
    # a change between two years further apart ('从2017年到2019年压缩了多少') is computed across the years'
    # documents: each sentence gives its year's figure, not the change on the year before it states
    years = sorted({int(y) for y in re.findall(r"20\d\d", part_text)})
    change = bool(CHANGE_ASKED.search(re.sub(CUES["change_nouns"], " ", part_text, flags=re.I))) \
        and (len(years) < 2 or years[-1] - years[0] == 1)
    wanted = bigrams(part_text)
    own = bigrams(focus)
    # a change is stated with its rate where the sentence prints both ('减少1351.75万元，减少84.04%')
    rate_too = change and "%" not in units
    units = units | {"%"} if change else units
    best: dict[str, tuple] = {}
    passed_over = False
    # the kind of count the part asks: the quota ('编制', 'authorised'), what is held ('实有', 'actually') or
    # the whole ('一共'); of words inherited from the part before and the part's own, its own come last
    kinds = [(m.start(), k) for k, cue in KINDS.items() for m in cue.finditer(part_text)]
    kinds += [(m.start(), "bought") for m in PURCHASE_ASKED.finditer(part_text)]      # '买几辆': 购置车辆1辆
    asked_kind = only_kind or (max(kinds)[1] if kinds else None)
    asked_people = {k for k, cue in PERSON_KINDS.items() if cue.search(focus or part_text)}
    counted = counted_measure(part_text)[0]
    asked_count = COUNT_ASKED.search(part_text)
    noun = re.match(r"[\u4e00-\u9fff]{0,4}", part_text[asked_count.end():]).group(0) if asked_count else ""
    for m in NUMBER.finditer(sentence):
        unit = "万元" if m.group(2) == "万" else m.group(2)
        if unit not in units:
            continue
        before = sentence[max(0, m.start() - 14):m.start()]
        # (a figure stated already is not this part's, unless a count printed right after the part's own name: '车辆
        # 46 辆，其中，一般公务用车 46 辆')
        after = re.split(r"[，,。；;、（(：:\d]", sentence[m.end():])[0][:12] if unit not in ("万元", "元", "%") else ""
        said = bigrams(re.split(r"[、，,；;。]", before)[-1] if after else before) | bigrams(after)
        if (Decimal(m.group(1).replace(",", "")), unit) in taken and not (
                unit not in ("万元", "元", "%") and len(own) >= 3 and re.sub(r"\W", "", before).endswith(re.sub(r"\W", "", focus))):
            passed_over = True
            continue
        verb = bool(VERB.search(before) or CHANGED_ITEM.search(re.split(r"[，,。；;：:、]", sentence[:m.start()])[-1]))
        if change and not verb and (unit != "%" or rate_too):
            continue
        if not change and unit in ("万元", "元") and (CHANGED_BY.search(before) or CHANGED_ITEM.search(
                re.split(r"[，,。；;：:]", sentence[:m.start()])[-1])):
            continue        # '比上年预算批复少260余万元' is a change, not the amount a lookup asks
        own_year = re.findall(r"(20\d\d)\s*年", re.split(r"[，,。；;（(]", sentence[:m.start()])[-1])
        if own_year and len(set(re.findall(r"(20\d\d)\s*年", sentence))) > 1 and own_year[-1] < max(
                re.findall(r"(20\d\d)\s*年", sentence)) and int(own_year[-1]) not in years and not PRIOR_ASKED.search(part_text):
            continue        # '2017 年度…与 2016 年度相比（2016 年度…为8,648.07万元）': the year before's figure
        # a count names what it counts after its measure word ('27 个内设机构'); the words before the last '、' name
        # the count before it ('27 个内设机构、1 个下属…单位')
        # a figure printed after the kind of number the part asks ('实有6人' for '实际有几个人') is named by it
        clause = re.sub(r"^(?:其中|包括|另外|含)", "", re.sub(r"^.*[，,。；;：:、\d%]", "", before).strip())
        kind = bool(asked_kind and KINDS[asked_kind].search(clause))
        named = len(said & own) + kind
        if not named and unit == "%" and own:
            # ('公务接待费支出384.75万元，占“三公”经费的50.12%'): a share is of the figure just before it
            seg = re.split(r"[；;。]", sentence[:m.start()])[-1]
            figure = list(NUMBER.finditer(seg))
            named = int(bool(figure) and bool(bigrams(re.split(r"[，,：:]", seg[:figure[-1].start()])[-1]) & own))
        if not named and unit in CUES["person_units"] and re.search(r"[a-z]{3}", focus) and _names_unit(clause, focus, own):
            named = 1       # an English part names the unit whose staff it counts ('the nanjing … museum office')
        if passed_over and own and not named and not (change and (verb or unit == "%")):
            continue        # after an earlier part's figure, another figure of the sentence must be named by the part
            # (or be the change the part asks: '与上年相比减少 200 万元')
        if unit not in ("万元", "元", "%") and (unit != counted or counted == "个") and own and not named \
                and not bigrams(sentence) & own:
            continue        # a count in a loose measure word ('个') of something the sentence never names
            # ('预算单位共 2 家' for 出国团组多少个); '几辆车' is named by its measure word ('车辆7辆')
        if unit == counted == "个" and noun and not set(noun) & set(after[:4]) and not bigrams(noun) & bigrams(clause):
            continue        # '派几个团组出国' is not answered by '13个专项工作报告': a loose measure word counts what it names
        if counted in EVENTS and unit != counted and unit in EVENTS and not COUNT_ASKED.search(part_text) and not named:
            continue        # an English count takes any measure word of things done only where it names them
        if unit in CUES["person_units"] and ORGANISATION.search(clause.strip()) and not _names_unit(clause, part_text, own):
            continue        # the staff of another unit ('…包括江苏省联谊俱乐部 8 名在职人员' for the office's own staff)
        people = {k for k, cue in PERSON_KINDS.items() if cue.search(clause + after)}
        if unit in CUES["person_units"] and (own and not named or asked_people and people and not asked_people & people):
            continue        # people counted as something the part does not name ('编制338名' for 在职人员), or as
            # another kind of people ('在职 7 名' for 离退休人员)
        # a quota ('编制1辆') is what is allowed, not what is held: it answers only when the part asks the quota
        quota = bool(QUOTA.search(clause)) and asked_kind != "quota"
        # a figure whose whole printed label the part names ('常委会议 4 次'), before one sharing more context words
        label = bigrams(clause)
        # (all but one pair: the term map's '执法执勤公务用车' names the printed 执法执勤用车)
        cover = len(label) >= 2 and len(label - own) <= (len(label) >= 4)   # one word ('编制338名') is too little
        # a figure inside the breakdown of the one before its bracket ('车辆7辆（一般公务用车3辆，…）') answers only
        # when the part names all of its label: 'how many cars' is the 7
        opened = max(sentence.rfind("（", 0, m.start()), sentence.rfind("(", 0, m.start()))
        inside = opened > max(sentence.rfind("）", 0, m.start()), sentence.rfind(")", 0, m.start())) \
            and bool(re.search(r"\d\s*" + re.escape(m.group(2)) + r"\s*$", sentence[:opened]))
        score = (verb == change, not quota, kind, not inside or cover, cover, named, len(said & wanted), -m.start())
        key = "%" if unit == "%" else "money" if unit in ("万元", "元") else "count"      # (a count and an amount both)
        if key not in best or score > best[key][0]:
            best[key] = (score, m, sentence[:m.start()], after if bigrams(after) & (own or wanted) else "")
    have = {(f.value, f.unit) for f in answer.facts}
    for _, m, before, after in best.values():
        value = Decimal(m.group(1).replace(",", ""))
        unit = "万元" if m.group(2) == "万" else m.group(2)
        if (value, unit) in have:
            continue
        label = after or re.sub(r"^.*[，,。；;：:、\d%]", "", before).strip()[-24:] or part_text
        answer.facts.append(AnswerFact(label, value, unit, None, [citation]))
    if only_kind is None and {"held", "quota"} <= {k for _, k in kinds}:
        # ('how many vehicles does it have compared with its quota'): what is held and the quota, both
        other = "quota" if asked_kind == "held" else "held"
        sentence_facts(answer, part_text, sentence, citation, focus, taken, units, only_kind=other)


def amounts_stated(answer: Answer, text: str, citation: int, units: tuple = ("万元", "元")) -> None:
    """Every amount of money (or figure in `units`) `text` states, as a fact labelled by the words before it in its
    clause: the figures of a reason ('…援藏、援疆、援青经费预算增加 100 万元、扶贫经费预算增加 50 万元')."""
    have = {(f.value, f.unit) for f in answer.facts}
    for m in NUMBER.finditer(text):
        unit = "万元" if m.group(2) == "万" else m.group(2)
        value = Decimal(m.group(1).replace(",", ""))
        if unit not in units or (value, unit) in have:
            continue
        label = re.split(r"[，,。；;：:、]", text[:m.start()])[-1].strip()[-24:]
        answer.facts.append(AnswerFact(label or unit, value, unit, None, [citation]))
        have.add((value, unit))



def quoted_figures(answer: Answer) -> None:
    """Every figure a quoted sentence states is a fact of the answer, cited to that sentence: a reader sees it in
    the quote ('拟制定和修改 11 件法规，并对 15 个立法项目开展调研' states 11 件 and 15 个, whichever part asked)."""
    have = {(f.value, f.unit) for f in answer.facts}
    lines = answer.answer.split("\n")
    for i, c in enumerate(answer.citations):
        start = c.rows[0].strip() if c.table is None and c.section and c.rows else ""
        line = next((x for x in lines if start and start in x), None) if len(start) >= 8 else None
        if line is None:
            continue
        said = line[line.index(start):]
        for m in NUMBER.finditer(said):
            value, unit = Decimal(m.group(1).replace(",", "")), "万元" if m.group(2) == "万" else m.group(2)
            if (value, unit) not in have:
                # (labelled by its clause: '并对 15 个立法项目开展调研')
                clause = re.split(r"[，,。；;：:、]", said[:m.start()])[-1] + re.split(r"[，,。；;：:、]", said[m.start():])[0]
                answer.facts.append(AnswerFact(clause.strip()[-40:], value, unit, None, [i], quoted=True))
                have.add((value, unit))
