"""A topic's trend: figures reported and ceasefire status day by day, as a PNG and a one-line caption."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from babel.dates import format_date

# Figure + the Agg canvas directly, not pyplot: no display, no global figure state shared between
# the bot's concurrent requests, nothing to close.
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from ..render.i18n import SOURCE
from ..render.localized import SEMICOLON, number
from .render import plain_label, status_word

__all__ = ["MIN_TREND_DAYS", "TREND_DAYS", "TrendPoint", "history_note", "trend_caption", "trend_chart"]

TREND_DAYS = 30
# Fewer days than this make a chart that says nothing; the caller sends history_note instead.
MIN_TREND_DAYS = 3

# Ceasefire statuses on the chart's lower band, from "no truce" to "truce in force".
_STATUS_ORDER = ("none", "collapsed", "violated", "proposed", "agreed", "holding")
_STATUS_COLOURS = {
    "none": "#d9d9d9",
    "collapsed": "#b2182b",
    "violated": "#ef8a62",
    "proposed": "#fddbc7",
    "agreed": "#67a9cf",
    "holding": "#2166ac",
}


@dataclass(frozen=True)
class TrendPoint:
    """One day of a topic's digests: the highest figures reported and the ceasefire status."""

    day: date
    killed: int | None
    injured: int | None
    ceasefire: str = "none"


def _window(points: Sequence[TrendPoint], days: int) -> list[TrendPoint]:
    """The last `days` days up to the latest point, one point per day (the last one given wins)."""
    if not points:
        return []
    end = max(p.day for p in points)
    start = end - timedelta(days=days - 1)
    by_day = {p.day: p for p in points if start <= p.day <= end}
    return [by_day[d] for d in sorted(by_day)]


def history_note(days: int, topic: str, needed: int = MIN_TREND_DAYS) -> str | None:
    """The line to send instead of a chart when there are fewer than `needed` days; None when enough."""
    if days >= needed:
        return None
    have = "no days" if days == 0 else f"only {days} day{'s' if days != 1 else ''}"
    return f"Not enough history for a trend of {topic} yet: {have} of digests so far; a chart needs {needed}."


def _day(d: date, language: str = SOURCE) -> str:
    return f"{d.day} {d:%b}" if language == SOURCE else format_date(d, "d MMM", locale=language)


def trend_caption(
    points: Sequence[TrendPoint], topic: str, days: int = TREND_DAYS, language: str = SOURCE
) -> str:
    """One line: the period, the peak figures and when, and the ceasefire status now and since when,
    in `language`."""
    window = _window(points, days)
    if not window:
        return plain_label("trend_no_digests", language, topic=topic)
    first, last = _day(window[0].day, language), _day(window[-1].day, language)
    parts = [plain_label("trend_period", language, topic=topic, start=first, end=last)]
    for kind in ("killed", "injured"):
        valued = [p for p in window if getattr(p, kind) is not None]
        if valued:
            peak = max(valued, key=lambda p: getattr(p, kind))
            parts.append(plain_label("trend_peak", language, kind=plain_label(f"kind_{kind}", language),
                                     days=len(valued), value=number(getattr(peak, kind), language),
                                     day=_day(peak.day, language)))
    status = window[-1].ceasefire
    since = window[-1].day
    for p in reversed(window):
        if p.ceasefire != status:
            break
        since = p.day
    if status == "none":
        parts.append(plain_label("digest_ceasefire", language, status=status_word("none", language)))
    else:
        parts.append(plain_label("trend_ceasefire_since", language, status=status_word(status, language),
                                 day=_day(since, language)))
    return SEMICOLON.get(language, "; ").join(parts)


def _draw(window: list[TrendPoint], topic: str, days: int) -> Figure:
    """Bars of the figures per day on top, a band of ceasefire colours per day below; x is day index."""
    end = window[-1].day
    all_days = [end - timedelta(days=days - 1 - i) for i in range(days)]
    by_day = {p.day: p for p in window}
    fig = Figure(figsize=(9, 5), dpi=100)
    FigureCanvasAgg(fig)
    top, band = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [5, 1]})
    width = 0.4
    for offset, kind, colour in ((-width / 2, "killed", "#b2182b"), (width / 2, "injured", "#ef8a62")):
        shown = [(i, getattr(by_day[d], kind)) for i, d in enumerate(all_days) if d in by_day]
        xs = [i + offset for i, value in shown if value is not None]
        ys = [value for _, value in shown if value is not None]
        top.bar(xs, ys, width=width, color=colour, label=f"{kind} (highest figure reported that day)")
    top.set_title(f"{topic}: figures reported and ceasefire status, last {days} days", fontsize=11)
    top.set_ylabel("people")
    top.set_ylim(bottom=0)
    top.grid(axis="y", alpha=0.3)
    top.legend(loc="upper left", fontsize=8, frameon=False)
    for i, d in enumerate(all_days):
        status = by_day[d].ceasefire if d in by_day else None
        band.axvspan(i - 0.5, i + 0.5, color=_STATUS_COLOURS.get(status or "", "white"), linewidth=0)
    band.set_yticks([])
    band.set_ylabel("ceasefire", rotation=0, ha="right", va="center", fontsize=8)
    band.set_xlim(-0.5, days - 0.5)
    step = max(1, days // 6)
    ticks = list(range(days - 1, -1, -step))[::-1]
    band.set_xticks(ticks, [_day(all_days[i]) for i in ticks], fontsize=8)
    handles = [Rectangle((0, 0), 1, 1, color=_STATUS_COLOURS[s]) for s in _STATUS_ORDER]
    handles.append(Rectangle((0, 0), 1, 1, facecolor="white", edgecolor="#999999"))
    labels = [*_STATUS_ORDER, "no digest"]
    fig.legend(handles, labels, ncol=len(labels), fontsize=8, loc="lower center", frameon=False)
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    return fig


def trend_chart(points: Sequence[TrendPoint], topic: str, days: int = TREND_DAYS) -> bytes:
    """A PNG of killed/injured reported and the ceasefire status per day over the last `days` days."""
    window = _window(points, days)
    if not window:
        raise ValueError("no points to chart; send history_note(0, topic) instead")
    buffer = io.BytesIO()
    _draw(window, topic, days).savefig(buffer, format="png")
    return buffer.getvalue()
