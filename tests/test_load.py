"""20 concurrent clients asking through /ask on loopback for a bounded time: zero errors, p95 reported."""
import threading

from conftest import report
import time

QUESTIONS = ["how much is budgeted for overlap and cross-boundary mining surveys?", "住房公积金是多少",
             "什么是三公经费", "which catalogue codes apply to natural resources?", "一共有多少个项目",
             "机关运行经费比上年减少了多少？", "火星探测项目的预算是多少？"]


def test_twenty_clients(web_server):
    from gradio_client import Client
    clients, seconds = 20, 20
    latencies, errors = [], []
    lock = threading.Lock()
    deadline = time.time() + seconds

    def worker(n):
        client = Client(web_server, verbose=False)
        i = n
        while time.time() < deadline:
            q = QUESTIONS[i % len(QUESTIONS)]
            t = time.perf_counter()
            try:
                result = client.predict(q, "", api_name="/ask")
                assert result["question"] == q and result["kind"] in ("number", "list", "definition", "not_found")
                with lock:
                    latencies.append(time.perf_counter() - t)
            except Exception as exc:      # counted, not raised: the test reports all of them
                with lock:
                    errors.append(repr(exc))
            i += 1

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 120)
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan")
    report(f"load: {clients} clients, {len(latencies)} requests served in {seconds} s, {len(errors)} errors, "
          f"p50 {latencies[len(latencies) // 2] * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")
    assert not errors, errors[:3]
    assert len(latencies) >= clients
