"""The scale benchmark's synthetic documents: region and year replaced everywhere, money scaled by one integer
factor, so every check the audit makes on the template comes out the same."""
import sys

import pytest

from conftest import ROOT, SAMPLE, make_settings

sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    from core.engine import Engine
    from core.store import Store
    from synthetic import write_synthetic
    home = tmp_path_factory.mktemp("syn")
    engine = Engine(make_settings(home))
    engine.ingest([SAMPLE])
    source = engine.store
    target = Store(f"sqlite:///{home / 'target.sqlite'}")
    assert write_synthetic(source, target, 3, seed=1, progress=None) == 3
    assert write_synthetic(source, target, 3, seed=1, progress=None) == 0     # resumable: nothing twice
    return source, target


def everything(parsed):
    """All text of a document, as one string."""
    bits = [parsed.document.department, parsed.document.name]
    for t in parsed.tables:
        bits += [t.title, *t.columns, *(c for row in t.rows for c in row)]
    bits += [p.text for p in parsed.passages] + [s.sentence for s in parsed.stated]
    bits += [c.department for c in parsed.catalogue] + [str(p.fields) + str(p.indicators) for p in parsed.performance]
    return "\n".join(b or "" for b in bits)


def test_region_year_and_amounts_replaced_consistently(stores):
    from ingest.audit import audit
    source, target = stores
    template = source.load(source.list_documents()[0].id)
    synthetic = [target.load(d.id) for d in target.list_documents()]
    assert len(synthetic) == 3 and len({d.document.id for d in synthetic}) == 3
    template_audit = audit(template)
    template_money = {(t.seq, f.row_index, f.col_index): f.value for f in template.facts
                      for t in template.tables if t.id == f.table_id and f.unit in ("元", "万元")}
    for parsed in synthetic:
        d = parsed.document
        assert "兴县" not in everything(parsed)
        assert d.department.endswith("县自然资源局") and d.department != "兴县自然资源局"
        assert d.region == d.department[:-len("自然资源局")]
        assert 2015 <= d.year <= 2026
        assert any(str(d.year) in t.title for t in parsed.tables)
        # one integer factor for every money fact
        money = {(t.seq, f.row_index, f.col_index): f.value for f in parsed.facts
                 for t in parsed.tables if t.id == f.table_id and f.unit in ("元", "万元")}
        assert money.keys() == template_money.keys()
        key = next(k for k, v in template_money.items() if v)
        factor = money[key] / template_money[key]
        assert factor == int(factor) and factor >= 2
        assert all(money[k] == factor * v for k, v in template_money.items())
        # the printed cell says the same as the fact
        cells = {(t.seq, f.row_index, f.col_index): t.rows[f.row_index][f.col_index]
                 for f in parsed.facts for t in parsed.tables
                 if t.id == f.table_id and 0 <= f.row_index < len(t.rows) and f.col_index < len(t.rows[f.row_index])}
        printed = [(cells[k], v) for k, v in money.items() if k in cells and cells[k] != "合计"]
        assert len(printed) > 100 and all(c.replace(",", "") == format(v, "f") for c, v in printed)
        # the performance funding too; counts and percentages are not money
        for mine, theirs in zip(parsed.performance, template.performance):
            assert mine.total_funding == (None if theirs.total_funding is None else factor * theirs.total_funding)
        for mine, theirs in zip(parsed.stated, template.stated):
            assert mine.value == (factor * theirs.value if theirs.unit in ("元", "万元", "亿元") else theirs.value)
        # totals still add up: each audit check comes out as it did on the template, except that a rounding gap
        # of the template grows k-fold (ok -> rounding, rounding -> error at k = 7)
        mine = audit(parsed)
        assert [f.rule for f in mine] == [f.rule for f in template_audit]
        allowed = {"ok": {"ok", "rounding"}, "rounding": {"rounding", "error"}, "warning": {"warning"},
                   "error": {"error"}}
        assert all(m.severity in allowed[t.severity] for m, t in zip(mine, template_audit))
        assert sum(m.severity == "ok" for m in mine) > 200
