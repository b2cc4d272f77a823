"""UI words in both languages and the English names of Chinese words the UI shows (data, not logic)."""
from __future__ import annotations

import re

from core.qa.common import CUES, TERMS

ALL = "全部 / All"
MAX_QUESTION = 500

UNITS_EN = {"元": "yuan", "万元": "× 10,000 yuan", "亿元": "× 100 million yuan", "个": "", "人": "people",
            "辆": "vehicles", "%": "%", "项": "items"}
KINDS_EN = {"预算": "budget", "决算": "final accounts"}

TEXT = {
    "how": {"zh": "计算过程", "en": "How it was computed"},
    "formula": {"zh": "公式", "en": "Formula"},
    "items": {"zh": "明细", "en": "Items"},
    "read_as": {"zh": "理解为", "en": "Read as"},
    "sources": {"zh": "出处", "en": "Sources"},
    "n_items": {"zh": "{n} 项", "en": "{n} items"},
    "sum_of": {"zh": "{n} 项合计", "en": "sum of {n} items"},
    "definition": {"zh": "名词解释", "en": "Definition printed in the document (Chinese)"},
    "not_found": {"zh": "没有找到", "en": "Not found"},
    "as_asked": {"zh": "{q}", "en": "as asked: {q}"},
    "spending_chart": {"zh": "构成", "en": "Breakdown"},
    "top": {"zh": "（最大的 {n} 项，共 {total} 项）", "en": " (largest {n} of {total})"},
    "empty": {"zh": "请输入问题。", "en": "Please type a question."},
    "too_long": {"zh": "问题太长（{n} 字），请控制在 {cap} 字以内。", "en": "The question is too long ({n} characters); "
                 "please keep it under {cap}."},
    "error": {"zh": "出错了，请换个问法。", "en": "Something went wrong; please rephrase."},
}

EXAMPLES = ["how much is budgeted for overlap and cross-boundary mining surveys?", "超层越界检查测绘的预算一共是多少？",
            "什么是三公经费", "How much is the housing provident fund?", "which catalogue codes apply to natural resources?",
            "钱都花在哪里", "一共有多少个项目"]
PER_DOCUMENT = ["{dept}的基本支出是多少？", "{dept}的“三公”经费是多少？"]

# Chinese department words -> English, longest first (from the answer path's cue list, reversed)
_DEPT = sorted(((zh, en) for en, zh in CUES["departments"].items() if re.match(r"[a-z]", en)),
               key=lambda p: -len(p[0]))
_DEPT_EN: dict[str, str] = {"人民政府": " ", "办事处": "office", "办公厅": "general office", "办公室": "office",
                            "委员会": "committee", "常委会": "standing committee", "中共": " ", "区委": "district committee",
                            "区": " district ", "部": " department "}
for _zh, _en in _DEPT:
    _DEPT_EN.setdefault(_zh, _en)
HAN = re.compile(r"[\u4e00-\u9fff]")
# the fullest English phrase the term map gives each Chinese term ('housing provident fund', not 'provident fund')
ENGLISH: dict[str, str] = {}
for _en, _zh in sorted(TERMS.items(), key=lambda kv: -len(kv[0])):
    if re.fullmatch(r"[a-z][a-z \-']*", _en):
        ENGLISH.setdefault(_zh, _en)


def t(key: str, lang: str, **values) -> str:
    return TEXT[key][lang].format(**values)


def _replace_longest(text: str, table: dict[str, str]) -> str:
    keys = sorted(table, key=len, reverse=True)
    if not keys:
        return text
    pattern = re.compile("|".join(re.escape(k) for k in keys))
    return pattern.sub(lambda m: f" {table[m.group(0)]} ", text)


def department_en(name: str | None, fallback: str = "") -> str:
    """'兴县自然资源局' -> 'Xing County Natural Resources Bureau'; the file name when words are unknown."""
    if not name:
        return fallback
    text = _replace_longest(name, _DEPT_EN)
    text = re.sub(r"[市省县区]", " ", text)
    if HAN.search(text):
        return fallback or name
    text = re.sub(r"\b(\w+)( \1\b)+", r"\1", text)       # '… office office' from overlapping words
    return " ".join(w.upper() if w in ("cppcc", "npc") else w[:1].upper() + w[1:] for w in text.split())


def label_en(label: str) -> str | None:
    """An English name for a printed label from the term map, or None when some words stay Chinese."""
    label = re.sub(r"^\d+\s*|[“”\"]", "", label.strip())
    if label in ENGLISH:
        return ENGLISH[label]
    bare = re.sub(r"（[^）]*）|\([^)]*\)", "", label).strip()     # '行政运行（金 额）': the column, not the row
    if bare != label and bare:
        return label_en(bare)
    text = _replace_longest(label, ENGLISH)
    text = re.sub(r"[（）()“”\"、，,：:]", " ", text)
    return None if HAN.search(text) else " ".join(text.split())


def doc_title(doc, lang: str) -> str:
    """Department, year and kind of a stored document in the reader's language."""
    if lang == "en":
        stem = re.sub(r"\b(\d{4}|dept|budget|final|accounts|tables|unit)\b", " ", doc.name.rsplit(".", 1)[0].replace("_", " "))
        name = department_en(doc.department, " ".join(stem.split()))
        return " ".join(b for b in (name, str(doc.year or ""), KINDS_EN.get(doc.kind or "", "")) if b)
    return " ".join(b for b in (doc.department or doc.name, f"{doc.year}年" if doc.year else "", doc.kind or "") if b)


def unit_en(unit: str) -> str:
    return UNITS_EN.get(unit, "" if HAN.search(unit or "") else unit or "")
