"""The tables a disclosure lists in its contents (目录), with their count as a fact."""
from __future__ import annotations

import re
from decimal import Decimal

from core.qa.common import CUES
from core.types import Answer, AnswerFact, AnswerItem, Citation, ParsedDocument

TABLES_ASKED = re.compile(CUES["tables_asked"], re.I)
GLOSSARY_ASKED = re.compile(CUES["glossary_asked"], re.I)


def disclosure_tables(question: str, lang: str, doc: ParsedDocument, label: str) -> Answer | None:
    """'部门决算要公开哪几张表' / 'how many tables does it include': the tables the disclosure lists in its
    contents (目录), else the tables read from it, in order; a count question gets their number too."""
    if not TABLES_ASKED.search(question):
        return None
    a = Answer(question, lang, "list", "", document=doc.document.name)
    contents = next((p for p in doc.passages if p.kind == "contents"), None)
    names, part, heading = [], None, None     # the part heading ('第二部分 …决算表') the listed tables sit under
    for line in (contents.text.splitlines() if contents else []):
        name = re.sub(r"^[一二三四五六七八九十\d]+[、.．]\s*", "", line.strip())
        if name.startswith("第"):
            heading = name
        elif name.endswith("表"):
            names.append(name)
            part = part or heading
    if names:
        section = "目录" + (f" > {part}" if part else "")
        idx = a.cite(Citation(doc.document.name, None, section, contents.page, names[:20]))
    else:
        titled = [t for t in doc.tables if t.rows and not t.title.startswith("未命名")]
        names = [t.display_title for t in titled]
        if not names:
            return None
        idx = a.cite(Citation(doc.document.name, names[0], None, titled[0].page, names[:20], table_id=titled[0].id))
    names = list(dict.fromkeys(names))
    a.items = [AnswerItem(None, n, None, None, [idx]) for n in names]
    # the count the answer states is a fact, asked or not ('共 9 张表'; in English the general measure word)
    asked = re.search(r"(?<!哪)几张|多少张|how many|number of", question, re.I)
    a.kind = "number" if asked else "list"
    a.facts.append(AnswerFact("表" if lang == "zh" else "tables", Decimal(len(names)),
                              "张" if asked or lang == "zh" else "个", f"count of the {len(names)} tables listed", [idx]))
    a.answer = (f"{label}：共 {len(names)} 张表：" + "、".join(names)) if lang == "zh" else \
        (f"{label}: {len(names)} tables: " + "; ".join(names))
    return a


def glossary_terms(question: str, lang: str, doc: ParsedDocument, label: str) -> Answer | None:
    """'名词解释里有哪些词' / 'which terms does the glossary explain': the glossary's entries, with their count."""
    entries = [p for p in doc.passages if p.kind == "glossary" and p.title] if GLOSSARY_ASKED.search(question) else []
    if not entries:
        return None
    a = Answer(question, lang, "list", "", document=doc.document.name)
    names = list(dict.fromkeys(p.title for p in entries))
    idx = a.cite(Citation(doc.document.name, None, entries[0].section, entries[0].page, names[:20]))
    a.items = [AnswerItem(None, n, None, None, [idx]) for n in names]
    asked = re.search(r"几个|多少个|how many|number of", question, re.I)
    a.kind = "number" if asked else "list"
    a.facts.append(AnswerFact("名词" if lang == "zh" else "terms", Decimal(len(names)), "个",
                              f"count of the {len(names)} glossary entries", [idx]))
    a.answer = (f"{label}：名词解释共 {len(names)} 个：" + "、".join(names)) if lang == "zh" else \
        (f"{label}: the glossary explains {len(names)} terms: " + "; ".join(names))
    return a
