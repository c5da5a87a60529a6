"""Extractive summary: sumy's document model over our sentences, scored in linear time, lead first."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import groupby

from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.summarizers._summarizer import AbstractSummarizer

from .lexicon import normalizer, stemmer, stop_words
from .model import Sentence
from .sentences import words

MAX_SENTENCES = 7
MIN_SENTENCES = 3
# A briefing is read on a phone: a post up to SHORT_POST words gets MIN_SENTENCES, and every
# further doubling of the text about PER_DOUBLING more, up to MAX_SENTENCES (7 from ~2,800 words).
# The BBC references keep 0.42 of an article's sentences (bench/summaries.py prints it) — longer
# than a briefing should be; /more gives the longer summary.
SHORT_POST = 300
PER_DOUBLING = 1.25


class WordTokenizer:
    """The tokenizer sumy's model asks for words; ours is a regex, never NLTK (no punkt data here)."""

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """Never used: sentences come already split; kept because sumy's parsers expect the method."""
        return (paragraph,)

    def to_words(self, sentence: str) -> list[str]:
        """The words of `sentence`, as bot.briefing.sentences.words finds them."""
        return words(sentence)


TOKENIZER = WordTokenizer()


def sumy_document(sentences: Sequence[Sentence]) -> ObjectDocumentModel:
    """A sumy document with one Paragraph per paragraph of `sentences`, keeping their order."""
    paragraphs = [
        Paragraph([SumySentence(s.text, TOKENIZER) for s in group])
        for _, group in groupby(sentences, key=lambda s: s.paragraph)
    ]
    return ObjectDocumentModel(paragraphs)


class LeadDegreeSummarizer(AbstractSummarizer):
    """TextRank's edge weights summed per sentence (its weighted degree), damped a little by position.

    TextRank joins sentences i and j by |Si ∩ Sj| / (log|Si| + log|Sj|). Summed over j, the overlaps
    are Σ_{w ∈ Si} (df(w) − 1) — one pass over the words — and log|Sj| is taken at its mean, so the
    score costs linear time where TextRank and LexRank cost quadratic (bench/summaries.py measures
    it above both on the BBC references). Choosing then costs (sentences × summary length).
    """

    # Score of sentence i is divided by (i + 1) ** position_decay: news puts the gist up front.
    # 0.1 scores best on the BBC references (bench/summaries.py --variants), whose summaries favour
    # long, word-rich sentences wherever they stand; 0.5 costs a few points there but keeps the lead
    # of a post (its who-did-what and the toll) in a three-sentence briefing, which is what a
    # reader of a briefing needs first.
    position_decay = 0.5
    # A candidate sharing over this share of its content words with one chosen sentence repeats it
    # (posts often restate the headline); on BBC, where nothing repeats, it costs 0.002 F1.
    redundancy = 0.8

    def __init__(
        self,
        stemmer: Callable[[str], str],
        stop_words: frozenset[str] = frozenset(),
        lower: Callable[[str], str] = str.lower,
    ) -> None:
        super().__init__(stemmer)
        self.stop_words = stop_words
        self.lower = lower

    def terms(self, sentence: SumySentence) -> frozenset[str]:
        """The distinct stemmed content words of `sentence`."""
        normalized = (self.lower(w) for w in sentence.words)
        return frozenset(self._stemmer(w) for w in normalized if w not in self.stop_words)

    def rate(self, bags: Sequence[frozenset[str]]) -> list[float]:
        """Each sentence's score, in document order."""
        doc_freq: Counter[str] = Counter()
        for bag in bags:
            doc_freq.update(bag)
        logs = [math.log(len(bag)) if bag else 0.0 for bag in bags]
        mean_log = math.fsum(logs) / len(logs) if logs else 0.0
        scores = []
        for i, bag in enumerate(bags):
            overlap = sum(doc_freq[w] for w in bag) - len(bag)
            denominator = logs[i] + mean_log
            degree = overlap / denominator if denominator > 0 else 0.0
            scores.append(degree / (i + 1) ** self.position_decay)
        return scores

    def choose(self, bags: Sequence[frozenset[str]], scores: Sequence[float], count: int) -> list[int]:
        """Positions of the best `count` sentences, skipping near-repeats of ones already chosen."""
        # Stable sort: equal scores (a short post with no repeated words) keep the lead first.
        order = sorted(range(len(bags)), key=lambda i: -scores[i])
        chosen: list[int] = []
        skipped: list[int] = []
        for i in order:
            if len(chosen) == count:
                break
            bag = bags[i]
            if bag and any(len(bag & bags[j]) > self.redundancy * len(bag) for j in chosen):
                skipped.append(i)
                continue
            chosen.append(i)
        # Near-repeats come back only when nothing else is left to fill the count.
        chosen.extend(skipped[: count - len(chosen)])
        return sorted(chosen)

    def __call__(self, document: ObjectDocumentModel, sentences_count: int) -> tuple[SumySentence, ...]:
        """The chosen sumy sentences of `document`, in document order."""
        sentences = document.sentences
        if not sentences or sentences_count <= 0:
            return ()
        bags = [self.terms(s) for s in sentences]
        return tuple(sentences[i] for i in self.choose(bags, self.rate(bags), sentences_count))


def summarizer(language: str) -> LeadDegreeSummarizer:
    """The chosen summarizer set up with `language`'s stemmer and stop words."""
    return LeadDegreeSummarizer(stemmer(language), stop_words(language), normalizer(language))


def summarize(sentences: Sequence[Sentence], language: str, count: int) -> tuple[int, ...]:
    """Indices of the `count` (or fewer, if the text is shorter) best sentences, in document order."""
    if count <= 0 or not sentences:
        return ()
    document = sumy_document(sentences)
    # Map back by identity: sumy sentences compare equal by text, and a text may repeat.
    index_of = {id(s): ours.index for s, ours in zip(document.sentences, sentences, strict=True)}
    chosen = summarizer(language)(document, min(count, len(sentences)))
    return tuple(sorted(index_of[id(s)] for s in chosen))


def summary_length(sentence_count: int, words: int) -> int:
    """How many sentences to keep: 3 for a short post, growing with the text, never above 7."""
    growth = PER_DOUBLING * math.log2(words / SHORT_POST) if words > SHORT_POST else 0.0
    wanted = min(MAX_SENTENCES, MIN_SENTENCES + round(growth))
    return max(1, min(wanted, sentence_count))
