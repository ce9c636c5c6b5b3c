"""Quoted sources: who each article quotes or reports, how (direct, partial, indirect), via whom.

`extract_quotes` finds attributions with rules over the words of each sentence (no parser): a
reporting verb or "according to" (the vocabulary of ``framing/data/quotes.yml``), the noun
phrase that speaks (named by `framing.speakers`), the words reported (the quotation marks, or
the clause after "said (that)" or before ", X said") and the channel they came through ("Zhao
was quoted as saying by Xinhua"). One row per quotation or reported clause, with offsets into
the article's body; quotation marks with no speaker (scare quotes) and titles of works are
never rows. `source_profile` and `source_reliance` summarise the table per outlet.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Literal, Sequence

import pandas as pd

from .cues import Cues, Verb, load_cues
from .display import Highlight
from .registry import Registry, load_registry
from .speakers import (COLLECTIVES, DETERMINERS, MEDIA_HEADS, MODIFIERS, POLICE_UNITS, STOPWORDS,
                       Speaker, SpeakerContext, Token, _MODIFIER_SUFFIXES, _NAME_PARTICLES,
                       _ORDINAL, _PARENTS, _POSTS, _PARTY_SEAT, _QUANTITIES, _ROMANCE_LINKS,
                       _SMALL_NUMBERS, _SPOKES, _WEEKDAY_NAMES,
                       _institution_words, _without_acronym, is_profession,
                       one_unknown_word, spells, spells_place, split_name, tokenize)
from .text import (Quotation, count_words, find_quotations, single_quotation_marks,
                   split_paragraphs)

QUOTE_COLUMNS = ["article_id", "speaker", "via", "source_type", "source_country", "kind", "cue",
                 "text", "start", "end", "sentence"]
EXTRA_QUOTE_COLUMNS = ["speaker_text", "speaker_start", "speaker_end", "cue_text", "cue_start",
                       "via_type", "via_country", "n_words", "registry", "cues"]
Kind = Literal["direct", "partial", "indirect"]
GroupBy = Literal["outlet", "bloc", "outlet_type", "article_id", "event"]

_PRE_ADVERBS = frozenset("also later earlier separately repeatedly has have had again then both "
                         "further once previously recently publicly privately specifically "
                         "explicitly openly reportedly had already often frequently "
                         "subsequently immediately long always consistently usually formally "
                         "firmly strongly flatly sharply angrily bluntly quietly tersely "
                         "categorically emphatically initially originally allegedly "
                         "apparently swiftly promptly yesterday today tonight".split())
_NEGATIONS = frozenset("not n't never no neither nor".split())
_MODALS = frozenset("to will would can could may might must should shall cannot did does do "
                    "let please".split())
_BE = frozenset("was were is are been be being".split())
# Verbs whose object can be a clause missing its subject ("a trip that analysts say is aimed at
# ...", "a move the mayor says will help"), unlike "the plan that Seoul announced was ...".
_CLAUSE_TAKING = frozenset("say claim argue insist allege warn predict".split())
# Verbs that name or judge something ('what it called "X"', 'described it as "X"', 'branded the
# drills "X"', 'dismissed the report as "X"'): a quotation in their object is a label (partial).
_LABELLING = frozenset("call describe label dismiss".split())
_FINITE = frozenset("has have had will would can could may might must shall should does did "
                    "do".split())
_PLURAL_PRONOUNS = frozenset("they we you i".split())
_AS_QUANTITY = frozenset("many much few little high low early late of well long soon far "
                         "recently".split())  # "said as many as 40 died": no time clause
_WEEKDAYS = _WEEKDAY_NAMES | {"yesterday", "today"}
# Words that open a label, not a dateline, before a colon
_LABELS = frozenset("photo photos photograph picture image source sources details related editor "
                    "reporter author published updated update comment edition caption credit "
                    "file note read watch listen video audio graphic map translation "
                    "correction disclaimer".split())
# A translation in brackets between a quotation's closing mark and its attribution
_TRANSLATION = re.compile(r"(?<=[,.?!][\"”])[ \t]*\([^()\"“”\n]{1,300}\)(?=[ \t]+(?:[a-z]|(?:[A-Z][\w'’.-]*[ \t]+){1,4}"
                          r"(?:said|says|added|asked|told)\b))")
_MONTHS = frozenset("january february march april may june july august september october "
                    "november december".split())
_POSSESSIVES = frozenset("his her its their our my your".split())
# Nouns whose "that" clause an evaluative verb reports ("expressed concern that ...").
_STANCE_NOUNS = frozenset("concern concerns hope hopes belief confidence regret fear fears view "
                          "opinion conviction expectation satisfaction doubt doubts worry "
                          "worries wish position stance optimism frustration disappointment "
                          "surprise anger alarm".split())
# Words that make a phrase opening with "a" a time, not a speaker ("A day earlier,").
_TIME_WORDS = frozenset("moment minute minutes hour hours day days week weeks month months year "
                        "years decade decades century earlier later ago after before since "
                        "while during time".split())
_AND_THAT = re.compile(r",?\s+(?:and|but)\s+that\s+")  # "said A, and that B"
_COLLECTIVES = frozenset("police people staff authorities media".split())  # "police say"
_SAY_PARTICIPLES = frozenset("saying telling stating adding noting stressing warning "
                             "declaring explaining".split())
_COORDINATORS = frozenset("and but or".split())
_PREPOSITIONS = frozenset("in on at after before during to with by from for via through without "
                          "upon following over across".split())
_NOUN_FOLLOWERS = frozenset("of are were is was have had has will would can could may might "
                            "remain remained seem seemed appear appeared".split())
_START = operator.itemgetter(0)  # a token's start offset
_TRAILING_ENDS = frozenset(".;!?")
_BOUNDARY_AFTER = frozenset(",.;:!?")
_BRANCHES = frozenset("branch chapter council zone wing division unit section command".split())
_KNOWING = frozenset("familiar briefed close knowledgeable aware attached assigned".split())
# ("a banker familiar with", "officers attached to the task force")
# Social platforms, where a speaker posts: no channel that carried the words.
_PLATFORMS = frozenset(("wechat", "weibo", "telegram", "facebook", "x", "twitter", "instagram",
                        "tiktok", "youtube", "whatsapp", "kakaotalk", "threads", "bluesky",
                        "truth social", "linkedin", "douyin", "vk", "line"))

def _called_event(toks: list[Token], k: int) -> bool:
    """Whether the object of "called" at token ``k`` is an event one calls ("a 24-hour warning
    strike", "a snap election", "a press conference"), not words or a label."""
    if k < len(toks) and toks[k].low not in ("a", "an") and not toks[k].low.endswith("s"):
        return False  # "called the strike a success": a label for a known event
    for m in range(k, min(len(toks), k + 8)):
        tok = toks[m]
        if tok.low in _CALLED_EVENTS:
            return True
        if not (tok.is_word and not tok.cap or tok.text.isdigit() or tok.text == "-") \
                or tok.low in STOPWORDS:
            return False
    return False


# What one "calls" as an act ("called a strike", "called a snap election").
_CALLED_EVENTS = frozenset("strike strikes walkout election elections referendum vote meeting "
                           "conference summit session halt stoppage protest rally "
                           "ceasefire truce".split())

# "in the past", "in recent weeks" between an auxiliary and its verb.
_TIME_SPANS = frozenset("past days weeks months years".split())
# Participles that open a sentence on their own before a comma without being reporting verbs
# ("Reacting, the group said", "Sentencing, the judge said")
_LONE_OPENERS = frozenset("reacting commenting speaking concluding sentencing elaborating".split())
# Parts of a day or a period that "that" points at ("announced that evening")
_DAY_PARTS = frozenset("morning afternoon evening night day week month year weekend".split())

# Words of place that open a phrase after a participle ("Speaking outside court").
_PLACE_ADVERBS = frozenset("outside inside near alongside beside behind ahead off".split())

# How a document reached the outlet that cites it ("a note seen by Reuters").
_SEEN = frozenset("seen obtained reviewed viewed".split())

# People a relative clause can name in apposition at its end ("who represented the boy's
# mother, Ruth Banda,"), who are not the speaker.
_KIN_AND_CLIENTS = frozenset("mother father wife husband son daughter brother sister widow "
                             "widower parents family client clients partner grandmother "
                             "grandfather uncle aunt cousin employer boss".split())
# Words that open a sentence and link it to the one before, not words reported ("However, he
# said, ...").
_DISCOURSE_ADVERBS = frozenset("however but and yet still meanwhile moreover nevertheless "
                               "nonetheless instead also so therefore thus now then indeed "
                               "separately similarly besides furthermore finally".split())
# How a document reached its readers, after the document ("a statement read to the court").
_DOCUMENT_PARTICIPLES = frozenset("read sent issued released posted published delivered "
                                  "submitted presented emailed distributed compiled collected "
                                  "gathered provided".split())
_CONTACTED = frozenset("contacted interviewed polled surveyed questioned reached approached".split())
_STOPS_APPOSITION = frozenset(list(".;:!?()\"“”‘’"))
# Words that open a phrase of time or place after an inverted attribution ('"...," said X on
# Monday.', '... said X at a news conference in Brasília.').
_TRAILING_ADJUNCTS = frozenset("on at in during after before while from outside inside near "
                               "late early earlier later today yesterday tonight last this "
                               "shortly when as".split())
_QUANTIFIERS = frozenset("one two three some many several most all both each none another "
                         "neither either".split())
# Words that say an addressee is a media outlet ("told the newspaper Folha de S.Paulo").
_MEDIA_NOUNS = frozenset("newspaper daily paper broadcaster magazine weekly radio station "
                         "channel website portal outlet news agency tv television "
                         "public private local national regional business".split())
_PLACE_PREPOSITIONS = frozenset("in at from near outside inside".split())  # "a man in Kobe"
_ORDINAL_ENDS = frozenset("st nd rd th".split())  # "on the 6th" is "6", "th"
_WH_WORDS = frozenset("how what why whether if where when who whom".split())
_SUBORDINATORS = frozenset("though although whereas while because".split())
# Words that open a clause of its own inside a relative clause ("which ... since X told").
_CLAUSE_OPENERS = _SUBORDINATORS | frozenset("since when after before until once if".split())
_ADJECTIVE_ENDS = ("ic", "ical", "al", "ian", "ese", "ary", "ous", "ive")  # economic ministers
_SMALL_WORDS = frozenset("of the and for in on a an to with between at by from de la".split())


# ---------------------------------------------------------------------------- public API


def extract_quotes(articles: Iterable, *, registry: Registry | str | Path | None = None,
                   cues: Cues | str | Path | None = None) -> pd.DataFrame:
    """Find every attribution in ``articles``: one row per quote or reported clause.

    Parameters
    ----------
    articles
        `framing.Article` records (a `Corpus` works too).
    registry
        The source registry (a loaded `Registry` or a path); the packaged one by default.
        Pass ``corpus.registry`` to include the corpus' own ``outlets.yml``.
    cues
        The attribution vocabulary (a loaded `Cues` or a path to a file in the format of
        ``framing/data/quotes.yml``).

    Returns
    -------
    DataFrame
        The columns of `QUOTE_COLUMNS` (``kind`` is direct, partial or indirect; ``start`` and
        ``end`` are the words inside the quotation marks, or the reported clause), then
        `EXTRA_QUOTE_COLUMNS` (where the speaker and the cue are written, the channel's type
        and country, the number of words, and the vocabularies used as ``name@version``).

    Examples
    --------
    >>> from framing.quotes import quotes_in_text
    >>> table = quotes_in_text('"The talks were deep," KCNA said. The "deep" talks ended. '
    ...                        'Zhao was quoted as saying by Xinhua that ties would grow.')
    >>> for row in table[["speaker", "via", "kind", "text"]].values.tolist():
    ...     print(row)
    ['KCNA', None, 'direct', 'The talks were deep,']
    ['Zhao Leji', 'Xinhua', 'indirect', 'ties would grow']
    """
    reg = _registry(registry)
    vocab = cues if isinstance(cues, Cues) else load_cues(cues)
    rows = [row for article in articles
            for row in article_quotes(article, registry=reg, cues=vocab)]
    return quotes_frame(rows)


def quotes_frame(rows: Sequence[dict]) -> pd.DataFrame:
    """The quotes table from rows made by `article_quotes` (typed, in column order)."""
    table = pd.DataFrame(list(rows), columns=QUOTE_COLUMNS + EXTRA_QUOTE_COLUMNS)
    for column in ("speaker", "via", "source_country", "speaker_text", "via_type", "via_country"):
        table[column] = table[column].astype(object).where(table[column].notna(), None)
    for column in ("start", "end", "sentence", "n_words"):
        table[column] = table[column].astype("int64")
    for column in ("speaker_start", "speaker_end", "cue_start"):
        table[column] = table[column].astype("Int64")
    return table


def article_quotes(article, *, registry: Registry | None = None,
                   cues: Cues | None = None) -> list[dict]:
    """The rows of the quotes table for one article (see `extract_quotes`)."""
    reg = registry or _registry(None)
    vocab = cues or load_cues()
    extractor = _Extractor(article, reg, vocab)
    found = extractor.run()
    starts = extractor.sentence_starts
    rows = [_row(article, q, reg, vocab, max(0, bisect.bisect_right(starts, q.start) - 1))
            for q in found]
    _same_person_same_type(rows, found)
    return rows


def _same_person_same_type(rows: list[dict], found: Sequence[_Found]) -> None:
    """One person or body found by name in an article gets one source type and country on all
    of its rows: the type most of its rows have (besides "other"; the earliest on a tie) and
    the country most have ("Kyakulaga said" has no title, "the State Minister for Agriculture,
    Fred Bwino Kyakulaga, said" has). Registry entries and unnamed groups keep their own."""
    groups: dict[str, list[dict]] = {}
    for row, q in zip(rows, found):
        speaker = q.speaker
        if speaker.name and not speaker.known and not speaker.generic \
                and speaker.kind in ("person", "organisation") and speaker.source_type != "anonymous":
            groups.setdefault(speaker.name, []).append(row)
    for group in groups.values():
        if len(group) < 2:
            continue
        group = sorted(group, key=lambda r: r["start"])
        types = [r["source_type"] for r in group if r["source_type"] != "other"]
        countries = [r["source_country"] for r in group if r["source_country"]]
        for row in group:
            if types:
                row["source_type"] = max(dict.fromkeys(types), key=types.count)
            if countries:
                row["source_country"] = max(dict.fromkeys(countries), key=countries.count)


def quotes_in_text(text: str, *, outlet: str | None = None,
                   registry: Registry | str | Path | None = None,
                   cues: Cues | str | Path | None = None) -> pd.DataFrame:
    """`extract_quotes` on a piece of text (handy in a notebook or a test)."""
    from .text import normalize, split_sentences

    article = _TextArticle(id="text", body=text, norm=normalize(text),
                           sentences=split_sentences(text), outlet=outlet or "unknown")
    return extract_quotes([article], registry=registry, cues=cues)


def quote_highlights(article, quotes: pd.DataFrame) -> list[Highlight]:
    """Highlights for `framing.display` of one article's rows of the quotes table.

    The label is the speaker (with its channel); the note gives the kind and the cue.
    """
    rows = quotes[quotes["article_id"] == article.id] if len(quotes) else quotes
    out = []
    for row in rows.itertuples(index=False):
        label = row.speaker + (f" via {row.via}" if isinstance(row.via, str) and row.via else "")
        out.append(Highlight(int(row.start), int(row.end), "quote", label,
                             f"{row.kind}, {row.source_type}, cue '{row.cue_text}'"))
    return out


def quote_lines(quotes: pd.DataFrame, *, width: int = 100) -> list[str]:
    """One line per row of the quotes table for a terminal: "speaker via channel (kind, cue):
    words", the words cut to fit ``width``."""
    lines = []
    for row in quotes.itertuples(index=False):
        speaker = row.speaker or "(unnamed)"
        via = f" via {row.via}" if isinstance(row.via, str) and row.via else ""
        head = f"  {speaker}{via} ({row.kind}, {row.cue_text}): "
        text = " ".join(row.text.split())
        room = max(20, width - len(head))
        lines.append(head + (text if len(text) <= room else text[:room - 3] + "..."))
    return lines


# ---------------------------------------------------------------------------- profile


def source_profile(quotes: pd.DataFrame, articles, *, by: GroupBy = "outlet",
                   include_copies: bool = False) -> pd.DataFrame:
    """Who speaks in each group of articles: shares by source type and by source country.

    Parameters
    ----------
    quotes
        From `extract_quotes`.
    articles
        Article metadata: a `Corpus`, a list of articles, or a frame with ``article_id`` and
        the ``by`` column (``articles.csv`` works).
    by
        The column that groups articles.
    include_copies
        Count articles that copy another one (``duplicate_of``) too; by default a story is
        counted once.

    Returns
    -------
    DataFrame
        Long form, one row per group, ``dimension`` (``source_type`` or ``source_country``)
        and ``value``: ``n_attributions``, ``share_attributions`` (of the group's
        attributions), ``n_quoted_words`` and ``share_quoted_words`` (words inside quotation
        marks, direct and partial quotes only).
    """
    merged = _with_meta(quotes, articles, by, include_copies)
    columns = [by, "dimension", "value", "n_attributions", "share_attributions",
               "n_quoted_words", "share_quoted_words"]
    if merged.empty:
        return pd.DataFrame(columns=columns)
    merged["quoted_words"] = merged["n_words"].where(merged["kind"] != "indirect", 0)
    parts = []
    for dimension in ("source_type", "source_country"):
        frame = merged.assign(value=merged[dimension].fillna("unknown"))
        counts = frame.groupby([by, "value"], sort=True).agg(
            n_attributions=("kind", "size"), n_quoted_words=("quoted_words", "sum")).reset_index()
        totals = counts.groupby(by)[["n_attributions", "n_quoted_words"]].transform("sum")
        counts["share_attributions"] = counts["n_attributions"] / totals["n_attributions"]
        counts["share_quoted_words"] = (counts["n_quoted_words"]
                                        / totals["n_quoted_words"].where(totals["n_quoted_words"] > 0))
        counts["dimension"] = dimension
        parts.append(counts)
    table = pd.concat(parts, ignore_index=True)[columns]
    return table.sort_values([by, "dimension", "n_attributions"],
                             ascending=[True, True, False], ignore_index=True)


def source_reliance(quotes: pd.DataFrame, articles, *, by: GroupBy = "outlet",
                    include_copies: bool = False) -> pd.DataFrame:
    """Per group: how much it relies on the other side's media and whose officials it quotes.

    "The other side" is the other bloc: state media for independent outlets (Western copy
    citing KCNA or Xinhua), independent media for state outlets. A source counts when it
    speaks or when it is the channel (``via``).

    Returns
    -------
    DataFrame
        One row per group: ``n_articles``, ``n_attributions``, ``n_sources``,
        ``n_other_side_media`` and ``share_other_side_media`` (attributions whose speaker or
        channel is the other bloc's media), ``other_side_media`` (their names, ``; ``
        separated), ``n_officials`` (government and government-official attributions),
        ``share_own_officials`` (of those, the share from the group's own country) and
        ``own_officials_only`` (True when every official quoted is from its own country).
    """
    merged = _with_meta(quotes, articles, by, include_copies, keep_articles=True)
    rows = []
    for key, group in merged.groupby(by, sort=True):
        rows.append(_reliance_row(key, group, by))
    columns = [by, "n_articles", "n_attributions", "n_sources", "n_other_side_media",
               "share_other_side_media", "other_side_media", "n_officials",
               "share_own_officials", "own_officials_only"]
    return pd.DataFrame(rows, columns=columns)


def _reliance_row(key, group: pd.DataFrame, by: str) -> dict:
    found = group[group["kind"].notna()]
    bloc = group["bloc"].dropna().iloc[0] if group["bloc"].notna().any() else None
    other = _other_side(found, bloc)
    officials = found[found["source_type"].isin(["government", "government-official"])]
    own_country = group["country"].dropna().iloc[0] if group["country"].notna().any() else None
    own = (officials["source_country"] == own_country if own_country
           else pd.Series(False, index=officials.index))
    names = set(found["speaker"].dropna()) | set(found["via"].dropna()) - {""}
    return {
        by: key, "n_articles": group["article_id"].nunique(), "n_attributions": len(found),
        "n_sources": len(names), "n_other_side_media": int(other.sum()),
        "share_other_side_media": float(other.mean()) if len(found) else 0.0,
        "other_side_media": "; ".join(sorted(_other_names(found[other], bloc))),
        "n_officials": len(officials),
        "share_own_officials": float(own.mean()) if len(officials) else float("nan"),
        "own_officials_only": bool(len(officials) and own.all()),
    }


def _other_side(found: pd.DataFrame, bloc: str | None) -> pd.Series:
    if bloc == "state":
        kinds = {"news-media"}
    else:
        kinds = {"state-media"}
    return found["source_type"].isin(kinds) | found["via_type"].isin(kinds)


def _other_names(rows: pd.DataFrame, bloc: str | None) -> set[str]:
    kinds = {"news-media"} if bloc == "state" else {"state-media"}
    names = set(rows.loc[rows["source_type"].isin(kinds), "speaker"])
    names |= set(rows.loc[rows["via_type"].isin(kinds), "via"])
    return {n for n in names if isinstance(n, str) and n}


def _with_meta(quotes: pd.DataFrame, articles, by: str, include_copies: bool,
               keep_articles: bool = False) -> pd.DataFrame:
    meta = _metadata(articles)
    if by not in meta.columns:
        raise ValueError(f"articles have no column {by!r} to group by")
    if not include_copies and "duplicate_of" in meta.columns:
        meta = meta[meta["duplicate_of"].isna() | (meta["duplicate_of"] == "")]
    keep = ["article_id", *{by, "bloc", "country"} & set(meta.columns)]
    meta = meta[keep].drop_duplicates("article_id")
    for column in ("bloc", "country"):
        if column not in meta.columns:
            meta[column] = None
    how = "right" if keep_articles else "inner"
    return quotes.merge(meta, on="article_id", how=how, suffixes=("", "_article"))


def _metadata(articles) -> pd.DataFrame:
    if isinstance(articles, pd.DataFrame):
        return articles.copy()
    if hasattr(articles, "to_frame"):
        return articles.to_frame()
    rows = []
    for a in articles:
        row = a.metadata() if hasattr(a, "metadata") else dict(a)
        rows.append(row)
    return pd.DataFrame(rows)


# ---------------------------------------------------------------------------- extraction


@dataclass
class _TextArticle:
    """A bare article made from a string (`quotes_in_text`)."""

    id: str
    body: str
    norm: str
    sentences: list[tuple[int, int]]
    outlet: str = "unknown"

    def sentence_at(self, offset: int) -> int:
        starts = [s for s, _ in self.sentences]
        import bisect

        return max(0, bisect.bisect_right(starts, offset) - 1)


@dataclass
class _Cue:
    """A reporting expression found in a sentence (token indices ``i``..``j``)."""

    i: int
    j: int
    lemma: str
    role: str  # verb, according, quote
    participle: bool = False
    base: bool = False
    third: bool = False
    verb: Verb | None = None


@dataclass
class _Attribution:
    """A cue with its speaker(s), channel and the span of words it reports."""

    cue: _Cue
    speakers: list[Speaker] = field(default_factory=list)
    subject: tuple[int, int] | None = None  # token span of the speaker as written
    head: int = 0  # first token of the attribution (subject or cue), for content boundaries
    mode: str = "leading"  # leading, trailing, colon
    contents: list[tuple[int, int]] = field(default_factory=list)  # token spans
    via: Speaker | None = None
    tail: int = 0  # token index after the cue, its inverted subject and adjuncts
    deferred: bool = False  # a sentence-opening participle: speaker of the next attribution
    parent: "_Attribution | None" = None
    quotes: list[Quotation] = field(default_factory=list)
    channel_only: bool = False  # "according to <media>" moved onto another attribution
    unit: "_Unit | None" = None  # the sentence it was found in (its token indices refer to it)
    document: bool = False  # its subject is a document ("the statement said")
    as_verb: str = ""  # the participle of "quoted X as <verb>ing"


@dataclass
class _Found:
    """One row-to-be: a quotation or a reported clause with its attribution."""

    start: int
    end: int
    kind: str
    speaker: Speaker
    via: Speaker | None
    attribution: _Attribution
    unit: "_Unit"


@dataclass
class _Unit:
    """A sentence, or sentences that one quotation runs over, as tokens."""

    start: int
    end: int
    paragraph: int
    tokens: list[Token]
    opens: set[int]
    closes: set[int]
    quotations: list[Quotation]
    names: set[int] = field(default_factory=set)  # closing marks of titles and names


class _Extractor:
    """Attribution rules for one article."""

    def __init__(self, article, registry: Registry, cues: Cues) -> None:
        self.article = article
        self.text = article.norm
        # a nickname in quotation marks inside a name ('Sen. Joaquin "Jack" Mendiola') is
        # neither a quotation nor a word of the name: blanked for the rules (every offset
        # after it stays)
        found = list(_NICKNAME.finditer(self.text))
        self.nicknames = {m.start(1) for m in found}
        for m in found:  # the given name moves up to the surname: 'Joaquin Mendiola'
            given = m.group()[:m.start(1) - m.start() - 1]
            self.text = self.text[:m.start()] + given.rjust(m.end() - m.start()) + self.text[m.end():]
        # "HE Dr Abdullah al Amri": His Excellency, which the rules would read as "he"
        if "HE " in self.text or "H.E." in self.text:
            self.text = _EXCELLENCY.sub(lambda m: " " * len(m.group()), self.text)
        if ", Jr" in self.text or ", Sr" in self.text or ", I" in self.text:
            # "Gilberto C. Teodoro, Jr. said": the suffix is part of the name, not an apposition
            self.text = _SUFFIX_COMMA.sub(" ", self.text)
        self._translations: list[tuple[int, int]] = []  # where such translations are
        if ") " in self.text:  # '"Re lapile," (We are tired.) she said': the translation
            # between the words and their attribution is read as blank
            self._translations = [m.span() for m in _TRANSLATION.finditer(self.text)]
            self.text = _TRANSLATION.sub(lambda m: " " * len(m.group()), self.text)
        self.cues = cues
        self.registry = registry
        outlet = getattr(article, "outlet", None)
        known = registry.lookup(outlet) if outlet else None
        country = getattr(article, "country", None) or (known.country if known else None) \
            or _dateline_country(article, cues)
        self.ctx = SpeakerContext(self.text, registry, cues, outlet, country)
        self.documents: dict[str, tuple[list[Speaker], Speaker | None]] = {}
        marked = single_quotation_marks(article.body)
        marked = _dash_speech(marked or article.body, cues) or marked
        if marked is not None:  # copy quoted with single marks or speech dashes: those marks,
            # as double ones
            changed = [i for i, (a, b) in enumerate(zip(article.body, marked)) if a != b]
            chars = list(self.text)
            for i in changed:
                chars[i] = '"'
            self.text = "".join(chars)
        self.quotations = find_quotations(marked or article.body)  # in order, never overlapping
        self._opens = [q.open for q in self.quotations]
        self.heads = _heads(cues, registry)
        self.bodies = cues.roles.get("government", frozenset())  # "commerce ministry"
        self.institutions = _institution_words(cues)  # "... Midwives Organisation"
        self.scare_words = frozenset(m.casefold() for m in cues.scare_markers if " " not in m)
        hits = [(m.start(), m.group()) for m in cues.hint.finditer(self.text)]
        self.all_hits = [at for at, _ in hits]
        self.hits = _cue_hits(self.text, hits, cues)  # those that may open a cue
        self.sentence_starts = [start for start, _ in article.sentences]
        self.last_quoted: tuple[Speaker, Speaker | None, int, _Attribution] | None = None
        self.pending_colon: _Attribution | None = None
        self.aside_citing: tuple[list[Speaker], tuple[int, int], int] | None = None
        self.done: list[_Attribution] = []  # attributions made so far in the current unit
        self.last_attr: _Attribution | None = None  # the latest with speakers, in any unit
        self._titles: dict[tuple[int, int], bool] = {}  # `_not_a_quote` by unit and mark
        self.issued = [(m.start(), m.group(1).casefold()) for m in _issued_re(cues).finditer(self.text)]

    def run(self) -> list[_Found]:
        found: list[_Found] = []
        for unit in self._units():
            found.extend(self._unit(unit))
        return found

    # ------------------------------------------------------------------ units

    def _units(self) -> list[_Unit]:
        sentences = list(self.article.sentences)
        paragraphs = split_paragraphs(self.text)
        spans: list[list[int]] = []
        open_set = {q.open for q in self.quotations}
        for start, end in sentences:
            if start - 1 in open_set and (not spans or spans[-1][1] <= start - 1):
                start -= 1  # "..., says X.“More words”": a mark put where the space was
            if spans and (self._inside_quote(start) or _continues(self.text, start)
                          or self._asked_after(spans[-1][1], start, end)
                          or any(s - 1 <= start <= e + 2 for s, e in self._translations)):
                spans[-1][1] = end
            else:
                spans.append([start, end])
        units = []
        p = 0
        opens = [q.open for q in self.quotations]
        for start, end in spans:
            while p + 1 < len(paragraphs) and paragraphs[p][1] <= start:
                p += 1
            quotations = self.quotations[bisect.bisect_left(opens, start):
                                         bisect.bisect_left(opens, end)]
            units.append(_Unit(start, end, p, [], {q.open for q in quotations},
                               {q.close for q in quotations}, quotations))
        return units

    def _asked_after(self, previous_end: int, start: int, end: int) -> bool:
        """'"How can we campaign?" Merera asked.': a quotation that ends with its own "?" or
        "!" and a sentence that is only its attribution, with capitals ("Merera asked",
        "asked Merera Gudina", "Kim said on Monday"), are one sentence."""
        before = self.text[max(0, previous_end - 3):previous_end].rstrip()
        if len(before) < 2 or before[-1] not in "\"”’'" or before[-2] not in "?!" or end - start > 90:
            return False
        toks = tokenize(self.text, start, end)
        if len(toks) < 2 or toks[-1].text not in (".", "!"):
            return False
        words = toks[:-1]
        at = next((k for k, t in enumerate(words) if (t.low,) in self.cues.forms
                   and not self.cues.forms[(t.low,)].that_only), None)
        if at is None or at > 6 or not all(t.cap or t.text in _NAME_PARTICLES or t.text in "-.'’"
                                           for t in words[:at]):
            return False
        rest = words[at + 1:]  # "asked Merera Gudina", "said on Monday"
        return all(t.cap or t.low in self.cues.adjuncts or t.text in ",-.'’" or t.text[0].isdigit()
                   for t in rest)

    def _inside_quote(self, offset: int) -> bool:
        """``offset`` lies between the marks of a quotation (quotations do not overlap)."""
        at = bisect.bisect_left(self._opens, offset) - 1
        return at >= 0 and self.quotations[at].open < offset <= self.quotations[at].close

    def _in_quotation(self, offset: int) -> bool:
        at = bisect.bisect_right(self._opens, offset) - 1
        return at >= 0 and any(a <= offset < b for a, b in self.quotations[at].pieces)

    # ------------------------------------------------------------------ one unit

    def _unit(self, unit: _Unit) -> list[_Found]:
        for at, noun in self.issued:
            if unit.start <= at < unit.end:
                self._issued_document(unit, at, noun)
        opinion = self.text.startswith("For ", unit.start)
        if not self._may_report(unit) and not opinion:
            if not unit.quotations and not self._may_report(unit, self.all_hits):
                self.pending_colon = None
                return []
            # No cue can start in this unit ("in" that does not open "in the words of"):
            # its quotations are only titles, orphans or the words announced by "X said:",
            # none of which needs the unit's tokens. Only a channel that opens the sentence
            # ("In a statement carried by KCNA, ...") is looked up with no cue; keep the
            # tokens then, so that the speakers' memory sees what it always saw.
            if not _may_name_channel(self.text, unit.start, unit.end, self.cues):
                return self._rows(unit, [])
        unit.tokens = tokenize(self.text, unit.start, unit.end)
        for q in self.quotations:  # marks of quotations that end in this unit
            if unit.start <= q.close < unit.end:
                unit.closes.add(q.close)
        unit.names = {q.close for q in unit.quotations if self._not_a_quote(unit, q)}
        self.done = []
        self.aside_citing = None
        view = self._for_person(unit) if opinion else None
        for cue in self._find_cues(unit) if view is None else [None, *self._find_cues(unit)]:
            attr = self._attribution(unit, cue) if cue is not None else view
            if attr is not None:
                attr.unit = unit
                if self.aside_citing is not None and attr.speakers and attr.cue.i > \
                        self.aside_citing[2] and attr.subject and attr.subject[1] <= self.aside_citing[2]:
                    # "NewsMaker, citing sources in law enforcement, reported that ...": the
                    # cited source speaks, through the one that reported it
                    attr.via, attr.speakers = attr.speakers[0], self.aside_citing[0]
                    self.aside_citing = None
                self.done.append(attr)
                if attr.speakers:
                    self.last_attr = attr
                    self._clause_document(unit, attr)
        return self._rows(unit, self._link(unit, list(self.done)))

    def _for_person(self, unit: _Unit) -> _Attribution | None:
        """'For Pr Awa Ndiaye Sarr, head of ..., the outbreak was « foreseeable ».': a named
        person's view, introduced as Romance-language copy does ("Pour X", "Para X"), reported
        like "according to X" when the sentence quotes words and has no cue before them. The
        person may follow a role in apposition ("For the president of the Ordem dos Médicos,
        Carlos Cortes, ...")."""
        toks = unit.tokens
        if len(toks) < 4 or toks[0].text != "For":
            return None
        first = next((q.open for q in unit.quotations), None)
        commas = [m for m, t in enumerate(toks) if t.text == "," and (first is None or t.start < first)]
        if first is None:
            return self._for_described_person(unit, commas)
        if not commas or any(
                toks[commas[0]].start < t.start < first and (t.low,) in self.cues.forms for t in toks):
            return None  # ("For his part, Kim said ...": a cue of its own)
        segments = [(1, commas[0]), *(((commas[0] + 1, commas[1]),) if len(commas) > 1 else ())]
        if len(segments) == 2 and toks[1].low in DETERMINERS and _pure_name(toks[slice(*segments[1])]):
            segments.reverse()  # "the president of ..., Carlos Cortes,": the name in apposition
        for a, b in segments:
            span = self._chunk_fwd(toks, a, b)
            if span is None or span[1] != b:
                span = self._described_name(toks, a) or span
            if (span is None or span[1] != b) and toks[a].low in DETERMINERS:
                span = self._described_name(toks, a + 1) or span  # "For the agronomist X,"
            if span is None or span[1] != b:
                continue
            speakers = self.ctx.resolve(toks[span[0]:span[1]])
            if len(speakers) == 1 and speakers[0].kind == "person" and not speakers[0].generic \
                    and speakers[0].name:
                attr = _Attribution(_Cue(0, 1, "according to", "according"), head=0, subject=span)
                attr.speakers, attr.mode = speakers, "leading"
                self.ctx.remember(toks[span[0]].start, speakers[0])  # (whom "she" stands for)
                close = next((q.close for q in unit.quotations if q.open == first), None)
                stop = _FOR_SENTENCE_END.search(self.text, close, unit.end) if close is not None else None
                end = bisect.bisect_left(toks, stop.start() + 1, key=_START) if stop else len(toks)
                # (its own sentence: a later quotation, "« ... », she explains", is hers to give)
                attr.contents = [(b + 1, end)]
                attr.tail = b + 1
                return attr
        return None

    def _for_described_person(self, unit: _Unit, commas: list[int]) -> _Attribution | None:
        """'For Katharina Wolff, a Korea expert at GIGA in Hamburg, the visit is above all a
        message to Moscow.': a named person's view with no quotation, when the name has an
        apposition that says who the person is (not "For Kim, the visit is a chance", which
        may be the writer's reading)."""
        toks = unit.tokens
        if len(commas) < 2 or commas[1] - commas[0] < 3 or commas[1] + 3 >= len(toks) \
                or any((t.low,) in self.cues.forms for t in toks[commas[1]:]):
            return None
        roles = self.cues.roles
        if toks[commas[0] + 1].low in ("who", "whose", "which") or not any(t.low in roles.get("expert", ()) or t.low in roles.get("government-official", ())
                   for t in toks[commas[0] + 1:commas[1]]):
            return None  # (an expert's or an official's view; not "a widow who lost ...")
        span = self._chunk_fwd(toks, 1, commas[0])
        if span is None or span != (1, commas[0]):
            return None
        speakers = self.ctx.resolve(toks[1:commas[0]], toks[commas[0] + 1:commas[1]])
        if len(speakers) != 1 or speakers[0].kind != "person" or speakers[0].generic \
                or not speakers[0].name or len(speakers[0].name.split()) < 2:
            return None
        attr = _Attribution(_Cue(0, 1, "according to", "according"), head=0, subject=span)
        attr.speakers, attr.mode = speakers, "leading"
        self.ctx.remember(toks[1].start, speakers[0])
        attr.contents = [(commas[1] + 1, len(toks))]
        attr.tail = commas[1] + 1
        return attr

    def _clause_document(self, unit: _Unit, attr: _Attribution) -> None:
        """"In its third report, ..., the MSMT said", "FAM announced the decision in a
        statement": a later "the report said" or "the statement said" is the speaker's. The
        document is named in the attribution's own clause, outside the words it reports."""
        toks = unit.tokens
        lo = _sentence_start(toks)
        for m in range(lo, len(toks) - 2):
            if toks[m].low != "in" or toks[m + 1].low not in ("its", "their", "his", "her", "a", "an") \
                    or any(a <= m < b for a, b in attr.contents):
                continue
            noun = next((t.low for t in toks[m + 2:m + 5] if t.low in self.cues.documents), None)
            if noun is not None:
                self.documents[noun] = (list(attr.speakers), attr.via)
                return

    def _issued_document(self, unit: _Unit, at: int, noun: str) -> None:
        """"X issued a press statement ...": a later "the statement said" is X's."""
        toks = tokenize(self.text, unit.start, unit.end)
        k = bisect.bisect_left(toks, at, key=_START)
        if k >= len(toks):
            return
        lo = next((m + 1 for m in range(k - 1, 0, -1) if toks[m].text in "—–" or toks[m].text == "-"
                   and toks[m - 1].text in "-)"), 0)  # after a dateline ("(PT) --")
        span = self._subject_back(toks, k, lo)
        if span is None:  # "Kim Son Gyong, vice-minister of ..., on Thursday issued"
            chain = self._comma_chain(toks, k, lo)
            span = chain[0] if chain else None
        if span is None:
            return
        speakers = self.ctx.resolve(toks[span[0]:span[1]], self._apposition(toks, span[1]))
        if speakers:
            self.documents[noun] = (speakers, None)

    def _may_report(self, unit: _Unit, hits: list[int] | None = None) -> bool:
        hits = self.hits if hits is None else hits
        at = bisect.bisect_left(hits, unit.start)
        return at < len(hits) and hits[at] < unit.end

    # ------------------------------------------------------------------ cues

    def _find_cues(self, unit: _Unit) -> list[_Cue]:
        toks, found = unit.tokens, []
        first_word = next((k for k, t in enumerate(toks) if t.is_word), 0)
        lo, hi = bisect.bisect_left(self.hits, unit.start), bisect.bisect_left(self.hits, unit.end)
        end = 0
        for hit in self.hits[lo:hi]:
            k = bisect.bisect_left(toks, hit, key=_START)  # the token that starts at the hit
            if k == len(toks) or toks[k].start != hit or k < end:
                continue
            cue = self._cue_at(toks, k, k == first_word or (k and toks[k - 1].text == '"'))
            if cue is None or self._in_quotation(toks[k].start) or not self._cue_ok(toks, cue):
                continue
            found.append(cue)
            end = cue.j
        return found

    def _cue_at(self, toks: list[Token], k: int, opening: bool) -> _Cue | None:
        tok = toks[k]
        if not tok.is_word:
            return None
        low = tok.low
        lowercase = tok.text == low or (opening and tok.text[0].isupper())
        if not lowercase:
            return None
        nxt = toks[k + 1].low if k + 1 < len(toks) else ""
        if low == "according" and nxt == "to":
            return _Cue(k, k + 2, "according to", "according")
        if (low, nxt) == ("in", "the") and k + 3 < len(toks) and toks[k + 2].low == "words" \
                and toks[k + 3].low == "of":
            return _Cue(k, k + 4, "according to", "according")
        for lemma, forms in self.cues.quote_verbs.items():
            if low in forms:
                return _Cue(k, k + 1, lemma, "quote", participle=low.endswith("ing"))
        verb = self.cues.forms.get((low, nxt)) or self.cues.forms.get((low,))
        if verb is None or (opening and tok.text[0].isupper() and not low.endswith("ing")):
            return None
        width = 2 if (low, nxt) in self.cues.forms else 1
        form = " ".join(t.low for t in toks[k:k + width])
        third = form.endswith("s") and form != verb.base and not form.endswith("ss")
        return _Cue(k, k + width, verb.lemma, "verb", participle=low.endswith("ing"),
                    base=form == verb.base, third=third, verb=verb)

    def _cue_ok(self, toks: list[Token], cue: _Cue) -> bool:
        """Filters that keep nouns, infinitives, negations and passives out."""
        before = [t.low for t in toks[max(0, cue.i - 3):cue.i]]
        prev = before[-1] if before else ""
        if cue.participle and (not before or prev in ("\n", '"', ".", "!", "?")) and cue.j < len(toks) \
                and toks[cue.j].low in ("from", "in", "at", "on", "to", "with", "outside",
                                        "during", "before", "after", "alongside"):
            return False  # "Reporting from Rafah, X said": where, not what
        if any(w in _NEGATIONS for w in before[-2:]):
            return False
        if (prev in DETERMINERS and not (prev in ("both", "all", "each") and not cue.third and (
                not cue.base or prev != "each"))) or prev == "so" or prev == "-" and not (
                    before[-3:-1] == ['"', ","] or before[-2:-1] == ['"']) \
                and _dash_aside(toks, cue.i - 1) is None:
            # (but '«...», — said Overchuk', '“...” — said the prosecutor')
            return False  # "the report", but "Ruiz and Vega both said", "Moscow and Beijing
            # both say"
        if cue.j < len(toks) and toks[cue.j].text == "-":
            return False
        if cue.lemma == "post" and prev in self.cues.documents:
            return False  # "In a statement posted on its WeChat account, X said": a modifier
        if cue.base and prev in _MODALS:
            return False
        if cue.role == "verb" and not cue.participle and prev in _BE \
                and not self._surname_like_be(toks, cue.i - 1):
            return False
        if cue.third and cue.j < len(toks) and cue.lemma != "say":  # ("says" is no noun)
            nxt = toks[cue.j].low
            if (nxt,) in self.cues.forms and not nxt.endswith("ing") or nxt in _NOUN_FOLLOWERS:
                return False  # "media reports said", "reports of", "such remarks are"
        return True

    @staticmethod
    def _surname_like_be(toks: list[Token], k: int) -> bool:
        """'Kelvin Omondi Were said': a capitalized "Were" after a name is a surname, not a
        passive auxiliary."""
        return k >= 1 and toks[k].cap and toks[k - 1].cap and toks[k - 1].is_word \
            and toks[k - 1].low not in _BE


    # ------------------------------------------------------------------ attributions

    def _attribution(self, unit: _Unit, cue: _Cue) -> _Attribution | None:
        if cue.lemma == "agree that" and any(a <= cue.i < b for done in self.done
                                             for a, b in done.contents):
            return None  # "Kim said that he and Xi agreed that ...": a joint view inside
            # Kim's words, not words of its own
        if cue.role == "according":
            return self._according(unit, cue)
        if cue.role == "quote":
            return self._quoting(unit, cue)
        return self._reporting(unit, cue)

    def _reporting(self, unit: _Unit, cue: _Cue) -> _Attribution | None:
        attr = _Attribution(cue, head=cue.i)
        if cue.participle and cue.j < len(unit.tokens) and (cue.lemma, unit.tokens[cue.j].low) in (
                ("reply", "to"), ("comment", "on")):
            return None  # "the spokesperson, responding to a question at the briefing, said":
            # what the words answer, not words
        if cue.participle and not self._subject_of_participle(unit, attr):
            return None
        if not cue.participle and not self._subject(unit, attr):
            return None
        if cue.base and not (cue.verb and cue.verb.document_subject) \
                and not (cue.i and unit.tokens[cue.i - 1].low in ("has", "have", "had")) \
                and not self._plural_subject(unit, attr):  # ("has forecast that": a participle)
            return None  # (a document's verb is checked below: "the statement read")
        if cue.lemma == "call" and (cue.base or cue.third) and attr.speakers and all(
                sp.generic for sp in attr.speakers):
            return None  # 'Locals call the stream "the white river"': a name, not a report
        if cue.lemma == "call" and _called_event(unit.tokens, cue.j):
            return None  # "Verdi called a 24-hour warning strike": an act, not words
        if cue.verb and cue.verb.document_subject and not self._document_subject(unit, attr):
            return None
        if self._in_object_relative(unit, attr):
            return None
        if not self._words_of(unit, attr):
            return None
        return attr

    def _in_object_relative(self, unit: _Unit, attr: _Attribution) -> bool:
        """"the moratorium that Moscow had announced in 2019", "the plan that Seoul announced
        was ...": the verb's object is the noun before "that"; it reports no words of its own
        (unless a that-clause or a quotation follows it)."""
        toks, span = unit.tokens, attr.subject
        if span is None or span[0] < 2 or toks[span[0] - 1].low not in ("that", "which"):
            return False
        before = toks[span[0] - 2]
        verb = self.cues.forms.get((before.low,)) is not None and not (
            span[0] >= 3 and toks[span[0] - 3].low in DETERMINERS)  # "a claim that": a noun
        if not before.is_word or before.cap or before.low in STOPWORDS or before.low in DETERMINERS \
                or verb:
            return False  # "said that Moscow had ...": a that-clause, not a relative clause
        k = attr.cue.j
        while k < len(toks) and toks[k].low in _PRE_ADVERBS:
            k += 1
        if attr.cue.lemma in _CLAUSE_TAKING and k < len(toks) and (
                toks[k].low in _BE or toks[k].low in _FINITE):
            return False  # "a trip that analysts say is aimed at ...": the words after "say"
        return not (k < len(toks) and (toks[k].low in ("that", "as") or toks[k].text in ':"'))

    def _subject(self, unit: _Unit, attr: _Attribution) -> bool:
        """Find who speaks for a finite reporting verb: inverted ("said X"), right before the
        verb, at the head of a comma chain ("X, a researcher at ..., said"), or the subject of
        the clause for "... and said"."""
        toks, cue = unit.tokens, attr.cue
        lo = self._clause_start(unit, cue.i)
        m = cue.i - 1
        while m >= 0 and toks[m].low in _PRE_ADVERBS:
            m -= 1
        if m - 3 > lo and toks[m].text == "," and toks[m - 1].low in _ASIDES and toks[m - 2].text == ",":
            m -= 3  # "Data published by X, however, show that"
        elif m - 3 > lo and (dash := _dash_aside(toks, m)) is not None and dash - 1 >= lo:
            m = dash - 1  # "the observatory —operated jointly by NSF NOIRLab and SLAC— said"
        elif m - 5 > lo and toks[m].text == "," and toks[m - 1].low == "part" \
                and toks[m - 2].low in ("its", "his", "her", "their", "our") \
                and toks[m - 3].low in ("for", "on") and toks[m - 4].text == ",":
            m -= 5  # "The union, for its part, considers that"
        if m - 2 >= 0 and toks[m].text == "-" and toks[m - 1].text == "," and toks[m - 2].text == '"' \
                and toks[m - 2].start in unit.closes:
            m -= 1  # '«...», — said Overchuk': Russian copy puts a dash after the comma
        elif m - 1 >= 0 and toks[m].text == "-" and toks[m - 1].text == '"' \
                and toks[m - 1].start in unit.closes:
            m -= 1  # '“...” — said the prosecutor', Portuguese and Spanish dialogue
        if m - 2 > lo and toks[m].low in _TIME_SPANS and toks[m - 1].low in ("the", "recent") \
                and toks[m - 2].low == "in":
            m -= 3  # "Pyongyang has in the past dismissed"
            while m >= 0 and toks[m].low in _PRE_ADVERBS:
                m -= 1
        if m - 1 > lo and toks[m].low in _WEEKDAYS and toks[m - 1].low == "on" and toks[m - 2].is_word \
                and toks[m - 2].low not in self.cues.documents:
            m -= 2  # "The ministry on Monday said"
            while m >= 0 and toks[m].low in _PRE_ADVERBS:
                m -= 1
        if m - 1 > lo and toks[m].low in _DAY_PARTS and toks[m - 1].low in ("last", "this") \
                and toks[m - 2].is_word:
            m -= 2  # "a commentary by the Korean Central News Agency last week accused"
        if m < 0:
            return False
        prev = toks[m]
        if prev.text == '"' and prev.start in unit.closes and prev.start in unit.names \
                and (opening := next((o for o in range(m - 1, max(lo, m - 8) - 1, -1)
                                      if toks[o].text == '"'), None)) is not None \
                and opening + 1 < m and (opening == lo or toks[opening - 1].text in ",;:") \
                and (span := self._chunk_fwd(toks, opening + 1, m)) == (opening + 1, m):
            # 'In a written response, “Geghi Mining” said': a company's name in quotation marks
            attr.subject, attr.head = span, opening
            attr.speakers = self._speakers(unit, *span)
            return bool(attr.speakers)
        if prev.text == '"' and prev.start in unit.closes:
            return self._inverted_subject(unit, attr)
        if m < lo:
            return False
        if prev.text == "," and (last := self._owned_role_then_name(toks, m, lo)) is not None:
            span, apposition, attr.head = last
            attr.subject = span
            attr.speakers = self._speakers(unit, *span, apposition=apposition)
            return bool(attr.speakers)
        if prev.text == "," and (chain := self._comma_chain(toks, m, lo)):
            span, apposition, attr.head = chain
            attr.subject = span
            known = self._known_document(toks, span)
            if known is not None:  # "The research, published in Coral Reefs, found that"
                attr.speakers, attr.via = list(known[0]), known[1]
                attr.document = True
                return bool(attr.speakers)
            attr.speakers = self._speakers(unit, *span, apposition=apposition)
            return bool(attr.speakers)
        if prev.text == "," and self._inverted_subject(unit, attr):
            return True
        if prev.low in ("who", "which") and m - 1 >= lo:
            return self._relative_subject(unit, attr, m, lo)
        if prev.low in _COORDINATORS:
            return self._ellipsis(unit, attr, m)
        span = self._subject_back(toks, m + 1, lo)
        if span is None:
            # "Rodong Sinmun, organ of the ..., in an article on Friday described": an adjunct
            # after the subject's comma chain
            k = self._skip_adjuncts_back(toks, m + 1, lo)
            if lo < k <= m and toks[k - 1].text == "," and (
                    chain := self._comma_chain(toks, k - 1, lo)):
                span, apposition, attr.head = chain
                attr.subject = span
                attr.speakers = self._speakers(unit, *span, apposition=apposition)
                for d in range(k, m):  # "in an article": "the article" later is theirs
                    if toks[d].low in self.cues.documents and toks[d - 1].low in ("a", "an"):
                        self.documents[toks[d].low] = (list(attr.speakers), attr.via)
                return bool(attr.speakers)
        # "A man in his 70s who runs a hotel in Kobe told NHK": the man, not Kobe (a relative
        # clause with no comma runs up to the verb)
        relative = self._relative_before(toks, m if span is None else span[0] - 1, lo,
                                         20 if span else 10)
        if relative is not None and span is not None and toks[span[0]].cap \
                and toks[span[0] - 1].low in _CLAUSE_OPENERS:
            relative = None  # "China, which has ... since Takaichi told the Diet": Takaichi
        if relative is not None and relative > lo and toks[relative - 1].low not in _PREPOSITIONS \
                and (span is None or relative < span[0] - 1):
            return self._relative_subject(unit, attr, relative, lo)
        if span is None:
            return False
        attr.subject, attr.head = span, span[0]
        known = self._known_document(toks, span)
        if known is not None:  # '"...," the statement said.'
            attr.speakers, attr.via = list(known[0]), known[1]
            attr.document = True
            return bool(attr.speakers)
        if span[1] - span[0] == 1 and toks[span[0]].low == "it" and self.last_attr is not None \
                and self.last_attr.document:
            # "The statement said ... . It added that ...": the statement still speaks
            attr.speakers, attr.via, attr.document = list(self.last_attr.speakers), \
                self.last_attr.via, True
            return bool(attr.speakers)
        attr.speakers = self._speakers(unit, *span, apposition=self._apposition(toks, span[1]))
        return bool(attr.speakers)

    def _known_document(self, toks: list[Token], span: tuple[int, int]
                        ) -> tuple[list[Speaker], Speaker | None] | None:
        """"the statement" after "X issued a statement" or "X said in a statement": its
        author and channel."""
        if span[1] - span[0] == 2 and toks[span[0]].low == "the":
            noun = toks[span[0] + 1].low
            if noun in _STUDY_NOUNS and noun not in self.documents:
                # "according to a study by X ... The research found": the same paper
                noun = next((n for n in _STUDY_NOUNS if n in self.documents), noun)
            return self.documents.get(noun)
        return None

    def _inverted_subject(self, unit: _Unit, attr: _Attribution) -> bool:
        inverted = self._inverted(unit, attr.cue)
        if not inverted:
            return False
        attr.subject, attr.head = inverted, attr.cue.i
        known = self._known_document(unit.tokens, inverted)
        if known is not None:  # '"...," reads the statement in part.'
            attr.speakers, attr.via = list(known[0]), known[1]
            attr.document = True
            return bool(attr.speakers)
        attr.speakers = self._speakers(unit, *inverted,
                                       apposition=self._apposition(unit.tokens, inverted[1]))
        return bool(attr.speakers)

    def _subject_back(self, toks: list[Token], j: int, lo: int) -> tuple[int, int] | None:
        """The subject ending before token ``j``: the longest registry name ("people familiar
        with the matter") or noun phrase, past an adjunct ("Rodong Sinmun in a commentary on
        Friday said") and extended to a coordinated list or a group in a place ("officials in
        Seoul")."""
        span = self._chunk_back(toks, j, lo)
        if span is None or self._adjunct_chunk(toks, span, lo):
            span = self._chunk_back(toks, self._skip_adjuncts_back(toks, j, lo), lo)
        span = self._body_before_place(toks, span, lo) or span
        if span is None or (span[0] > lo and toks[span[0] - 1].is_word):  # it may go on
            alias = self._alias_back(toks, j, lo)
            if alias is not None and (span is None or alias[0] < span[0]):
                span = alias
        knowing = next((m for m in range(j - 3, max(lo, j - 8), -1) if toks[m].low in _KNOWING
                        and toks[m + 1].low in ("with", "on", "of", "to") or toks[m].low in _CONTACTED
                        and toks[m + 1].low == "by"), None)
        if knowing is not None and knowing > lo and all(t.is_word for t in toks[knowing:j]) \
                and (span is None or span[0] > knowing) \
                and self.registry.lookup(_join_tokens(toks[max(lo, knowing - 1):j]), outlets_only=False) is None:
            # "a banker familiar with the situation told", "two officials briefed on the talks
            # said", "Retailers of household appliances contacted by Vedomosti said": the
            # people before the participle
            before = self._chunk_back(toks, knowing, lo)
            if before is None and knowing - lo <= 6 and all(t.is_word for t in toks[lo:knowing]):
                before = (lo, knowing)
            if before is not None:
                span = before
        if span is None and j - 4 > lo and toks[j - 1].low in _REGION_NOUNS:
            span = self._body_in_region(toks, j - 1, lo)
        placed = self._group_in_place(toks, span, lo)
        if placed is not None and placed != span and placed[0] - 1 > lo \
                and toks[placed[0] - 1].low in ("at", "from"):
            placed = self._group_in_place(toks, placed, lo) or placed  # "Sources at the Ministry
            # of Defence in Rome said": the group, past the body and its city
        span = placed
        if span is None or span[0] - 1 > lo and toks[span[0] - 1].low in (
                *DETERMINERS, "at", "near", "outside", "inside", "in", "within", "on", "of"):
            span = self._person_at_place(toks, j, lo) or span
        span = self._person_before_place(toks, span, lo)
        if span is None and j - 1 > lo and toks[j - 1].text.isdigit():
            span = self._named_before_places(toks, j - 1, lo)  # "X of Nketa 6 said"
        if span is not None and span[0] - 3 >= lo and toks[span[0] - 1].low == "of" \
                and toks[span[0] - 2].low in COLLECTIVES and toks[span[0] - 3].low in DETERMINERS \
                and not toks[span[0] - 2].cap:
            span = span[0] - 3, span[1]  # "A group of minority shareholders in X says"
        if span is not None and span[0] - 2 >= lo and toks[span[0] - 1].low == "to" \
                and toks[span[0] - 2].low in self.cues.names["accredited"]:
            before = self._chunk_back(toks, span[0] - 1, lo)  # "Russia's envoy to the UN"
            if before is not None:
                span = before[0], span[1]
        return self._coordinated(toks, span, lo)

    def _body_before_place(self, toks: list[Token], span, lo: int) -> tuple[int, int] | None:
        """"The Association of Concentration Camp Detainees in BiH said": the body, not the
        place (``span``) it is in; also "The European Chamber of Commerce in Vietnam (EuroCham)"
        (the place, then the acronym) and "The United Nations Development Programme office in
        Tajikistan" (the body's office there)."""
        if span is None:
            return None
        core = span[0] + len(_without_acronym(toks[span[0]:span[1]], loose=True))  # "Vietnam
        # (EuroCham)": the place, then the acronym
        if not (core - span[0] <= 2 and span[0] - 1 > lo and toks[span[0] - 1].low == "in"
                and all(t.cap for t in toks[span[0]:core])):
            return None
        body = self._chunk_back(toks, span[0] - 1, lo)
        if body is None or body[0] > span[0] - 2 or not (
                body[0] == _sentence_start(toks) or toks[body[0] - 1].text == ","):
            return None
        office = int(toks[body[1] - 1].low == "office" and body[1] - body[0] >= 3)
        name = toks[body[0]:body[1] - office]
        if all(t.cap for t in name if t.is_word and t.low not in _NAME_LINKS) \
                and split_name(_without_acronym(name), self.cues)[0] == "institution" \
                and (office or any(t.cap and (t.low in self.institutions
                                              or t.low in self.cues.names["body_heads"]) for t in name)):
            return body[0], span[1]
        return None

    def _body_in_region(self, toks: list[Token], m: int, lo: int):
        """"The ANC in the OR Tambo region said": a body named by its acronym or capitalised
        name, then the region (ending at ``m`` in a lower-case noun) it speaks for there."""
        k = m - 1
        while k > lo and toks[k].cap and toks[k].is_word:
            k -= 1
        if k == m - 1 or k - 2 < lo or toks[k].low != "the" or toks[k - 1].low not in ("in", "at", "from") \
                or not toks[k - 2].cap:
            return None
        return self._chunk_back(toks, k - 1, lo)

    def _skip_adjuncts_back(self, toks: list[Token], j: int, lo: int) -> int:
        """Step back over "in a commentary on Friday" to where the subject ends."""
        k = j
        for _ in range(4):
            m = k - 1
            while m > lo and (toks[m].low in self.cues.adjuncts or toks[m].low in self.cues.documents
                              or toks[m].text[:1].isdigit() or toks[m].low in _ORDINAL_ENDS
                              and toks[m - 1].text.isdigit()) and (
                    toks[m].low not in STOPWORDS or toks[m].low in ("the", "a", "an")):
                m -= 1
            if m <= lo or m == k - 1 or toks[m].low not in STOPWORDS \
                    or toks[m].low not in self.cues.adjuncts:
                break
            k = m
        return k

    def _adjunct_chunk(self, toks: list[Token], span, lo: int) -> bool:
        """"on Friday", "in a commentary": a chunk that is an adjunct after a preposition."""
        i, j = span
        words = toks[i:j]
        return (i - 1 >= lo and toks[i - 1].low in self.cues.adjuncts and toks[i - 1].low in STOPWORDS
                and all(t.low in self.cues.adjuncts or t.low in self.cues.documents for t in words))

    def _alias_back(self, toks: list[Token], j: int, lo: int) -> tuple[int, int] | None:
        if j > lo and not self.registry.may_end(toks[j - 1].text, outlets_only=False):
            return None  # no name ends with the last word: no phrase below can be one
        for n in range(min(8, j - lo), 0, -1):
            if toks[j - n].text in ",\"":
                continue
            if self.registry.lookup(_join_tokens(toks[j - n:j]), outlets_only=False) is not None:
                return j - n, j
        return None

    def _group_in_place(self, toks: list[Token], span, lo: int):
        """"Officials in Seoul": the group, not the place."""
        if span is None:
            return None
        i, j = span
        if j - i >= 4 and toks[j - 1].text == ")" and toks[j - 3].text == "(" \
                and toks[j - 2].text.isupper() and i - 2 > lo and toks[i - 1].low == "in" \
                and toks[i - 2].cap and toks[i].cap:
            # "The Center for Transparency and Accountability in Liberia (CENTAL)": an
            # acronym that spells the place too makes it part of the name
            before = self._chunk_back(toks, i - 1, lo)
            if before is not None and spells_place(
                    toks[j - 2].text, [t.text for t in toks[before[0]:j - 3]]):
                return before[0] + (toks[before[0]].low == "the"), j
        on_island = i - 2 >= lo and toks[i - 1].low == "on" and _named_place(toks[i]) and (
                self.registry.by_head(toks[i - 2].low, plural=True) is not None
                or is_profession(toks[i - 2].low))  # "A defense official on Guam"
        named = i + len(_without_acronym(toks[i:j]))  # ("the Federal Customs Service (FCS)")
        if i - 1 > lo and (toks[i - 1].low in ("in", "at", "from", "within") or on_island) and all(
                t.cap or t.low == "the" and (k == i or toks[k - 1].low == "of")
                or t.low in ("of", "for", "and", "&") and i < k < named - 1
                and (toks[i - 2].low.endswith("s") or split_name(toks[i:named], self.cues)[0] != "person")
                or t.low in ("de", "del", "da", "do", "des", "du") and i < k < named - 1
                and toks[i - 2].low.endswith("s")  # ("Sources from the Palacio de Hacienda")
                for k, t in enumerate(toks[i:named], i)):  # ("Researchers at the University of Alaska",
            # "an official at the Ministry of Foreign Affairs", not "researcher at the Institute
            # for Strategic Studies Tsogtbaatar Enkhjargal")
            before = self._chunk_back(toks, i - 1, lo)
            if before is not None and (self.registry.by_head(toks[i - 2].low, plural=True) is not None
                                       or is_profession(toks[i - 2].low)
                                       or toks[i - 2].low in self.cues.names["group_heads"]
                                       or toks[i - 2].cap and toks[i - 2].low in _POSTS
                                       or not toks[i - 2].cap and toks[i - 2].low in self.cues.titles
                                       and self.cues.country_code([t.text for t in toks[i:j]])
                                       or not toks[i - 2].cap and toks[i - 2].low in self.bodies
                                       and before[1] - before[0] <= 3):
                # ("the court in Rotterdam")
                # ("the Russian Embassy in Chisinau", "the top U.S. commander in South Korea")
                return before[0], j
            if before is not None and len(toks[i - 2].text) > 1 and toks[i - 2].text.isupper():
                return before  # "The DA in the Eastern Cape": the party, not the province
            if before is not None and toks[i - 2].cap and (j - i == 1 or self.cues.country_code(
                    [t.text for t in toks[i:j] if t.low != "the"])) and (
                    toks[i - 2].low in self.institutions or self.registry.lookup(
                        " ".join(t.text for t in toks[before[0]:before[1]] if t.low != "the"),
                        outlets_only=False) is not None):
                return before  # "The Joint Chiefs of Staff in Seoul": the body, not the city
            if before is not None and toks[i - 1].low in ("at", "from") and toks[i - 2].cap:
                kind, name = split_name(toks[before[0]:before[1]], self.cues)
                if kind == "person" and len(name) >= 2:
                    return before  # "Meteorologist Binu Maharjan at the Meteorological
                    # Forecasting Division said": the person, not where she works
        return span

    def _person_at_place(self, toks: list[Token], j: int, lo: int) -> tuple[int, int] | None:
        """"An official at the scene said", "Residents near the port told": an unnamed
        person or group, then where they were (a place in lower case, which names nobody)."""
        for m in range(j - 2, max(lo, j - 10), -1):
            tok = toks[m]
            if tok.low in ("at", "near", "outside", "inside", "in", "within", "on") \
                    and toks[m + 1].low in DETERMINERS \
                    or tok.low == "of" and m - 1 >= lo and toks[m - 1].low in self.cues.names["people_of_place"] \
                    and not toks[m + 1].cap and not (
                        (toks[m + 1].text.isdigit() or toks[m + 1].low in _QUANTITIES) and toks[m + 2].cap):
                # ("Residents of the district said", not "Mother of four Rose Tamur said")
                if m - 1 < lo or toks[m - 1].cap and m - 1 > lo:
                    return None
                head = toks[m - 1].low
                src = self.registry.by_head(head, plural=True)
                if (src is None or not src.generic) and not is_profession(head):
                    return None  # ("Scientists at the University of Otago say")
                return self._chunk_back(toks, m, lo)
            if not tok.is_word or tok.low in STOPWORDS and tok.low not in DETERMINERS and not (
                    tok.low in ("of", "and") and m + 1 < j and toks[m + 1].cap):
                return None  # (past "of Baghlan" and "and Burka": "Residents of the Nahrin and
        return None  # Burka districts of Baghlan said")

    def _person_before_place(self, toks: list[Token], span, lo: int):
        """"An elderly man sitting outside a bar in via Napoli said": the man, not the street
        (a place named at the end of a phrase that says where an unnamed person was)."""
        if span is None or not toks[span[0]].cap:
            return span
        k = span[0] - 1
        if k - 1 > lo and toks[k].text == "," and toks[k - 1].cap and toks[k - 1].is_word:
            m = k - 1
            while m > lo and toks[m].cap and toks[m].is_word:
                m -= 1
            if toks[m].low in _PLACE_PREPOSITIONS:
                k = m  # "Fishermen from Masinloc, Zambales said": a town, then its province
        if k > lo and toks[k].is_word and not toks[k].cap and toks[k].low not in STOPWORDS:
            k -= 1  # "in via Napoli", "at rue Cler"
        if k <= lo or toks[k].low not in _PLACE_PREPOSITIONS and not (
                toks[k].low == "of" and toks[k - 1].low in self.cues.names["people_of_place"]):
            return span
        spokesperson = self._spokesperson_for(toks, k, lo)
        if spokesperson is not None:
            return spokesperson
        for m in range(k - 1, max(lo, k - 10) - 1, -1):
            tok = toks[m]
            if tok.cap and tok.is_word and m == lo and (m + 1 == k or toks[m + 1].low == "who") \
                    and (group := self.registry.by_head(tok.low, plural=True)) is not None and group.generic:
                return m, m + 1  # "Fishermen from Masinloc, Zambales said": the group
            if tok.cap and tok.is_word:
                return self._named_before_places(toks, m, lo) or span
            if not tok.is_word:
                return span
            src = self.registry.by_head(tok.low, plural=True)
            after = toks[m + 1]
            if src is not None and src.generic and (
                    after.low.endswith(("ing", "ed")) or after.low in _PLACE_PREPOSITIONS
                    or after.low == "who" or after.low == "of" and tok.low in self.cues.names["people_of_place"]):
                # ("A mother of two from Cluj-Napoca told", "One resident of Ovar said")
                return self._chunk_back(toks, m + 1, lo) or span
            if tok.low == "leader" and after.low in _PLACE_PREPOSITIONS and (start := next((
                    a for a in range(m - 1, max(lo, m - 4) - 1, -1) if toks[a].low in ("a", "an", "one")
                    and all(t.is_word and not t.cap for t in toks[a + 1:m])), None)) is not None:
                return start, m + 1  # "A peasant leader from La Macarena told": the leader
        return span

    def _spokesperson_for(self, toks: list[Token], k: int, lo: int):
        """"A spokesperson for the World Food Programme (WFP) in Juba told": the spokesperson
        for the body, ending before the place preposition at ``k`` (not the city)."""
        m = k - 1
        if m > lo and toks[m].text == ")":
            opening = _open_paren(toks, m, lo)
            if opening is None:
                return None
            m = opening - 1
        end = m + 1
        while m > lo and (toks[m].cap and toks[m].is_word or toks[m].low in ("of", "and", "the", "&")):
            m -= 1
        if m == end - 1 or toks[m].low not in ("for", "of") or m - 1 < lo:
            return None
        head = toks[m - 1]
        src = self.registry.by_head(head.low)
        if head.cap or src is None or not src.generic or src.source_type not in ("government-official", "anonymous", "government"):
            return None
        start = self._chunk_back(toks, m, lo)
        return (start[0], end) if start is not None else None

    def _named_before_places(self, toks: list[Token], m: int, lo: int):
        """"Cane cutter Sevanaia Waqa of Varoko in Ba says", "Residents of Nalovo in Ba say":
        back from a place word (at ``m``) over more places to the person or people whose home
        they name."""
        for _ in range(3):
            while m > lo and (toks[m].cap and toks[m].is_word or toks[m].text.isdigit()):
                m -= 1
            if m <= lo or toks[m].low not in ("of", "from", "in"):
                return None
            end = m
            if toks[end - 1].text == ")" and end - 4 >= lo and toks[end - 3].text == "(" \
                    and toks[end - 2].text.isdigit():
                end -= 3  # "Mrs Sibongile Nkomo (56) of Nketa 6"
            head = toks[end - 1]
            if not head.is_word:
                return None
            if not head.cap:
                src = self.registry.by_head(head.low, plural=True)
                if src is None or not src.generic:
                    return None
                return self._chunk_back(toks, end, lo)
            if head.low not in self.cues.titles and head.low not in self.institutions \
                    and head.low not in self.cues.names["body_heads"] \
                    and not self.cues.country_code([head.text]):
                found = self._chunk_back(toks, end, lo)
                if found is not None and toks[found[0]].low != "the":
                    return found
            m = end - 1
        return None

    def _relative_before(self, toks: list[Token], m: int, lo: int, reach: int = 10) -> int | None:
        """"A source who asked not to be named said": the "who" of a relative clause."""
        for k in range(m, max(lo, m - reach) - 1, -1):
            if toks[k].text in ",;:\"":
                return None
            if toks[k].low in ("who", "which"):
                return k
        return None

    def _coordinated(self, toks: list[Token], span, lo: int):
        """Extend "South Korea and others" to "The U.S., South Korea and others" when the
        whole list opens the clause."""
        if span is None:
            return None
        i, j = span
        starts = [i]
        while i - 1 > lo and toks[i - 1].low in ("and", ",", "&"):
            k = i - 1
            if toks[k].low == "and" and toks[k - 1].text == ",":
                k -= 1
            before = self._chunk_back(toks, k, lo)
            if before is None or self._participle_opener(toks[before[0]:before[1]]) \
                    or toks[before[0]].low in ("outside", "inside", "near"):
                break  # "Responding, Ameen said", "Outside court, Banda said": not a list
            i = before[0]
            starts.append(i)
        for i in reversed(starts):  # the longest list that opens the clause ("In a joint
            if self._opens_list(toks, i, span, lo):  # statement, Greenpeace and Oxfam said")
                return i, j
        return span

    def _opens_list(self, toks: list[Token], i: int, span: tuple[int, int], lo: int) -> bool:
        j = span[1]
        if i == lo or toks[i - 1].low in _SUBORDINATORS and toks[span[0] - 1].low in ("and", "&") \
                or i - 1 == lo and toks[lo].low in _COORDINATORS:
            return True  # ", though X and Y say", "But residents of Gbajibo and Jebba North told"
        first = i + 1 if toks[i].low == "the" else i
        # "..., the Ministry of Health (MOH) and the Singapore Food Agency said"
        if toks[i - 1].text == "," and toks[span[0] - 1].low == "and" and first < j \
                and toks[i].low in _QUANTIFIERS | DETERMINERS and toks[span[0]].low in DETERMINERS \
                and all(t.is_word for t in toks[i:j]):
            return True  # "..., three sources and a banker told Vedomosti"
        return toks[i - 1].text == "," and toks[span[0] - 1].low == "and" \
            and first < j and toks[first].cap and (toks[j - 1].cap or toks[j - 1].text == ")")

    def _relative_subject(self, unit: _Unit, attr: _Attribution, m: int, lo: int) -> bool:
        toks = unit.tokens
        end = m - 1 if toks[m - 1].text == "," else m
        span = self._chunk_back(toks, end, lo)
        if span is not None and toks[span[0]].cap:
            span = self._person_before_place(toks, span, lo)  # "Fishermen from Masinloc,
            # Zambales who were in the area said"
        for _ in range(2):  # "a man in his 70s who ...": past the phrase after "in"
            if span is None or span[0] - 2 < lo or toks[span[0] - 1].low not in ("in", "from", "at", "of", "with"):
                break
            before = self._chunk_back(toks, span[0] - 1, lo)
            if before is None or not self._speakers(unit, *before):
                break
            span = before
        if span is not None and 0 < span[0] - lo <= 3 and toks[lo].low in ("a", "an", "one", "another"):
            span = (lo, span[1])  # "A wedding guest who ...": one person, whom "she" can stand for
        if (span is None or not self._speakers(unit, *span)) and end - lo <= 8:
            span = (lo, end)  # the whole phrase before "who"
        if span is None or span[0] >= span[1]:
            return False  # (", who said ..." opening the clause: no one before "who")
        attr.subject, attr.head = span, span[0]
        attr.speakers = self._speakers(unit, *span)
        return bool(attr.speakers)

    def _ellipsis(self, unit: _Unit, attr: _Attribution, m: int) -> bool:
        """"... and has accused": the subject of the previous attribution, else of the clause."""
        previous = [a for a in self.done if a.speakers]
        if previous:
            attr.speakers = list(previous[-1].speakers)
            attr.subject = previous[-1].subject
            attr.via = previous[-1].via
            attr.head = m if unit.tokens[m - 1].text != "," else m - 1
            return True
        span = self._sentence_subject(unit, coordinated=attr.cue.base)  # "Beijing and Moscow
        if span is None:                                                 # ... and say"
            return False
        attr.subject, attr.head = span, m
        attr.speakers = self._speakers(unit, *span)
        return bool(attr.speakers)

    def _subject_of_participle(self, unit: _Unit, attr: _Attribution) -> bool:
        """"..., saying": the previous speaker; "with Kim praising": Kim; "Noting that ...,
        X said": the next speaker (filled in by `_link`)."""
        toks, cue = unit.tokens, attr.cue
        lo = self._clause_start(unit, cue.i)
        prev = toks[cue.i - 1] if cue.i > lo else None
        if prev is None and cue.i >= 2 and toks[cue.i - 1].text == '"' and toks[cue.i - 2].text == "," \
                and toks[cue.i - 1].start in unit.closes:
            opening = next((q.open for q in unit.quotations if q.close == toks[cue.i - 1].start), None)
            o = bisect.bisect_left(toks, opening, key=_START) if opening is not None else 0
            if 0 < o < len(toks) and toks[o - 1].is_word:
                prev = toks[cue.i - 2]  # 'called the plan "reckless," adding that': a partial
                # quotation inside the clause, then the participle after its comma
        if prev is None or prev.text == '"':
            attr.deferred = True
            return True
        if prev.text == ",":
            previous = [a for a in self.done if a.speakers and not a.deferred]
            if previous:
                attr.speakers, attr.subject = list(previous[-1].speakers), previous[-1].subject
                attr.via = previous[-1].via
                return True
            if cue.verb is not None and cue.verb.commentary:
                return False  # "raised rates, underscoring its confidence that": the writer's
            span = self._sentence_subject(unit)
            if span is None:
                return False
            attr.subject = span
            attr.speakers = self._speakers(unit, *span)
            return bool(attr.speakers)
        span = self._chunk_back(toks, cue.i, lo)
        if span is None:
            return False
        if toks[span[1] - 1].low in self.cues.documents and span[0] > lo:
            # "KCNA carried a commentary calling the hearing ...": the document's author is
            # the subject of the clause it is the object of
            subject = self._sentence_subject(unit)
            if subject is not None and subject[1] <= span[0] and (
                    speakers := self._speakers(unit, *subject)):
                attr.subject, attr.head, attr.speakers = subject, subject[0], speakers
                return True
        attr.subject, attr.head = span, span[0]
        attr.speakers = self._speakers(unit, *span)
        return bool(attr.speakers)

    def _document_subject(self, unit: _Unit, attr: _Attribution) -> bool:
        """"Chinese customs data showed": a document with a named author."""
        if attr.subject is None:
            return False
        toks = unit.tokens[attr.subject[0]:attr.subject[1]]
        named = [t for t in toks[:-1] if t.cap or t.low.endswith("'s")]
        s0 = attr.subject[0]
        if s0 >= 2 and unit.tokens[s0 - 1].low == "from" and unit.tokens[s0 - 2].low in \
                self.cues.documents and any(t.cap for t in toks):
            return True  # "data from China's customs agency showed": the agency
        if s0 >= 3 and unit.tokens[s0 - 1].low == "by" and unit.tokens[s0 - 2].low in _DOCUMENT_PARTICIPLES \
                and unit.tokens[s0 - 3].low in self.cues.documents and bool(attr.speakers) \
                and not any(t.low == "that" or (t.low,) in self.cues.forms
                            for t in unit.tokens[_sentence_start(unit.tokens):s0 - 3]):
            return True  # "figures released by the central bank showed": the bank
        if toks[-1].low in self.cues.documents and attr.cue.verb.quotes_only:
            return bool(attr.speakers)  # '"...," the statement read': the statement's author
        return toks[-1].low in self.cues.documents and bool(named)

    def _plural_subject(self, unit: _Unit, attr: _Attribution) -> bool:
        """A bare verb form ("say") reports speech only after a plural subject."""
        if attr.subject is None:
            return False
        toks = unit.tokens[attr.subject[0]:attr.subject[1]]
        place = next((k for k, t in enumerate(toks) if k and t.low in ("in", "at", "from", "of")), None)
        if place is not None:  # "Officials in Seoul say", "Police in Nara City, Nara say"
            toks = toks[:place]
        last = toks[-1].low
        one_person = len(attr.speakers) == 1 and attr.speakers[0].kind == "person"
        if last in _PLURAL_PRONOUNS or last in _COLLECTIVES or len(last) > 5 and last.endswith(
                ("men", "people", "folk", "children")) and (not toks[-1].cap or len(toks) == 1) \
                or not one_person and any(
                t.low == "and" or t.text == "," for t in toks):
            return True  # (not "Member for Mobility and Works Dorothy Owino ... and advise")
        return last.endswith("s") and not last.endswith(("ss", "'s")) and (
            not toks[-1].cap or last in self.heads)

    def _inverted(self, unit: _Unit, cue: _Cue) -> tuple[int, int] | None:
        """'"...," said Victor Cha, a Korea expert': the phrase after the verb, when a boundary
        follows it."""
        toks = unit.tokens
        if cue.verb is not None and cue.verb.addressee:
            return None  # "..., told Choe, ...": an addressee, never the speaker
        j = cue.j
        if j + 2 < len(toks) and toks[j].low in ("this", "last", "on") \
                and (toks[j + 1].low in _WEEKDAYS or toks[j + 1].low in _DAY_PARTS) and toks[j + 2].low == "the":
            j += 2  # "..., reported this Tuesday the National Center for Disaster Prevention"
        span = self._chunk_fwd(toks, j, len(toks))
        if span is None:
            # "said incident commander Ben Hollister": lower-case words of a title, then a name
            k = j
            while k < min(len(toks), j + 4) and toks[k].is_word and not toks[k].cap \
                    and toks[k].low not in STOPWORDS and toks[k].low not in DETERMINERS:
                k += 1
            name = self._chunk_fwd(toks, k, len(toks)) if k > j and k < len(toks) \
                and toks[k].cap and (k - j < 4 or toks[k - 1].low in self.cues.titles) else None
            # ("said district fire brigade commander Ing. Johann Plank": four words if the
            # last is a title)
            span = (j, name[1]) if name is not None else None
        if span is None:
            return None
        after = toks[span[1]].text if span[1] < len(toks) else "."
        comma = span[1] if after == "," else next(
            (m for m in range(span[1] + 1, min(len(toks), span[1] + 6)) if toks[m].text == ","
             and toks[span[1]].low in ("in", "at", "on") and all(
                 t.is_word for t in toks[span[1]:m])), None) if after != "." else None
        if comma is not None and comma + 1 < len(toks):
            # '"...," said Unite's regional officer, Bobby Nair.': the name in apposition
            end = comma + 1
            while end < len(toks) and toks[end].is_word and (toks[end].cap or toks[end].text in
                                                            _NAME_PARTICLES):
                end += 1
            described = toks[span[0]].low in DETERMINERS and any(
                span[0] + n + 1 < span[1] and all(t.low in self.cues.titles for t in toks[span[0] + 1:span[0] + n + 1])
                and toks[span[0] + n + 1].low == "of" for n in (1, 2))  # ("the general director of")
            if end - comma - 1 >= 2 and (end == len(toks) or toks[end].text in _BOUNDARY_AFTER) \
                    and (described or all(s.generic for s in self.ctx.resolve(toks[span[0]:span[1]]))) \
                    and _pure_name(toks[comma + 1:end]):
                return comma + 1, end  # (a name wins over "an officer" and over "the chairman
                # of the GERB group in the council")
        if after in _BOUNDARY_AFTER or toks[span[1]].low in ("who", "which"):
            return span
        if toks[span[1]].low == "of" and toks[span[1] - 1].low == "head" and span[1] + 1 < len(toks) \
                and toks[span[1] + 1].low in ("state", "government") and (
                    span[1] + 2 == len(toks) or toks[span[1] + 2].text in _BOUNDARY_AFTER):
            return span  # '"...", said the head of state.': the role refers back to a name
        if toks[span[1]].low in _TRAILING_ADJUNCTS or toks[span[1]].low == "of" \
                and toks[span[1] - 1].cap or toks[span[1]].low == "to" and span[1] + 1 < len(toks) \
                and (toks[span[1] + 1].cap or toks[span[1] + 1].low in ("reporters", "journalists")):
            # '"...," said Health Minister Alexandre Padilha at a press conference in Brasília.',
            # '"...," said Ana Ruiz of the ruling party.', '"...," says Foreign Minister X to DN.'
            end = next((k for k in range(span[1], len(toks)) if toks[k].text in _BOUNDARY_AFTER),
                       len(toks))
            who = next((k for k in range(span[1], end) if toks[k].low == "who"), end)
            if who - span[1] <= 12 and not any(t.low in ("that", "who", "which", "and", "but")
                                               for t in toks[span[1]:who]):
                return span  # (and '"...," said a manager at a travel agency in Garapan who
                # asked not to be named.')
        return None

    def _comma_chain(self, toks: list[Token], m: int, lo: int):
        """"Lu Chao, a research fellow at ..., told": the first segment of the comma chain that
        is a noun phrase (a following name in apposition wins: "a spokesperson, Ko Min-jung,
        said"). Returns ``(span, apposition tokens, first token of the chain)`` or None."""
        segments = [(a, b) for k, (a, b) in enumerate(_segments(toks, lo, m)) if not (
            k and b - a == 1 and toks[a].text in self.cues.names["post_nominals"]  # ", SAN,"
            or k and b - a <= 4 and _PARTY_SEAT.fullmatch(_join_tokens(toks[a:b])))]  # ", D-San Diego,"
        segments, listed = self._listed_portfolios(toks, segments)
        for index, (a, b) in enumerate(segments):
            document = not index and b - a == 2 and toks[a].low == "the" \
                and toks[a + 1].low in self.cues.documents and len(segments) > 1
            # ("The report, which covers the years 2015 to 2023, found")
            if not document and self._adjunct_segment(toks[a:b]) and not (
                    index + 1 < len(segments) and toks[segments[index + 1][0]].low == "who"
                    and toks[a].low in DETERMINERS and not toks[b - 1].cap
                    and self.registry.by_head(toks[b - 1].low, plural=True) is not None):
                continue  # (but "The official, who spoke on condition of anonymity, said": the
                # adjuncts' "official" of "the official news agency" is a person here)
            span = (a, b) if a in listed or document else self._chunk_fwd(toks, a, b)
            if not index and (span is None or span[1] != b) and index + 1 < len(segments):
                opener = max((m for m in range(a + 1, b - 1) if toks[m].low in _CLAUSE_OPENERS),
                             default=None)
                if opener is not None and self._chunk_fwd(toks, opener + 1, b) == (opener + 1, b) \
                        and _pure_name(toks[opener + 1:b]):
                    span = a, b = opener + 1, b  # "The drills began a day after Kim Yo Jong,
                    # the powerful sister of ..., warned": the name after the clause's opener
            if index and span is not None and any(
                    toks[k].low in _KIN_AND_CLIENTS and toks[k + 1].low == "of"
                    for k in range(span[0], span[1] - 1)):
                continue  # "Kim Yo Jong, the powerful sister of ... Kim Jong Un, warned": a
                # relative of someone, in apposition to the name before
            if span is not None and span[1] == b - 1 and b - a >= 2 and toks[b - 1].text == "." \
                    and toks[b - 2].cap:
                span = (span[0], b)  # "Ferdinand Marcos Jr., in a video message ..., said"
            if span is None and index + 1 < len(segments) and toks[segments[index + 1][0]].low == "who" \
                    and (back := self._chunk_back(toks, b, a)) is not None and back[0] - a <= 3 \
                    and all(t.low in DETERMINERS or t.low.isalpha() and t.low not in STOPWORDS
                            and t.low not in _BE and t.low not in _FINITE
                            for t in toks[a:back[0]]):
                span = (a, b)  # "A host committee official, who spoke on condition of
                # anonymity, said": a noun before the head that the forward chunk does not know
            if span is not None and span[0] == a and span[1] < b and toks[span[1]].low in ("and", "&") \
                    and all(t.cap and t.is_word or t.low in ("and", "&", "of", "for")
                            for t in toks[span[1]:b]) and toks[a].low not in DETERMINERS \
                    and any(t.low in self.cues.titles for t in toks[a:b - 2]):
                span = (a, b)  # "Trade and Industry Minister Mark Mitchell, who ..., said"
            placed = False
            if span is not None and span[1] != b and span[1] + 1 < b \
                    and (toks[span[1]].low in _PLACE_PREPOSITIONS or toks[span[1]].low == "on"
                         and all(t.cap for t in toks[span[1] + 1:b])
                         and _named_place(toks[span[1] + 1])) \
                    and (self.registry.by_head(toks[span[1] - 1].low) is not None
                         or toks[span[1] - 1].low == "leader" and toks[a].low in ("a", "an", "one")
                         or toks[span[1] - 1].cap and toks[span[1]].low == "in"
                         and toks[span[1] - 1].low in _POSTS):
                # "Police in Nara City, Nara Prefecture, said", "A shopkeeper near the port,
                # who asked not to be named, said", "The Chinese Embassy in Seoul, in response
                # to an inquiry, said"
                named = all(t.cap or t.low in ("of", "the") for t in toks[span[1] + 1:b])
                span, placed = ((a, b) if named else span), True
                if not named:
                    return span, [], a
            if span is not None and span[1] + 1 < b and b - span[1] <= 6 \
                    and toks[span[1]].low in ("of", "for", "at", "in", "on") \
                    and toks[span[1] - 1].low in self.cues.titles \
                    and index + 1 < len(segments) \
                    and _pure_name(toks[segments[index + 1][0]:segments[index + 1][1]]) \
                    and all(t.is_word and t.low not in _BE and t.low not in _FINITE
                            and not self._verb_at(toks, k) for k, t in enumerate(toks[span[1]:b], span[1])):
                # "..., the city's strategic executive for infrastructure, Ferdinand Hamutenya,
                # told": a title whose complement is in lower case, then the name
                a2, b2 = segments[index + 1]
                return (a2, b2), toks[a:b], a
            if span is not None and span[1] < b and toks[span[1]].low == "who" \
                    and span[1] > span[0] and self._head_word(toks[span[1] - 1]) and not (
                        index + 1 < len(segments)
                        and _pure_name(toks[segments[index + 1][0]:segments[index + 1][1]])):
                # "A rider who operates along Moi Avenue, who declined to give his name,
                # claimed": the person before the first relative clause
                return span, [], a
            if span is not None and not placed and span[1] + 1 < b and toks[span[1]].low in (
                    "from", "of", "in") and all(t.cap for t in toks[span[1] + 1:b]) \
                    and len(segments) > index + 1 and span[1] - span[0] >= 2 \
                    and toks[a].low not in DETERMINERS and _pure_name(toks[span[0]:span[1]]) \
                    and split_name(toks[span[0]:span[1]], self.cues)[0] == "person":
                # "Mohira Tursunova from Samarkand, whose son ..., said": the person, not
                # where she is from
                return span, [], a
            if span is None or span[1] != b:
                # "In Bavel district, rice farmer Chhorn Sreymom, 46, said"
                span = self._described_name(toks, a)
                if span is None or span[1] != b:
                    continue
            rest = segments[index + 1:]
            while len(rest) >= 2 and self._body_detail(toks[rest[0][0]:rest[0][1]]):
                rest = rest[1:]  # "The Chairman of the Nigeria Union of Pensioners, NUP, Kogi
                # State Council, Comrade Yakubu Ojo, said": past the acronym and the branch
            if len(rest) >= 2 and toks[rest[0][0]].low in ("who", "which") \
                    and _pure_name(toks[rest[1][0]:rest[1][1]]) \
                    and toks[rest[0][1] - 1].low not in _KIN_AND_CLIENTS:
                # (but "Attorney X, who represented Alexander's mother, Sherlan Alexander,
                # said": the mother is named, the attorney speaks)
                # "A trader in Dandong, who asked to be identified only by his surname, Liu,"
                a2, b2 = rest[1]
                return (a2, b2), toks[a:b], a
            named = rest and _without_party(toks[rest[0][0]:rest[0][1]])
            if placed and rest and _pure_name(named) and split_name(named, self.cues)[0] == "person" \
                    and all(s.generic and s.kind == "person" for s in self.ctx.resolve(toks[span[0]:span[1]])):
                placed = False  # "A coffee farmer in Yirgacheffe, Almaz Bekele, told": her name
            if rest and not placed and _pure_name(named) \
                    and not (_pure_name(toks[a:b]) and (named[-1].low in self.cues.titles
                                                         or named[-1].low in _JOB_NOUNS)):
                # (but "Dr Ahmed Mohannadi, Senior Consultant, Paediatric Emergency at HMC,":
                # a name, then a title in capitals; "A former councillor, Josef Brandstetter
                # (Greens), testified": the name without its party)
                a2 = rest[0][0]
                return (a2, a2 + len(named)), toks[a:b], a
            if rest and not placed and (described := self._described_name(toks, rest[0][0])) \
                    and described[1] == rest[0][1] and all(
                        s.generic for s in self.ctx.resolve(toks[span[0]:span[1]])):
                # "Another passenger, student Karl-Erik Saar, said": the name wins
                return described, toks[a:b], a
            apposition = toks[rest[0][0]:rest[0][1]] if rest else []
            return span, apposition, a
        return None

    def _listed_portfolios(self, toks: list[Token], segments: list[tuple[int, int]]):
        """Join a title's comma-listed complement into one segment: "The Minister for Trade,
        Industry and Energy, Tom Reid, said" (the list ends at its "and", and a segment
        follows it). Returns the segments and the starts of those joined."""
        out, listed, k = [], set(), 0
        while k < len(segments):
            a, b = segments[k]
            of = next((m for m in range(a + 1, b) if toks[m].low in ("of", "for")), None)
            n = k
            if of is not None and toks[of - 1].cap and (toks[of - 1].low in self.cues.titles
                                                        or toks[of - 1].low in self.bodies) \
                    and of + 1 < b and all(t.cap or t.low in ("the", "and", "&")
                                           for t in toks[of + 1:b]):
                while n + 1 < len(segments) and not any(
                        t.low in ("and", "&") for t in toks[segments[n][0]:segments[n][1]]
                        if segments[n][0] > a) and all(
                        t.cap and t.is_word or t.low in ("and", "the", "&")
                        for t in toks[segments[n + 1][0]:segments[n + 1][1]]):
                    n += 1
                if n == k or n + 1 >= len(segments) or not any(
                        t.low in ("and", "&") for t in toks[segments[n][0]:segments[n][1]]):
                    n = k
            if n > k:
                listed.add(a)
            out.append((a, segments[n][1]))
            k = n + 1
        return out, listed

    def _owned_role_then_name(self, toks: list[Token], m: int, lo: int):
        """"..., his lawyer, Nadine Abou Jaoudé, told L'Orient Today.": the two segments right
        before the verb, a possessive role and the name in apposition, after words of a
        clause (the chain's head further back is not the speaker). Returns ``(span,
        apposition, head)`` or None."""
        b = m
        a = next((k + 1 for k in range(b - 1, lo - 1, -1) if toks[k].text == ","), None)
        if a is None or not _pure_name(toks[a:b]) or a - 1 <= lo:
            return None
        c = next((k + 1 for k in range(a - 2, lo - 1, -1) if toks[k].text == ","), None)
        if c is None or not 2 <= a - 1 - c <= 4 or toks[c].low not in _POSSESSIVES \
                or not all(t.is_word and not t.cap for t in toks[c + 1:a - 1]):
            return None
        return (a, b), toks[c:a - 1], c

    def _body_detail(self, seg: Sequence[Token]) -> bool:
        """A body's acronym ("NUP") or its branch ("Kogi State Council") set off by commas."""
        if len(seg) == 1 and len(seg[0].text) >= 2 and seg[0].text.isupper() and seg[0].text.isalpha():
            return True
        return 2 <= len(seg) <= 5 and all(t.cap and t.is_word for t in seg) \
            and seg[-1].low in _BRANCHES

    def _adjunct_segment(self, seg: Sequence[Token]) -> bool:
        """"In Seoul", "A day earlier", "for his part": a short phrase that is not a clause."""
        if not seg:
            return True
        first = seg[0].low
        if len(seg) >= 3 and seg[1].low in ("after", "before", "since", "when", "while", "until", "as") \
                and (first.endswith("ly") or first in _TIME_WORDS or first in ("soon", "just", "right")) \
                and len(seg) <= 20:
            return True  # "Shortly after his plea was taken", "Moments before the vote"
        if first in ("a", "an") and len(seg) <= 8:
            # "A day earlier", "A few hours after the blast", but not "A spokesperson for X"
            return any(t.low in _TIME_WORDS for t in seg)
        if (first in STOPWORDS and first != "the" or first in ("outside", "inside", "near")) \
                and (len(seg) <= 8 or first in _PREPOSITIONS and len(seg) <= 14 and not any(
                    t.low in _BE or t.low in _FINITE or t.low in ("who", "which", "that")
                    for t in seg)):
            return True  # "In Seoul", "Outside court", "in response to an inquiry from the
            # Kangwon Ilbo"
        # "Speaking during a media briefing at the Ministry of Health headquarters in Lusaka
        # yesterday": a participle and its preposition may carry a long place and time
        reach = 20 if seg[0].low.endswith("ing") and len(seg) > 1 and seg[1].low in _PREPOSITIONS \
            else 10
        if self._participle_opener(seg) and len(seg) <= reach and not any(
                (t.low in _BE or t.low in _FINITE) and not t.cap for t in seg):
            return True  # not "Trading in 14 stocks was halted"
        return all(t.low in self.cues.adjuncts or t.text[0].isdigit() for t in seg)

    def _participle_opener(self, seg: Sequence[Token]) -> bool:
        """"Speaking to supporters late on May 17", "Responding", "Pressed on the delay": a
        participle phrase that opens the sentence, not a name ("Beijing officials", "Reading
        council" go on with a noun; a lone -ing word must be a known reporting verb)."""
        first = seg[0].low
        if not seg[0].is_word or len(first) < 5 or not first.endswith(("ing", "ed")):
            return False
        if len(seg) == 1:  # ("Reacting, the group said")
            return first.endswith("ing") and ((first,) in self.cues.forms or first in _LONE_OPENERS)
        nxt = seg[1].low
        return not seg[1].cap and (nxt in STOPWORDS or nxt in DETERMINERS or nxt in _PREPOSITIONS
                                   or nxt in _PLACE_ADVERBS)  # ("Speaking outside court")

    def _sentence_subject(self, unit: _Unit, coordinated: bool = False) -> tuple[int, int] | None:
        """The noun phrase that opens the sentence (after an opening adjunct like "In Seoul,")."""
        toks = unit.tokens
        segments = _segments(toks, _sentence_start(toks), len(toks))  # not "KUALA LUMPUR, July 22 —"
        for index, (a, b) in enumerate(segments):
            if self._adjunct_segment(toks[a:b]) or index + 1 < len(segments) and b - a >= 2 \
                    and toks[a].low.endswith("ing") and toks[a].low not in MODIFIERS \
                    and (toks[a + 1].low in STOPWORDS or toks[a + 1].low in DETERMINERS) \
                    and not self.cues.country_code([toks[a].text]) \
                    and self.registry.lookup(toks[a].text, outlets_only=False) is None:
                continue  # ("Speaking to supporters after the count, Rifau thanked ...")
            span = self._chunk_fwd(toks, a, b)
            rest = segments[index + 1:index + 2]
            if span and span[1] == b and rest and _pure_name(toks[rest[0][0]:rest[0][1]]):
                return rest[0]  # "South Korea's unification minister, Kim Yung-ho, ..."
            if coordinated and span and span[1] + 1 < b and toks[span[1]].low == "and" and toks[span[0]].cap \
                    and (other := self._chunk_fwd(toks, span[1] + 1, b)) is not None \
                    and toks[other[0]].cap:
                span = span[0], other[1]  # "Beijing and Moscow have ... and say"
            return span
        return None

    def _described_name(self, toks: list[Token], k: int) -> tuple[int, int] | None:
        """"market research firm Redseer": a few lower-case words ending in a role noun, then
        the name; the span runs from the first word to the end of the name."""
        start = k
        if k + 1 < len(toks) and toks[k].cap and not toks[k + 1].cap and toks[k + 1].is_word and (
                toks[k].low in MODIFIERS or k == _sentence_start(toks) and toks[k].is_word
                and toks[k].low not in STOPWORDS and toks[k].low not in DETERMINERS):
            k += 1  # "Former boxer Ana Ruiz", "Athletics legend Haile Gebrselassie": a word
            # capitalised because it opens the sentence
        m = k
        while m < min(len(toks), k + 4) and toks[m].is_word and not toks[m].cap \
                and toks[m].low not in STOPWORDS and toks[m].low not in DETERMINERS:
            m += 1
        if m == k or m >= len(toks) or not toks[m].cap or toks[m - 1].low not in self.heads and \
                not (toks[m - 1].low.endswith(_AGENT_ENDINGS) and toks[m - 1].low not in MODIFIERS):
            return None
        name = self._chunk_fwd(toks, m, len(toks))
        return (start, name[1]) if name is not None else None

    def _own_outlet(self, speaker: Speaker) -> bool:
        """Whether ``speaker`` is the outlet that published the article."""
        own = getattr(self.article, "outlet", None)
        if not own:
            return False
        known = self.registry.lookup(own, outlets_only=False)  # ("ANTARA News" is ANTARA)
        names = {_ARTICLE_START.sub("", name.casefold()) for name in (own, known.name if known else "")}
        return _ARTICLE_START.sub("", speaker.name.casefold()) in names

    def _according(self, unit: _Unit, cue: _Cue) -> _Attribution | None:
        """"according to X": before the words (leading) or after them (trailing)."""
        toks = unit.tokens
        span = self._chunk_fwd(toks, cue.j, len(toks))
        if span is None or not toks[span[1] - 1].cap:
            span = self._described_name(toks, cue.j) or span
        comma = next((m for m in range(cue.j, min(len(toks), cue.j + 5)) if not (
            toks[m].is_word and not toks[m].cap)), None)
        if comma is not None and comma > cue.j and toks[comma].text == "," and (
                span is None or span[1] <= comma):
            # "according to his wife, Ana Vega.": the name in apposition
            close = next((m for m in range(comma + 1, len(toks)) if toks[m].text in ",.;:"),
                         len(toks))
            if close - comma - 1 >= 2 and _pure_name(toks[comma + 1:close]):
                span = comma + 1, close
        if span is None:
            return None
        attr = _Attribution(cue, head=cue.i, subject=span)
        end = self._phrase_end(toks, span[1])
        known = self._known_document(toks, span)
        if known is not None:  # "X issued a statement. According to the statement, ..."
            speakers, attr.via = list(known[0]), known[1]
            attr.document = True
        else:
            speakers = self._speakers(unit, *span, apposition=self._apposition(toks, span[1]))
        channel: list[Speaker] = []
        if known is None and self._is_document(toks, span):
            channel = self._channel_in(unit, span[1], end)
            comma = next((m for m in range(span[1], len(toks)) if toks[m].text in ",.;:" and not (
                toks[m].text == "," and _listed_to_acronym(toks, m, len(toks)))), None)
            # (not the comma inside "a survey by the Institute of Epidemiology, Disease Control
            # and Research (IEDCR)")
            if comma is not None and toks[comma].text == "," and end < comma:
                end = comma  # "according to a poll published by broadcaster ZDF on Friday,"
            author = self.ctx.resolve(toks[span[0]:span[1] - 1]) if channel and any(
                t.cap for t in toks[span[0]:span[1] - 1]) and span[1] + 1 < len(toks) \
                and toks[span[1]].low in _SEEN and toks[span[1] + 1].low == "by" else []
            if author:
                # "according to an internal EEAS note seen by Reuters": the note's author,
                # carried by Reuters (by no one when the paper itself saw it)
                attr.via = None if self._own_outlet(channel[0]) else channel[0]
                channel = author
            speakers = channel or speakers
        attr.speakers = speakers
        if not speakers:
            return None
        if known is None and (toks[span[1] - 1].low in _STUDY_NOUNS or self._is_document(toks, span)
                              and channel):  # "a study by X", "a report published by X"
            self.documents[toks[span[1] - 1].low] = (list(speakers), attr.via)
        attr.tail = end
        lo = self._clause_start(unit, cue.i)
        before = cue.i - 1
        if before >= lo and toks[before].text == ",":
            start = self._trailing_start(unit, cue.i)
            if start >= before and self.done:  # '"...," Yoon said, according to Kim.'
                previous = self.done[-1]
                if previous.via is None and speakers[0].name not in {s.name for s in previous.speakers}:
                    previous.via = speakers[0]
                return None
            attr.mode = "trailing"
            attr.contents = [(start, before)]
            if end + 1 < len(toks) and toks[end].text == "," \
                    and toks[end + 1].low in _PREDICATE_OPENERS and start < before:
                # "The region, according to Ruiz, had lost ...": the whole sentence
                attr.contents = [(start, len(toks))]
            return attr
        if end < len(toks) and toks[end].low in _SOURCE_MODIFIERS:
            # "According to two officials familiar with the talks, ...", "according to
            # councillors who asked not to be named, ...": the words start after the comma
            comma = next((m for m in range(end, min(len(toks), end + 20))
                          if toks[m].text in ',.;:"' or toks[m].start in unit.opens), None)
            if comma is not None and toks[comma].text == ",":
                end = comma
        if not (end < len(toks) and toks[end].text == ",") or end + 1 < len(toks) and toks[
                end + 1].low in ("which", "who", "where", "and", "but", "while"):
            # "According to X, the North fired ...", "According to X, trade remains small
            # compared with China, which ...": no apposition after all
            end = span[1]
        start = end + 1 if end < len(toks) and toks[end].text == "," else end
        attr.tail = start
        attr.contents = [(start, len(toks))]
        return attr

    def _quoting(self, unit: _Unit, cue: _Cue) -> _Attribution | None:
        """"X quoted Y as saying", "Y was quoted by X as saying", "..., quoting Y as saying",
        "..., citing Y"."""
        toks = unit.tokens
        attr = _Attribution(cue, head=cue.i)
        be = cue.i - 1
        if be >= 1 and toks[be].low in ("also", "later", "earlier", "previously", "again", "reportedly"):
            be -= 1  # "Ushakov was also quoted by TASS as saying"
        if cue.i and toks[be].low in _BE:
            return self._quoted_passive(unit, attr, be)
        speaker_span = self._chunk_fwd(toks, cue.j, len(toks))
        if speaker_span is None:
            if cue.participle and cue.lemma == "cite" and cue.j < len(toks) \
                    and toks[cue.j].start in unit.opens and not self._names_a_title(unit, toks[cue.j].start) \
                    and self._subject_of_participle(unit, attr):
                # '..., citing "national security concerns"': the cited words are the
                # subject's own
                return attr if self._leading(attr, cue.j, len(toks)) else None
            return None
        k = speaker_span[1]
        if k < len(toks) and toks[k].text == ",":
            # "quoted Mohammed Al-Bukhaiti, a member of the group's political bureau, as saying"
            # ("quoted Kim, whom it called "the respected Comrade General Secretary," as saying")
            for close in (m for m in range(k + 1, min(len(toks), k + 25)) if toks[m].text in ",;:"):
                after = close + 2 if close + 1 < len(toks) and toks[close + 1].text in "\"”’'" \
                    else close + 1
                if toks[close].text == "," and after + 1 < len(toks) \
                        and toks[after].low == "as" and (toks[after + 1].low in _SAY_PARTICIPLES or (
                            toks[after + 1].low.endswith("ing") and (toks[after + 1].low,) in self.cues.forms)):
                    k = after
                    break
                if toks[close].text != "," or after == close + 1:
                    break  # the apposition ends at the first comma outside a quotation
        as_saying = k + 1 < len(toks) and toks[k].low == "as" and (
            toks[k + 1].low in _SAY_PARTICIPLES or toks[k + 1].low.endswith("ing")
            and (toks[k + 1].low,) in self.cues.forms)  # ("quoted Kim as denouncing the summit as
        # a "sinister gathering"": any reporting verb's participle)
        if not as_saying and k < len(toks) and toks[k].low in _PLACE_PREPOSITIONS:
            # "quoted an official at the National Medical Products Administration as saying"
            m = next((m for m in range(k + 1, min(len(toks) - 1, k + 12))
                      if not toks[m].is_word or toks[m].low == "as"), None)
            if m is not None and toks[m].low == "as" and toks[m + 1].low in _SAY_PARTICIPLES:
                k, as_saying = m, True
        if cue.participle:
            previous = [a for a in self.done if a.speakers]
            channel = previous[-1].speakers[0] if previous else None
            if not as_saying:
                return self._citing(unit, attr, speaker_span, previous, channel)
        else:
            holder = _Attribution(cue)
            if self._subject(unit, holder):
                channel = holder.speakers[0]
                attr.head = holder.head
            elif as_saying:
                channel = None  # "The newspaper's account quoted Li as saying": the words are
                # Li's whoever quoted them
            else:
                return None
        attr.subject = speaker_span
        attr.speakers = self._speakers(unit, *speaker_span)
        attr.via = channel
        if channel is not None:
            self.ctx.remember(toks[cue.i].start, channel)
        if not attr.speakers:
            return None
        tail_from = k + 2 if as_saying else k
        if as_saying:
            attr.as_verb = toks[k + 1].low
        return attr if self._words_after(unit, attr, tail_from) else None

    def _object_then_to(self, toks: list[Token], k: int, n: int) -> bool:
        """Whether a directive's object and "to" with a verb follow ``k`` ("KCCA to file",
        "the Punjab Pollution Control Board (PPCB) to seal", "residents to stay"), not "to"
        as a preposition ("directed the question to the minister") nor "asked not to be named"."""
        if k >= n or not toks[k].is_word or toks[k].low in ("not", "never", "to", "for", "about",
                                                            "whether", "if", "that") \
                or toks[k].low.endswith("ly") and not toks[k].cap:
            return False
        for m in range(k + 1, min(n - 1, k + 16)):
            tok = toks[m]
            if tok.low == "to":
                after, head = toks[m + 1], toks[m - 1]
                if after.text == '"' and m + 2 < n:
                    after = toks[m + 2]  # 'instructed the coast guard to “do their utmost”'

                if m - 4 >= k and _age_apposition(toks, m - 1):
                    head = toks[m - 4]  # "Mohd Faizal Hashim, 41, to pay"
                return after.is_word and not after.cap and after.low not in DETERMINERS \
                    and after.low not in STOPWORDS and not after.text[0].isdigit() \
                    and not after.low.endswith(("ing", "'s")) and self._addressable(head)
            if tok.text in "()'’-&" or _age_apposition(toks, m) or tok.is_word and tok.low not in _BE and tok.low not in _FINITE \
                    and tok.low not in ("that", "who", "which", "not", "and", "or", "but") \
                    and (tok.low,) not in self.cues.forms:
                continue
            if tok.low == "and" and m + 1 < n and toks[m + 1].is_word and not toks[m + 1].cap \
                    and toks[m + 1].low not in _BE and toks[m + 1].low not in _FINITE \
                    and (toks[m + 1].low,) not in self.cues.forms and not toks[m + 1].low.endswith("ed") \
                    and toks[m - 1].is_word and not toks[m - 1].cap:
                continue  # "all schools in the city and five surrounding districts to close"
            return False
        return False

    def _addressable(self, tok: Token) -> bool:
        """Whether a directive's object can be told to do something: a name, a pronoun or a
        noun for people or a body ("the State", "him", "fishermen", "all forces"), not "a
        series of shutdowns" (whose "to" says what for)."""
        low = tok.low
        single = low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") \
            and not low.endswith("ss") else low  # ("ministries", "bodies", "agencies")
        return tok.cap or tok.text == ")" or low in ("him", "her", "them", "us", "me", "you", "public",
                                                     "people", "everyone", "everybody") \
            or single in ("body", "institution") \
            or single in _ESTABLISHMENTS or low in _ESTABLISHMENTS \
            or self.registry.by_head(low, plural=True) is not None or is_profession(low) \
            or low in self.cues.names["group_heads"] or low in self.institutions \
            or single in self.institutions or single in self.cues.names["body_heads"] \
            or single in self.cues.names["place_bodies"] or single in self.cues.titles

    def _quoted_passive(self, unit: _Unit, attr: _Attribution, be: int) -> _Attribution | None:
        toks, cue = unit.tokens, attr.cue
        lo = self._clause_start(unit, cue.i)
        span = self._subject_back(toks, be, lo)
        head = span[0] if span else 0
        apposition: Sequence[Token] = ()
        if span is None and be - 1 > lo and toks[be - 1].text == ",":
            # "The head of the cooperative, Takeshi Onodera, was quoted by ... as saying"
            chain = self._comma_chain(toks, be - 1, lo)
            if chain:
                span, apposition, head = chain
        if span is None:
            return None
        attr.subject, attr.head = span, head
        attr.speakers = self._speakers(unit, *span, apposition=apposition)
        k = cue.j
        via = None
        if k < len(toks) and toks[k].low == "by":
            via_span = self._chunk_fwd(toks, k + 1, len(toks))
            if via_span:
                via, k = self._one(unit, via_span), via_span[1]
        when = next((m for m in range(k, min(len(toks) - 1, k + 4)) if toks[m].low == "as"), None)
        if when is not None and when > k and toks[when + 1].low in _SAY_PARTICIPLES and all(
                t.low in self.cues.adjuncts or t.low in _TIME_WORDS for t in toks[k:when]):
            k = when  # "was quoted by the Daily Observer last month as saying"
        if k + 1 < len(toks) and toks[k].low == "as" and toks[k + 1].low in _SAY_PARTICIPLES:
            k += 2
        if k < len(toks) and toks[k].low == "by":
            via_span = self._chunk_fwd(toks, k + 1, len(toks))
            if via_span:
                via, k = self._one(unit, via_span), via_span[1]
        attr.via = via
        if via is not None:
            self.ctx.remember(toks[cue.i].start, via)
        if not attr.speakers:
            return None
        return attr if self._words_after(unit, attr, k) else None

    def _citing(self, unit: _Unit, attr: _Attribution, span, previous, channel) -> _Attribution | None:
        """"..., Yonhap reported, citing a government source": the cited source speaks, the
        reporter is the channel."""
        speakers = self._speakers(unit, *span)
        if not speakers:
            return None
        if previous:
            target = previous[-1]
            target.via, target.speakers, target.subject = channel, speakers, span
            return None
        attr.speakers, attr.subject = speakers, span
        toks = unit.tokens
        before = attr.cue.i - 1
        after = next((m for m in range(span[1], min(len(toks), span[1] + 8))
                      if toks[m].text in ",;:.\""), len(toks))
        if before >= 0 and toks[before].text == "," and after + 1 < len(toks) \
                and toks[after].text == "," and any(self._verb_at(toks, m) for m in range(
                    after + 1, min(len(toks), after + 4))):
            self.aside_citing = (speakers, span, attr.cue.i)  # "X, citing Y, reported that"
            return None
        if before >= 0 and toks[before].text == ",":
            attr.mode = "trailing"
            attr.contents = [(self._trailing_start(unit, attr.cue.i), before)]
            attr.tail = span[1]
            return attr
        return None

    def _verb_at(self, toks: list[Token], m: int) -> bool:
        """Whether a finite reporting verb is written at token ``m``."""
        low = toks[m].low
        verb = self.cues.forms.get((low,))
        return verb is not None and not low.endswith("ing")

    # ------------------------------------------------------------------ reported words

    def _words_of(self, unit: _Unit, attr: _Attribution) -> bool:
        """Decide how the words follow a reporting verb and set ``contents`` and ``mode``."""
        toks, cue = unit.tokens, attr.cue
        k = cue.j
        if attr.subject and attr.subject[0] >= cue.j:  # inverted: "said X, ..."
            k = attr.subject[1]
        if cue.verb and cue.verb.addressee:
            addressee = self._quoted_addressee(unit, k) or self._chunk_fwd(toks, k, len(toks))
            if addressee:
                self._addressee_channel(unit, attr, addressee)
                k = addressee[1]
        return self._words_after(unit, attr, k)

    def _quoted_addressee(self, unit: _Unit, k: int) -> tuple[int, int] | None:
        """'told the „Presse“', 'told "Kommersant"': a paper's name in quotation marks."""
        toks = unit.tokens
        m = k + (k < len(toks) and toks[k].low == "the")
        if m >= len(toks) or toks[m].text != '"' or toks[m].start not in unit.opens:
            return None
        close = next((c for c in range(m + 1, min(len(toks), m + 6)) if toks[c].text == '"'), None)
        if close is None or close == m + 1 or toks[close].start not in unit.closes \
                or not all(t.cap and t.is_word for t in toks[m + 1:close]):
            return None
        return k, close + 1

    def _words_after(self, unit: _Unit, attr: _Attribution, k: int) -> bool:
        toks, cue = unit.tokens, attr.cue
        n = len(toks)
        start_k = k
        via = attr.via  # (set by "X quoted Y as saying" before the words)
        if cue.lemma.endswith(" that") and not self._after_quote(unit, attr):
            return self._leading(attr, start_k, n)  # "considered that A": the clause is A
        k = self._skip_adjuncts(unit, attr, k)
        nxt = toks[k] if k < n else None
        needs_that = bool(cue.verb and cue.verb.needs_that)
        if needs_that and cue.verb.addressee and start_k + 1 < n and toks[start_k].low == "to" \
                and self._judged_words(unit, start_k + 1):
            return self._leading(attr, start_k, n)  # 'reminded officials to "serve the people"'
        if cue.verb and cue.verb.directive and not self._after_quote(unit, attr) \
                and self._object_then_to(toks, start_k, n):
            return self._leading(attr, start_k, n)  # "directed KCCA to file its defence"
        if cue.verb and cue.verb.quotes_only:  # '"Why now?" asked Choe', 'Kim asked: "..."'
            return self._quoted_words(unit, attr, k)
        if start_k < n and toks[start_k].low in self.scare_words:
            return False  # 'announced so-called "reciprocal" tariffs': a noun, no report
        if cue.lemma in ("deny", "report", "admit") and start_k < n \
                and toks[start_k].low.endswith("ing") and toks[start_k].is_word \
                and not toks[start_k].cap and toks[start_k].low not in _NOT_GERUNDS \
                and not self._after_quote(unit, attr):
            return False  # "Moscow has denied supplying oil", "reported being followed": a
            # gerund object, no reported clause
        if cue.lemma == "express" and (that := next((m for m in range(start_k + 1, min(n, start_k + 4))
                                                    if toks[m].low == "that"), None)) is not None \
                and toks[that - 1].low in _HELD_THAT and that + 1 < n \
                and all(t.is_word and not t.cap for t in toks[start_k:that]):
            return self._leading(attr, that + 1, n)  # "expressed the hope that A": A
        if cue.lemma == "express" and (feeling := next((m for m in range(start_k, min(n, start_k + 4))
                                                       if toks[m].low in _FEELINGS), None)) is not None \
                and all(t.is_word and not t.cap for t in toks[start_k:feeling]) \
                and feeling + 1 < n and toks[feeling + 1].low in ("over", "about", "at", "for", "with", "to") \
                and not any(toks[start_k].start <= q.open < toks[feeling + 1].start
                            for q in unit.quotations) \
                and not self._after_quote(unit, attr):
            return False  # "expressed deep concern over the launches": a feeling about a
            # noun, no words reported (but "expressed concern that ...")
        if cue.lemma == "believe" and not self._after_quote(unit, attr) and (
                start_k >= n or toks[start_k].low in ("in", "so", "otherwise")
                or start_k + 1 < n and not toks[start_k + 1].is_word):
            return False  # "believes in dialogue", "Ruiz believes it.": no view reported (but
            # "believes (that) the talks will fail")
        if cue.lemma == "believe" and attr.subject is not None and attr.speakers \
                and attr.subject[1] == cue.i and all(sp.generic for sp in attr.speakers) and len([
                    t for t in toks[attr.subject[0]:attr.subject[1]]
                    if t.low not in _QUANTIFIERS and t.low not in DETERMINERS]) <= 2:
            return False  # "Some experts believe ...", "Many analysts believe ...": a hedge
            # of the writer's, no source (but "Experts interviewed by Izvestia believe that")
        if cue.lemma == "call" and k + 1 < n and toks[k].low in ("them", "it", "him", "her", "this") \
                and toks[k + 1].is_word and not any(q.open > toks[k].start for q in unit.quotations) \
                and not self._after_quote(unit, attr):
            return False  # "Japan calls them the Northern Territories": a name, no words
        if cue.lemma == "claim" and k < n and not self._after_quote(unit, attr) and (
                toks[k].low in _TERRITORY_WORDS or any(
                    t.low == "as" for t in toks[k:min(n, k + 8)]) and not any(
                    t.low in _BE or t.low in _FINITE for t in toks[k:min(n, k + 8)])):
            return False  # "Beijing claims self-governed Taiwan as part of its territory",
            # "China claims almost the entire South China Sea": land, not words
        if start_k < n and toks[start_k].low in ("this", "so") and (
                start_k + 1 == n or not toks[start_k + 1].is_word
                or toks[start_k + 1].low in _AFTER_THIS or toks[start_k + 1].low.endswith("ing")
                and not toks[start_k + 1].cap and toks[start_k + 1].low not in _NOT_GERUNDS) \
                and not self._after_quote(unit, attr):
            return False  # "He said this while talking to reporters", "She said so": no words
            # ("She said so addressing a media briefing"; but "said this morning that ...")
        if cue.lemma == "appeal" and not self._after_quote(unit, attr) \
                and not self._judged_words(unit, start_k):
            return False  # "a sentence he has appealed", "appealed for calm": no words
        if cue.lemma == "accuse" and start_k < n and toks[start_k].low == "of":
            return False  # "companies accused of feeding components": accused, not accusing
        if cue.lemma in ("warn", "caution") and start_k < n and toks[start_k].low in ("of", "about", "against") \
                and not any(t.start in unit.opens for t in toks[start_k:]) and not self._after_quote(unit, attr):
            return False  # "Health officials warned of outbreaks": a topic, no words
        if cue.lemma == "insist" and start_k + 1 < n and toks[start_k].low == "on" \
                and toks[start_k + 1].low not in _WEEKDAYS and self._that_ahead(toks, start_k) is None \
                and not any(t.start in unit.opens for t in toks[start_k:next(
                    (m for m in range(start_k, n) if toks[m].text in ",;:"), n)]) \
                and not self._after_quote(unit, attr):
            return False  # "She insisted on economic security": what she stood for, no words
        if nxt is not None and nxt.low == "that" and not (
                k + 1 < n and toks[k + 1].low in _DAY_PARTS and (k + 2 == n or toks[k + 2].text in ",.;")):
            return self._leading(attr, k + 1, n)  # (not "announced that evening.")
        if nxt is not None and nxt.low == "that":
            k += 2
            nxt = toks[k] if k < n else None
        if start_k < n and toks[start_k].low in ("in", "on", "at", "during", "after", "before",
                                                 "via", "through") and not self._after_quote(unit, attr):
            # "said in a note to clients that ...": the words after "that"
            for m in range(start_k + 1, min(n - 1, start_k + 12)):
                tok = toks[m]
                if tok.low == "that" and toks[m + 1].low not in _BE and toks[m + 1].low not in _FINITE:
                    return self._leading(attr, m + 1, n)
                if not tok.is_word or (tok.low,) in self.cues.forms and toks[m - 1].low not in DETERMINERS:
                    break
        if cue.verb and cue.verb.that_only and not self._after_quote(unit, attr) \
                and not (nxt is not None and nxt.text == ":"):
            return False  # "held talks", "-- Zhao Leji held talks": no "that", no report
        if nxt is not None and nxt.low in ("as", "while", "when") and k == start_k and not (
                k + 1 < n and toks[k + 1].low in _AS_QUANTITY) and cue.lemma not in _LABELLING - {"call"}:
            # "said as he toured the site that ...": the time, then the words
            that = next((m for m in range(k + 1, n) if toks[m].low == "that"
                         or toks[m].text in ",;:\""), None)
            if that is not None and toks[that].low == "that":
                return self._leading(attr, that + 1, n)
            if self._after_quote(unit, attr) or self._final_position(unit, attr):
                return self._trailing(unit, attr, k)
            return False
        if self._after_quote(unit, attr) and (nxt is None or nxt.text not in ':"') and not (
                cue.participle and nxt is not None and nxt.is_word and self.done):
            # '"...," Trump told reporters before leaving'; but 'called the plan "reckless",
            # saying the barrier was late': the participle's words follow it
            return self._trailing(unit, attr, k)
        if self._final_position(unit, attr) and self._that_ahead(toks, k) is None and (
                nxt is None or toks[start_k].low in _PREPOSITIONS
                or toks[start_k].low in self.cues.adjuncts and toks[start_k].cap):
            # ("..., Lavrov said Monday after talks in Moscow with ...")
            return self._trailing(unit, attr, k)  # "..., the JCS said in a text message sent to"
        according = next((m for m in range(start_k, min(n - 3, start_k + 16))
                          if toks[m].text in ",.;:\"“”" or (toks[m].low,) in self.cues.forms), None)
        if according is not None and toks[according].text == "," and toks[according + 1].low == "according" \
                and toks[according + 2].low == "to" and not self._after_quote(unit, attr):
            # 'Choe said at a banquet for the delegation, according to KCNA: "..."': the words
            # after the colon, carried by KCNA
            span = self._chunk_fwd(toks, according + 3, n)
            if span is not None and span[1] < n and toks[span[1]].text == ":":
                attr.via = attr.via or self._one(unit, span)
                k, nxt = span[1], toks[span[1]]
        if nxt is not None and nxt.text == ":":
            attr.mode = "colon" if k + 1 >= n else "leading"
            attr.contents = [(k + 1, n)] if k + 1 < n else []
            attr.tail = k + 1
            return True
        if nxt is not None and nxt.text == '"' and nxt.start in unit.opens:
            j = k
            if k + 1 < n and toks[k + 1].is_word and toks[k + 1].text[0].islower() \
                    and toks[k + 1].low not in self.cues.adjuncts:
                # 'said Washington "stands with our ally"': the clause's subject, then a
                # quoted predicate (a partial quotation, not the words in full)
                while j > start_k and (toks[j - 1].cap and toks[j - 1].low not in self.cues.adjuncts
                                       or j - 1 > start_k and toks[j - 1].low == "the"
                                       and toks[j].cap):
                    j -= 1
            return not needs_that and self._leading(attr, j, n)
        if nxt is not None and nxt.text == "," and k + 1 < n and toks[k + 1].start in unit.opens:
            if self._after_quote(unit, attr):  # '"A," he said, "B."'
                return self._trailing(unit, attr, k)
            return not needs_that and self._leading(attr, k + 1, n)
        that = self._that_ahead(toks, k) if self._is_addressed(attr) else None
        if that is None and nxt is not None and nxt.text == ",":
            that = self._that_after_aside(toks, k)
        if that is not None:
            return self._leading(attr, that + 1, n)
        if nxt is not None and nxt.text == "," and cue.i and toks[cue.i - 1].low in ("who", "which") \
                and not self._after_quote(unit, attr):
            return False  # "Dr X, who disclosed this at a briefing, said ...": no words of its own
        if nxt is None or nxt.text in _TRAILING_ENDS or nxt.text == "," or (
                nxt.text == '"' and nxt.start in unit.closes):
            return self._trailing(unit, attr, k)
        if needs_that:
            return False
        if cue.verb and cue.verb.addressee:
            while k > start_k and toks[k - 1].low in DETERMINERS:
                k -= 1  # "told the BBC the strike was illegal": the words start at "the"
            if k - 2 >= start_k and k < n and toks[k - 2].low in ("the", "a", "an") \
                    and (toks[k].low in _BE or toks[k].low in _FINITE) and (toks[k - 3].cap or k - 2 == start_k):
                k -= 2  # "told Radio Tamazuj the agency had prepositioned food", "told Variety
                # the Senate would hold hearings": the clause's subject is in the words
            return self._leading(attr, k, n)
        if k > start_k and toks[start_k].low in ("on", "in", "at", "during", "late", "early",
                                                 "last", "this", *_WEEKDAYS):
            j = k  # "said on Thursday the swimmer had ...": the words start at "the"
            while j > start_k + 1 and toks[j - 1].low in DETERMINERS:
                j -= 1
            first = toks[j] if j < n else None
            if j > start_k + 1 and first is not None and (
                    first.low in DETERMINERS or first.low in _PLURAL_PRONOUNS
                    or first.low in ("he", "she", "it")) and (toks[j - 1].cap or toks[j - 1].text[0].isdigit()):
                return self._leading(attr, j, n)
        if all(not t.is_word or t.low.endswith("ly") for t in toks[start_k:n]):
            return False  # "North Korea responded sharply.": no words reported
        if cue.verb and cue.verb.evaluative and not self._judged_words(unit, start_k):
            if cue.lemma in ("dismiss", "label"):
                return False  # "had dismissed 63 staff", "branded goods": no report at all
            attr.mode, attr.contents, attr.tail = "leading", [], start_k
            return True  # "condemned the launches, saying ...": the object is no report
        # "said via Telegram the ...": the words start after the channel ("quoted Ali as
        # saying the attacks ..." has its channel before them)
        return self._leading(attr, start_k if attr.via is via else k, n)

    def _names_a_title(self, unit: _Unit, opening: int) -> bool:
        """Whether the quotation opening at ``opening`` is a title, slogan or name."""
        return any(q.open == opening and self._not_a_quote(unit, q) for q in unit.quotations)

    def _judged_words(self, unit: _Unit, k: int) -> bool:
        """Whether the object of an evaluative verb carries words: a quotation or an "as"
        or "for" before the clause ends ('slammed the plan as "reckless"', "praised it as a model",
        "criticized the party for stalling the bill")."""
        toks = unit.tokens
        m = k - 1
        while m + 1 < len(toks):
            m += 1
            if toks[m].text == "," and m + 1 < len(toks) and toks[m + 1].low in ("who", "which"):
                # "described the rescue crews, who reached the family by boat, as ..."
                close = next((c for c in range(m + 2, len(toks)) if toks[c].text in ",;:"), None)
                if close is not None and toks[close].text == ",":
                    m = close
                    continue
            if toks[m].text in ",;:" or self._verb_at(toks, m):
                return False
            if toks[m].start in unit.opens and not self._names_a_title(unit, toks[m].start) \
                    or toks[m].low == "as":
                return True
            if toks[m].low == "that" and m > k and toks[m - 1].low in _STANCE_NOUNS:
                return True  # "expressed concern that ..."
            if toks[m].low == "for" and m + 1 < len(toks) and (
                    toks[m + 1].low.endswith("ing") or toks[m + 1].low in _POSSESSIVES):
                return True  # "criticized the council for delaying", "praised them for their"
        return False

    def _quoted_words(self, unit: _Unit, attr: _Attribution, k: int) -> bool:
        """For verbs that only report quotations: the quotation before or after them."""
        toks, n = unit.tokens, len(unit.tokens)
        if self._after_quote(unit, attr):
            return self._trailing(unit, attr, k)
        colon = next((m for m in range(k, min(n, k + 4)) if toks[m].text in ",:;\""), None)
        if colon is not None and toks[colon].text == ":" and all(
                toks[m].is_word and not toks[m].cap for m in range(k, colon)):
            k = colon  # "put it this way: "...""
        m = k + 1 if k < n and toks[k].text in ",:" else k
        if m == k == attr.cue.j + 1 < n and attr.cue.lemma == "speak of" \
                and toks[k - 1].low in ("a", "an", "the") and toks[k].start in unit.opens:
            return self._leading(attr, k, n)  # 'spoke of a „typical black network“'
        if m == k and k > attr.cue.j:
            return False  # 'if it continued its "dangerous game"': words between, no mark
        if m < n and toks[m].start in unit.opens:
            return self._leading(attr, m, n)
        return False

    def _final_position(self, unit: _Unit, attr: _Attribution) -> bool:
        """The attribution closes the sentence: its subject follows a comma ("CLAUSE, X said")."""
        if attr.cue.participle or attr.subject is None or attr.subject[0] > attr.cue.i:
            return False
        if attr.cue.i and unit.tokens[attr.cue.i - 1].low in ("who", "which"):
            return False  # "The Regional Director, Dr X, who disclosed this ..., said"
        head = min(attr.head, attr.cue.i)
        return head > 0 and unit.tokens[head - 1].text == "," and not self._adjunct_segment(
            unit.tokens[self._clause_start(unit, head):head - 1])

    def _after_quote(self, unit: _Unit, attr: _Attribution) -> bool:
        """The attribution comes right after a closing quotation mark."""
        head = min(attr.head, attr.cue.i)
        toks = unit.tokens
        if toks[head].low in _COORDINATORS:  # '... was "not ideal" but said the town ...'
            return False
        for m in range(head - 1, max(-1, head - 8), -1):
            if toks[m].text == '"' and toks[m].start in unit.closes:
                return True
            if toks[m].text == "," and m >= head - 2 or toks[m].low == "as" and m == head - 1 \
                    or toks[m].text == "-" and m == head - 1:
                continue  # '"...," Kim said', '"...," as Kim put it', '“...” — said Ruiz'
            if toks[m].low in ("of", "the"):
                continue  # '"...," the chairman of the senate Ján Lukáč said when ...'
            # '"...," FNSEA vice-president Luc Marchetti told': titles before the subject
            if not (toks[m].is_word and (toks[m].low in self.cues.titles or toks[m].cap or
                                         self._np_word(toks[m]) and toks[m].low not in DETERMINERS)):
                return False
        return False

    def _is_addressed(self, attr: _Attribution) -> bool:
        return bool(attr.cue.verb and attr.cue.verb.addressee)

    def _leading(self, attr: _Attribution, start: int, end: int) -> bool:
        attr.mode = "leading"
        attr.contents = [(start, end)]
        attr.tail = start
        return True

    def _trailing(self, unit: _Unit, attr: _Attribution, k: int) -> bool:
        toks = unit.tokens
        head = attr.head if attr.head <= attr.cue.i else attr.cue.i
        if head > 0 and (toks[head - 1].low in _WH_WORDS or toks[head - 1].low == "which"):
            # "He did not say how Wang responded.": an embedded question; "the Senkaku
            # Islands, which China calls the Diaoyu": a relative clause, not an attribution
            return False
        if head > 1 and toks[head - 1].low == "that" and (toks[head - 2].low in _COORDINATORS or
                                                          toks[head - 2].text == ","):
            return False  # "X said A, and that students had suggested a name.": inside X's words
        before = head - 2 if head > 1 and toks[head - 1].low == "that" else head - 1
        if before >= 0 and (toks[before].low,) in self.cues.forms and not self._after_quote(unit, attr):
            return False  # "Reed said residents had complained for months": inside Reed's words
        if head >= 2 and toks[head - 1].text == "," and not self._after_quote(unit, attr):
            first = self._trailing_start(unit, head)
            if self._chunk_fwd(toks, first, head - 1) == (first, head - 1) or (
                    head - 1 - first <= 6 and toks[first].low in _QUANTIFIERS
                    and toks[first + 1].low == "of" and all(
                        t.is_word and t.low not in _BE and t.low not in _FINITE
                        for t in toks[first:head - 1])):
                return False  # "One of the victims, a widow, said ...": a noun phrase before
                # the speaker is the subject, not words reported
        attr.mode = "trailing"
        attr.tail = k
        end = head
        while end > 0 and toks[end - 1].text in (",", "-", "--"):
            end -= 1
        start = self._trailing_start(unit, head)
        attr.contents = [(start, end)] if end > start else []
        after = k + 1 if k < len(toks) and toks[k].text == "," else None
        if after is not None and after + 1 < len(toks) and attr.contents and all(
                t.low in _DISCOURSE_ADVERBS or t.text == "," for t in toks[start:end]):
            attr.contents = [(after, len(toks))]  # "However, he said, further sanctions would
            return True  # ...": the words follow the attribution
        if after is not None and after < len(toks) and toks[after].start in unit.opens:
            attr.contents.append((after, len(toks)))  # '"A," he said, "B."'
        elif after is not None and after < len(toks) and toks[after].low in _PREDICATE_OPENERS \
                and attr.contents and toks[start].low not in _WH_WORDS \
                and not any(t.start in unit.opens for t in toks[start:end]):
            # "The new law, she said, would be "a disaster"": the attribution sits between the
            # subject of her words and their predicate; the words are the whole sentence
            attr.contents = [(start, len(toks))]
        return True

    def _trailing_start(self, unit: _Unit, head: int) -> int:
        start = _dateline_end(unit.tokens)  # not "ERBIL, Kurdistan Region - ..., X said"
        if start >= head:
            start = 0
        for other in self.done:
            if other.mode == "trailing" and other.tail <= head and other.cue.i < head:
                start = max(start, other.tail + (1 if other.tail < len(unit.tokens)
                                                  and unit.tokens[other.tail].text == "," else 0))
        return start

    def _skip_adjuncts(self, unit: _Unit, attr: _Attribution, k: int) -> int:
        """Skip "on Friday", "in a statement carried by KCNA", "without specifying"; a channel
        found on the way becomes the attribution's ``via``."""
        toks, n = unit.tokens, len(unit.tokens)
        start = k
        k = self._skip_adjunct_words(unit, attr, k)
        for m in range(start, k):  # "said in a statement ...": "the statement" later is theirs
            if toks[m].low in self.cues.documents and m and toks[m - 1].low in ("a", "an"):
                self.documents[toks[m].low] = (list(attr.speakers), attr.via)
        return k

    def _skip_adjunct_words(self, unit: _Unit, attr: _Attribution, k: int) -> int:
        toks, n = unit.tokens, len(unit.tokens)
        while k < n:
            tok = toks[k]
            two = f"{tok.low} {toks[k + 1].low}" if k + 1 < n else ""
            if two in self.cues.channels or (tok.low == "via" and "via" in self.cues.channels):
                start = k + (2 if two in self.cues.channels else 1)
                span = self._chunk_fwd(toks, start, n)
                if span:
                    attr.via = attr.via or self._one(unit, span)
                    if attr.via is not None:
                        self.ctx.remember(tok.start, attr.via)
                    k = span[1]
                    continue
            if tok.text == '"':
                break
            if tok.low == "in" and k + 2 < n and toks[k + 1].low in _POSSESSIVES:
                doc = next((m for m in range(k + 2, min(n, k + 5)) if toks[m].low in self.cues.documents), None)
                if doc is not None and all(t.is_word and not t.cap for t in toks[k + 2:doc]):
                    k = doc + 1  # "said in its second report that"
                    if k + 2 < n and toks[k].text == "," and toks[k + 1].low in _DOCUMENT_PARTICIPLES:
                        close = next((m for m in range(k + 2, min(n, k + 10)) if toks[m].text == ","), None)
                        if close is not None and all(t.is_word for t in toks[k + 2:close]):
                            k = close + 1  # ", published on Wednesday,"
                    continue
            if tok.low in ("at", "near", "outside", "inside", "during") and k + 2 < n \
                    and toks[k + 1].low in ("a", "an", "the") and toks[k + 2].is_word \
                    and self._after_quote(unit, attr):
                # "told FRANCE 24 at a roadblock near Beauvais": the place, whatever its noun
                m = k + 2
                while m < n and toks[m].is_word and toks[m].low not in DETERMINERS \
                        and toks[m].low not in STOPWORDS and toks[m].low not in _BE \
                        and toks[m].low not in _FINITE and toks[m].low != "that":
                    m += 1
                k = m
                continue
            if tok.low in _DOCUMENT_PARTICIPLES and k and toks[k - 1].low in self.cues.documents:
                # "said in a statement read to the court by the Crown Advocate that": how the
                # document was delivered, then the words
                m = k + 1
                while m + 1 < n and toks[m].low in ("to", "by", "on", "at", "in", "before"):
                    r = m + 1  # the phrase: its words up to "that", a comma or the next one
                    while r < n and r - m <= 6 and toks[r].is_word and toks[r].low != "that" \
                            and toks[r].low not in _BE and toks[r].low not in _FINITE and (
                                toks[r].low in DETERMINERS or toks[r].low not in STOPWORDS):
                        r += 1
                    if r == m + 1:
                        break
                    m = r
                k = m
                continue
            if k == attr.cue.j and tok.low == "the" and self._listed_subject(toks, k):
                break  # "said the Wa, Nadowli and Lambussie districts accounted for ..."
            adjunct = tok.low in self.cues.adjuncts or tok.text[0].isdigit() or tok.text in "()-"
            name = tok.cap and not (k == attr.cue.j and self._starts_clause(toks, k))
            if not (adjunct or name):
                break
            k += 1
        return k

    def _starts_clause(self, toks: list[Token], k: int) -> bool:
        """A capitalised word right after "said" that begins the reported clause ("said China
        would ...") rather than an adjunct ("said Friday")."""
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if self._apposed_subject(toks, k):
            return True
        if nxt is not None and nxt.text == ",":
            return self._listed_subject(toks, k)
        return nxt is not None and nxt.is_word and not nxt.cap and nxt.low not in self.cues.adjuncts

    def _apposed_subject(self, toks: list[Token], k: int) -> bool:
        """"said Suicide Basin, a side basin of the glacier, held ...", "said Neymar, 34, had
        played": a name set off by an apposition, then the verb of the reported clause."""
        n = len(toks)
        r = k
        while r < n and (toks[r].cap or toks[r].text in _NAME_PARTICLES and r > k):
            r += 1
        if r == k or r + 2 >= n or toks[r].text != "," or toks[r - 1].low in self.cues.adjuncts or not (
                toks[r + 1].low in ("a", "an", "the", "which", "who") or toks[r + 1].text.isdigit()):
            # ("said Beijing, which buys most of the coal, had been uneasy")
            return False
        for m in range(r + 2, min(n - 1, r + 30)):
            tok = toks[m]
            if tok.text in _STOPS_APPOSITION:
                return False
            if tok.text == ",":
                after = toks[m + 1]
                return after.is_word and after.text.isalpha() and not after.cap \
                    and after.low not in STOPWORDS and after.low not in DETERMINERS \
                    and after.low not in _SAY_PARTICIPLES and not after.low.endswith("ing") \
                    and after.low not in self.cues.adjuncts and not (
                        (verb := self.cues.forms.get((after.low,))) and not verb.that_only)
        return False

    def _listed_subject(self, toks: list[Token], k: int) -> bool:
        """"said China, Russia and Iran had agreed": names listed with commas and a last
        "and", then a lower-case word, open the reported clause."""
        commas = joined = 0
        for m in range(k, min(len(toks), k + 20)):
            tok = toks[m]
            if tok.text == ",":
                commas += 1
            elif tok.low == "and" and m > k and toks[m - 1].is_word:
                joined += 1
            elif tok.cap or tok.low in ("the", "of") or tok.text == "-":
                continue
            else:
                return tok.is_word and joined == 1 and commas >= 1 and toks[m - 1].is_word \
                    and tok.low not in self.cues.adjuncts and tok.low != "that"
        return False

    def _that_ahead(self, toks: list[Token], k: int) -> int | None:
        """The "that" of "told Choe, a member of ..., that": before any other cue."""
        for m in range(k, min(len(toks), k + 45)):
            low = toks[m].low
            if low == "that":
                return m
            if toks[m].text in ".;:\"" or (low,) in self.cues.forms or low == "according":
                return None
        return None

    def _that_after_aside(self, toks: list[Token], k: int) -> int | None:
        """"reported, citing a government source, that ...": the "that" after an aside."""
        for m in range(k + 1, min(len(toks) - 1, k + 16)):
            if toks[m].text in ".;:\"":
                return None
            if toks[m].text == ",":
                return m + 1 if toks[m + 1].low == "that" else None
        return None

    def _addressee_channel(self, unit: _Unit, attr: _Attribution, span) -> None:
        """"told Yonhap": another outlet that carried the words is their channel."""
        tokens = [t for t in unit.tokens[span[0]:span[1]] if t.text != '"']
        if not any(t.cap for t in tokens):
            return
        words = [t for t in tokens if t.low != "the"]
        k = 0
        while k < len(words) and not words[k].cap and words[k].low in _MEDIA_NOUNS:
            k += 1
        name = words[k:]
        src = self.registry.lookup(_join_tokens(tokens), outlets_only=False) or (
            self.registry.lookup(_join_tokens(name), outlets_only=False) if name else None)
        if src is not None:
            # "told Yonhap", "told Bernama", "told state news agency ANTARA" (not in the
            # outlet's own copy)
            channel = Speaker.from_source(src)
            if (src.outlet_type or src.source_type in ("news-media", "state-media")) \
                    and not self._own_outlet(channel):
                attr.via = channel
            return
        quoted = any(t.text == '"' for t in unit.tokens[span[0]:span[1]])
        if (k or quoted) and name and all(t.cap or t.text in _NAME_PARTICLES for t in name):
            # "told the newspaper Folha de S.Paulo", 'told the „Kurier“': a paper the
            # registry does not know
            channel = Speaker(_join_tokens(name), "news-media", None, "organisation")
            if not self._own_outlet(channel):
                attr.via = channel

    # ------------------------------------------------------------------ linking

    def _link(self, unit: _Unit, attributions: list[_Attribution]) -> list[_Attribution]:
        """Deferred speakers, content ends, nesting (the outer speaker becomes the channel) and
        "according to <media>" as the channel of the other attributions."""
        live = [a for a in attributions if a.speakers or a.deferred]
        for index, attr in enumerate(live):
            if attr.deferred:
                later = [b for b in live[index + 1:] if b.speakers]
                if not later:
                    attr.speakers = []
                    continue
                attr.speakers = list(later[0].speakers)
                attr.subject, attr.via = later[0].subject, later[0].via
        live = [a for a in live if a.speakers]
        self._cut_contents(unit, live)
        self._nest(unit, live)
        self._channels(live)
        opening = self._opening_channel(unit)
        for attr in live:
            if attr.via is None and opening is not None and opening.name not in {
                    s.name for s in attr.speakers}:
                attr.via = opening
        return [a for a in live if not a.channel_only]

    def _opening_channel(self, unit: _Unit) -> Speaker | None:
        """"In a statement carried by KCNA, Kim said ...": the channel named in an adjunct
        that opens the sentence."""
        toks = unit.tokens
        if not toks or toks[0].low not in STOPWORDS:
            return None
        segments = _segments(toks, 0, len(toks))
        if len(segments) < 2:
            return None
        a, b = segments[0]
        for m in range(a, b - 1):
            two = f"{toks[m].low} {toks[m + 1].low}"
            if two in self.cues.channels:
                span = self._chunk_fwd(toks, m + 2, b)
                return self._one(unit, span) if span else None
        return None

    def _cut_contents(self, unit: _Unit, live: list[_Attribution]) -> None:
        toks = unit.tokens
        cuts = sorted(({self._cut_before(toks, a) for a in live} | {
            m for m in range(len(toks) - 2) if toks[m].text == "," and toks[m + 1].low == "even"
            and toks[m + 2].low in ("as", "though")}) - {None})
        # (", even as the VPP staged a walkout": the writer's clause, not the speaker's)
        for attr in live:
            if attr.mode == "trailing":
                continue
            new = []
            for a, b in attr.contents:
                end = min([c for c in cuts if a < c <= b] or [b])
                end = min([m for m in range(a, end) if toks[m].text == ";"] or [end])
                new.append((a, end))
            attr.contents = new

    def _cut_before(self, toks: list[Token], attr: _Attribution) -> int | None:
        """The comma that opens an attribution's own clause (", adding", ", the KCNA said",
        ", according to", "..., Zhao said that"), where the words before it stop."""
        head = min(attr.head, attr.cue.i)
        if attr.cue.participle and attr.subject and attr.subject[0] < attr.cue.i \
                and attr.head == attr.cue.i:
            head = attr.cue.i
        k = head - 1
        if k >= 0 and toks[k].text == ",":
            return k
        if k >= 1 and toks[k].low in ("though", "although", "whereas", "while", "but") \
                and toks[k - 1].text == ",":  # "..., though the IAEA says ..."
            return k - 1
        if k >= 0 and toks[k].text == '"' and attr.mode == "trailing":
            return head
        return None

    def _nest(self, unit: _Unit, live: list[_Attribution]) -> None:
        """An attribution inside the words of another ("Xinhua reported that Zhao told Kim
        that ...") has the outer speaker as its channel."""
        retold = []
        officials = self.registry.by_head("officials", plural=True)
        for inner in live:
            containers = [a for a in live if a is not inner
                          and any(s <= inner.cue.i < e for s, e in a.contents)
                          and not any(s <= a.cue.i < e for s, e in inner.contents)]
            if not containers:
                continue
            inner.parent = min(containers, key=lambda a: sum(e - s for s, e in a.contents))
            outer = inner.parent.speakers[0]
            if inner.cue.i and unit.tokens[inner.cue.i - 1].low in _COORDINATORS \
                    and [x.name for x in inner.speakers] == [x.name for x in inner.parent.speakers]:
                if inner.cue.lemma == "recommend" and not (
                        inner.parent.cue.verb is not None and inner.parent.cue.verb.directive):
                    retold.append(inner)  # "said it had investigated ... and recommended that
                    continue  # charges be considered": one report
                continue  # "ordered all schools to close, and instructed agencies to ...": the
                # same speaker's second report, not one inside the first
            document = inner.subject is not None and \
                unit.tokens[inner.subject[1] - 1].low in self.cues.documents
            unquoted = not any(unit.tokens[a].start <= q < unit.tokens[b - 1].end
                               for a, b in inner.contents if b > a for q in unit.opens)
            directive = inner.cue.verb is not None and inner.cue.verb.directive and unquoted
            urged = inner.cue.lemma in ("urge", "ask", "press") and unquoted and any(
                t.low == "to" for t in unit.tokens[inner.cue.j:inner.cue.j + 6]) \
                and outer.source_type not in ("news-media", "state-media")
            # ("Two diplomats told ZEIT ONLINE that Xi had urged Kim to refrain from ...": what
            # the diplomats tell)
            if urged or inner.cue.role != "according" and (document or directive or all(
                    s.generic and s.source_type == "anonymous"
                    and (officials is None or s.name != officials.name) for s in inner.speakers)) \
                    and not outer.generic and outer.source_type not in ("news-media", "state-media"):
                # "Flaherty told the Globe that operators had reported "rough riding"": unnamed
                # people inside a named speaker's words are what the speaker tells (unnamed
                # officials speak for themselves: "..., while a spokesperson told Yonhap"), and
                # so is a document ("Dr Ruiz said the college's analysis suggested that ...") and
                # an instruction ("Ruiz said the board had asked the contractor to finish"; but
                # "Kang said Lee asked Wang to play a "constructive role"": Lee's words)
                retold.append(inner)
                continue
            if inner.via is None:
                inner.via = outer
        for inner in retold:
            live.remove(inner)

    def _channels(self, live: list[_Attribution]) -> None:
        for attr in live:
            if attr.cue.role != "according" or len(attr.speakers) != 1:
                continue
            source = attr.speakers[0]
            if source.source_type not in ("state-media", "news-media"):
                continue
            others = [a for a in live if a is not attr and a.cue.role != "according"
                      and a.parent is None]
            if not others:
                continue
            for other in others:
                if other.via is None:
                    other.via = source
            attr.channel_only = True

    # ------------------------------------------------------------------ rows

    def _rows(self, unit: _Unit, attributions: list[_Attribution]) -> list[_Found]:
        toks = unit.tokens
        found: list[_Found] = []
        quotations = [q for q in unit.quotations if not self._not_a_quote(unit, q)]
        assigned: dict[int, _Attribution] = {}
        for q in quotations:
            owner = self._owner(unit, q, attributions)
            if owner is not None:
                assigned[q.open] = owner
                owner.quotes.append(q)
        for attr in attributions:
            for q in attr.quotes:
                kind = "direct" if self._is_direct(unit, attr, q) else "partial"
                found += self._emit(unit, attr, q.start, q.end, kind)
            if attr.quotes:
                self._remember_quoted(unit, attr)
            own = self._own_clause(unit, attr, attributions)
            if attr.quotes and own is not None and attr.cue.lemma not in _LABELLING:
                # 'said the exercise was "not directed at anyone" and that the Typhon would
                # leave': a later that-clause with no quotation is reported speech of its own
                cuts = [m for m in _AND_THAT.finditer(self.text, own[0], own[1])
                        if m.start() - own[0] >= 12 and not self._in_quotation(m.start())]
                if cuts and not any(q.close >= own[0] and q.open < cuts[0].start()
                                    for q in attr.quotes):
                    # 'said A and that B "C"': the first clause, with no quotation, too
                    found += self._emit(unit, attr, own[0], cuts[0].start(), "indirect")
                for n, m in enumerate(cuts):
                    end = cuts[n + 1].start() if n + 1 < len(cuts) else own[1]
                    if not any(m.end() <= q.open < end for q in attr.quotes):
                        found += self._emit(unit, attr, m.end(), end, "indirect")
            if not attr.quotes and own is not None:
                # "said A, and that B": one row per that-clause
                start = own[0]
                for m in _AND_THAT.finditer(self.text, own[0], own[1]):
                    if m.start() - start >= 12:
                        found += self._emit(unit, attr, start, m.start(), "indirect")
                        start = m.end()
                found += self._emit(unit, attr, start, own[1], "indirect")
        for q in quotations:
            if q.open not in assigned:
                found += self._orphan(unit, q)
        colon = [a for a in attributions if a.mode == "colon"]
        self.pending_colon = colon[-1] if colon else None
        return found

    def _owner(self, unit: _Unit, q: Quotation, attributions: list[_Attribution]) -> _Attribution | None:
        toks = unit.tokens
        holders = []
        for attr in attributions:
            for a, b in attr.contents:
                if a < b and toks[a].start <= q.open and q.close < toks[b - 1].end:
                    holders.append((toks[b - 1].end - toks[a].start, attr))
        if not holders:
            return None
        return min(holders, key=lambda h: h[0])[1]

    def _is_direct(self, unit: _Unit, attr: _Attribution, q: Quotation) -> bool:
        toks = unit.tokens
        if attr.cue.lemma in _LABELLING or attr.cue.lemma == "accuse":  # 'accused X of "Y"'
            return False
        if attr.as_verb and (verb := self.cues.forms.get((attr.as_verb,))) is not None \
                and (verb.evaluative or verb.lemma in _LABELLING):
            return False  # 'quoted Kim as calling the summit a "gathering of maniacs"'

        for a, b in attr.contents:
            if not (a < b and toks[a].start <= q.open and q.close < toks[b - 1].end):
                continue
            outside = self.text[toks[a].start:q.open] + self.text[q.close + 1:toks[b - 1].end]
            return not re.sub(r"[\s\"',.:;!?\-]|\bthat\b", "", outside)
        return False

    def _own_clause(self, unit: _Unit, attr: _Attribution,
                    attributions: list[_Attribution]) -> tuple[int, int] | None:
        """The reported clause of an attribution, without the attributions nested in it."""
        toks = unit.tokens
        spans = []
        for a, b in attr.contents:
            nested = [c for c in attributions if c.parent is attr and (
                c.contents or c.quotes or not c.cue.participle and not (
                    c.cue.verb and c.cue.verb.needs_that))]  # not "workers demanding pay",
            # "residents had complained for months"
            if nested:
                b = min(b, *(self._nested_start(c) for c in nested))
                while b > a and toks[b - 1].low in ("and", "but", ",", "that"):
                    b -= 1
            while a < b and toks[a].text in ",:-\"" :
                a += 1
            while b > a and toks[b - 1].text in ",.;:-\"!?":
                b -= 1
            if nested and attr.mode == "trailing" and a < b and toks[a].low in _PREPOSITIONS and not any(
                    (t.low in _BE or t.low in _FINITE) for t in toks[a:b]):
                continue  # "During talks on Friday, Kim told Xi that ..., KCNA reported": the
                # channel's words are Kim's; the phrase that opens them reports nothing
            if _has_words(toks, a, b, 3 if nested else 1):
                spans.append((toks[a].start, toks[b - 1].end))
        if not spans:
            return None
        return spans[0][0], spans[-1][1]

    def _nested_start(self, attr: _Attribution) -> int:
        return min(attr.cue.i, attr.head)

    def _emit(self, unit: _Unit, attr: _Attribution, start: int, end: int,
              kind: str) -> list[_Found]:
        """One row per speaker (a channel that is the speaker itself is dropped)."""
        found = []
        for speaker in attr.speakers:
            via = attr.via if attr.via is not None and attr.via.name != speaker.name else None
            found.append(_Found(start, end, kind, speaker, via, attr, unit))
        return found

    def _remember_quoted(self, unit: _Unit, attr: _Attribution) -> None:
        self.last_quoted = (attr.speakers[0], attr.via, unit.paragraph, attr)

    def _orphan(self, unit: _Unit, q: Quotation) -> list[_Found]:
        """A quotation with no reporting verb in its sentence: the next part of the previous
        quote ('"A," Miller said. "B."') or the quote announced by "X said:"; else nothing."""
        if not self._whole_unit(unit, q):
            return []
        if self.pending_colon is not None:
            attr = self.pending_colon
            self.pending_colon = None
            return self._emit(unit, attr, q.start, q.end, "direct")
        attr = self.last_attr
        if attr is not None and attr.unit is not None and len(attr.speakers) == 1 \
                and attr.speakers[0].name and attr.unit.paragraph == unit.paragraph \
                and not self.text[attr.unit.end:unit.start].strip() \
                and (self.last_quoted is None or self.last_quoted[3] is attr
                     or self.last_quoted[3].unit is not None
                     and self.last_quoted[3].unit.start < attr.unit.start):
            # 'Lü said the zone was only partly finished. "For now, the bridge is ..."': a
            # quotation right after a report in the same paragraph is the reporter's words
            return self._emit(unit, attr, q.start, q.end, "direct")
        if self.last_quoted is not None:
            speaker, via, paragraph, attr = self.last_quoted
            if unit.paragraph - paragraph <= 1 and (unit.paragraph == paragraph or
                                                    self._opens_paragraph(unit)):
                return [_Found(q.start, q.end, "direct", speaker, via, attr, unit)]
        attr = self.last_attr
        if attr is not None and attr.unit is not None and len(attr.speakers) == 1 \
                and attr.speakers[0].name and unit.paragraph == attr.unit.paragraph + 1 \
                and self._opens_paragraph(unit) and not self.text[attr.unit.end:unit.start].strip() \
                and self._ends_paragraph(q.close + 1):
            # 'Chand says the corporation does not want a repeat.' then a paragraph that is
            # only a quotation (no '... ?" X asked.' after it): the words of the speaker who
            # closed the paragraph before
            return self._emit(unit, attr, q.start, q.end, "direct")
        return []

    def _ends_paragraph(self, at: int) -> bool:
        end = self.text.find("\n", at)
        return not self.text[at:end if end >= 0 else len(self.text)].strip()

    def _whole_unit(self, unit: _Unit, q: Quotation) -> bool:
        outside = self.text[unit.start:q.open] + self.text[q.close + 1:unit.end]
        return not re.sub(r"[\s\"',.:;!?\-]", "", outside)

    def _opens_paragraph(self, unit: _Unit) -> bool:
        before = self.text[max(0, unit.start - 2):unit.start]
        return unit.start == 0 or "\n" in before

    def _not_a_quote(self, unit: _Unit, q: Quotation) -> bool:
        """Titles of works, names in quotation marks and marked scare quotes (asked twice
        per quotation: worked out once)."""
        if q.open in self.nicknames:
            return True
        key = (unit.start, q.open)
        found = self._titles.get(key)
        if found is None:
            found = self._titles[key] = self._title_or_scare(unit, q)
        return found

    def _title_or_scare(self, unit: _Unit, q: Quotation) -> bool:
        before = [w.strip(",.:;()") for w in
                  self.text[max(unit.start, q.open - 60):q.open].casefold().split()]
        before = [w for w in before if w and w not in ("the", "a", "an", "its", "his", "her",
                                                       "their", "new", "latest")]
        if before and before[-1] in self.cues.works:
            return True
        joined = " ".join(before[-2:])
        if any(joined.endswith(m) for m in self.cues.scare_markers):
            return True
        inner = self.text[q.start:q.end]
        return _title_case(inner) and q.open != unit.start

    # ------------------------------------------------------------------ chunks

    def _chunk_back(self, toks: list[Token], j: int, lo: int) -> tuple[int, int] | None:
        """The noun phrase that ends right before token ``j`` (not before ``lo``)."""
        k = j - 1
        if k < lo:
            return None
        if self.cues.pronoun_kind(toks[k].text) and toks[k].low not in ("her",):
            return k, j
        if toks[k].text == ")" and (opening := _open_paren(toks, k, lo)) is not None \
                and opening - 1 >= lo and toks[opening - 1].cap and toks[opening - 1].is_word \
                and any(t.is_word and not t.cap for t in toks[opening + 1:k]) \
                and any(t.cap for t in toks[opening + 1:k]) \
                and not any(t.low in ("of", "for") for t in toks[opening + 1:k]):
            # "Minister Tomáš Taraba (nominated by SNS) responded": the name, without the aside
            # on who put him there
            aside = self._chunk_back(toks, opening, lo)
            if aside is not None and split_name(toks[aside[0]:aside[1]], self.cues)[0] == "person":
                return aside
        if k - 3 >= lo and toks[k - 2].low == "for" and toks[k - 1].low == "the" \
                and toks[k - 3].low in self.heads and not toks[k - 3].cap \
                and toks[k].is_word and not toks[k].cap and toks[k].low not in STOPWORDS:
            inner = self._chunk_back(toks, k - 2, lo)  # "a spokesperson for the town"
            if inner is not None:
                return inner[0], j
        i = j
        if k - 2 >= lo and toks[k].is_word and not toks[k].cap and toks[k].low.isalpha() \
                and toks[k].low not in STOPWORDS and toks[k - 1].low in self.cues.names["tiers"] and toks[k - 2].cap \
                and not self._np_word(toks[k]) and toks[k].low not in self.cues.adjuncts:
            i, k = k - 2, k - 3  # "the Tashkent city khokimiyat": a local word for the office
        elif toks[k].low in self.bodies and not toks[k].cap and (tier := next(
                (t for t in range(k - 1, max(lo, k - 4), -1) if toks[t].low in self.cues.names["tiers"]
                 and not toks[t].cap and toks[t - 1].cap and t - 1 >= lo), None)) is not None \
                and all(t.is_word and t.low.isalpha() and not t.cap and t.low not in STOPWORDS
                        for t in toks[tier + 1:k]):
            i, k = tier - 1, tier - 2  # "the Lalitpur metropolitan traffic police office"
        elif k - 1 >= lo and toks[k].low in POLICE_UNITS and toks[k - 1].low == "police" \
                and not toks[k].cap:
            i, k = k - 1, k - 2  # "Trøndelag police district", "the Kent police force"
        elif k - 1 >= lo and toks[k - 1].low == "the" and not self._np_word(toks[k]) \
                and self.ctx.body_ending(toks[k].text, toks[k].start) is not None:
            return k - 1, j  # then "the khokimiyat"
        while k >= lo:
            tok = toks[k]
            if tok.text == ")":
                opening = _open_paren(toks, k, lo)
                if opening is not None and opening >= 2 and toks[opening - 1].text == "." \
                        and toks[opening - 2].cap and opening - 2 >= lo:
                    opening -= 1  # "Central Nippon Expressway Co. (NEXCO Central)"
                if opening is None or opening == 0 or not self._np_word(toks[opening - 1]):
                    break
                i, k = opening, opening - 1
                continue
            if tok.low.endswith("-old") and k - 2 >= lo and toks[k - 1].text == "-" \
                    and toks[k - 2].text.isdigit():  # "a 45-year-old shopkeeper"
                i, k = k - 2, k - 3
                continue
            if tok.text in _NAME_PARTICLES and i < j and toks[i].cap and k - 1 >= lo \
                    and (toks[k - 1].cap or toks[k - 1].text in _NAME_PARTICLES):  # "Lula da Silva", "von der Leyen"
                k -= 1
                continue
            if tok.text in _NAME_PARTICLES and i < j and toks[i].cap and (
                    k - 1 < lo or not toks[k - 1].is_word or toks[k - 1].low in _PREPOSITIONS):
                i = k  # '"...," van der Merwe said': a name written with its particle first
                break
            if (tok.text == "&" or tok.text in _ROMANCE_LINKS) and i < j and toks[i].cap \
                    and k - 1 >= lo and toks[k - 1].cap:
                k -= 1  # "Marks & Spencer", "Ecologistas en Acción": one name
                continue
            if tok.low == "and" and i < j and toks[i].cap and k - 3 >= lo and toks[k - 1].cap and any(
                    toks[m].low in ("of", "for") and (toks[m - 1].low in self.cues.names["body_heads"]
                                                      or toks[m].low == "for" and toks[m - 1].cap)
                    and all(t.cap for t in toks[m + 1:k]) for m in range(max(lo + 1, k - 6), k)):
                k -= 1  # "the Ministry of Health and Welfare said"
                continue
            end = j
            if toks[j - 1].text == ")" and (opened := _open_paren(toks, j - 1, lo)) is not None:
                end = opened  # "the Icelandic Food and Veterinary Authority (MAST), which"
            if tok.low == "and" and i < end and k - 1 >= lo and toks[k - 1].cap \
                    and toks[k - 1].low not in self.cues.names["body_heads"] and end - i >= 2 and (
                        toks[end - 1].low in self.cues.names["body_heads"] and all(t.cap for t in toks[i:end])
                        or toks[i].cap and toks[i + 1].cap and toks[i + 1].low in self.cues.names["body_heads"]
                        and i + 2 < end and toks[i + 2].low in ("of", "for") and all(
                            t.cap or t.low in ("of", "for", "the", "and") for t in toks[i:end])) \
                    and not self.cues.country_code([toks[k - 1].text]):
                k -= 1  # "the Guyana Agricultural and General Workers Union said": one body
                continue
            if tok.text == "," and i < end and k - 2 >= lo and toks[k - 1].cap \
                    and (toks[k - 2].low in ("the", ",") or toks[k - 2].cap and toks[k - 2].is_word
                         and k - 3 >= lo and toks[k - 3].low == "the") \
                    and toks[end - 1].low in self.cues.names["body_heads"] \
                    and any(t.low == "and" for t in toks[i:end]) and all(
                        t.cap or t.low == "and" for t in toks[i:end]) \
                    and not self.cues.country_code([toks[k - 1].text]):
                k -= 1  # "the Foreign, Commonwealth and Development Office said": one body
                continue
            if tok.low in ("of", "for") and i < j and k - 1 >= lo and (
                    self._np_word(toks[k - 1]) or toks[k - 1].text == ")" and tok.low == "of"
                    and (o := _open_paren(toks, k - 1, lo)) is not None
                    and (any(t.is_word and not t.cap for t in toks[o + 1:k - 1])
                         or _party_mark(toks[o + 1:k - 1]) and o - 1 >= lo and toks[o - 1].cap)) and (
                    toks[i].cap or toks[i].low == "the" and self._cap_after_modifiers(
                        toks, i + 1, j)) and (tok.low == "of" or toks[k - 1].cap
                                                              or toks[k - 1].low in self.heads):
                k -= 1
                continue
            if tok.text == "To" and i < j and toks[i].cap and k - 1 >= lo and (
                    toks[k - 1].cap or toks[k - 1].low in self.cues.titles):
                i, k = k, k - 1  # "General Secretary To Lam": a capitalised "To" inside a name
                continue
            if not self._np_word(tok) and not (tok.text.isdigit() and i < j and toks[i].cap) \
                    and not ((i == j - 1 and toks[i].low in self.cues.names["group_heads"]
                              or j - 2 <= i < j and toks[j - 1].low in self.bodies)
                             and _compound(tok) and (tok.low,) not in self.cues.forms):
                break  # ("island states": a noun before a group's head is kept, and two before
                # a body's: "civil protection authorities")
            i = k
            if tok.low in DETERMINERS and not (k - 1 >= lo and toks[k - 1].low == "of") and not (
                    k - 2 >= lo and toks[k - 1].low == "for" and toks[k - 2].low in self.heads):
                # "a spokesperson for the town", "the FSB Border Directorate for the Sakhalin Region"
                break
            k -= 1
        if i < j and toks[j - 1].text == ")":
            i = _spelled_start(toks, i, j, lo)
        return self._valid_chunk(toks, i, j)

    def _chunk_fwd(self, toks: list[Token], i: int, hi: int) -> tuple[int, int] | None:
        """The noun phrase that starts at token ``i`` (and ends before ``hi``)."""
        if i >= hi:
            return None
        if self.cues.pronoun_kind(toks[i].text):
            return i, i + 1
        if toks[i].low in _QUANTIFIERS and i + 2 < hi and toks[i + 1].low == "of":
            inner = self._chunk_fwd(toks, i + 2, hi)  # "one of the sources"
            return (i, inner[1]) if inner else None
        if toks[i].low == "the" and i + 1 < hi and not toks[i + 1].cap and not self._np_word(toks[i + 1]) \
                and (i + 2 >= hi or not self._np_word(toks[i + 2])) \
                and self.ctx.body_ending(toks[i + 1].text, toks[i + 1].start) is not None:
            return i, i + 2  # "according to the museum" after "the Museum of ... said"
        j = i
        while j < hi:
            tok = toks[j]
            if tok.text == "(" and j > i:
                closing = _close_paren(toks, j, hi)
                if closing is None:
                    break
                j = closing + 1
                continue
            if tok.low == "of" and j > i and j + 1 < hi and toks[j - 1].low in _PARENTS \
                    and (toks[j + 1].text.isdigit() or toks[j + 1].low in _SMALL_NUMBERS):
                j += 2  # "said the grandmother of five": an epithet, up to its number
                break
            if tok.low in ("of", "for") and j > i and j + 1 < hi and (toks[j + 1].cap or (
                    toks[j + 1].low == "the" and j + 2 < hi and self._cap_after_modifiers(
                        toks, j + 2, hi))) and (tok.low == "of" or toks[j - 1].cap
                                                or toks[j - 1].low in self.cues.titles
                                                or toks[j - 1].text == ")"):
                # ("The Member of Parliament (MP) for Jirapa, Mr X, said")
                j += 1  # "Rep. Jung of the ruling Democratic Party", "a spokesperson for X"
                continue
            if tok.low == "for" and j > i and j + 2 < hi and toks[j - 1].low in _SPOKES \
                    and toks[j + 1].low == "the" and toks[j + 2].is_word and not toks[j + 2].cap \
                    and (j + 3 >= hi or not toks[j + 3].is_word or toks[j + 3].low in STOPWORDS) \
                    and (toks[j + 2].low in self.bodies or toks[j + 2].low in self.cues.names["body_heads"]):
                j += 3  # "said a spokesperson for the mission": the body named before
                break
            if tok.low == "and" and j > i and j + 1 < hi and toks[j + 1].cap and any(
                    toks[m].low in ("of", "for") and m > i and toks[m - 1].low in self.cues.names["body_heads"]
                    for m in range(i, j)):
                j += 1  # "the Department of Mineral and Petroleum Resources"
                continue
            if tok.text == "," and j > i and toks[j - 1].cap and j + 1 < hi and toks[j + 1].cap and any(
                    toks[m].low in ("of", "for") and m > i and toks[m - 1].low in self.cues.names["body_heads"]
                    for m in range(i, j)) and (k := _listed_to_acronym(toks, j, hi)) is not None \
                    and not any(self.cues.country_code([t.text]) for t in toks[j + 1:k] if t.cap):
                j = k  # "the Ministry of Economy, Trade and Industry (METI)": one name
                continue
            if tok.low == "and" and j > i and toks[j - 1].cap and j + 1 < hi and toks[j + 1].cap:
                k = j + 1
                while k < hi and toks[k].cap:
                    k += 1
                if toks[k - 1].low in self.institutions:
                    j += 1  # "the Irish Nurses and Midwives Organisation"
                    continue
            if tok.text == "No" and j > i and j + 2 < hi and toks[j + 1].text == "." \
                    and toks[j + 2].text.isdigit() and toks[j + 1].end == toks[j + 2].start:
                j += 3  # "Urban Railway No.1 Company"
                continue
            if tok.text == "." and j > i and toks[j - 1].end == tok.start and toks[j - 1].low in _ABBREVIATED:
                j += 1  # "... Distribution Co."
                continue
            if tok.text == "&" and j > i and toks[j - 1].cap and j + 1 < hi and toks[j + 1].cap:
                j += 1  # "Chugoku Electric Power Transmission & Distribution Co."
                continue
            if tok.text in _NAME_PARTICLES and j > i and (
                    toks[j - 1].cap or toks[j - 1].text in _NAME_PARTICLES) and _particles_to_name(
                    toks, j, hi):  # ("Pieter van der Hoek")
                j += 1
                continue
            if tok.low == "the" and j > i and (toks[j - 1].low == "of" or toks[j - 1].low == "for"
                                               and j + 1 < hi and toks[j + 1].cap
                                               and j >= i + 2 and toks[j - 2].cap):
                j += 1  # ("the Office for the Coordination of Humanitarian Affairs")
                continue
            if tok.low == "to" and j > i and toks[j - 1].low in self.cues.names["accredited"] \
                    and j + 1 < hi and (toks[j + 1].cap or toks[j + 1].low == "the" and j + 2 < hi
                                        and toks[j + 2].cap):
                j += 2 if toks[j + 1].low == "the" else 1  # "China's Mission to the EU"
                continue
            if j + 1 < hi and (toks[j + 1].low in self.cues.names["group_heads"] or toks[j + 1].low in self.bodies
                               ) and _compound(tok) and (
                    j + 2 == hi or not self._np_word(toks[j + 2])):
                j += 1  # "Small island states"
                continue
            if tok.text.isdigit() and j + 2 < hi and toks[j + 1].text == "-" \
                    and toks[j + 2].low.endswith("-old"):
                j += 3  # "a 45-year-old shopkeeper"
                continue
            if j > i and tok.is_word and not tok.cap and tok.low.isalpha() and tok.low not in STOPWORDS \
                    and tok.low not in _BE and tok.low not in _FINITE and not self._np_word(tok):
                ahead = next((m for m in range(j + 1, min(hi - 1, j + 3))
                              if toks[m].low in self.cues.names["firm_descriptors"]), None)
                if ahead is not None and toks[ahead + 1].cap and all(
                        toks[x].is_word and not toks[x].cap for x in range(j + 1, ahead)):
                    j += 1  # "the maritime intelligence firm Windward": words before the firm's
                    continue
            if j > i and toks[j - 1].low.endswith(("'s", "’s", "s'", "s’")) and not tok.cap \
                    and not self._np_word(tok):
                document = next((m for m in range(j + 1, min(hi, j + 3))
                                 if toks[m].low in self.cues.documents), None)
                if document is not None and all(
                        t.is_word and t.low.isalpha() and not t.cap and t.low not in STOPWORDS
                        and t.low not in _BE and t.low not in _FINITE for t in toks[j:document]):
                    j = document + 1  # "the agency's latest situation report"
                    continue
            if j > i and toks[j - 1].cap and tok.low in self.cues.names["tiers"] and not tok.cap:
                body = next((m for m in range(j + 1, min(hi, j + 4)) if toks[m].low in self.bodies), None)
                if body is not None and all(
                        t.is_word and t.low.isalpha() and not t.cap and t.low not in STOPWORDS
                        and t.low not in _BE and t.low not in _FINITE for t in toks[j + 1:body]):
                    j = body + 1  # "the Ganjam district health department": a place's office
                    continue
            if j == i + 1 and toks[i].low in ("a", "an", "one") and tok.is_word and not tok.cap \
                    and tok.low.isalpha() and tok.low not in STOPWORDS and j + 1 < hi \
                    and not self._np_word(tok) and toks[j + 1].low == "leader":
                j += 1  # "A peasant leader", "a community leader": a noun before the head
                continue
            digit_name = tok.text.isdigit() and j + 1 < hi and toks[j + 1].cap  # 38 North
            if j > i and j + 2 < hi and tok.is_word and tok.low.isalpha() and not tok.cap \
                    and tok.low not in STOPWORDS and tok.low not in _BE and tok.low not in _FINITE \
                    and toks[j + 1].low in self.cues.titles and toks[j + 1].low not in STOPWORDS \
                    and not toks[j + 1].cap and toks[j + 2].cap and toks[j - 1].cap:
                j += 2  # "Sarawak DAP publicity secretary Ting Chee Siong": a noun before a
                continue  # title, then the name
            if (not self._np_word(tok) and not digit_name) or (tok.low in DETERMINERS and j > i):
                break
            j += 1
        return self._valid_chunk(toks, i, j)

    def _cap_after_modifiers(self, toks: list[Token], k: int, hi: int) -> bool:
        """Whether a capitalised word follows ``k`` past lower-case modifiers ("the ruling
        Democratic Party", "the main opposition People Power Party")."""
        while k < hi and not toks[k].cap and toks[k].low in MODIFIERS:
            k += 1
        return k < hi and toks[k].cap

    def _valid_chunk(self, toks: list[Token], i: int, j: int) -> tuple[int, int] | None:
        while i < j and toks[i].low in ("of",):
            i += 1
        if i >= j:
            return None
        if not any(self._head_word(t) for t in toks[i:j]):
            return None
        return i, j

    def _np_word(self, tok: Token) -> bool:
        low = tok.low
        if low in DETERMINERS:
            return True
        if len(tok.text) > 1 and tok.text.replace(".", "").isupper():  # US, KCNA, U.N.
            return True
        if low in STOPWORDS or not tok.is_word:
            return False
        if tok.cap or _ARTICLE_NAME.match(tok.text) or _ORDINAL.fullmatch(tok.text):
            return True  # ("Ahmed Rashid al-Mohannadi", "the 7th Fleet")
        return (low in MODIFIERS or low in self.heads or low.endswith(_MODIFIER_SUFFIXES)
                or is_profession(low) or low in _STUDY_NOUNS and self._study_named()
                or low.endswith(("'s", "s'")) or len(low) > 4 and low.endswith(_ADJECTIVE_ENDS)
                or low in self.cues.titles)  # "the organisation's founder"

    def _study_named(self) -> bool:
        """Whether the article has named a study's authors ("according to a study by X"), so
        that "the paper found" is that study, not a newspaper."""
        return any(noun in self.documents for noun in _STUDY_NOUNS)

    def _head_word(self, tok: Token) -> bool:
        low = tok.low
        if len(tok.text) > 1 and tok.text.replace(".", "").isupper():
            return True
        if low in self.heads or is_profession(low) or low in ("year-old", "years-old") \
                or low in _STUDY_NOUNS:
            return True  # (the chunk of "the 26-year-old" is "the", "26", "-", "year-old")
        if low in DETERMINERS or low in STOPWORDS or low in self.cues.adjuncts:
            return False  # "Friday" is not who speaks
        return tok.cap or low in self.cues.titles  # "the organisation's founder"

    def _speakers(self, unit: _Unit, i: int, j: int, apposition: Sequence[Token] = ()) -> list[Speaker]:
        toks = unit.tokens
        speakers = self.ctx.resolve(toks[i:j], apposition)
        if j < len(toks) and toks[j].low in ("reported", "reports") and len(speakers) == 1 \
                and one_unknown_word(speakers[0]):
            # "..., Bernama reported": one unknown word that reports is an outlet, not a
            # person (so that a later "he" is not it)
            lone = speakers[0]
            speakers = [Speaker(lone.name, "news-media", lone.country, "organisation")]
        for speaker in speakers:
            self.ctx.remember(toks[i].start, speaker)
        return speakers

    def _one(self, unit: _Unit, span) -> Speaker | None:
        found = self.ctx.resolve(unit.tokens[span[0]:span[1]])
        return found[0] if found else None

    def _apposition(self, toks: list[Token], end: int) -> list[Token]:
        if end < len(toks) and toks[end].text == ",":
            out = []
            for tok in toks[end + 1:]:
                if tok.text in ",.;:\"":
                    break
                out.append(tok)
            if out and (not out[0].cap or out[0].low in DETERMINERS) \
                    and not any(t.low in _BE or t.low in _FINITE for t in out):
                return out  # not ", at least 500 people have been killed since May 7,"
        return []

    def _phrase_end(self, toks: list[Token], k: int) -> int:
        """After "according to X": skip X's apposition (", a trade data project ...")."""
        apposition = self._apposition(toks, k)
        return toks.index(apposition[-1], k) + 1 if apposition else k

    def _is_document(self, toks: list[Token], span) -> bool:
        return toks[span[1] - 1].low in self.cues.documents

    def _channel_in(self, unit: _Unit, k: int, end: int) -> list[Speaker]:
        """"a translation of his remarks broadcast on Russian state television": the outlet."""
        toks = unit.tokens
        for m in range(k, len(toks)):
            tok = toks[m]
            if tok.text in ",.;":
                break
            two = f"{tok.low} {toks[m + 1].low}" if m + 1 < len(toks) else ""
            if tok.low == "in" and (span := self._chunk_fwd(toks, m + 1, len(toks))):
                media = self.ctx.resolve(toks[span[0]:span[1]])
                if media and all(s.source_type in ("news-media", "state-media") for s in media):
                    return self._speakers(unit, *span)  # "a report in the state-run Global
                continue                                # New Light of Myanmar"
            if two in self.cues.channels or tok.low in ("by", "from", "on"):
                start = m + 2 if two in self.cues.channels else m + 1
                span = self._chunk_fwd(toks, start, len(toks))
                if span is None or not toks[span[1] - 1].cap:
                    span = self._described_name(toks, start) or span  # "by the consultancy X"
                if span and span[1] + 1 < len(toks) and toks[span[1]].low in ("at", "from") \
                        and (toks[span[1] + 1].low == "the" or toks[span[1] + 1].cap):
                    # "a study by scientists at the Bermuda Institute of Ocean Sciences"
                    body = self._chunk_fwd(toks, span[1] + 1, len(toks))
                    if body:
                        span = span[0], body[1]
                if span:
                    return self._speakers(unit, *span)
        return []

    def _clause_start(self, unit: _Unit, k: int) -> int:
        """Where the clause holding token ``k`` starts: after a closing quotation mark, a colon
        or a semicolon before it, else at the start of the sentence."""
        toks = unit.tokens
        for m in range(k - 1, -1, -1):
            tok = toks[m]
            if tok.text in ";:" or (tok.text == '"' and tok.start in unit.closes
                                    and tok.start not in unit.names):
                return m + 1
        start = _sentence_start(toks)
        return start if start <= k else 0

# ---------------------------------------------------------------------------- helpers



def _age_apposition(toks: list[Token], m: int) -> bool:
    """Whether token ``m`` is part of an age in commas after a name ("Mohd Fadzli Ismail, 46,")."""
    for a in (m, m - 1, m - 2):
        if 0 < a and a + 2 < len(toks) and toks[a].text == "," and toks[a + 1].text.isdigit() \
                and len(toks[a + 1].text) <= 3 and toks[a + 2].text == "," and toks[a - 1].cap:
            return True
    return False


_NAME_LINKS = frozenset("of for and the in on &".split())


_BODY_DATELINE = re.compile(r"\s*([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})(?:,[^\n–—]{0,25})?\s+(?:[–—]|--?)\s")


def _dateline_country(article, cues: Cues) -> str | None:
    """The country of the place an article was filed from ("RABAT, Sept. 8 --", "Rabat –"),
    for an outlet whose own country is not known: whose government "the government" is."""
    texts = [p.text for p in getattr(article, "parts", ()) or () if p.kind == "dateline"]
    m = _BODY_DATELINE.match(article.body[:120])
    if m is not None:
        texts.append(m.group(1))
    for text in texts:
        words = re.findall(r"[A-Z][\w'’.-]*", text)[:3]
        for n in range(len(words), 0, -1):
            code = cues.country_code([w.title() if w.isupper() else w for w in words[:n]])
            if code:
                return code
    return None


# The end of the sentence that a "For X, ..." view is written in (its full stop, before the
# next sentence's first mark or capital).
_FOR_SENTENCE_END = re.compile(r"[.!?][\"»”’]?(?=\s+[\"«“„A-Z])")


def _sentence_start(toks: list[Token]) -> int:
    """Where a sentence's own words start: after a dateline and an opening "And", "But" or
    "Yet" before a capital ("And Zambia Chamber of Mines chief executive X welcomed ... but
    cautioned that", "But Defense Minister X, speaking at ..., said")."""
    start = _dateline_end(toks)
    if start + 2 < len(toks) and toks[start].low in ("and", "but", "yet") and toks[start + 1].cap:
        start += 1
    return start


def _dateline_end(toks: list[Token]) -> int:
    """Where the words after a dateline start ("KUALA LUMPUR, July 22 —", "SEOUL, Sept. 8
    (Yonhap) --", "BEIJING (Reuters) -", "KUALA LUMPUR (June 12):"), or 0: a place in capitals,
    then only a date, an agency in brackets and commas before the dash or colon (not "NATO said
    on Monday -")."""
    k = 0
    while k < len(toks) and toks[k].is_word and toks[k].text.isupper() and len(toks[k].text) > 1:
        k += 1
    if k == 0:
        m = 0
        while m < min(3, len(toks)) and toks[m].is_word and toks[m].cap and toks[m].text[1:].islower():
            m += 1
        if 0 < m and m + 1 < len(toks) and toks[m].text == ":" and toks[m + 1].cap \
                and toks[0].low not in _LABELS:
            return m + 1  # a place in title case: "Bengaluru: The high court ...", "Kota
            # Kinabalu: More than 4,000 people ..." (not "Photo: ...", "Source: ...")
        return 0
    for m in range(k, min(len(toks), k + 12)):
        text = toks[m].text
        if text in "—–" or text == ":":  # (":" in "KUALA LUMPUR (June 12):", "KARACHI:")
            return m + 1
        if text == "-":
            return m + 2 if m + 1 < len(toks) and toks[m + 1].text == "-" else m + 1
        if not (text in ",.()/" or any(c.isdigit() for c in text) or toks[m].cap):
            return 0
    return 0


def _spelled_start(toks: list[Token], i: int, j: int, lo: int) -> int:
    """Where a name defined by the acronym after it starts: "the Major Organised Crime and
    Anti-Corruption Agency (MOCA)" runs back to "Major", past the "and" the chunk stopped at.
    The acronym's letters must be the initials of capitalised words in order, the first
    letter the name's first word's and the last its last word's."""
    opening = _open_paren(toks, j - 1, lo)
    if opening is None or opening - i < 1 or opening + 3 != j:
        return i
    acronym = toks[opening + 1].text
    if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
        return i
    first_cap = next((m for m in range(i, opening) if toks[m].cap), None)
    if first_cap is None or toks[first_cap].text[0] == acronym[0]:
        return i
    for m in range(i - 1, max(lo, i - 12) - 1, -1):
        tok = toks[m]
        if not (tok.cap or tok.low in _NAME_LINKS):
            return i
        if tok.cap and (m == lo or not toks[m - 1].cap) and spells(toks[m:opening], acronym):
            return m
    return i


def _continues(text: str, start: int) -> bool:
    """A sentence that starts in lower case continues the previous one ('"Why?" he asked.')."""
    return start < len(text) and text[start].islower()


def _compound(tok: Token) -> bool:
    """A lower-case word that may be a noun before a group's head ("island" states, "town"
    officials): not a function word, a verb or an adverb."""
    low = tok.low
    return (tok.is_word and not tok.cap and low.isalpha() and len(low) > 2
            and low not in STOPWORDS and low not in DETERMINERS and low not in _NEGATIONS
            and low not in _MODALS and low not in _BE and not low.endswith(("ed", "ly")))


def _particles_to_name(toks: list[Token], j: int, hi: int) -> bool:
    """Whether the name particles from token ``j`` run into a capitalised word ("da Silva")."""
    while j < hi and toks[j].text in _NAME_PARTICLES:
        j += 1
    return j < hi and toks[j].cap


def _segments(toks: list[Token], lo: int, hi: int) -> list[tuple[int, int]]:
    """Token ranges between top-level commas in ``toks[lo:hi]``."""
    out, start, depth = [], lo, 0
    for m in range(lo, hi):
        text = toks[m].text
        depth += text == "("
        depth -= text == ")" and depth > 0
        if text == "," and depth == 0:
            if m > start:
                out.append((start, m))
            start = m + 1
    if hi > start:
        out.append((start, hi))
    return out


def _has_words(toks: list[Token], a: int, b: int, n: int) -> bool:
    """At least ``n`` words among ``toks[a:b]``."""
    for m in range(a, b):
        if toks[m].text[:1].isalnum():
            n -= 1
            if n <= 0:
                return True
    return False


# One paper, named again in other words ("a study by X", then "the research found").
_STUDY_NOUNS = ("study", "research", "paper", "findings")
# Abbreviations at the end of a body's name ("Co.", "Bhd.").
_ABBREVIATED = frozenset("co corp inc ltd bhd".split())
# Places that can be told to close or open ("ordered all markets to close").
_ESTABLISHMENTS = frozenset("market shop store business businesses factory factories restaurant "
                            "bar hotel mall mine plant clinic".split())
# Sentence adverbs set off by commas between a subject and its verb ("X, however, said").
_ASIDES = _DISCOURSE_ADVERBS | {"though", "too"}
# What "expressed" can hold with a that-clause, which is then the words ("expressed the hope
# that A", "expressed concern that A").
_HELD_THAT = frozenset("hope hopes belief confidence conviction view wish concern concerns fear "
                       "fears expectation optimism".split())

# What "expressed" can report without words of its own ("expressed concern over the launches").
_FEELINGS = frozenset("concern concerns alarm regret dismay sorrow condolences sympathy sympathies "
                      "satisfaction gratitude thanks appreciation disappointment outrage anger "
                      "frustration shock sadness grief solidarity displeasure unease worry "
                      "worries".split())

# Words that open what describes an unnamed source after "according to" ("officials familiar
# with the talks", "a source close to the minister", "two people who attended").
_SOURCE_MODIFIERS = frozenset("who familiar close with involved briefed knowledgeable aware "
                              "speaking present working based in at from".split())

# Words that open a predicate after a parenthetical attribution ("The deal, he said, was ...").
_PREDICATE_OPENERS = frozenset("would will could can should may might must shall was were is are "
                               "had has have remains remained".split())


# Endings of nouns for people by what they do ("boxer", "sprinter", "cellist", "librarian"),
# which describe the name after them in a comma chain.
_AGENT_ENDINGS = ("er", "or", "ist", "ian")


# A newspaper's name may start with its language's article: "Die Presse" is "the „Presse“".
_ARTICLE_START = re.compile(r"^(?:the|die|der|das|le|la|les|il|lo|el|los|las|het|de|o|a) ")


_SPEECH_DASH = "\u2013 "
_WORD_AT = re.compile(r"\s*([^\W\d_][\w'’-]*)")
# Quotation marks: a paragraph that has any is quoted with them, not with dashes.
_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'


def _verb_follows(text: str, at: int, end: int, cues: Cues) -> bool:
    """Whether one of the (up to) three words from ``at`` is a finite reporting verb: the
    attribution after speech opened by a dash ("..., says X", "... — said the prosecutor")."""
    for _ in range(3):
        word = _WORD_AT.match(text, at, end)
        if word is None:
            return False
        low = word.group(1).casefold()
        if (low,) in cues.forms and not low.endswith("ing"):
            return True
        at = word.end()
    return False


def _dash_speech(text: str, cues: Cues) -> str | None:
    """For copy that opens speech with a dash and no quotation marks (Swedish, Danish and
    Norwegian papers: "– We have the confidence of both sides, says Foreign Minister X."), the
    text with curly marks put in place of the dash and of the comma before the attribution
    (one character for one, so offsets never shift); the words after the attribution
    sentence, and a dash paragraph with no attribution, close at the paragraph's final mark.
    None when no paragraph opens with a dash."""
    long_dash = "\n" + _LONG_DASH in text or text.startswith(_LONG_DASH)
    if "\n" + _SPEECH_DASH not in text and not text.startswith(_SPEECH_DASH) and not long_dash:
        return None
    chars = list(text)
    for a, b in split_paragraphs(text):
        if long_dash and text.startswith(_LONG_DASH, a):
            _long_dash_speech(text, a, b, chars, cues)
            continue
        if not text.startswith(_SPEECH_DASH, a) or b - a < 6 or not text[a + 2].isupper() \
                or any(mark in text[a:b] for mark in _MARKS):
            continue
        end = b - 1 if text[b - 1] in ".?!" else None
        close = None
        for comma in (m.start() for m in re.finditer(",", text[a:b])):
            if _verb_follows(text, a + comma + 1, b, cues):
                close = a + comma
                break
        if close is None and (end is None or text[end] == "?"):
            continue  # ("– Is this a threat to Norway?": the interviewer's question)
        chars[a + 1] = "\u201c"  # (the space after the dash: the words start after it)
        chars[close if close is not None else end] = "\u201d"
        if close is not None and end is not None:
            stop = text.find(". ", close, b)
            if 0 < stop < end - 2 and text[stop + 2].isupper():
                chars[stop + 1], chars[end] = "\u201c", "\u201d"  # "..., says X. More words."
    return "".join(chars)


_LONG_DASH = "\u2014"
# Where the words of a paragraph of speech opened by a long dash stop for their attribution:
# "— Words — said the prosecutor." (A dash glued to the verb, "—said", is not read: the cue
# scan takes a word after a hyphen or dash for part of a compound.)
_LONG_DASH_STOP = re.compile(r" \u2014 ?")


def _long_dash_speech(text: str, a: int, b: int, chars: list[str], cues: Cues) -> None:
    """Marks for one paragraph that opens with a long dash, as Portuguese and Spanish copy
    prints dialogue: "— A — he said. — B." (A and B his words; the dash before "he said" ends
    A, and a dash after the attribution's full stop opens B). A paragraph with no attribution
    is words as a whole, unless it asks a question (the interviewer's)."""
    start = a + 1 if text[a + 1:a + 2] != " " else a + 2
    if b - start < 4 or not text[start].isupper() \
            or any(mark in text[a:b] for mark in _MARKS):
        return
    close = next((m for m in _LONG_DASH_STOP.finditer(text, start, b)
                  if _verb_follows(text, m.end(), b, cues)), None)
    end = b - 1 if text[b - 1] in ".?!" else None
    if close is None and (end is None or text[end] == "?"):
        return
    chars[start - 1] = "\u201c"  # (the dash, or the space after it)
    if close is None:
        chars[end] = "\u201d"
        return
    chars[close.start()] = "\u201d"  # (the space before the dash)
    more = text.find(". " + _LONG_DASH, close.end(), b)
    if more > 0 and end is not None and end > more + 6 and text[end] != "?":
        opener = more + 3 if text[more + 3:more + 4] == " " else more + 2
        if text[opener + 1:opener + 2].isupper():
            chars[opener] = "\u201c"
            chars[end] = "\u201d"


def _party_mark(inside: Sequence[Token]) -> bool:
    """A party's short name in brackets after a person's: "Sivert Moen (Sp) of Midtre
    Gauldal", "Jane Ross (D) of Texas"."""
    return len(inside) == 1 and inside[0].is_word and inside[0].cap and len(inside[0].text) <= 5


def _without_party(seg: Sequence[Token]) -> Sequence[Token]:
    """A name without the party in brackets after it: "Josef Brandstetter (Greens)",
    "Herbert K. (ÖVP)"."""
    if len(seg) >= 4 and seg[-1].text == ")" and seg[-3].text == "(" and seg[-2].is_word \
            and seg[-2].cap and len(seg[-2].text) <= 12:
        return seg[:-3]
    return seg


def _pure_name(seg: Sequence[Token]) -> bool:
    """A name, with its titles: "Ko Min-jung", "Chief Cabinet Secretary Hirokazu Matsuno"."""
    return 0 < len(seg) <= 9 and all(t.cap or t.text == "-" or _ARTICLE_NAME.match(t.text)
                                     or k and t.text in _NAME_PARTICLES
                                     or k and t.text in ("e", "y") and k + 1 < len(seg)
                                     and seg[k - 1].cap and seg[k + 1].cap  # "Bordalo e Sá"
                                     for k, t in enumerate(seg)) and seg[0].is_word and seg[0].cap \
        and (len(seg) <= 7 or any(t.text in _NAME_PARTICLES for t in seg)) \
        and not (len(seg) == 1 and _AFFILIATION.match(seg[0].text))


# Job nouns that a title in capitals can end with, besides the vocabulary's titles ("Senior
# Consultant").
_JOB_NOUNS = frozenset("consultant specialist physician surgeon registrar lecturer".split())


# A surname with an Arabic article in lower case ("al-Mohannadi", "el-Sisi").
_ARTICLE_NAME = re.compile(r"^(?:al|el|ad|ar|as|at|az|an|ash|ul)-[A-Z]")


# A US legislator's party and home ("Sen. Karin Dahl, DFL-Minneapolis, said"): not a name.
_AFFILIATION = re.compile(r"^(?:[DRI]|DFL|GOP|Ind|Dem|Rep)-[A-Z]")


def _open_paren(toks: list[Token], k: int, lo: int) -> int | None:
    for m in range(k - 1, max(lo - 1, k - 8), -1):
        if toks[m].text == "(":
            return m
    return None


def _dash_aside(toks: list[Token], m: int) -> int | None:
    """Where the aside closed by the dash at ``m`` opens ("the observatory —operated jointly by
    NSF NOIRLab and SLAC— said", "Ana Ruiz – a nurse – said"): the opening dash, after a word,
    with no comma, colon or quotation mark between; else None."""
    if m < 3 or toks[m].text != "-" or not toks[m - 1].is_word:
        return None
    for d in range(m - 2, max(0, m - 16), -1):
        if toks[d].text in ',;:"':
            return None
        if toks[d].text == "-":
            return d if d > 0 and toks[d - 1].is_word else None
    return None


def _listed_to_acronym(toks: list[Token], k: int, hi: int) -> int | None:
    """Where a list of capitalised words that goes on from the comma at ``k`` ends, when the
    list has its "and" and a name in brackets follows it ("..., Trade and Industry (METI)",
    "..., Meteorology and Environmental Studies (Ideam)"), else None."""
    listed = False
    k += 1
    while k < hi and (toks[k].cap and toks[k].is_word or toks[k].text == ","
                      or toks[k].low in ("and", "&") and toks[k - 1].cap):
        listed = listed or toks[k].low in ("and", "&")
        k += 1
    if listed and toks[k - 1].cap and k + 2 < hi and toks[k].text == "(" and toks[k + 2].text == ")" \
            and toks[k + 1].cap and toks[k + 1].is_word and 2 <= len(toks[k + 1].text) <= 8:
        return k
    return None


def _close_paren(toks: list[Token], k: int, hi: int) -> int | None:
    for m in range(k + 1, min(hi, k + 8)):
        if toks[m].text == ")":
            return m
    return None


def _title_case(inner: str) -> bool:
    """"China-DPRK Friendship Year", "Invincible Socialism": a name or a title, not words."""
    words = re.findall(r"[^\W\d_][\w'-]*", inner)
    if not words or len(words) > 10 or inner.rstrip()[-1:] in ".,!?;:":
        return False
    return all(w[0].isupper() or w.casefold() in _SMALL_WORDS for w in words)


# A nickname in straight quotation marks (the text is normalised) between a given name and a
# surname ('Joaquin "Jack" Mendiola', 'Ronald "Bato" dela Rosa').
_NICKNAME = re.compile(r"\b[A-Z][a-z]+ (\"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?\")(?= (?:[A-Z][a-z]|"
                       r"[A-Z]\. [A-Z][a-z]|(?:de|dela|del|van|von|da|di|le|la) [A-Z]))")
# (an initial may follow: 'Rep. Antonio "Tony" T. Sablan')


# "HE" or "H.E." (His or Her Excellency) before a name in Gulf and Asian copy
_SUFFIX_COMMA = re.compile(r"(?<=[a-z]),(?= (?:Jr|Sr)\.?(?!\w)| (?:II|III|IV)(?!\w))")
_EXCELLENCY = re.compile(r"(?<![\w.])H\.?E\.?(?= [A-Z][a-z])")


# Lower-case nouns that end a place's name ("the OR Tambo region", "the Kavango East province").
_REGION_NOUNS = frozenset("region province district county state municipality prefecture "
                          "governorate area division constituency ward".split())


# What follows "said this" or "said so" when the demonstrative stands for words reported
# before ("He said this while talking to reporters"), not for the start of a clause ("She said
# this was wrong").
_AFTER_THIS = frozenset("while when as at in on during after before to from".split())
# Words in "-ing" that start no gerund object ("denied during the hearing that")
_NOT_GERUNDS = frozenset("during including regarding concerning following according saying "
                         "morning evening spring".split())
# What a country claims when it claims land ("claims sovereignty over", "claims almost all of")
_TERRITORY_WORDS = frozenset("sovereignty almost nearly virtually most much all".split())


def _named_place(tok: Token) -> bool:
    """A capitalised word after "on" that may name an island, not a day or a month ("an
    official on Guam", not "an official on Monday")."""
    return tok.cap and tok.low not in _WEEKDAYS and tok.low not in _MONTHS


def _join_tokens(tokens: Sequence[Token]) -> str:
    return " ".join(t.text for t in tokens)


# The phrases that `_Extractor._cue_at` reads as "according to" (their words, casefolded).
_ACCORDING_PHRASES = (("according", "to"), ("in", "the", "words", "of"))
_GAP = r"[\s_]*"  # what `speakers.tokenize` skips between two tokens


def _phrase_pattern(words: Sequence[str]) -> str:
    return _GAP.join(re.escape(w) for w in words)


def _prefix_pattern(words: Sequence[str]) -> str:
    """Every prefix of `_phrase_pattern` (to tell a window that ends too soon)."""
    items = [re.escape(c) for c in words[0]]
    for word in words[1:]:
        items += [_GAP, *(re.escape(c) for c in word)]
    out = ""
    for item in reversed(items[1:]):
        out = f"(?:{item}{out})?"
    return items[0] + out


_PHRASE_CHECKS: dict[int, tuple[Cues, dict[str, tuple[re.Pattern, re.Pattern]]]] = {}


def _phrase_checks(cues: Cues) -> dict[str, tuple[re.Pattern, re.Pattern]]:
    """For a hint word that can only open an "according to" phrase (no reporting verb or
    quoting verb starts with it): the phrase's pattern and the pattern of its prefixes."""
    cached = _PHRASE_CHECKS.get(id(cues))
    if cached is None or cached[0] is not cues:
        if len(_PHRASE_CHECKS) > 16:
            _PHRASE_CHECKS.clear()
        verbs = {form[0] for form in cues.forms}
        verbs |= {w for forms in cues.quote_verbs.values() for w in forms}
        checks = {p[0]: (re.compile(_phrase_pattern(p)), re.compile(_prefix_pattern(p)))
                  for p in _ACCORDING_PHRASES if p[0] not in verbs}
        cached = _PHRASE_CHECKS[id(cues)] = (cues, checks)
    return cached[1]


_ISSUED: dict[int, tuple[Cues, re.Pattern]] = {}


def _issued_re(cues: Cues) -> re.Pattern:
    """"issued a press statement", "released a commentary": a source putting out a document
    (built once per vocabulary)."""
    cached = _ISSUED.get(id(cues))
    if cached is None or cached[0] is not cues:
        nouns = "|".join(sorted(map(re.escape, cues.documents), key=lambda w: (-len(w), w)))
        pattern = re.compile(r"\b(?:issued|released|published|put out|made public)\s+(?:a|an)\s+"
                             r"(?:[\w-]+\s+){0,2}?(" + nouns + r")\b", re.I)
        if len(_ISSUED) > 16:
            _ISSUED.clear()
        cached = _ISSUED[id(cues)] = (cues, pattern)
    return cached[1]


def _cue_hits(text: str, hits: list[tuple[int, str]], cues: Cues) -> list[int]:
    """The offsets of the hits of ``cues.hint`` (offset, word) at which `_Extractor._cue_at`
    may find a cue: "in" (or "according") not followed by the rest of its phrase opens none.

    Exact, not a guess. A hint word is a whole token (the hint needs no word character, "'"
    or "-" after it), so when no verb form starts with that word, only the phrase can make
    it a cue; and the casefolded tokens "in", "the", "words", "of" with what
    `speakers.tokenize` skips between them are the casefolded text from the hit matching the
    phrase's pattern (casefolding goes character by character and leaves spaces and "_"
    alone). A window that ends inside a possible phrase keeps the hit."""
    checks = _phrase_checks(cues)
    if not checks:
        return [at for at, _ in hits]
    out = []
    for at, word in hits:
        check = checks.get(word.casefold())
        if check is not None:
            window = text[at:at + 48].casefold()
            if check[0].match(window) is None and check[1].fullmatch(window) is None:
                continue
        out.append(at)
    return out


_CHANNEL_RES: dict[int, tuple[Cues, re.Pattern | None]] = {}


def _may_name_channel(text: str, start: int, end: int, cues: Cues) -> bool:
    """Whether `_Extractor._opening_channel` could find a channel phrase ("carried by") in
    ``text[start:end]``: its two words, casefolded, with only spaces or "_" between them."""
    cached = _CHANNEL_RES.get(id(cues))
    if cached is None or cached[0] is not cues:
        if len(_CHANNEL_RES) > 16:
            _CHANNEL_RES.clear()
        pairs = sorted({tuple(c.split()) for c in cues.channels if len(c.split()) == 2})
        pattern = "|".join(_phrase_pattern(p) for p in pairs)
        cached = _CHANNEL_RES[id(cues)] = (cues, re.compile(pattern) if pairs else None)
    return cached[1] is not None and cached[1].search(text[start:end].casefold()) is not None


_HEADS: dict[tuple[int, int], tuple[Cues, Registry, frozenset[str]]] = {}


def _heads(cues: Cues, registry: Registry) -> frozenset[str]:
    """Nouns that can head the phrase of a speaker (cached per vocabulary and registry)."""
    key = (id(cues), id(registry))
    cached = _HEADS.get(key)
    if cached is None or cached[0] is not cues or cached[1] is not registry:
        if len(_HEADS) > 16:
            _HEADS.clear()
        cached = _HEADS[key] = (cues, registry, _head_words(cues, registry))
    return cached[2]


def _head_words(cues: Cues, registry: Registry) -> frozenset[str]:
    words = set(MEDIA_HEADS) | set(cues.documents) | cues.names["group_heads"] \
        | cues.names["firm_descriptors"]  # ("the consultancy Ecolatina")
    for vocab in cues.roles.values():
        words |= vocab
    for src in registry.sources.values():
        words |= set(src.heads)
    words |= {"side", "authorities", "community", "people", "person", "group", "groups", "others",
              "bench", "panel"}  # ("the bench observed": the court, see `SpeakerContext._anaphor`)
    return frozenset(words)


def _registry(registry: Registry | str | Path | None) -> Registry:
    if isinstance(registry, Registry):
        return registry
    if registry is None:
        return _default_registry()
    return load_registry(registry)


@functools.lru_cache(maxsize=1)
def _default_registry() -> Registry:
    return load_registry()


def _row(article, found: _Found, registry: Registry, cues: Cues, sentence: int) -> dict:
    body = article.body
    attr = found.attribution
    toks = (attr.unit or found.unit).tokens
    subject = attr.subject
    cue_tokens = toks[attr.cue.i:attr.cue.j]
    via = found.via
    if via is not None and via.name.casefold() in _PLATFORMS:
        via = None  # "in a statement posted on its WeChat account": where, not who carried it
    return {
        "article_id": article.id,
        "speaker": found.speaker.name or None,
        "via": via.name if via else None,
        "source_type": found.speaker.source_type,
        "source_country": found.speaker.country,
        "kind": found.kind,
        "cue": attr.cue.lemma,
        "text": body[found.start:found.end],
        "start": found.start,
        "end": found.end,
        "sentence": sentence,
        "speaker_text": body[toks[subject[0]].start:toks[subject[1] - 1].end] if subject else None,
        "speaker_start": toks[subject[0]].start if subject else None,
        "speaker_end": toks[subject[1] - 1].end if subject else None,
        "cue_text": body[cue_tokens[0].start:cue_tokens[-1].end],
        "cue_start": cue_tokens[0].start,
        "via_type": via.source_type if via else None,
        "via_country": via.country if via else None,
        "n_words": count_words(body[found.start:found.end]),
        "registry": registry.label,
        "cues": cues.label,
    }
