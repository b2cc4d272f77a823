"""Bounded fuzz run of malformed inputs through ingest (hypothesis): the process never dies, each bad
file gets one clear line, and the stores never disagree or keep half a document."""
import random
import time

from hypothesis import HealthCheck, given, settings, strategies as st

import fuzz_inputs
from conftest import REAL, make_settings, report

SEEDS = [fuzz_inputs.SIMPLE, fuzz_inputs.COMPRESSED, fuzz_inputs.HUGE_COUNT,
         sorted(REAL.glob("*.pdf"))[-1].read_bytes()[:60000]]
ENCODINGS = ["utf-8", "gb18030", "utf-16", "latin-1", "big5"]
STATS = {"tried": 0, "errors": 0, "stored": 0, "unchanged": 0}


def mutate(data: bytes, rnd: random.Random) -> bytes:
    data = bytearray(data)
    op = rnd.randrange(6)
    if op == 0 and data:                                   # truncate
        del data[rnd.randrange(len(data)):]
    elif op == 1 and data:                                 # flip bytes
        for _ in range(rnd.randint(1, 40)):
            data[rnd.randrange(len(data))] = rnd.randrange(256)
    elif op == 2:                                          # break the cross-reference table
        data = bytearray(bytes(data).replace(b"xref", b"xrfe").replace(b"startxref", b"startxrf"))
    elif op == 3 and data:                                 # insert garbage
        at = rnd.randrange(len(data))
        data[at:at] = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 500)))
    elif op == 4:                                          # wrong lengths and counts
        data = bytearray(bytes(data).replace(b"/Length", b"/Length 99999999 %").replace(b"/Count 1", b"/Count -5"))
    return bytes(data)


inputs = st.one_of(
    st.tuples(st.sampled_from(range(len(SEEDS))), st.integers(0, 2**32)).map(
        lambda t: ("pdf", mutate(SEEDS[t[0]], random.Random(t[1])))),
    st.binary(max_size=4000).map(lambda b: (random.Random(len(b)).choice(["pdf", "txt"]), b)),
    st.tuples(st.text(max_size=2000), st.sampled_from(ENCODINGS)).map(
        lambda t: ("txt", t[0].encode(t[1], errors="replace"))),
    st.tuples(st.text(max_size=500), st.text(max_size=500)).map(
        lambda t: ("txt", t[0].encode("utf-8") + t[1].encode("gb18030", errors="replace"))),
)


def test_fuzz_ingest(tmp_path_factory):
    from core.engine import Engine
    home = tmp_path_factory.mktemp("fuzzhome")
    engine = Engine(make_settings(home, isolate_parsing=True, parse_seconds=20, parse_memory_mb=1024))
    folder = tmp_path_factory.mktemp("fuzzfiles")
    started = time.time()

    @settings(max_examples=1000, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(inputs)
    def one(case):
        suffix, data = case
        STATS["tried"] += 1
        path = folder / f"case{STATS['tried']}.{suffix}"
        path.write_bytes(data)
        before = {d.id for d in engine.store.list_documents()}
        result = engine.ingestor.ingest_file(path)
        STATS["errors" if result.status == "error" else result.status] += 1
        after = {d.id for d in engine.store.list_documents()}
        if result.status == "error":
            assert result.message.startswith(path.name + ":") and "\n" not in result.message
            assert after == before
        assert engine.index.document_ids() <= after         # never chunks without their document

    one()
    # the bomb and a huge page count, once each
    bomb = folder / "bomb.pdf"
    bomb.write_bytes(fuzz_inputs.bomb())
    result = engine.ingestor.ingest_file(bomb)
    assert result.status == "error" and result.message.startswith("bomb.pdf:")
    STATS["tried"] += 1
    STATS["errors"] += 1
    elapsed = time.time() - started
    report(f"fuzz: {STATS['tried']} inputs tried, {STATS['errors']} refused with a clear error, "
          f"{STATS['stored']} stored, {STATS['unchanged']} already stored, {elapsed:.0f} s")
    assert STATS["tried"] >= 1000
    engine.ingestor.worker.close()
