"""The bot's phrases in ten languages: gettext catalogues (bot/locales/<lang>/LC_MESSAGES/sitrep.po/.mo)
read through Babel, English where a translation is missing or would break the reply.

Each phrase is a gettext message whose context (msgctxt) is its key in labels.LABELS and whose msgid
is the English text, so translators see the English and a changed English phrase turns the old
translation fuzzy (not shown) instead of wrong. `python -m bot.render.i18n` refreshes the template,
merges it into every catalogue and compiles the .mo files the bot reads.
"""

from __future__ import annotations

import re
import string
import sys
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from babel.support import NullTranslations, Translations

from ..briefing.languages import LANGUAGES, RIGHT_TO_LEFT

LOCALES = Path(__file__).resolve().parents[1] / "locales"
DOMAIN = "sitrep"
SOURCE = "en"
TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE)
RLM = "\u200f"
_TAG = re.compile(r"</?([a-zA-Z][\w-]*)[^>]*>")
# Letters of the right-to-left scripts (Hebrew, Arabic and its extensions).
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def placeholders(text: str) -> set[str]:
    """The {named} fields of a phrase."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def tags(text: str) -> list[str] | None:
    """The HTML tags of a phrase in order ("b", "/b", …), or None when they do not nest properly."""
    found, open_tags = [], []
    for m in _TAG.finditer(text):
        name, closing = m.group(1).lower(), m.group(0).startswith("</")
        if closing:
            if not open_tags or open_tags.pop() != name:
                return None
        else:
            open_tags.append(name)
        found.append(("/" if closing else "") + name)
    return None if open_tags else found


def same_shape(source: str, translation: str) -> bool:
    """True when `translation` keeps every placeholder of `source`, adds none, and keeps its tags
    (same tags, properly nested; their order may change with the word order)."""
    try:
        if placeholders(source) != placeholders(translation):
            return False
    except ValueError:  # a lone "{" or "}" in the translation
        return False
    mine, theirs = tags(source), tags(translation)
    return theirs is not None and sorted(mine or []) == sorted(theirs)


@cache
def _translations(language: str) -> NullTranslations:
    """The compiled catalogue of `language` (an empty one when there is none)."""
    return Translations.load(str(LOCALES), [language], DOMAIN)


@cache
def table(language: str) -> Mapping[str, str]:
    """Key → phrase in `language` for every label that has a sound translation (checked once)."""
    from .labels import LABELS

    if language == SOURCE or language not in LANGUAGES:
        return {}
    found = {}
    for key, english in LABELS.items():
        text = _translations(language).pgettext(key, english)
        if text and same_shape(english, text):
            found[key] = text
    return found


def supported(code: str | None) -> str | None:
    """One of our ten codes for a Telegram language_code or a user's choice ("pt-br" → None,
    "ru-RU" → "ru", "FA" → "fa"), or None."""
    if not code:
        return None
    base = code.strip().replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else None


def choose_language(chosen: str | None, telegram_code: str | None) -> str:
    """The reply language: the chat's /lang choice, else the user's Telegram language, else English."""
    return supported(chosen) or supported(telegram_code) or SOURCE


def language_name(code: str, in_language: str = SOURCE) -> str:
    """The name of language `code` in `in_language` ("Arabic", "العربية", "арабский")."""
    try:
        name = Locale.parse(code).get_display_name(in_language) or code
    except (ValueError, LookupError):
        return LANGUAGES.get(code, code)
    return name[:1].upper() + name[1:] if in_language not in RIGHT_TO_LEFT else name


def own_name(code: str) -> str:
    """The name of a language in itself ("Deutsch", "فارسی")."""
    return language_name(code, code)


def directed(html: str, language: str) -> str:
    """Telegram HTML laid out for `language`: in a right-to-left language every line that holds
    right-to-left letters starts with a right-to-left mark, so a line that begins with a bullet, a
    number or a Latin name still reads from the right. Lines wholly in a left-to-right script (an
    English summary sentence) are left as they are."""
    if language not in RIGHT_TO_LEFT:
        return html
    lines = html.split("\n")
    return "\n".join(
        RLM + line if _RTL_LETTER.search(_TAG.sub("", line)) and not line.startswith(RLM) else line
        for line in lines
    )


# ---- maintaining the catalogues (a developer tool, not used by the bot) -----------------------------


def template() -> Catalog:
    """The message template: every label, keyed by its context."""
    from .labels import LABELS

    catalog = Catalog(project="Sitrep", domain=DOMAIN, charset="utf-8")
    for key, english in LABELS.items():
        catalog.add(english, context=key, flags=("python-brace-format",) if placeholders(english) else ())
    return catalog


def po_path(language: str) -> Path:
    return LOCALES / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalog(language: str) -> Catalog:
    """The .po catalogue of `language` (an empty one where none exists yet)."""
    path = po_path(language)
    if not path.exists():
        return Catalog(locale=language, project="Sitrep", domain=DOMAIN, charset="utf-8")
    with path.open("rb") as f:
        return read_po(f, locale=language, domain=DOMAIN)


def write_catalog(language: str, catalog: Catalog) -> None:
    """Write `language`'s .po and its compiled .mo beside it."""
    path = po_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        write_po(f, catalog, width=100, omit_header=False, ignore_obsolete=True)
    with path.with_suffix(".mo").open("wb") as f:
        write_mo(f, catalog)


def update() -> dict[str, int]:
    """Merge the current labels into every catalogue and compile it; the number left to translate."""
    pot = template()
    LOCALES.mkdir(exist_ok=True)
    with (LOCALES / f"{DOMAIN}.pot").open("wb") as f:
        write_po(f, pot, width=100, omit_header=False)
    todo = {}
    for language in TRANSLATED:
        catalog = read_catalog(language)
        catalog.update(pot, update_header_comment=False)
        write_catalog(language, catalog)
        todo[language] = sum(1 for m in catalog if m.id and (not m.string or m.fuzzy))
    return todo


if __name__ == "__main__":
    for code, missing in update().items():
        print(f"{code}: {missing} to translate", file=sys.stderr)
