"""Event popups: every article text escaped, only http(s) links, the event id printed."""
import dataclasses

import pytest

from dashboard.popup import highlight_place, popup_html, safe_url, tooltip_html
from dashboard.queries import event_id_from_popup
from map_events import HOSTILE_EVIDENCE, events_frame, sample_events


def _row(index):
    return events_frame().to_dict(orient="records")[index]


def test_popup_shows_what_an_analyst_needs():
    popup = popup_html(_row(0))
    for text in ("Battles", "Armed clash", "2020-06-10", "precision 1: day",
                 "Syrte, Surt, Libya", "the place itself", "forces du GNA", "GNA and allies",
                 "troupes de Haftar", "LNA / Haftar", "fatalities 3", "Liberté",
                 "published 2020-06-11", "not reviewed"):
        assert text in popup, text
    assert '<a href="https://www.liberte-algerie.com/example" target="_blank" ' in popup
    assert "<mark>Syrte</mark>" in popup


def test_popup_prints_the_event_id_that_a_click_maps_back_to():
    event = sample_events()[0]
    popup = popup_html(_row(0))
    assert f"event_id: {event.event_id}" in popup
    assert f'data-event-id="{event.event_id}"' in popup
    # the dashboard reads the clicked popup's text with this helper
    assert event_id_from_popup(f"Battles ... event_id: {event.event_id}") == event.event_id


def test_reviewed_event_says_so():
    popup = popup_html(_row(1))
    assert "reviewed by an analyst (confirmed)" in popup
    assert "precision 2: near the place" in popup


def test_hostile_article_text_is_escaped_everywhere():
    popup = popup_html(_row(4))
    assert "<script" not in popup and "<img" not in popup and "<b " not in popup
    assert "onerror=" not in popup.replace("onerror=&quot;", "")  # only as escaped text
    assert "&lt;script&gt;window.__pwned = true&lt;/script&gt;" in popup
    assert "&lt;img src=x onerror=&quot;window.__pwned = true&quot;&gt;" in popup
    assert "javascript:" not in popup and "href" not in popup  # the link is dropped
    assert "<mark>Misrata</mark>" in popup
    assert "&lt;script&gt;" in tooltip_html({"event_type": "<script>", "location": "x"})


def test_dict_from_an_event_record_works_too():
    popup = popup_html(dataclasses.asdict(sample_events()[2]))
    assert "undated" in popup and "precision 3: district or country level" in popup


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
    ("http://example.org", "http://example.org"),
    ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    ("java\tscript:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("//evil.example/x", None),
    ("https:///nohost", None),
    ("", None),
    (None, None),
    (float("nan"), None),
])
def test_safe_url_keeps_only_http_links(url, expected):
    assert safe_url(url) == expected


def test_link_with_ampersand_and_quote_is_escaped_in_the_attribute():
    row = _row(0) | {"url": 'https://example.org/?a=1&b="x"'}
    assert 'href="https://example.org/?a=1&amp;b=&quot;x&quot;"' in popup_html(row)


@pytest.mark.parametrize("evidence, names, expected", [
    ("Combats à Syrte hier.", ["Syrte"], "Combats à <mark>Syrte</mark> hier."),
    ("Combats à SYRTE hier.", ["Syrte"], "Combats à <mark>SYRTE</mark> hier."),
    ("Pas de lieu <b>ici</b>.", ["Syrte"], "Pas de lieu &lt;b&gt;ici&lt;/b&gt;."),
    ("Près de Tripolitaine et Tripoli.", ["Tripoli"], "Près de Tripolitaine et <mark>Tripoli</mark>."),
    (HOSTILE_EVIDENCE, ["Misrata"], None),
])
def test_highlight_place(evidence, names, expected):
    result = highlight_place(evidence, names)
    if expected is not None:
        assert result == expected
    assert "<script" not in result


def test_the_place_is_highlighted_under_the_spelling_the_article_used():
    # location is the gazetteer's English name; the French article wrote "Syrte"
    from dashboard.mapping import _marker_row

    row = _row(0) | {"location": "Sirte", "place_id": "gn:2210554"}
    evidence = _marker_row(row)[5][8]
    assert "<mark>Syrte</mark>" in evidence


def test_aliases_match_only_as_written():
    # "Sert" is a GeoNames alias of Sirte and a French verb: "sert" must not be marked
    assert "<mark>" not in highlight_place("Cela ne sert à rien.", ["Sirte"], exact_names=["Sert"])
    assert highlight_place("Vers Sert.", ["Sirte"], exact_names=["Sert"]) == "Vers <mark>Sert</mark>."


def test_repeated_place_parts_are_printed_once():
    row = _row(0) | {"location": "Libya", "admin1": "", "country": "Libya"}
    assert "Place:</span> Libya <span" in popup_html(row)


def test_a_side_the_model_inferred_is_marked_and_a_stated_one_is_not():
    event = dataclasses.replace(sample_events()[0], actor2="", faction2="lna", inferred_factions="lna")
    popup = popup_html(dataclasses.asdict(event))
    assert "forces du GNA (GNA and allies) — LNA / Haftar (inferred, not stated in the text)" in popup
    named = dataclasses.replace(event, actor2="troupes de Haftar")
    assert "troupes de Haftar (LNA / Haftar; inferred, not stated in the text)" in popup_html(dataclasses.asdict(named))
    stated = dataclasses.replace(named, inferred_factions="")
    assert "inferred" not in popup_html(dataclasses.asdict(stated))
