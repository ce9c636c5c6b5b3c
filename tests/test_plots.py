"""framing.plots: axes-level charts over tidy tables, drawn on the Axes given, reproducible."""

import io

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from framing import plots  # noqa: E402

COVERAGE = pd.DataFrame({
    "article": ["Herald", "Herald", "Wire", "Wire"],
    "topic": ["Finance", "Coal", "Finance", "Coal"],
    "share": [0.5, 0.0, 0.25, 0.75],
    "status": ["covered", "omitted", "covered", "covered"],
})
SOURCES = pd.DataFrame({
    "article": ["Herald", "Wire", "Wire", "Herald"],
    "dimension": ["source_type"] * 3 + ["source_country"],
    "value": ["government-official", "expert", "state-media", "CN"],
    "share_attributions": [1.0, 0.5, 0.5, 1.0],
})


@pytest.fixture(autouse=True)
def _close():
    plots.set_style()
    yield
    plt.close("all")


def test_heatmap_marks_omissions_on_the_given_axes():
    fig, ax = plt.subplots()
    out = plots.coverage_heatmap(COVERAGE, ax=ax)
    assert out is ax
    texts = [t.get_text() for t in ax.texts]
    assert texts.count("×") == 1 and "75" in texts and "50" in texts
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Herald", "Wire"]


def test_source_bars_stack_shares():
    ax = plots.source_bars(SOURCES, dimension="source_type")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Herald", "Wire"]
    widths = sorted(round(p.get_width()) for p in ax.patches if p.get_width() > 0)
    assert widths == [50, 50, 100]
    assert {t.get_text() for t in ax.get_legend().get_texts()} == {
        "government-official", "expert", "state-media"}


def test_empty_tables_give_a_note_not_an_error():
    ax = plots.source_bars(SOURCES.iloc[0:0])
    assert "no attributions" in [t.get_text() for t in ax.texts]
    ax = plots.tone_points(pd.DataFrame(columns=["article", "actor", "tone"]))
    assert "no actors named" in [t.get_text() for t in ax.texts]


def test_marker_bars_and_tone():
    rates = pd.DataFrame({"article": ["A", "B", "A", "B"],
                          "category": ["hedge", "hedge", "booster", "booster"],
                          "per_1k": [2.0, 0.0, 0.0, 0.0]})
    ax = plots.marker_bars(rates)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["hedge"]  # empty rows dropped
    tone = pd.DataFrame({"article": ["A", "B"], "actor": ["china", "china"], "tone": [.5, -.2]})
    ax = plots.tone_points(tone)
    assert ax.get_xlim() == (-1, 1)


def test_dollar_signs_are_text():
    data = COVERAGE.replace({"Herald": "$5 News $"})
    ax = plots.coverage_heatmap(data)
    ax.figure.canvas.draw()  # would raise on a malformed formula
    assert ax.get_xticklabels()[0].get_text() == "$5 News $"


def test_same_input_same_png():
    def png():
        fig, ax = plt.subplots()
        plots.coverage_heatmap(COVERAGE, ax=ax)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", metadata={"Software": None})
        plt.close(fig)
        return buf.getvalue()

    assert png() == png()
