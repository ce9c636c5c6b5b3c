"""Text primitives with character offsets: normalisation, paragraphs, sentences, words, quotations.

Every function here returns offsets into the string it was given, and `normalize` never changes
a string's length, so offsets found on normalised text are valid in the original body.
Sentence splitting uses NLTK's Punkt with parameters shipped inside the package
(``framing/data/nltk_data/tokenizers/punkt_tab/english``): nothing is downloaded.
"""

from __future__ import annotations

import functools
import re
from array import array
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

from . import resources

Span = tuple[int, int]

# One character in, one character out: offsets never shift.
_NORMALIZE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u2039": "'", "\u203a": "'", "\u02bc": "'", "\uff07": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"', "\uff02": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-", "\ufe58": "-", "\uff0d": "-",
        "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u200a": " ",
        "\u202f": " ", "\u3000": " ", "\t": " ", "\u2028": "\n", "\u2029": "\n",
    }
)

_WORD_PATTERN = r"[^\W_]+(?:[-'.]+[^\W_]+)*"
_WORD_RE = re.compile(_WORD_PATTERN)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


_NORMALIZE_RE = re.compile("[" + re.escape("".join(chr(c) for c in _NORMALIZE)) + "]")


def normalize(text: str) -> str:
    """Straighten typographic quotes, unify dashes and odd spaces; the length never changes.

    Only the characters to replace are visited (a regular expression finds them), which is
    several times faster than ``str.translate`` on text that has few of them.

    Examples
    --------
    >>> normalize("\u201cgood neighbors\u201d \u2014 Xinhua")
    '"good neighbors" - Xinhua'
    """
    if not _NORMALIZE_RE.search(text):
        return text
    return _NORMALIZE_RE.sub(_replace_one, text)


def _replace_one(match: re.Match) -> str:
    return _NORMALIZE[ord(match.group())]


def nltk_data_dir() -> str:
    """The folder shipped with the package that holds NLTK resources (Punkt parameters)."""
    return str(resources.data_path("nltk_data"))


def use_bundled_nltk_data() -> None:
    """Put the package's NLTK data (and VADER's lexicon folder) on ``nltk.data.path``.

    Only needed to make ``nltk.sent_tokenize`` itself work offline in a user's session;
    framing's own functions load the bundled files directly.
    """
    import nltk

    for folder in (nltk_data_dir(), _vader_dir()):
        if folder and folder not in nltk.data.path:
            nltk.data.path.append(folder)


def _vader_dir() -> str | None:
    try:
        import vaderSentiment
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    from pathlib import Path

    return str(Path(vaderSentiment.__file__).parent)


@functools.lru_cache(maxsize=1)
def _punkt():
    """Punkt built from the bundled parameter files (read here: NLTK only opens files that
    lie under ``nltk.data.path``, and ours must win over any copy a user has installed)."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    folder = resources.data_path("nltk_data/tokenizers/punkt_tab/english")

    def rows(name: str) -> list[list[str]]:
        lines = (folder / name).read_text(encoding="utf-8").splitlines()
        return [line.split("\t") for line in lines if line.strip()]

    params = PunktParameters()
    params.abbrev_types = {r[0] for r in rows("abbrev_types.txt")}
    params.collocations = {(r[0], r[1]) for r in rows("collocations.tab")}
    params.sent_starters = {r[0] for r in rows("sent_starters.txt")}
    for word, flags in rows("ortho_context.tab"):
        params.ortho_context[word] = int(flags)
    return PunktSentenceTokenizer(params)


def abbreviations() -> set[str]:
    """The abbreviations that end no sentence ("gen", "sen", "u.s"), as the bundled Punkt
    model knows them (NLTK gives them no public accessor)."""
    return _punkt()._params.abbrev_types


def split_paragraphs(text: str) -> list[Span]:
    """Spans of the paragraphs of ``text`` (separated by blank lines), whitespace trimmed."""
    spans = []
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [s for s in (_trim(text, a, b) for a, b in spans) if s[1] > s[0]]


def split_sentences(text: str) -> list[Span]:
    """Spans of the sentences of ``text``; a sentence never crosses a paragraph break.

    Examples
    --------
    >>> t = "Kim met the U.S. envoy. He left.\\n\\nNo. 2 leader Li arrived."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Kim met the U.S. envoy.', 'He left.', 'No. 2 leader Li arrived.']
    """
    norm = normalize(text)
    punkt = _punkt()
    spans: list[Span] = []
    for p_start, p_end in split_paragraphs(norm):
        para = norm[p_start:p_end]
        carry = None
        for a, b in punkt.span_tokenize(para):
            if carry is not None:
                a, carry = carry, None
            a, b = _trim(para, a, b)
            if b <= a:
                continue
            if b - a > 2 and para[b - 1] == '"' and para[b - 2] == " " and para[b - 3] in ".!?" \
                    and _mark_side(text, p_start + b - 1, p_start, p_end) == "open":
                carry = b - 1  # '« ... ». « Nobody ... »': the spaced mark opens the next one
                b = b - 2
                while b > a and para[b - 1] == " ":
                    b -= 1
            if spans and spans[-1][0] >= p_start and _joins_initials(
                    norm, spans[-1], p_start + a):
                spans[-1] = (spans[-1][0], p_start + b)
            else:
                spans.append((p_start + a, p_start + b))
    return spans


# A run of two or more initials ending a sentence ("EC Chairman R.M.A.L.", ", J.D.", "The
# B.C."): Punkt ends a sentence there when a capitalised word follows, but such a run mostly
# starts a name ("R.M.A.L. Rathnayake", "B.C. Wildfire Service").
_INITIALS_END = re.compile(r"(?:^|(?<=[\s(]))((?:[A-Z]\.){2,5})\Z")
# A title's abbreviation that is also a surname: "Secretary Ma." + "Theresa Lazaro said"
# (Maria, in Philippine copy, after a title or a quotation: '"...," Ma.' + "Cristina L.
# Mendoza said"; not "said Ma."), "said Eng." + "Mohammed
# Al-Zahrani" (engineer; but "Phillip Eng." + "The agency" ends a sentence).
_TITLE_OR_NAME_END = re.compile(r"(?:(?:\b[A-Z][a-z]+|[,\"\u201d]) Ma|\bEng)\.\Z")
# "Herbert K." or "suspended K.": one capital and a stop after a space; what follows it
# in the same sentence is a party in brackets, a possessive or a lower-case word.
_SHORTENED_NAME_END = re.compile(r"(?:^|(?<=\s))[A-Z]\.\Z")
_SHORTENED_NAME_GOES_ON = re.compile(r"\([^()\n]{1,40}\)[,;:]|['\u2019]s\b|[a-z]")
_NOT_NAMES = frozenset("the a an he she it they we i this that these those there in on at for "
                       "but and or so if as when while after before then his her its their our "
                       "my".split())


def _joins_initials(text: str, previous: Span, start: int) -> bool:
    """Whether the sentence at ``start`` goes on the name whose initials end ``previous``:
    "Minister K.S." + "Rao said ..." (a known abbreviation such as "U.S." or "D.C." does not,
    nor a following word that starts sentences: "... joined the F.B.I. The agency said").
    A name shortened to its initial, as court reports print defendants ("Herbert K."), goes
    on into a bracket, a possessive or a lower-case word: "Herbert K." + "(ÖVP), who ...",
    "suspended K." + "'s membership"."""
    head = text[previous[0]:previous[1]]
    if _SHORTENED_NAME_END.search(head) is not None:
        gap = text[previous[1]:start]
        goes_on = _SHORTENED_NAME_GOES_ON.match(text, start)
        if goes_on is not None and (gap == " " or gap == "" and goes_on.group()[0] in "'\u2019"):
            return True
    m = _INITIALS_END.search(head)
    if m is not None and m.group(1)[:-1].casefold() in abbreviations():
        return False
    if m is None and _TITLE_OR_NAME_END.search(head) is None:
        return False
    if text[previous[1]:start] != " ":
        return False
    word = re.match(r"[\w'’-]+", text[start:start + 40])
    return bool(word) and word.group()[0].isupper() and word.group().casefold() not in _NOT_NAMES


class Spans(Sequence):
    """A read-only list of ``(start, end)`` spans held as one array of integers.

    Iterates, indexes and compares like the list of tuples it was made from, in about a tenth
    of the memory (a list of tuples of ints costs ~110 bytes a span, this 8): what a scored
    article keeps of its sentences. Slicing gives a list of tuples.

    Examples
    --------
    >>> spans = Spans([(0, 5), (7, 12)])
    >>> list(spans), spans[-1], len(spans), spans == [(0, 5), (7, 12)]
    ([(0, 5), (7, 12)], (7, 12), 2, True)
    """

    __slots__ = ("_flat",)

    def __init__(self, spans: Iterable[Span] = ()):
        self._flat = array(_SPAN_CODE, [x for span in spans for x in span])

    def __len__(self) -> int:
        return len(self._flat) // 2

    def __iter__(self) -> Iterator[Span]:
        flat = iter(self._flat)
        return zip(flat, flat)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        n = len(self)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("span index out of range")
        return self._flat[2 * index], self._flat[2 * index + 1]

    def __eq__(self, other) -> bool:
        if isinstance(other, Spans):
            return self._flat == other._flat
        if isinstance(other, (list, tuple)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal to a list, which is unhashable

    def __repr__(self) -> str:
        return f"Spans({list(self)!r})"

    def __reduce__(self):
        return _spans_from_flat, (self._flat,)


_SPAN_CODE = "I" if array("I").itemsize >= 4 else "L"  # offsets of files up to 4 GB


def _spans_from_flat(flat: array) -> Spans:
    spans = Spans()
    spans._flat = flat
    return spans


def tokenize_words(text: str) -> list[Span]:
    """Spans of the words of ``text`` (letters and digits, with inner ``'``, ``.`` and ``-``).

    Examples
    --------
    >>> t = "North\u2019s U.S.-led Kim Jong-un, 1950-53."
    >>> [t[a:b] for a, b in tokenize_words(t)]
    ['North\u2019s', 'U.S.-led', 'Kim', 'Jong-un', '1950-53']
    """
    return [m.span() for m in _WORD_RE.finditer(normalize(text))]


def count_words(text: str) -> int:
    """Number of word tokens in ``text``."""
    return len(_WORD_RE.findall(normalize(text)))


def _trim(text: str, a: int, b: int) -> Span:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


# ---------------------------------------------------------------------------- quotations


@dataclass(frozen=True)
class Quotation:
    """A span of quoted words: ``start``/``end`` are the inner text, ``open``/``close`` the marks.

    A quotation that runs over several paragraphs (an opening mark on each, a closing mark only
    at the end) is one Quotation with ``pieces`` giving the inner span in each paragraph.
    """

    start: int
    end: int
    open: int
    close: int
    pieces: tuple[Span, ...]

    @property
    def n_paragraphs(self) -> int:
        """Number of paragraphs the quotation runs over."""
        return len(self.pieces)


_OPENERS = "\u201c\u201e\u00ab"
_CLOSERS = "\u201d\u00bb"
_DOUBLE = '"' + _OPENERS + _CLOSERS + "\u201f\u2033\uff02"
_DOUBLE_RE = re.compile("[" + re.escape(_DOUBLE) + "]")
_PADDING = " \u00a0\u202f\u2009"  # spaces a French quotation pads its marks with


def find_quotations(text: str) -> list[Quotation]:
    """Find double-quoted spans in ``text``; never raises on unbalanced marks.

    Curly marks say which way they face; a straight mark is an opener when it follows a space,
    a bracket, a dash or the start of a paragraph, and a closer otherwise. An opener inside an
    open quotation abandons the earlier, unterminated one (it is skipped, the rest is kept).
    A paragraph that ends inside a quotation continues it only when the next paragraph starts
    with an opening mark, as in multi-paragraph quotes; otherwise the span is dropped.

    Examples
    --------
    >>> t = 'Kim called it "deep," KCNA said. An odd " mark. "Fine," he said.'
    >>> [t[q.start:q.end] for q in find_quotations(t)]
    ['deep,', 'Fine,']
    """
    found: list[Quotation] = []
    paragraphs = split_paragraphs(text)
    pending: list[Span] = []  # pieces of a quotation carried over from earlier paragraphs
    pending_open = -1
    for index, (p_start, p_end) in enumerate(paragraphs):
        marks = [(m.start(), _mark_side(text, m.start(), p_start, p_end))
                 for m in _DOUBLE_RE.finditer(text, p_start, p_end)]
        open_at = -1
        if pending:
            # this paragraph starts with the continuation opener (checked before carrying over)
            open_at = marks[0][0] if marks else -1
            marks = marks[1:]
        for pos, side in marks:
            if open_at < 0:
                if side != "close":
                    open_at = pos
                continue
            if side == "open" and not _looks_closing(text, pos, p_end):
                # an opener inside an open quote: the earlier one was never closed
                pending, pending_open = [], -1
                open_at = pos
                continue
            pieces = (*pending, (open_at + 1, pos))
            first_open = pending_open if pending else open_at
            a, b = pieces[0][0], pieces[-1][1]
            while a < b and text[a] in _PADDING:
                a += 1  # « non », with the French spaces (often no-break ones) inside the marks
            while b > a and text[b - 1] in _PADDING:
                b -= 1
            if a == b:  # marks around nothing but spaces: the span as written
                a, b = pieces[0][0], pieces[-1][1]
            pieces = ((a, pieces[0][1]) if len(pieces) > 1 else (a, b), *pieces[1:-1],
                      *(((pieces[-1][0], b),) if len(pieces) > 1 else ()))
            found.append(Quotation(a, b, first_open, pos, tuple(pieces)))
            pending, pending_open, open_at = [], -1, -1
        if open_at >= 0 and _continues(text, paragraphs, index):
            if not pending:
                pending_open = open_at
            pending = [*pending, (open_at + 1, p_end)]
        else:
            pending, pending_open = [], -1
    return found


_SINGLE_RE = re.compile("['\u2018\u2019]")


def single_mark_side(text: str, i: int, start: int, end: int) -> str | None:
    """Whether the single mark at ``text[i]`` (in the paragraph ``start:end``) may open a
    quotation ("open": after a space, a bracket, a dash or a double mark, before a letter or a
    digit), close one ("close": after a word or punctuation, before a space, punctuation or the
    end), or neither (an apostrophe inside a word: "North's"). A curly \u2019 never opens and
    a curly \u2018 never closes."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if (before.isspace() or before in "([{-\u2014\u2013/:;\"\u201c") \
            and (after.isalnum() or after in "\u2026"):
        return None if text[i] == "\u2019" else "open"
    if not before.isspace() and (after.isspace() or after in ",.;:!?)]-\u2014\u2013\"\u201d"):
        return None if text[i] == "\u2018" else "close"
    return None


def single_quotation_marks(text: str) -> str | None:
    """For copy quoted with single marks (\u2018...\u2019 or '...', as many British and Irish
    papers print it), the text with the marks that open and close its quotations turned into
    curly double marks (one character for one: offsets never shift), so that
    `find_quotations` finds them; None for copy with double quotation marks, or with none.

    An apostrophe is no mark: inside a word ("Alderney\u2019s"), or a plural's ("the States\u2019
    bond") when the quotation closes later in its paragraph. A paragraph that ends inside a
    quotation continues it when the next one opens with a mark, as with double marks.

    Examples
    --------
    >>> t = "He said it was \u2018a step\u2019. \u2018The farmers\u2019 union is angry,\u2019 he said."
    >>> [t[q.start:q.end] for q in find_quotations(single_quotation_marks(t))]
    ['a step', 'The farmers\u2019 union is angry,']
    """
    first = _DOUBLE_RE.search(text)
    if first is not None and _DOUBLE_RE.search(text, first.end()) is not None \
            or not _SINGLE_RE.search(text):
        return None
    turn: dict[int, str] = {}
    paragraphs = split_paragraphs(text)
    carried = False  # the previous paragraph ended inside a quotation
    for index, (start, end) in enumerate(paragraphs):
        marks = []
        for m in _SINGLE_RE.finditer(text, start, end):
            i = m.start()
            side = single_mark_side(text, i, start, end)
            if side == "close" and text[i - 1] in "sS" and text[i + 1:i + 2] == " " \
                    and text[i + 2:i + 3].isalpha():
                side = "plural"  # "the States\u2019 bond", or the end of a quotation
            if side is not None:
                marks.append((i, side))
        opened = -1
        if carried and marks and marks[0][1] == "open" and marks[0][0] == start:
            turn[start] = "\u201c"  # the continuation's opener
            opened = start
            marks = marks[1:]
        elif carried:
            carried = False
        # a plural's mark closes a quotation only when nothing later can: no closing mark
        # later in the paragraph, and no opening mark to continue it in the next one
        goes_on = index + 1 < len(paragraphs) and text[paragraphs[index + 1][0]] in "'\u2018"
        for k, (i, side) in enumerate(marks):
            if side == "open":
                opened = i
            elif opened >= 0 and (side == "close" or not goes_on and not any(
                    s == "close" for _, s in marks[k + 1:])):
                turn[opened], turn[i] = "\u201c", "\u201d"
                opened = -1
        carried = opened >= 0 and index + 1 < len(paragraphs)
        if carried:
            turn[opened] = "\u201c"
    if not turn:
        return None
    chars = list(text)
    for i, mark in turn.items():
        chars[i] = mark
    return "".join(chars)


def _mark_side(text: str, i: int, start: int, end: int) -> str:
    ch = text[i]
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if ch == "\u00bb" and (before.isspace() or before in "([{-\u2014\u2013/:;") and not after.isspace() \
            and after not in ".,;:!?)":  # (but "« foreseeable »." closes)
        return "open"  # Slovenian, German, Danish, Czech: \u00bbWords\u00ab
    if ch == "\u00ab" and not before.isspace() and (after.isspace() or after in ".,;:!?)"):
        return "close"
    if ch == "\u201d" and (before.isspace() or before in "([{-\u2014\u2013/:;") and not after.isspace():
        return "open"  # Finnish, Swedish: \u201dWords\u201d
    if ch in _OPENERS:
        return "open"
    if ch in _CLOSERS:
        return "close"
    if before.isspace() or before in "([{-\u2014\u2013/:;":
        return "open" if not after.isspace() else "close"
    return "close"


def _looks_closing(text: str, pos: int, p_end: int) -> bool:
    """A curly opener used as a closer (a common typo) when followed by punctuation or the end."""
    after = text[pos + 1] if pos + 1 < p_end else " "
    return text[pos] in _OPENERS and (after.isspace() or after in ".,;:!?)")


def _continues(text: str, paragraphs: list[Span], index: int) -> bool:
    if index + 1 >= len(paragraphs):
        return False
    nxt = paragraphs[index + 1][0]
    return text[nxt] in _OPENERS + '"\u00bb' or text[nxt] == "\u201d" and _mark_side(
        text, nxt, nxt, paragraphs[index + 1][1]) == "open"


def iter_lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each line of ``text``, without the newline."""
    start = 0
    for m in re.finditer(r"\r\n|\n|\r", text):
        yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)
