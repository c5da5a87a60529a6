"""The JSON contract of `python -m bot brief --json` (architecture.md), both ways."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..briefing.model import Actor, Briefing, Casualties, CasualtyReport, Ceasefire


def briefing_to_dict(b: Briefing) -> dict[str, Any]:
    """The briefing as the contract's JSON object (tuples as lists, None as null)."""
    return {
        "language": b.language,
        "title": b.title,
        "url": b.url,
        "site": b.site,
        "author": b.author,
        "published": b.published,
        "words": b.words,
        "sentences": b.sentence_count,
        "summary": list(b.summary),
        "actors": [_actor(a) for a in b.actors],
        "casualties": {
            "killed": _report(b.casualties.killed),
            "injured": _report(b.casualties.injured),
            "reports": [_report(r) for r in b.casualties.reports],
        },
        "ceasefire": {
            "status": b.ceasefire.status,
            "qualifiers": list(b.ceasefire.qualifiers),
            "evidence": b.ceasefire.evidence,
            "brokered_by": b.ceasefire.brokered_by,
            "where": b.ceasefire.where,
        },
        "notes": list(b.notes),
        "language_doubt": b.language_doubt,
    }


def briefing_from_dict(d: dict[str, Any]) -> Briefing:
    """Rebuild a Briefing from `briefing_to_dict` output (as stored)."""
    cas = d.get("casualties") or {}
    cf = d.get("ceasefire") or {}
    return Briefing(
        language=d["language"],
        words=d["words"],
        sentence_count=d.get("sentences", len(d.get("summary") or [])),
        summary=tuple(d.get("summary") or ()),
        actors=tuple(
            Actor(
                name=a["name"],
                type=a["type"],
                aliases=tuple(a.get("aliases") or ()),
                mentions=a.get("mentions", 1),
                evidence=a.get("evidence", ""),
                group=a.get("group"),
            )
            for a in d.get("actors") or ()
        ),
        casualties=Casualties(
            killed=report_from_dict(cas.get("killed")),
            injured=report_from_dict(cas.get("injured")),
            reports=tuple(r for r in map(report_from_dict, cas.get("reports") or ()) if r),
        ),
        ceasefire=Ceasefire(
            status=cf.get("status", "none"),
            qualifiers=tuple(cf.get("qualifiers") or ()),
            evidence=cf.get("evidence"),
            brokered_by=cf.get("brokered_by"),
            where=cf.get("where"),
        ),
        title=d.get("title"),
        url=d.get("url"),
        site=d.get("site"),
        author=d.get("author"),
        published=d.get("published"),
        notes=tuple(d.get("notes") or ()),
        language_doubt=d.get("language_doubt"),
    )


def _actor(a: Actor) -> dict[str, Any]:
    out = asdict(a)
    out["aliases"] = list(a.aliases)
    return out


def _report(r: CasualtyReport | None) -> dict[str, Any] | None:
    return None if r is None else asdict(r)


def report_from_dict(d: dict[str, Any] | None) -> CasualtyReport | None:
    """A casualty report read back from its JSON object (keys it does not know are ignored)."""
    if not d:
        return None
    return CasualtyReport(
        kind=d.get("kind", "killed"),
        min=d.get("min"),
        max=d.get("max"),
        approximate=bool(d.get("approximate")),
        words=d.get("words", ""),
        evidence=d.get("evidence", ""),
        who=d.get("who"),
        side=d.get("side"),
        claimed_by=d.get("claimed_by"),
    )
