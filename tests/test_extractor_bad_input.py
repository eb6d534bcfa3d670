"""Bad article files: each gives an ArticleError naming the file (and line) and the problem,
and the good files beside it still come through."""

from __future__ import annotations

import json
import pickle
import random

import pytest

from extractor.articles import read_article_file, read_articles
from extractor.errors import ArticleError, ExtractorError

GOOD_TEXT = "Les forces du gouvernement ont repris le contrôle de la ville de Syrte."


def _random_high_bytes(size: int) -> bytes:
    rng = random.Random(3)
    return bytes(rng.randrange(0x80, 0x100) for _ in range(size))


# name, content (bytes), expected fragments of the message, expected line
BAD_FILES = [
    ("empty.txt", b"", ["empty file"], None),
    ("blank.txt", b"  \n\t\r\n  ", ["only whitespace"], None),
    ("blank_bom.md", b"\xef\xbb\xbf \n", ["only whitespace"], None),
    (
        "image.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        ["binary file", "NUL"],
        None,
    ),
    ("controls.txt", bytes(range(1, 9)) * 40 + b"some words", ["binary file", "control"], None),
    ("noise.txt", _random_high_bytes(400), ["undecodable bytes", "not UTF-8", "offset 0"], None),
    ("bad_bom.txt", b"\xef\xbb\xbfSyrte \xff\xfe encore", ["undecodable bytes", "invalid utf-8 at offset 9 (byte 0xff)"], None),
    (
        "broken.json",
        b'{"text": "Syrte",\n "title": "x",,\n}',
        ["malformed JSON", "line 2, column"],
        2,
    ),
    ("list.json", b'[{"text": "Syrte"}]', ["expected one JSON object", "a list", ".jsonl"], None),
    ("notext.json", b'{"title": "Sans texte"}', ["no 'text' field"], None),
    ("numtext.json", b'{"text": 42}', ["'text' must be a string"], None),
    ("blanktext.json", b'{"text": "   "}', ["'text' is empty"], None),
    (
        "baddate.json",
        b'{"text": "Syrte.", "published": "11/06/2020"}',
        ["bad published date", "'11/06/2020'"],
        None,
    ),
    ("badtitle.json", b'{"text": "Syrte.", "title": ["a"]}', ["'title' must be a string"], None),
    ("notext.csv", b"title,body\nA,Syrte\n", ["no 'text' column", "title, body"], 1),
    ("quote.csv", b'text,title\n"Syrte" est "assiegee",x\n', ["malformed CSV"], 2),
    (
        "unterminated.csv",
        b'text\n"Syrte sans fin\n',
        ["malformed CSV", "unexpected end of data"],
        2,
    ),
    ("width.csv", b"text,title\nSyrte,a,b\n", ["malformed CSV", "3 fields", "header 2"], 2),
    (
        "csvdate.csv",
        b"text,published\nSyrte,2020-13-45\n",
        ["bad published date", "'2020-13-45'"],
        2,
    ),
    ("notes.pdf", b"%PDF-1.4 Syrte", ["unsupported file type", "'.pdf'"], None),
]


@pytest.mark.parametrize(
    "name, content, fragments, line", BAD_FILES, ids=[case[0] for case in BAD_FILES]
)
def test_bad_file_message_and_the_good_file_still_read(tmp_path, name, content, fragments, line):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")

    with pytest.raises(ArticleError) as caught:
        read_article_file(bad)
    error = caught.value
    assert error.path == str(bad)
    assert error.line == line
    message = str(error)
    assert message.startswith(str(bad) + (f":{line}: " if line else ": "))
    for fragment in fragments:
        assert fragment in message

    items = list(read_articles([bad, good]))
    assert [type(item).__name__ for item in items] == ["ArticleError", "Article"]
    assert items[1].text == GOOD_TEXT


def test_file_over_the_size_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Syrte. " * 200, encoding="utf-8")  # 1,400 bytes
    with pytest.raises(
        ArticleError, match=r"big\.txt: file is 1400 bytes, over the limit of 1000 bytes"
    ):
        read_article_file(big, max_bytes=1000)
    assert len(read_article_file(big, max_bytes=1400)) == 1


def test_default_limit_is_five_megabytes(tmp_path):
    big = tmp_path / "huge.txt"
    big.write_bytes(b"a" * (5 * 1024 * 1024 + 1))
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    article, error = read_articles([tmp_path])  # sorted: good.txt, huge.txt
    assert isinstance(error, ArticleError) and "over the limit of 5242880 bytes" in str(error)
    assert article.text == GOOD_TEXT


def test_missing_path_is_reported_and_the_rest_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    missing = tmp_path / "nowhere" / "gone.txt"
    first, second = read_articles([missing, good])
    assert isinstance(first, ArticleError)
    assert str(first) == f"{missing}: no such file or directory"
    assert second.text == GOOD_TEXT


def test_jsonl_bad_lines_are_reported_and_good_lines_read(tmp_path):
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"text": "Premier article sur Syrte."}),
        '{"text": "virgule en trop",}',
        "",
        json.dumps({"title": "pas de texte"}),
        "[1, 2]",
        json.dumps({"text": "Dernier article sur Derna.", "published": "hier"}),
        json.dumps({"text": "Vraiment le dernier, à Tobrouk."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_articles([path]))
    errors = [item for item in items if isinstance(item, ArticleError)]
    articles = [item for item in items if not isinstance(item, ArticleError)]
    assert [a.article_id for a in articles] == ["mixed:1", "mixed:7"]
    assert [e.line for e in errors] == [2, 4, 5, 6]
    assert str(errors[0]).startswith(f"{path}:2: malformed JSON: Expecting property name")
    assert "line 2, column 28" in str(errors[0])
    assert "no 'text' field" in str(errors[1])
    assert "expected a JSON object, found a list" in str(errors[2])
    assert "bad published date 'hier'" in str(errors[3])
    with pytest.raises(ArticleError, match=r"mixed\.jsonl:2: malformed JSON"):
        read_article_file(path)


def test_csv_bad_row_is_reported_and_good_rows_read(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(
        "text,published\nUn,2020-01-01\n,2020-01-02\nTrois,pas une date\nQuatre,\n",
        encoding="utf-8",
    )
    items = list(read_articles([path]))
    assert [getattr(item, "article_id", None) for item in items] == ["rows:2", None, None, "rows:5"]
    assert str(items[1]) == f"{path}:3: 'text' is empty or only whitespace"
    assert (
        str(items[2])
        == f"{path}:4: bad published date 'pas une date': expected an ISO date such as 2020-06-11"
    )


def test_bad_metadata_beside_a_text_file(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(
        '{"id": "a", "published": "2020-06-31"}', encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "b.meta.json").write_text('{"id": "b"', encoding="utf-8")
    (tmp_path / "c.txt").write_text(GOOD_TEXT, encoding="utf-8")
    first, second, third = read_articles([tmp_path])
    assert str(first) == (
        f"{tmp_path / 'a.meta.json'}: bad published date '2020-06-31': expected an ISO date such as 2020-06-11"
    )
    assert str(second).startswith(f"{tmp_path / 'b.meta.json'}:1: malformed JSON metadata")
    assert third.article_id == "c"


def test_html_without_text(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text(
        "<html><head><title>Vide</title><script>x()</script></head><body> </body></html>"
    )
    with pytest.raises(ArticleError, match=r"empty\.html: the HTML page holds no text"):
        read_article_file(path)


def test_a_directory_given_to_read_article_file(tmp_path):
    with pytest.raises(ArticleError, match="is a directory"):
        read_article_file(tmp_path)


def test_article_error_is_a_value_error_and_pickles():
    error = ArticleError("a.jsonl", "malformed JSON", line=3)
    assert isinstance(error, ValueError) and isinstance(error, ExtractorError)
    again = pickle.loads(pickle.dumps(error))
    assert (again.path, again.line, again.reason, str(again)) == (
        "a.jsonl",
        3,
        "malformed JSON",
        "a.jsonl:3: malformed JSON",
    )


def test_csv_unterminated_quote_after_good_rows(tmp_path):
    path = tmp_path / "cut.csv"
    path.write_text(
        'id,text\nr1,"Un texte complet."\nr2,"Un texte coupé\nsans fin\n', encoding="utf-8"
    )
    first, second = read_articles([path])
    assert first.article_id == "r1"
    assert isinstance(second, ArticleError) and second.line == 3
    assert str(second).startswith(f"{path}:3: malformed CSV: unexpected end of data")
