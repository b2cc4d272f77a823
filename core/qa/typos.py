"""A name typed with one wrong character ('公务接侍费' for 公务接待费): the whole printed row name (five to eight
characters) that differs from it in one inner character, when only one does and the document prints the typed
form nowhere. Each document's row names are indexed once with one inner character masked, so a question is checked
in a few dictionary look-ups, not against every name. (Shorter names are left alone: '收支总计' is not a typo of
收入总计.)"""
from __future__ import annotations

import re
from functools import lru_cache

from core.qa.words import CUES
from core.types import ParsedDocument

HAN_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")
LENGTHS = (5, 6, 7, 8)
# characters a question is made of around names: never the one mistyped
FUNCTION = set("的和与及是有多少几个各项年度了吗呢在里中为把被给合小总计")
# nicknames of departments ('高院', '人大办'): not a misspelt row
NICKNAMES = [k for k in CUES["departments"] if re.fullmatch(r"[\u4e00-\u9fff]+", k)]
_cache: dict[str, tuple[str, dict[str, frozenset[str]]]] = {}


def _index(doc: ParsedDocument) -> tuple[str, dict[str, frozenset[str]]]:
    """(everything the document prints, its row names' runs by masked form)."""
    if doc.document.id not in _cache:
        printed = "\n".join([p.text for p in doc.passages] + [p.title or "" for p in doc.passages]
                            + [t.title for t in doc.tables] + [t.project for t in doc.performance]
                            + [f.label for f in doc.facts])
        runs = {f.label for f in doc.facts if len(f.label) in LENGTHS and HAN_RUN.fullmatch(f.label)}
        masked: dict[str, set[str]] = {}
        for s in runs:
            for i in range(1, len(s) - 1):      # (the first and last characters are never the mistyped one)
                masked.setdefault(s[:i] + "*" + s[i + 1:], set()).add(s)
        _cache[doc.document.id] = (printed, {k: frozenset(v) for k, v in masked.items()})
    return _cache[doc.document.id]


def corrected(text: str, docs: list[ParsedDocument]) -> str:
    """`text` with each run of 5-8 characters no document prints, but one row name is with one inner character
    changed, read as that name."""
    indexes = [_index(d) for d in docs]
    for run in HAN_RUN.findall(text):
        for n in LENGTHS:
            for i in range(len(run) - n + 1):
                w = run[i:i + n]
                found = {s for _, masked in indexes for j in range(1, n - 1) if w[j] not in FUNCTION
                         for s in masked.get(w[:j] + "*" + w[j + 1:], ())}
                # (looked up first, cheap; a form the document prints anywhere is no typo)
                if len(found) == 1 and w in text and not any(w in printed for printed, _ in indexes) \
                        and not any(k in w for k in NICKNAMES):
                    text = text.replace(w, found.pop())
    return text


@lru_cache(maxsize=1)
def _english_vocabulary() -> dict[str, set[str]]:
    """The long words of the term map and cue words, by each form with one letter deleted (for look-ups at edit
    distance one: a letter left out, added, changed or two swapped)."""
    from core.qa.common import TERMS
    words = {w for phrase in list(TERMS) + CUES["english_filler"] + list(CUES["english_counts"])
             for w in re.findall(r"[a-z]{7,}", phrase)}
    forms: dict[str, set[str]] = {}
    for w in words:
        for i in range(len(w)):
            forms.setdefault(w[:i] + w[i + 1:], set()).add(w)
        forms.setdefault(w, set()).add(w)
    return {"words": words, **forms}


def spelled(question: str) -> str:
    """An English word of seven letters or more typed one letter off a word of the term map ('electrcity') is read
    as that word, when it is the only one."""
    vocabulary = _english_vocabulary()

    def fix(m: re.Match) -> str:
        typed = m.group(0).lower()
        if typed in vocabulary["words"]:
            return m.group(0)
        near = set(vocabulary.get(typed, set()))        # a letter added
        for i in range(len(typed)):
            near |= vocabulary.get(typed[:i] + typed[i + 1:], set())       # a letter left out, changed or swapped
        # (the slip is inside the word: a changed first or last letter is another word, 'defined' / 'refined',
        # 'department' / 'departments')
        near = {w for w in near if abs(len(w) - len(typed)) <= 1 and w[:2] == typed[:2] and w[-1] == typed[-1]
                and _one_off(typed, w)}
        return next(iter(near)) if len(near) == 1 else m.group(0)
    return re.sub(r"(?<![A-Za-z])[A-Za-z]{7,}(?![A-Za-z])", fix, question)


def _one_off(a: str, b: str) -> bool:
    """Damerau distance one."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
            and a[diff[1]] == b[diff[0]]
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
