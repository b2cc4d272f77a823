"""A ranked linker from a question to a table row, for questions that do not print the row's name
('给退休老同志发退休金' -> 退休费, '办公用电' -> 电费, '职业年金' -> 职业年金缴费).

Each row is scored by the question's characters it explains — its label first, then its table title and column
— weighted by rarity in the document (a character pair printed in few rows says more than 支出), and must agree
with the measure asked (a count in 辆/人/个 never links to an amount)."""
from __future__ import annotations

import difflib
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from core.qa.words import CUES
from core.types import Fact, ParsedDocument

HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
# asking words and scope words explain nothing about which row is meant
NOISE = re.compile(r"20\d\d年度?|\d+|" + "|".join(map(re.escape, sorted(CUES["linker_noise"], key=len, reverse=True))))
COUNT_WORDS = re.compile(r"(?:多少|几)\s*(" + "|".join(map(re.escape, CUES["measure_words"] + ["件"])) + ")")
TOTALS = re.compile(r"合计|总计|小计")
ASKS_TOTAL = re.compile(r"合计|总计|小计|总额|总支出|总收入|总预算|收支总|一共|全部|total")


@lru_cache(maxsize=65536)
def grams(text: str) -> Counter:
    """Character pairs and single characters of the Chinese runs (singles count half)."""
    out: Counter = Counter()
    for run in HAN_RUN.findall(text):
        for i in range(len(run) - 1):
            out[run[i:i + 2]] += 1.0
        for c in run:
            out[c] += 0.5
    return out


@dataclass
class Link:
    fact: Fact
    score: float           # weight of the question's grams the row explains (label, then title/column)
    label_cover: float     # share of the row label's own weight the question names


class Linker:
    """Per-document rarity weights over row labels, built once."""

    def __init__(self, doc: ParsedDocument):
        self.doc = doc
        self.titles = {t.id: t.title for t in doc.tables}
        rows = {f.label for f in doc.facts}
        self.labels = rows
        df: Counter = Counter()
        for label in rows:
            df.update(set(grams(label)))
        n = len(rows) or 1
        self.idf = {g: math.log((n + 1) / (c + 0.5)) for g, c in df.items()}
        self.default = math.log(n + 1)
        # a row links only through a character pair it shares with the question: index rows by their pairs, so
        # a question scores a few rows, not every row of the document
        self.by_pair: dict[str, list[int]] = {}
        for i, f in enumerate(doc.facts):
            for g in grams(f.label):
                if len(g) == 2:
                    self.by_pair.setdefault(g, []).append(i)
        self._own: dict[str, float] = {}

    def weight(self, g: str) -> float:
        return self.idf.get(g, self.default) * (0.5 if len(g) == 1 else 1.0)

    def prepare(self, question: str) -> tuple[Counter, float] | None:
        if COUNT_WORDS.search(question) or "how many" in question:
            return None         # a count is not an amount
        question = NOISE.sub(" ", question)
        dept = self.doc.document.department or ""
        kept = 0
        while dept:         # what is left of the department's name ('省政协办公厅') is scope, not content ...
            m = difflib.SequenceMatcher(None, question, dept).find_longest_match(kept, len(question), 0, len(dept))
            if m.size < 2:
                break
            run = dept[m.b:m.b + m.size]
            if m.b > 0 and m.b + m.size < len(dept) and any(run in label for label in self.labels):
                kept = m.a + m.size     # ... unless rows print it ('自然资源调查' asked of 兴县自然资源局)
                continue
            question = question[:m.a] + " " + question[m.a + m.size:]
        q = grams(question)
        total = sum(self.weight(g) for g in q)
        return (q, total) if total else None

    def score(self, f: Fact, prepared: tuple[Counter, float]) -> Link:
        q, total = prepared
        label = grams(f.label)
        named = [g for g in label if g in q]
        own = self._own.get(f.label)
        if own is None:
            own = self._own[f.label] = sum(self.weight(g) for g in label)
        cover = sum(self.weight(g) for g in named) / own if own else 0.0
        context = grams(self.titles.get(f.table_id, "") + " " + f.column)
        explained = sum(self.weight(g) for g in q if g in label) + \
            0.5 * sum(self.weight(g) for g in q if g in context and g not in label)
        return Link(f, explained / total, cover if any(len(g) == 2 for g in named) else 0.0)

    def diverges(self, label: str, question: str) -> bool:
        """The question and the row share a name's head and then part ways on words other rows print
        ('公务用车购置费' is not 公务用车运行维护费): a sibling row, not the one asked."""
        for run in HAN_RUN.findall(question):
            m = difflib.SequenceMatcher(None, run, label, autojunk=False).find_longest_match(0, len(run), 0, len(label))
            if m.size < 2:
                continue
            ask, row = run[m.a + m.size:m.a + m.size + 2], label[m.b + m.size:m.b + m.size + 2]
            if HAN_PAIR.fullmatch(ask) and HAN_PAIR.fullmatch(row) and ask in self.idf and ask not in label \
                    and ask not in CUES["money_heads"] and row not in question:
                return True
        return False

    def tail_named(self, label: str, question: str) -> bool:
        """The question prints what follows a category prefix sibling rows share ('离退休' of 行政事业单位离退休,
        beside 行政事业单位医疗): the prefix only says which heading the row sits under."""
        m = difflib.SequenceMatcher(None, label, question, autojunk=False).find_longest_match(0, len(label), 0,
                                                                                            len(question))
        prefix = label[:m.a]
        return m.size >= 2 and m.a + m.size == len(label) and len(prefix) >= 2 \
            and sum(other.startswith(prefix) for other in self.labels if other != label) >= 2

    @staticmethod
    def names_rest(label: str, question: str) -> bool:
        bare = TOTALS.sub("", label)
        pairs = {bare[i:i + 2] for i in range(len(bare) - 1)}
        return len(bare) >= 2 and (bare in question or len(pairs) >= 4 and
                                   sum(p in question for p in pairs) >= 0.7 * len(pairs))

    @staticmethod
    def adds(name: str, link: Link, question: str) -> bool:
        """The linked row's own label names something of the question that `name` does not."""
        q = grams(question)
        return any(len(g) == 2 and g in q for g in set(grams(link.fact.label)) - set(grams(name)))

    def qualifies(self, name: str, link: Link) -> bool:
        """`name` is only the table `link` is asked in ('基本支出' for 退休费 of 财政拨款基本支出预算表)."""
        def plain(text):
            return re.sub(r"[“”\"'‘’]", "", text)
        bare = plain(re.sub(r"^[一二三四五六七八九十]+、|^\d+[.、．]", "", name))
        if any(f.table_id == link.fact.table_id and f.label == name for f in self.doc.facts):
            return False        # the table prints `name` as one of its own rows: it names a row, not the table
        return len(bare) >= 2 and bare in plain(self.titles.get(link.fact.table_id, "") + link.fact.column) \
            and bare not in plain(link.fact.label)

    def best(self, question: str, procurement: bool = False) -> Link | None:
        prepared = self.prepare(question)
        if prepared is None:
            return None
        wants_total = bool(ASKS_TOTAL.search(question))
        links: dict[tuple, Link] = {}
        rows = sorted({i for g in prepared[0] if len(g) == 2 for i in self.by_pair.get(g, ())})
        for f in (self.doc.facts[i] for i in rows):
            key = (f.table_id, f.label)
            # a total row answers only when a total is asked, or when the question names (nearly) all the rest
            # of it ('本年收入' for 本年收入合计, '公务用车购置及运行费' for 公务用车购置及运行维护费小计)
            if key in links or (f.table_kind == "procurement" and not procurement) \
                    or (TOTALS.search(f.label) and not wants_total and not self.names_rest(f.label, question)):
                continue
            link = self.score(f, prepared)
            if link.label_cover and not self.diverges(f.label, question):
                links[key] = link
        def spelled(link: Link) -> int:
            """Where the question prints the row's name (scope words and all), -1 if it does not: of two rows
            it names, the later one is asked ('…会议费、培训费支出预算表里培训费是多少')."""
            bare = TOTALS.sub("", re.sub(r"^[一二三四五六七八九十]+、", "", link.fact.label))
            return question.rfind(bare) + len(bare) if len(bare) >= 2 and bare in question else -1
        ranked = sorted(links.values(), key=lambda l: (round(l.score, 6), spelled(l), l.label_cover), reverse=True)
        if not ranked:
            return None
        top = ranked[0]
        for other in ranked[1:8]:
            if other.score >= top.score - 0.05 and other.label_cover >= 0.45 and self.qualifies(top.fact.label, other):
                return other
        return top
