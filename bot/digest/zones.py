"""Digest times and time zones as users type them: "07:30", "Asia/Karachi", "Karachi", "+05:00"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

__all__ = ["ZoneChoice", "local_at", "parse_clock", "resolve_zone", "zone_of"]

_CLOCK = re.compile(r"^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*$")
_OFFSET = re.compile(r"^\s*(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?\s*$", re.IGNORECASE)
# Zone families that are aliases or legacy names: a city typed alone should not match them.
_LEGACY = ("Etc/", "SystemV/", "US/", "Canada/", "Mexico/", "Brazil/", "Chile/", "posixrules")


@dataclass(frozen=True)
class ZoneChoice:
    """What a typed zone resolved to: one zone name, or the candidates when it is ambiguous."""

    zone: str | None
    choices: tuple[str, ...] = ()


def parse_clock(text: str) -> str | None:
    """'7:30', '07.30', '7h30' or '7' as 'HH:MM' (24-hour), or None when it is not a time of day."""
    found = _CLOCK.match(text or "")
    if not found:
        return None
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


@lru_cache(maxsize=1)
def _zones() -> tuple[dict[str, str], dict[str, list[str]]]:
    """IANA names by lower case, and the zones for each city (the last part of a name)."""
    names = {z.lower(): z for z in available_timezones()}
    cities: dict[str, list[str]] = {}
    for zone in sorted(names.values()):
        if "/" in zone and not zone.startswith(_LEGACY):
            city = zone.rsplit("/", 1)[1].replace("_", " ").lower()
            cities.setdefault(city, []).append(zone)
    return names, cities


def _offset_zone(sign: str, hours: int, minutes: int) -> str | None:
    """A fixed offset as a zone name: Etc/GMT-5 for +05:00 (POSIX signs are inverted), else '+05:30'."""
    if hours > 14 or minutes > 59:
        return None
    if minutes == 0:
        if hours == 0:
            return "UTC"
        return f"Etc/GMT{'-' if sign == '+' else '+'}{hours}"
    return f"{sign}{hours:02d}:{minutes:02d}"


def resolve_zone(text: str) -> ZoneChoice:
    """An IANA name (any case), a city ('Karachi', 'new york') or a UTC offset ('+05:00', 'UTC-3')."""
    raw = " ".join((text or "").split())
    if not raw:
        return ZoneChoice(None)
    names, cities = _zones()
    if raw.lower() in ("utc", "gmt", "z"):
        return ZoneChoice("UTC")
    exact = names.get(raw.lower()) or names.get(raw.lower().replace(" ", "_"))
    if exact:
        return ZoneChoice(exact)
    offset = _OFFSET.match(raw)
    if offset:
        return ZoneChoice(_offset_zone(offset.group(1), int(offset.group(2)), int(offset.group(3) or 0)))
    found = cities.get(raw.lower().replace("_", " "), [])
    if len(found) == 1 or (found and _same_clock(found)):
        return ZoneChoice(found[0])
    return ZoneChoice(None, tuple(found))


def _same_clock(zones: list[str]) -> bool:
    """True when the zones keep the same time (aliases such as Asia/Istanbul and Europe/Istanbul)."""
    year = datetime.now(UTC).year
    instants = [datetime(y, m, 1, 12, tzinfo=UTC) for y in (year, year + 1) for m in (1, 4, 7, 10)]
    return len({tuple(i.astimezone(ZoneInfo(z)).utcoffset() for i in instants) for z in zones}) == 1


def zone_of(name: str) -> tzinfo:
    """The tzinfo for a stored zone name (IANA, or a fixed offset '+05:30'); UTC when unknown."""
    offset = _OFFSET.match(name)
    if offset and "/" not in name:
        sign = 1 if offset.group(1) == "+" else -1
        return timezone(sign * timedelta(hours=int(offset.group(2)), minutes=int(offset.group(3) or 0)))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def local_at(day: date, clock: str, zone: tzinfo) -> datetime:
    """The aware UTC instant of `clock` ('HH:MM') on local `day` in `zone`.

    A time skipped by a spring-forward change (02:30 in Berlin on the last Sunday of March) comes
    out as the same instant as the hour after it (03:30 local); a time that happens twice in autumn
    is taken at its first occurrence.
    """
    hour, minute = (int(x) for x in clock.split(":"))
    return datetime.combine(day, time(hour, minute), tzinfo=zone).astimezone(UTC)
