"""Tone: VADER sentiment of every sentence, averaged per article and per actor named."""

from __future__ import annotations

import functools
import re
import string
from typing import Iterable

import pandas as pd

from .lexicon import LexiconSpec

SENTENCE_COLUMNS = ["article_id", "sentence", "start", "end", "tone"]
ARTICLE_COLUMNS = ["article_id", "n_sentences", "tone"]
ACTOR_COLUMNS = ["article_id", "actor", "n_sentences", "tone"]


@functools.lru_cache(maxsize=1)
def _analyzer():
    """NLTK's VADER with the lexicon file shipped by the ``vaderSentiment`` package.

    NLTK only opens files under ``nltk.data.path``, so that package's folder, and only that
    one, is put there (framing's own NLTK data is read directly, and NLTK warns about every
    folder on its path that other accounts can write to, as a clone made with umask 002 is);
    nothing is downloaded. Sentences are split into
    words by `_words_and_emoticons`, which gives NLTK's tokens without building its table of
    every word with every punctuation mark (that table was most of VADER's time).
    """
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    import nltk

    from .text import _vader_dir

    class Analyzer(SentimentIntensityAnalyzer):
        def polarity_scores(self, text):  # NLTK's, with the faster tokens
            return self.score_valence(self.valences(text), text)

        def compound(self, text: str) -> float:
            """``polarity_scores(text)["compound"]`` without the other three scores."""
            sentiments = self.valences(text)
            if not sentiments:
                return 0.0
            sum_s = float(sum(sentiments))  # score_valence's steps for the compound
            punct_emph_amplifier = self._punctuation_emphasis(sum_s, text)
            if sum_s > 0:
                sum_s += punct_emph_amplifier
            elif sum_s < 0:
                sum_s -= punct_emph_amplifier
            return round(self.constants.normalize(sum_s), 4)

        def valences(self, text):
            """NLTK's sentiment of each token (after its "but" rule); a token that is not
            in the lexicon gets NLTK's 0 without a call of ``sentiment_valence``, which
            changes nothing else for such a token (most of them)."""
            sentitext = _SentiText(text)
            sentiments = []
            words = sentitext.words_and_emoticons
            lowered = [w.lower() for w in words]
            lexicon, boosters = self.lexicon, self.constants.BOOSTER_DICT
            first_index = {}
            for idx, token in enumerate(words):
                first_index.setdefault(token, idx)
            for item, lower in zip(words, lowered):
                i = first_index[item]
                if (i < len(words) - 1 and lower == "kind" and lowered[i + 1] == "of") \
                        or lower in boosters or lower not in lexicon:
                    sentiments.append(0)
                    continue
                sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
            if "but" in lowered:  # NLTK's _but_check, on the words lowered once
                bi = lowered.index("but")
                for sidx, sentiment in enumerate(sentiments):
                    if sidx < bi:
                        sentiments[sidx] = sentiment * 0.5
                    elif sidx > bi:
                        sentiments[sidx] = sentiment * 1.5
            return sentiments

    folder = _vader_dir()
    if folder and folder not in nltk.data.path:
        nltk.data.path.append(folder)
    return Analyzer(lexicon_file="vader_lexicon.txt")


_PUNCTUATION = string.punctuation
_PUNCTUATION_RE = re.compile(f"[{re.escape(string.punctuation)}]")


class _SentiText:
    """NLTK's ``SentiText`` (the tokens VADER scores) computed without its word x mark table."""

    def __init__(self, text: str) -> None:
        from nltk.sentiment.vader import VaderConstants

        self.text = text
        self.words_and_emoticons = _words_and_emoticons(text, _punc_set(VaderConstants))

    @functools.cached_property
    def is_cap_diff(self) -> bool:  # only asked for the lexicon's words
        from nltk.sentiment.vader import SentiText

        return SentiText.allcap_differential(self, self.words_and_emoticons)


@functools.lru_cache(maxsize=1)
def _punc_set(constants) -> frozenset[str]:
    return frozenset(constants.PUNC_LIST)


def _words_and_emoticons(text: str, punc: frozenset[str]) -> list[str]:
    """Whitespace tokens of two or more characters; a token that is a word of the text with
    one mark of VADER's list before or after it loses the mark (NLTK's rule, same result).

    >>> _words_and_emoticons('"Great," he said :) !', frozenset(['"', ',', '!']))
    ['"Great,"', 'he', 'said', ':)']
    >>> _words_and_emoticons('Great, he said', frozenset([',']))
    ['Great', 'he', 'said']
    """
    words = {w for w in _PUNCTUATION_RE.sub("", text).split() if len(w) > 1}
    out = []
    for token in text.split():
        if len(token) < 2:
            continue
        if token[-1] in _PUNCTUATION:
            word = token.rstrip(_PUNCTUATION)
            if token[len(word):] in punc and word in words:
                token = word
        elif token[0] in _PUNCTUATION:
            word = token.lstrip(_PUNCTUATION)
            if token[:len(token) - len(word)] in punc and word in words:
                token = word
        out.append(token)
    return out


@functools.lru_cache(maxsize=100_000)
def score_sentence(text: str) -> float:
    """VADER's compound score of one sentence, from -1 (negative) to 1 (positive).

    Scores are remembered (up to 100,000 sentences), so the sentences that copies of a wire
    story share are scored once.

    Examples
    --------
    >>> score_sentence("The talks were a great success.") > 0.5
    True
    >>> score_sentence("The regime fired missiles to intimidate its neighbours.") < 0
    True
    """
    return float(_analyzer().compound(text))


def sentence_tone(articles: Iterable) -> pd.DataFrame:
    """One row per sentence: ``article_id, sentence, start, end, tone`` (VADER compound)."""
    rows = [{"article_id": a.id, "sentence": n, "start": s, "end": e,
             "tone": score_sentence(a.norm[s:e])}
            for a in articles for n, (s, e) in enumerate(a.sentences)]
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS).astype(
        {"sentence": "int64", "start": "int64", "end": "int64", "tone": "float64"})


def article_tone_value(article) -> float:
    """Mean VADER compound of an article's sentences (NaN for an article without any)."""
    scores = [score_sentence(article.norm[s:e]) for s, e in article.sentences]
    return sum(scores) / len(scores) if scores else float("nan")


def article_tone(articles: Iterable) -> pd.DataFrame:
    """One row per article: ``article_id, n_sentences, tone`` (the mean sentence compound,
    -1..1, the ``tone`` column of ``articles.csv``)."""
    rows = [{"article_id": a.id, "n_sentences": a.n_sentences, "tone": article_tone_value(a)}
            for a in articles]
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS).astype(
        {"n_sentences": "int64", "tone": "float64"})


def actor_tone(articles: Iterable, *, markers: pd.DataFrame | None = None,
               lexicon: LexiconSpec = None) -> pd.DataFrame:
    """Tone of the sentences that name each actor, per article.

    Parameters
    ----------
    articles
        `framing.Article` records.
    markers
        The markers table (its ``naming`` rows say which sentence names which actor); found
        with `framing.markers.find_markers` and ``lexicon`` when None.
    lexicon
        Passed to `find_markers` when ``markers`` is None.

    Returns
    -------
    DataFrame
        ``article_id, actor, n_sentences, tone``: the mean VADER compound of the sentences of
        the article that name the actor (each sentence once, however often it names it).
    """
    from .markers import find_markers

    articles = list(articles)
    if markers is None:
        markers = find_markers(articles, lexicon=lexicon)
    naming = markers[markers["category"] == "naming"]
    by_id = {a.id: a for a in articles}
    rows = []
    pairs = naming[["article_id", "actor", "sentence"]].drop_duplicates()
    for (article_id, actor), group in pairs.groupby(["article_id", "actor"], sort=False):
        article = by_id.get(article_id)
        if article is None:
            continue
        scores = [score_sentence(article.norm[slice(*article.sentences[n])])
                  for n in sorted(group["sentence"]) if n < len(article.sentences)]
        if scores:
            rows.append({"article_id": article_id, "actor": actor, "n_sentences": len(scores),
                         "tone": sum(scores) / len(scores)})
    table = pd.DataFrame(rows, columns=ACTOR_COLUMNS).astype(
        {"n_sentences": "int64", "tone": "float64"})
    return table.sort_values(["article_id", "actor"], ignore_index=True)
