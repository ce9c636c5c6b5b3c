"""framing.lesson: questions answered from the tables, checks that say right or wrong with the
evidence, and the lesson notebook run by papermill with the class's answers injected."""

import nbformat
import papermill as pm
import pytest

import framing
from framing import lesson

from conftest import REPO
from test_summary import climate  # noqa: F401 - the made-up climate summit, scored once

LESSON = REPO / "notebooks" / "lesson_media_literacy.ipynb"


@pytest.fixture(scope="module")
def seeds(corpus):
    return framing.event_tables(corpus, "zhao-pyongyang-2024-04")


def test_answers_come_from_the_tables(seeds):
    assert lesson.right_answer(1, seeds) == ["The Independent"]  # 9.6 pejorative per 1,000
    assert "Nuclear programme" in lesson.right_answer(2, seeds)
    assert "Xinhua leaves out" in lesson.question(2, seeds)
    assert lesson.right_answer(3, seeds) == ["Zhao Leji"]
    assert lesson.right_answer(4, seeds) == ["Xinhua"]


def test_answers_follow_another_corpus(climate):
    """The same questions on a made-up climate summit: other outlets, other answers."""
    assert "State Herald leaves out" in lesson.question(2, climate)
    assert set(lesson.right_answer(2, climate)) == {"Fossil fuels", "Forests"}
    assert lesson.check(2, "forests", climate).correct is True
    assert lesson.check(2, "fossil_fuels", climate).correct is True  # a topic id works too
    assert lesson.check(2, "Climate finance", climate).correct is False


@pytest.mark.parametrize("number, answer, correct", [
    (1, "the independent", True), (1, "Xinhua", False), (2, "sanctions", True),
    (2, "Visit and meeting", False), (3, "Zhao Leji", True), (3, "KCNA", False),
    (4, "XINHUA", True), (4, "AFP", False), (1, None, None), (1, "  ", None)])
def test_check(seeds, number, answer, correct):
    verdict = lesson.check(number, answer, seeds)
    assert verdict.correct is correct
    if correct is None:
        assert "not answered yet" in str(verdict)
    else:
        assert verdict.evidence and ("right" if correct else "not quite") in str(verdict)


def test_evidence_quotes_the_words(seeds):
    verdict = lesson.check(1, "The Independent", seeds)
    assert any("'reclusive' in: China fought on behalf of the reclusive Communist State" in e
               for e in verdict.evidence)
    html = lesson.check(2, "<script>x</script>", seeds)._repr_html_()
    assert "<script>x" not in html and "&lt;script&gt;" in html


def test_definitions_are_read_from_the_codebooks(seeds):
    stance = lesson.definitions(seeds, "stance", ["pejorative"])
    assert stance.loc["pejorative", "definition"] == " ".join(
        seeds.lexicons[0].groups["pejorative"]["description"].split())
    topics = lesson.definitions(seeds, "topics")
    assert "Sanctions" in topics.index and len(topics) == 15
    sources = lesson.definitions(seeds, "sources")
    assert sources.loc["expert", "definition"].startswith("Analysts")
    with pytest.raises(ValueError):
        lesson.definitions(seeds, "nope")
    with pytest.raises(ValueError):
        lesson.check(9, "x", seeds)


def _verdicts(path):
    nb = nbformat.read(str(path), as_version=4)
    out = {}
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.source.startswith("framing.lesson.check("):
            number = int(cell.source.split("(")[1].split(",")[0])
            out[number] = "".join(o["data"].get("text/plain", "") for o in cell.outputs
                                  if "data" in o)
    return out


def test_lesson_notebook_checks_injected_answers(tmp_path):
    right = {"answer_1": "The Independent", "answer_2": "Sanctions", "answer_3": "Zhao Leji",
             "answer_4": "Xinhua"}
    wrong = {"answer_1": "Xinhua", "answer_2": "Visit and meeting", "answer_3": "AP"}
    for name, answers in (("right", right), ("wrong", wrong)):
        out = tmp_path / f"{name}.ipynb"
        pm.execute_notebook(str(LESSON), str(out), parameters=answers, kernel_name="python3",
                            cwd=str(LESSON.parent), progress_bar=False)
        verdicts = _verdicts(out)
        assert sorted(verdicts) == [1, 2, 3, 4]
        if name == "right":
            assert all(": right" in v for v in verdicts.values()), verdicts
        else:
            assert all(": not quite" in verdicts[n] for n in (1, 2, 3)), verdicts
            assert "not answered yet" in verdicts[4]
