"""Command line: `python -m bot brief|extract|run` (see README)."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .briefing.errors import BriefingError
from .briefing.model import Document
from .logging_setup import NOISY_LOGGERS
from .settings import Settings, get_settings

log = logging.getLogger(__name__)


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run one sub-command; returns the exit code."""
    args = _parser().parse_args(argv)
    settings = get_settings()
    logging.basicConfig(
        level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    for name in NOISY_LOGGERS:  # request lines carry user links (and, for the bot, the token)
        logging.getLogger(name).setLevel(logging.WARNING)
    try:
        return args.func(args, settings)
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m bot", description="Sitrep: briefings on wars and border crises."
    )
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("brief", help="brief a file, a URL or standard input (-)")
    b.add_argument("source", nargs="?", help="a text or .html file, an http(s) URL, or - for standard input")
    b.add_argument("--json", action="store_true", help="print the JSON contract instead of text")
    b.add_argument("--jsonl", metavar="IN.jsonl", help='brief each line {"id", "text"|"url"|"html"}')
    b.add_argument("--sentences", type=int, metavar="N", help="summary length (default: from the text)")
    b.set_defaults(func=_brief)

    e = sub.add_parser("extract", help="print the article text of a URL, an .html file or -")
    e.add_argument("source")
    e.set_defaults(func=_extract)

    d = sub.add_parser("digest", help="print today's digest of a topic from the configured feeds")
    d.add_argument("--topic", required=True, help='free words or a topic name, e.g. "Pakistan Afghanistan"')
    d.add_argument(
        "--feed", action="append", metavar="URL", help="an RSS/Atom feed (repeatable; default SITREP_FEEDS)"
    )
    d.add_argument("--hours", type=float, default=24.0, help="how far back items count (0: all)")
    d.set_defaults(func=_digest)

    r = sub.add_parser("run", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    r.set_defaults(func=_run)
    return p


def _brief(args: argparse.Namespace, settings: Settings) -> int:
    from .briefing.pipeline import brief
    from .render.json import briefing_to_dict
    from .render.text import briefing_text

    if args.jsonl:
        return _brief_jsonl(Path(args.jsonl), args.sentences, settings)
    if not args.source:
        print("Say what to brief: a file, a URL, or - for standard input.", file=sys.stderr)
        return 2
    try:
        document = _load(args.source, settings)
        briefing = brief(document, args.sentences)
    except (BriefingError, _ingest_error()) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(briefing_to_dict(briefing), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(briefing_text(briefing))
    return 0


def _brief_jsonl(path: Path, sentences: int | None, settings: Settings) -> int:
    from tqdm import tqdm

    from .briefing.pipeline import brief
    from .render.json import briefing_to_dict

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        print(f"Cannot read {path}: {exc.strerror}.", file=sys.stderr)
        return 1
    items = [line for line in lines if line.strip()]
    failed = 0
    for n, item in enumerate(tqdm(items, unit="text", disable=not sys.stderr.isatty(), file=sys.stderr), 1):
        out: dict[str, Any] = {}
        try:
            record = json.loads(item)
            out["id"] = record.get("id", n)
            out["briefing"] = briefing_to_dict(brief(_record_document(record, settings), sentences))
        except Exception as exc:  # one bad line must not stop the batch
            failed += 1
            out.setdefault("id", n)
            out["error"] = str(exc) or type(exc).__name__
        print(json.dumps(out, ensure_ascii=False), flush=True)
    if failed:
        print(f"{failed} of {len(items)} lines failed (see their \"error\" fields).", file=sys.stderr)
    return 0


def _record_document(record: dict[str, Any], settings: Settings) -> Document:
    from .ingest.link import document_from_html
    from .ingest.text import document_from_text

    if record.get("text") is not None:
        return document_from_text(str(record["text"]))
    if record.get("html") is not None:
        return document_from_html(str(record["html"]), record.get("url"))
    if record.get("url"):
        return _fetch(str(record["url"]), settings)
    raise ValueError('a line needs "text", "html" or "url"')


def _load(source: str, settings: Settings) -> Document:
    """A Document from '-', a URL or a file path."""
    from .ingest.link import document_from_html
    from .ingest.text import document_from_text

    if source == "-":
        return document_from_text(sys.stdin.read())
    if source.lower().startswith(("http://", "https://")):
        return _fetch(source, settings)
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _ingest_error()(f"Cannot read {source}: {exc.strerror}.") from exc
    if path.suffix.lower() in {".html", ".htm"}:
        return document_from_html(data, None)
    return document_from_text(data.decode("utf-8", errors="replace"))


def _fetch(url: str, settings: Settings) -> Document:
    from .ingest.fetcher import Fetcher
    from .ingest.link import document_from_url

    async def go() -> Document:
        fetcher = Fetcher(settings)
        try:
            return await document_from_url(url, fetcher)
        finally:
            await fetcher.aclose()

    return asyncio.run(go())


def _ingest_error() -> type[Exception]:
    from .ingest.errors import IngestError

    return IngestError


def _extract(args: argparse.Namespace, settings: Settings) -> int:
    from .ingest.link import document_from_html

    try:
        if args.source == "-":
            document = document_from_html(sys.stdin.buffer.read(), None)
        elif args.source.lower().startswith(("http://", "https://")):
            document = _fetch(args.source, settings)
        else:
            document = document_from_html(Path(args.source).read_bytes(), None)
    except OSError as exc:
        print(f"Cannot read {args.source}: {exc.strerror}.", file=sys.stderr)
        return 1
    except _ingest_error() as exc:
        print(str(exc), file=sys.stderr)
        return 1
    for line in _header(document):
        print(line)
    print(document.text)
    return 0


def _header(document: Document) -> Iterator[str]:
    for label, value in (("title", document.title), ("site", document.site), ("author", document.author),
                         ("date", document.published), ("url", document.url)):
        if value:
            yield f"{label}: {value}"
    yield ""


def _digest(args: argparse.Namespace, settings: Settings) -> int:
    from .digest.cli import run_digest_cli

    return run_digest_cli(args.topic, settings, args.feed, hours=args.hours)


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from .app import run

    return run(settings)
