"""Per-event views of a corpus: which articles, their metadata side by side, a summary."""

from __future__ import annotations

from typing import Sequence

import pandas as pd

from .errors import FramingError


def select_articles(corpus, event: str, outlets: Sequence[str] = (), *,
                    include_copies: bool = True) -> list:
    """The articles of ``event`` (optionally only from ``outlets``), sorted by date then id.

    Raises
    ------
    FramingError
        When the event is not in the corpus, or no article of it is from ``outlets``.
    """
    if event not in corpus.events:
        known = ", ".join(sorted(corpus.events)) or "none"
        raise FramingError(f"{corpus.root}: no event {event!r} (events: {known})")
    chosen = [a for a in corpus.in_event(event, include_copies=include_copies)
              if not outlets or a.outlet in outlets]
    if not chosen:
        raise FramingError(f"{corpus.root}: event {event!r} has no article from "
                           f"{', '.join(outlets)}")
    return sorted(chosen, key=lambda a: (a.date or "9999", a.id))


def event_articles(corpus, event: str, outlets: Sequence[str] = ()) -> pd.DataFrame:
    """One row per article of the event: outlet, bloc, date, size, title and copy links."""
    rows = [{"article_id": a.id, "outlet": a.outlet, "outlet_type": a.outlet_type,
             "bloc": a.bloc, "date": a.date, "n_words": a.n_words,
             "n_sentences": a.n_sentences, "copy_of": a.duplicate_of or "",
             "title": a.title or ""}
            for a in select_articles(corpus, event, outlets)]
    return pd.DataFrame(rows).set_index("article_id")


def event_summary(corpus, event: str, outlets: Sequence[str] = ()) -> str:
    """A short Markdown paragraph about the event and its coverage."""
    ev = corpus.events[event]
    articles = select_articles(corpus, event, outlets)
    copies = [a for a in articles if a.duplicate_of]
    outlets_seen = list(dict.fromkeys(a.outlet for a in articles))
    blocs = sorted({a.bloc for a in articles})
    dates = sorted(a.date for a in articles if a.date)
    lines = [f"## {_md(ev.title)}", ""]
    if ev.description:
        lines += [_md(ev.description), ""]
    span = f"{dates[0]} to {dates[-1]}" if dates and dates[0] != dates[-1] else (
        dates[0] if dates else "undated")
    lines.append(f"**{len(articles)} article(s)** from {', '.join(map(_md, outlets_seen))} "
                 f"({' and '.join(blocs)} outlets), {span}.")
    if copies:
        lines.append(" " + "; ".join(
            f"`{_md(a.id)}` is a copy of `{_md(a.duplicate_of)}`" for a in copies)
            + " (comparisons count a story once).")
    if ev.auto:
        lines += ["", "*This event was grouped automatically (dates close together and "
                      "similar text); give articles an `event:` in their front matter to "
                      "group them yourself.*"]
    return "\n".join(lines)


def _md(text: str) -> str:
    """Escape text for Markdown and keep any HTML inside it inert."""
    out = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "\\`*_[]#|":
        out = out.replace(ch, "\\" + ch)
    return out
