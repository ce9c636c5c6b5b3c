"""Who speaks: noun phrases next to reporting verbs, named from the registry or guessed.

A speaker is found without a parser: the words next to a reporting verb are chunked with a
small vocabulary (titles, roles, determiners, capitalised words), then named in this order:
a pronoun or "the agency" (the most recent compatible speaker), a registry name or alias (the
longest one that ends the phrase), a person's name (a surname alone names the latest person of
that surname in the article, else the registry's), an institution or an unnamed group
("officials", "Chinese experts"). New people and bodies get a guessed source type and country
from their titles and from the words in apposition ("Lu Chao, a research fellow at ...").
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import accumulate, repeat
from operator import add, sub
from dataclasses import dataclass, field
from typing import NamedTuple, Sequence

from .cues import Cues
from .registry import Registry, Source
from .text import abbreviations

_TOKEN_RE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Prof|Rep|Sen|Gov|Gen|Lt|Col|Capt|Adm|Sgt|Jr|Sr|St|Coun|Cllr|Clr|Cde|Eng|Supt|Insp|Atty|"
    r"Engr|Hon|Brig|Det|Adv|Maj|Cmdr|Cpl|Pvt|Rev|Mag|Ing)\.(?=\s)"  # Rep. Park, Coun. Ana Ruiz; Austrian
    # "Mag." and "Ing." before a name (Magister, Ingenieur)
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.(?=\s\d)"  # Nov. 7
    r"|(?<=[A-Za-z] )(?:Inc|Corp|Ltd|Bros)\.(?=\s\(|,)"  # "... Philippines Inc. (PHAPi)"
    r"|(?:[^\W\d_]\.){2,}"           # U.S., C.C., a.m.
    r"|[A-Z]{1,3}&[A-Z]{1,3}(?![\w&])"  # H&M, AT&T, S&P
    r"|W/(?:ro|t)(?=\s[A-Z])"  # Amharic honorifics: "W/ro Almaz Bekele", "W/t Hana"
    r"|Ma\.(?= (?!(?:The|A|An|In|It|He|She|They|We|I|But|And|This|That)\b)[A-Z][a-z]+ [A-Z][a-z.])"
    # "Ma. Theresa Lazaro", "Ma. Cristina L. Mendoza" (Maria, in Philippine copy), not "said
    # Ma. The talks"
    r"|[A-Z]\.[A-Z][a-z][\w'-]*"        # Folha de S.Paulo
    r"|(?<=[a-z] )[A-Z]\.(?=,|['’]s\b|\s+[a-z])"  # a surname's initial: "Mohamed E., 29,"
    r"|[A-Z]\.(?= (?!(?:The|A|An|In|It|He|She|They|We|I|But|And|This|That|On|At|For|As|If|"
    r"When|While|After|Before|Its|His|Her|Their|There|So|Yet|Or|No|Not|Some|One)\b)[A-Z][a-z])"
    # an initial (M. Senthil Kumar), not a letter ending a sentence ("Plan B. The")
    r"|[A-Z][\w-]*\.(?:[a-z]{2,4})(?![\w'’-]|\.\w)"  # Kun.uz, Index.hr, Rappler.com: one name
    r"|\d+(?:st|nd|rd|th)(?![\w'’-])"   # 7th: one word ("the U.S. 7th Fleet")
    r"|\$?\d+(?:[.,:]\d+)*%?"         # 2.3, 6:14, 10,000
    r"|[A-Z][A-Za-z]?\d+(?:[.,]\d+)+"  # RM1.20, Rs3.5, Sh1.2bn: a currency's letters, one amount
    r"|[^\W_]+(?:['-][^\W_]+)*'?"     # Jong-un, North's, Koreans'
    r"|[^\w\s]"                       # punctuation, one mark per token
)
# Lower-case particles inside a name ("Lula da Silva", "von der Leyen").
_NAME_PARTICLES = frozenset("da de dos das do van von der den bin bint binti ibn anak al la le du "
                            "del dela della di ter ap".split())
# Honorifics written in capitals that are other words in lower case: "HE Dr Abdullah al Amri"
# (His Excellency), not "he"
_UPPER_HONORIFICS = frozenset(("HE", "H.E.", "HH", "HRH", "HM"))
# Lower-case words that join the parts of a name in Spanish, Portuguese, Italian and French
# ("Ecologistas en Acción", "Médicos sin Fronteras", "José Ortega y Gasset")
_ROMANCE_LINKS = frozenset("en y e para por sin con contra pour et sans per".split())
# The Arabic article joined to a name ("Majed al-Ansari", "Abdel Fattah el-Sisi").
_ARTICLES = frozenset("al el ad ar as at az an ash ul".split())
_ARTICLE = r"(?:(?:" + "|".join(sorted(_ARTICLES, key=lambda w: (-len(w), w))) + r")-)?"
# Capitals: ASCII, Latin-1 and Latin Extended/Vietnamese ones ("Đào Hồng Lan"); the extended
# ranges mix cases, so words are checked with `capitalised` afterwards.
_UPPER = "A-Z\u00c0-\u00de\u0100-\u024e\u1e00-\u1efe"
# (a word of letters then digits, "Rp750" or "A330", joins no run: "fined Hartanto Rp750 million")
_CAPITAL_RUN = re.compile(r"(?<![\w'-])" + _ARTICLE + "[" + _UPPER + r"][\w'.-]*(?: (?:(?:"
                          + "|".join(sorted(_NAME_PARTICLES, key=lambda w: (-len(w), w)))
                          + r") )*" + _ARTICLE + "[" + _UPPER + r"](?![^\W\d]*\d)[\w'.-]*)+")

_OF_NAME = re.compile(r" (?:of|for) (?:the )?[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*")

_MINISTRY_OF = re.compile(r"^Ministry of (?:the )?(Foreign Affairs|[A-Z][\w-]*(?: [A-Z][\w-]*)?)$")


def _ministry_of(name: str) -> str:
    """"Ministry of Commerce" -> "Commerce Ministry", "Ministry of Foreign Affairs" ->
    "Foreign Ministry" (the form most registries and wires use); other names unchanged."""
    m = _MINISTRY_OF.match(name)
    if m is None:
        return name
    field_ = "Foreign" if m.group(1) == "Foreign Affairs" else m.group(1)
    return f"{field_} Ministry"


@lru_cache(maxsize=4096)
def _name_start_pattern(word: str) -> re.Pattern:
    """``word`` followed by capitalised words ("Hanseong Motors")."""
    return re.compile(r"(?<![\w-])" + re.escape(word) + r"(?: [A-Z][\w&'.-]*)+")


def capitalised(word: str) -> bool:
    """Whether a word is written as a name: a capital first, or an Arabic article before
    one ("al-Ansari")."""
    return word[:1].isupper() or (word[2:3] == "-" or word[3:4] == "-") and \
        word.partition("-")[0] in _ARTICLES and word.partition("-")[2][:1].isupper()

# Endings of a profession written before a name ("Japanologist Andrei Volkov").
_PROFESSIONS = ("ologist", "ographer", "ician", "scientist", "economist", "analyst")


def spells(tokens: Sequence[Token], acronym: str) -> bool:
    """Whether ``acronym`` stands for the capitalised words of ``tokens``: its letters are their
    initials in order (a word may give none: "Major Organised Crime and Anti-Corruption Agency"
    is MOCA), the first letter the first word's and the last the last word's."""
    words = [t for t in tokens if t.cap and t.low not in DETERMINERS]
    if not words or not acronym or words[0].text[0] != acronym[0] \
            or words[-1].text[0] != acronym[-1]:
        return False
    letters = iter(part[0] for t in words for part in t.text.split("-") if part[:1].isupper())
    return all(c in letters for c in acronym)


def _initials(tokens: Sequence[Token]) -> str:
    """"Motorists Association of Kenya" -> "MAK"."""
    return "".join(t.text[0] for t in tokens if t.cap)


def is_profession(word: str) -> bool:
    """Whether a lower-case word names people by their field ("volcanologists", "physician")."""
    low = word.casefold()
    return low.removesuffix("s").endswith(_PROFESSIONS)


# Company nouns that stand for one another ("the airline" after "carrier Tez Jet"); the
# others are in the cues' `names.company_nouns`.
_COMPANY_SYNONYMS = {"airline": ("airline", "carrier"), "carrier": ("airline", "carrier")}
# "(CENTAL)" right after a name.
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{2,8})\)")


def _is_acronym(text: str, loose: bool = False) -> bool:
    """An acronym in capitals ("JCS", "G7"); with ``loose``, also one that mixes in small
    letters, as some bodies' do ("EuroCham", "WKStA": two capitals or more, a capital first)."""
    return text.isupper() or loose and _MIXED_ACRONYM.fullmatch(text) is not None


def _without_acronym(toks: Sequence[Token], loose: bool = False) -> Sequence[Token]:
    """A name without its acronym in brackets at the end ("the Joint Chiefs of Staff (JCS)";
    with ``loose``, one in mixed case too: "... in Vietnam (EuroCham)")."""
    if len(toks) >= 4 and toks[-1].text == ")" and toks[-3].text == "(" \
            and _is_acronym(toks[-2].text, loose):
        return toks[:-3]
    return toks


def _owner(token: Token) -> Token:
    """A possessive without its ending: "KCNA's" -> "KCNA", "Reuters'" -> "Reuters"."""
    cut = 1 if token.low.endswith(("s'", "s’")) else 2
    return Token(token.start, token.end - cut, token.text[:-cut], token.low[:-cut])


def spells_place(acronym: str, words: Sequence[str]) -> bool:
    """Whether ``acronym`` spells a name that ends "in <Place>", place and all: "the Center for
    Transparency and Accountability in Liberia (CENTAL)", "the Association of Banks in Lebanon
    (ABIL)", but not "Officials in Seoul (KST)"."""
    if words and words[0].casefold() == "the":
        words = words[1:]
    return len(words) >= 3 and words[-2] == "in" and bool(acronym) \
        and acronym[0] == words[0][:1] and acronym[-1] == words[-1][:1]
# "Roads and Transport Authority (RTA)": a name and the acronym it defines.
_DEFINED = re.compile(r"((?:[A-Z][\w'&-]*\s+(?:(?:of|for|and|the|&|in)\s+)*){1,8})\(([A-Z]{2,8})\)")
# The words of a title before its acronym ("inspector general of police (IGP)"), and those
# an acronym leaves out.
_WORDS_BEFORE = re.compile(r"[^\W\d_][\w'’-]*")
_ACRONYM_GLUE = frozenset(("of", "for", "and", "the", "&"))
_MEDIA_MODIFIERS = frozenset("state official state-run government-run state-owned".split())
# Nouns for a number of people, whose "of" phrase names who they are ("a group of farmers")
COLLECTIVES = frozenset("group number handful couple dozen dozens hundreds thousands majority "
                        "minority coalition delegation team".split())
_QUANTITIES = frozenset("two three four five six seven eight nine ten dozens hundreds "
                        "thousands several".split())
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?:\s+|$)|\n\s*")
_QUOTED = re.compile(r"“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)", re.M)
_WORD = re.compile(r"[^\s,;:()]+")
_POSSESSIVE = re.compile(r"['’]s?$")
DETERMINERS = frozenset("the a an some many several other both two three four its his her their "
                        "our one most few all various".split())
STOPWORDS = frozenset(
    "according since under after as in on at while when if but and or nor noting asked with "
    "for from by to of that which who whom whose despite amid although though because meanwhile "
    "however still also now then there here this these those i we you me us without "
    "during before between among against into onto over about than so yet not no only even "
    "just already again later earlier separately once what where why how whether such "
    "yesterday afterwards afterward".split())
# Nouns that say what a body is before its name ("election monitor X", "rights group X").
_DESCRIPTORS = frozenset("monitor watchdog group organisation organization charity network "
                         "coalition platform alliance campaign movement collective forum".split())
# "the grandmother of five": a parent's epithet and its number.
_PARENTS = frozenset("mother father grandmother grandfather".split())
_SMALL_NUMBERS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
# Endings of a body's head word that no surname has ("Inspectorate", "Ministry"), and of an
# adjective before it ("Sanitary", "Regional").
_BODY_ENDINGS = ("ate", "istry", "ment", "ency", "ority", "ission", "ittee", "ureau", "unal")
_ADJECTIVE_LIKE = ("ary", "ory", "ional", "ical")
# Parties named by their members in the plural ("the Liberal Democrats", "the Greens").
_PARTY_PLURALS = frozenset("democrats republicans conservatives liberals socialists greens "
                           "nationalists unionists communists libertarians".split())
# Owners that are part of a body's name ("People's Action for ...", "Women's Aid").
_GROUP_OWNERS = frozenset("people women children men workers youth".split())
# "Health Minister", "Foreign Minister": a portfolio's word before "Minister".
_PORTFOLIO_MINISTER = re.compile(r"\b([A-Z][a-z]+) Minister\b")
_NOT_PORTFOLIOS = frozenset("prime deputy vice chief senior state former acting first the junior "
                            "cabinet then new late".split())
MODIFIERS = frozenset(
    "senior top state state-run official local foreign former deputy chief presidential "
    "influential government ruling military defense defence news unnamed anonymous diplomatic "
    "regional ministry party press security intelligence trade data research national "
    "international independent private public major leading prominent veteran powerful "
    "unification customs central provincial municipal informed knowledgeable western "
    "high-level high-ranking other some many government-run state-owned state-controlled "
    "north south chinese russian american japanese korean new acting top-ranking cabinet "
    "parliamentary opposition military-run vice first second third assistant special "
    "executive presiding associate outgoing incoming interim caretaker prime respected "
    "beloved esteemed main floor finance economy health education interior justice energy "
    "environment transport transportation agriculture labor labour commerce industry culture "
    "communications information welfare housing science technology fisheries fund permanent "
    "high".split())
_MODIFIER_SUFFIXES = ("-run", "-ranking", "-level", "-based", "-owned", "-controlled",
                      "-affiliated", "-backed", "-linked", "-funded")
MEDIA_HEADS = frozenset("media reports report agency broadcaster newspaper outlet outlets "
                        "television tv radio press daily network networks".split())
_RECENT = 200  # how far back "he", "it" and "the agency" may look (speakers, not characters)
# The adjective that names a country's bodies ("US government", not "American government");
# other countries take the first word listed for them in the cues' `countries`.
_POSTS = frozenset("embassy consulate consulate-general mission delegation".split())  # abroad
_ADDRESSED = re.compile(r"\b(?:with|to|told|by|on)\s+\Z")  # "an interview with <outlet>"
_ROLE_OF = re.compile(r"\b([a-z]+) of (?:the )?(?:[A-Z][\w'’-]* ){0,3}\Z")  # "the mayor of " before a name
_AFTER_PLACE_WORD = re.compile(r"\b(?:from|in|near|told)\s+$")
_OPENING_ADJUNCTS = frozenset("for in on at meanwhile however separately earlier later also "
                              "yesterday today".split())
_WEEKDAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_SPOKES = frozenset(("spokesperson", "spokesman", "spokeswoman"))
# A Mongolian name as Mongolian papers print it: the father's initial glued to the given name
# ("U.Khurelsukh", "L.Oyun-Erdene"); "Khurelsukh" alone refers back to it.
_GLUED_INITIAL = re.compile(r"[A-Z]\.[A-Z][a-z][\w'’-]*")
_GLUED_INITIAL_DOT = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z][a-z])")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_PLACE_WORDS_BEFORE = frozenset("in at from near to of for on outside inside across into against with "
                                 "about over toward towards by between among via".split())
_COMPASS = frozenset("north south east west".split())
_COUNTRY_ADJECTIVE = {"CN": "Chinese", "KP": "North Korean", "KR": "South Korean", "US": "US",
                      "RU": "Russian", "JP": "Japanese", "GB": "British", "FR": "French",
                      "DE": "German", "UA": "Ukrainian", "IN": "Indian", "IR": "Iranian",
                      "VN": "Vietnamese", "MY": "Malaysian", "BR": "Brazilian",
                      "MN": "Mongolian", "TW": "Taiwanese"}


class Token(NamedTuple):
    """A word or punctuation mark with its character offsets (and its lower-case form)."""

    start: int
    end: int
    text: str
    low: str

    @property
    def cap(self) -> bool:
        text = self.text
        return text[:1].isupper() or "-" in text[2:4] and capitalised(text)

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


# A token with the gap before it: every character that is not whitespace or "_" starts a
# token of _TOKEN_RE, so ``findall`` of this pattern gives every token and every gap, in order.
_GAP_TOKEN_RE = re.compile(r"([\s_]*)(" + _TOKEN_RE.pattern + ")")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    The same tokens as ``_TOKEN_RE.finditer(text, start, end)``, built without a Python step
    per token (``findall`` gives gaps and words; offsets are running sums of their lengths):
    this runs on most sentences of every article.

    Examples
    --------
    >>> [t.text for t in tokenize("the North's U.S.-led Kim Jong-un, 6:14 a.m.")]
    ['the', "North's", 'U.S.', '-', 'led', 'Kim', 'Jong-un', ',', '6:14', 'a.m.']
    """
    end = len(text) if end is None else end
    pairs = _GAP_TOKEN_RE.findall(text, start, end)
    if not pairs:
        return []
    gaps, words = zip(*pairs)
    lengths = list(map(len, words))
    ends = list(accumulate(map(add, map(len, gaps), lengths), initial=start))
    del ends[0]
    # tuple.__new__ skips NamedTuple's argument handling
    return list(map(tuple.__new__, repeat(Token),
                    zip(map(sub, ends, lengths), ends, words, map(str.casefold, words))))


@dataclass(frozen=True)
class Speaker:
    """Who said it: a canonical name with its source type, country and kind."""

    name: str
    source_type: str
    country: str | None
    kind: str  # person, organisation or group
    known: bool = False  # found in the registry
    generic: bool = False

    @classmethod
    def from_source(cls, src: Source, country: str | None = None) -> "Speaker":
        """A speaker for a registry entry (a generic group may take a country from context)."""
        return cls(src.name, src.source_type, src.country or country, src.kind, True,
                   src.generic)


@dataclass
class Mention:
    """A person's name written in full somewhere in the article."""

    start: int
    end: int
    name: str
    parts: tuple[str, ...]


@dataclass
class SpeakerContext:
    """What one article has said so far: people named in it and the speakers found, in order,
    so that surnames, pronouns and "the agency" can be resolved."""

    text: str
    registry: Registry
    cues: Cues
    outlet: str | None = None
    country: str | None = None  # the outlet's: "the government" with no other in view
    history: list[tuple[int, Speaker]] = field(default_factory=list)
    _mentions: list[Mention] | None = field(default=None, repr=False)
    _by_mention: dict[int, Speaker] = field(default_factory=dict, repr=False)
    _near: dict[int, list[Mention]] = field(default_factory=dict, repr=False)
    _surnames: dict[str, tuple[int, Mention | None]] = field(default_factory=dict, repr=False)
    _expansions: dict[str, str] | None = field(default=None, repr=False)
    _spokespeople: dict[int, Speaker] = field(default_factory=dict, repr=False)

    @property
    def mentions(self) -> list[Mention]:
        """People named in full in the article (found on first use)."""
        if self._mentions is None:
            self._mentions = self._people(self.text)
        return self._mentions

    def _people(self, text: str, offset: int = 0) -> list[Mention]:
        """`find_person_mentions`, without the article's own outlet ("told EL PAÍS")."""
        own = (self.outlet or "").casefold()
        return [self._after_role(m) for m in find_person_mentions(text, self.registry, self.cues, offset)
                if m.name.casefold() != own]

    def _after_role(self, mention: Mention) -> Mention:
        """"the mayor of Sofia Vasil Terziev": the name without the place it is of (see
        `_name_after_role`)."""
        if len(mention.parts) < 3:
            return mention
        before = _ROLE_OF.search(self.text, max(0, mention.start - 60), mention.start)
        if before is None or before.group(1).casefold() not in self.cues.roles.get("government-official", ()):
            return mention
        tokens = tokenize(self.text, mention.start, mention.end)
        found = self._name_after_role([*tokenize(self.text, before.start(1), mention.start), *tokens])
        if found is None or len(found[1]) != 2:
            return mention
        name = found[1]
        return Mention(name[0].start, name[-1].end, _join(name), tuple(t.low for t in name))

    @property
    def expansions(self) -> dict[str, str]:
        """Acronyms the article defines, with their expansion in lower case ("Roads and
        Transport Authority (RTA)" -> {"RTA": "roads and transport authority"})."""
        if self._expansions is None:
            self._expansions = {}
            for m in _DEFINED.finditer(self.text):
                words, acronym = m.group(1).split(), m.group(2)
                if "in" in words and not spells_place(acronym, words):
                    words = words[len(words) - words[::-1].index("in"):]  # "Officials in Seoul
                    # (KST)": not one name
                capitals = [w for w in words if w[:1].isupper()]
                for n in range(len(capitals), 0, -1):  # the capitalised words the letters start
                    if "".join(w[0] for w in capitals[-n:]) == acronym:
                        first = len(words) - words[::-1].index(capitals[-n]) - 1
                        self._expansions[acronym] = " ".join(words[first:]).casefold()
                        break
                else:
                    if len(capitals) >= 2 and acronym not in self._expansions:
                        # "Kuala Lumpur City Hall (DBKL)": a name in another language's letters
                        self._expansions[acronym] = " ".join(words).casefold()
        return self._expansions

    # ------------------------------------------------------------------ memory

    def remember(self, position: int, speaker: Speaker) -> None:
        """Record a speaker (or a channel) found at ``position`` (kept in position order)."""
        if speaker.name:
            bisect.insort(self.history, (position, speaker), key=lambda h: h[0])

    def recent(self, position: int, kinds: Sequence[str] = (), types: Sequence[str] = (),
               words: Sequence[str] = (), named: bool = False) -> Speaker | None:
        """The latest speaker before ``position`` of one of ``kinds`` / ``types`` whose name
        contains one of ``words`` (each filter is optional; ``named``: no generic speaker)."""
        for _, speaker in self._before(position):
            if kinds and speaker.kind not in kinds or named and speaker.generic:
                continue
            if types and speaker.source_type not in types:
                continue
            if words and not any(w in speaker.name.casefold()
                                 or w in self.expansions.get(speaker.name, "") for w in words):
                continue  # ("the authority" for "RTA", defined as "Roads and Transport Authority")
            return speaker
        return None

    def body_ending(self, word: str, position: int) -> Speaker | None:
        """The latest body before ``position`` whose name ends with the lower-case ``word``
        ("the khokimiyat" after "the Tashkent city khokimiyat said")."""
        if not word.isalpha() or word != word.casefold():
            return None
        head = f"{word[:1].upper()}{word[1:]} "
        for _, speaker in self._before(position):
            if speaker.kind == "organisation" and (speaker.name.endswith(f" {word}") or (
                    speaker.name.startswith((f"{head}of ", f"{head}for ")) and not speaker.generic)):
                return speaker  # (and "the museum" after "the Museum of Nature ... said")
        return None

    def _before(self, position: int):
        """``(position, speaker)`` of the speakers before ``position``, latest first (at most
        ``_RECENT`` of them)."""
        end = bisect.bisect_left(self.history, position, key=lambda h: h[0])
        for index in range(end - 1, max(-1, end - 1 - _RECENT), -1):
            yield self.history[index]

    # ------------------------------------------------------------------ naming

    def resolve(self, tokens: Sequence[Token], apposition: Sequence[Token] = ()) -> list[Speaker]:
        """Name the speakers of a noun phrase (several for "the U.S. and South Korea")."""
        if not tokens:
            return []
        if len(tokens) >= 3 and tokens[-1].text == "." and tokens[-2].end == tokens[-1].start \
                and tokens[-2].cap and tokens[-2].text.isalpha():
            # "Ferdinand Marcos Jr.," before a comma: the abbreviation keeps its full stop
            last = tokens[-2]
            tokens = [*tokens[:-2], Token(last.start, last.end + 1, last.text + ".", last.low + ".")]
        if len(tokens) >= 4 and tokens[-1].text == ")":
            inner = next((k for k in range(len(tokens) - 2, 0, -1) if tokens[k].text == "("), None)
            inside = tokens[inner + 1:-1] if inner is not None else []
            if inner is not None and (any(t.text == "," or t.text[:1].isdigit() for t in inside)
                                      or 1 < len(inside) <= 6 and inside[0].cap and all(
                        t.cap or t.text in _ROMANCE_LINKS or t.text in _NAME_PARTICLES
                        for t in inside)) \
                    and split_name(tokens[:inner], self.cues)[0] == "person":
                # "Coun. Paula Fletcher (Ward 14, Toronto-Danforth)": the person, and where
                # they sit; "Legislator Mariana Sosa (Unión por la Patria)": and her party
                tokens = tokens[:inner]
        if self._common_plural_first(tokens[0]):
            # "Retailers of household appliances said", "Farmers of Kano said": a group noun
            # capitalised only because it opens the sentence
            tokens = [Token(tokens[0].start, tokens[0].end, tokens[0].low, tokens[0].low), *tokens[1:]]
        items = split_coordination(tokens, self.cues)
        if len(items) > 1 and self._one_name(tokens, items):
            items = [list(tokens)]
        found = []
        for item in items:
            speaker = self.resolve_one(item, apposition if len(items) == 1 else ())
            if speaker is not None and speaker.generic and speaker.kind != "person" \
                    and item[0].low in ("a", "an", "one", "another"):
                # "a man in his 70s ... he said": one unnamed person, whom "he" can stand for
                speaker = Speaker(speaker.name, speaker.source_type, speaker.country, "person",
                                  speaker.known, True)
            if speaker is not None and speaker.name not in {s.name for s in found}:
                found.append(speaker)
        return found

    def _common_plural_first(self, token: Token) -> bool:
        low = token.low
        if not token.cap or len(low) < 5 or not low.endswith("s") or low.endswith("ss") \
                or not token.text[1:].islower():
            return False
        before = self.text[max(0, token.start - 40):token.start].rstrip()[-1:]
        if before not in ("", ".", "!", "?", ":", "\"", "”", "\n"):
            return False  # not at the head of a sentence
        return low in self.cues.names["group_heads"] or is_profession(low) or (
            low in self.cues.roles.get("other", ()) and low not in self.cues.roles.get("news-media", ())
            and self.registry.lookup(token.text, outlets_only=False) is None)

    def _one_name(self, tokens: Sequence[Token], items: list[list[Token]]) -> bool:
        """Whether a phrase that ``split_coordination`` cut at "and" is one name after all."""
        if len(items) == 2 and len(items[0]) <= 3 and all(t.cap and t.is_word for t in items[0]) \
                and items[0][-1].low in self.cues.titles and len(items[1]) >= 2 \
                and items[1][0].cap and items[1][0].low in self.cues.titles \
                and split_name(items[1], self.cues)[0] == "person":
            return True  # "Cabinet Spokesman and Minister Nalinda Jayatissa": two titles, one
            # person
        first = [t for t in items[0] if t.low != "the"] if len(items) == 2 else []
        if len(first) == 1 and first[0].cap and first[0].is_word and len(items[1]) >= 4 \
                and items[1][0].cap and items[1][1].cap and items[1][1].low in self.cues.names["body_heads"] \
                and items[1][2].low in ("of", "for") \
                and not self.cues.country_code([first[0].text]) \
                and self.registry.lookup(first[0].text, outlets_only=False) is None \
                and self._mention_with(first[0].text, first[0].start) is None:
            return True  # "the Hydrometeorology and Monitoring Center of the Ministry of
            # Environment", "the Research and Policy Centre of the University of Ghana"
        if len(items) == 2 and len(items[0]) == 1 and items[0][0].cap and len(items[1]) >= 3 \
                and any(t.low in self.cues.titles for t in items[1]) \
                and self.registry.lookup(items[0][0].text, outlets_only=False) is None \
                and self.registry.by_surname(items[0][0].text) is None \
                and not self.cues.country_code([items[0][0].text]) \
                and (items[0][0].low in self.cues.names["portfolios"]
                     or self._mention_with(items[0][0].text, items[0][0].start) is None):
            return True  # "Treasury and Finance Minister Mehmet Şimşek": one title (and
            # "Health and Mass Media Minister X" after "Public Health Inspectors")
        if len(items) == 2 and 2 <= len(items[0]) <= 3 and all(t.cap for t in items[0]) \
                and (items[0][-1].low in self.cues.names["portfolios"]
                     or items[0][-1].low.endswith(_NOUN_SUFFIXES)) \
                and len(items[1]) >= 3 and items[1][0].cap \
                and any(t.low in self.cues.titles for t in items[1][:-1]) \
                and not any(self.registry.lookup(t.text, outlets_only=False) is not None
                            or self.cues.country_code([t.text])
                            or self._mention_with(t.text, t.start) is not None for t in items[0]):
            return True  # "Emergency Management and Recovery Minister Mark Mitchell": one title
        if len(items) == 2 and items[1][0].cap and len(items[0]) >= 3 and any(
                t.low == "of" and k and items[0][k - 1].low in self.cues.names["body_heads"] and items[0][k - 1].cap
                for k, t in enumerate(items[0])) and all(
                t.cap or t.low in ("of", "the") for t in items[0][1:]) \
                and tokens[len(items[0])].low == "and" \
                and any(not t.cap and t.low in self.cues.titles for t in items[1]):
            return True  # "Ministry of Water and Irrigation spokesperson Omar Salameh"
        if len(items) == 2 and all(t.cap and t.is_word for t in items[0]) and items[1][0].cap \
                and tokens[len(items[0])].low == "and" and not any(
                    self.cues.country_code([t.text]) or self.registry.lookup(
                        t.text, outlets_only=False) is not None for t in items[0][-1:]):
            heads = [k for k, t in enumerate(items[1]) if t.cap and t.low in self.cues.names["body_heads"]]
            title = next((k for k, t in enumerate(items[1]) if heads and k > heads[0]
                          and not t.cap and t.low in self.cues.titles), None)
            if title is not None and all(t.cap or t.text in "()" for t in items[1][:title]) \
                    and title + 1 < len(items[1]) and items[1][title + 1].cap:
                return True  # "Sabah Fire and Rescue Department director Kamarul Ismail": a
                # body's name, its head's title in lower case, then the person
        if len(first) == 1 and first[0].cap and first[0].low.endswith(("ological", "ical", "al")) \
                and any(t.low in _institution_words(self.cues) for t in items[1] if t.cap):
            return True  # "the Volcanological and Seismological Observatory"
        word = items[0][-1] if len(items) == 2 else None
        if word is not None and word.cap and word.text.isalpha() and (
                len(items[0]) == 1 or items[0][-2].low == "the") and 2 <= len(items[1]) <= 3 \
                and all(t.cap and t.text.isalpha() for t in items[1]) \
                and items[1][-1].low in self.cues.names["body_heads"] \
                and not self.cues.country_code([word.text]) \
                and self.registry.lookup(word.text, outlets_only=False) is None \
                and self._mention_with(word.text, word.start) is None:
            return True  # "the Building and Construction Authority" (but "Japan and the IAEA")
        if len(items) == 2 and items[0][-1].cap and items[0][-1].low in self.cues.names["portfolios"] \
                and len(items[1]) >= 2 and all(t.cap for t in items[1]) \
                and (items[1][-1].low in _institution_words(self.cues)
                     or items[1][-1].low in self.cues.names["body_heads"]) \
                and items[0][-1].low not in _institution_words(self.cues) \
                and not self.cues.country_code([items[0][-1].text]) \
                and self.registry.lookup(_join(items[0]), outlets_only=False) is None:
            return True  # "the Belfast Health and Social Care Trust": a field word before "and"
        bare = [[t for t in item if t.low != "the"] for item in items]
        last = _without_acronym(items[-1])  # "Geophysics Agency (BMKG)": the name before it
        joined = not any(t.text == "," for t in tokens)  # by "and" alone
        if len(items) >= 3 and all(1 <= len(item) <= (2 if k == 0 or joined else 1)
                                   and all(t.cap and t.is_word for t in item)
                                   for k, item in enumerate(bare[:-1])) \
                and 1 <= len(last) <= 3 and all(t.cap for t in last) \
                and last[-1].low in self.cues.names["body_heads"] and not any(
                    self.cues.country_code([item[-1].text])
                    or self.registry.lookup(_join(item), outlets_only=False) is not None
                    or self._mention_with(item[-1].text, item[-1].start) is not None
                    for item in bare):
            return True  # "the Foreign, Commonwealth and Development Office", "the Sharjah
            # Ports, Customs and Free Zones Authority", "the Sanitary and Epidemiological
            # Welfare and Public Health Committee": one body
        if len(items) == 2 and not items[1][-1].cap and not items[1][-1].low.endswith("s") \
                and items[1][-1].low in _institution_words(self.cues) and len(items[1]) >= 2 \
                and all(t.cap for t in items[1][:-1]) and items[0][-1].cap \
                and not any(self.cues.country_code([item[-1].text]) or self.cues.country_code(
                    [t.text for t in item if t.cap]) for item in items) \
                and self.registry.lookup(items[0][-1].text, outlets_only=False) is None:
            return True  # "the province's Workplace Safety and Health branch": one body
        of = next((k for k, t in enumerate(items[0]) if t.low == "of"), None)
        if of and items[0][of - 1].low in self.cues.names["group_heads"] \
                and items[0][of - 1].low.removesuffix("s") not in self.cues.roles.get("government-official", ()) \
                and all(t.cap for t in items[0][of + 1:]) and all(t.cap for t in items[-1]) \
                and all(len(item) <= 2 for item in items[1:]):
            return True  # "residents of Gbajibo and Jebba North": one group, of two places
        opening = next((k for k, t in enumerate(tokens) if t.text == "("), None)
        spelled = opening is not None and opening + 2 < len(tokens) \
            and tokens[opening + 1].text.isupper() \
            and spells_place(tokens[opening + 1].text, [t.text for t in tokens[:opening]])
        if opening is None or opening + 2 >= len(tokens) \
                or not _is_acronym(tokens[opening + 1].text, loose=True) \
                or tokens[opening + 2].text != ")" or not all(
                t.cap or t.low in ("of", "and", "for", "&")
                or t.low == "the" and (not k or tokens[k - 1].low in ("of", "and", "for")
                                       and tokens[opening - 1].low not in self.cues.names["body_heads"]
                                       and tokens[opening - 1].low not in _institution_words(self.cues))
                or spelled and k == opening - 2 for k, t in enumerate(tokens[:opening])):
            return False
        links = [k for k, t in enumerate(tokens[:opening]) if t.low in ("of", "for")]
        if spelled and links and all(opening > k > links[0] for k, t in enumerate(tokens)
                                     if t.low in ("and", "&")):
            return True  # "the Center for Transparency and Accountability in Liberia (CENTAL)"
        # "Federation of Pakistan Chambers of Commerce and Industry (FPCCI) President Tariq
        # Mehmood", "the Police and Border Guard Board (PPA)": one body's name, defined by its
        # acronym (but "Cofek and Motorists Association of Kenya (MAK)" are two)
        ofs = [k for k, t in enumerate(tokens[:opening]) if t.low == "of" or t.low == "for" and k
               and tokens[k - 1].low in self.cues.names["body_heads"]]  # ("the National
        # Institute for Public Health and the Environment (RIVM)")
        if ofs and all(opening > k > ofs[0] for k, t in enumerate(tokens)
                       if t.low in ("and", "&")):
            return True
        return opening == len(tokens) - 3 \
            and tokens[opening - 1].low in _institution_words(self.cues) \
            and _initials(items[-1][:len(items[-1]) - 3]) != tokens[opening + 1].text

    def resolve_one(self, tokens: Sequence[Token], apposition: Sequence[Token] = ()) -> Speaker | None:
        """Name the speaker of one noun phrase, or None when it names nobody."""
        if len(tokens) == 1 and tokens[0].cap and tokens[0].low in _SURNAME_TITLES \
                and (mention := self._mention_with(tokens[0].text, tokens[0].start)) is not None:
            return self._mentioned(mention, None)  # "Green told reporters" after "Gov. Josh Green"
        if len(tokens) > 3 and tokens[0].low in DETERMINERS and tokens[1].low in COLLECTIVES \
                and tokens[2].low == "of" and not tokens[1].cap:
            tokens = tokens[3:]  # "a group of minority shareholders": the shareholders
        words = tokens[1:] if tokens[0].low == "the" else tokens
        if len(words) >= 4 and words[0].low == "office" and not words[0].cap and words[1].low == "of" \
                and any(t.low == "president" for t in words[2:]):
            person = self.resolve_one(words[2:])
            if person is not None and person.kind == "person" and not person.generic:
                # "the office of President Lee Jae-myung said": the presidential office
                country = person.country or self.country_of(words[2:])
                return self._presidential_office(country) or Speaker(
                    f"office of President {person.name}", "government", country, "organisation")
        words = tokens[1:] if tokens[0].low == "the" else tokens
        caps = next((k for k, t in enumerate(words) if not t.cap), len(words)) \
            if 3 <= len(words) <= 6 and not words[-1].cap and words[0].cap else 0
        if 1 <= caps <= 2 and 2 <= len(words) - caps <= 4 \
                and words[-1].low in self.cues.roles.get("government", ()) \
                and any(t.low.endswith(("'s", "’s")) or t.low in ("public", "state", "district")
                        for t in words[caps:-1]) \
                and all(t.is_word and not t.cap for t in words[caps:]) \
                and all(t.is_word and t.low not in self.cues.titles for t in words[:caps]) \
                and not self.cues.country_code([t.text for t in words[:caps]]) \
                and self.registry.lookup(_join(words[:caps]), outlets_only=False) is None:
            # "the Salzburg public prosecutor's office": a place's body, named in lower case
            return Speaker(_join(words), "government", self.country_of(words[:caps]), "organisation")
        named_after = self._name_after_role(tokens) if len(tokens) >= 4 and tokens[-1].cap else None
        if named_after is not None:
            return self._person(_join(named_after[1]), named_after[0], apposition)
        if len(tokens) >= 2 and tokens[-1].low in POLICE_UNITS and not tokens[-1].cap \
                and tokens[-2].low == "police":
            return self.resolve_one(tokens[:-1], apposition)  # "the Oslo police district"
        if len(tokens) >= 5 and tokens[-1].text == ")" and tokens[-3].text == "(" \
                and _ACRONYM.fullmatch(tokens[-2].text) and not tokens[-4].cap and tokens[-4].is_word \
                and any(t.low.endswith(("'s", "’s")) for t in tokens[:-4]):
            # "the City's statistics institute (IDECBA)": a body described in lower case, named
            # by its acronym
            src = self.registry.lookup(tokens[-2].text, outlets_only=False)
            return Speaker.from_source(src) if src is not None else self._institution(
                tokens[-2:-1], apposition, self.country_of(tokens[:-3]))
        core = [t for t in tokens[:-1] if t.text not in "()"] if tokens[-1].low == "office" \
            and not tokens[-1].cap else []
        if len(core) >= 3 and 2 <= len(core[-1].text) <= 8 and core[-1].text.isupper() \
                and core[-2].cap and not core[-2].text.isupper():
            # "the United Nations Development Programme (UNDP) office": the body, named with
            # its acronym
            src = self.registry.lookup(_join(core[:-1]), outlets_only=False) \
                or self.registry.lookup(core[-1].text, outlets_only=False)
            return Speaker.from_source(src) if src is not None else self.resolve_one(
                core[:-1], apposition)
        if len(tokens) >= 4 and tokens[0].is_word and tokens[1].low in _DESCRIPTORS and not tokens[1].cap \
                and tokens[2].cap and tokens[2].is_word and tokens[0].low not in DETERMINERS:
            tokens = tokens[2:]  # "Rights monitor Women's Action for Peace and Justice": what
            # the body is, then its name
        field = next((k for k in range(1, len(tokens) - 2) if tokens[k].text == "(" and tokens[k - 1].cap
                      and (close := next((m for m in range(k + 1, min(len(tokens), k + 6))
                                          if tokens[m].text == ")"), None)) is not None
                      and close + 1 < len(tokens) and all(t.is_word and t.low.isalpha() for t in tokens[k + 1:close])
                      and (all(not t.cap for t in tokens[k + 1:close]) or tokens[close + 1].low == "of"
                           and (not tokens[close - 1].cap or close - k == 2 and len(tokens[k + 1].text) <= 5
                                and tokens[k - 1].cap))), None)
        # ("Professor Hiroshi Nakai (Korean Peninsula studies) of Ritsumeikan University", a
        # party: "Mayor Sivert Moen (Sp) of Midtre Gauldal")
        if field is not None:  # "Associate Professor Yuki Nakano (vertebrate paleontology) of
            # the University of Hyogo": the person's field is no part of the phrase
            close = next(m for m in range(field + 1, len(tokens)) if tokens[m].text == ")")
            tokens = [*tokens[:field], *tokens[close + 1:]]
        first = 1 if len(tokens) > 2 and tokens[0].low == "the" else 0
        if len(tokens) >= 2 and tokens[-2].low.endswith(("'s", "’s", "s'", "s’")) \
                and 2 <= len(tokens) - first <= 5 \
                and len(tokens[-2].text) > 3 and all(t.cap and t.is_word for t in tokens[first:-1]) \
                and (tokens[-1].low in self.cues.names["group_heads"] or (
                    group := self.registry.by_head(tokens[-1].low, plural=True)) is not None and group.generic):
            owner = [*tokens[first:-2], _owner(tokens[-2])]
            if self.cues.country_code([t.text for t in owner]) is None:
                named = self.resolve_one(owner)
                if named is not None and named.kind == "organisation" and not named.generic:
                    return named  # "the BND's analysts write", "Goldman Sachs' economists": the firm
        if len(tokens) >= 2 and tokens[-1].low in self.cues.documents:
            # "KCNA's report", "the agency's latest situation report", "Reuters' statement":
            # the document's author is its owner
            owner_at = next((k for k in range(len(tokens) - 2, -1, -1)
                             if tokens[k].low.endswith(("'s", "’s", "s'", "s’"))), None)
            if owner_at is not None and len(tokens[owner_at].text) > 3 and all(
                    t.is_word and not t.cap and t.low not in STOPWORDS
                    for t in tokens[owner_at + 1:-1]) and len(tokens) - owner_at <= 4:
                owner = [*tokens[:owner_at], _owner(tokens[owner_at])]
                if owner and not (len(owner) == 1 and owner[0].low in DETERMINERS):
                    return self.resolve_one(owner)
        unit_of = next((k for k, t in enumerate(tokens) if k >= 2 and t.low == "of"
                        and tokens[k - 1].cap and tokens[k - 1].low in _institution_words(self.cues)), None)
        if unit_of is not None and unit_of + 2 < len(tokens) and all(
                t.cap or t.low == "the" for t in tokens[:unit_of]) and any(
                t.low.endswith(("'s", "’s")) and self.cues.country_code([t.text[:-2]])
                for t in tokens[unit_of + 1:unit_of + 3]):
            # "the Eastern Theater Command of China's People's Liberation Army": the unit that
            # speaks, of that country
            unit = self.resolve_one(tokens[:unit_of])
            if unit is not None and unit.kind == "organisation":
                return unit
        if tokens and tokens[-1].text == ")":
            tag = next((k for k in range(len(tokens) - 2, max(0, len(tokens) - 7), -1)
                        if tokens[k].text == "("), None)
            if tag is not None and _PARTY_SEAT.fullmatch(_join(tokens[tag + 1:-1])):
                tokens = tokens[:tag]  # "Sen. Joaquin Mendiola (R-Tinian)": party and seat
            elif tag is not None and tag >= 2 and tokens[-2].low == "party" and tokens[tag - 1].cap \
                    and split_name(tokens[:tag], self.cues)[0] == "person":
                tokens = tokens[:tag]  # "Hiroko Tamura (Japanese Communist Party)": her party
        opening = next((k for k in (len(tokens) - 3, len(tokens) - 4) if k > 0
                        and tokens[k].text == "("), None) if tokens[-1].text == ")" else None
        if opening is not None:
            # "China's Ministry of Commerce (MOFCOM)", "Central Nippon Expressway Co. (NEXCO
            # Central)": the registry's acronym, else the name; "Chen Kuo-hua (陳國華)": the name
            if tokens[opening + 1].text.isupper():
                src = self.registry.lookup(_join(tokens[opening + 1:-1]), outlets_only=False)
                if src is not None:
                    return Speaker.from_source(src)
            acronym = tokens[opening + 1].text
            tokens = tokens[:opening]
            body = list(tokens)
            while body and body[0].low in DETERMINERS:  # (but "of the Philippines" keeps "the")
                body.pop(0)
            if len(body) >= 2 and all((t.cap and (not t.low.endswith(("'s", "’s"))
                                                  or t is body[0] and len(body) >= 3
                                                  and _owner(t).low in _GROUP_OWNERS))
                                      or t.low in ("of", "for", "and") or t.text == "."
                                      or t.low == "in" and (_initials(body) == acronym or (
                                          spells_place(acronym, [u.text for u in body])))  # "the
                                      # Association of Banks in Lebanon (ABL)", "the Center for
                                      # Transparency and Accountability in Liberia (CENTAL)"
                                      for t in body) and body[0].text != "." \
                    and self.registry.lookup(_join(body), outlets_only=False) is None and (
                    split_name(body, self.cues)[0] != "person"
                    or self.cues.country_code([body[-1].text])):
                # "Sport Integrity Australia (SIA)": a name with an acronym is a body's
                return self._institution(body, apposition, self.country_of(body))
        if len(tokens) >= 4 and tokens[-2].text == "," and tokens[-1].cap and tokens[-1].is_word \
                and not any(t.text == "," for t in tokens[:-2]):
            named = self.resolve_one(tokens[:-2])
            if named is not None and named.kind == "organisation" and not named.generic:
                return named  # "the Museum of Nature and Human Activities, Hyogo": the body
        inner = next((k for k in range(1, len(tokens) - 3) if tokens[k].text == "("
                      and tokens[k + 2].text == ")" and tokens[k + 1].text.isupper()
                      and tokens[k + 3].cap and not tokens[k - 1].low.endswith(("'s", "’s"))), None)
        if inner is not None:  # "Hong Leong Investment Bank (HLIB) Research": the name only
            tokens = [*tokens[:inner], *tokens[inner + 3:]]
        # "the Marrakech-based university": where a body sits is no part of its name
        tokens = [t for t in tokens if t.text not in "()" and not (
            t.low.endswith(("-based", "-headquartered")) and t is not tokens[-1])]
        if not tokens:
            return None
        k = 1 if tokens[0].low == "the" else 0
        if len(tokens) > k + 2 and tokens[k].low in ("management", "leadership") \
                and tokens[k + 1].low == "of":
            # "Management of the KBTH said": the body speaks through its management
            return self.resolve_one(tokens[k + 2:], apposition)
        if len(tokens) == 2 and tokens[0].low in ("a", "an") and tokens[1].low in _SPOKES \
                and (latest := next(self._before(tokens[0].start), None)) is not None \
                and latest[1].kind == "organisation" and not latest[1].generic \
                and latest[1].source_type not in ("news-media", "state-media") \
                and tokens[0].start - latest[0] < 400 and "\n" not in self.text[latest[0]:tokens[0].start]:
            # "The Federal Foreign Office in Berlin said ... A spokeswoman said that": the body
            # named just before speaks through its spokeswoman
            self._spokespeople[tokens[0].start] = latest[1]
            return latest[1]
        if len(tokens) >= 3 and tokens[0].low in ("a", "an") and tokens[-1].low in _SPOKES \
                and not tokens[-1].cap and all(t.cap and t.is_word for t in tokens[1:-1]) \
                and self.cues.country_code([t.text for t in tokens[1:-1]]) is None:
            named = self.resolve_one(tokens[1:-1])
            if named is not None and named.kind == "organisation" and not named.generic:
                self._spokespeople[tokens[0].start] = named  # (whom a later "he" stands for)
                return named  # "A State Department spokesperson said": the body speaks
        if len(tokens) >= 2 and tokens[0].low in ("a", "an", "one") and tokens[-1].low == "leader" \
                and all(t.is_word and not t.cap for t in tokens[1:]) \
                and (src := self.registry.by_head("person")) is not None:
            # "A community leader told Reuters", "a peasant leader from La Macarena": one unnamed
            # person ("the union leader" refers back to someone named)
            return Speaker(src.name, src.source_type, src.country, "person", True, True)
        position = tokens[0].start
        if len(tokens) == 1 and self.cues.pronoun_kind(tokens[0].text):
            return self.resolve_pronoun(tokens[0].text, position)
        if len(tokens) - k == 2 and tokens[-1].low == "authorities" and tokens[k].cap \
                and (code := self.cues.country_code([tokens[k].text])) \
                and self.registry.lookup(_join(tokens[k:]), outlets_only=False) is None:
            return self._government(code)  # "Spanish authorities said": Spain's government
        anaphor = (self._anaphor(tokens, position) or self._description(tokens, position)
                   or self._title_anaphor(tokens, position) or self._expert_anaphor(tokens, position)
                   or self._acronym_title(tokens, position) or self._body_head_anaphor(tokens, position)
                   or self._noun_anaphor(tokens, position) or self._paragraph_person(tokens, position)
                   or self._age_anaphor(tokens, position) or self._parent_epithet(tokens, position))
        if anaphor is not None:
            return anaphor
        to = next((k for k, t in enumerate(tokens) if k and t.low == "to"
                   and tokens[k - 1].low in self.cues.names["accredited"]), None)
        if to is not None and to + 1 < len(tokens):
            rest = [t for t in tokens[to + 1:] if t.low != "the"]
            for p in range(1, min(4, len(rest) - 1)):
                where = [t.text for t in rest[:p]]
                if (self.cues.country_code(where) or p == 1 and _ACRONYM.fullmatch(where[0])
                        or " ".join(where) in ("United Nations", "European Union", "African Union")) \
                        and all(t.cap for t in rest[p:]):  # (also "to the UN", "to the EU")
                    kind, name = split_name(rest[p:], self.cues)
                    if kind == "person" and len(name) >= 2:
                        # "Vietnamese Ambassador to the DPRK Dang Van Thanh": the ambassador
                        return self._person(_join(name), tokens[:to + 1 + p], apposition,
                                            self.country_of(tokens[:to]))
            # "the Kingdom's permanent mission to the UN", "Russia's envoy to the UN": not the UN
            head = self.resolve_one(tokens[:to])
            if head is not None and head.kind == "organisation" and not head.generic \
                    and tokens[to - 1].low in ("mission", "delegation") and tokens[to - 1].cap:
                # "China's Mission to the EU": the mission, with where it is accredited
                return Speaker(f"{head.name} {_join(tokens[to:])}", "government",
                               head.country, "organisation")
            if head is not None and head.known and not head.generic:
                return head  # a registry name ("the Chinese ambassador to Russia")
            words = list(tokens[1:] if tokens[0].low == "the" else tokens)
            country = self.country_of(tokens[:to])
            kind = "organisation" if tokens[to - 1].low in ("mission", "delegation", "embassy") \
                else "person"
            return Speaker(_join(words), "government" if kind == "organisation"
                           else "government-official", country, kind)
        if len(tokens) >= 3 and tokens[1].low == "of" and not any(t.cap for t in tokens[2:]) \
                and (group := self.registry.by_head(tokens[0].low, plural=True)) is not None \
                and group.generic:
            return self.resolve_one(tokens[:1])  # "retailers of household appliances"
        of = next((k for k in (1, 2) if k + 1 < len(tokens) and tokens[k].low == "of"), None)
        if of is not None and of + 1 < len(tokens) and (not tokens[of - 1].cap or of == 1) and not tokens[-1].cap \
                and tokens[-1].is_word and (of == 1 or tokens[0].text.isdigit() or tokens[0].low in _SMALL_NUMBERS) \
                and all(not t.cap or self.cues.country_code([t.text]) for t in tokens[of + 1:]) \
                and (group := self.registry.by_head(tokens[of - 1].low, plural=True)) is not None \
                and group.generic:
            return self.resolve_one(tokens[:of])  # "Two executives of Japanese carmakers"
        place_of = next((k for k, t in enumerate(tokens) if k and t.low == "of"
                         and tokens[k - 1].low in self.cues.names["people_of_place"]), None)
        if place_of is not None and place_of + 1 < len(tokens) and all(
                t.cap or t.low in ("the", "de", "da", "do", "dos", "das", "del", "la", "le")
                for t in tokens[place_of + 1:]):
            return self.resolve_one(tokens[:place_of])  # "One resident of Gafanha da Nazaré"
        body_of = next((k for k, t in enumerate(tokens) if k and t.low == "of"), None)
        if body_of is not None and body_of + 1 < len(tokens) and tokens[0].low == "the" \
                and tokens[body_of - 1].low not in ("government", "administration", "authorities") \
                and 1 <= body_of - 1 <= 3 and tokens[body_of - 1].low in self.cues.roles.get("government", ()) \
                and all(t.is_word and t.low.isalpha() and not t.cap for t in tokens[1:body_of]) \
                and all(t.cap and t.is_word for t in tokens[body_of + 1:]) and len(tokens) - body_of <= 4 \
                and (len(tokens) - body_of == 2 or split_name(tokens[body_of + 1:], self.cues)[0] != "person"
                     or self.cues.country_code([t.text for t in tokens[body_of + 1:]]) is not None):
            # "the high court of Karnataka": a body of a place, named in lower case
            words = [Token(t.start, t.end, t.text.capitalize(), t.low) for t in tokens[1:body_of]]
            return self._institution([*words, *tokens[body_of:]], apposition,
                                     self.country_of(tokens[body_of + 1:]))
        of = next((k for k, t in enumerate(tokens) if k and t.low == "of" and tokens[k - 1].cap
                   and tokens[k - 1].low not in self.cues.names["place_bodies"]
                   and tokens[k - 1].low not in self.cues.names["body_heads"]), None)
        if of is not None and of + 1 < len(tokens):
            kind, name = split_name(tokens[:of], self.cues)
            whole = [t for t in tokens if t.low not in DETERMINERS]
            if kind == "person" and (len(name) > 1 or len(name) < sum(
                    t.low not in DETERMINERS for t in tokens[:of])) and self.registry.lookup(
                    _join(whole), outlets_only=False) is None and not any(
                    len(t.text) > 1 and t.text.replace(".", "").isupper() for t in name):
                # "Rep. Choi Min-ho of the main opposition People Power Party": the person
                return self.resolve_one(tokens[:of], tokens[of + 1:])
            if kind == "person" and of == 2 and tokens[0].low == "the" and len(name) == 1 \
                    and all(t.cap or t.low in ("of", "the", "and", "for") for t in tokens[of + 1:]) \
                    and tokens[-1].cap and self.registry.lookup(_join(whole), outlets_only=False) is None:
                # "the Superintendence of Cultural Heritage", "the Isle of Man": one name
                return self._institution(whole, apposition, self.country_of(whole))
        last_of = max((k for k, t in enumerate(tokens) if k and t.low == "of"), default=None)
        if last_of is not None and last_of + 1 < len(tokens) and tokens[last_of - 1].cap:
            rest = [t for t in tokens[last_of + 1:] if t.low not in DETERMINERS]
            body = [t for t in tokens[:last_of] if t.low not in DETERMINERS]
            country = self.cues.country_code([t.text for t in rest]) if rest else None
            if country and body and body[0].low in self.cues.names["body_heads"] and body[0].cap \
                    and self.registry.lookup(_join([t for t in tokens if t.low not in DETERMINERS]),
                                             outlets_only=False) is None:
                # "the Ministry of National Defence of the DPRK": that country's body, by the
                # registry's name when it has one, else as written
                src = self.registry.lookup(f"{self._adjective(country)} {_ministry_of(_join(body))}",
                                           outlets_only=False)
                if src is not None:
                    return Speaker.from_source(src)
                return Speaker(_join([t for t in tokens if t.low != "the" or t is not tokens[0]]),
                               "government", country, "organisation")
        owner = next((k for k, t in enumerate(tokens) if k and t.low == "for"
                      and not tokens[k - 1].cap and self.registry.by_head(tokens[k - 1].low)), None)
        if owner is not None:  # "a spokesperson for the town": the body when it is named
            body = tokens[owner + 1:]
            named = self.resolve_one(body) if any(t.cap for t in body) or len(body) == 2 \
                and body[0].low == "the" and tokens[owner - 1].low in _SPOKES else None
            # ("a spokesperson for the mission": the mission named before)
            if named is not None and tokens[owner - 1].low in _SPOKES:
                self._spokespeople[tokens[0].start] = named
            return named or self.resolve_one(tokens[:owner], apposition)
        place = next((k for k, t in enumerate(tokens) if k and (t.low in ("in", "at", "from", "within") or (
            t.low == "on" and k + 1 < len(tokens) and tokens[k + 1].cap
            and self.registry.by_head(tokens[k - 1].low, plural=True) is not None) or (
            t.low == "of" and (tokens[k - 1].low in self.cues.names["inhabitants"] or not tokens[k - 1].cap
                               and tokens[k - 1].low in self.cues.names["group_heads"] and all(u.cap or u.low in ("and", ",", "the")
                                                                      for u in tokens[k + 1:]))))), None)
        # ("Residents of X", "farmers of Kano and Jigawa")
        if place is not None and tokens[place].low == "in" and place + 2 == len(tokens) \
                and tokens[0].cap and tokens[-1].cap and tokens[place - 1].cap \
                and self.registry.by_head(tokens[place - 1].low, plural=True) is None \
                and (acronym := _ACRONYM_AFTER.match(self.text, tokens[-1].end)) is not None \
                and spells_place(acronym.group(1), [t.text for t in tokens]):
            # "the Center for Transparency and Accountability in Liberia (CENTAL)": an acronym
            # that spells the place makes it part of the name
            body = [t for t in tokens if t.low != "the" or t is not tokens[0]]
            src = self.registry.lookup(_join(body), outlets_only=False)
            return Speaker.from_source(src) if src is not None else self._institution(
                body, apposition, self.country_of(body))
        if place is not None and tokens[place].low == "in" and 1 <= len(tokens) - place - 1 <= 2 \
                and all(t.cap and t.is_word for t in tokens[place + 1:]) and tokens[place - 1].cap \
                and (lead := next((t for t in tokens if t.low != "the"), None)) is not None \
                and (lead.low in ("european", "eu") or self.cues.country_code([lead.text])) \
                and self.cues.country_code([lead.text]) != self.cues.country_code(
                    [t.text for t in tokens[place + 1:]]) \
                and any(t.low in self.cues.names["body_heads"] for t in tokens[1:place]) \
                and split_name(tokens[:place], self.cues)[0] == "institution":
            # "the European Chamber of Commerce in Vietnam", "the German Chamber of Industry and
            # Commerce in Japan": a foreign body named with the country it works in
            body = [t for t in tokens if t.low != "the" or t is not tokens[0]]
            src = self.registry.lookup(_join(body), outlets_only=False)
            return Speaker.from_source(src) if src is not None else self._institution(
                body, apposition, self.country_of(tokens[place + 1:]))
        if place is not None and tokens[place - 1].low in _POSTS and (tokens[place - 1].cap or place >= 2
                                                                      and self.cues.country_code([tokens[place - 2].text])) \
                and tokens[place].low == "in" and all(t.cap for t in tokens[place + 1:]) \
                and place + 1 < len(tokens):  # (and "the Chinese embassy in Tokyo")
            # "the Russian Embassy in Chisinau": the embassy, named with its city
            words = [t for t in tokens if t.low != "the" or t is not tokens[0]]
            return Speaker(_join(words), "government", self.country_of(tokens[:place]), "organisation")
        if place is not None:  # "officials in Seoul": the group, with the place's country
            country = self.country_of(tokens[place:])
            head = self.resolve_one(tokens[:place], apposition)
            bare = [t for t in tokens[:place] if t.low not in DETERMINERS]
            where = [t for t in tokens[place + 1:] if t.low != "the"]
            if head is not None and head.generic and tokens[place].low in ("at", "from") \
                    and (tokens[place - 1].low.endswith("s") or tokens[place - 1].low == "official") \
                    and tokens[place - 1].low not in ("sources", "source") \
                    and not any(t.low in ("former", "retired", "ex") for t in tokens[:place]) \
                    and self._names_a_body(where):
                # "Scientists at the Bermuda Institute of Ocean Sciences", "an official at
                # JPMC": the body they speak for (but "a nurse at the Ridge Hospital" and "a
                # former official at ..." speak for themselves)
                named = self.resolve_one(tokens[place + 1:])
                if named is not None and named.kind == "organisation" and not named.generic \
                        and (named.country or named.source_type != "government"):
                    return named  # (not "the Ministry of Foreign Affairs" of no known country)
            if head is None and len(bare) == 1 and not bare[0].cap \
                    and bare[0].low in self.cues.roles.get("government", ()) \
                    and where and all(t.cap for t in where):
                # "the court in Rotterdam": that place's court, when no court was named before
                return Speaker(f"{_join(where)} {bare[0].low}", "government",
                               country or self.country_of(where), "organisation")
            if head is not None and head.generic and head.country is None and country:
                return Speaker(head.name, head.source_type, country, head.kind, head.known, True)
            return head
        words = [t for t in tokens if t.low not in DETERMINERS]
        if len(words) >= 3 and words[0].low in ("government", "administration") \
                and words[1].low == "of" and all(t.cap for t in words[2:]) \
                and self.cues.country_code([t.text for t in words[2:]]) is None:
            # "the government of Primorye Territory": the region's government, written as
            # "the Canary Islands government" is
            return Speaker(f"{_join(words[2:])} {words[0].low}", "government",
                           self.country_of(words[2:]), "organisation")
        office = self._office(tokens)
        if office is not None:
            return office
        known = self._registry_suffix(tokens)
        if known is not None:
            if known.generic and known.country is None:  # "Chinese experts": a country's group
                country = self.country_of([*tokens, *apposition])
                if country:
                    return Speaker(known.name, known.source_type, country, known.kind,
                                   known.known, True)
            return known
        state = self._state(tokens)
        if state is not None:
            return state
        country = self.country_of([*tokens, *apposition])
        if len(tokens) == 1 and tokens[0].low in self.cues.names["group_heads"]:
            return self._unnamed(tokens, country, position)  # "Residents said": no name
        if len(tokens) == 1 and tokens[0].low.endswith("s") and is_profession(tokens[0].low) \
                or len(tokens) == 2 and tokens[0].low in ("a", "an", "one", "another") \
                and is_profession(tokens[1].low):
            return self._unnamed(tokens, country, position)  # "Volcanologists warned", "a
            # seismologist said"
        tiered = [t for t in tokens if t.low != "the"]
        if len(tiered) >= 3 and not tiered[0].cap and tiered[0].low in self.cues.names["tiers"] \
                and tiered[1].cap and tiered[-1].cap \
                and all(t.cap or t.low in ("of", "and", "for") for t in tiered[1:]) \
                and tiered[-1].low in _institution_words(self.cues) | self.cues.names["body_heads"] \
                and self.registry.lookup(_join(tiered[1:]), outlets_only=False) is None:
            # "the state Health Department", "the provincial Department of Health": a body of
            # a tier of government, which the tier names
            return Speaker(_join(tiered), "government", country, "organisation")
        firm = next((k for k in range(len(tokens) - 2, -1, -1) if not tokens[k].cap
                     and tokens[k].low in self.cues.names["firm_descriptors"]
                     and tokens[k].low not in _PEOPLE_TOO), None)
        if firm is not None and all(t.cap or t.text in "&." for t in tokens[firm + 1:]) \
                and tokens[firm + 1].low not in _institution_words(self.cues):
            # "the maritime intelligence firm Windward", "brokerage Jefferies": a company
            name = tokens[firm + 1:]
            src = self.registry.lookup(_join(name), outlets_only=False)
            return Speaker.from_source(src) if src is not None else Speaker(
                _join(name), "other", country, "organisation")
        named = self._named(tokens, apposition, country) or self._described_body(tokens)
        if named is not None:
            return named
        if words and all(t.cap for t in words) and words[-1].low in self.cues.names["offices"]:
            # "The Parliamentary Ombudsman concluded": an office named by its title
            return Speaker(_join(words), "government", country, "organisation")
        return self._unnamed(tokens, country, position)

    def _name_after_role(self, tokens: Sequence[Token]):
        """"the chairman of the senate Ján Lukáč", "the mayor of Sofia Vasil Terziev": a role
        and what it is of, then the name with no comma. Returns ``(role tokens, name tokens)``
        or None. The name is the last two words; after a place in capitals, only when the
        article also writes its surname alone ("Terziev said")."""
        of = next((k for k, t in enumerate(tokens) if k and t.low == "of" and not tokens[k - 1].cap
                   and tokens[k - 1].low in self.cues.roles.get("government-official", ())), None)
        if of is None or of + 3 > len(tokens):
            return None
        tail = list(tokens[of + 1:])
        while tail and not tail[-1].is_word:
            tail.pop()
        if len(tail) < 2:
            return None
        if tail[0].low == "the":
            tail = tail[1:]
        m = len(tail)
        while m > 0 and tail[m - 1].cap and tail[m - 1].is_word and tail[m - 1].low not in self.cues.titles:
            m -= 1
        name = tail[m:]
        if len(name) < 2 or split_name(name[-2:], self.cues)[0] != "person" \
                or any(t.low in _institution_words(self.cues) for t in name):
            return None
        if m and 1 <= m <= 2 and all(t.is_word and not t.cap and t.low.isalpha() for t in tail[:m]) \
                and len(name) in (2, 3) and any(t.low in self.cues.roles.get("government", ())
                                                 or t.low in self.cues.names["body_heads"] for t in tail[:m]):
            return tokens[:of + 1 + len(tokens[of + 1:]) - len(tail) + m], name  # (the senate)
        if m == 0 and len(name) >= 3 and (self.cues.country_code([t.text for t in name[:-2]]) or re.search(
                r"(?<!" + re.escape(name[-2].text) + r" )\b" + re.escape(name[-1].text) + r"\b",
                self.text[name[-1].end:])):
            return tokens[:len(tokens) - 2], name[-2:]  # (Sofia, then the mayor's name)
        return None

    def _described_body(self, tokens: Sequence[Token]) -> Speaker | None:
        """"the justice ministry", "the forestry department", "the high court": a body
        written in lower case with its kind and what it does, named as written with capitals
        ("Justice Ministry"); not "the ministry" alone (an anaphor) nor "the same ministry"."""
        words = list(tokens[1:] if tokens and tokens[0].low == "the" else tokens)
        if not 2 <= len(words) <= 4 or words[-1].low not in self.cues.names["body_heads"]:
            return None
        if any(t.cap or not t.text.isalpha() or t.low in STOPWORDS or t.low in DETERMINERS
               or t.low in _VAGUE_MODIFIERS or t.low in self.cues.names["body_heads"]
               for t in words[:-1]):
            return None
        name = " ".join(t.text[:1].upper() + t.text[1:] for t in words)
        src = self.registry.lookup(name, outlets_only=False)
        if src is not None:
            return Speaker.from_source(src)
        return Speaker(name, self._guess_type(words, (), (), "organisation"),
                       self.country_of(words), "organisation")

    def _office(self, tokens: Sequence[Token]) -> Speaker | None:
        """"Emmanuel Macron's office", "the prime minister's office": the office of the person
        named, when the registry does not name it."""
        if len(tokens) == 2 and tokens[0].low in ("his", "her") and tokens[1].low == "office":
            return self._their_office(tokens[0])
        if len(tokens) < 2 or tokens[-1].low != "office" or not tokens[-2].low.endswith(
                ("'s", "’s")) or self.registry.lookup(_join(tokens), outlets_only=False):
            return None
        owner = tokens[-2]
        bare = owner.text[:-2]
        if not bare:
            return None
        person = self.resolve_one([*tokens[:-2], Token(owner.start, owner.end - 2, bare,
                                                       bare.casefold())])
        if person is None or person.kind != "person" or not person.name or person.generic:
            return None
        titled = bare.casefold() in self.cues.titles and all(t.low in DETERMINERS for t in tokens[:-2])
        if bare.casefold() == "president" or any(t.low == "president" for t in tokens[:-2]):
            # "President Lee Jae-myung's office", "the President's Office"
            found = self._presidential_office(person.country or self.country_of(tokens))
            if found is not None:
                return found
        if titled:  # "the President's Office", as the article names it
            return Speaker(f"{bare[:1].upper()}{bare[1:]}'s Office", "government", person.country,
                           "organisation")
        return Speaker(f"{person.name}'s office", "government", person.country, "organisation")

    def _their_office(self, pronoun: Token) -> Speaker | None:
        """"His office said" after "South Korean President Lee Jae-myung convened ...": the
        office of the person "his" stands for (the presidential office of a president)."""
        person = self.resolve_pronoun("he" if pronoun.low == "his" else "she", pronoun.start)
        if person.kind != "person" or person.generic or not person.name:
            return None
        at = self.text.rfind(person.name, 0, pronoun.start)
        title = re.search(r"\b(President|Prime Minister)\s+(?:[A-Z][\w'’.-]*\s+)*\Z",
                          self.text[max(0, at - 40):at]) if at >= 0 else None
        country = person.country or (self.country_of(tokenize(self.text, max(0, at - 60), at))
                                     if title else None)
        if title is not None and title.group(1) == "President":
            found = self._presidential_office(country)
            if found is not None:
                return found
        if title is not None and title.group(1) == "Prime Minister" and country:
            # "French Prime Minister Michel Barnier ... His office": the prime minister's office
            return Speaker(f"{self._adjective(country)} prime minister's office", "government",
                           country, "organisation")
        return Speaker(f"{person.name}'s office", "government", person.country, "organisation")

    def _presidential_office(self, country: str | None) -> Speaker | None:
        """The registry's presidential office of ``country``, when it has one."""
        adjective = self._adjective(country) if country else None
        src = self.registry.lookup(f"{adjective} presidential office", outlets_only=False) \
            if adjective else None
        return Speaker.from_source(src) if src is not None else None

    def _names_a_body(self, words: Sequence[Token]) -> bool:
        """Whether capitalised ``words`` (no leading "the") name a body, not a place: one the
        registry knows, one headed by an institution's noun ("... Institute of Ocean
        Sciences", "Kenyatta National Hospital") or an acronym ("JPMC")."""
        if not words or not words[0].cap or not words[-1].cap \
                or not all(t.cap or t.low in _ACRONYM_GLUE for t in words) \
                or self.cues.country_code([t.text for t in words]) is not None:
            return False
        if len(words) == 1 and len(words[0].text) >= 2 and words[0].text.isupper():
            return True
        heads = _institution_words(self.cues) | self.cues.names["body_heads"]
        return any(t.low in heads for t in words) \
            or self.registry.lookup(_join(words), outlets_only=False) is not None

    def resolve_pronoun(self, word: str, position: int) -> Speaker | None:
        """The latest compatible speaker before ``position`` (he/she: a person; it: a body)."""
        kind = self.cues.pronoun_kind(word)
        found = None
        if kind == "person" and (spoke := self._spokesperson(position)) is not None:
            return spoke  # "A BHP spokesman confirmed ... He said": the spokesman's body
        if kind == "person":
            found = self.recent(position, kinds=("person",))
            if found is not None:
                # a person named as the subject of a later sentence is more salient than the
                # last speaker ("Pryce said ... . Doyle's house flooded. ..., she said.")
                since = self._recent_position(position, found)
                named = self._salient_person(since, position) if since is not None else None
                if named is not None:
                    found = named
                elif found.generic and since is not None and since < position:
                    # an unnamed person stands back for a person named after them ("a source
                    # said ... Kim Jong Un's call to fight what he described as ...")
                    between = [m for m in self._people(self.text[since:position], since)
                               if not _AFTER_PLACE_WORD.search(self.text, max(0, m.start - 6), m.start)]
                    # (not a place taken for a name: "A peasant leader from La Macarena")
                    if between and between[-1].start > since:
                        found = self._mentioned(between[-1])
            else:
                mention = self._latest_mention(position)
                if mention is not None:
                    found = self._mentioned(mention)
                else:  # "Ahmed, a 34-year-old engineer, has lost ... "...," he said."
                    found = self._salient_person(max(0, position - 600), position)
        elif kind == "organisation":
            found = self._head_body(position) or self._head_body_before(position) or self.recent(
                position, kinds=("organisation",))
        elif kind == "group":
            found = self.recent(position, kinds=("group", "organisation"))
        # unresolved: the quote is still someone's, with no name ("he said" with no antecedent)
        return found or Speaker("", "other", None, kind or "person")

    def _spokesperson(self, position: int) -> Speaker | None:
        """The body of an unnamed spokesperson ("A BHP spokesman") when that spokesperson
        is the latest speaker before ``position``, so that "he" stands for them."""
        latest = next(self._before(position), None)
        if latest is None or latest[1].kind != "organisation":
            return None
        at, speaker = latest
        return next((body for start, body in self._spokespeople.items()
                     if body == speaker and at - 200 <= start <= at), None)

    def _head_body(self, position: int) -> Speaker | None:
        """The body named at the head of the sentence that ``position`` is in ("The United
        Nations Assistance Mission for Iraq (UNAMI) congratulated Iraqis on what it described
        as ..."), when one is named there."""
        start = max(0, position - 400)
        ends = [m.end() for m in _SENTENCE_END.finditer(self.text, start, position)]
        start = ends[-1] if ends else (start if start == 0 else position)
        tokens = tokenize(self.text, start, position)
        comma = next((k for k, t in enumerate(tokens[:7]) if t.text == ","), None)
        if comma is not None and tokens[0].low in _OPENING_ADJUNCTS and all(
                t.is_word and (not t.cap or k == 0 or t.low in _WEEKDAY_NAMES or tokens[0].low in ("in", "at"))
                for k, t in enumerate(tokens[:comma])):  # (and "In Taipei, the Ministry of ...")
            tokens = tokens[comma + 1:]  # "For its part, the Chinese Embassy in Mexico ..."
        run: list[Token] = []
        if len(tokens) > 3 and tokens[0].low == "the" and not tokens[1].cap:
            lower = next((k for k in range(1, min(len(tokens), 4)) if tokens[k].cap), None)
            if lower is not None and lower > 1 and all(
                    t.is_word and t.low.isalpha() and t.low not in STOPWORDS for t in tokens[1:lower]) \
                    and any(t.low in self.cues.roles.get("news-media", ()) for t in tokens[1:lower]):
                run = [tokens[0], *tokens[1:lower]]  # "The party newspaper Rodong Sinmun"
        for k, token in enumerate(tokens[len(run):], len(run)):
            if token.cap or token.low in ("of", "for", "and", "&") and run or token.low == "the" \
                    and k == 0 or token.text in "()" and run or k == 1 and run and not token.cap \
                    and token.low in self.cues.roles.get("government", ()) and len(tokens) > 3 \
                    and tokens[2].low == "of" and tokens[3].cap \
                    or token.low == "in" and run and run[-1].low in _POSTS and k + 1 < len(tokens) \
                    and tokens[k + 1].cap:  # ("The prefecture of Brittany", "the Chinese Embassy in Mexico")
                run.append(token)
            else:
                break
        while run and (run[-1].low in ("of", "for", "and", "&") or run[-1].text == "("):
            run.pop()
        if len([t for t in run if t.cap]) < 2 and not (run and run[-1].text == ")"):
            return None
        found = self.resolve_one(run)
        if (found is None or found.kind != "organisation") and not run[1].cap \
                and any(t.low in self.cues.roles.get("news-media", ()) for t in run[1:3]):
            name = [t for t in run if t.cap and t is not run[0]]  # "The party newspaper
            return Speaker(_join(name), "news-media", None, "organisation")  # Minju Choson"
        return found if found is not None and found.kind == "organisation" else None

    def _head_body_before(self, position: int) -> Speaker | None:
        """The body named at the head of the sentence before the one ``position`` is in ("The
        Tuzla Canton Prosecutor's Office welcomed the ruling. In a statement, it said ...")."""
        ends = [m for m in _SENTENCE_END.finditer(self.text, max(0, position - 400), position)]
        if not ends:
            return None
        return self._head_body(ends[-1].start())

    def _recent_position(self, position: int, speaker: Speaker) -> int | None:
        return next((at for at, seen in self._before(position) if seen is speaker), None)

    def _salient_person(self, since: int, position: int) -> Speaker | None:
        """The person named at the head of the latest sentence between the sentence of the
        speaker at ``since`` and ``position`` (quotations left out), if any."""
        # quotations blanked first: a sentence that ends inside the speaker's own quotation
        # ("... said: "We are sorry. A timetable that people can plan ..."") ends nothing
        blanked = _QUOTED.sub(lambda m: " " * len(m.group()), self.text[since:position])
        stop = next((m for m in _SENTENCE_END.finditer(blanked)
                     if "\n" in m.group() or not _ENDS_INITIAL.search(blanked, max(0, m.start() - 2), m.start() + 1)),
                    None)  # ("wrote on X." at a paragraph's end ends it)
        if stop is None:
            return None
        start = max(since + stop.end(), position - 1500)
        window = blanked[start - since:]
        cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(window)
                     if "\n" in m.group() or not _ENDS_INITIAL.search(window, max(0, m.start() - 2), m.start() + 1))]
        for a in reversed(cuts):
            if a == cuts[-1] and a and window[a:].rstrip().endswith(","):
                continue  # "The Wa West district is worst hit, he said": his words, not who
            speaker = self._head_person(window, a, start)
            if speaker is None:
                # "At a news conference on Wednesday, company President Ann Lee bowed."
                first = _WORD.match(window, a)
                comma = window.find(",", a)
                if first is not None and comma > 0 and not _SENTENCE_END.search(window, a, comma) \
                        and (first.group().casefold() in _FRONTED or self._kin_apposed(window, a, comma)):
                    speaker = self._head_person(window, comma + 1 + len(window[comma + 1:]) -
                                                len(window[comma + 1:].lstrip()), start)
            if speaker is not None:
                return speaker
        return None

    @staticmethod
    def _kin_apposed(window: str, a: int, comma: int) -> bool:
        """"His mother, Gail Alleyne, wept": a possessive and a lower-case noun before the name
        in apposition."""
        words = _WORD.findall(window, a, comma)
        return 2 <= len(words) <= 4 and words[0].casefold() in ("his", "her", "their") \
            and all(not capitalised(w) for w in words[1:])

    def _head_person(self, window: str, a: int, offset: int) -> Speaker | None:
        """The person named in the leading capitalised words of the sentence at ``a``."""
        candidates = []
        lead_end = a
        for m in _WORD.finditer(window, a):
            word = m.group()
            if not capitalised(word):
                if word in _NAME_PARTICLES or (word in self.cues.titles or is_profession(word) or (
                        (src := self.registry.by_head(word)) is not None and src.generic
                        and src.name == "Unnamed sources")) and m.start() > a \
                        and m.start() - lead_end <= 1 and not candidates[1:]:
                    continue  # ("Council leader Jane Meagher welcomed the decision.", "Fatbike
                    # dealer Mo Bakkali fears for his turnover.")
                break
            lead_end = m.end()
            bare = _POSSESSIVE.sub("", word).rstrip(".,")
            low = bare.casefold()
            if not (low in self.cues.titles or low in STOPWORDS or low in DETERMINERS
                    or len(bare) < 2 or self.cues.country_code([bare])):
                candidates.append((bare, offset + m.start()))
            if _SENTENCE_END.match(window, m.end()):
                break
        if not candidates:
            return self._head_unnamed(window, a)
        if len(candidates) > 1:
            found = [self._after_role(x) for x in find_person_mentions(window[a:lead_end], self.registry, self.cues, offset + a)]
            if found:
                return self._mentioned(found[0])
        for bare, at in candidates:
            mention = self._mention_with(bare, at)
            if mention is not None:
                return self._mentioned(mention)
        if len(candidates) == 1 and _APPOSITION_PERSON.match(window, lead_end):
            # "Ahmed, a 34-year-old engineer in Sharjah, has lost ...": a person named by one name
            return self._person(candidates[0][0], (), ())
        return None

    def _head_unnamed(self, window: str, a: int) -> Speaker | None:
        """"A woman surnamed Huang brought her father ...": one unnamed person heading the
        sentence, whom a later "she" stands for."""
        words = _WORD.findall(window, a, min(len(window), a + 80))[:6]
        if not words or words[0].casefold() not in ("a", "an", "one"):
            return None
        for word in words[1:]:
            src = self.registry.by_head(word.casefold().rstrip(".,"))
            if src is not None and src.generic and src.source_type == "anonymous":
                return Speaker(src.name, src.source_type, src.country, "person", True, True)
        return None

    def _anaphor(self, tokens: Sequence[Token], position: int) -> Speaker | None:
        """"the agency", "the ministry": the latest speaker of that kind; "the coast guard":
        the body last named with those words ("the Japan Coast Guard")."""
        if tokens[0].low != "the" or len(tokens) > 3:
            return None
        if len(tokens) == 2 and tokens[1].text in ("bench", "panel"):
            # "The bench observed that": the judges speak as their court
            tokens = [tokens[0], Token(tokens[1].start, tokens[1].end, "court", "court")]
        rest = " ".join(t.low for t in tokens[1:])
        if len(tokens) == 2 and (found := self.body_ending(tokens[1].text, position)):
            return found
        if len(tokens) == 2 and tokens[1].low in _POSTS and not tokens[1].cap and (
                found := self.recent(position, kinds=("organisation",), words=(tokens[1].low,))):
            return found  # "the mission" after "the Chinese mission to the EU said"
        if len(tokens) == 3 and not any(t.cap for t in tokens[1:]) and \
                tokens[-1].low in _institution_words(self.cues):
            found = self._named_before(tokens[-1].text, position, tokens[1].text)
            if found is not None:
                return found
        if len(tokens) == 2 and tokens[1].low in ("group", "watchdog"):
            # "the group", "the watchdog": the campaign, watchdog or firm that spoke last,
            # whatever its name
            return self._group_before(position) \
                or self._described_before(tokens[1].low, position, (tokens[1].low,))
            # ("the group said" after "the Multilateral Sanctions Monitoring Team, an
            # 11-country group")
        if len(tokens) == 2 and not tokens[1].cap and tokens[1].low in _SEATS_OF_LEARNING:
            # "the university said" after "astronomers at Cadi Ayyad University"
            found = self._named_before(tokens[1].text, position)
            if found is not None:
                return found
        if len(tokens) == 2 and not tokens[1].cap and (tokens[1].low in self.cues.roles.get(
                "other", ()) or tokens[1].low in self.cues.names["company_nouns"]):
            # "the company said": the body last named that way, or described so ("Kyrgyz
            # carrier Tez Jet"), or that spoke
            return self._named_before(tokens[1].text, position) or self._described_before(
                tokens[1].low, position) or self.recent(position, kinds=("organisation",),
                                                        types=("other",))
        for source_type, nouns in self.cues.anaphors.items():
            if rest in nouns:
                types = ("news-media", "state-media") if source_type == "news-media" else ("government",)
                words = () if source_type == "news-media" else (rest,)
                found = self.recent(position, types=types, words=words) or (
                    self.recent(position, kinds=("organisation",), words=words) if words else None
                ) or (self._named_before(tokens[-1].text, position) if words else None) or (
                    self._ministers_ministry(position) if rest == "ministry" else None) or (
                    self.recent(position, types=types) if words and rest != "government" else None)
                # ("the government" is no agency that spoke before it: "An Environment Agency
                # spokesperson said ... The government said")
                if found is None and rest == "agency":
                    # "According to the agency" after "the Nigeria Centre for Disease Control
                    # (NCDC) said", with no news agency before: a public body
                    found = self.recent(position, kinds=("organisation",),
                                        types=("government", "expert"), named=True)
                if found is None and rest == "government" and (
                        body := self.recent(position, types=("government",))) is not None \
                        and body.country:
                    # "Japan's Fisheries Agency said ... The government said": that country's
                    found = self._government(body.country)
                return found or self._own(rest)
        return None

    def _ministers_ministry(self, position: int) -> Speaker | None:
        """"the ministry" with no ministry named before, after "Health Minister X said": the
        minister's ministry (the Health Ministry)."""
        last = None
        for m in _PORTFOLIO_MINISTER.finditer(self.text, max(0, position - 3000), position):
            if m.group(1).casefold() not in _NOT_PORTFOLIOS:
                last = m
        if last is None:
            return None
        name = f"{last.group(1)} Ministry"
        country = self.country
        before = self.text[max(0, last.start() - 30):last.start()].split()
        named = re.match(r"\s*((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+)", self.text[last.end():last.end() + 60])
        known = self.registry.lookup(named.group(1), outlets_only=False) if named else None
        if before and self.cues.country_code([before[-1].rstrip(",")]):
            country = self.cues.country_code([before[-1].rstrip(",")])  # "Chinese Foreign Minister"
        elif known is not None and known.country:
            country = known.country  # "Foreign Minister Wang Yi": China's
        adjective = self._adjective(country) if country else None
        src = self.registry.lookup(f"{adjective} {name}", outlets_only=False) if adjective else None
        if src is not None:
            return Speaker.from_source(src)
        return Speaker(name, "government", country, "organisation")

    def _named_before(self, noun: str, position: int, also: str = "") -> Speaker | None:
        """The body named last before ``position`` with ``noun`` among its capitalised words
        ("the court" after "The Constitutional Court removed him"), when it has not spoken."""
        word = noun[:1].upper() + noun[1:]
        others = self.cues.roles.get("other", frozenset()) if noun.casefold() in self.cues.roles.get(
            "other", ()) else frozenset()
        # "the company" after "Acme Corp.": any word of a company's name will do
        words = sorted({w[:1].upper() + w[1:] for w in others} | {word}, key=len, reverse=True)
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")
        start = max(0, position - 3000)
        for m in reversed(list(pattern.finditer(self.text, start, position))):
            run = next((r for r in _CAPITAL_RUN.finditer(self.text, max(0, m.start() - 80),
                                                        min(len(self.text), m.end() + 80))
                        if r.start() <= m.start() and m.end() <= r.end()), None)
            if run is None or run.group() == m.group() or also and also.casefold() not in \
                    run.group().casefold().split():
                continue
            end = run.end()
            tail = _OF_NAME.match(self.text, end)
            if tail is not None:  # "Reserve Bank of Australia"
                end = tail.end()
            tokens = [t for t in tokenize(self.text, run.start(), end)
                      if t.low not in DETERMINERS]
            while tokens and (tokens[-1].low.endswith("'s") or not tokens[-1].is_word):
                if tokens[-1].text == "." and len(tokens) > 1 and tokens[-2].low in _ABBREVIATIONS:
                    break  # "Acme Corp."
                tokens.pop()
            kind, name = split_name(tokens, self.cues) if tokens else (None, [])
            if kind == "person" or not tokens:
                continue
            if others and not any(t.low.strip(".,") in others for t in tokens):
                continue
            name = name or tokens
            src = self.registry.lookup(_join(name), outlets_only=False)
            if src is not None:
                return Speaker.from_source(src)
            # ("the ministry" after "Moscow's Foreign Ministry": the owner names the country)
            return self._institution(name, (), self.country_of(tokens))
        if noun.casefold() in self.cues.roles.get("government", ()):
            return self._place_body_before(noun.casefold(), start, position)
        return None

    def _place_body_before(self, noun: str, start: int, position: int) -> Speaker | None:
        """"the court" after "The administrative court of Rennes annulled the plan": a body of a
        place named in lower case before ``position``, when it has not spoken."""
        pattern = re.compile(r"\b[Tt]he (?:[a-z]+ ){0,2}" + re.escape(noun) + r" (?:of|in) (?:the )?[A-Z]")
        for m in reversed(list(pattern.finditer(self.text, start, position))):
            tokens = tokenize(self.text, m.start(), min(position, m.end() + 60))
            at = next(k for k, t in enumerate(tokens) if t.low in ("of", "in") and k > 1)
            end = at + 1
            while end < len(tokens) and (tokens[end].cap and tokens[end].is_word
                                         or tokens[end].low in ("the", "de", "of") and end + 1 < len(tokens)
                                         and tokens[end + 1].cap):
                end += 1
            found = self.resolve_one(tokens[:end])
            if found is not None and found.kind == "organisation" and not found.generic:
                return found
        return None

    def _group_before(self, position: int) -> Speaker | None:
        """The latest body that spoke (a campaign, watchdog or firm), or speaker named by one
        unknown word that names no person of the article ("Greenpeace said ... The group
        said": a body after all)."""
        for _, speaker in self._before(position):
            if speaker.kind == "organisation" and speaker.source_type in ("other", "expert"):
                return speaker
            if one_unknown_word(speaker) and self._mention_with(speaker.name, position) is None:
                return Speaker(speaker.name, "other", speaker.country, "organisation")
        return None

    def _described_before(self, noun: str, position: int,
                          words: Sequence[str] = ()) -> Speaker | None:
        """The company last named after a word that says what it is ("Kyrgyz carrier Tez
        Jet", "the budget airline Jetstar") or before one in apposition ("Tez Jet, a
        low-cost airline,"), for "the airline", "the company"."""
        words = words or _COMPANY_SYNONYMS.get(noun, self.cues.names["company_nouns"])
        alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        before = re.compile(r"(?<![\w-])(?:" + alternatives + r")s? ((?:[A-Z][\w&'.-]*)"
                            r"(?: (?:[A-Z][\w&'.-]*|&))*)")
        after = re.compile(r"((?:[A-Z][\w&'.-]*)(?: (?:[A-Z][\w&'.-]*|&))*), (?:a|an|the) "
                           r"(?:[\w-]+ ){0,3}(?:" + alternatives + r")(?![\w-])")
        lo = max(0, position - 3000)
        found = [m for pattern in (before, after) for m in pattern.finditer(self.text, lo, position)]
        if not found:
            return None
        m = max(found, key=lambda m: m.start(1))
        name = tokenize(self.text, m.start(1), m.end(1))
        while name and not name[-1].is_word:
            name.pop()
        if not name or name[0].low in STOPWORDS or self.cues.country_code([name[0].text]):
            return None
        src = self.registry.lookup(_join(name), outlets_only=False)
        if src is not None:
            return Speaker.from_source(src)
        return Speaker(_join(name), "other", self.country_of(name), "organisation")

    def _defined_body(self, acronym: str, position: int) -> Speaker | None:
        """The body whose name the article wrote before ``(acronym)``, before ``position``."""
        found = None
        for m in _DEFINED.finditer(self.text, 0, position):
            if m.group(2) == acronym:
                found = m
        if found is None:
            return None
        written = list(re.finditer(r"\S+", found.group(1)))  # the expansion's last words
        n = len(self.expansions.get(acronym, "").split())
        if not 2 <= n <= len(written):
            return None
        name = tokenize(self.text, found.start(1) + written[-n].start(),
                        found.start(1) + written[-1].end())
        # as the name is resolved where it is written (a body, or "Andrés Manuel López Obrador
        # (AMLO)" a person)
        return self.resolve_one([*name, Token(found.end(1), found.end(1) + 1, "(", "("),
                                 Token(found.start(2), found.end(2), acronym, acronym.casefold()),
                                 Token(found.end(2), found.end(2) + 1, ")", ")")])

    def _body_named(self, token: Token, position: int) -> Speaker | None:
        """The body whose name starts with ``token`` and was written before ``position``
        ("Hanseong Motors"), when ``token`` alone names it later."""
        for _, speaker in self._before(position):
            if speaker.kind == "organisation" and speaker.name.split()[0] == token.text \
                    and speaker.name != token.text:
                return speaker
        lo = max(0, position - 3000)
        if self.text.find(token.text + " ", lo, position) < 0:
            return None
        pattern = _name_start_pattern(token.text)
        institutions = _institution_words(self.cues)
        for m in reversed(list(pattern.finditer(self.text, lo, position))):
            words = m.group().split()
            last = next((k for k in range(len(words) - 1, 0, -1)
                         if words[k].casefold().strip(".,") in institutions), None)
            if last is not None:
                name = tokenize(self.text, m.start(), m.start() + len(" ".join(words[:last + 1])))
                src = self.registry.lookup(_join(name), outlets_only=False)
                return Speaker.from_source(src) if src is not None else self._institution(
                    name, (), self.country_of(name))
        return None

    def _title_anaphor(self, tokens: Sequence[Token], position: int) -> Speaker | None:
        """"the chancellor", "the prime minister": the person last named in the article with
        that title ("Chancellor Olaf Scholz", "Prime Minister Kishida Fumio")."""
        bare = len(tokens) == 1 and tokens[0].cap and tokens[0].text[1:].islower() \
            and tokens[0].low in self.cues.roles.get("government-official", ())
        if not bare and (tokens[0].low != "the" or not 2 <= len(tokens) <= 4):
            return None
        # (a title alone as the name, as Bhutanese copy writes it: '"...," Lyonpo said')
        words = [t.low for t in (tokens if bare else tokens[1:])]
        if words == ["head"]:  # the phrase's chunk stops before "of state"
            of = _HEAD_OF.match(self.text, tokens[-1].end)
            words = words + ["of", of.group(1).casefold()] if of else words
        office = _ROLE_PHRASES.get(" ".join(words))
        countries: set[str] = set()  # a country's adjective before the title
        if office is not None:  # "the head of state": the person titled "President"
            words, variants = [], office
        else:
            official = self.cues.roles.get("government-official", ())
            codes = [self.cues.country_code([w]) if k < len(words) - 1 else None
                     for k, w in enumerate(words)]  # ("the Cuban President": a country's)
            if words[-1] not in official or any(
                    w not in self.cues.titles and w not in MODIFIERS and not code
                    for w, code in zip(words, codes)):
                return None
            countries = {code for code in codes if code}
            words = [w for w, code in zip(words, codes) if not code]
            variants = (tokens[-1].low, *_TITLE_SYNONYMS.get(tokens[-1].low, ()))
        # only where the title is written: the person named right after it ("Premier Kim Tok
        # Hun") or right before it ("Kim Tok Hun, premier of the Cabinet")
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, variants)) + r")(?![\w-])",
                             re.I)
        lo = max(0, position - 5000)
        for m in reversed(list(pattern.finditer(self.text, lo, position))):
            lone = _NEXT_WORD.match(self.text, m.end())
            if lone is not None and lone.group(1)[0].isupper() and lone.end() <= position:
                # "Minister Battsetseg said": the person named in full with that surname
                known = next((x for x in reversed(self.mentions) if x.end <= m.start()
                              and lone.group(1).casefold() in x.parts[1:]), None)
                if known is not None:
                    return self._mentioned(known)
            a, b = max(0, m.start() - 120), min(position, m.end() + 120)
            while a > 0 and not self.text[a - 1].isspace():
                a -= 1
            near = [x for x in map(self._after_role, find_person_mentions(self.text[a:b], self.registry, self.cues, a))
                    if x.end <= position and (0 <= x.start - m.end() <= 80 or
                                              0 <= m.start() - x.end <= 25)]
            ranks = {id(x): self._country_rank(x, countries) if countries else 0 for x in near}
            # (a person of that country first, then one of no known country: "the Russian
            # foreign minister" is not Iran's)
            for mention in sorted((x for x in near if ranks[id(x)] < 2),
                                  key=lambda x: (ranks[id(x)], abs(x.start - m.start()))):
                titles, apposition = self._mention_context(mention)
                said = {t.low for t in (*titles, *apposition)}
                if _TITLE_COMPLEMENT.fullmatch(self.text, m.end(), mention.start):
                    said.add(m.group().casefold())  # "President of the Kyrgyz Republic Sadyr
                    # Japarov": the title, its complement, then the name
                if office is not None and not said.intersection(office):
                    continue
                if all(w in said or said.intersection(_TITLE_SYNONYMS.get(w, ())) for w in words):
                    return self._mentioned(mention)
        return None

    def _country_rank(self, mention: Mention, countries: set[str]) -> int:
        """0 for a person of one of ``countries`` ("the Russian foreign minister": Lavrov), 1 for
        a person of no known country, 2 for a person of another country."""
        found = None
        for token in reversed(tokenize(self.text, max(0, mention.start - 50), mention.start)):
            if not token.cap:  # "Bolivian Foreign Minister Reza Karimi": the capitalised
                break          # words right before the name
            found = self.cues.country_code([token.text])
            if found:
                break
        if not found:
            titles, apposition = self._mention_context(mention)
            found = self.country_of([*titles, *apposition]) or self._mentioned(mention).country
        return 1 if not found else 0 if found in countries else 2

    def _noun_anaphor(self, tokens: Sequence[Token], position: int) -> Speaker | None:
        """"the architect said": the person the article last named with that noun, before the
        name ("The project's architect, Kenneth Abela,", "architect Kenneth Abela") or at the
        head of the apposition after it ("Kenneth Abela, the project's architect,")."""
        if len(tokens) != 2 or tokens[0].low != "the" or tokens[1].cap or not tokens[1].low.isalpha() \
                or tokens[1].low.endswith("s") or tokens[1].low in STOPWORDS \
                or self.registry.by_head(tokens[1].low, plural=True) is not None \
                or tokens[1].low in _institution_words(self.cues):
            return None
        noun = tokens[1].low
        if self.text.find(noun, max(0, position - 3000), position) < 0:
            return None
        before = re.compile(r"\b" + re.escape(noun) + r",? \Z", re.I)
        for mention in reversed(self.mentions):
            if mention.end > position or mention.start < position - 3000:
                continue
            if before.search(self.text, max(0, mention.start - 40), mention.start):
                return self._mentioned(mention)
            if noun in self._apposition_head(mention):
                return self._mentioned(mention)
        return None

    def _paragraph_person(self, tokens: Sequence[Token], position: int) -> Speaker | None:
        """"Among them is Theresia Gruber (78). "...", says the pensioner": a person named in
        the same paragraph, then called by what she is ("the grandmother", "the academic",
        "the referee"), is that person (an official or a spokesperson is not)."""
        if len(tokens) != 2 or tokens[0].low != "the" or tokens[1].cap or not tokens[1].low.isalpha() \
                or tokens[1].low.endswith("s") or tokens[1].low in STOPWORDS \
                or tokens[1].low in self.cues.roles.get("government-official", ()):
            return None
        src = self.registry.by_head(tokens[1].low)
        people = src is not None and src.generic and src.name in ("Unnamed sources", "Unnamed analysts")
        if not people and tokens[1].low in _institution_words(self.cues):
            return None  # ("the institute"; but "the specialist", "the researcher")
        if src is not None and not people \
                or src is None and not is_profession(tokens[1].low) \
                and tokens[1].low not in self.cues.titles:
            return None
        noun = tokens[1].low
        if noun in ("source", "people", "person", "insider") or re.search(
                r"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}" + re.escape(noun) + r"\b",
                self.text[max(0, position - 1500):position], re.I):
            return None  # ("a source familiar with ..., the source said": the unnamed one)
        start = self.text.rfind("\n\n", 0, position) + 1
        near = [m for m in self.mentions if start <= m.start and m.end <= position
                and not _ADDRESSED.search(self.text, max(0, m.start - 8), m.start)
                and self.registry.lookup(m.name, outlets_only=True) is None]
        # (not "In an interview with Milenio Televisión": an outlet spoken to)
        return self._mentioned(near[-1]) if near else None

    def _parent_epithet(self, tokens: Sequence[Token], position: int) -> Speaker | None:
        """"said the grandmother of five": the person the article named last (a speaker or a
        mention), as "the 67-year-old" would be."""
        if len(tokens) != 4 or tokens[0].low != "the" or tokens[1].low not in _PARENTS \
                or tokens[2].low != "of" or not (tokens[3].text.isdigit() or tokens[3].low in _SMALL_NUMBERS):
            return None
        for mention in reversed(self.mentions):
            if mention.end <= position and mention.start >= position - 3000:
                return self._mentioned(mention)
        return None

    def _age_anaphor(self, tokens: Sequence[Token], position: int) -> Speaker | None:
        """"The 26-year-old said", "the 71-year-old former minister told reporters": the person
        the article last gave that age ("Maria Lopez, 26,", "26-year-old Maria Lopez", "Lopez
        (26)", "Lopez, aged 26,"), else the person who spoke last, else the person it named last
        with no other age."""
        if tokens[0].low != "the" or not 4 <= len(tokens) <= 7 or not tokens[1].text.isdigit() \
                or tokens[2].text != "-" or tokens[3].low not in ("year-old", "years-old") \
                or any(t.cap or not t.is_word for t in tokens[4:]):
            return None
        years = tokens[1].text
        lo = max(0, position - 5000)
        before = [m for m in self.mentions if lo <= m.start and m.end <= position]
        ageless = None  # the latest person given no other age
        aged = set()  # the names of people given another age
        for mention in reversed(before):
            given = _AGE_AFTER.match(self.text, mention.end, mention.end + 12) \
                or _AGE_BEFORE.search(self.text, max(0, mention.start - 60), mention.start)
            if given is not None and given.group(1) == years:
                return self._mentioned(mention)
            if given is None and ageless is None:
                ageless = mention
            if given is not None:
                aged.add(self._mentioned(mention).name)
        spoke = next((speaker for _, speaker in self._before(position)
                      if speaker.kind == "person" and not speaker.generic
                      and speaker.name not in aged), None)
        if spoke is not None:  # "Afif said: ... . Asked about his future, the 29-year-old said"
            return spoke
        return self._mentioned(ageless) if ageless is not None else None

    def _body_head_anaphor(self, tokens: Sequence[Token], position: int) -> Speaker | None:
        """"the ANM head specified" after "ANM director general Elena Mateescu stated": the
        person last named with that body's acronym in their title."""
        if len(tokens) != 3 or tokens[0].low != "the" or not tokens[1].text.isupper() \
                or not 2 <= len(tokens[1].text) <= 6 or not tokens[1].text.isalpha() or tokens[2].cap \
                or not (tokens[2].low in self.cues.titles or tokens[2].low in ("head", "chief", "boss")):
            return None
        acronym = re.compile(r"\b" + re.escape(tokens[1].text) + r"\b")
        for mention in reversed(self.mentions):
            if mention.end > position or mention.start < position - 5000:
                continue
            if acronym.search(self.text, max(0, mention.start - 60), mention.start):
                return self._mentioned(mention)
        return None

    def _acronym_title(self, tokens: Sequence[Token], position: int) -> Speaker | None:
        """"the CEC said" after "chief election commissioner (CEC) AMM Nasir Uddin": the person
        named right after a title that the article shortened to that acronym."""
        words = [t for t in tokens if t.low != "the"]
        if len(words) != 1 or not 2 <= len(words[0].text) <= 6 or not words[0].text.isalpha() \
                or not words[0].text.isupper():
            return None
        acronym = words[0].text
        defined = f"({acronym})"
        lo = max(0, position - 5000)
        if self.text.find(defined, lo, position) < 0:
            return None
        for m in reversed(list(re.finditer(re.escape(defined) + r"\s+", self.text[lo:position]))):
            before = [w for w in _WORDS_BEFORE.findall(self.text, max(0, lo + m.start() - 100),
                                                      lo + m.start())
                      if w.casefold() not in _ACRONYM_GLUE]
            if "".join(w[0] for w in before[-len(acronym):]).upper() != acronym:
                continue
            mention = next((x for x in self.mentions if x.start == lo + m.end()), None)
            if mention is not None:
                return self._mentioned(mention)
        return None

    def _expert_anaphor(self, tokens: Sequence[Token], position: int) -> Speaker | None:
        """"the expert", "the analyst": the expert last quoted by name ("Denis Kovalchuk, a
        senior researcher at ..."), not analysts in general."""
        if len(tokens) != 2 or tokens[0].low != "the" or tokens[1].low.endswith("s"):
            return None
        src = self.registry.by_head(tokens[1].low)
        if src is None or src.source_type != "expert":
            return None
        return self.recent(position, kinds=("person",), types=("expert",))

    def _registry_named(self, tokens: Sequence[Token]) -> bool:
        """Whether the registry names the phrase as someone ("the Kremlin spokesman")."""
        known = self._registry_suffix(tokens)
        return known is not None and not known.generic

    def _description(self, tokens: Sequence[Token], position: int) -> Speaker | None:
        """"the Russian top diplomat", "the Indian minister": the latest person who spoke
        for that country (a definite description of one official refers back to them)."""
        if tokens[0].low != "the" or not 3 <= len(tokens) <= 5 or tokens[-1].cap:
            return None
        if tokens[-1].low not in self.cues.roles.get("government-official", ()):
            return None
        country = self.country_of(tokens[1:-1])
        if country is None or self._registry_named(tokens):
            return None
        return next((speaker for _, speaker in self._before(position) if speaker.kind == "person"
                     and speaker.country == country and not speaker.generic), None)

    def _adjective(self, code: str) -> str:
        """The adjective of a country's bodies: "US", "Chinese", else the first word the cues
        list for the country ("Moldovan"), else its code."""
        found = _COUNTRY_ADJECTIVE.get(code)
        if found is None:
            words = self.cues.countries.get(code)
            found = words[0] if words else code
        return found

    def _own(self, noun: str) -> Speaker | None:
        """With nothing to refer back to, "the government" or "the military" of a national
        outlet is its own country's ("the military said" in a Yonhap story)."""
        adjective = self._adjective(self.country) if self.country else None
        src = self.registry.lookup(f"{adjective} {noun}", outlets_only=False) if adjective else None
        if src is None and adjective and noun == "government":
            return self._government(self.country)
        return Speaker.from_source(src) if src is not None else None

    def _state(self, tokens: Sequence[Token]) -> Speaker | None:
        """A country or its capital that speaks ("Morocco said", "Rabat has said"): its
        government, by the registry's name when it has one."""
        words = [t for t in tokens if t.low != "the"]
        if not words or len(words) > 3 or not all(t.cap and t.is_word for t in words):
            return None
        before = _LAST_WORD.search(self.text, max(0, tokens[0].start - 30), tokens[0].start)
        if before is not None and before.group(1).casefold() in _PLACE_WORDS_BEFORE:
            return None  # "the Russian Embassy in Chisinau": a place, not Moldova speaking
        name = _join(words)
        code = self.cues.country_code([t.text for t in words])
        forms = self.cues.countries.get(code, ()) if code else ()
        if not forms or name not in forms or name in (forms[0], forms[0] + "s") \
                or name.endswith(("'s", "’s")):
            return None  # not "Moroccan", "Americans", "Morocco's"
        return self._government(code)

    def _government(self, code: str) -> Speaker:
        """A country's government: the registry's entry, else named from its adjective."""
        name = f"{self._adjective(code)} government"
        src = self.registry.lookup(name, outlets_only=False)
        return Speaker.from_source(src) if src is not None else Speaker(name, "government", code,
                                                                          "organisation")

    def _registry_suffix(self, tokens: Sequence[Token]) -> Speaker | None:
        """The registry entry named by the longest suffix of the phrase (or by the phrase
        without its determiner)."""
        words = [t.text for t in tokens]
        for start in range(len(words)):
            if start and tokens[start - 1].text == "-":
                continue
            phrase = _join(tokens[start:])
            src = self.registry.lookup(phrase, outlets_only=False)
            if src is not None and src.generic and start and tokens[start].cap and (
                    tokens[start - 1].cap or tokens[start - 1].low in ("of", "for")):
                continue  # "Experts" that ends "the U.N. Panel of Experts"
            if src is not None and start >= 2 and tokens[start].cap and src.kind != "person" \
                    and tokens[start - 1].low in ("of", "for") and tokens[start - 2].cap \
                    and tokens[start - 2].low not in ("government", "people", "republic"):
                continue  # "Japan" that ends "the Bank of Japan"
            if src is not None and start and tokens[start - 1].cap and tokens[start - 1].low not in STOPWORDS \
                    and start == len(words) - 1 and tokens[start].low in _COMPASS:
                continue  # "the North" is not the end of "Jebba North"
            if src is not None and start and tokens[start - 1].cap and src.source_type == "government" \
                    and tokens[start - 1].low in _institution_words(self.cues) \
                    and self.cues.country_code([t.text for t in tokens[start:]]):
                continue  # "Malaysia" that ends "CGS International Securities Malaysia"
            if src is None and tokens[start].low in DETERMINERS:
                src = self.registry.lookup(_join(tokens[start + 1:]), outlets_only=False) \
                    if start + 1 < len(words) else None
            if src is not None and start and src.country and (
                    country := self.country_of(tokens[:start])) and country != src.country:
                continue  # "China's Ministry of National Defense" is not Seoul's
            if src is not None:
                return Speaker.from_source(src)
        end = len(tokens)
        while end > 1 and not tokens[end - 1].cap and tokens[end - 1].low in self.cues.names["media_descriptors"]:
            end -= 1
        if end < len(tokens):  # "North Korea's KCNA news agency", "Rodong Sinmun newspaper"
            known = self._registry_suffix(tokens[:end])
            if known is not None and known.source_type in ("state-media", "news-media"):
                return known
        return None

    def _named(self, tokens: Sequence[Token], apposition: Sequence[Token],
               country: str | None) -> Speaker | None:
        kind, name = split_name(tokens, self.cues)
        if kind is None:
            return None
        if len(name) == 1 and not any(t.start < name[0].start and t.low not in DETERMINERS
                                      for t in tokens):
            group = self.registry.by_head(name[0].low)
            if group is not None and group.generic:  # "Economists said", "Traders said"
                return Speaker.from_source(group, country)
        if kind == "institution" and len(name) == 1 and len(tokens) == 1:
            # "Post said" after "CEO Maarten Post": a surname that is also a body's word
            mention = self._mention_with(name[0].text, name[0].start)
            if mention is not None and len(mention.parts) >= 2:
                return self._mentioned(mention, country)
        if kind == "institution":
            at = next((k for k, t in enumerate(tokens) if t.start == name[0].start), 0)
            owner = tokens[at - 1] if at else None
            place = owner.text if owner is not None and owner.cap and owner.low.endswith(
                ("'s", "’s")) and not (owner.text[:-2].isupper() and self.registry.lookup(
                    owner.text[:-2], outlets_only=False)) \
                and not (owner.low[:-2] in _institution_words(self.cues)
                         and _join(name).casefold() in self.expansions.values()) \
                else ""  # "Gaza's Health Ministry", but "the BOK's Monetary Policy Board", "the
            # Treasury's Office of Foreign Assets Control (OFAC)" (a body with its own acronym)
            first = at - 1
            while place and first >= 1 and at - first < 3 and tokens[first - 1].cap \
                    and tokens[first - 1].is_word and tokens[first - 1].low not in self.cues.titles:
                first -= 1
            if first < at - 1:
                place = f"{_join(tokens[first:at - 1])} {place}"  # "New Zealand's", "South
                # Africa's", "Tehran University's Seismological Center"
            return self._institution(name, apposition, country, place)
        titles = [t for t in tokens if t.start < name[0].start]
        if len(name) == 2 and (name[0].text in _BARE_TITLES or _ACRONYM.fullmatch(name[0].text)
                               and self.registry.lookup(name[0].text, outlets_only=False) is None):
            mention = self._mention_with(name[1].text, name[1].start)
            if mention is not None:  # "Eng Mwakyusa said" after "Eng Juma Mwakyusa", "SP
                return self._mentioned(mention, country)  # Bhatta" after "Superintendent of
            # Police (SP) Dipak Raj Bhatta"
        if len(name) == 1:
            return self._surname(name[0], titles, apposition, country)
        if self.registry.lookup(_join(name), outlets_only=False) is None:
            fuller = self._fuller_mention(name, name[0].start)
            if fuller is not None:  # "Tengku Zafrul" after "Tengku Zafrul Aziz"
                return self._mentioned(fuller, country)
        return self._person(_join(name), titles, apposition, country)

    def _surname(self, token: Token, titles: Sequence[Token], apposition: Sequence[Token],
                 country: str | None) -> Speaker | None:
        if token.text.isupper() and token.text in self.expansions \
                and self.registry.lookup(token.text, outlets_only=False) is None:
            defined = self._defined_body(token.text, token.start)
            if defined is not None:  # "RTA said" after "the Roads and Transport Authority
                return defined       # (RTA)": that body, by the name it was given
        mention = self._mention_with(token.text, token.start)
        gender = next((_HONORIFIC_GENDER[t.low.rstrip(".")] for t in titles
                       if t.low.rstrip(".") in _HONORIFIC_GENDER), None)
        if mention is not None and gender is not None and self._gender(mention) != gender:
            # "Ms. Kim said" after "Kim Yo Jong, the powerful sister of leader Kim Jong Un": the
            # person the article called a woman, not the brother named last
            same = [x for x in reversed(self.mentions) if x.start < token.start
                    and token.low in (x.parts[0], x.parts[-1])]
            mention = next((x for x in same if self._gender(x) == gender), None) or (
                mention if self._gender(mention) is None else next(
                    (x for x in same if self._gender(x) is None), mention))
        if mention is None and token.text[:1].isupper() and token.low.partition("-")[0] in _ARTICLES:
            # "Al-Ansari added" at the head of a sentence after "Majed al-Ansari"
            mention = self._mention_with(token.text[:1].lower() + token.text[1:], token.start)
        if mention is not None:
            return self._mentioned(mention, country)
        group = None if titles else self.registry.by_head(token.low)
        if group is not None and group.generic:  # "Residents said", "Police say"
            return Speaker.from_source(group, country)
        if not titles:  # "Hanseong said" after "Hanseong Motors"
            body = self._body_named(token, token.start)
            if body is not None:
                return body
        src = self.registry.by_surname(token.text)
        if src is not None:
            return Speaker.from_source(src)
        if token.text.isupper() and len(token.text) > 1:  # an acronym: a body
            return Speaker(token.text, self._guess_type([token], titles, apposition, "organisation"),
                           country, "organisation")
        return self._person(token.text, titles, apposition, country)

    def _gender(self, mention: Mention) -> str | None:
        """"f" or "m" when the article says so where it names the person in full: an honorific
        before the name ("Mrs Ruth Banda") or a kin or gendered noun heading the apposition
        after it ("Kim Yo Jong, the powerful sister of ..."); else None."""
        before = _HONORIFIC_BEFORE.search(self.text, max(0, mention.start - 12), mention.start)
        if before is not None:
            return _HONORIFIC_GENDER[before.group(1).casefold()]
        return next((_GENDERED[w] for w in self._apposition_head(mention) if w in _GENDERED), None)

    def _apposition_head(self, mention: Mention) -> list[str]:
        """The words of the apposition after a full name up to its first preposition or
        relative ("Kim Yo Jong, the powerful sister of ..." -> the, powerful, sister)."""
        words = []
        for token in apposition_after(self.text, mention.end):
            if token.low in _APPOSITION_STOPS:
                break
            words.append(token.low)
        return words

    def _mentioned(self, mention: Mention, country: str | None = None) -> Speaker:
        """The person of a full-name mention (worked out once per mention)."""
        found = self._by_mention.get(mention.start)
        if found is None and len(mention.parts) <= 3:
            # "Van der Merwe, who won ..." after "Lachlan van der Merwe"
            fuller = self._fuller_mention(tokenize(self.text, mention.start, mention.end),
                                          mention.start)
            n = len(mention.parts)
            if fuller is not None and mention.parts in (fuller.parts[-n:], fuller.parts[:n]):
                found = self._by_mention[mention.start] = self._mentioned(fuller, country)
        if found is None:
            src = self.registry.lookup(mention.name, outlets_only=False)
            found = Speaker.from_source(src) if src is not None else self._person(
                mention.name, *self._mention_context(mention), country)
            self._by_mention[mention.start] = found
        return found

    def _person(self, name: str, titles: Sequence[Token], apposition: Sequence[Token],
                country: str | None = None) -> Speaker:
        src = self.registry.lookup(name, outlets_only=False)
        if src is not None:
            return Speaker.from_source(src)
        source_type = self._guess_type([], titles, apposition, "person")
        if country is None:
            country = self.country_of([*titles, *apposition])
        return Speaker(name, source_type, country, "person")

    def _institution(self, name: Sequence[Token], apposition: Sequence[Token],
                     country: str | None, place: str = "") -> Speaker:
        """A body named in the text: the registry's entry for it with its country ("China's
        Ministry of Commerce" -> Chinese Commerce Ministry) or its name as written, with the
        country's adjective ("Chinese Ministry of Foreign Affairs" -> Chinese Foreign
        Ministry), or as written with the place it belongs to ("Gaza's Health Ministry")."""
        body = list(name)
        while body and body[0].low == "the":
            body.pop(0)  # "the FSB Border Directorate for the Sakhalin Region": the inner one stays
        while len(body) >= 2 and body[0].low.endswith(("-based", "-headquartered")):
            body.pop(0)  # "the Erbil-based Rudaw media network"
        if len(body) >= 2 and body[0].low in self.cues.names["firm_descriptors"] and body[1].cap \
                and body[1].low not in _institution_words(self.cues):
            body.pop(0)  # "Brokerage Jefferies", "Retailer H&M": what it is, then its name
        owned = len(body) >= 2 and _POSSESSIVE.search(body[0].text) is not None
        rest = body[1:] if owned else body
        # a body's own full name ("Roads and Transport Authority"), not a kind of body that
        # every place has ("Ministry of Foreign Affairs", "Health Ministry")
        full = len(rest) >= 3 and all(t.cap or t.low in ("and", "of", "for", "&")
                                      or not k and _ORDINAL.fullmatch(t.text)  # "1st Regional ..."
                                      for k, t in enumerate(rest)) \
            and not (rest[0].low in self.cues.names["body_heads"] and rest[1].low in ("of", "for"))
        if full and owned and _owner(body[0]).low not in _GROUP_OWNERS \
                and _owner(body[0]).low not in self.cues.names["group_heads"]:
            body.pop(0)  # "Dubai's Roads and Transport Authority": the place's is not its name
            # (but "People's Action for Free and Fair Elections", "Women's Aid Federation")
        text = _join(body)
        short = _ministry_of(text)
        qualified = False
        if country and not self.country_of(body):
            adjective = self._adjective(country)
            for variant in dict.fromkeys((text, short)):
                src = self.registry.lookup(f"{adjective} {variant}", outlets_only=False)
                if src is not None:
                    return Speaker.from_source(src)
            if _has_any([t.low for t in body], self.cues.roles.get("government", ())) \
                    and len(_ministry_of(text).split()) <= 3:
                # "China's foreign ministry" -> Chinese Foreign Ministry, but not "Greece's
                # Hellenic Civil Aviation Authority" (a proper name, kept as written)
                text, qualified = f"{adjective} {short}", True
        elif short != text and (src := self.registry.lookup(short, outlets_only=False)):
            return Speaker.from_source(src)
        if place and not qualified and not full:  # "Gaza's Health Ministry", but not
            text = f"{place} {text}"                # "Kenya's Energy and Petroleum Regulatory Authority"
        kind = "organisation"
        return Speaker(text, self._guess_type(body, (), apposition, kind), country, kind)

    def _unnamed(self, tokens: Sequence[Token], country: str | None, position: int) -> Speaker | None:
        """A phrase with no name: an unnamed group, a country's media, or a document."""
        head = tokens[-1].low
        caps = [k for k, t in enumerate(tokens) if t.cap and t.low not in DETERMINERS]
        if caps and caps[0] == 0 and all(tokens[k].low in MODIFIERS or tokens[k].low in
                                         self.cues.names["tiers"] for k in caps):
            caps = []  # "Federal prosecutors said", "Senior officials": a sentence's first word
        if caps and caps == list(range(caps[0], caps[-1] + 1)) and caps[-1] < len(tokens) - 3 \
                and tokens[caps[-1] + 1].low in self.cues.names["tiers"] \
                and head in self.cues.roles.get("government", ()) and len(tokens) - caps[-1] <= 5 \
                and all(t.is_word and t.low.isalpha() and not t.cap and t.low not in STOPWORDS
                        for t in tokens[caps[-1] + 2:-1]) \
                and not tokens[caps[-1]].low.endswith(("'s", "’s")) \
                and self.cues.country_code([tokens[k].text for k in caps]) is None:
            # "the Ganjam district health department", "the Lalitpur metropolitan traffic
            # police office": a place, its tier and the office's field
            return Speaker(_join(tokens[caps[0]:]), "government",
                           country or self.country_of(tokens), "organisation")
        if caps and caps == list(range(caps[0], caps[-1] + 1)) and caps[-1] < len(tokens) - 1 \
                and head in _institution_words(self.cues) \
                and self.cues.country_code([tokens[k].text for k in caps]) is None:
            # "the Roscosmos state corporation": the body named before its description;
            # "the Canary Islands government": a place's government, named with it
            name = tokens[caps[0]:caps[-1] + 1]
            if name[-1].low.endswith(("'s", "’s")) and len(name[-1].text) > 2:
                # "Boxing Canada's board said": the body whose board it is
                name = [*name[:-1], _owner(name[-1])]
            if head in ("government", "administration", "authorities", "police", "council",
                        "municipality") \
                    and all(t.low in self.cues.names["tiers"] for t in tokens[caps[-1] + 1:-1]):
                # "the Campania regional government", "the Jeju provincial police"
                name = tokens[caps[0]:]
            src = self.registry.lookup(_join(name), outlets_only=False)
            return Speaker.from_source(src) if src is not None else self._institution(
                name, (), country)
        if caps and caps == list(range(caps[0], caps[-1] + 1)) and caps[-1] < len(tokens) - 2 \
                and all(t.low in self.cues.names["tiers"] for t in tokens[caps[-1] + 1:-1]) and tokens[-1].is_word \
                and head.isalpha() and head not in STOPWORDS and head not in self.cues.names["group_heads"] \
                and head not in self.cues.titles and self.registry.by_head(head) is None \
                and not is_profession(head) and not tokens[caps[-1]].low.endswith(("'s", "’s")):
            # "the Tashkent city khokimiyat", "the Almaty city akimat": a place, its tier and a
            # word for its office in the local language
            return Speaker(_join(tokens[caps[0]:]), "government",
                           country or self.country_of(tokens), "organisation")
        if head in self.cues.documents and len(tokens) > 1:
            rest = [t for t in tokens[:-1] if t.low not in DETERMINERS]
            if rest:
                return self.resolve_one(rest)
        if head in self.cues.documents:
            return self.recent(position, types=("news-media", "state-media", "government"))
        src = self.registry.by_head(head)
        if src is not None:
            return Speaker.from_source(src, country)
        if head in self.cues.names["group_heads"]:
            group = self._group(tokens, country, position)
            bare = [t for t in tokens if t.low not in DETERMINERS and t.low not in _QUANTITIES]
            src = self.registry.by_head(head, plural=True) if group is None and len(
                bare) == 1 else None  # "(Some) residents said", with no residents named before
            if group is None and src is None and is_profession(head):
                src = self.registry.by_head("experts")  # "Scientists say"
            return group if src is None else Speaker.from_source(src, country)
        body = self._body(tokens, country) if country and head in self.cues.roles.get(
            "government", ()) else None
        if body is not None:
            return body
        if head in MEDIA_HEADS and country:
            adjective = self._adjective(country)
            src = self.registry.lookup(f"{adjective} media", outlets_only=False)
            if src is not None:
                return Speaker.from_source(src)
            return Speaker(f"{adjective} media", "news-media", country, "group", generic=True)
        if head.endswith("s") and not head.endswith("ss") and (not tokens[-1].cap or len(
                tokens) == 1) and tokens[-1].is_word and len(head) > 4:
            # "Some volcanologists have warned": experts of a field, unnamed
            src = self.registry.by_head("experts") if is_profession(head) else None
            if src is not None:
                return Speaker.from_source(src, country)
        if len(tokens) == 2 and tokens[0].low in ("a", "an", "one", "another") and is_profession(head):
            src = self.registry.by_head("experts")  # "a seismologist said": one, unnamed
            if src is not None:
                return Speaker.from_source(src, country)
        return None

    def _group(self, tokens: Sequence[Token], country: str | None, position: int) -> Speaker | None:
        """A plural group named by a role noun: "the ministers" is the latest group of that
        noun; "Southeast Asian economic ministers" is named as written."""
        head = tokens[-1].low
        words = [t for t in tokens if t.low not in DETERMINERS and t.low not in _QUANTITIES]
        owner = max((k for k, t in enumerate(words) if t.low.endswith(("'s", "s'"))
                     and not self.cues.country_code([t.text])), default=-1)
        del words[:owner + 1]  # "the region's economic ministers": economic ministers
        if not words or len(words) > 6:
            return None
        if len(words) == 1:  # "the ministers", "ministers": only a group named before
            return self.recent(position, kinds=("group",), words=(" " + head,))
        name = _join(words)
        name = name[:1].upper() + name[1:]
        if head in ("states", "countries", "nations", "governments"):
            source_type = "government"
        elif head[:-1] in self.cues.roles.get("government-official", ()):
            source_type = "government-official"  # people, not a body "the ministry" names
        else:
            source_type = "other"
        return Speaker(name, source_type, country, "group")

    def _body(self, tokens: Sequence[Token], country: str) -> Speaker | None:
        """A country's body written in lower case: "China's commerce ministry" -> Chinese
        Commerce Ministry (the registry's entry when it has one)."""
        words = [t for t in tokens if t.low not in DETERMINERS]
        if self.cues.country_code([words[0].text]) is None:
            return None
        rest = words[1:]
        if not rest or len(rest) > 3 or not all(t.is_word and not t.cap for t in rest):
            return None
        media = self.cues.roles.get("news-media", ())
        if rest[-1].low in MEDIA_HEADS and any(t.low in media or t.low in _MEDIA_MODIFIERS
                                               for t in rest):
            return None  # "China's official news agency": its media
        adjective = self._adjective(country)
        name = " ".join([adjective, *(t.text.capitalize() for t in rest)])
        src = self.registry.lookup(name, outlets_only=False)
        if src is not None:
            return Speaker.from_source(src)
        return Speaker(name, "government", country, "organisation")

    def _guess_type(self, name: Sequence[Token], titles: Sequence[Token],
                    apposition: Sequence[Token], kind: str) -> str:
        """A source type from the words of a name, its titles and its apposition."""
        roles = self.cues.roles
        words = [t.low.removesuffix("'s").removesuffix("’s") for t in (*name, *titles, *apposition)]
        # "defence counsel Edwin Ho", "His attorney, Kerry-Ann Morrison": a party's own
        # lawyer, not the state's ("the attorney general", "district attorney" stay)
        words = [w for k, w in enumerate(words) if not (
            w in _PRIVATE_LAWYER and k and words[k - 1] in _LAWYER_OF
            or w in _LAWYER_OF and k + 1 < len(words) and words[k + 1] in _PRIVATE_LAWYER)]
        if _has_any(words, roles.get("expert", ())):
            return "expert"
        if kind == "person":
            if _has_any(words, roles.get("government-official", ()), roles.get("government", ())):
                return "government-official"
            return "news-media" if _has_any(words, roles.get("news-media", ())) else "other"
        if _has_any(words, roles.get("government", ())):
            return "government"
        return "news-media" if _has_any(words, roles.get("news-media", ())) else "other"

    def country_of(self, tokens: Sequence[Token]) -> str | None:
        """The first country named in ``tokens`` ("Chinese", "South Korea's", "in Seoul")."""
        first = self.cues.country_first
        lows = [t.low.removesuffix("'s") for t in tokens]
        for i, low in enumerate(lows):
            if low not in first:
                continue
            for n in range(min(5, len(lows) - i), 0, -1):
                if tuple(lows[i:i + n]) in self.cues.country_words:
                    code = self.cues.country_code([t.text for t in tokens[i:i + n]])
                    if code:
                        return code
        return None

    # ------------------------------------------------------------------ mentions

    def _mention_with(self, part: str, position: int) -> Mention | None:
        """The latest full name before ``position`` that starts or ends with ``part``.

        Looks only around the places where ``part`` is written (``str.find``), so that an
        article is not scanned for every name in it."""
        key = part.casefold()
        searched, known = self._surnames.get(part, (0, None))
        if position < searched:  # an earlier place than asked before: look again from the top
            searched, known = 0, None
        found = None
        written = [part]
        if part.partition("-")[0].casefold() in _ARTICLES:  # "Al-Sudani" after "al-Sudani"
            written.append(part.swapcase()[0] + part[1:])
        for form in written:
            at = self.text.rfind(form, searched, position)
            while at >= 0 and found is None:
                for mention in self._mentions_near(at, at + len(form)):
                    parts = mention.parts[:-1] if len(mention.parts) > 2 and mention.parts[-1] in \
                        _SUFFIXES else mention.parts
                    if mention.start < position and (key in (parts[0], parts[-1]) or len(
                            parts) in (3, 4) and key == parts[1] and self._first_surname(mention)):
                        found = mention  # ("Villanueva" after "Óscar Villanueva Paredes", "Chin"
                        # after "Christopher Chin Kiong Seng")
                        break
                at = self.text.rfind(form, searched, at)
        found = found or known
        self._surnames[part] = (position, found)  # the text before ``position`` is done
        return found

    def _first_surname(self, mention: Mention) -> bool:
        """Whether the middle word of a three-word name is a first surname, as in Spanish and
        Portuguese names ("Óscar Villanueva Paredes" is "Villanueva" later): the article never
        writes the last word alone."""
        last = mention.name.split()[-1]
        return re.search(r"(?<![\w-])" + re.escape(last) + r"(?![\w-])",
                         self.text[mention.end:]) is None

    def _fuller_mention(self, name: Sequence[Token], position: int) -> Mention | None:
        """The latest longer full name before ``position`` that starts or ends with the words
        of ``name`` ("Tengku Zafrul" after "Tengku Zafrul Aziz"), looked for only where the
        first or last word of ``name`` is written."""
        parts = tuple(t.low for t in name)
        n = len(parts)
        best = None
        for word in {name[0].text, name[-1].text}:
            at = self.text.rfind(word, 0, position)
            while at >= 0 and (best is None or at > best.start):
                found = next((m for m in self._mentions_near(at, at + len(word))
                              if m.end <= position and len(m.parts) > n
                              and parts in (m.parts[:n], m.parts[-n:])), None)
                if found is not None:
                    if best is None or found.start > best.start:
                        best = found
                    break
                at = self.text.rfind(word, 0, at)
        return best

    def _mentions_near(self, start: int, end: int) -> list[Mention]:
        found = self._near.get(start)
        if found is None:
            found = self._near[start] = self._find_near(start, end)
        return found

    def _find_near(self, start: int, end: int) -> list[Mention]:
        lo = max(0, start - 80)
        hi = min(len(self.text), end + 80)
        # widen to word boundaries so that the window does not cut a name in two
        while lo > 0 and not self.text[lo - 1].isspace():
            lo -= 1
        while hi < len(self.text) and not self.text[hi].isspace():
            hi += 1
        found = [self._after_role(m) for m in find_person_mentions(self.text[lo:hi], self.registry, self.cues, lo)]
        return [m for m in found if m.start <= start and end <= m.end]

    def _latest_mention(self, position: int) -> Mention | None:
        before = [m for m in self.mentions if m.end <= position]
        return before[-1] if before else None

    def _mention_context(self, mention: Mention) -> tuple[list[Token], list[Token]]:
        """Titles written before a mention and the apposition after it."""
        before = tokenize(self.text, max(0, mention.start - 80), mention.start)
        titles = []
        last = len(before) - 1
        if last >= 1 and before[last].text == "," and (
                before[last - 1].low in self.cues.titles or before[last - 1].cap
                or before[last - 1].low in self.cues.names["place_bodies"]):
            last -= 1  # "the State Minister for Agriculture, Fred Bwino Kyakulaga,": the titles
        for k in range(last, -1, -1):
            token = before[k]
            if token.low in ("to", "the") and k and (before[k - 1].low in self.cues.names["accredited"] or (
                    token.low == "the" and k > 1 and before[k - 1].low == "to"
                    and before[k - 2].low in self.cues.names["accredited"])):
                titles.insert(0, token)  # "Ambassador to the DPRK Dang Van Thanh"
                continue
            if token.low in ("of", "for", "and") and titles and titles[0].cap and k and (
                    before[k - 1].cap or before[k - 1].low in self.cues.titles):
                titles.insert(0, token)  # "Minister of Foreign Affairs Choe Son Hui"
                continue
            if not token.cap and token.low in self.cues.names["place_bodies"] and k \
                    and before[k - 1].cap:
                titles.insert(0, token)  # "Governor of Kostanai region Kumar Aksakalov"
                continue
            if not (token.cap or token.low in self.cues.titles or token.low in MODIFIERS):
                break
            titles.insert(0, token)
        if last < len(before) - 1 and not any(t.low in self.cues.titles for t in titles):
            titles = []  # "In Seoul, Kim Min-jae said": a place, no title
        return titles, apposition_after(self.text, mention.end)


def _titled_person(title: str, given: str, surname: str, cues: Cues, institutions) -> bool:
    """"CEO Maarten Post", "Ambassador Samantha Power": after a person's title, a given name
    and a surname that is also a body's word are still a person's name."""
    low = given.casefold()
    person_title = title in cues.roles.get("government-official", ()) or title in (
        "ceo", "cfo", "coo")  # a title only a person holds
    return person_title and low not in institutions and low not in cues.titles \
        and low not in cues.names["group_heads"] and low not in _PLACE_WORDS \
        and not cues.country_code([given]) and bool(_GIVEN_NAME_TOO.match(given)) \
        and bool(_GIVEN_NAME_TOO.match(surname.rstrip(".,"))) \
        and not surname.casefold().endswith(_BODY_ENDINGS) \
        and not given.casefold().endswith(_ADJECTIVE_LIKE)  # (not "Chief Sanitary Inspectorate")


def find_person_mentions(text: str, registry: Registry, cues: Cues,
                         offset: int = 0) -> list[Mention]:
    """People named in full (two words or more) in ``text``, in order.

    Examples
    --------
    >>> from framing.registry import load_registry
    >>> from framing.cues import load_cues
    >>> t = "Chinese Premier Li Qiang met Kremlin Spokesman Dmitry Peskov at the Kumsusan Palace."
    >>> [m.name for m in find_person_mentions(t, load_registry(), load_cues())]
    ['Li Qiang', 'Dmitry Peskov']
    """
    found = []
    institutions = _institution_words(cues, places=True)
    for words in _runs(text, offset):
        at = words[0][0] - offset if words else 0
        end = words[-1][0] - offset + len(words[-1][1]) if words else 0
        if len(words) >= 3 and _AFTER_OF.search(text, max(0, at - 60), at) \
                and not (text[max(0, at - 2):at] == ", " and text[end:end + 1] == ","):
            # (a run set off by commas after the complement is a name in apposition: "the
            # Minister for Agriculture, Fred Bwino Kyakulaga, said")
            # "Assistant Commissioner of Police Muhammad Faizal bin Othman", "Chief Inspector
            # of Factories K. Ramesh": the title's complement, then the name
            complement = False
            last_portfolio = max((k for k in range(len(words) - 2)
                                  if words[k][1].casefold() in cues.names["portfolios"]), default=-1)
            if last_portfolio >= 0:  # "Minister for Sugar Industry Charan Jeath Singh"
                del words[:last_portfolio + 1]
                complement = True
            while len(words) > 2 and (words[0][1].casefold().strip(".,'") in institutions
                                      or words[0][1].casefold() in cues.titles
                                      or words[0][1].casefold() in cues.names["portfolios"]):
                words.pop(0)
                complement = True  # "Minister of Industries Hanna Katrín Friðriksson"
            if len(words) >= 3 and not complement \
                    and not any(w in cues.names["patronymics"] for _, w in words) and not any(
                    w.casefold().strip(".,'") in institutions for _, w in words):
                del words[:len(words) - _name_length([w for _, w in words], cues)]
        popped = ""
        stacked = {words[k][0] for k in _honorific_stack([w for _, w in words], cues)}
        while words and (words[0][0] in stacked
                         or words[0][1].casefold() in cues.titles or words[0][1].casefold() in STOPWORDS
                         or words[0][1].casefold() in DETERMINERS
                         or cues.country_code([words[0][1]])
                         or len(words) > 2 and (_POSSESSIVE.search(words[0][1])
                                                or words[0][1].casefold().endswith(_PROFESSIONS)
                                                or words[0][1].isupper() and 2 <= len(words[0][1]) <= 6
                                                and text[max(0, words[0][0] - offset - 7):
                                                         words[0][0] - offset].endswith(("to the ", " to ")))):
            # ("Ambassador to the UN Mike Waltz": where the envoy is accredited, then the name)
            # ("PTAD's Executive Secretary": an owner and titles, no name)
            if _name_particle(text, words, offset):
                break  # "talks with To Lam": a capitalised "To" mid-sentence is a name's
            popped_word = words.pop(0)
            popped = popped_word[1].casefold()
        if popped in _PEERAGE and len(words) == 1 and capitalised(words[0][1]):
            words.insert(0, popped_word)  # "Lord Inverallan": a peer or a judge named by a title
        # a title inside the run ends the words before it: "External Affairs Minister Ann Lee"
        texts = [w for _, w in words]
        stacked_at = {k for k, (at, _) in enumerate(words) if at in stacked}
        last = max((k for k, w in enumerate(texts) if k in stacked_at or w.casefold() in cues.titles
                    and not _fathers_title(texts, k, cues, stacked_at)),
                   default=-1)  # (not "bin Haji Ismail", "Abang Johari Tun Openg")
        title = popped
        if last >= 0 and len(words) - last - 1 >= 2 and registry.lookup(
                " ".join(w for _, w in words), outlets_only=False) is None:
            title = words[last][1].casefold()
            del words[:last + 1]
        if len(words) >= 2 and words[0][1] in _BARE_TITLES and (len(words) >= 3 or any(
                m.parts[-1] == words[1][1].casefold() for m in found)):
            words.pop(0)  # "Eng Juma Mwakyusa", then "Eng Mwakyusa": an engineer's title
        while len(words) > 2 and words[-1][1].rstrip(".,") in cues.names["post_nominals"]:
            words.pop()  # "Judge Ciaran Devlin KC": the name without the rank at the bar
        if words and words[-1][1].endswith(".") and words[-1][1].casefold() in cues.titles \
                and _NEXT_WORD.match(text, words[-1][0] - offset + len(words[-1][1])) is not None \
                and text[words[-1][0] - offset + len(words[-1][1]) + 1].isupper() \
                and (len(words) == 1 or words[-2][1].isupper()
                     or words[-2][1].casefold() in cues.titles):
            words.pop()  # "RCMP Insp. Annie Gravel": an abbreviated title before a name ends
            # no name (but "said Phillip Eng. The agency ..." ends a sentence)
        if words and _GLUED_INITIAL.fullmatch(words[-1][1]):
            del words[:-1]  # "... Foreign Affairs G.Enkhtaivan": the name is one word
        if len(words) < 2 and not (words and _GLUED_INITIAL.fullmatch(words[0][1])) \
                or any(w.casefold().strip(".,'") in institutions for _, w in words) \
                and not (len(words) == 2 and _titled_person(title, words[0][1], words[1][1], cues,
                                                            institutions)):
            continue
        if any(not capitalised(w) and w not in _NAME_PARTICLES for _, w in words):
            continue
        name = " ".join(w for _, w in words).removesuffix("'s")
        if len(words[-1][1]) > 2 and words[-1][1].casefold().rstrip(",") not in _SUFFIXES:
            name = name.rstrip(".,")  # "Kim Eun-hye." ending a sentence, not "Victor D.", "Jr."
        start, stop = words[0][0] - offset, words[-1][0] - offset + len(words[-1][1])
        if text[start - 1:start] in ('"', "“") and text[stop:stop + 1] in ('"', "”") \
                or text[start - 2:start] in ('"', "“") and text[stop:stop + 1] in ('"', "”"):
            continue  # 'the submarine "Hero Kim Kun Ok"': a ship's or a work's name
        src = registry.lookup(name, outlets_only=False)
        if src is not None and src.kind != "person":
            continue
        canonical = src.name if src is not None else name
        parts = tuple(p.casefold() for p in _GLUED_INITIAL_DOT.sub(". ", name).split())
        found.append(Mention(words[0][0], words[-1][0] + len(words[-1][1]), canonical, parts))
    return found


_PARTICLES = frozenset("to an do on in so no as at by or if".split())
# Titles that a later "the <title>" may use for the same person ("Justice X" ... "the judge").
_TITLE_SYNONYMS = {
    "judge": ("justice", "magistrate"), "justice": ("judge",),
    "governor": ("gov.", "gov"), "senator": ("sen.", "sen"),
    "lawmaker": ("rep.", "sen.", "mp", "congressman", "congresswoman", "senator", "legislator"),
    "commissioner": ("ac", "dac", "sac"), "superintendent": ("supt", "supt."),
    "pm": ("prime", "premier"),
    "premier": ("prime",),  # "the premier" after "Prime Minister Andrej Babiš"
}
# Roles written as phrases, and the titles of the person they refer back to ("the head of
# state said" after "President Aleksandr Lukashenko").
# What may stand between a title and the name it goes with ("President of the Kyrgyz Republic")
_TITLE_COMPLEMENT = re.compile(r"(?:\s+(?:of|for|the|and|[A-Z][\w'’-]*))*\s+")
_ROLE_PHRASES = {
    "head of state": ("president", "king", "queen", "emperor", "emir", "sultan", "monarch"),
    "head of government": ("premier", "prime", "chancellor", "taoiseach"),
}
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "7th" in "the 7th Fleet"
# A title written as an acronym before a name ("UNO Tanvir Hossain", "RRRC Md Ashraful Alam").
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# An acronym that mixes in small letters (`_is_acronym`).
_MIXED_ACRONYM = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,9}")
_NEXT_WORD = re.compile(r" ([^\W\d_][\w'’-]+)(?![\w'’-])")  # a word; the caller wants a capital
# the age given after a name (", 26,", " (26)", ", aged 26") or before it ("26-year-old X")
_AGE_AFTER = re.compile(r",? ?\(?(?:aged )?(\d{1,3})\b(?!-| per| percent|%)")
_AGE_BEFORE = re.compile(r"(\d{1,3})-years?-old (?:[a-z-]+ ){0,3}$")
_HEAD_OF = re.compile(r"\s+of\s+(state|government)(?![\w-])", re.I)
# Words that open an adverbial before a sentence's subject ("At a news conference, X bowed").
_PEERAGE = frozenset("lord lady baroness baron".split())
_SEATS_OF_LEARNING = frozenset("university institute academy college observatory laboratory "
                               "school".split())
_FRONTED = frozenset("at in on during after before later earlier speaking asked addressing "
                     "following with upon outside inside for meanwhile however separately "
                     "similarly likewise instead besides".split())
_INITIAL = re.compile(r"[A-Z]\.")
_ABBREVIATIONS = frozenset("co corp inc ltd plc llc bhd jsc".split())  # written with a dot
_APPOSITION_PERSON = re.compile(r",\s+(?:a|an)\s+(?:\d+-year-old\s+)?[a-z]")  # ", a 34-year-old engineer"
_ENDS_INITIAL = re.compile(r"(?:^|(?<=\s))[A-Z]\.$")  # "K." in "K. Srinivasa Rao" ends no sentence
# A US legislator's party and seat in brackets after the name ("(R-Tinian)", "(D-Calif.)").
_PARTY_SEAT = re.compile(r"[RDI]\s?[-–]\s?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?")

# Titles written with no full stop that are surnames too ("Eng Juma Mwakyusa" is an engineer,
# "Phillip Eng" is not): a title only before two more names, or before the surname of a
# person named before.
_BARE_TITLES = frozenset(("Eng",))

# Words for a firm that also name a person's trade ("property developer Tom Reed").
_PEOPLE_TOO = frozenset(("developer", "broker", "operator"))

# Honorifics that say whether a person is a woman or a man ("Ms. Kim" is not "Mr. Kim"), nouns
# that say so at the head of an apposition, and the words that end that head.
_HONORIFIC_GENDER = {**dict.fromkeys(("ms", "mrs", "miss", "madam", "madame", "mme", "mme."), "f"),
                     "mr": "m"}
_HONORIFIC_BEFORE = re.compile(r"\b(Ms|Mrs|Miss|Madam|Madame|Mme|Mr)\.?\s+\Z")
_GENDERED = {**dict.fromkeys((
    "sister", "wife", "mother", "daughter", "woman", "widow", "girl", "grandmother",
    "granddaughter", "aunt", "niece", "actress", "chairwoman", "spokeswoman", "businesswoman",
    "congresswoman", "queen", "princess", "first lady"), "f"),
    **dict.fromkeys(("brother", "husband", "father", "son", "man", "widower", "boy",
                     "grandfather", "grandson", "uncle", "nephew", "actor", "chairman",
                     "spokesman", "businessman", "congressman", "king", "prince"), "m")}
_APPOSITION_STOPS = frozenset("of to at for who whose which in from with and".split())
_SUFFIXES = frozenset("jr. jr sr. sr ii iii iv".split())  # "Ferdinand Marcos Jr." is Marcos
# "Inspector of " or "Minister of Natural Resources and " before a run
_AFTER_OF = re.compile(r"[A-Z][\w.]* (?:of|for) (?:the )?(?:[A-Z][\w'-]*(?: |, | and |, and ))*\Z")


# Endings of English nouns that a title's complement has and a name does not ("Communications",
# "Infrastructure", "Development", "Affairs" has none).
_NOUN_SUFFIXES = ("tion", "tions", "sion", "sions", "ment", "ments", "ity", "ities", "ure",
                  "ures", "ness", "ship", "ism", "ics", "ance", "ence", "ology")


def _name_length(words: Sequence[str], cues: Cues) -> int:
    """How many of the last capitalised ``words`` after a title's complement are the name:
    two ("Minister of Trade Ana Ruiz"), or three after an initial ("Chief Inspector of
    Factories K. Ramesh Varma") or when all three are single syllables, as in Korean names
    ("Minister of External Economic Relations Yun Jong Ho")."""
    if words and _GLUED_INITIAL.fullmatch(words[-1]):
        return 1  # "State Secretary of the Ministry of Foreign Affairs G.Enkhtaivan"
    if len(words) < 3:
        return len(words)
    nouns = [k for k, w in enumerate(words[:-2]) if w.casefold().endswith(_NOUN_SUFFIXES)]
    if nouns and 2 <= len(words) - nouns[-1] - 1 <= 4:
        # "Minister of Transport and Communications Luis Alberto Ramírez": the name starts
        # after the last word that is an English noun by its ending
        return len(words) - nouns[-1] - 1
    if words[-2] in _NAME_PARTICLES:
        # "Secretary of State for Sport Adam van Koeverden": a particle, then the surname
        k = len(words) - 2
        while k > 0 and words[k - 1] in _NAME_PARTICLES:
            k -= 1
        return len(words) - k + 1 if k > 0 else len(words)
    if _INITIAL.fullmatch(words[-3]):
        return 3
    syllables = [w.rstrip(".,") for w in words[-3:]]
    if syllables[0].casefold() in cues.names["family_names"] and all(
            len(w) <= 6 and w.isalpha() for w in syllables[1:]):
        return 3  # "Deputy Minister of Foreign Affairs Nguyen Minh Hang"
    return 3 if len(syllables[0]) <= 4 and all(len(w) <= 5 and w.isalpha() for w in syllables) \
        and not syllables[0].isupper() else 2




def _name_particle(text: str, words: list[tuple[int, str]], offset: int) -> bool:
    """Whether the first word of a run is a short function word that starts a name: written
    with a capital in the middle of a sentence (after a lower-case word or a comma) and
    followed by exactly one more capitalised word ("met To Lam on Monday")."""
    word = words[0][1]
    if len(words) < 2 or word.casefold() not in _PARTICLES or not word[:1].isupper() \
            or word.isupper():
        return False
    at = words[0][0] - offset
    before = text[max(0, at - 12):at].rstrip()
    return bool(before) and (before[-1].islower() or before[-1] == ",")


def _runs(text: str, offset: int):
    """The capitalised runs of ``text`` as lists of (offset, word), cut after a word that
    ends a sentence ("on Monday. Rahim Osman said": "Rahim Osman"), not after an initial
    or an abbreviation ("Victor D. Cha", "Mr. Kim")."""
    for m in _CAPITAL_RUN.finditer(text):
        words = [(w.start() + m.start() + offset, w.group()) for w in re.finditer(r"\S+", m.group())]
        if ". " not in m.group():
            yield words
            continue
        cut = 0
        for k, (_, word) in enumerate(words[:-1]):
            if word.endswith(".") and "." not in word[:-1] and (
                    len(word) > 4 or len(word) > 2 and word[:-1].casefold() not in abbreviations()):
                # ("Tran Thi Lan. Lan said": "Lan." ends the sentence; "Gen. Kim" goes on)
                yield words[cut:k + 1]
                cut = k + 1
        yield words[cut:] if cut else words


# Words that are no part of a person's name in `find_person_mentions` besides the roles.
_PLACE_WORDS = frozenset(
    "palace square hall airport station house guesthouse sea river peninsula war day year "
    "games friendship meeting plenary enlarged conference session summit forum ceremony "
    "parade festival anniversary treaty agreement declaration province city county district "
    "island mountain lake bay strait ocean zone street stadium cosmodrome complex site plant "
    "base port township village ward municipality prefecture governorate commune parish "
    "borough".split())
_INSTITUTIONS: dict[tuple[int, bool], tuple[Cues, frozenset[str]]] = {}


def _institution_words(cues: Cues, places: bool = False) -> frozenset[str]:
    """The role words of governments, experts and media (with ``places``: also the nouns of
    places, events and documents), built once per vocabulary."""
    key = (id(cues), places)
    cached = _INSTITUTIONS.get(key)
    if cached is None or cached[0] is not cues:
        if len(_INSTITUTIONS) > 16:
            _INSTITUTIONS.clear()
        words = set().union(*(cues.roles.get(k, frozenset())
                              for k in ("government", "expert", "news-media", "other")))
        cached = _INSTITUTIONS[key] = (cues, frozenset(words | _PLACE_WORDS if places else words))
    return cached[1]


# Titles that are also given names ("Dean Whitaker"), and the endings of a place's adjective
# ("Korean", "Chinese", "Danish", "Thai"), which is never a given name.
_TITLES_AS_GIVEN_NAMES = frozenset(("dean", "earl"))
# What a place's police force is called after "police" ("the Oslo police district").
POLICE_UNITS = frozenset(("district", "force"))
# Titles that are also surnames, when they end a name after a given name ("Josh Green",
# Malaysia's "Tun" ending a Burmese name: "Myo Min Tun", "Mohammad Hafiz")
_SURNAME_TITLES = frozenset(("green", "king", "bishop", "dean", "marshal", "major", "judge",
                             "tun", "hafiz", "besar"))
_PLACE_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "i", "ch", "ic")
_GIVEN_NAME_TOO = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]{2,}\Z")  # (with "Luís", "Øystein")


def split_name(tokens: Sequence[Token], cues: Cues) -> tuple[str | None, list[Token]]:
    """The name that ends a phrase and whether it names a ``person`` or an ``institution``.

    Titles before a person's name are left out ("Defense Minister Minoru Kihara" ->
    "Minoru Kihara"); an institution keeps its inner words ("Korea Institute for National
    Unification"). Returns ``(None, [])`` when the phrase ends with no capitalised name.

    Examples
    --------
    >>> from framing.cues import load_cues
    >>> for phrase in ("Russian Security Council Deputy Chairman Dmitry Medvedev",
    ...                "the Korea Institute for National Unification", "General Secretary Xi"):
    ...     kind, name = split_name(tokenize(phrase), load_cues())
    ...     print(kind, " ".join(t.text for t in name))
    person Dmitry Medvedev
    institution Korea Institute for National Unification
    person Xi
    """
    run: list[Token] = []
    for token in reversed(tokens):
        if token.cap and (not token.low.endswith(("'s", "’s")) or run and run[0].low in (
                "office", "department") and token.low[:-2] in cues.titles
                          or run and run[0].cap and token.low[:-2] in _GROUP_OWNERS):
            run.insert(0, token)  # ("Deschutes County Sheriff's Office", "People's Action")
        elif token.low in ("of", "for", "the", "and", "on", "&") and run and run[0].cap \
                or token.low in ("of", "for", "and") and len(run) > 1 and run[0].low == "the" \
                and run[1].cap \
                or token.text == "," and run and run[0].cap and any(t.low == "and" for t in run) \
                or token.text in _NAME_PARTICLES and run and (run[0].cap or run[0].text in
                                                              _NAME_PARTICLES) \
                or token.text in _ROMANCE_LINKS and run and run[0].cap \
                or _ORDINAL.fullmatch(token.text) and run and run[0].cap \
                or token.text.isdigit() and len(token.text) <= 3 and run and run[0].cap \
                and run[0].is_word:
            run.insert(0, token)  # ("the U.S. 7th Fleet", "Channel 12 News")
        else:
            break
    while run and not run[0].cap and not (_ORDINAL.fullmatch(run[0].text) and len(run) > 1):
        run.pop(0)
    while len(run) > 2 and run[-1].text in cues.names["post_nominals"] and run[-2].cap:
        run.pop()  # "Adv Sipho Dlamini SC": letters after a name are not part of it
    if not run:
        return None, []
    if run[-1].low in _PARTY_PLURALS:
        while run and run[0].low in ("the", "of", "for", "and"):
            run.pop(0)
        return ("institution", run) if run else (None, [])  # "the Welsh Liberal Democrats"
    amp = next((k for k in range(1, len(run) - 1) if run[k].text == "&"), None)
    if amp is not None and not any(t.low in cues.titles and t.cap for t in run[amp + 1:-1]):
        return "institution", run  # "Marks & Spencer", "Procter & Gamble": a firm (but
        # "Employment & Social Security President Deputy Sarah Le Lièvre": a title, a name)
    if len(run) >= 2 and run[0].text == "An" and run[1].text[1:].islower() and "-" not in run[1].text \
            and run[1].low not in cues.titles and run[1].low not in cues.names["family_names"] \
            and not cues.country_code([run[1].text]) and not run[1].low.endswith(_PLACE_ADJECTIVE_ENDINGS):
        return "institution", run  # Irish bodies: "An Taisce", "An Bord Pleanála", "An Post"
        # (but "An Cheol-soo", "An Nguyen": a Korean surname, a Vietnamese given name)
    digit = next((k for k in range(1, len(run) - 1) if run[k].text.isdigit()), None)
    if digit is not None and run[digit - 1].cap and len(run) - digit == 2 and run[-1].cap \
            and run[-1].low not in cues.titles:
        return "institution", run  # "Asl Napoli 2 Nord", "Channel 12 News": one word after
        # the number (but "Ward 14 Councillor Ana Ruiz", "Zone 2 Shashikant Bhosale": a name)
    institutions = _institution_words(cues)
    stacked = _honorific_stack(run, cues)
    person: list[Token] = []
    for k in range(len(run) - 1, -1, -1):
        token = run[k]
        low = token.low
        if k in stacked:
            break  # "Datuk Patinggi Tan Sri Abang Johari": a title of several words
        if len(person) == 1 and _GIVEN_NAME_TOO.match(token.text) and (
                k == 0 or run[k - 1].low in cues.titles) and (
                low in _TITLES_AS_GIVEN_NAMES or low == "gen" and k and run[k - 1].low in cues.titles
                or cues.country_code([token.text])
                and not low.endswith(_PLACE_ADJECTIVE_ENDINGS)):
            # "Defense Minister Wellington Koo", "Dean Whitaker, the union's organiser": a
            # place or a title just before a lone surname is a given name (and "Gen" after a
            # title: "Defense Minister Gen Nakatani", but "Gen Asim Munir" is a general)
            person.insert(0, token)
            break
        if k == len(run) - 1 and k and low in _SURNAME_TITLES and _GIVEN_NAME_TOO.match(run[k - 1].text) \
                and run[k - 1].low not in cues.titles and run[k - 1].low not in institutions \
                and run[k - 1].low not in STOPWORDS and run[k - 1].low not in DETERMINERS \
                and not cues.country_code([run[k - 1].text]):
            person.insert(0, token)  # "Gov. Josh Green", "Larry King": a surname, not a party
            continue  # or a title
        if token.cap and low in cues.titles and person \
                and _fathers_title([t.text for t in run], k, cues, stacked):
            person.insert(0, token)  # "Mohammad Hafiz bin Haji Ismail", "Abang Johari Tun
            continue  # Openg": the father's title is in the name
        if low in cues.titles or low in institutions or low.partition("-")[0] in institutions \
                or token.text in _UPPER_HONORIFICS or cues.country_code([token.text]) and not (
                    k + 1 < len(run) and run[k + 1].low == "city") \
                or len(person) >= 2 and _ACRONYM.fullmatch(token.text) and not any(
                    t.low in _COMPASS or t.low in ("mid", "central") for t in person) \
                or low in DETERMINERS or low.endswith("-old") \
                or not (token.cap or token.text in _NAME_PARTICLES and person
                                              or token.text in _ROMANCE_LINKS and person):
            break
        person.insert(0, token)
    if len(person) > 1 and _GLUED_INITIAL.fullmatch(person[-1].text):
        del person[:-1]  # "U.Khurelsukh" is a whole name
    while person and not person[0].cap:
        person.pop(0)
    if not person and len(run) >= 3 and _titled_person(run[-3].low, run[-2].text, run[-1].text,
                                                       cues, institutions):
        # "Tata Steel CEO Maarten Post", "Ambassador Samantha Power": a title, a given name,
        # then a surname that is also a body's word
        person = run[-2:]
    if len(person) > 2 and person[0].low.endswith(_PROFESSIONS):
        person.pop(0)  # "Japanologist Andrei Volkov"
    before = run[len(run) - len(person) - 1] if len(person) < len(run) else None
    of = max((k for k, t in enumerate(run) if t.low in ("of", "for")), default=-1)
    if of > 0 and len(run) - of - 1 >= 3 and len(person) >= 3 and any(
            t.low in cues.titles for t in run[:of]) and (not any(
            t.low in institutions for t in run[of + 1:]) or run[0].low in cues.titles
            and run[0].low not in institutions and not any(t.low in institutions for t in run[:of])):
        # (a body's words in the complement after a title: "Minister of Territorial
        # Administration and Infrastructure Davit Khudatyan", but not after a body: "Office of
        # Territorial Administration and Infrastructure Davit Khudatyan" stays one name)
        # "Chief Inspector of Factories K. Ramesh", "Minister of Foreign Affairs Ana Ruiz":
        # the title's complement, then the name (with an initial before it: "D. Chandrasekhar
        # Varma")
        # "Member for Mobility and Works Dorothy Akinyi Owino", "Minister for Sugar Industry
        # Charan Jeath Singh": the name starts after the portfolio's last word
        portfolio = 1 + max((k for k in range(len(person) - 2)
                             if person[k].low in cues.names["portfolios"]
                             or any(c.isdigit() for c in person[k].text)), default=-1)
        # ("Ward Chair of Jugal-4 Nima Dorje Sherpa": a ward's number ends the complement)
        person = person[portfolio:]
        stop = run[len(run) - len(person) - 1].low
        if not portfolio and stop not in institutions and stop not in cues.names["portfolios"] \
                and stop not in cues.titles:
            # (but "Minister of Industries Hanna Katrín Friðriksson": the name after a
            # body's or a portfolio's word is whole)
            person = person[-_name_length([t.text for t in person], cues):]
        before = run[len(run) - len(person) - 1]
    has_institution = any(t.low in institutions or t.low.partition("-")[0] in institutions
                          for t in run) or any(
        k + 1 < len(run) and (t.low in cues.names["place_bodies"] and run[k + 1].low == "of"
                              or t.low in cues.names["body_heads"] and t.cap
                              and run[k + 1].low in ("of", "for"))
        for k, t in enumerate(run))  # "the City of Kamloops", "the Akimat of Kostanai"
    officials = cues.roles.get("government-official", ())
    second = len(run) - len(person) - 2
    person_title = before is not None and (before.low in officials or before.low in cues.titles
                                           and second >= 0 and run[second].low in officials)
    # ("State Minister W/ro Mekdes Alemu": an honorific between the title and the name)
    connected = before is not None and not before.cap and not before.text.isdigit()
    # ("Observatory of Economic Complexity"; but "(Zone 2) Shashikant Bhosale")
    head = run[:len(run) - len(person)]
    if has_institution and not person_title and person and any(
            k and t.low in ("of", "for") and head[k - 1].low in cues.names["body_heads"]
            for k, t in enumerate(head)) and not (
            len(person) >= 2 and before is not None and before.low in institutions) and not (
            (len(person) >= 2 or _GLUED_INITIAL.fullmatch(person[-1].text)) and any(
                t.low in cues.titles and t.low not in cues.names["body_heads"]
                for t in head[:next(k for k, t in enumerate(head) if t.low in ("of", "for"))])):
        # (but "State Secretary of the Ministry of Foreign Affairs Tom Smith": a title, its
        # complement, then a person)
        # "Office of Special Trial Counsel": a body's name, not a person's; but "researcher at
        # the Institute for Strategic Studies Tsogtbaatar Enkhjargal": a name after the body's
        connected = True
    if person and len(run) >= 2 and (
            person[-1].low in cues.names["place_bodies"] and person[-1] is run[-1]
            and not cues.country_code([run[-2].text, run[-1].text])
            or before is run[0] and len(person) == len(run) - 1 and before.cap
            and (before.low in cues.names["body_heads"] or before.low == "hospital")
            and before.low not in cues.titles):
        while run and (run[0].low in ("the", "of", "for", "and") or run[0].low.endswith("'s")):
            run.pop(0)
        return "institution", run  # "Kathmandu Metropolitan City"; "Bank Perdana Utama",
        # "Hospital Sultanah Aminah": a body's word first, then its name
    if person and head and head[0] is run[0] and _named_with_modifier(head, person, cues):
        return "institution", run  # "National Integrity Action", "Korean Air"
    if person and not connected and (not has_institution or len(person) > 1 or person_title
                                     or _GLUED_INITIAL.fullmatch(person[-1].text)):
        if len(person) == 1 and before is not None and before.low in _PEERAGE:
            return "person", [before, *person]  # "Lord Inverallan", "Baroness Hale": titled by name
        if len(person) >= 3 and person[0].text in _BARE_TITLES:
            return "person", person[1:]  # "Eng Juma Mwakyusa"
        return "person", person
    if has_institution:
        while run and (run[0].low in ("the", "of", "for", "and") or run[0].low.endswith("'s")):
            run.pop(0)
        return "institution", run
    if connected and len(run) >= 4 and run[0].cap and any(
            k and t.low == "for" and run[k - 1].cap for k, t in enumerate(run)) \
            and any(t.low == "and" for t in run):
        return "institution", run  # "People's Action for Free and Fair Elections"
    if len(run) >= 2 and not person and run[-2].cap and run[-2].low not in cues.titles \
            and not cues.country_code([run[-2].text]) and cues.country_code([run[-1].text]):
        return "institution", run  # "Swimming Australia", "Cricket Australia"
    return None, []




def _fathers_title(words: Sequence[str], k: int, cues: Cues, stacked: set[int]) -> bool:
    """Whether the title ``words[k]`` is a father's title inside a name: next to a patronymic
    ("Mohammad Hafiz bin Haji Ismail", and a title's word before "bin" is a given name) or
    one of ``names.inner_honorifics`` after a name's word ("Abang Johari Tun Openg")."""
    lows = [w.casefold() for w in words]
    if any(w in cues.names["patronymics"] for w in lows[max(0, k - 2):k + 2]):
        return True
    if not k or lows[k] not in cues.names["inner_honorifics"] or k - 1 in stacked:
        return False
    before = words[k - 1]
    return capitalised(before) and lows[k - 1] not in cues.titles \
        and lows[k - 1] not in _institution_words(cues) and not _ACRONYM.fullmatch(before) \
        and not cues.country_code([before])


def _honorific_stack(run: Sequence[Token | str], cues: Cues) -> set[int]:
    """The positions in ``run`` (tokens or words) of the words of titles of several words
    ("Tan Sri")."""
    phrases = cues.names["honorific_phrases"]
    if not phrases or len(run) < 2:
        return set()
    lows = [(t if isinstance(t, str) else t.low).casefold().rstrip("'’") for t in run]
    found: set[int] = set()
    for k in range(len(run) - 1):
        for n in (2, 3):
            if k + n <= len(run) and " ".join(lows[k:k + n]) in phrases:
                found.update(range(k, k + n))
    return found


def _named_with_modifier(head: Sequence[Token], person: Sequence[Token], cues: Cues) -> bool:
    """Whether the capitalised words before a would-be person name are the start of a body's
    name: only qualifying title words ("National Integrity Action"), or only a place's
    adjective before a single word ("Korean Air", "Lithuanian Airports": the press writes
    "Ukraine's Zelensky" or "Ukrainian President Zelensky", not "Ukrainian Zelensky")."""
    if all(t.low in cues.names["qualifying_titles"] for t in head):
        return True
    return len(person) == 1 and all(
        t.low in ("north", "south") or t.low.endswith(_PLACE_ADJECTIVE_ENDINGS) and (
            cues.country_code([t.text]) or cues.country_code(["South", t.text]))
        for t in head) and head[-1].low not in ("north", "south")


def _acronym_in_brackets(core: Sequence[Token], m: int) -> bool:
    """Whether the bracket at ``m`` holds an acronym: "Department of Economy, Planning, and
    Development (DEPDev) Secretary"."""
    if core[m].text == "(":
        return m + 2 < len(core) and core[m + 2].text == ")" and core[m + 1].text[:1].isupper()
    return m >= 2 and core[m - 2].text == "(" and core[m - 1].text[:1].isupper()


def split_coordination(tokens: Sequence[Token], cues: Cues) -> list[list[Token]]:
    """Split "the U.S., South Korea and others" into its items (names joined by "and" or
    commas); a single phrase comes back whole."""
    if not any(t.low == "and" or t.text == "," for t in tokens):
        return [list(tokens)]
    core = list(tokens)
    if core[-1].text == ")":  # "(MIIT)" after the name
        opening = max((k for k, t in enumerate(core) if t.text == "("), default=0)
        acronym = "".join(t.text for t in core[opening + 1:-1])
        if len(acronym) >= 3 and acronym.isupper() and spells(core[:opening], acronym):
            # "Philippine Atmospheric, Geophysical and Astronomical Services Administration
            # (PAGASA)": the acronym spells the whole name, commas and all
            return [list(tokens)]
        core = core[:opening] or core
    lead = next((k for k, t in enumerate(core[:6]) if k and (
        t.low in ("of", "by") and core[k - 1].low in cues.documents
        or t.low in ("for", "of") and core[k - 1].low in _SPOKES) and not core[k - 1].cap), None)
    if lead is not None and not any(t.low == "and" or t.text == "," for t in core[:lead]) \
            and len(split_coordination(tokens[lead + 1:], cues)) == 1:
        return [list(tokens)]  # "the annual report of the Institute of Hydrology, Meteorology
        # and Environmental Studies (Ideam)", "a spokesman for the Ministry of Public Works and
        # Communications (MOPC)": one body's
    of = next((k for k, t in enumerate(core) if t.low in ("of", "for")), None)
    titled = of is not None and of and core[of - 1].cap and core[of - 1].low in cues.titles \
        and core[of - 1].low not in _institution_words(cues)
    if of is not None and of and (core[of - 1].low in cues.names["body_heads"] or titled
                                  or core[of - 1].cap and sum(
            t.low in ("of", "for") for t in core) == 1) and all(
            t.cap or t.low in ("and", "the", "of", "for", "&") or t.text == ","
            or t.low == "in" and m + 1 < len(core) and core[m + 1].cap and core[m - 1].cap
            or t.text in "()" and _acronym_in_brackets(core, m)
            for m, t in enumerate(core[of + 1:], of + 1)) and not any(t.low in ("and", "&") or t.text == ","
                                                for t in core[:of]) and not any(
            t.low == "the" and core[m - 1].low in ("and", "&") and not (titled and not any(
                u.low in cues.titles or u.low in _institution_words(cues) for u in core[m + 1:]))
            for m, t in enumerate(core) if m > of) \
            and not _titled_pair(core, cues):
        # "the Ministry of Trade, Industry and Energy", "Bureau of Industry and Security",
        # "Secretary of Health and Human Services Robert Kennedy", a title's complement with
        # "the": "Minister for Climate, Energy and the Environment Darragh O'Brien" (but "the
        # Ministry of Health and the Food Safety Agency", "the Minister of Health and the
        # Chief Medical Officer" and "Secretary of State Marco Rubio and Defense Secretary
        # Pete Hegseth" are two)
        return [list(tokens)]
    ands = [k for k, t in enumerate(core) if t.low in ("and", "&")]
    if len(ands) == 1 and core[-1].low in cues.names["body_heads"] and ands[0] + 1 < len(core) \
            and core[ands[0] + 1].cap and not any(t.text == "," for t in core):
        first = [t for t in core[:ands[0]] if t.low not in DETERMINERS]
        if len(first) >= 2 and _POSSESSIVE.search(first[0].text):
            first = first[1:]  # "Kenya's Energy and Petroleum Regulatory Authority"
        second = core[ands[0] + 1:]
        if (len(first) >= 2 or len(first) == 1 and len(second) >= 3) \
                and first[-1].low not in cues.names["body_heads"] and all(
                t.cap and not _POSSESSIVE.search(t.text) for t in first) and all(
                t.cap and (not _POSSESSIVE.search(t.text) or t.low.endswith(("s'", "s’")))
                for t in second):  # ("Manufacturers' Association")
            # "the Land Transportation Franchising and Regulatory Board": one body, whose
            # first half names no body of its own
            return [list(tokens)]
    items: list[list[Token]] = [[]]
    for token in tokens:  # ("Marks & Spencer" is one name)
        if token.low == "and" or token.text == ",":
            items.append([])
        else:
            items[-1].append(token)
    items = [i for i in items if i]
    if any(len(i) > 8 for i in items):
        return [list(tokens)]
    return [i for i in items if not (len(i) == 1 and i[0].low in ("others", "other"))]


def _titled_pair(core: Sequence[Token], cues: Cues) -> bool:
    """Whether "and" joins two titled people: "Secretary of State Marco Rubio and Defense
    Secretary Pete Hegseth" (but not a portfolio's words: "Minister of Youth Affairs and
    Sports Anurag Thakur")."""
    ands = [k for k, t in enumerate(core) if t.low == "and"]
    if len(ands) != 1:
        return False
    left, right = core[:ands[0]], core[ands[0] + 1:]
    kind, person = split_name(left, cues)
    return kind == "person" and len(person) >= 2 and person[0] is not left[0] and not any(
        t.low in cues.names["portfolios"] for t in person) and split_name(right, cues)[0] == "person"


def apposition_after(text: str, end: int) -> list[Token]:
    """The words in apposition after a name: ", a research fellow at the ... Institute,"."""
    tokens = tokenize(text, end, min(len(text), end + 200))
    if not tokens or tokens[0].text != ",":
        return []
    out = []
    for token in tokens[1:]:
        if token.text in ",.;:\"" or token.text == "\n":
            break
        out.append(token)
    if out and (out[0].low in _VERBS_AFTER_NAME or out[0].low.endswith(("ed", "ing"))
                and out[0].low not in _NOUNS_LIKE_VERBS):
        return []  # ", told a media briefing", ", speaking at ...": a verb, no apposition
    return out if out and (not out[0].cap or out[0].low in DETERMINERS) else []


# Verbs that follow a name and a comma where an apposition would ("..., Hamutenya, told a
# media briefing"), besides the forms in -ed and -ing; and nouns with those endings.
_VERBS_AFTER_NAME = frozenset("said says told tells wrote writes spoke speaks added adds said: "
                              "insisted warned noted".split())
_NOUNS_LIKE_VERBS = frozenset("head-of-mission king-in-waiting darling ring wing thing sibling "
                              "seed breed creed speed".split())


def one_unknown_word(speaker: Speaker) -> bool:
    """A speaker guessed to be a person from one capitalised word that nothing else names
    ("Bernama reported", "Greenpeace said"): perhaps a body after all."""
    return speaker.kind == "person" and not speaker.known and speaker.source_type == "other" \
        and bool(speaker.name) and " " not in speaker.name


def _join(tokens: Sequence[Token]) -> str:
    out = ""
    for i, token in enumerate(tokens):
        glue = "" if i == 0 or token.text in "-),." or (i and tokens[i - 1].text in "-(") else " "
        out += glue + token.text
    return out


# Words before a body's kind that do not say which body it is ("the same ministry").
_VAGUE_MODIFIERS = frozenset("same other relevant new former latter respective concerned "
                             "competent appropriate local main whole entire above following "
                             "previous next last first second third own particular certain "
                             "various several many few two three both".split())


# A lawyer's word and the words before it that make the lawyer a party's own.
_PRIVATE_LAWYER = frozenset("counsel attorney attorneys lawyer lawyers".split())
_LAWYER_OF = frozenset("defence defense his her their its family family's client's "
                       "victims' plaintiffs' private".split())


def _has_any(words: Sequence[str], *vocabularies) -> bool:
    return any(w in vocab for vocab in vocabularies for w in words)
