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
mark.fr-hl { background: #fff1a8; color: inherit; padding: 0 1px; border-radius: 2px; }
mark.fr-quote { background: #d8ecff; }
mark.fr-marker { background: #ffe0b8; font-weight: bold; }
mark.fr-quote.fr-marker { background: #d8ecff; text-decoration: underline 2px #e69f00; }
mark.fr-topic { background: transparent; border-bottom: 3px solid var(--fr-topic, #009e73); }
mark.fr-quote.fr-topic, mark.fr-marker.fr-topic { border-bottom: 3px solid var(--fr-topic, #009e73); }
.fr-who { font-family: system-ui, sans-serif; font-size: 11px; color: #0b4f8a; background: #eef6ff;
  border: 1px solid #b9d7f5; border-radius: 3px; padding: 0 3px; margin-left: 2px;
  vertical-align: super; line-height: 1; white-space: nowrap; }
.fr-legend { font-family: system-ui, sans-serif; font-size: 13px; margin: .4em 0 1em 0;
  display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; }
.fr-legend mark { padding: 0 4px; }
.fr-swatch { display: inline-block; width: 1.4em; border-bottom: 4px solid; margin-right: 4px;
  vertical-align: middle; }
@media print { .fr-grid { display: block; } .fr-grid > .fr-article { break-inside: avoid;
  margin-bottom: 12px; } .fr-article { font-size: 11pt; } mark.fr-hl { -webkit-print-color-adjust: exact;
  print-color-adjust: exact; } }
</style>
"""


# Topic underline colours: Okabe-Ito (colour-blind safe), then Paul Tol's muted scheme.
TOPIC_COLOURS = ("#009e73", "#0072b2", "#d55e00", "#cc79a7", "#e69f00", "#56b4e9", "#000000",
                 "#332288", "#117733", "#882255", "#999933", "#aa4499", "#44aa99", "#88ccee",
                 "#ddcc77", "#661100")


def topic_colours(highlights: Iterable[Highlight]) -> dict[str, str]:
    """A colour per topic label found in ``highlights`` (sorted labels, so stable)."""
    labels = sorted({h.label for h in highlights if h.layer == "topic"})
    return {label: TOPIC_COLOURS[k % len(TOPIC_COLOURS)] for k, label in enumerate(labels)}


def legend_html(highlights: Iterable[Highlight], *, names: dict[str, str] | None = None) -> str:
    """A legend for the layers present in ``highlights``: quotes, stance markers (with their
    categories) and one colour per topic (``names`` maps topic ids to labels)."""
    highlights = list(highlights)
    esc = html.escape
    names = names or {}
    items = []
    layers = {h.layer for h in highlights}
    if "quote" in layers:
        items.append("<span><mark class='fr-hl fr-quote'>quoted or reported words</mark>"
                     "<span class='fr-who'>speaker</span></span>")
    if "marker" in layers:
        cats = sorted({h.label for h in highlights if h.layer == "marker"})
        items.append(f"<span><mark class='fr-hl fr-marker'>stance marker</mark> "
                     f"({esc(', '.join(cats))})</span>")
    for label, colour in topic_colours(highlights).items():
        items.append(f"<span><span class='fr-swatch' style='border-color: {colour}'></span>"
                     f"{esc(names.get(label, label))}</span>")
    if not items:
        return ""
    return ("<div class='fr-legend'><b>Legend</b> (hover a highlight for details):"
            + "".join(items) + "</div>")


def article_html(article, highlights: Iterable[Highlight] = (), *, parts: bool = True,
                 css: bool = True, colours: dict[str, str] | None = None) -> str:
    """One article as HTML: title, metadata, body (highlighted), and its non-body parts.

    All article text is escaped, so markup inside an article is shown, never run.
    """
    esc = html.escape
    highlights = list(highlights)
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
           f"<div class='fr-body'>{body_html(article.body, highlights, colours=colours)}</div>"]
    if parts and article.parts:
        items = "".join(f"<li><span class='fr-kind'>{esc(p.kind)}</span>{esc(p.text)}</li>"
                        for p in article.parts)
        out.append(f"<details class='fr-parts'><summary>Not scored: {len(article.parts)} "
                   f"non-body part(s)</summary><ul>{items}</ul></details>")
    out.append("</div>")
    return "".join(out)


def side_by_side_html(articles: Sequence, highlights: dict[str, list[Highlight]] | None = None,
                      *, columns: int | None = None, legend: bool = True,
                      topic_names: dict[str, str] | None = None) -> str:
    """Several articles in columns (at most three per row by default), with a legend of the
    highlights shown and the same colour for a topic in every article."""
    highlights = highlights or {}
    n = columns or min(3, max(1, len(articles)))
    every = [h for a in articles for h in highlights.get(a.id, ())]
    colours = topic_colours(every)
    cells = "".join(article_html(a, highlights.get(a.id, ()), css=False, colours=colours)
                    for a in articles)
    key = legend_html(every, names=topic_names) if legend else ""
    return (f"{CSS}{key}<div class='fr-grid' style='grid-template-columns: repeat({n}, "
            f"minmax(0, 1fr))'>{cells}</div>")


def body_html(body: str, highlights: Iterable[Highlight] = (), *,
              colours: dict[str, str] | None = None, speakers: bool = True) -> str:
    """The body as escaped paragraphs with ``<mark>`` around highlighted spans.

    Overlapping highlights are allowed and never nest: the text is cut at every boundary and
    each piece is one ``<mark>`` carrying the classes and notes of all highlights covering it
    (in a fixed order). A topic piece is underlined in its topic's colour (``colours``, from
    `topic_colours`); with ``speakers``, each quote ends with a small label naming its speaker.
    """
    highlights = _ordered(highlights)
    colours = colours or topic_colours(highlights)
    ends: dict[int, list[str]] = {}
    if speakers:
        for h in highlights:
            if h.layer == "quote" and 0 <= h.start < h.end <= len(body):
                ends.setdefault(h.end, []).append(h.label)
    pieces = []
    for start, end, covering in _segments(body, highlights, breaks=True):
        if body[start:end] == "\n\n":
            pieces.append("</p><p>")
            continue
        text = html.escape(body[start:end]).replace("\n", "<br>")
        if covering:
            classes = " ".join(sorted({f"fr-{h.layer}" for h in covering}))
            note = html.escape("; ".join(_note(h) for h in covering), quote=True)
            topics = [h.label for h in covering if h.layer == "topic"]
            style = (f" style='--fr-topic: {html.escape(colours[topics[0]], quote=True)}'"
                     if topics and topics[0] in colours else "")
            text = f"<mark class='fr-hl {classes}'{style} title='{note}'>{text}</mark>"
        pieces.append(text)
        for label in dict.fromkeys(ends.get(end, ())):
            pieces.append(f"<span class='fr-who'>{html.escape(label)}</span>")
    return "<p>" + "".join(pieces) + "</p>"


def _ordered(highlights: Iterable[Highlight]) -> list[Highlight]:
    """Highlights in a fixed order (position, then layer, label, note): the same input in any
    order gives the same HTML."""
    return sorted(set(highlights), key=lambda h: (h.start, -h.end, h.layer, h.label, h.note))


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


def highlighted_html(article, *, registry=None, lexicon=None, taxonomy=None,
                     cues=None) -> str:
    """One article with everything framing finds in it highlighted: quotes (with speakers),
    stance markers (names left out) and the words that gave each sentence a topic, with a
    legend. What Jupyter shows for an `Article` (``Article._repr_html_``)."""
    from .markers import find_markers, marker_highlights
    from .quotes import extract_quotes, quote_highlights
    from .topics import detect_topics, resolve_taxonomy, topic_highlights

    codebook = resolve_taxonomy(taxonomy)
    quotes = extract_quotes([article], registry=registry, cues=cues)
    markers = find_markers([article], lexicon=lexicon, quotes=quotes)
    markers = markers[markers["category"] != "naming"]
    topics = detect_topics([article], taxonomy=codebook, emergent=False)
    highlights = (quote_highlights(article, quotes) + marker_highlights(article, markers)
                  + topic_highlights(article, topics))
    names = {t.id: t.label for t in codebook}
    return CSS + legend_html(highlights, names=names) + article_html(highlights=highlights,
                                                                     article=article, css=False)
