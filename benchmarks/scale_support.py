"""Helpers of benchmarks/scale.py: a watched child process, the PostgreSQL cluster and per-size databases, the
fixed question list, the markdown table and the PNG chart."""
from __future__ import annotations

import math
import os
import pwd
import re
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

PG_BIN = Path("/usr/lib/postgresql/15/bin")
FONT_PATHS = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]
NOT_STORED_DEPT = "紫霞省教育厅"      # 紫 and 霞 are in no generated place name (synthetic.py)


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Watched:
    """A child process with a wall-clock limit and an RSS limit; its peak RSS comes from wait4."""

    def __init__(self, cmd: list[str], env: dict, timeout: float, max_rss_mb: float):
        self.start = time.perf_counter()
        self.timeout, self.max_rss_mb = timeout, max_rss_mb
        self.proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.out: list[str] = []
        self.err: list[str] = []
        self.readers = [threading.Thread(target=lambda f, into: into.extend(f), args=(f, into), daemon=True)
                        for f, into in ((self.proc.stdout, self.out), (self.proc.stderr, self.err))]
        for r in self.readers:
            r.start()
        self.failed: str | None = None
        self.seconds = 0.0
        self.max_rss_mib = 0.0
        self.returncode: int | None = None

    def _reap(self, flags: int) -> bool:
        pid, status, usage = os.wait4(self.proc.pid, flags)
        if pid == 0:
            return False
        self.seconds = time.perf_counter() - self.start
        self.max_rss_mib = usage.ru_maxrss / 1024          # KiB on Linux
        self.returncode = self.proc.returncode = os.waitstatus_to_exitcode(status)
        for r in self.readers:
            r.join(timeout=5)
        if self.returncode != 0 and not self.failed:
            self.failed = f"exit {self.returncode}: {self.stderr[-300:]}"
        return True

    def done(self) -> bool:
        """Reap if ended; kill if over a limit. Non-blocking."""
        if self.returncode is not None:
            return True
        if self._reap(os.WNOHANG):
            return True
        elapsed = time.perf_counter() - self.start
        rss = self._rss_mb()
        if elapsed > self.timeout:
            self.failed = f"killed after {self.timeout:.0f} s"
        elif rss > self.max_rss_mb:
            self.failed = f"killed at {rss:.0f} MiB RSS after {elapsed:.0f} s"
        if self.failed:
            self.proc.kill()
            self._reap(0)
            return True
        return False

    def _rss_mb(self) -> float:
        try:
            text = Path(f"/proc/{self.proc.pid}/status").read_text()
            return int(re.search(r"VmRSS:\s+(\d+)", text).group(1)) / 1024
        except (OSError, AttributeError):
            return 0.0

    def wait(self) -> None:
        while not self.done():
            time.sleep(0.1)

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after 15 s."""
        if self.returncode is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 15
        while not self._reap(os.WNOHANG):
            if time.monotonic() > deadline:
                self.proc.kill()
                self._reap(0)
                break
            time.sleep(0.1)
        if self.failed and self.failed.startswith("exit"):
            self.failed = None          # stopped on purpose

    @property
    def stdout(self) -> str:
        return "".join(self.out)

    @property
    def stderr(self) -> str:
        return "".join(self.err)


def postgres_cluster(pg_dir: Path) -> str:
    """Start (initdb first if needed) a throw-away cluster in pg_dir as the postgres user; its server URL."""
    as_pg = ["runuser", "-u", "postgres", "--"]
    user = pwd.getpwnam("postgres")
    pg_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(pg_dir, 0o755)
    os.chown(pg_dir, user.pw_uid, user.pw_gid)
    data, port_file = pg_dir / "data", pg_dir / "port"
    if not (data / "PG_VERSION").exists():
        subprocess.run(as_pg + [str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"],
                       check=True, capture_output=True)
    running = subprocess.run(as_pg + [str(PG_BIN / "pg_ctl"), "-D", str(data), "status"],
                             capture_output=True).returncode == 0
    if not running or not port_file.exists():
        port = free_port()
        port_file.write_text(str(port))
        # fsync off: the cluster holds regenerable benchmark data only
        options = (f"-p {port} -k {pg_dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                   f"-c synchronous_commit=off -c full_page_writes=off")
        subprocess.run(as_pg + [str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(pg_dir / "log"), "-w",
                                "-o", options, "start"], check=True, capture_output=True)
    return f"postgresql+psycopg://postgres@127.0.0.1:{port_file.read_text().strip()}/postgres"


def _database_url(server: str, name: str) -> str:
    return re.sub(r"/[^/]*$", f"/{name}", server)


def size_database(server: str, n: int, source_home: Path, seed: int, skip_generate: bool) -> tuple[str, dict]:
    """The URL of database bqa_n<n> holding the 20 real and n synthetic documents (made from the next smaller
    size's database and completed unless skip_generate), and how generation went."""
    from sqlalchemy import create_engine, func, select, text

    from core import store as S
    from synthetic import copy_documents, write_synthetic
    name = f"bqa_n{n}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        have = {int(r[0][5:]) for r in conn.execute(text("SELECT datname FROM pg_database WHERE datname LIKE "
                                                         "'bqa_n%'"))}
        if n not in have:
            smaller = max((m for m in have if m < n), default=None)
            template = f" TEMPLATE bqa_n{smaller}" if smaller is not None else ""
            conn.execute(text(f"CREATE DATABASE {name}{template}"))
    admin.dispose()
    url = _database_url(server, name)
    generation: dict = {}
    if not skip_generate:
        source = S.Store(f"sqlite:///{source_home / 'budgetqa.sqlite'}")
        target = S.Store(url)
        copy_documents(source, target)
        t = time.perf_counter()
        written = write_synthetic(source, target, n, seed)
        seconds = time.perf_counter() - t
        if written:
            generation = {"generated": written, "generate_s": round(seconds, 1),
                          "generate_docs_s": round(written / seconds, 1)}
        source.engine.dispose()
        target.engine.dispose()
    check = create_engine(url)
    with check.connect() as conn:
        generation["documents"] = conn.execute(select(func.count()).select_from(S.documents)).scalar()
    check.dispose()
    return url, generation


def question_list(url: str, n: int) -> list[list]:
    """The fixed mixed list: [question, document or None]. Scoped questions name synthetic documents 0 … 19
    (one per template; stored at every N >= 20) or, at N = 0, the 20 real ones."""
    from core.store import Store
    store = Store(url)
    docs = store.list_documents()
    store.engine.dispose()
    if n > 0:
        docs = [d for d in docs if re.match(r"syn000[01]\d_", d.name)]
    else:
        docs = [d for d in docs if not d.name.startswith("syn")]
    docs = sorted(docs, key=lambda d: d.name)
    docs = docs[7:] + docs[:7]          # the first names a high court (the cold-start question)
    zh = ["{d}{y}年一般公共预算财政拨款支出多少", "{d}{y}年行政运行是多少", "{d}{y}年“三公”经费预算是多少",
          "{d}{y}年公务接待费是多少", "{d}{y}年收入总计多少", "{d}{y}年机关运行经费是多少", "{d}{y}年住房公积金多少",
          "{d}{y}年基本支出和项目支出分别是多少", "{d}{y}年公务接待费和公务用车运行维护费各多少",
          "{r}{y}年财政拨款收入是多少"]
    en = ["How much did the {d} spend on official receptions in {y}?", "What is the total revenue of the {d} in {y}?",
          "What was the {d} budget for basic expenditure in {y}?",
          "How much is the {d} {y} budget for housing provident fund and administrative operation?"]
    forms = zh + en
    questions = []
    for i, d in enumerate(docs):
        for form in (forms[i % len(forms)], forms[(i + 7) % len(forms)]) if i < 8 else (forms[i % len(forms)],):
            questions.append([form.format(d=d.department, y=d.year, r=d.region), None])
    questions += [[q, None] for q in ("行政运行是多少", "住房公积金是多少", "三公经费是多少", "What is the total budget?",
                                      "机关运行经费是多少")]
    questions += [[f"{docs[0].department}2013年行政运行是多少", None],
                  [f"{NOT_STORED_DEPT}2021年一般公共预算财政拨款支出多少", None],
                  [f"How much did the {NOT_STORED_DEPT} spend on official receptions in 2021?", None],
                  [f"{docs[1].department}2030年收入总计多少", None]]
    questions += [["行政运行是多少", docs[0].name], ["三公经费是多少", docs[1].name],
                  ["What is the total expenditure?", docs[2].name], ["基本支出是多少", docs[3].name]]
    return questions


COLUMNS = [("n", "N synthetic", "{}"), ("documents", "documents", "{}"), ("cold_s", "cold start s", "{:.2f}"),
           ("rss_mib", "RSS MiB", "{:.0f}"), ("warm_p50_ms", "warm p50 ms", "{:.1f}"),
           ("warm_p95_ms", "warm p95 ms", "{:.1f}"), ("api_answers_s", "API answers/s", "{:.1f}"),
           ("api_p50_ms", "API p50 ms", "{:.1f}"), ("api_p95_ms", "API p95 ms", "{:.1f}"),
           ("api_nocache_answers_s", "API answers/s, no answer cache", "{:.1f}"),
           ("api_nocache_p95_ms", "API p95 ms, no answer cache", "{:.1f}"),
           ("generate_docs_s", "generated docs/s", "{:.1f}"), ("commit", "commit", "{}")]


def markdown(results: dict) -> str:
    g = results["goals"]
    lines = ["# Scale benchmark (benchmarks/scale.py)", "",
             f"Goals at 10,000 documents: cold start ≤ {g['cold_s']} s, RSS ≤ {g['rss_mib']} MiB, warm p95 ≤ "
             f"{g['warm_p95_ms']} ms; API ≥ {g['api_answers_s']} answers/s at p95 ≤ {g['api_p95_ms']} ms with 20 "
             "clients at 20 documents. 2 cores, PostgreSQL 15, hash embedder.", "",
             "| " + " | ".join(c[1] for c in COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    notes = []
    for key in sorted(results["runs"], key=int):
        row = results["runs"][key]
        cells = []
        for field, _, fmt in COLUMNS:
            v = row.get(field)
            cells.append("—" if v is None else fmt.format(v))
        lines.append("| " + " | ".join(cells) + " |")
        for k in ("cold_failed", "warm_failed", "api_failed"):
            if row.get(k):
                notes.append(f"- N={key}: {k.split('_')[0]} {row[k]}")
        if row.get("answered") is not None:
            notes.append(f"- N={key}: {row['answered']}/{row['questions']} questions answered (not not_found); "
                         f"engine start in the warm process {row.get('engine_start_s')} s; API errors "
                         f"{row.get('api_errors', '—')}, server ready after {row.get('api_ready_s', '—')} s, "
                         f"server peak RSS {row.get('api_rss_mib') or '—'} MiB")
    return "\n".join(lines + [""] + notes + ["", "![scale](../../docs/scale.png)", ""])


PANELS = [("cold_s", "cold start (s)", "cold_s"), ("rss_mib", "resident memory (MiB)", "rss_mib"),
          ("warm_p95_ms", "warm p95 (ms)", "warm_p95_ms"), ("api_answers_s", "API answers/s, 20 clients",
                                                            "api_answers_s"),
          ("api_p95_ms", "API p95 (ms)", "api_p95_ms"), ("generate_docs_s", "generation (documents/s)", None)]
# which failed phase leaves a panel without its point (the API is not run after a failure)
PHASES = {"cold_s": ("cold",), "rss_mib": ("warm",), "warm_p95_ms": ("warm",),
          "api_answers_s": ("cold", "warm", "api"), "api_p95_ms": ("cold", "warm", "api")}


def chart(results: dict, path: Path) -> None:
    """One panel per metric against the number of stored documents, both axes logarithmic; goals dashed."""
    font = next((ImageFont.truetype(p, 13) for p in FONT_PATHS if Path(p).exists()), ImageFont.load_default())
    small = next((ImageFont.truetype(p, 10) for p in FONT_PATHS if Path(p).exists()), ImageFont.load_default())
    pw, ph, cols = 380, 270, 3
    img = Image.new("RGB", (pw * cols, ph * 2 + 30), "white")
    draw = ImageDraw.Draw(img)
    draw.text((10, 8), "BudgetQA scale benchmark: metric vs documents stored (20 real + N synthetic), "
              "log-log; dashed = goal", fill="black", font=font)
    runs = sorted(results["runs"].values(), key=lambda r: r["n"])
    xs = [r.get("documents") or r["n"] + 20 for r in runs]
    x_lo, x_hi = math.log10(10), math.log10(max(xs + [20000]) * 1.5)
    for k, (field, title, goal_key) in enumerate(PANELS):
        ox, oy = (k % cols) * pw, 30 + (k // cols) * ph
        left, top, right, bottom = ox + 55, oy + 28, ox + pw - 15, oy + ph - 35
        draw.text((ox + 10, oy + 6), title, fill="black", font=font)
        draw.rectangle([left, top, right, bottom], outline=(120, 120, 120))
        points = [(x, r.get(field)) for x, r in zip(xs, runs)]
        values = [v for _, v in points if v] + ([results["goals"][goal_key]] if goal_key else [])
        if not values:
            continue
        y_lo = math.floor(math.log10(min(values) / 1.5))
        y_hi = math.ceil(math.log10(max(values) * 1.5))
        y_hi = max(y_hi, y_lo + 1)

        def px(x, y):
            fx = (math.log10(x) - x_lo) / (x_hi - x_lo)
            fy = (math.log10(y) - y_lo) / (y_hi - y_lo)
            return left + fx * (right - left), bottom - fy * (bottom - top)

        for e in range(y_lo, y_hi + 1):             # decades
            _, y = px(10, 10 ** e)
            draw.line([left, y, right, y], fill=(230, 230, 230))
            draw.text((ox + 8, y - 6), f"{10 ** e:g}", fill="black", font=small)
        for e in range(1, int(x_hi) + 1):
            x, _ = px(10 ** e, 10 ** y_lo)
            draw.line([x, top, x, bottom], fill=(230, 230, 230))
            draw.text((x - 12, bottom + 4), f"{10 ** e:,}", fill="black", font=small)
        if goal_key:
            _, gy = px(10, results["goals"][goal_key])
            for x in range(int(left), int(right), 12):
                draw.line([x, gy, min(x + 6, right), gy], fill=(200, 30, 30), width=2)
        drawn = [px(x, v) for x, v in points if v]
        if len(drawn) > 1:
            draw.line(drawn, fill=(40, 90, 200), width=2)
        for (x, v), (cx, cy) in zip([p for p in points if p[1]], drawn):
            draw.ellipse([cx - 4, cy - 4, cx + 4, cy + 4], fill=(40, 90, 200))
            draw.text((cx + 6, cy - 14), f"{v:g}", fill="black", font=small)
        phase = PHASES.get(field)
        for x, v in points:                       # measured but failed (killed, over a limit)
            if v is None and phase and any(r.get(f"{p}_failed") for r in runs
                                           if (r.get("documents") or r["n"] + 20) == x for p in phase):
                cx, _ = px(x, 10 ** y_lo)
                draw.text((cx - 4, top + 4), "✗", fill=(200, 30, 30), font=font)
        draw.text((right - 110, bottom + 18), "documents stored", fill=(90, 90, 90), font=small)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path)
