"""A list inside one clause: 'X中，A、B和C分别是多少' or '开几次A、B和C' asks each of A, B and C."""
from __future__ import annotations

import json
import re
from pathlib import Path

CUES = json.loads((Path(__file__).resolve().parent.parent.parent / "retrieval" / "cues.json").read_text(encoding="utf-8"))
CHANGE_VERBS = re.compile("|".join(map(re.escape, sorted((w for w in CUES["change"] if re.search(r"[\u4e00-\u9fff]", w)),
                                                         key=len, reverse=True))))
SUMMED = re.compile("|".join(map(re.escape, CUES["sum"] + CUES["sum_total_words"])))


def protected(q: str, i: int, labels: set[str]) -> bool:
    """A joiner inside a printed name ('社会保障和就业支出', '因公出国（境）费和…' is not) is not a joiner."""
    window = q[max(0, i - 2):i + 3]
    # (printed with another joiner: '自然资源调查和确权登记' is the 自然资源调查与确权登记 line)
    windows = {window} | {window.replace(q[i], j) for j in "和与及" if q[i] in "和与及"}
    return any(w in label for label in labels for w in windows)


CONTEXT_END = "[中里内]" + "".join(f"(?!{re.escape(w[1:])})" for w in CUES["context_compounds"] if w[0] in "中里内") \
    + "".join(f"(?<!{re.escape(w)})" for w in CUES["context_compounds"] if w[-1] in "中里内")


def enumeration(clause: str, labels: set[str]) -> tuple[str, list[str]] | None:
    """'X中，A、B和C分别是多少' -> ('X中，', ['A是多少', 'B是多少', 'C是多少'])."""
    found = re.search(CUES["each_pattern"], clause) or _implicit_each(clause)
    if found is None:
        return _asked_list(clause, labels)
    each = found.group(0)
    head, tail = clause[:found.start()], clause[found.end():]
    if re.search(CUES["extreme_pair"], head, re.I):
        return None     # ('金额最大和最小的分别是哪一项': both ends of one ranking, not two things named)
    back = re.search(r"(?<=[.?!。？])\s*\b(?:how many|how much|what)\b", head, re.I) if each == "each" else None
    if back:        # '…pays staff at A and at B. How many staff at each are covered?': the sentence before lists them
        return _listed_before(head[:back.start()], re.sub(r"\s+(?:at|for|in|of|on)\s*$", "", head[back.start():]) + tail,
                              labels)
    tail = (each if each in ("each", "respectively") else "") + tail
    tail = re.sub(r"^(各自|各是|各为|各|分别)", "", tail) or "是多少"
    context = ""
    # the words before the list: a leading clause ('X工程，'), 'X：', or 'X中' / 'X里' (not inside 中心, 万里…)
    m = re.match(r"^(.*(?:，|：|里面|" + CONTEXT_END + "))", head)
    if m and len(m.group(1)) < len(head):
        context, head = m.group(1), head[len(m.group(1)):]
    frame = context
    # 'X下三个项（A、B、C）': the bracket lists the items, what stands before it is the context
    bracket = re.match(r"^(.*?)（([^（）]*、[^（）]*)）$", head)
    if bracket:
        context, head = context + bracket.group(1), bracket.group(2)
    under, items = _under(_split(head, labels))
    context += under
    if items:
        items[-1] = re.sub(r"(?:这|等)?[两二三四五六七八九十\d]+个?[项款类个块](?:科目)?$", "", items[-1]) or items[-1]
    # ('A、B、C支出预算表中，…': one table's title, not '收支预算总表里的A和财政拨款支出预算表里的A')
    table_frame = re.search(r"表[中里内]?[，,：:]?$", frame) and frame.count("表") == 1
    if len(_split(frame, labels)) > 1 and frame.endswith(("，", ",")) and len(items) < 2 and not table_frame:
        # '2023年和2024年两个…项目，2025年各安排了多少': the list is before the comma, what follows asks of each
        context, items, tail = "", _split(context[:-1], labels), head + tail
    elif len(_split(own := re.split(r"[，,]", frame)[-1], labels)) > 1 and not table_frame:
        # '收支预算总表里的A和财政拨款支出预算表里的A': each item has its own '…里', none is shared (a clause
        # before a comma stays the context: '开全委会，政府采购里A和B各要多少')
        context, items = frame[:len(frame) - len(own)], _split(own + head, labels)
    if len(items) < 2:      # (one line asked in a table whose title lists several: the title is the context)
        return (context, [items[0] + tail]) if table_frame and items else _asked_list(clause, labels)
    # '2023年和2024年两个实用性村庄规划编制项目各…': what follows the last year names every year's item
    last = re.match(r"(20\d\d年度?)(?:[这那]?[两二三四几]个|[这那]些)?(.{2,})$", items[-1])
    if last and all(re.search(r"20\d\d年度?$", x) for x in items[:-1]):
        items = [x + last.group(2) for x in items[:-1]] + [last.group(1) + last.group(2)]
    # '公务员和事业编制', '离休和退休人员': the head noun the last item ends with is every short item's too
    head = next((h for h in CUES["shared_heads"] if items[-1].endswith(h) and len(items[-1]) > len(h)), None)
    if head:
        items = [x + head if len(x) <= 4 and not any(x.endswith(h) for h in CUES["shared_heads"] + CUES["whole_nouns"]) else x
                 for x in items[:-1]] + [items[-1]]
    # '开全委会采购的住宿服务和餐饮服务': a modifier before 的 goes with every item; so does what stands before
    # 在 ('“省政协全委会”专项在货物类和服务类分别…')
    shared = re.match(r"^(.+的)(?=[^的]{2,}$)", items[0]) or re.match(r"^(.{2,}?在)(?=[^在]{2,}$)", items[0])
    if shared and not any(shared.group(1)[-1] in x for x in items[1:]) and not CHANGE_VERBS.search(shared.group(1)):
        items = [items[0]] + [shared.group(1) + x for x in items[1:]]
    return context, [f"{item}{tail}" for item in items]




# words that make 'A和B…' one figure (their total, difference, share or change), not one figure each
ONE_FIGURE = re.compile("|".join(map(re.escape, sorted(CUES["sum"] + CUES["sum_total_words"] + CUES["difference"]
                                                      + CUES["share"] + [w for w in CUES["change"] if re.search(
                                                          r"[\u4e00-\u9fff]", w)], key=len, reverse=True))) + r"|总|共|合")


def _under(items: list[str]) -> tuple[str, list[str]]:
    """'X（款）下A、B、C三个项': the line they are under is context, not part of the first item."""
    under = re.match(r"^(.{2,}?(?:（[类款项]）)?(?:下面的|下面|下的|之下|下)(?![属拨达降年]))(.{2,})$", items[0]) if items else None
    if under and len(items) >= 2:
        return under.group(1), [under.group(2)] + items[1:]
    return "", items


def _implicit_each(clause: str) -> re.Match | None:
    """'基本支出和项目支出是多少': two things named before one ask are each asked, as with 分别 (not where the
    clause asks one figure of them: '一共', '相差', '占', '增加')."""
    ask = re.search(r"(?:是|为|有|各有)?(?:多少|几)", clause)
    # ('A和B的项目花了多少': a head noun after both names one thing of them)
    if ask is None or not re.search(r"和|与|及|、", clause[:ask.start()]) or ONE_FIGURE.search(clause) \
            or re.search(r"(?:和|与|及|、)[^和与及、]*的", clause[:ask.start()]) \
            or re.search(r"20\d\d年?度?(?:和|与|及|、)20\d\d", clause):
        return None
    return re.compile("").match(clause, ask.start())       # (an empty 分别, where the ask begins)


def _listed_before(listing: str, ask: str, labels: set[str]) -> tuple[str, list[str]] | None:
    """The things a sentence lists ('…for people at A and at B'), each asked by the question after it: the items
    open with the preposition the last one repeats."""
    items = _split(listing.strip(" .。"), labels)
    opening = re.match(r"(at|for|on|in|to|of|from)\s", items[-1]) if len(items) >= 2 else None
    if not opening or opening.group(1) not in items[-2].split():
        return None
    first = items[-2][items[-2].rindex(" " + opening.group(1) + " ") + 1:] if " " + opening.group(1) + " " in items[-2] \
        else items[-2]
    return "", [f"{ask.strip()} {item}" for item in (first, items[-1])]


def _split(text: str, labels: set[str]) -> list[str]:
    cuts = [0]
    for j in range(len(text)):
        for w in CUES["joiners"]:
            if text.startswith(w, j) and not protected(text, j, labels):
                cuts += [j, j + len(w)]
    cuts.append(len(text))
    return [text[a:b].strip() for a, b in zip(cuts[::2], cuts[1::2]) if text[a:b].strip()]


def _asked_list(clause: str, labels: set[str]) -> tuple[str, list[str]] | None:
    """'计划开几次全体会议、常委会议和主席会议': one ask before a list printed with 、 asks each item (not their
    sum, which a total word asks)."""
    m = re.search(r"(?:多少|几)(?:" + "|".join(map(re.escape, CUES["measure_words"])) + ")?", clause)
    request = None if m else re.search(CUES["item_requests"], clause)   # '请列出A、B、C三项的预算数': each item's figure
    m = m or request
    rest = clause[m.end():] if m else ""
    # (a total printed as a line of its own is an item requested: '…、“三公”经费小计、会议费、培训费及表内合计数')
    own_total = r"(?<=[、及和])[^、及和，,]{0,8}?(?:合计|小计|总计)数?(?=[、及和，,]|$)"
    if not m or "、" not in rest or SUMMED.search(re.sub(own_total, "", rest) if request else clause):
        return None
    rest = re.sub(r"(?:(?:这|等)?[两三四五六七八九十\d]+个?(?:[项款类]级)?[项笔类款]?(?:科目)?(?:的)?(?:预算数|决算数|金额|数额|数)?"
                  r"|的(?:预算数|决算数|金额|数额))(?:[（(][^（）()]*[）)])?$", "", rest.rstrip("？?。 ")) or rest
    under, items = _under(_split(rest.rstrip("？?。 "), labels))
    if len(items) < 2 or any(len(x) < 2 for x in items):
        return None
    if request:     # (what stands before the request is the context: '“三公”经费小计675.10万元，请列出…')
        return clause[:m.start()] + under, [m.group(0) + item for item in items]
    return "", [clause[:m.end()] + item for item in items]


WITH_EARLIER = re.compile("|".join(map(re.escape, CUES["with_previous"])), re.I)
TOTAL = re.compile("|".join(map(re.escape, CUES["sum_total_words"])) + r"|总数|总额|\btotal\b|altogether|in all", re.I)


def with_earlier(piece: str, labels: set[str]) -> list[str] | None:
    """'（“三公”经费多少？）要是连会议费、培训费一起算，合计是多少': the total of the figure before and the items
    listed -> the items (the caller puts the earlier subject first)."""
    if not WITH_EARLIER.search(piece) or not TOTAL.search(piece):
        return None
    bare = re.sub(r"要是|如果|假如|若是|连同|连|把|加上|也|一起算|一并算|算上|在内|together with|including|as well as|"
                  r"as well|plus", "，", piece, flags=re.I)
    # (the items before the total word: '连同会议费、培训费一共多少')
    chunk = next((TOTAL.split(c)[0] for c in re.split(r"[，,]", bare) if re.search(r"、|和|及|\band\b", TOTAL.split(c)[0])), "")
    items = [x.strip(" 的") for x in _split(re.sub(r"\band\b", "和", chunk), labels)]
    return items if len(items) >= 2 and all(len(x) >= 2 for x in items) else None
