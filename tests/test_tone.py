"""framing.tone: VADER sentence sentiment (offline), per article and per actor."""

import subprocess
import sys
from pathlib import Path

import pytest

from framing.corpus import Article
from framing.text import nltk_data_dir
from framing.tone import actor_tone, article_tone, score_sentence, sentence_tone

REPO = Path(__file__).resolve().parent.parent


def article(id: str, text: str) -> Article:
    return Article(id=id, path=Path(f"{id}.txt"), body=text, parts=[])


@pytest.mark.parametrize("text, sign", [
    ("The two leaders hailed their wonderful, unbreakable friendship.", 1),
    ("Trade talks ended in a fruitful agreement that both sides welcomed.", 1),
    ("The missile test was condemned as a dangerous and reckless provocation.", -1),
    ("Tariffs hurt farmers and caused painful losses, officials complained.", -1),
    ("The delegation arrived in Pyongyang on Thursday.", 0),
])
def test_sentence_sign(text, sign):
    score = score_sentence(text)
    assert -1 <= score <= 1
    assert (score > 0.3) if sign > 0 else (score < -0.3) if sign < 0 else score == 0


def test_article_tone_is_the_mean_of_its_sentences():
    a = article("a", "The friendship is wonderful. The war was a disaster. Kim left.")
    sentences = sentence_tone([a])
    assert sentences.sentence.tolist() == [0, 1, 2]
    assert [a.body[s:e] for s, e in zip(sentences.start, sentences.end)][2] == "Kim left."
    table = article_tone([a])
    assert table.loc[0, "n_sentences"] == 3
    assert table.loc[0, "tone"] == pytest.approx(sentences.tone.mean())
    assert sentences.tone.iloc[0] > 0 > sentences.tone.iloc[1]


def test_actor_tone_uses_the_sentences_naming_each_actor():
    a = article("a", "China praised the wonderful friendship. North Korea fired missiles that "
                     "killed and injured people. Pyongyang and Beijing met; North Korea was "
                     "calm.")
    table = actor_tone([a]).set_index("actor")
    assert table.loc["china", "n_sentences"] == 2  # sentences 1 and 3
    assert table.loc["north_korea", "n_sentences"] == 2  # sentence 3 counts once
    assert table.loc["china", "tone"] > 0 > table.loc["north_korea", "tone"]
    s = sentence_tone([a]).tone.tolist()
    assert table.loc["china", "tone"] == pytest.approx((s[0] + s[2]) / 2)


def test_state_article_reads_warmer_than_the_wires(corpus):
    tone = article_tone(corpus).set_index("article_id").tone
    xinhua = tone["zhao-pyongyang-2024-04/xinhua-2024-04-12"]
    for other in ("afp-2024-04-12", "ap-rewrite-2024-04-14", "independent-2024-04-13"):
        assert xinhua > tone[f"zhao-pyongyang-2024-04/{other}"] + 0.3


TRICKY = [
    "It was NOT good, but the talks were GREAT!!!", "Kind of a disaster, kind of not.",
    "The very worst outcome?? Hardly the least bad.", "At least nobody was hurt.",
    "He said :) and left", "", "!!!", "No", "Never so bad, never so good, without doubt.",
    "The deal was extremely fragile but somewhat hopeful.", "\"Great,\" he said; 'awful'.",
    "The cease-fire held; the sides did not fail to agree, but remained wary.",
]


def test_scores_equal_nltk_vader(corpus):
    """`score_sentence` (the compound alone, non-lexicon tokens skipped) and the analyzer's
    ``polarity_scores`` give exactly NLTK's own ``SentimentIntensityAnalyzer`` numbers."""
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    from framing.tone import _analyzer

    _analyzer()  # puts the shipped lexicon on nltk.data.path
    stock = SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")
    sentences = TRICKY + [a.norm[s:e] for a in corpus for s, e in a.sentences]
    assert len(sentences) > 50
    for text in sentences:
        expected = stock.polarity_scores(text)
        assert _analyzer().polarity_scores(text) == expected, text
        assert score_sentence.__wrapped__(text) == expected["compound"], text


def test_vader_loads_without_warnings_from_a_group_writable_clone(tmp_path):
    # NLTK warns about every folder on its path that other accounts may write to (a clone
    # made with umask 002); the analyzer puts only VADER's own folder there
    import shutil
    import stat

    copy = tmp_path / "nltk_data"
    shutil.copytree(Path(nltk_data_dir()), copy)
    for folder in [copy, *(p for p in copy.rglob("*") if p.is_dir())]:
        folder.chmod(folder.stat().st_mode | stat.S_IWGRP)
    script = ("import warnings, framing.text as T, framing.tone as tone\n"
              f"T.nltk_data_dir = lambda: {str(copy)!r}\n"
              "warnings.simplefilter('error')\n"
              "print(tone._analyzer().compound('a good day'))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=REPO)
    assert result.returncode == 0, result.stderr[-400:]
    assert float(result.stdout) > 0
