"""A media-literacy lesson on any event: questions whose answers are computed from the score
tables, a check that says right or wrong with the words that prove it, and the codebook
definitions a class reads (from the lexicon, taxonomy and source registry files)."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any, Callable

import pandas as pd

from .summary import EventTables, top_sources

N_QUESTIONS = 4


@dataclass(repr=False)
class Verdict:
    """The result of `check`: ``correct`` is None while the question is unanswered."""

    number: int
    question: str
    answer: Any
    correct: bool | None
    expected: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        if self.correct is None:
            return (f"Question {self.number}: not answered yet. Write your answer in "
                    f"answer_{self.number} and run the notebook again.")
        head = (f"Question {self.number}: {'right' if self.correct else 'not quite'} "
                f"(you answered {self.answer!r}; the tables say "
                f"{' or '.join(self.expected) or 'nothing'}).")
        return "\n".join([head, "Evidence:"] + [f"  - {e}" for e in self.evidence])

    __repr__ = __str__

    def _repr_html_(self) -> str:
        esc = html.escape
        if self.correct is None:
            colour, title = "#555555", f"Question {self.number}: not answered yet"
            body = (f"<p>Write your answer in <code>answer_{self.number}</code> and run the "
                    f"notebook again.</p>")
        else:
            colour = "#009e73" if self.correct else "#d55e00"
            title = (f"Question {self.number}: {'right' if self.correct else 'not quite'} "
                     f"— you answered {self.answer!r}; the tables say "
                     f"{' or '.join(self.expected) or 'nothing'}")
            items = "".join(f"<li>{esc(e)}</li>" for e in self.evidence)
            body = f"<p>The evidence:</p><ul>{items}</ul>"
        return (f"<div class='fr-verdict' style='border-left: 6px solid {colour}; "
                f"padding: .3em .8em; font-size: 16px'><b>{esc(title)}</b>{body}</div>")


@dataclass
class _Answer:
    question: str
    accepted: list[str]  # right answers, as shown
    evidence: list[str]
    also: list[str] = field(default_factory=list)  # other spellings accepted (topic ids)


def question(number: int, t: EventTables) -> str:
    """The text of question ``number`` for this event (names come from the tables)."""
    return _answer(number, t).question


def ask(number: int, t: EventTables):
    """Question ``number`` as Markdown for the notebook."""
    from IPython.display import Markdown

    from .compare import _md

    return Markdown(f"**Question {number}.** {_md(question(number, t))}")


def check(number: int, answer: Any, t: EventTables) -> Verdict:
    """Compare a student's ``answer`` with the one the tables give, and show the evidence.

    Answers are compared without case, spaces or a leading "the"; outlets may be given by
    name, topics by id or label. When several answers are equally right (a tie), any of
    them is accepted.
    """
    expected = _answer(number, t)
    if answer is None or (isinstance(answer, str) and not answer.strip()):
        return Verdict(number, expected.question, answer, None)
    given = _norm(answer)
    right = any(given == _norm(a) for a in expected.accepted + expected.also)
    return Verdict(number, expected.question, answer, right, list(expected.accepted),
                   expected.evidence)


def right_answer(number: int, t: EventTables) -> list[str]:
    """The answers the tables accept for question ``number`` (for the teacher)."""
    return list(_answer(number, t).accepted)


def definitions(t: EventTables, kind: str, names: list[str] | None = None) -> pd.DataFrame:
    """Codebook definitions, read from the files in use: ``kind`` is ``stance`` (marker
    categories, with example terms), ``topics`` (the taxonomy) or ``sources`` (source
    types of the registry)."""
    rows = []
    if kind == "stance":
        lexicon = t.lexicons[0]
        for name, group in lexicon.groups.items():
            terms = [e.term for e in lexicon.entries if e.category == name][:6]
            rows.append({"name": name, "definition": " ".join(
                str(group.get("description", "")).split()), "e.g.": ", ".join(terms)})
    elif kind == "topics":
        for topic in t.taxonomy:
            rows.append({"name": topic.label, "definition": " ".join(topic.description.split()),
                         "e.g.": ", ".join(topic.terms[:6])})
    elif kind == "sources":
        types = getattr(t.registry, "source_types", None) or {}
        rows = [{"name": name, "definition": text, "e.g.": ""} for name, text in types.items()]
    else:
        raise ValueError(f"kind must be stance, topics or sources, not {kind!r}")
    table = pd.DataFrame(rows, columns=["name", "definition", "e.g."])
    if names:
        table = table[table["name"].isin(names)]
    return table.set_index("name")


# ---------------------------------------------------------------------------- answers


def _answer(number: int, t: EventTables) -> _Answer:
    makers: dict[int, Callable[[EventTables], _Answer]] = {
        1: _most_pejorative, 2: _omitted_topic, 3: _most_quoted, 4: _warmest_tone}
    if number not in makers:
        raise ValueError(f"question must be 1 to {N_QUESTIONS}, not {number!r}")
    return makers[number](t)


def _originals(t: EventTables) -> pd.DataFrame:
    a = t["articles"]
    return a[a["duplicate_of"].isna() | (a["duplicate_of"] == "")]


def _most_pejorative(t: EventTables) -> _Answer:
    q = ("Which outlet uses the most pejorative words (name-calling, loaded labels) per "
         "1,000 words of its own text?")
    a = _originals(t)
    best = a["pejorative_per_1k"].max()
    winners = a[a["pejorative_per_1k"] == best] if best > 0 else a.iloc[0:0]
    m = t["markers"]
    m = m[(m["category"] == "pejorative") & ~m["in_quote"] & m["article_id"].isin(winners[
        "article_id"])]
    by_id = {x.id: x for x in t.articles}
    evidence = [f"{t.labels[r.article_id]}: {best:.1f} pejorative words per 1,000 words"
                for r in winners.itertuples(index=False)]
    evidence += [f"'{r.text}' in: {_sentence(by_id[r.article_id], r.start)}"
                 for r in m.head(4).itertuples(index=False)]
    return _Answer(q, sorted(set(winners["outlet"])) or ["none"], evidence)


def _omitted_topic(t: EventTables) -> _Answer:
    om = t["omissions"]
    if om.empty:
        return _Answer("Does any article leave out a topic that its peers cover? (answer "
                       "'none' if not)", ["none"], ["The omissions table is empty."])
    counts = om.groupby("article_id", sort=False).size()
    target = counts.index[counts.argmax()]
    label = t.labels[target]
    mine = om[om["article_id"] == target]
    q = (f"Name one topic that {label} leaves out although the other outlets of the event "
         f"cover it.")
    accepted = [t.topic_label(x) for x in mine["topic"]]
    evidence = [f"{t.topic_label(r.topic)}: {t.labels.get(r.evidence_article)} wrote "
                f"\"{' '.join(r.evidence.split())}\"" for r in mine.itertuples(index=False)]
    return _Answer(q, accepted, evidence, also=list(mine["topic"]))


def _most_quoted(t: EventTables) -> _Answer:
    q = ("Which source do the outlets quote or cite most often in this event (as the speaker "
         "or as the channel a statement came through)?")
    top = top_sources(t, top=100)
    if top.empty:
        return _Answer(q, ["none"], ["Nobody is quoted."])
    best = top["n_attributions"].max()
    winners = top[top["n_attributions"] == best]
    evidence = [f"{r['source']} ({r['type']}): {r['n_attributions']} attributions, by "
                f"{r['quoted by']}; e.g. \"{r['example']}\" ({r['example from']})"
                for r in winners.to_dict("records")]
    return _Answer(q, list(winners["source"]), evidence)


def _warmest_tone(t: EventTables) -> _Answer:
    from .tone import score_sentence

    q = ("Which outlet's sentences sound the most positive on average (the highest tone, "
         "from -1 to +1)?")
    a = _originals(t)
    best = a["tone"].max()
    winners = a[a["tone"] == best]
    evidence = [f"{t.labels[r.article_id]}: tone {r.tone:+.2f}" for r in a.sort_values(
        "tone", ascending=False).itertuples(index=False)]
    by_id = {x.id: x for x in t.articles}
    for article_id in winners["article_id"]:
        article = by_id[article_id]
        scored = sorted(((score_sentence(article.norm[s:e]), s) for s, e in article.sentences),
                        reverse=True)
        if scored:
            evidence.append(f"its most positive sentence ({scored[0][0]:+.2f}): "
                            f"{_sentence(article, scored[0][1])}")
    return _Answer(q, sorted(set(winners["outlet"])), evidence)


def _sentence(article, offset: int) -> str:
    s, e = article.sentences[article.sentence_at(int(offset))]
    return " ".join(article.body[s:e].split())


def _norm(value: Any) -> str:
    text = " ".join(str(value).casefold().replace("_", " ").split())
    return text[4:] if text.startswith("the ") else text
