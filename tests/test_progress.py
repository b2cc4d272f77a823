"""Upload progress: the page being read (from the isolated parse worker too), then indexing."""
import pytest

from conftest import REAL, make_settings


@pytest.mark.parametrize("isolated", [False, True])
def test_ingest_reports_each_page_then_indexing(tmp_path, isolated):
    from core.engine import Engine
    engine = Engine(make_settings(tmp_path, isolate_parsing=isolated))
    seen = []
    pdf = REAL / "jiangsu_npc_office_2019_budget_tables.pdf"          # 13 pages
    result = engine.ingest_file(pdf, on_stage=lambda stage, k, n: seen.append((stage, k, n)))
    assert result.status == "stored"
    reading = [(k, n) for stage, k, n in seen if stage == "reading"]
    assert reading and all(n == 13 for _, n in reading)
    assert [k for k, _ in reading] == sorted(k for k, _ in reading)    # never goes backwards
    if not isolated:
        assert [k for k, _ in reading] == list(range(13))              # every page, in-process
    assert seen[-1][0] == "indexing"
