"""The one boundary that matters: the engine knows no Telegram, I/O or settings; handlers no NLP or SQL."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

ENGINE_FORBIDDEN = (
    "telegram",
    "httpx",
    "requests",
    "urllib.request",
    "socket",
    "sqlalchemy",
    "aiosqlite",
    "asyncpg",
    "trafilatura",
    "bot.settings",
    "bot.storage",
    "bot.ingest",
    "bot.render",
    "bot.service",
    "handlers",
    "pydantic_settings",
)
HANDLERS_FORBIDDEN = (
    "sumy",
    "langdetect",
    "numpy",
    "sqlalchemy",
    "aiosqlite",
    "asyncpg",
    "bot.storage",
    "bot.briefing.pipeline",
    "bot.briefing.summary",
    "bot.briefing.actors",
    "bot.briefing.casualties",
    "bot.briefing.ceasefire",
    "bot.briefing.sentences",
    "bot.briefing.language",
)


def _imports(path: Path, package: str) -> set[str]:
    """Absolute names of every module `path` imports (relative imports resolved against `package`)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def _package_of(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])


def _violations(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        for name in _imports(path, _package_of(path)):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    return bad


def test_engine_imports_nothing_of_telegram_io_or_settings() -> None:
    assert _violations("bot/briefing", ENGINE_FORBIDDEN) == []


def test_engine_reads_no_environment() -> None:
    for path in (ROOT / "bot/briefing").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "os.environ" not in text and "getenv" not in text, path


def test_handlers_know_no_nlp_or_sql() -> None:
    if not any((ROOT / "handlers").glob("*.py")):
        pytest.skip("no handlers yet")
    assert _violations("handlers", HANDLERS_FORBIDDEN) == []
