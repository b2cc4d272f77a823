"""Distributed ingest: a procrastinate job queue in the PostgreSQL database of BUDGETQA_DATABASE_URL.

`enqueue` defers one job per file; any number of `worker` processes, on any machine that can read the
paths, take jobs from it. Jobs are idempotent: the queueing lock and the lock are the file's content id, and a
job whose document is already stored is a no-op. A worker sends heartbeats; a worker that stops sending them
is dead, and every live worker looks for its running jobs and queues them again (one at a time, under an
advisory lock). A rerun stores the document once: the store saves a document in one transaction by content id.
"""
from __future__ import annotations

import asyncio
import logging
import os
import socket
import threading
from pathlib import Path

import procrastinate
import psycopg
from procrastinate.exceptions import AlreadyEnqueued, ConnectorException
from procrastinate.retry import RetryStrategy
from procrastinate.schema import SchemaManager
from sqlalchemy import BigInteger, Column, MetaData, Table, Text, delete, insert
from sqlalchemy.engine import make_url

from core.settings import Settings
from ingest.parse import document_id
from ingest.pipeline import expand_paths

log = logging.getLogger(__name__)
TASK, QUEUE = "budgetqa.ingest_file", "ingest"
SCHEMA_LOCK, RECOVERY_LOCK = 7_301_001, 7_301_002      # pg advisory lock keys
POLL_SECONDS = 2.0
# procrastinate keeps no error text; the last error of each job is kept here for `app.py jobs`
job_errors = Table("ingest_job_errors", MetaData(), Column("job_id", BigInteger, primary_key=True),
                   Column("error", Text))


class JobsError(Exception):
    """Bad configuration or input, said in one sentence."""


class IngestFailed(Exception):
    """The file itself cannot be ingested (unreadable, too large …): retrying will not help."""


class IngestRetry(RetryStrategy):
    def get_retry_decision(self, *, exception, job):
        return None if isinstance(exception, IngestFailed) else super().get_retry_decision(exception=exception, job=job)


class _NoTraceback(logging.Filter):
    """procrastinate logs a failed job with its traceback; for a file that cannot be read, the line is enough."""
    def filter(self, record):
        if record.exc_info and isinstance(record.exc_info[1], IngestFailed):
            record.exc_info, record.exc_text = None, None
        return True


def conninfo(settings: Settings) -> str:
    """libpq connection string of the SQLAlchemy URL; the queue needs PostgreSQL."""
    url = make_url(settings.database_url)
    if url.get_backend_name() != "postgresql":
        raise JobsError(f"the job queue needs PostgreSQL, but BUDGETQA_DATABASE_URL is {url.get_backend_name()} "
                        "(set it to postgresql+psycopg://user@host/db)")
    params = dict(host=url.host, port=url.port, user=url.username, password=url.password, dbname=url.database)
    params.update({k: v for k, v in url.query.items() if isinstance(v, str)})
    return psycopg.conninfo.make_conninfo(**{k: str(v) for k, v in params.items() if v is not None})


def ensure_schema(settings: Settings) -> str:
    """Create procrastinate's tables and the store's once, even when many processes start together."""
    info = conninfo(settings)
    try:
        conn = psycopg.connect(info, autocommit=True)
    except psycopg.OperationalError:
        where = make_url(settings.database_url).render_as_string(hide_password=True)
        raise JobsError(f"cannot reach PostgreSQL at {where}; is the server running?") from None
    with conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (SCHEMA_LOCK,))
        try:
            if conn.execute("SELECT to_regclass('procrastinate_jobs')").fetchone()[0] is None:
                conn.execute(SchemaManager.get_schema())
            from core.store import Store
            store = Store(settings.database_url)          # creates the store's tables
            job_errors.create(store.engine, checkfirst=True)
            store.engine.dispose()
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (SCHEMA_LOCK,))
    return info


def make_app(info: str) -> procrastinate.App:
    app = procrastinate.App(connector=procrastinate.PsycopgConnector(conninfo=info))
    app.task(name=TASK, queue=QUEUE, pass_context=True, retry=IngestRetry(max_attempts=3, wait=2))(ingest_file)
    return app


def enqueue(settings: Settings, paths: list[Path]) -> dict:
    """One job per file (folders expanded); counts of queued, already queued and already stored files."""
    conninfo(settings)
    for p in paths:
        if not p.exists():
            raise JobsError(f"{p}: no such file or folder")
    info = ensure_schema(settings)
    from core.store import Store
    store = Store(settings.database_url)
    counts = {"queued": 0, "already_queued": 0, "already_stored": 0}
    app = make_app(info)
    with app.open():
        for f in expand_paths(paths):
            doc_id = document_id(f.read_bytes())
            if store.has(doc_id):
                counts["already_stored"] += 1
                continue
            try:
                app.tasks[TASK].configure(queueing_lock=doc_id, lock=doc_id).defer(
                    path=str(f.resolve()), name=f.name)
                counts["queued"] += 1
            except AlreadyEnqueued:
                counts["already_queued"] += 1
    return counts


_settings: Settings | None = None
_ingestor = None
_ingestor_lock = threading.Lock()


def _get_ingestor():
    """Store, index and ingestor, built once per worker process (not an Engine: it loads every document)."""
    global _ingestor
    with _ingestor_lock:
        if _ingestor is None:
            from core.engine import make_ingestor, open_stores
            store, _, index = open_stores(_settings)
            _ingestor = make_ingestor(_settings, store, index)
        return _ingestor


def ingest_file(context, path: str, name: str) -> str:
    job_id = context.job.id
    log.info("job %s: ingesting %s (pid %d, attempt %d)", job_id, name, os.getpid(), context.job.attempts + 1)
    ingestor = _get_ingestor()
    try:
        result = ingestor.ingest_file(Path(path), name)
        if result.status == "error":
            raise IngestFailed(result.message)
    except Exception as exc:
        try:
            with ingestor.store.engine.begin() as conn:
                conn.execute(delete(job_errors).where(job_errors.c.job_id == job_id))
                conn.execute(insert(job_errors), [dict(job_id=job_id, error=str(exc) or type(exc).__name__)])
        except Exception:          # the database itself is away: the job's own error matters more
            log.exception("job %s: could not record its error", job_id)
        raise
    log.info("job %s: %s", job_id, result.message)
    return result.message


async def recover_stalled(app: procrastinate.App, info: str, settings: Settings) -> None:
    """Queue again the jobs of workers that stopped sending heartbeats (killed, machine lost)."""
    while True:
        await asyncio.sleep(settings.job_heartbeat_seconds)
        try:
            # a fresh connection each round: a database restart costs one round, not the check
            async with await psycopg.AsyncConnection.connect(info, autocommit=True) as conn, conn.transaction():
                # one recoverer at a time, or two could requeue a job a third worker has just taken
                cur = await conn.execute("SELECT pg_try_advisory_xact_lock(%s)", (RECOVERY_LOCK,))
                if not (await cur.fetchone())[0]:
                    continue
                await app.job_manager.prune_stalled_workers(settings.job_stalled_seconds)
                for job in await app.job_manager.get_stalled_jobs(
                        queue=QUEUE, seconds_since_heartbeat=settings.job_stalled_seconds):
                    await app.job_manager.retry_job(job)
                    log.warning("job %s (%s) was running on a worker that stopped; queued again",
                                job.id, job.task_kwargs.get("name"))
        except (psycopg.Error, OSError, ConnectorException) as exc:     # the database is away: next round
            log.warning("stalled-job check failed: %s", exc)


def run_worker(settings: Settings, concurrency: int = 1) -> None:
    """Take ingest jobs until SIGTERM/SIGINT (a running job is finished first)."""
    global _settings
    conninfo(settings)
    if not settings.chroma_url:
        raise JobsError("ingest workers need a Chroma server shared by all of them: set BUDGETQA_CHROMA_URL")
    if concurrency < 1:
        raise JobsError("--concurrency must be at least 1")
    info = ensure_schema(settings)
    _settings = settings
    for handler in logging.getLogger().handlers:
        handler.addFilter(_NoTraceback())
    app = make_app(info)

    async def main() -> None:
        async with app.open_async():
            recovery = asyncio.create_task(recover_stalled(app, info, settings))
            try:
                await app.run_worker_async(
                    queues=[QUEUE], concurrency=concurrency, name=f"{socket.gethostname()}:{os.getpid()}",
                    fetch_job_polling_interval=POLL_SECONDS,
                    update_heartbeat_interval=settings.job_heartbeat_seconds,
                    stalled_worker_timeout=settings.job_stalled_seconds)
            finally:
                recovery.cancel()
    log.info("worker %d: waiting for ingest jobs", os.getpid())
    asyncio.run(main())


def status(settings: Settings) -> dict:
    """Jobs by state, failed jobs with their last error, live workers and stored documents."""
    info = ensure_schema(settings)
    with psycopg.connect(info) as conn:
        states = dict(conn.execute("SELECT status::text, count(*) FROM procrastinate_jobs WHERE task_name = %s "
                                   "GROUP BY status", (TASK,)).fetchall())
        # attempts counts finished runs and requeues, so a job done on its first run has 1
        retried = conn.execute("SELECT count(*) FROM procrastinate_jobs WHERE task_name = %s AND attempts > "
                               "CASE WHEN status IN ('todo', 'doing') THEN 0 ELSE 1 END", (TASK,)).fetchone()[0]
        failed = [dict(id=i, file=name, attempts=a, error=e) for i, name, a, e in conn.execute(
            "SELECT j.id, j.args->>'name', j.attempts, e.error FROM procrastinate_jobs j LEFT JOIN "
            "ingest_job_errors e ON e.job_id = j.id WHERE j.task_name = %s AND j.status = 'failed' ORDER BY j.id",
            (TASK,)).fetchall()]
        workers = conn.execute("SELECT count(*) FROM procrastinate_workers WHERE last_heartbeat > "
                               "now() - make_interval(secs => %s)", (settings.job_stalled_seconds,)).fetchone()[0]
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    jobs = {s: states.get(s, 0) for s in ("todo", "doing", "succeeded", "failed", "cancelled", "aborted")}
    return {"jobs": jobs, "total": sum(states.values()), "retried": retried, "failed": failed,
            "workers": workers, "documents": documents}
