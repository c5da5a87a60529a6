"""Which language a text is in: langdetect, seeded and sampled, mapped to Sitrep's codes."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from itertools import islice

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from .errors import UnsupportedLanguage
from .languages import LANGUAGES, summarizes
from .sentences import words

__all__ = [
    "TOO_LITTLE", "UNSURE", "LanguageGuess", "check_supported", "clean_for_detection", "detect_language",
    "language_name",
]

# Fewer words made of letters than this (after links, numbers and hashtags are gone) and any
# guess is noise: langdetect calls "12 killed" Danish or Turkish.
MIN_WORDS = 5
# Below this many words, or below this share for the winner, the guess is flagged unreliable.
RELIABLE_WORDS = 8
RELIABLE_SHARE = 0.7
# The detector reads at most SAMPLES windows of WINDOW characters spread evenly over the text:
# fast on 50,000 words, and a language that fills most of a long text fills most of the windows.
WINDOW = 250
SAMPLES = 6
# langdetect averages 7 random-walk trials per call; 2 gave the same answer with probability ≥ 0.95 on
# all 205 dev and BBC texts at a third of the cost, and detection is a large share of a briefing's time.
TRIALS = 1
# Windows are read in a spread order (middle, first, last, …); once AGREE of them name the same
# language with at least CONFIDENT probability, the rest cannot change a majority that clear.
AGREE = 2
CONFIDENT = 0.95
# In a text written in one script (SCRIPT_SHARE of its letters), one window that is SURE decides:
# the middle of a text speaks for its majority, and a second window doubled detection's cost.
SURE = 0.99
SCRIPT_SHARE = 0.9
# A hint (the user's or the feed's language) wins when its score is this close to the best one.
HINT_MARGIN = 0.8
# Longer texts are cut to RAW_SLICES evenly spaced slices totalling RAW_CAP characters before cleaning.
RAW_CAP = 24_000
RAW_SLICES = 12

DEFAULT = "en"
# langdetect's codes that differ from ours; Pashto has no profile and comes back as "fa" (kept).
_CODE_MAP = {"zh-cn": "zh", "zh-tw": "zh"}
# Cyrillic letters that only Ukrainian, or only Russian, uses: langdetect sometimes calls a short
# Russian or Ukrainian text Bulgarian or Macedonian, and neither of those has these letters.
_UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ")
_RUSSIAN_ONLY = frozenset("ыэёЫЭЁ")
_SOUTH_SLAVIC = frozenset({"bg", "mk", "sr"})
# ... and without those letters, words Bulgarian and Macedonian do not have ("после", "что") or
# Russian endings ("-ого", "-ется") still tell Russian: a short Russian post is far likelier here.
_RUSSIAN_WORDS = frozenset({"что", "это", "как", "после", "был", "была", "были", "было", "который",
                            "которая", "которые", "также", "уже", "его", "будет", "сообщил", "заявил"})
_RUSSIAN_ENDINGS = ("ого", "ому", "ется", "ются", "ться", "ился", "илась", "ились")

_NOISE = re.compile(
    r"(?:https?://|www\.)\S*"  # links, cut off or not
    r"|\S+@\S+\.\w+"  # e-mail addresses
    r"|[#@][\w\u200c]+"  # hashtags and mentions
    r"|\d+",
    re.IGNORECASE,
)


# Why a guess is in doubt, as the reply says it: too little text, or no clear winner.
TOO_LITTLE = "too_little"
UNSURE = "unsure"
_DOUBT_NOTES = {
    TOO_LITTLE: "Too little text to tell the language; assuming {name}.",
    UNSURE: "Could not tell the language for sure; treating the text as {name}.",
}


@dataclass(frozen=True)
class LanguageGuess:
    """A language code (ISO 639-1), whether the text was long and clear enough, and why the reader
    should hear of a doubt (TOO_LITTLE, UNSURE or None)."""

    code: str
    reliable: bool
    doubt: str | None = None

    @property
    def note(self) -> str | None:
        """The doubt as an English sentence for the CLI and the JSON output."""
        return _DOUBT_NOTES[self.doubt].format(name=language_name(self.code)) if self.doubt else None


@cache
def _factory() -> DetectorFactory:
    """langdetect's profiles, loaded once (about 0.3 s); seeded so equal texts get equal answers."""
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    # An instance attribute: the class-wide seed other code may rely on is left alone.
    factory.seed = 0
    return factory


def language_name(code: str) -> str:
    """The English name of an ISO 639 language code ("it" → "Italian"), or the code itself."""
    if code in LANGUAGES:
        return LANGUAGES[code]
    base = code.split("-")[0].split("_")[0].lower()
    # Babel's CLDR names read better ("Pashto", not pycountry's "Pushto") but babel is optional
    # (pulled in by other packages, not declared); pycountry is declared. Imported here, on the
    # rare refusal path, so a normal briefing never pays for loading either.
    try:
        from babel import Locale

        name = Locale("en").languages.get(base)
        if name:
            return name
    except (ImportError, ValueError):
        pass
    import pycountry

    found = pycountry.languages.get(alpha_2=base) if len(base) == 2 else None
    if found is None and len(base) == 3:
        found = pycountry.languages.get(alpha_3=base)
    return found.name if found is not None else code


def check_supported(code: str) -> None:
    """Return if Sitrep can summarize `code`; else raise UnsupportedLanguage naming the language."""
    if not summarizes(code):
        raise UnsupportedLanguage(code, language_name(code))


def clean_for_detection(text: str) -> str:
    """`text` without links, addresses, hashtags, mentions and digits, spaces collapsed."""
    return " ".join(_NOISE.sub(" ", text).split())


def detect_language(text: str, hint: str | None = None) -> LanguageGuess:
    """Guess the language of `text` (the majority one when mixed); deterministic.

    Too little text to tell gives the hint if it names one of LANGUAGES, else English, with
    reliable=False and a note saying so. A hint also breaks near-ties. An unreliable guess never
    names a language outside LANGUAGES: a short post of names ("Taliban Kabul Haqqani…") must not
    be refused as Indonesian, so the best supported candidate (or the fallback) is taken instead.
    """
    hint_code = _normalize_hint(hint)
    cleaned = clean_for_detection(_sample(text))
    # Counting stops at RELIABLE_WORDS: past that the number no longer changes the answer.
    letter_words = _letter_words(cleaned[: WINDOW * 2])
    if len(letter_words) < RELIABLE_WORDS < len(cleaned) // 4:
        letter_words = _letter_words(cleaned)
    fallback = hint_code or DEFAULT
    # Only a text of few space-separated words can be one of these; a long one reaches langdetect.
    if len(letter_words) < RELIABLE_WORDS and (unspaced := _unspaced_script(cleaned)) is not None:
        return LanguageGuess(unspaced, True)
    if len(letter_words) < MIN_WORDS or not (scores := _scores(cleaned)):
        return LanguageGuess(fallback, False, TOO_LITTLE)
    total = sum(scores.values())
    best = max(scores, key=lambda code: (scores[code], code))
    if hint_code and hint_code != best and scores.get(hint_code, 0.0) >= HINT_MARGIN * scores[best]:
        best = hint_code
    # a Russian or Ukrainian text taken for Bulgarian keeps the detector's confidence in that guess
    fixed = _fix_cyrillic(best, cleaned)
    share = max(scores.get(best, 0.0), scores.get(fixed, 0.0)) / total
    best = fixed
    reliable = len(letter_words) >= RELIABLE_WORDS and share >= RELIABLE_SHARE
    if not reliable and best not in LANGUAGES:
        supported = {code: score for code, score in scores.items() if code in LANGUAGES}
        best = max(supported, key=lambda code: (supported[code], code)) if supported else fallback
        return LanguageGuess(best, False, UNSURE)
    # A short but clear text is flagged unreliable without a note: the reader only hears of a real doubt.
    return LanguageGuess(best, reliable, UNSURE if share < RELIABLE_SHARE else None)


def _letter_words(text: str) -> list[str]:
    """The first RELIABLE_WORDS words of `text` that hold a letter."""
    return list(islice((w for w in words(text) if any(c.isalpha() for c in w)), RELIABLE_WORDS))


def _normalize_hint(hint: str | None) -> str | None:
    if not hint:
        return None
    code = hint.strip().replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else None


def _scores(cleaned: str) -> dict[str, float]:
    """Each language's probability summed over sample windows, weighted by their letters."""
    factory = _factory()
    scores: dict[str, float] = defaultdict(float)
    confident: list[str] = []
    one_script = _one_script(cleaned)
    for window in _spread(_windows(cleaned)):
        weight = sum(1 for c in window if c.isalpha())
        if not weight:
            continue
        detector = factory.create()
        detector.n_trial = TRIALS
        detector.append(window)
        try:
            found = detector.get_probabilities()
        except LangDetectException:
            continue  # no features in this window (only punctuation, symbols)
        for guess in found:
            scores[_CODE_MAP.get(guess.lang, guess.lang)] += guess.prob * weight
        # An answer we cannot brief gets a second opinion before it refuses someone's text.
        if one_script and found[0].prob >= SURE and found[0].lang in LANGUAGES:
            break
        if found[0].prob >= CONFIDENT:
            confident.append(found[0].lang)
            if len(confident) >= AGREE and len(set(confident)) == 1:
                break
    return dict(scores)


def _spread(windows: list[str]) -> list[str]:
    """The windows reordered middle, first, last, then the rest from the middle out."""
    if len(windows) <= 1:
        return windows
    mid = len(windows) // 2
    rest = [i for i in range(1, len(windows) - 1) if i != mid]
    rest.sort(key=lambda i: abs(i - mid))
    order = [mid, *(i for i in (0, len(windows) - 1) if i != mid), *rest]
    return [windows[i] for i in order]


_SCRIPTS = (
    re.compile(r"[A-Za-z\u00c0-\u024f]"),  # Latin
    re.compile(r"[\u0400-\u04ff]"),  # Cyrillic
    re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),  # Arabic script
)


# Scripts written without spaces, and the language each one is taken for; kana makes Han Japanese.
_UNSPACED_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("lo", re.compile(r"[\u0e80-\u0eff]")),
    ("km", re.compile(r"[\u1780-\u17ff]")),
    ("my", re.compile(r"[\u1000-\u109f]")),
)
_LETTER = re.compile(r"[^\W\d_]")


def _unspaced_script(cleaned: str) -> str | None:
    """The language of a text mostly written in a script without spaces between words, or None.

    Such a text is a few long "words" to a space-based count, so it would pass for too little text
    and be summarized wrongly; it is recognised by its letters instead (kana → Japanese, Han alone →
    Chinese)."""
    letters = len(_LETTER.findall(cleaned))
    counts = {code: len(pattern.findall(cleaned)) for code, pattern in _UNSPACED_SCRIPTS}
    if not letters or sum(counts.values()) < letters / 2:
        return None
    if counts["ja"] >= counts["zh"] / 10 and counts["ja"]:
        return "ja"
    return max(counts, key=counts.__getitem__)


def _one_script(cleaned: str) -> bool:
    """True when one script holds SCRIPT_SHARE of the letters (C-speed counting, no Python loop)."""
    counts = [len(pattern.findall(cleaned)) for pattern in _SCRIPTS]
    letters = sum(counts)
    return bool(letters) and max(counts) >= SCRIPT_SHARE * letters


def _sample(text: str) -> str:
    """`text`, or for a long one evenly spaced slices of it (cleaning it all costs more than detecting)."""
    if len(text) <= RAW_CAP:
        return text
    step = len(text) // RAW_SLICES
    return "\n".join(text[i * step : i * step + RAW_CAP // RAW_SLICES] for i in range(RAW_SLICES))


def _windows(cleaned: str) -> list[str]:
    """Up to SAMPLES pieces of about WINDOW characters, cut at spaces, spread over the text."""
    if len(cleaned) <= WINDOW:
        return [cleaned]
    pieces = []
    start = 0
    while start < len(cleaned):
        end = start + WINDOW
        if end < len(cleaned):
            space = cleaned.rfind(" ", start + WINDOW // 2, end)
            end = space if space > 0 else end
        pieces.append(cleaned[start:end])
        start = end
    if len(pieces) <= SAMPLES:
        return pieces
    step = len(pieces) / SAMPLES
    return [pieces[int(i * step + step / 2)] for i in range(SAMPLES)]


def _fix_cyrillic(code: str, cleaned: str) -> str:
    if code not in _SOUTH_SLAVIC:
        return code
    letters = set(cleaned)
    if letters & _UKRAINIAN_ONLY:
        return "uk"
    if letters & _RUSSIAN_ONLY:
        return "ru"
    words = {w.lower() for w in re.findall(r"[\u0400-\u04ff]+", cleaned)}
    if words & _RUSSIAN_WORDS or any(w.endswith(_RUSSIAN_ENDINGS) for w in words):
        return "ru"
    return code
