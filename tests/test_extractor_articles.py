"""Reading articles: formats, metadata, encodings, language, directories."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from events.model import Article
from extractor.articles import (
    find_article_files,
    html_to_text,
    make_article,
    read_article_file,
    read_articles,
)
from extractor.errors import ArticleError
from extractor.language import detect_language

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_3b233a5ed31ee4d8.txt"
INPUT = ROOT / "tests" / "data" / "input"


def test_seed_with_its_metadata():
    (article,) = read_article_file(SEED)
    assert article.article_id == "000_3b233a5ed31ee4d8"
    assert article.language == "fr"
    assert article.published == date(2020, 6, 11)
    assert article.source == "Liberté (Algeria)"
    assert "mardi soir" in article.published_basis
    assert article.text == SEED.read_text(encoding="utf-8")
    assert article.text.count("Syrte") == 7
    assert article.path == str(SEED)


def test_text_file_metadata_overrides_stem_and_detection():
    (article,) = read_article_file(INPUT / "tarhuna_fr.txt")
    assert article.article_id == "input-tarhuna-fr"
    assert article.title == "Les forces de Tripoli entrent à Tarhouna"
    assert article.published == date(2020, 6, 6)
    assert article.url == "https://example.org/tarhuna"


def test_markdown_title_from_heading_and_id_from_stem():
    (article,) = read_article_file(INPUT / "misrata_en.md")
    assert article.article_id == "misrata_en"
    assert article.title == "Drone strike reported near Misrata"
    assert article.language == "en"
    assert article.published is None
    assert article.text.startswith("# Drone strike")


def test_html_drops_scripts_styles_and_keeps_paragraphs():
    (article,) = read_article_file(INPUT / "zawiya_page.html")
    assert article.title == "Clashes in Zawiya"
    assert article.published == date(2019, 5, 2)
    assert article.language == "en"
    assert "tracking" not in article.text and "console.log" not in article.text
    assert "color: red" not in article.text and "JavaScript" not in article.text
    paragraphs = article.text.split("\n\n")
    assert (
        "Rival armed groups exchanged fire in the centre of Zawiya on Wednesday night."
        in paragraphs
    )
    assert "The fighting stopped at dawn, residents said.\nSchools stayed closed." in paragraphs


def test_html_entities_and_inline_tags():
    text, title, published, language = html_to_text(
        "<title>T</title><p>Tripoli&nbsp;: <b>tirs</b> d&#8217;artillerie</p><div>Fin</div>"
    )
    assert text == "Tripoli\u00a0: tirs d\u2019artillerie\n\nFin"
    assert (title, published, language) == ("T", None, "")


def test_json_object():
    (article,) = read_article_file(INPUT / "single.json")
    assert article == Article(
        article_id="json-1",
        text="Both sides announced a ceasefire on Friday and called for elections.",
        path=str(INPUT / "single.json"),
        title="Ceasefire talks",
        published=date(2020, 8, 21),
        language="en",
        source="Test corpus",
        url="https://example.org/ceasefire",
    )


def test_jsonl_skips_blank_lines_and_numbers_ids_by_line():
    first, second = read_article_file(INPUT / "batch.jsonl")
    assert first.article_id == "batch-1" and first.published == date(2020, 6, 4)
    assert second.article_id == "batch:3"  # line 2 is blank
    assert second.language == "fr" and second.title == "Manifestation à Sabha"


def test_csv_rows_with_quotes_and_default_ids():
    first, second = read_article_file(INPUT / "ports.csv")
    assert (first.article_id, first.language, first.published) == ("csv-1", "en", date(2021, 1, 10))
    assert second.article_id == "ports:3"
    assert second.text.endswith('"par précaution".')
    assert second.language == "fr"


def test_csv_record_spanning_lines_keeps_its_first_line(tmp_path):
    path = tmp_path / "multi.csv"
    path.write_text(
        'text\n"Premier paragraphe à Syrte.\n\nSecond paragraphe."\nEncore un texte à Derna.\n',
        encoding="utf-8",
    )
    first, second = read_article_file(path)
    assert (
        first.article_id == "multi:2"
        and first.text == "Premier paragraphe à Syrte.\n\nSecond paragraphe."
    )
    assert second.article_id == "multi:5"


def test_directory_is_read_recursively_sorted_without_metadata(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Le texte de z, dans un dossier.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Le texte de a.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"id": "A"}', encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text("Pas un article.", encoding="utf-8")
    files = find_article_files([tmp_path])
    assert files == [tmp_path / "a.txt", tmp_path / "b" / "z.txt"]
    ids = [item.article_id for item in read_articles([tmp_path])]
    assert ids == ["A", "z"]


def test_paths_keep_the_form_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("dir").mkdir()
    Path("dir/one.txt").write_text("Texte un, publié par le journal.", encoding="utf-8")
    assert [a.path for a in read_articles(["dir/"])] == ["dir/one.txt"]
    assert [a.path for a in read_articles(["./dir/one.txt"])] == ["./dir/one.txt"]


def test_metadata_file_named_directly_is_not_an_article():
    assert find_article_files([ROOT / "seeds" / "000_3b233a5ed31ee4d8.meta.json"]) == []
    assert [a.article_id for a in read_articles([ROOT / "seeds"])] == ["000_3b233a5ed31ee4d8"]


# --- encodings -----------------------------------------------------------------------------

FRENCH = (
    "Les forces du GNA ont frappé hier des positions à Syrte, près de la côte ; « l'été » arrive.\n"
)


@pytest.mark.parametrize(
    "encoding, data",
    [
        ("utf-8", FRENCH.encode("utf-8")),
        ("utf-8 with BOM", b"\xef\xbb\xbf" + FRENCH.encode("utf-8")),
        ("utf-16 with BOM", FRENCH.encode("utf-16")),
        ("cp1252", FRENCH.encode("cp1252")),
        ("latin-1", FRENCH.encode("latin-1")),
    ],
)
def test_encodings_decode_to_the_same_text(tmp_path, encoding, data):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    (article,) = read_article_file(path)
    assert article.text == FRENCH
    assert article.language == "fr"


def test_cp1252_typographic_quotes(tmp_path):
    text = "Le porte-parole a déclaré : \u201cnous continuons\u201d \u2013 l\u2019offensive se poursuit à Syrte.\n"
    path = tmp_path / "quotes.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_article_file(path)[0].text == text


def test_arabic_cp1256(tmp_path):
    text = "اندلعت اشتباكات عنيفة في مدينة طرابلس يوم الأحد وقال مسؤول إن عدة أشخاص أصيبوا."
    path = tmp_path / "ar.txt"
    path.write_bytes(text.encode("cp1256"))
    (article,) = read_article_file(path)
    assert article.text == text and article.language == "ar"


def test_html_declared_charset(tmp_path):
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        "<title>Syrte assiégée</title></head><body><p>Les combats se poursuivent à Syrte.</p></body></html>"
    )
    path = tmp_path / "page.htm"
    path.write_bytes(html.encode("latin-1"))
    (article,) = read_article_file(path)
    assert article.title == "Syrte assiégée"
    assert article.text == "Les combats se poursuivent à Syrte."


def test_bom_is_not_in_the_text_and_offsets_hold(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "Syrte est encerclée.".encode())
    (article,) = read_article_file(path)
    assert article.text.index("Syrte") == 0


def test_json_with_bom_and_crlf_kept(tmp_path):
    path = tmp_path / "crlf.json"
    path.write_bytes(
        b"\xef\xbb\xbf" + json.dumps({"text": "Ligne un.\r\nLigne deux à Derna."}).encode()
    )
    (article,) = read_article_file(path)
    assert article.text == "Ligne un.\r\nLigne deux à Derna."


# --- language and pasted text --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Les forces du gouvernement ont repris le contrôle de la ville après des combats.", "fr"),
        ("The forces of the government took back the town after a week of fighting.", "en"),
        ("قالت مصادر محلية إن القوات سيطرت على المدينة بعد معارك عنيفة.", "ar"),
        ("Syrte, Tripoli, Misrata", ""),
        ("", ""),
        ("12 345 678", ""),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_make_article_from_pasted_text():
    article = make_article(
        "Des tirs ont été entendus à Misrata dans la nuit.", published="2021-03-02"
    )
    assert article.language == "fr"
    assert article.published == date(2021, 3, 2)
    assert article.article_id == f"text-{article.content_hash[:16]}"
    again = make_article("Des tirs ont été entendus à Misrata dans la nuit.")
    assert again.article_id == article.article_id


def test_make_article_rejects_blank_text_and_bad_date():
    with pytest.raises(ArticleError, match="empty or only whitespace"):
        make_article("  \n ")
    with pytest.raises(ArticleError, match="'juin 2020'"):
        make_article("Un texte.", published="juin 2020")


def test_language_given_is_normalised(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": "Short.", "language": "EN-gb"}), encoding="utf-8")
    assert read_article_file(path)[0].language == "en"


def test_html_meta_date_not_iso_is_ignored(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        '<meta name="date" content="Thu, 11 Jun 2020"><p>Des tirs à Syrte.</p>', encoding="utf-8"
    )
    (article,) = read_article_file(path)
    assert article.published is None and article.text == "Des tirs à Syrte."
