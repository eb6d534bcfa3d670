"""Article files -> `Article` records.

Formats: .txt and .md (with an optional `<stem>.meta.json` beside them), .html/.htm, .json (one
object), .jsonl (one object per line), .csv (header row, a `text` column). Directories are read
recursively in sorted order. `Article.text` is exactly the decoded text (BOM removed) so offsets
found later point into it; for HTML it is the text the parser extracted.

Bad input raises `ArticleError` naming the file, the line when there is one, and the problem;
`read_articles` yields those errors instead, so one bad file does not stop the others.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path

import charset_normalizer
from bs4 import BeautifulSoup, Comment, NavigableString

from events.model import Article, text_hash
from extractor.errors import ArticleError
from extractor.language import detect_language

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + (".json", ".jsonl", ".csv")
META_SUFFIX = ".meta.json"
FIELDS = ("text", "title", "published", "language", "source", "url", "id")
META_FIELDS = ("id", "source", "language", "published", "published_basis", "url", "title")

# Legacy encodings tried when the bytes are not UTF-8 (Western European and Arabic).
LEGACY_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "cp1256", "iso8859_6")
MAX_CONTROL_SHARE = 0.05  # share of control characters above which a file is not text

_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 12, 13}) + b"\x7f"
_DROPPED_TAGS = ("script", "style", "noscript", "template", "head", "title", "nav")
_BLOCK_TAGS = (
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote",
    "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
    "figure", "figcaption", "hr", "address", "form", "fieldset",
)  # fmt: skip
_PARAGRAPH_MARK = "\ue001"  # private-use characters standing for breaks while spaces are folded
_LINE_MARK = "\ue000"
_PUBLISHED_META = ("article:published_time", "date", "dc.date", "dcterms.date", "pubdate")


# --- finding files -------------------------------------------------------------------------


def find_article_files(paths: Iterable[str | Path]) -> list[Path]:
    """The article files under `paths`: directories recursively and sorted, files as given.

    A file named on its own is kept whatever its suffix (reading it then says what is wrong),
    and so is a path that does not exist; `*.meta.json` files are metadata and never listed.
    """
    return [Path(shown) for shown in _expand_paths(paths)]


def _expand_paths(paths: Iterable[str | Path]) -> list[str]:
    found: list[str] = []
    seen: set[str] = set()
    for given in paths:
        given = os.fspath(given)
        if os.path.isdir(given):
            names = sorted(
                os.path.join(given, str(path.relative_to(given)))
                for path in Path(given).rglob("*")
                if path.is_file() and _is_article_name(path, given)
            )
        elif given.lower().endswith(META_SUFFIX):
            names = []
        else:
            names = [given]
        for name in names:
            if name not in seen:
                seen.add(name)
                found.append(name)
    return found


def _is_article_name(path: Path, root: str) -> bool:
    name = path.name.lower()
    hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
    return not hidden and name.endswith(ARTICLE_SUFFIXES) and not name.endswith(META_SUFFIX)


# --- reading -------------------------------------------------------------------------------


def read_articles(
    paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | ArticleError]:
    """Every article under `paths`, and an `ArticleError` (yielded, not raised) for each file or
    line that cannot be read. Good lines of a .jsonl or .csv file come through beside bad ones."""
    for shown in _expand_paths(paths):
        yield from _iter_file(shown, max_bytes=max_bytes)


def read_article_file(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """The articles in one file; raises `ArticleError` on the first problem found."""
    articles = []
    for item in _iter_file(os.fspath(path), max_bytes=max_bytes):
        if isinstance(item, ArticleError):
            raise item
        articles.append(item)
    return articles


def make_article(
    text: str,
    *,
    title: str = "",
    published: date | str | None = None,
    language: str = "",
    source: str = "",
    url: str = "",
    article_id: str | None = None,
    path: str = "",
) -> Article:
    """An article from pasted text: language detected when not given, id from the content hash."""
    where = path or "<text>"
    if not text.strip():
        raise ArticleError(where, "the text is empty or only whitespace")
    if isinstance(published, str):
        published = parse_published(published, path=where)
    return Article(
        article_id=article_id or f"text-{text_hash(text)[:16]}",
        text=text,
        path=path,
        title=title,
        published=published,
        language=_language_code(language) or detect_language(text),
        source=source,
        url=url,
    )


def parse_published(value: object, *, path: str, line: int | None = None) -> date | None:
    """An ISO date ("2020-06-11") or date-time ("2020-06-11T08:00:00Z") -> date; empty -> None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            pass
    raise ArticleError(
        path, f"bad published date {value!r}: expected an ISO date such as 2020-06-11", line=line
    )


def _iter_file(shown: str, *, max_bytes: int) -> Iterator[Article | ArticleError]:
    try:
        text = read_text(shown, max_bytes=max_bytes)
        suffix = Path(shown).suffix.lower()
        if suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES:
            yield _read_document(shown, text, is_html=suffix in HTML_SUFFIXES)
        elif suffix == ".json":
            yield _read_json_object(shown, text)
        elif suffix == ".jsonl":
            yield from _iter_jsonl(shown, text)
        else:  # .csv, as read_text accepts only article suffixes
            yield from _iter_csv(shown, text)
    except ArticleError as error:
        yield error


def read_text(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The decoded text of an article file, after the checks every format shares."""
    shown = os.fspath(path)
    file = Path(shown)
    if not file.exists():
        raise ArticleError(shown, "no such file or directory")
    if file.is_dir():
        raise ArticleError(shown, "is a directory, not an article file")
    if not file.name.lower().endswith(ARTICLE_SUFFIXES):
        raise ArticleError(
            shown, f"unsupported file type {file.suffix or '(none)'!r}: "
            f"expected one of {', '.join(ARTICLE_SUFFIXES)}"
        )  # fmt: skip
    size = file.stat().st_size
    if size > max_bytes:
        raise ArticleError(shown, f"file is {size} bytes, over the limit of {max_bytes} bytes")
    try:
        data = file.read_bytes()
    except OSError as error:
        raise ArticleError(shown, f"cannot be read: {error.strerror or error}") from error
    if len(data) > max_bytes:  # grew since stat
        raise ArticleError(shown, f"file is over the limit of {max_bytes} bytes")
    if not data:
        raise ArticleError(shown, "empty file")
    text = decode_bytes(data, path=shown, is_html=file.suffix.lower() in HTML_SUFFIXES)
    if not text.strip():
        raise ArticleError(shown, "the file holds only whitespace")
    return text


def decode_bytes(data: bytes, *, path: str, is_html: bool = False) -> str:
    """UTF-8 (BOM removed), UTF-16 with a BOM, a declared HTML charset, else a detected legacy
    encoding; binary data and bytes no encoding fits raise `ArticleError`."""
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom) and not data.startswith(codecs.BOM_UTF32_LE):
            return _checked(_strict_decode(data, encoding, path, skip=len(bom)), path)
    if b"\x00" in data:
        raise ArticleError(path, "binary file (it contains NUL bytes), not text")
    control = sum(data.count(byte) for byte in _CONTROL_BYTES)
    if control > MAX_CONTROL_SHARE * len(data):
        raise ArticleError(path, f"binary file ({control} control bytes in {len(data)}), not text")
    if data.startswith(codecs.BOM_UTF8):
        return _checked(_strict_decode(data, "utf-8", path, skip=len(codecs.BOM_UTF8)), path)
    try:
        return _checked(data.decode("utf-8"), path)
    except UnicodeDecodeError as utf8_error:
        first_bad = utf8_error
    if is_html:
        declared = _HTML_CHARSET.search(data[:4096])
        if declared:
            name = declared.group(1).decode("ascii", "replace")
            try:
                return _checked(data.decode(name), path)
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration: fall back to detection
    best = charset_normalizer.from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        raise ArticleError(
            path,
            f"undecodable bytes: not UTF-8 (byte 0x{data[first_bad.start]:02x} at offset "
            f"{first_bad.start}) and no legacy encoding ({', '.join(LEGACY_ENCODINGS)}) fits",
        )
    return _checked(str(best), path)


def _strict_decode(data: bytes, encoding: str, path: str, *, skip: int) -> str:
    """Decode after the BOM (`skip` bytes); the offset reported counts from the file's start."""
    try:
        return data[skip:].decode(encoding)
    except UnicodeDecodeError as error:
        offset = skip + error.start
        raise ArticleError(
            path,
            f"undecodable bytes: invalid {encoding} at offset {offset} (byte 0x{data[offset]:02x})",
        ) from error


def _checked(text: str, path: str) -> str:
    """Reject decoded text that is mostly control characters (C0 and C1, except spacing)."""
    bad = len(_CONTROL_CHARS.findall(text))
    if text and bad > MAX_CONTROL_SHARE * len(text):
        raise ArticleError(path, f"binary file ({bad} control characters in {len(text)}), not text")
    return text


# --- formats -------------------------------------------------------------------------------


def _read_document(shown: str, text: str, *, is_html: bool) -> Article:
    """A .txt, .md or .html file, with the metadata in `<stem>.meta.json` when it exists."""
    meta = _read_meta(shown)
    title, html_published, html_language = "", None, ""
    if is_html:
        text, title, html_published, html_language = html_to_text(text)
        if not text.strip():
            raise ArticleError(
                shown, "the HTML page holds no text once scripts and styles are dropped"
            )
    elif shown.lower().endswith(".md"):
        heading = re.match(r"\s*#\s+(.+)", text)
        title = heading.group(1).strip() if heading else ""
    meta_path = _meta_path(shown)
    published = parse_published(meta.get("published"), path=meta_path) if meta else None
    return Article(
        article_id=_string(meta, "id", meta_path) or Path(shown).stem,
        text=text,
        path=shown,
        title=_string(meta, "title", meta_path) or title,
        published=published or _lenient_date(html_published, shown),
        published_basis=_string(meta, "published_basis", meta_path),
        language=_language_code(_string(meta, "language", meta_path) or html_language)
        or detect_language(text),
        source=_string(meta, "source", meta_path),
        url=_string(meta, "url", meta_path),
    )


def _lenient_date(value: str | None, shown: str) -> date | None:
    """A page's own <meta> date when it is ISO; other forms are ignored, not an error."""
    try:
        return parse_published(value, path=shown)
    except ArticleError:
        return None


def _meta_path(shown: str) -> str:
    path = Path(shown)
    return os.path.join(os.path.dirname(shown), path.stem + META_SUFFIX)


def _read_meta(shown: str) -> dict[str, object]:
    meta_path = _meta_path(shown)
    if not os.path.isfile(meta_path):
        return {}
    try:
        data = Path(meta_path).read_bytes()
        meta = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise ArticleError(meta_path, f"metadata is not UTF-8 (offset {error.start})") from error
    except json.JSONDecodeError as error:
        raise ArticleError(
            meta_path,
            f"malformed JSON metadata: {error.msg} (line {error.lineno}, column {error.colno})",
            line=error.lineno,
        ) from error
    if not isinstance(meta, dict):
        raise ArticleError(meta_path, f"metadata must be a JSON object, not {_json_kind(meta)}")
    return meta


def html_to_text(html: str) -> tuple[str, str, str | None, str]:
    """The readable text of an HTML page with its paragraph breaks, the <title>, the published
    date from a <meta> tag (or None) and the page's declared language."""
    soup = BeautifulSoup(html, "html.parser")
    title = " ".join(soup.title.get_text().split()) if soup.title else ""
    published = None
    for tag in soup.find_all("meta"):
        key = str(tag.get("property") or tag.get("name") or "").lower()
        if key in _PUBLISHED_META and tag.get("content"):
            published = str(tag["content"])
            break
    html_tag = soup.find("html")
    language = str(html_tag.get("lang") or "") if html_tag else ""
    for tag in soup.find_all(_DROPPED_TAGS):
        tag.decompose()
    for comment in soup.find_all(string=lambda node: isinstance(node, Comment)):
        comment.extract()
    for tag in soup.find_all("br"):
        tag.replace_with(NavigableString(_LINE_MARK))
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before(NavigableString(_PARAGRAPH_MARK))
        tag.insert_after(NavigableString(_PARAGRAPH_MARK))
    raw = soup.get_text()
    folded = re.sub(r"[^\S\u00a0]+", " ", raw)  # fold spacing, keep no-break spaces
    folded = re.sub(rf" *{_LINE_MARK} *", "\n", folded)
    paragraphs = (part.strip(" \n") for part in folded.split(_PARAGRAPH_MARK))
    text = "\n\n".join(part for part in paragraphs if part.strip())
    return text, title, published, language


def _read_json_object(shown: str, text: str) -> Article:
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        raise ArticleError(
            shown,
            f"malformed JSON: {error.msg} (line {error.lineno}, column {error.colno})",
            line=error.lineno,
        ) from error
    if not isinstance(record, dict):
        hint = (
            " (several articles go in a .jsonl file, one object per line)"
            if isinstance(record, list)
            else ""
        )
        raise ArticleError(shown, f"expected one JSON object, found {_json_kind(record)}{hint}")
    return _article_from_record(record, shown=shown, line=None, default_id=Path(shown).stem)


def _iter_jsonl(shown: str, text: str) -> Iterator[Article | ArticleError]:
    stem = Path(shown).stem
    for number, line_text in enumerate(text.splitlines(), start=1):
        if not line_text.strip():
            continue
        try:
            try:
                record = json.loads(line_text)
            except json.JSONDecodeError as error:
                raise ArticleError(
                    shown, f"malformed JSON: {error.msg} (line {number}, column {error.colno})",
                    line=number,
                ) from error  # fmt: skip
            if not isinstance(record, dict):
                raise ArticleError(
                    shown, f"expected a JSON object, found {_json_kind(record)}", line=number
                )
            yield _article_from_record(
                record, shown=shown, line=number, default_id=f"{stem}:{number}"
            )
        except ArticleError as error:
            yield error


def _iter_csv(shown: str, text: str) -> Iterator[Article | ArticleError]:
    stem = Path(shown).stem
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except csv.Error as error:
        raise ArticleError(shown, f"malformed CSV header: {error}", line=1) from error
    header = [name.strip().lstrip("\ufeff").lower() for name in header]
    if "text" not in header:
        raise ArticleError(
            shown, f"the CSV header has no 'text' column (columns: {', '.join(header)})", line=1
        )
    end_line = reader.line_num
    while True:
        start_line = end_line + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            # strict mode stops the reader: the rest of the file cannot be trusted
            yield ArticleError(shown, f"malformed CSV: {error}", line=start_line)
            return
        end_line = reader.line_num
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield ArticleError(
                shown, f"malformed CSV: the row has {len(row)} fields, the header {len(header)}",
                line=start_line,
            )  # fmt: skip
            continue
        record = dict(zip(header, row, strict=True))
        try:
            yield _article_from_record(
                record, shown=shown, line=start_line, default_id=f"{stem}:{start_line}"
            )
        except ArticleError as error:
            yield error


def _article_from_record(
    record: Mapping[str, object], *, shown: str, line: int | None, default_id: str
) -> Article:
    text = record.get("text")
    if text is None:
        raise ArticleError(shown, "the record has no 'text' field", line=line)
    if not isinstance(text, str):
        raise ArticleError(shown, f"'text' must be a string, not {_json_kind(text)}", line=line)
    if not text.strip():
        raise ArticleError(shown, "'text' is empty or only whitespace", line=line)
    language = _language_code(_string(record, "language", shown, line))
    return Article(
        article_id=_string(record, "id", shown, line) or default_id,
        text=text,
        path=shown,
        title=_string(record, "title", shown, line),
        published=parse_published(record.get("published"), path=shown, line=line),
        published_basis=_string(record, "published_basis", shown, line),
        language=language or detect_language(text),
        source=_string(record, "source", shown, line),
        url=_string(record, "url", shown, line),
    )


def _string(record: Mapping[str, object], key: str, shown: str, line: int | None = None) -> str:
    value = record.get(key)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ArticleError(shown, f"{key!r} must be a string, not {_json_kind(value)}", line=line)
    return str(value).strip()


def _language_code(value: str) -> str:
    """ "FR", "fr-FR", "fr_FR" -> "fr"."""
    return re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0] if value.strip() else ""


def _json_kind(value: object) -> str:
    kinds = {
        dict: "an object",
        list: "a list",
        str: "a string",
        bool: "a boolean",
        type(None): "null",
    }
    return kinds.get(type(value), "a number")
