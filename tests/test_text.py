"""framing.text: offsets never shift, sentences, words and quotations, all offline."""

import subprocess
import sys

import pytest

from framing.text import (count_words, find_quotations, normalize, split_paragraphs,
                          split_sentences, tokenize_words)


def texts(text, spans):
    return [text[a:b] for a, b in spans]


def test_normalize_keeps_length_and_straightens_marks():
    raw = "\u201cGood neighbours\u201d \u2014 Xinhua\u2019s \u2018view\u2019\u00a0\u2013 1950\u201353"
    norm = normalize(raw)
    assert len(norm) == len(raw)
    assert norm == "\"Good neighbours\" - Xinhua's 'view' - 1950-53"


@pytest.mark.parametrize("text, expected", [
    ("Kim met the U.S. envoy. He left.", ["Kim met the U.S. envoy.", "He left."]),
    ("It was China's No. 2 leader. Li arrived.", ["It was China's No. 2 leader.", "Li arrived."]),
    ("Gen. Kim and Sen. Smith met on Oct. 5. Talks ended.",
     ["Gen. Kim and Sen. Smith met on Oct. 5.", "Talks ended."]),
    ("The U.N. Security Council met. Russia vetoed it.",
     ["The U.N. Security Council met.", "Russia vetoed it."]),
    ("\u201cWe are ready,\u201d he said. \u201cGood.\u201d", ["\u201cWe are ready,\u201d he said.", "\u201cGood.\u201d"]),
    ("First paragraph ends\n\nSecond one.", ["First paragraph ends", "Second one."]),
    # a run of initials starts a name; a known abbreviation or a sentence starter still ends one
    ("Chairman R.M.A.L. Perera spoke. B.K. Rao left.",
     ["Chairman R.M.A.L. Perera spoke.", "B.K. Rao left."]),
    ("The B.C. Wildfire Service said so.", ["The B.C. Wildfire Service said so."]),
    ("He joined the F.B.I. The agency said so.", ["He joined the F.B.I.", "The agency said so."]),
    # "Ma." (Maria, in Philippine copy) after a quotation starts a name; "said Ma." ends one
    ("\u201cWe wait,\u201d Ma. Cristina L. Reyes, an economist, said. \u201cNo,\u201d said Ma. The "
     "talks ended.", ["\u201cWe wait,\u201d Ma. Cristina L. Reyes, an economist, said.",
                      "\u201cNo,\u201d said Ma.", "The talks ended."]),
    # a name cut to its initial, as court reports print it, goes on into a party in brackets
    # or a possessive; a capital's stop before a new sentence in brackets still ends one
    ("Defendant Anna M. (SPÖ), 58, denied it. The party suspended M.'s membership. It was "
     "Plan B. (Nobody liked it.)",
     ["Defendant Anna M. (SPÖ), 58, denied it.", "The party suspended M.'s membership.",
      "It was Plan B.", "(Nobody liked it.)"]),
    # a spaced guillemet after a full stop opens the next sentence; a closing one ends its own
    ("The logging \u00ab goes on at night \u00bb. \u00ab Nobody stops it \u00bb, he said.",
     ["The logging \u00ab goes on at night \u00bb.", "\u00ab Nobody stops it \u00bb, he said."]),
    ("She left. \u00ab Because. \u00bb Then he left.",
     ["She left.", "\u00ab Because. \u00bb", "Then he left."]),
])
def test_split_sentences(text, expected):
    assert texts(text, split_sentences(text)) == expected


def test_sentence_offsets_point_into_the_original_text():
    text = "\u201cDeep\u201d talks \u2014 said Xi. Kim agreed.\n\nThe end."
    spans = split_sentences(text)
    assert texts(text, spans) == ["\u201cDeep\u201d talks \u2014 said Xi.", "Kim agreed.", "The end."]


def test_words():
    text = "North\u2019s U.S.-led Kim Jong-un, 1950-53 \u2014 ok"
    assert texts(text, tokenize_words(text)) == ["North\u2019s", "U.S.-led", "Kim", "Jong-un",
                                                 "1950-53", "ok"]
    assert count_words(text) == 6


def test_paragraphs_trim_whitespace():
    text = "  One.\n \n\nTwo\nlines.\n\n"
    assert texts(text, split_paragraphs(text)) == ["One.", "Two\nlines."]


@pytest.mark.parametrize("text, expected", [
    ('"Exchange and cooperation," KCNA said.', ["Exchange and cooperation,"]),
    ("Xi said his \u201cdeep\u201d talks \u201cindicated the way.\u201d", ["deep", "indicated the way."]),
    ('Mixed \u201ccurly" and "straight\u201d marks.', ["curly", "straight"]),
    # an odd number of marks: the broken span is skipped, the rest kept, nothing raised
    ('An odd " mark here. "Fine," he said.', ["Fine,"]),
    ('"Unterminated start. Then "a quote," she said.', ["a quote,"]),
    ('No quotes at all.', []),
    ('Scare "quotes" and "more"', ["quotes", "more"]),
    # guillemets either way round: »Slovenian, German« and «French, Spanish»
    ("Novak said: \u00bbWe will not sign.\u00ab Then \u00bbnever\u00ab, he added.",
     ["We will not sign.", "never"]),
    # French marks padded with spaces (often no-break ones): the words without the padding
    ("Il a dit \u00ab non \u00bb et \u00abjamais\u00bb et \u00ab\u00a0oui\u202f\u00bb.",
     ["non", "jamais", "oui"]),
    # a French closing mark before a full stop, after a space, still closes
    ("The outbreak was \u00ab foreseeable \u00bb. It was \u00ab bad \u00bb, he said.",
     ["foreseeable", "bad"]),
    # marks around nothing but a space keep their span (never an empty one)
    ("He said \u201c \u201d and left.", [" "]),
    # Finnish and Swedish open and close with the same mark: \u201dWords\u201d
    ("\u201dIn the final\u201d, he added, \u201dyou need luck.\u201d He said \u201cfine\u201d.",
     ["In the final", "you need luck.", "fine"]),
])
def test_find_quotations(text, expected):
    assert [text[q.start:q.end] for q in find_quotations(text)] == expected


def test_multi_paragraph_quotation_is_one_span():
    text = ("\u201cWe will defend the friendship.\n\n"
            "\u201cAnd we will develop it further,\u201d Choe said.\n\nNext paragraph.")
    (q,) = find_quotations(text)
    assert q.n_paragraphs == 2
    assert [text[a:b] for a, b in q.pieces] == ["We will defend the friendship.",
                                                 "And we will develop it further,"]
    assert text[q.open] == "\u201c" and text[q.close] == "\u201d"


def test_multi_paragraph_quotation_in_reversed_guillemets():
    text = ("\u00bbWe will strike.\n\n\u00bbAnd we will win,\u00ab Novak said.")
    (q,) = find_quotations(text)
    assert [text[a:b] for a, b in q.pieces] == ["We will strike.", "And we will win,"]


def test_multi_paragraph_quotation_in_finnish_marks():
    text = ("\u201dWe will strike.\n\n\u201dAnd we will win\u201d, Virtanen said.")
    (q,) = find_quotations(text)
    assert [text[a:b] for a, b in q.pieces] == ["We will strike.", "And we will win"]


def test_quote_left_open_at_paragraph_end_is_dropped_without_continuation():
    text = "He said \u201cthis never closes.\n\nA new paragraph with \u201cclosed\u201d words."
    assert [text[q.start:q.end] for q in find_quotations(text)] == ["closed"]


def test_ten_thousand_marks_do_not_raise():
    text = '"' * 10_000 + " word " + '"x"'
    find_quotations(text)  # must return, not raise


def test_tokenizers_work_with_no_nltk_data_at_all(tmp_path):
    # A fresh interpreter whose NLTK data path is empty and whose downloader would fail.
    code = (
        "import nltk, nltk.downloader\n"
        "nltk.data.path[:] = []\n"
        "nltk.download = nltk.downloader.download = lambda *a, **k: (_ for _ in ()).throw("
        "RuntimeError('download attempted'))\n"
        "from framing.text import split_sentences, use_bundled_nltk_data\n"
        "assert len(split_sentences('Mr. Kim left. Dr. Li came.')) == 2\n"
        "use_bundled_nltk_data()\n"
        "assert nltk.sent_tokenize('Mr. Kim left. Dr. Li came.') == ['Mr. Kim left.', 'Dr. Li came.']\n"
    )
    env = {"HOME": str(tmp_path), "NLTK_DATA": str(tmp_path / "none"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_spans_behave_as_the_list_of_pairs():
    import pickle

    from framing.text import Spans

    pairs = [(0, 5), (7, 12), (20, 70_000)]
    spans = Spans(pairs)
    assert list(spans) == pairs and spans == pairs and spans == tuple(pairs)
    assert len(spans) == 3 and spans[0] == (0, 5) and spans[-1] == (20, 70_000)
    assert spans[1:] == pairs[1:] and [s for s, _ in spans] == [0, 7, 20]
    assert pickle.loads(pickle.dumps(spans)) == spans
    assert spans != [(0, 5)] and not Spans() and list(Spans()) == []
    with pytest.raises(IndexError):
        spans[3]
