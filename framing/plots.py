"""Charts for reports and notebooks: seaborn axes-level functions over framing's long tables.

Each function takes a tidy table (``data=``) and an optional ``ax=``, draws on it and returns
the Axes; none calls ``plt.show()``. `set_style` gives large, colour-blind-safe, reproducible
figures (the same input always gives the same image bytes).
"""

from __future__ import annotations

from typing import Sequence

import pandas as pd

PALETTE = "colorblind"  # seaborn's palette for colour-vision deficiencies
SEQUENTIAL = "Blues"
OMITTED_MARK = "×"


def set_style(*, font_scale: float = 1.25) -> None:
    """Large fonts for projectors, a colour-blind-safe palette, and reproducible output
    (fixed SVG hash salt, no creation date in image metadata)."""
    import matplotlib as mpl
    import seaborn as sns

    sns.set_theme(context="notebook", style="whitegrid", palette=PALETTE, font_scale=font_scale)
    mpl.rcParams.update({
        "svg.hashsalt": "framing", "figure.dpi": 96, "savefig.dpi": 96,
        "figure.autolayout": False, "axes.titleweight": "bold", "axes.titlesize": "large",
        "font.family": "DejaVu Sans", "pdf.fonttype": 42,
        "text.parse_math": False,  # an outlet called "$5 News" is text, not a formula
    })
    try:  # the notebook's inline backend: PNG without changing metadata
        from IPython import get_ipython

        shell = get_ipython()
        if shell is not None:
            shell.run_line_magic("config", "InlineBackend.print_figure_kwargs = "
                                           "{'bbox_inches': 'tight', 'metadata': "
                                           "{'Software': None}}")
    except ImportError:  # pragma: no cover - IPython comes with the notebook stack
        pass


def _axes(ax, size: tuple[float, float]):
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=size)
    return ax


def coverage_heatmap(data: pd.DataFrame, *, x: str = "article", y: str = "topic",
                     value: str = "share", status: str = "status", ax=None):
    """Topic × article heatmap of the share of sentences on each topic; omitted topics (their
    peers cover them, the article does not) are marked with a ×.

    Parameters
    ----------
    data
        Long form, one row per article and topic (`framing.summary.topic_coverage`).
    x, y, value, status
        Column names: the articles, the topics, the share (0..1) and the comparison status
        (``omitted`` cells get the mark).
    """
    import seaborn as sns

    xs = list(dict.fromkeys(data[x]))
    ys = list(dict.fromkeys(data[y]))
    grid = data.pivot_table(index=y, columns=x, values=value, aggfunc="max", sort=False)
    grid = grid.reindex(index=ys, columns=xs).fillna(0.0) * 100
    ax = _axes(ax, (2.2 + 1.6 * len(xs), 1.2 + 0.55 * len(ys)))
    annot = grid.round(0).astype(int).astype(str).where(grid > 0, "")
    omitted = data[data[status] == "omitted"]
    for row in omitted.itertuples(index=False):
        annot.loc[getattr(row, y), getattr(row, x)] = OMITTED_MARK
    sns.heatmap(grid, ax=ax, cmap=SEQUENTIAL, vmin=0, vmax=max(50, float(grid.max().max())),
                annot=annot, fmt="", linewidths=0.5, linecolor="#dddddd",
                cbar_kws={"label": "% of sentences"},
                annot_kws={"fontsize": 13, "fontweight": "bold"})
    for text in ax.texts:
        if text.get_text() == OMITTED_MARK:
            text.set_color("#d55e00")  # vermillion: readable on white and on blue
            text.set_fontsize(20)
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.set_title(f"Share of sentences per topic ({OMITTED_MARK} = left out, peers cover it)")
    ax.tick_params(axis="x", rotation=0)
    return ax


def source_bars(data: pd.DataFrame, *, dimension: str = "source_type", x: str = "article",
                value: str = "share_attributions", ax=None):
    """Stacked bars: per article (or outlet), the share of its attributions by source type or
    by source country (`framing.source_profile` or `framing.summary.source_shares`)."""
    rows = data[data["dimension"] == dimension]
    wide = rows.pivot_table(index=x, columns="value", values=value, aggfunc="sum",
                            sort=False).fillna(0.0) * 100
    wide = wide.reindex(columns=sorted(wide.columns, key=lambda c: (-wide[c].sum(), str(c))))
    ax = _axes(ax, (9, 1.2 + 0.8 * max(1, len(wide))))
    if wide.empty:
        ax.text(0.5, 0.5, "no attributions", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    import seaborn as sns

    colours = sns.color_palette(PALETTE, n_colors=max(len(wide.columns), 1))
    wide.plot.barh(stacked=True, ax=ax, color=colours[:len(wide.columns)], width=0.7,
                   edgecolor="white")
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("% of attributions")
    ax.set_ylabel("")
    ax.set_title(f"Who speaks: attributions by {dimension.replace('_', ' ')}")
    ax.legend(title="", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    return ax


def marker_bars(data: pd.DataFrame, *, x: str = "per_1k", y: str = "category",
                hue: str = "article", ax=None):
    """Grouped bars of stance marker rates (per 1,000 words) per category and article
    (`framing.summary.marker_rate_table`)."""
    import seaborn as sns

    categories = [c for c in dict.fromkeys(data[y]) if data.loc[data[y] == c, x].sum() > 0]
    shown = data[data[y].isin(categories)]
    ax = _axes(ax, (10, 1.2 + 0.45 * max(1, len(categories)) * max(1, data[hue].nunique())))
    if shown.empty:
        ax.text(0.5, 0.5, "no stance markers", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    sns.barplot(data=shown, x=x, y=y, hue=hue, order=categories, palette=PALETTE, ax=ax,
                orient="h")
    ax.set_xlabel("markers per 1,000 words (outside quotations)")
    ax.set_ylabel("")
    ax.set_title("Stance markers")
    ax.legend(title="", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    return ax


def tone_points(data: pd.DataFrame, *, x: str = "tone", y: str = "actor", hue: str = "article",
                actors: Sequence[str] | None = None, ax=None):
    """Tone (mean sentiment, -1..1) of the sentences that name each actor, per article
    (`framing.summary.actor_tone_table`)."""
    import seaborn as sns

    order = list(actors) if actors else sorted(data[y].unique())
    ax = _axes(ax, (9, 1.2 + 0.55 * max(1, len(order))))
    if data.empty:
        ax.text(0.5, 0.5, "no actors named", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    sns.stripplot(data=data, x=x, y=y, hue=hue, order=order, palette=PALETTE, size=11,
                  hue_order=list(dict.fromkeys(data[hue])),
                  jitter=False, dodge=False, ax=ax, marker="D", linewidth=1, edgecolor="white")
    ax.axvline(0, color="#555555", linewidth=1)
    ax.set_xlim(-1, 1)
    ax.set_xlabel("tone of the sentences naming the actor (-1 negative, +1 positive)")
    ax.set_ylabel("")
    ax.set_title("Tone per actor")
    ax.legend(title="", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    return ax


def timeline(data: pd.DataFrame, *, x: str = "date", y: str, hue: str | None = None,
             size: str | None = None, ax=None):
    """Dots over time (dates on x): e.g. articles per outlet, or sources or topics per date
    (`framing.summary.corpus_timeline`)."""
    import seaborn as sns

    frame = data.assign(**{x: pd.to_datetime(data[x], errors="coerce")}).dropna(subset=[x])
    order = sorted(frame[y].astype(str).unique())
    ax = _axes(ax, (11, 1.2 + 0.45 * max(1, len(order))))
    position = {name: i for i, name in enumerate(order)}
    frame = frame.assign(_row=frame[y].astype(str).map(position).astype(float))
    if hue:  # side by side within a row, so that groups on the same date do not hide
        levels = sorted(frame[hue].astype(str).unique())
        step = 0.5 / max(1, len(levels))
        shift = {h: (k - (len(levels) - 1) / 2) * step for k, h in enumerate(levels)}
        frame["_row"] += frame[hue].astype(str).map(shift)
    sns.scatterplot(data=frame, x=x, y="_row", hue=hue,
                    size=size, sizes=(60, 400) if size else None, palette=PALETTE if hue else None,
                    ax=ax, legend="brief")
    ax.set_yticks(range(len(order)))
    ax.set_yticklabels(order)
    ax.set_ylim(len(order) - 0.5, -0.5)
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_xlabel("")
    ax.set_ylabel("")
    if hue or size:
        ax.legend(bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    return ax
