"""Show articles with what was found in them: escaped HTML for notebooks and reports, and
plain or coloured text for the terminal. Every highlight points at exact body offsets."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Iterable, Sequence


@dataclass(frozen=True)
class Highlight:
    """A span of an article's body to mark: ``layer`` (marker, quote, topic...), a short
    ``label`` (a category, a speaker) and a longer ``note`` shown on hover."""

    start: int
    end: int
    layer: str
    label: str
    note: str = ""


CSS = """
<style>
.fr-article { font-family: Georgia, 'Times New Roman', serif; font-size: 15px; line-height: 1.55;
  color: #1a1a1a; }
.fr-article p, .fr-article li, .fr-article h4 { unicode-bidi: isolate; }
.fr-article h4 { font-family: system-ui, sans-serif; margin: 0 0 .3em 0; font-size: 16px; }
.fr-meta { font-family: system-ui, sans-serif; font-size: 12px; color: #444; margin-bottom: .6em; }
.fr-meta b { color: #111; }
.fr-body p { margin: 0 0 .7em 0; }
.fr-parts { font-family: system-ui, sans-serif; font-size: 12px; color: #555; margin-top: .6em; }
.fr-parts li { margin: .1em 0; }
.fr-kind { display: inline-block; min-width: 7em; color: #777; }
.fr-grid { display: grid; gap: 18px; align-items: start; }
.fr-grid > .fr-article { border: 1px solid #ccc; border-radius: 6px; padding: 10px 12px; }
.fr-copy { color: #8a5300; }
mark.fr-hl { background: #fff1a8; padding: 0 1px; border-radius: 2px; }
mark.fr-quote { background: #d8ecff; }
mark.fr-marker { background: #ffe0b8; }
mark.fr-topic { background: #e3f5df; }
@media print { .fr-grid { display: block; } .fr-grid > .fr-article { break-inside: avoid; } }
</style>
"""


def article_html(article, highlights: Iterable[Highlight] = (), *, parts: bool = True,
                 css: bool = True) -> str:
    """One article as HTML: title, metadata, body (highlighted), and its non-body parts.

    All article text is escaped, so markup inside an article is shown, never run.
    """
    esc = html.escape
    title = esc(article.title or article.id)
    meta = [f"<b>{esc(article.outlet)}</b> ({esc(article.outlet_type)}, {esc(article.bloc)})"]
    if article.date:
        meta.append(esc(article.date))
    meta.append(f"{article.n_words} words")
    meta.append(f"id <code>{esc(article.id)}</code>")
    if article.duplicate_of:
        meta.append(f"<span class='fr-copy'>copy of <code>{esc(article.duplicate_of)}</code>"
                    + (f" (similarity {article.copy_similarity:.2f})"
                       if article.copy_similarity is not None else "") + "</span>")
    out = [CSS if css else "", "<div class='fr-article'>", f"<h4>{title}</h4>",
           f"<div class='fr-meta'>{' · '.join(meta)}</div>",
           f"<div class='fr-body'>{body_html(article.body, highlights)}</div>"]
    if parts and article.parts:
        items = "".join(f"<li><span class='fr-kind'>{esc(p.kind)}</span>{esc(p.text)}</li>"
                        for p in article.parts)
        out.append(f"<details class='fr-parts'><summary>Not scored: {len(article.parts)} "
                   f"non-body part(s)</summary><ul>{items}</ul></details>")
    out.append("</div>")
    return "".join(out)


def side_by_side_html(articles: Sequence, highlights: dict[str, list[Highlight]] | None = None,
                      *, columns: int | None = None) -> str:
    """Several articles in columns (at most three per row by default)."""
    highlights = highlights or {}
    n = columns or min(3, max(1, len(articles)))
    cells = "".join(article_html(a, highlights.get(a.id, ()), css=False) for a in articles)
    return f"{CSS}<div class='fr-grid' style='grid-template-columns: repeat({n}, 1fr)'>{cells}</div>"


def body_html(body: str, highlights: Iterable[Highlight] = ()) -> str:
    """The body as escaped paragraphs with ``<mark>`` around highlighted spans.

    Overlapping highlights are allowed: the text is cut at every boundary and each piece
    carries the classes and notes of all highlights covering it.
    """
    pieces = []
    for start, end, covering in _segments(body, list(highlights), breaks=True):
        if body[start:end] == "\n\n":
            pieces.append("</p><p>")
            continue
        text = html.escape(body[start:end]).replace("\n", "<br>")
        if covering:
            classes = " ".join(sorted({f"fr-{h.layer}" for h in covering}))
            note = html.escape("; ".join(_note(h) for h in covering), quote=True)
            text = f"<mark class='fr-hl {classes}' title='{note}'>{text}</mark>"
        pieces.append(text)
    return "<p>" + "".join(pieces) + "</p>"


def article_text(article, highlights: Iterable[Highlight] = (), *, color: bool = False,
                 parts: bool = True) -> str:
    """The article for a terminal: a header, the body with highlighted spans in brackets
    (``[text]{label}``) or in colour, and the non-body parts."""
    lines = [f"{article.id}",
             f"  {article.outlet} ({article.outlet_type}, {article.bloc})"
             f"{'  ' + article.date if article.date else ''}  {article.n_words} words",
             f"  event: {article.event}" + (f"  copy of: {article.duplicate_of}"
                                             if article.duplicate_of else "")]
    if article.title:
        lines.insert(1, f"  {article.title}")
    body = []
    for start, end, covering in _segments(article.body, list(highlights)):
        text = article.body[start:end]
        if covering:
            label = ",".join(dict.fromkeys(h.label for h in covering))
            text = (f"\x1b[1;33m{text}\x1b[0m\x1b[2m{{{label}}}\x1b[0m" if color
                    else f"[{text}]{{{label}}}")
        body.append(text)
    lines += ["", "".join(body), ""]
    if parts and article.parts:
        lines.append("Not scored:")
        lines += [f"  {p.kind:<15} {p.text}" for p in article.parts]
    return "\n".join(lines)


def _note(h: Highlight) -> str:
    return f"{h.layer}: {h.label}" + (f" - {h.note}" if h.note else "")


def _segments(body: str, highlights: list[Highlight], *, breaks: bool = False):
    """Yield ``(start, end, covering highlights)`` pieces that tile the whole body
    (with ``breaks``, every paragraph break ``\\n\\n`` is a piece of its own)."""
    valid = [h for h in highlights if 0 <= h.start < h.end <= len(body)]
    cuts = {0, len(body), *(h.start for h in valid), *(h.end for h in valid)}
    if breaks:
        at = body.find("\n\n")
        while at >= 0:
            cuts.update((at, at + 2))
            at = body.find("\n\n", at + 2)
    cuts = sorted(cuts)
    for a, b in zip(cuts, cuts[1:]):
        yield a, b, [h for h in valid if h.start <= a and h.end >= b]
