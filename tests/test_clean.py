import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import resources, schema
from pipeline.stages import clean, headers


@pytest.mark.parametrize(
    "text_in, text_out",
    [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("\u2018quoted\u2019 and \u201cdouble\u201d", "'quoted' and \"double\""),
        ("Azerbaijan\u2019s army", "Azerbaijan's army"),
        ("non\u00a0breaking  space", "non breaking space"),
        ("  trailing \t", "trailing"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("Col\u2013Gen", "Col-Gen"),
        ("e\u0301", "\u00e9"),  # NFC
        ("line\n\u00a0\nnext", "line\n\nnext"),  # a blank line holding only a NBSP
    ],
)
def test_normalize_text(text_in, text_out):
    assert clean.normalize_text(text_in) == text_out


@pytest.mark.parametrize(
    "line, expected",
    [
        (" date 2021-07-15 By Azernews", {"published": "2021-07-15", "outlet": "Azernews", "author": None}),
        ("date 2022-06-21 By News.az", {"published": "2022-06-21", "outlet": "News.az", "author": None}),
        ("By Vugar Khalilov", {"published": None, "outlet": None, "author": "Vugar Khalilov"}),
        ("By Azernews", {"published": None, "outlet": "Azernews", "author": None}),
        ("By SomeSite.com", {"published": None, "outlet": "SomeSite.com", "author": None}),
        ("date 2023-02-30 By Trend", {"published": None, "outlet": "Trend", "author": None}),
        ("Defence Minister Zakir Hasanov met his counterpart.", None),
        ("By the end of the year, the two sides will sign a deal.", None),
    ],
)
def test_parse_header(line, expected):
    assert clean.parse_header(clean.normalize_text(line)) == expected


@pytest.mark.parametrize(
    "data, encoding",
    [
        ("Bağcı met Güler".encode(), "utf-8"),
        ("\ufeffBağcı met Güler".encode("utf-8"), "utf-8-sig"),
        ("Bağcı met Güler".encode("utf-16"), "utf-16"),
    ],
)
def test_decode_bytes_unicode(data, encoding):
    text, found = clean.decode_bytes(data)
    assert text == "Bağcı met Güler"
    assert found == encoding


def test_decode_bytes_detects_legacy_single_byte():
    text = "The delegation of Hungary met in Budapest. Varga-Kovacsics praised the Türkiye ties. " * 5
    text, encoding = clean.decode_bytes(text.encode("latin-1"))
    assert "Türkiye" in text
    assert encoding != "utf-8"


@pytest.mark.parametrize(
    "text, paragraphs",
    [
        ("a\n\nb", ["a", "b"]),
        ("a\n \n\n\nb\n", ["a", "b"]),
        ("one\nline two\n\nb", ["one line two", "b"]),
        ("+ \u21ba \u2212 16 px\n\nText.", ["Text."]),
        ("Text.\n\nsite.az", ["Text."]),
        ("", []),
    ],
)
def test_split_paragraphs(text, paragraphs):
    assert clean.split_paragraphs(clean.normalize_text(text)) == paragraphs


def test_split_paragraphs_caps_length():
    block = ("word " * 30 + ". ") * 2000
    parts = clean.split_paragraphs(block)
    assert len(parts) > 1
    assert all(len(p) <= clean.MAX_PARAGRAPH_CHARS for p in parts)


def _raw(**files: bytes) -> pd.DataFrame:
    return pd.DataFrame(
        [{"doc_id": k, "source_file": f"{k}.txt", "content": v, "error": None} for k, v in files.items()]
    )


def test_clean_documents_tables():
    raw = _raw(
        a=b" date 2021-07-15 By Azernews\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n\r\nNews.Az",
        b=b"By Vugar Khalilov\n\nOnly paragraph.",
        empty=b"   \n",
        binary=b"\x00\x01\x02\x03junk",
    )
    documents, paragraphs = clean.clean_documents(raw)
    assert schema.validate(documents, schema.DOCUMENTS) == []
    docs = documents.set_index("doc_id")
    assert docs.loc["a", "published"] == "2021-07-15"
    assert docs.loc["a", "outlet"] == "Azernews"
    assert docs.loc["b", "author"] == "Vugar Khalilov"
    assert docs.loc["a", "n_paragraphs"] == 2
    assert docs.loc["empty", "status"] == "skipped" and "empty" in docs.loc["empty", "error"]
    assert docs.loc["binary", "status"] == "skipped" and "binary" in docs.loc["binary", "error"]
    assert paragraphs[paragraphs["doc_id"] == "a"]["text"].tolist() == ["First paragraph.", "Second paragraph."]


@given(st.text(max_size=300))
def test_normalize_text_is_idempotent(text):
    once = clean.normalize_text(text)
    assert clean.normalize_text(once) == once


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=80), max_size=8))
def test_split_paragraphs_never_returns_blank(blocks):
    paragraphs = clean.split_paragraphs(clean.normalize_text("\n\n".join(blocks)))
    assert all(p.strip() == p and p for p in paragraphs)


# --- page headers, bylines and chrome of crawled pages (issue 13, classes 1 and 2) ------------------------------


def _clean(text: str) -> dict:
    return clean.clean_document(text.encode("utf-8"))


@pytest.mark.parametrize(
    "page, published",
    [
        # the crawler's date field, then a headline on the same line
        (
            " date 2031-05-06 Ministers of Velmora and Ostria meet in Zorgrad\n\nThe two ministers met on Monday.",
            "2031-05-06",
        ),
        # ... or a timestamp, then the byline
        (
            " date 2031-05-06 6 May 2031 10:12 (UTC+02:00)\n\nBy Mira Koval\n\nThe two ministers met on Monday.",
            "2031-05-06",
        ),
        ("Velmora Daily\n\n05:51 PM | 2 Mar, 2030\n\nThe two ministers met on Monday in the capital.", "2030-03-02"),
        ("Headline about a visit\n\nPublished on March 3, 2029\n\nThe two ministers met on Monday.", "2029-03-03"),
        (
            "Headline about a visit\nUpdated: 2028-04-02 10:15\n(Newswire)\n\nThe two ministers met on Monday.",
            "2028-04-02",
        ),
        # day and month read from the weekday the line names
        ("Thu, 05/02/2015 - 09:30\n\nThe two ministers met on Monday in the capital.", "2015-02-05"),
        ("Sat, 05/02/2015 - 09:30\n\nThe two ministers met on Monday in the capital.", "2015-05-02"),
        # the site's "today" widget loses to the article's own timestamp
        (
            "Monday, January 5, 2026\n\nVelmora Post\n\nNEWS | 12-03-2019 09:10\n\nThe two ministers met in the capital.",
            "2019-03-12",
        ),
        # a dateline with its year
        ("Kestrel City, May 4, 2027: On May 3, the two ministers met in the capital.", "2027-05-04"),
        # no date anywhere
        ("Ministers meet\n\nThe two ministers met on Monday in the capital of Velmora.", None),
        # a dateline without a year gives no publication date
        ("ZORGRAD, March 3 (Newswire) - The two ministers met on Monday in the capital.", None),
        # a date run into the headline on the first line, with no crawler prefix
        ("June 9, 2030 Ministers of Velmora and Ostria meet\n\nThe two ministers met on Monday.", "2030-06-09"),
        # year-first dates with slashes or dots
        ("Ministers meet\n\n2030/06/09\n\nThe two ministers met on Monday.", "2030-06-09"),
        ("Ministers meet\n\nPosted: 2030.06.09 10:15\n\nThe two ministers met on Monday.", "2030-06-09"),
        # a dateline whose place and date are joined by a dash
        ("Ministers meet\n\nLagos, Nigeria - June 9, 2030 - The two ministers met on Monday.", "2030-06-09"),
        # a byline with a published date and an "updated ... ago" widget
        (
            "Ministers meet\n\nAna Rell Published March 12, 2030 Updated about 6 hours ago\n\n"
            "The two ministers met on Monday in the capital.",
            "2030-03-12",
        ),
        # class: a time the crawl glued to the year ("October 19, 20305:43 PM"): the date was not read at all
        (
            "Ministers meet\n\nBy Ana Rell\nOctober 19, 20305:43 PM GMT-3Updated ago\n\n"
            "ZORGRAD, Oct 19 (Newswire) - The two ministers met on Wednesday.",
            "2030-10-19",
        ),
        # a date and a bar opening a line below a chrome sentence taken for the lead
        (
            "Skip to main content (Press Enter).\nHome > News > Releases\n\n"
            "An official website of the Velmoran government. Here's how you know\n\n"
            "Readout of Defence Minister Ivo Brant's Call With Ostrian Minister of Defence Kora Lenz\n\n"
            "Aug. 28, 2030 | Press Secretary Tom Vex provided the following readout:\n\n"
            "Defence Minister Ivo Brant spoke by phone today with Minister of Defence Kora Lenz.",
            "2030-08-28",
        ),
    ],
)
def test_publication_date_from_page_header(page, published):
    assert _clean(page)["published"] == published


@pytest.mark.parametrize(
    "page, place, outlet, first",
    [
        (
            "ZORGRAD, March 3 (Newswire) - Minister Ivo Brant met his counterpart.",
            "Zorgrad",
            "Newswire",
            "Minister Ivo Brant met his counterpart.",
        ),
        (
            "VELMORA: The army chief received the visiting admiral at headquarters on Friday.",
            "Velmora",
            None,
            "The army chief received the visiting admiral at headquarters on Friday.",
        ),
        (
            "NEW ZORGRAD, April 9. /NEWSWIRE/. The ministers met in the capital on Friday.",
            "New Zorgrad",
            "NEWSWIRE",
            "The ministers met in the capital on Friday.",
        ),
        (
            "Port Avel [Ostria], June 2 (NWA): The chiefs of staff met in the port on Monday.",
            "Port Avel",
            "NWA",
            "The chiefs of staff met in the port on Monday.",
        ),
        (
            # class: a dispatch filed from two places ("A/B, 17 January 2031 (Agency) -"): the first is its place
            "Zorgrad/Velm, 17 January 2031 (NWA) - The chiefs of staff met in the port on Monday.",
            "Zorgrad",
            "NWA",
            "The chiefs of staff met in the port on Monday.",
        ),
        (
            "Details: the minister said the talks had gone well and would continue.",
            None,
            None,
            "Details: the minister said the talks had gone well and would continue.",
        ),
    ],
)
def test_dateline_is_a_document_field_and_leaves_the_text(page, place, outlet, first):
    cleaned = _clean(page)
    assert cleaned["dateline_place"] == place
    assert cleaned["outlet"] == outlet
    assert cleaned["paragraphs"][0] == first


@pytest.mark.parametrize(
    ("line", "place", "rest"),
    [
        ("NAIROBI, Kenya — The army chief received the visiting admiral on Friday.", "Nairobi", "The army chief"),
        ("NEW DELHI, India: The army chief received the visiting admiral.", "New Delhi", "The army chief"),
        # class: a city of no gazetteer, known as a dateline by the country written after it
        ("ZORGRAD CITY, Philippines – Brig. Gen. Ivo Brant called on the commander.", "Zorgrad City", "Brig. Gen."),
    ],
)
def test_a_capitals_dateline_with_its_country_and_no_date(line, place, rest):
    found = headers.dateline(line)
    assert (found.place, found.rest[: len(rest)]) == (place, rest)


def test_a_byline_with_a_rank_of_a_class_and_the_date_is_a_date_line():
    # class: "By Sgt. 1st Class X, <date>": the class's ordinal was counted as a word of a headline, so the page had
    # no date and the reporter became a person of the story
    page = "Chiefs meet\n\nBy Sgt. 1st Class Mira Koval, May 3, 2030\n\nGeneral Ivo Brant met Admiral Karl Hesse."
    cleaned = _clean(page)
    assert cleaned["published"] == "2030-05-03"
    assert not any("Koval" in p for p in cleaned["paragraphs"])


def test_a_byline_with_a_rank_and_a_long_unit_name_before_the_date_is_a_date_line():
    # class: "By Petty Officer 1st Class X Y, Velkarian Fleet Command Public Affairs | May 21, 2031": a byline field over
    # 80 characters was no byline, so the line stayed text and the reporter became a person
    page = (
        "Commander visits Zorgrad\n\nBy Petty Officer 1st Class Annabel Koval-Marsh, Velkarian Fleet Command Public "
        "Affairs | May 21, 2031\n\nGeneral Ivo Brant met Admiral Karl Hesse in Zorgrad."
    )
    cleaned = _clean(page)
    assert cleaned["published"] == "2031-05-21"
    assert not any("Koval" in p for p in cleaned["paragraphs"])


def test_a_menu_whose_items_are_set_apart_by_runs_of_spaces_is_chrome():
    # class: "Home  World  Politics  Defence": the crawler kept the menu's separators as spaces, which were
    # collapsed, and the menu's words were read as a person of the story
    page = "Home  Local News  Politics  Defence  Sport\n\nChiefs meet\n\nGeneral Ivo Brant met Admiral Karl Hesse."
    cleaned = _clean(page)
    assert not any("Politics" in p for p in cleaned["paragraphs"])
    prose = "The chiefs met.  They talked.  Then  they left for the  border."
    assert clean.normalize_text(prose) == "The chiefs met. They talked. Then they left for the border."
    names = "General Ivo Brant  Karl Hesse  Mira Koval"  # a caption's names set apart by spaces: no menu
    assert clean.normalize_text(names) == "General Ivo Brant Karl Hesse Mira Koval"


def test_a_language_switcher_of_two_letter_codes_is_chrome():
    # class: "BG ES CS DA DE ET EN FR": a switcher of language codes set apart by spaces only was kept, and its
    # capitals read as persons of the story
    page = "Velkaria Parliament\n\nBG ES CS DA DE ET EL EN FR GA HR\n\nChiefs meet\n\nGeneral Ivo Brant met Admiral Karl Hesse."
    assert not any("DE ET" in p for p in _clean(page)["paragraphs"])
    assert not clean.is_chrome_line("US UK talks")


def test_a_date_line_with_hyphens():
    assert (
        _clean("Headline of the story\n\n14-Mar-2024\n\nThe two ministers met on Tuesday.")["published"] == "2024-03-14"
    )


def test_a_dateline_with_an_ordinal_day_gives_the_publication_date():
    cleaned = _clean("ZORGRAD, 12th March, 2024 (NWA) -- The two ministers met at the palace today.")
    assert (cleaned["published"], cleaned["dateline_place"]) == ("2024-03-12", "Zorgrad")


def test_a_capitals_headline_with_a_comma_is_no_dateline():
    assert headers.dateline("ZORGRAD, Ostria — The army chief received the visiting admiral.") is None


def test_a_posted_by_line_with_a_date_is_the_date_line_not_junk():
    page = (
        "Headline of the story\n\nPosted by Ana Ruiz on 14 March, 2024\n\nThe two ministers met on Tuesday in the port."
    )
    assert _clean(page)["published"] == "2024-03-14"
    assert clean.is_junk_line("Posted by Ana Ruiz")


def test_a_masthead_with_its_motto_above_the_headline_is_no_dateline():
    """ "ZORLAND HERALD — the nation's independent daily" on the page's first line reads like `CITY — lead`; the
    dispatch's dateline below it is the one, and its month and day are kept though no year is given."""
    page = (
        "ZORLAND HERALD — the nation's independent daily\n\nMinister holds talks with visiting general\n\n"
        "Muscat, April 10 (Wire) – The minister held talks with the visiting general on Wednesday."
    )
    cleaned = _clean(page)
    assert (cleaned["dateline_place"], cleaned["dateline_date"], cleaned["dateline_month_day"]) == (
        "Muscat",
        None,
        "04-10",
    )
    assert not any("independent daily" in p for p in cleaned["paragraphs"])
    assert _clean("CAIRO — The minister met his counterpart on Monday.")["dateline_place"] == "Cairo"


def test_a_feed_items_title_over_its_text_in_one_block_is_its_own_paragraph():
    # class: a live feed's item title, with no blank line before its text, was run into the first sentence
    story = (
        "The commander of the fleet, Admiral Ivo Brant, today received the consul of Ostria, Lena Ott, at the "
        "naval base. The sides discussed search and rescue at sea and the notice given to fishing boats before "
        "firing drills."
    )
    earlier = (
        "17:40\nStorm warning for the bay\nThe weather service warns of strong winds tonight, and ferries may stop."
    )
    page = (
        f"Harbour Ledger live\n\nOctober 14, 2026\n\n{earlier}\n\n15:05\nFleet commander receives the consul\n{story}"
    )
    assert "Fleet commander receives the consul" in _clean(page)["paragraphs"]
    assert story in _clean(page)["paragraphs"]
    # a hard-wrapped paragraph, its lines of like length, stays one paragraph
    wrapped = "The commander of the fleet received\nthe consul of Ostria at the naval base on\nWednesday morning."
    assert any(p.startswith("The commander of the fleet received the consul") for p in _clean(wrapped)["paragraphs"])


def test_the_year_of_a_copyright_line_is_kept_for_a_page_naming_no_other():
    page = (
        "Minister holds talks\n\nMuscat, April 10 (Wire) – The minister held talks with the general.\n\n"
        "Under clause (c) of the 1998 accord, talks go on.\n\nHarbour Ledger © 2019–2025 | About us"
    )
    assert _clean(page)["copyright_year"] == 2025
    assert _clean(page.replace("©", "-"))["copyright_year"] is None  # "(c)" of a clause in prose is no mark


@pytest.mark.parametrize(
    "footer",
    [
        "Tous droits réservés – Harbour Ledger 2026",
        "Todos los derechos reservados. Harbour Ledger, 2026",
        "Harbour Ledger 2026. All rights reserved.",
    ],
)
def test_a_rights_reserved_footer_without_the_mark_gives_the_pages_year(footer):
    # class: a yearless dateline on a page whose only year is a footer in French or Spanish without "©" had no
    # year, so the page and its meetings had no date
    page = f"Minister holds talks\n\nMuscat, April 10 (Wire) – The minister held talks with the general.\n\n{footer}"
    assert _clean(page)["copyright_year"] == 2026


@pytest.mark.parametrize(
    ("footer", "owner"),
    [
        ("Harbour Ledger © 2026 | About us | Advertising", "Harbour Ledger"),
        ("Copyright © 2019–2026 Harbour Ledger. All Rights Reserved.", "Harbour Ledger"),
        ("© The Harbour Ledger, 2026", "The Harbour Ledger"),
        ("Photo © Zorgrad Wire", None),  # a photo's credit names its agency
        ("Copyright 2026. All rights reserved.", None),
    ],
)
def test_a_page_naming_no_outlet_takes_its_copyright_lines_owner(footer, owner):
    page = f"Minister holds talks\n\nThe minister held talks with the general on Monday.\n\n{footer}"
    assert _clean(page)["outlet"] == owner


def test_a_site_name_in_capitals_at_the_top_is_chrome():
    """ "HARBOUR LEDGER" above the menu: a site's name (its city word would be taken for a meeting's place); a
    longer headline in capitals stays."""
    page = (
        "ZORGRAD LEDGER\nNews · Politics · Security · Business\n\nARMY CHIEF RECEIVES VISITING ADMIRAL IN PORT\n\n"
        "The army chief received the visiting admiral on Monday."
    )
    paragraphs = _clean(page)["paragraphs"]
    assert "ZORGRAD LEDGER" not in paragraphs
    assert "ARMY CHIEF RECEIVES VISITING ADMIRAL IN PORT" in paragraphs


def test_dateline_date_takes_its_year_from_the_publication_date():
    cleaned = _clean(" date 2031-01-03 ZORGRAD, Dec 30 (Newswire) - The two ministers met on Monday.")
    assert cleaned["published"] == "2031-01-03"
    assert cleaned["dateline_date"] == "2030-12-30"


@pytest.mark.parametrize(
    "page, author, outlet",
    [
        (
            "Ministers meet in Zorgrad\n\nBy Mira Koval\n\nThe two ministers met on Monday in the capital.",
            "Mira Koval",
            None,
        ),
        (
            "Ministers meet in Zorgrad\n\nMira Koval Read more\n\nThe two ministers met on Monday in the capital.",
            "Mira Koval",
            None,
        ),
        (
            "Ministers meet in Zorgrad\n\nBy Ana Rell - Newswire:\n\nThe two ministers met on Monday.",
            "Ana Rell",
            "Newswire",
        ),
        ("Ministers meet\n\nAuthor: Tom Vex\n\nThe two ministers met on Monday in the capital.", "Tom Vex", None),
        (
            "Ministers meet in Zorgrad\n\nBy Ana Rell, Staff Writer\n\nThe two ministers met on Monday.",
            "Ana Rell",
            None,
        ),
        (
            "Ministers meet in Zorgrad\n\nBy Ana Rell | Defence Correspondent\n\nThe two ministers met on Monday.",
            "Ana Rell",
            None,
        ),
        (
            "Ministers meet\nTom Vex\nUpdated:\n10:45\n\nThe two ministers met on Monday in the capital.",
            "Tom Vex",
            None,
        ),
        ("Ministers meet\n\nTom Vex, May 4, 2027, 10:04 a.m.\n\nThe two ministers met on Monday.", "Tom Vex", None),
        # a role and the agency it wrote with; an e-mail in brackets; a double-barrelled surname (no outlet)
        (
            "Ministers meet in Zorgrad\n\nBy Ana Rell / Staff writer, with Newswire\n\nThe two ministers met on Monday.",
            "Ana Rell",
            None,
        ),
        (
            "Ministers meet in Zorgrad\n\nBy Tom Vex-Arlo (tvex@example.org)\n\nThe two ministers met on Monday.",
            "Tom Vex-Arlo",
            None,
        ),
        # two reporters, one with name particles
        (
            "Ministers meet in Zorgrad\n\nBy Ana Rell and Tom van der Vex\n\nThe two ministers met on Monday.",
            "Ana Rell and Tom van der Vex",
            None,
        ),
        # class: a reporter and a known outlet set apart by a dash, with no "By": the reporter became a person
        (
            "Ministers meet in Zorgrad\n\nTom Vex - The Straits Times\n\nThe two ministers met on Monday.",
            "Tom Vex",
            "The Straits Times",
        ),
        # class: a reporter and the place filed from in capitals ("X Y in HARARE"): the reporter became a person
        ("Ministers meet in Zorgrad\n\nTendai Vex in ZORGRAD\n\nThe two ministers met on Monday.", "Tendai Vex", None),
        # class: a reporter and the editor on one line, set apart by a bar: both became persons
        (
            "Ministers meet in Zorgrad\n\nBy: Tendai Vex | Edited by: Mira Lund\n\nThe two ministers met on Monday.",
            "Tendai Vex",
            None,
        ),
    ],
)
def test_bylines_in_other_shapes_are_metadata_not_text(page, author, outlet):
    cleaned = _clean(page)
    assert cleaned["author"] == author
    assert cleaned["outlet"] == outlet
    assert not any(author in p for p in cleaned["paragraphs"])


def test_site_chrome_does_not_reach_the_text():
    page = "\n\n".join(
        [
            "velmora news portal for the whole region",  # a tagline with no capital letter
            "Velmopost",  # a lone site name
            "Ministers of Velmora and Ostria meet in Zorgrad",  # the headline stays
            "Defence Minister Ivo Brant received his Ostrian counterpart Lena Ott in Zorgrad on Monday.",
            "Related News",
            "Navy chief Petr Lund visits the northern fleet",
            "Army chief Olaf Dorn opens a new academy",
            "The two ministers discussed joint exercises and officer training.",
            "Share",
            "You may like",
            "Sara Vint",
            "Sara Vint wins the regional chess final",
            "x",
        ]
    )
    paragraphs = _clean(page)["paragraphs"]
    assert paragraphs == [
        "Ministers of Velmora and Ostria meet in Zorgrad",
        "Defence Minister Ivo Brant received his Ostrian counterpart Lena Ott in Zorgrad on Monday.",
        "The two ministers discussed joint exercises and officer training.",
    ]


def test_photo_credits_are_stripped():
    page = (
        " date 2031-05-06 © Newswire 2031/ JANE ROE Ministers meet in Zorgrad\n\n"
        "Minister Ivo Brant (left) meets Lena Ott in Zorgrad. (Photo by Tom Vex)\n\n"
        "Leaders speak at a news conference in Zorgrad on May 5, 2031. Pia Lorn/Newswire\n\n"
        "The two ministers also discussed logistics. —MK, Velmora Post Online"
    )
    assert _clean(page)["paragraphs"] == [
        "Ministers meet in Zorgrad",
        "Minister Ivo Brant (left) meets Lena Ott in Zorgrad.",
        "Leaders speak at a news conference in Zorgrad on May 5, 2031.",
        "The two ministers also discussed logistics.",
    ]


def test_hard_wrapped_blocks_are_joined_and_headlines_kept_apart():
    page = (
        "Ministers meet\n\nThe defence minister of Velmora received\n\nthe visiting chief of staff in the capital,"
        " according to\n\nOfficials of the ministry.\n\nA second paragraph follows here."
    )
    assert _clean(page)["paragraphs"] == [
        "Ministers meet",
        "The defence minister of Velmora received the visiting chief of staff in the capital, according to"
        " Officials of the ministry.",
        "A second paragraph follows here.",
    ]


def test_a_teaser_repeated_by_the_first_paragraph_is_dropped_and_glued_words_split():
    page = (
        " date 2031-05-06 Minister Ivo Brant on Sunday held talks with the visiting delegation led by...\n\n"
        "Minister Ivo Brant on Sunday held talks with the visiting delegation led by General Lena Ott.\n\n"
        "Read on the website VelmopostDefence Minister Ivo Brant said the talks went well."
    )
    paragraphs = _clean(page)["paragraphs"]
    assert (
        paragraphs[0] == "Minister Ivo Brant on Sunday held talks with the visiting delegation led by General Lena Ott."
    )
    assert paragraphs[1] == "Defence Minister Ivo Brant said the talks went well."
    assert clean.split_glued_words("McAllister met DeWitt") == "McAllister met DeWitt"
    assert clean.split_glued_words("the VelmopostDefence page") == "the Velmopost Defence page"
    assert clean.split_glued_words("#WeAreVelmora @VelmoraDefence velmora.com/NewsToday") == (
        "#WeAreVelmora @VelmoraDefence velmora.com/NewsToday"
    )


def test_clean_documents_has_dateline_columns():
    raw = _raw(a=b"ZORGRAD, March 3, 2030 (Newswire) - The two ministers met on Monday in the capital.")
    documents, _ = clean.clean_documents(raw)
    assert schema.validate(documents, schema.DOCUMENTS) == []
    row = documents.iloc[0]
    assert (row["published"], row["dateline_place"], row["dateline_date"]) == ("2030-03-03", "Zorgrad", "2030-03-03")


@pytest.mark.parametrize(
    "page, published, author, outlet",
    [
        (
            "Ministers meet\n\nBy Tom Vex | Updated: May 5, 2030 10:00\n\nThe two ministers met on Monday.",
            "2030-05-05",
            "Tom Vex",
            None,
        ),
        (
            "Ministers meet\n\nBy Mira Koval and Tom Vex\n\nThe two ministers met on Monday in the capital.",
            None,
            "Mira Koval and Tom Vex",
            None,
        ),
        (
            "(NWA- Velmora Post) ZORGRAD, June 4 - The two ministers met on Monday in the capital.",
            None,
            None,
            "Velmora Post",
        ),
    ],
)
def test_combined_bylines_and_syndication_tags(page, published, author, outlet):
    cleaned = _clean(page)
    assert (cleaned["published"], cleaned["author"], cleaned["outlet"]) == (published, author, outlet)
    assert cleaned["paragraphs"][-1].startswith("The two ministers met on Monday")


def test_menus_teasers_and_footers_do_not_reach_the_text():
    page = "\n\n".join(
        [
            "Home | World | Middle East | Sport",  # a menu line
            "Latest news",  # a heading above the article: its short items go, the headline stays
            "Sport news",
            "Ministers meet in Zorgrad",
            "Defence Minister Ivo Brant received his Ostrian counterpart Lena Ott in Zorgrad on Monday.",
            "Read also: Navy chief Petr Lund visits the northern fleet in a three-day tour of the bases",
            "They discussed drills.",
            "Tags: Velmora, Ostria, defence",
            "Share on Facebook",
            "Copyright 2031 Velmora Post Media Group",
            "About us",
            "Contact the newsroom",
            "Privacy",
        ]
    )
    assert _clean(page)["paragraphs"] == [
        "Ministers meet in Zorgrad",
        "Defence Minister Ivo Brant received his Ostrian counterpart Lena Ott in Zorgrad on Monday.",
        "They discussed drills.",
    ]


def test_short_lines_inside_the_article_are_kept():
    page = "\n\n".join(
        [
            "The delegation included the following officers.",
            "General Ivo Brant",
            "Admiral Lena Ott",
            "Colonel Petr Lund",
            "The visit ends on Friday.",
        ]
    )
    assert _clean(page)["paragraphs"] == page.split("\n\n")


@pytest.mark.parametrize(
    "page, place",
    [
        ("Zorgrad: The army chief received the visiting admiral at headquarters on Friday.", "Zorgrad"),
        ("Exclusive: The army chief received the visiting admiral at headquarters on Friday.", None),
        ("Kestrel Bay, Ostria (NWA) - The army chief received the visiting admiral on Friday.", "Kestrel Bay"),
    ],
)
def test_title_case_datelines(page, place):
    assert _clean(page)["dateline_place"] == place


@pytest.mark.parametrize(
    "page, published",
    [
        (
            "Ministers meet\n\nThe two ministers met on Monday in the capital.\n\nPublished: 4 May 2030 10:00",
            "2030-05-04",
        ),
        (
            "Ministers meet\n\n16 de agosto de 2029 14:22\n\nThe two ministers met on Monday in the capital.",
            "2029-08-16",
        ),
        ("Ministers meet\n\n12 Mart 2028 10:00\n\nThe two ministers met on Monday in the capital.", "2028-03-12"),
        # a footer date never overrides the header's
        (
            " date 2031-05-06 Ministers meet\n\nThe two ministers met on Monday.\n\nUpdated: 9 May 2031 10:00",
            "2031-05-06",
        ),
        # a bare date alone at the foot, above the agency's sign-off and share buttons (no cue word)
        (
            "LOMAR NEWS\n\nMinisters meet\n\nLomar (LNA) - The two ministers met today in the capital.\n\n"
            "They discussed the drawdown.\n\n11 April 2030\n\nLNA\n\nShare: Facebook | Twitter",
            "2030-04-11",
        ),
        (
            " date 2031-05-06 Ministers meet\n\nThe two ministers met on Monday.\n\nThey spoke.\n\n9 May 2031",
            "2031-05-06",
        ),
    ],
)
def test_publication_date_from_footers_and_other_languages(page, published):
    assert _clean(page)["published"] == published


def test_reporter_and_photographer_credits_are_not_text():
    page = "\n\n".join(
        [
            "Ministers meet in Zorgrad",
            "Soldiers march in Zorgrad on Monday. (NWA Photo/Pia Lorn)",
            "The two ministers met on Monday in the capital. (Reporting by Ivo Brant; Editing by Lena Ott)",
            "Additional reporting by Tom Vex in Kestrel Bay",
            "Photo by Sara Vint",
            "Writing in a newspaper, the minister said the talks had gone well.",
        ]
    )
    text = " ".join(_clean(page)["paragraphs"])
    assert not any(name in text for name in ("Pia Lorn", "Ivo Brant", "Lena Ott", "Tom Vex", "Sara Vint"))
    assert text.endswith("Writing in a newspaper, the minister said the talks had gone well.")


@pytest.mark.parametrize(
    "page, published, first",
    [
        # a headline or a sentence that names a date is text, not a date line
        (
            "Ministers to meet on May 5, 2031\n\nThe two ministers will meet in the capital.",
            None,
            "Ministers to meet on May 5, 2031",
        ),
        # `By Sunday, ...` opens a sentence, not a byline
        (
            "By Sunday, the two ministers will have met in the capital.",
            None,
            "By Sunday, the two ministers will have met in the capital.",
        ),
        # an acronym joined by a hyphen is no dateline
        (
            "NATO-Velmora Council met in the capital on Monday.",
            None,
            "NATO-Velmora Council met in the capital on Monday.",
        ),
        # two capitalised words before a colon are a label unless they name a known place
        (
            "Key Takeaways: The two ministers met in the capital on Monday.",
            None,
            "Key Takeaways: The two ministers met in the capital on Monday.",
        ),
    ],
)
def test_sentences_that_look_like_header_lines_stay_text(page, published, first):
    cleaned = _clean(page)
    assert cleaned["published"] == published
    assert cleaned["paragraphs"][0] == first
    assert cleaned["dateline_place"] is None


def test_published_line_wins_over_updated_line():
    page = (
        "Ministers meet\n\nUpdated: 9 May 2030 10:00\n\nPublished: 4 May 2030 08:00\n\nThe two ministers met on Monday."
    )
    assert _clean(page)["published"] == "2030-05-04"


def test_timestamps_of_a_related_list_below_the_lead_do_not_date_the_article():
    # a page whose lines are all one block: header, article, then a related-stories list with timestamps
    page = "\n".join(
        [
            "Ministers of Velmora and Ostria hold talks",
            "Updated: 2031-05-06 20:55",
            "ZORGRAD - Defence Minister Ivo Brant held talks with his Ostrian counterpart Lena Ott on Wednesday.",
            "The two ministers discussed joint exercises.",
            "Related Stories",
            "Navy Chiefs Meet 2031-04-17 20:43",
            "Air Force Drill Ends 2031-04-29 19:57",
        ]
    )
    cleaned = _clean(page)
    assert cleaned["published"] == "2031-05-06"
    assert cleaned["dateline_place"] == "Zorgrad"
    assert not any("Navy Chiefs" in p or "Air Force" in p for p in cleaned["paragraphs"])


def test_a_hard_wrapped_page_is_joined_into_sentences():
    lines = [
        "MINISTERS OF VELMORA AND OSTRIA MEET",
        "IN ZORGRAD",
        "Defence Minister Ivo Brant received today the visiting defence ministers",
        "of the region who came to Zorgrad for the session. Chief of Staff of the",
        "Regional Defence Council Lena Ott also took part in the meeting.",
        "The minister said that the issues would also be discussed at the summit",
        "Scheduled for December in the capital of Ostria.",
    ]
    assert _clean("\n\n".join(lines))["paragraphs"] == [
        "MINISTERS OF VELMORA AND OSTRIA MEET IN ZORGRAD",
        " ".join(lines[2:5]),
        " ".join(lines[5:]),
    ]


@pytest.mark.parametrize(
    ("text", "url", "rest"),
    [
        ("Title\nURL: https://news.example/a1\nBody.", "https://news.example/a1", "Title\nBody."),
        ("source = <https://news.example/a2>\n\nBody.", "https://news.example/a2", "\nBody."),
        (
            "One\nTwo\nThree\nFour\nURL: https://news.example/a3",
            None,
            "One\nTwo\nThree\nFour\nURL: https://news.example/a3",
        ),
        ("Sources: the ministry said.", None, "Sources: the ministry said."),
    ],
)
def test_url_line_is_read_from_the_first_lines_only(text, url, rest):
    assert headers.split_url_line(text) == (url, rest)


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example/world/2024/07/18/army-chiefs-meet", "2024-07-18"),
        ("https://news.example/defence/talks-in-hanoi-2023-11-02", "2023-11-02"),
        ("https://news.example/news/ministers-meet-20240905.html", "2024-09-05"),
        ("https://news.example/2024/07/", None),
        ("https://news.example/story/1234567890123", None),
        ("https://news.example/article/20231312-x", None),
        (None, None),
    ],
)
def test_a_date_stamped_in_the_url_path(url, day):
    assert headers.url_date(url) == day


def test_a_url_date_is_the_publication_date_of_a_page_that_gives_no_other():
    page = "URL: https://news.example/2024/07/18/talks\n\nHeadline of the story\n\nThe ministers met on Wednesday."
    assert clean.clean_document(page)["published"] == "2024-07-18"
    dated = "URL: https://news.example/2024/07/18/talks\n\nPublished: July 19, 2024\n\nThe ministers met on Wednesday."
    assert clean.clean_document(dated)["published"] == "2024-07-19"  # the page's own date line wins


def test_an_input_that_could_not_be_read_is_a_skipped_document_row():
    doc, paragraphs = clean._clean_input({"doc_id": "x", "source_file": "x.bin", "content": b"", "error": "binary"})
    assert (doc["status"], doc["error"], doc["n_paragraphs"], paragraphs) == ("skipped", "binary", 0, [])
    assert set(doc) == set(schema.DOCUMENTS.names)


@pytest.mark.parametrize(
    "page, published",
    [
        # a numeric date that reads both ways: day first by default ...
        ("Ministers meet\n\n05/04/2030\n\nNEW DELHI: The two ministers met on Monday.", "2030-04-05"),
        # ... month first on a page from a region that writes it so (its dateline, its URL)
        ("Ministers meet\n\n05/04/2030\n\nWASHINGTON — The two ministers met on Monday.", "2030-05-04"),
        ("URL: https://www.example.mil/news/1\n\nMinisters meet\n\n05.04.2030\n\nThe two ministers met.", "2030-05-04"),
        # a date that reads one way only, or a weekday that settles it, stays as read
        ("Ministers meet\n\n25/04/2030\n\nWASHINGTON — The two ministers met on Monday.", "2030-04-25"),
        ("Ministers meet\n\nFri, 05/04/2030\n\nWASHINGTON — The two ministers met on Monday.", "2030-04-05"),
        # class: a page whose text tells the days around the month-first reading (a base's news page: "Date Posted:
        # 09.04.2030" over a story of Sept. 3) is read month first, wherever it was filed ...
        ("Drill ends\n\nDate Posted: 09.04.2030\n\nZORGRAD - The troops ended the drill Sept. 3.", "2030-09-04"),
        ("Chiefs meet\n\nPosted 03.12.2030\n\nGeneral Ivo Brant met Admiral Karl Hesse on March 10.", "2030-03-12"),
        # ... and one whose text tells the days around the day-first reading stays day first
        ("Chiefs meet\n\nPosted 03.12.2030\n\nGeneral Ivo Brant met Admiral Karl Hesse on 1 December.", "2030-12-03"),
        # ... as does one whose text tells a day to come after the month-first reading
        (
            "Chiefs to meet\n\nPosted 06.05.2030\n\nGeneral Ivo Brant will meet Admiral Karl Hesse on May 12.",
            "2030-05-06",
        ),
    ],
)
def test_numeric_publication_date_read_by_the_pages_region(page, published):
    assert _clean(page)["published"] == published


@pytest.mark.parametrize(
    "credit",
    [
        "By Mira Koval, Defence Correspondent",  # a byline below the headline and standfirst
        "Mira Koval Read more",
        "Mira Koval | Senior Correspondent",
        "Tom Vex / Staff Writer",
        "Mira Koval is a staff writer covering the armed forces. Follow her on social media.",
        "— Tom Vex, Velmora Sentinel",
        "Por Ana Lucia Rell",
        "NWA/Pia Lorn/Sara Vint",
        "(With inputs from agencies)",
        "Staff Report",
        "Facebook Twitter Whatsapp Email",
        "View all posts by Mira Koval",
        "About the author: Mira Koval covers security for the paper.",
        "Story by Mira Koval",
        "Tom Vex and Mira Koval contributed to this report.",
        "Follow Mira Koval on Twitter",
        "TOM VEX | Defence Correspondent",
        "Tom Vex, Newswire",
        "2031-05-21 10:42:15 Source: Velmora Wire Editor: Mira Koval",
        "Reporter: Tom Vex | Camera: Pia Lorn",
        "Text: cdr. Tom Vex",
        "Translated by: Mira Koval",
        "[Editor: Mira Koval]",
        "(Reporter: Tom Vex | Editor: Pia Lorn)",
    ],
)
def test_credit_lines_anywhere_in_the_text_are_no_text(credit, monkeypatch):
    monkeypatch.setattr(resources, "outlets", lambda: frozenset({"newswire"}))
    # a credit line below the lead, in the middle or at the foot of the page credits who made the story
    page = "\n\n".join(
        [
            "Ministers of Velmora and Ostria meet in Zorgrad",
            "Defence Minister Ivo Brant received his Ostrian counterpart Lena Ott in Zorgrad on Monday.",
            credit,
            "The two ministers discussed joint exercises and officer training.",
            credit,
        ]
    )
    paragraphs = _clean(page)["paragraphs"]
    assert paragraphs == [
        "Ministers of Velmora and Ostria meet in Zorgrad",
        "Defence Minister Ivo Brant received his Ostrian counterpart Lena Ott in Zorgrad on Monday.",
        "The two ministers discussed joint exercises and officer training.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "General Ivo Brant, Chief of the General Staff",  # a caption or list item naming a post
        "Ivo Brant is a retired general who led the northern command.",
        "By 2030 the two navies will hold joint patrols.",
        "Lena Ott, the Ostrian Defence Minister",
        "NATO/Velmora talks resume in the spring",
        "Photo: Defence Minister Ivo Brant meets General Lena Ott",  # a caption: kept as text
        "Source: the ministry said the talks with General Lena Ott would resume next week.",
        "Sources: Velmora's army chief Ivo Brant will visit Ostria.",
    ],
)
def test_lines_naming_posts_are_not_credit_lines(line):
    assert headers.credit_line(line) is None


@pytest.mark.parametrize(
    "line, kept",
    [
        ("Soldiers march in Zorgrad on Monday. (Newswire/Ivo Brant)", "Soldiers march in Zorgrad on Monday."),
        ("Pic: Ivo Brant", ""),
        ("Courtesy: Velmora Defence Ministry", ""),
        ("The US/UK talks (US/UK) resumed.", "The US/UK talks (US/UK) resumed."),
    ],
)
def test_agency_and_photographer_credits_are_cut_from_captions(line, kept):
    assert headers.strip_credits(line) == kept


def test_a_list_of_headlines_below_the_article_is_chrome_but_a_list_of_those_present_stays():
    article = [
        "Ministers meet in Zorgrad",
        "Defence Minister Ivo Brant received his counterpart Lena Ott in Zorgrad on Monday.",
    ]
    related = ["Navy Chief Petr Lund Visits Northern Fleet Bases", "Senate confirms Olaf Dorn as new army commander"]
    assert _clean("\n\n".join(article + related))["paragraphs"] == article
    present = ["Also present were", "Lieutenant General Petr Lund", "Rear Admiral Olaf Dorn, Chief of Naval Staff"]
    assert _clean("\n\n".join(article + present))["paragraphs"] == article + present


@pytest.mark.parametrize(
    "teaser", ["Also Read | Navy chief Petr Lund visits the fleet", "READ - Olaf Dorn named envoy"]
)
def test_teaser_links_with_other_separators_are_chrome(teaser):
    page = "\n\n".join(
        [
            "Ministers meet in Zorgrad",
            "Defence Minister Ivo Brant received Lena Ott in Zorgrad on Monday.",
            teaser,
            "The two ministers discussed joint exercises and officer training.",
        ]
    )
    assert not any("Lund" in p or "Dorn" in p for p in _clean(page)["paragraphs"])


def test_a_comment_section_is_chrome_past_its_prose():
    """Issue 13, class 2: commenters' names are no persons of the article; the comments are prose, so the section
    goes on over every block signed like a comment or ending in a Reply button."""
    article = [
        "Ministers meet in Zorgrad",
        "Defence Minister Ivo Brant received his counterpart Lena Ott in Zorgrad on Monday.",
    ]
    comments = [
        "4 Comments",
        "Petr Lund says:\nMay 10, 2024 at 9:12 am\nGood move by the minister.",
        "Reply",
        "Olaf Dorn says:\nMay 10, 2024 at 10:01 am\nWe need more of this.",
        "Reply",
    ]
    assert _clean("\n\n".join(article + comments))["paragraphs"] == article


def test_a_follow_promo_with_trailing_words_is_a_credit_line():
    assert headers.credit_line("Follow Mira Koval on X for more defence updates.") == "Mira Koval"
    assert headers.credit_line("Follow the minister on his tour of the northern bases.") is None


@pytest.mark.parametrize(
    "box",
    [
        "The writer is a retired brigadier and a fellow at a land warfare centre. Brigadier Petr Lund can be reached "
        "by email.",
        "The author, a former ambassador, is a senior fellow at a policy institute.",
    ],
)
def test_an_author_box_is_a_credit_line(box):
    """Issue 13, class 2: the writer named in an author box is metadata, not a person of the article."""
    assert headers.credit_line(box) == ""


def test_a_sentence_about_a_writer_is_no_author_box():
    assert headers.credit_line("The writer was arrested in Zorgrad on Monday, police said.") is None


@pytest.mark.parametrize(
    "page, place",
    [
        # a known city alone in its block between the headline and the story (issue 13, class 1)
        ("Army chiefs meet\n\nNairobi:\n\nThe army chief received the visiting admiral on Friday.", "Nairobi"),
        # ... a label alone in its block is none, nor an unknown word
        ("Army chiefs meet\n\nHighlights:\n\nThe army chief received the visiting admiral on Friday.", None),
        ("Army chiefs meet\n\nZorblat:\n\nThe army chief received the visiting admiral on Friday.", None),
        # class: a page's "Location:" field is no city of a "City:" dateline
        ("Army chiefs meet\n\nLocation: ZORGRAD, PH\n\nThe army chief received the visiting admiral on Friday.", None),
    ],
)
def test_a_city_line_alone_in_its_block_is_the_dateline(page, place):
    cleaned = _clean(page)
    assert cleaned["dateline_place"] == place
    assert not any(p.rstrip(":") in ("Nairobi",) for p in cleaned["paragraphs"])


# --- issue 13, classes 1 and 2: crawled page shapes (tests/data/probe_crawl) ---


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Source: Newswire | 2031-04-16 21:33:05 | Editor: Lin Haotian", ("2031-04-16", "Lin Haotian")),
        ("Posted by Ivo Brant on 14 July 2031 in Defence | 3 comments", ("2031-07-14", "Ivo Brant")),
        ("Publicado em 14/05/2031 - 18:20 - Repórter da Agência Sul - Zorgrad", ("2031-05-14", None)),
        ("By Mira Koval | May 6, 2031 | 3 min read", ("2031-05-06", "Mira Koval")),
        # a desk's byline after the date and its time (class: more capitalised words than a date line may hold)
        ("Posted On: 17 APR 2031 6:12PM by Defence Press Desk Zorgrad", ("2031-04-17", None)),
        ("Posted on 14 July 2031 by Mira Koval", ("2031-07-14", "Mira Koval")),  # "Posted On" is no author
        # class: "Written by" over a site name in camel case and a weekday date, set apart by double spaces
        ("Written by  velmoraWire  Thursday, 22 May 2031", ("2031-05-22", None)),
        # class: a middle dot between the reporter and the date kept the name from the date line's author
        ("By Mira Koval · April 11, 2031", ("2031-04-11", "Mira Koval")),
        # class: "Last update on:" was read as the words of a headline, so the page had no date
        ("Tue Jun 3, 2031 12:00 AM Last update on: Tue Jun 3, 2031 01:14 AM", ("2031-06-03", None)),
        ("Last update: 14 March 2031", ("2031-03-14", None)),
        # class: date shapes and page fields of other sites read as no date, so the page had none
        ("Source: Velmar Daily Editor: Ivo Brant 2031-05-16 18:02:31", ("2031-05-16", None)),  # labels, no bars
        ("By Velmar Fleet Command Public Affairs | March 8, 2031", ("2031-03-08", None)),  # a byline of six words
        (
            "Posted March 6, 2031 · by Mira Koval, Senior Fellow · 6 min read",
            ("2031-03-06", "Mira Koval"),
        ),  # author of a field
        ("Ivo Brant and Karl Hesse |17.10.2031 - Update : 17.10.2031", ("2031-10-17", None)),  # one day twice
        (
            "Velmar News Desk | Zorgrad | Updated: 08-02-2031 14:22 IST | Created: 08-02-2031 14:22 IST",
            ("2031-02-08", None),
        ),
        ("Published: 3 May ,2031: 07:05 AM CET Updated: 3 May ,2031: 11:20 PM CET", ("2031-05-03", None)),
        ("January, 16, 2031 - 14:22 Defense news", ("2031-01-16", None)),  # comma after the month
        ("Mar - 16 - 2031 , 09:45", ("2031-03-16", None)),
        ("24 January\u060c 2031", ("2031-01-24", None)),  # an Arabic comma before the year
        ("Velmar Herald staff July 02, 2031 at 5:51 PM", ("2031-07-02", None)),
        ("Published September 10, 2031 Updated a day ago", ("2031-09-10", None)),
    ],
)
def test_a_date_line_of_several_fields(line, expected):
    found = headers.date_line(line)
    assert (found[0], found[2]) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Army chief meets Ostrian envoy - Daily Probe - March 3, 2031",
        "Ministers to meet in Zorgrad | The talks open on March 3, 2031 | Read more",
    ],
)
def test_a_headline_beside_a_date_is_no_date_line(line):
    assert headers.date_line(line) is None


def test_a_labelled_source_line_gives_the_publication_date():
    page = (
        "Source: Newswire | 2031-04-16 21:33:05 | Editor: Lin Haotian\n\n"
        "Ministers hold talks\n\n"
        "ZORGRAD, April 16 (Newswire) -- The two defence ministers held talks on Tuesday."
    )
    assert _clean(page)["published"] == "2031-04-16"


@pytest.mark.parametrize(
    "line, place, day",
    [
        ("Zorgrad, Rabi Al-Awwal 10, 1452, September 13, 2030, NWA -- The chief met X.", "Zorgrad", (9, 13)),
        ("VELMAR, Dhul-Hijjah 3, 1451 AH, June 9, 2030, NWA -- The chief met X.", "Velmar", (6, 9)),
    ],
)
def test_a_dateline_with_a_hijri_date_before_the_gregorian_one(line, place, day):
    found = headers.dateline(line)
    assert (found.place, found.month_day, found.year, found.agency, found.rest) == (
        place,
        day,
        2030,
        "NWA",
        "The chief met X.",
    )


@pytest.mark.parametrize(
    "line, teaser",
    [
        ("Related news: Defence Minister Ivo Brant meets Ostrian envoy Lin Haotian", True),
        ("Also Read | Two navies sign a training pact", True),
        ("READ MORE: Navy gets new patrol boats", True),
        ("Latest: The minister said the talks went well.", False),  # a sentence
        ("Background: Army chief to visit Zorgrad", False),  # a label, not a section heading
        ("Comments: 3", False),
    ],
)
def test_a_section_heading_run_into_one_headline_is_a_teaser(line, teaser):
    assert clean.is_teaser_line(line) is teaser


def test_a_teaser_line_inside_the_article_is_dropped():
    page = (
        "March 3, 2031\n\n"
        "Ostrian Defence Minister Ivo Brant received Velmar's Defence Minister Tarek Olvani in Zorgrad on Monday.\n\n"
        "Related news: Defence Minister Ivo Brant meets envoy Lin Haotian\n\n"
        "The two ministers agreed to hold joint patrols."
    )
    assert not any("Lin Haotian" in p for p in _clean(page)["paragraphs"])


def test_a_written_by_line_the_junk_lines_drop_still_names_the_author():
    # class: "Written by X" above the story was dropped as junk before the header was read, so the page had no
    # author and the author's bio at the foot made X a person
    page = (
        "Ministers meet in Zorgrad\n\nWritten by Mira Lund\nSeptember 10, 2031\n\n"
        "The two defence ministers met in Zorgrad on Monday to discuss frigates.\n\n"
        "Mira Lund is a Zorgrad-based analyst of regional security."
    )
    cleaned = _clean(page)
    assert cleaned["author"] == "Mira Lund"
    assert not any("Mira Lund" in p for p in cleaned["paragraphs"])


def test_the_bio_of_the_bylined_author_is_dropped_whatever_their_role():
    page = (
        "Posted by Ivo Brant on 14 July 2031 in Defence | 3 comments\n\n"
        "The two defence ministers met in Zorgrad on Monday to discuss frigates.\n\n"
        "Ivo Brant is a former naval officer who writes on defence procurement."
    )
    cleaned = _clean(page)
    assert (cleaned["published"], cleaned["author"]) == ("2031-07-14", "Ivo Brant")
    assert not any("Ivo Brant" in p for p in cleaned["paragraphs"])


def test_a_by_line_before_the_date_line_names_the_author_without_by():
    page = "Ministers meet\n\nBy Mira Koval\n\nJune 17, 2031\n\nThe two defence ministers met on Monday in Zorgrad."
    assert _clean(page)["author"] == "Mira Koval"


@pytest.mark.parametrize(
    "line, promo",
    [
        ("Sign up for Lin Haotian's weekly security briefing", True),
        ("Get Mira Koval's newsletter in your inbox every Friday.", True),
        ("Join our WhatsApp channel for updates", True),
        ("Join the minister at the briefing on Monday, the ministry said.", False),
        ("Subscribers met the envoy at the briefing.", False),
    ],
)
def test_a_subscription_prompt_is_a_promo(line, promo):
    assert clean.is_promo_line(line) is promo


def test_a_published_line_at_the_foot_of_the_page_dates_it():
    page = (
        "Ministers meet\n\n"
        "The two defence ministers met in Zorgrad on Tuesday to discuss border patrols.\n\n"
        "They agreed to meet again.\n\n"
        "Published: 29/10/2031 17:44"
    )
    cleaned = _clean(page)
    assert cleaned["published"] == "2031-10-29"
    assert not any("Published" in p for p in cleaned["paragraphs"])


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "Photo: Defence Minister Oren Tal shakes hands with General Amara Diallo during their meeting in Dakar.",
            "Defence Minister Oren Tal shakes hands with General Amara Diallo during their meeting in Dakar.",
        ),
        (
            "Photos: Army chief Kemal Oztan greets visiting counterpart Rafael Duarte in Lisbon",
            "Army chief Kemal Oztan greets visiting counterpart Rafael Duarte in Lisbon",
        ),
        ("Photo: Probe Press Agency", None),
        ("Photo: Courtesy of the Press Service of the Ministry of Defence", None),
        ("Photo: Tomas Vell/Probe Wire", None),
        ("Video: Ministry of Defence official Telegram channel", None),
    ],
)
def test_photo_caption_kept_credit_dropped(line, kept):
    """Issue 13 (caption shape): a `Photo:` line that describes the people is a caption, part of the article;
    one that names only the source is a credit."""
    paragraphs = clean.clean_document(f" date 2024-03-14 By Probe Wire\n\n{line}\n\nThe talks went on.")["paragraphs"]
    if kept is None:
        assert paragraphs == ["The talks went on."]
    else:
        assert paragraphs[0] == kept


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("(Velmora Wire) - The visit of the Ostrian minister was postponed to April.", "Velmora Wire"),
        ("(Newswire) — The visit of the Ostrian minister was postponed to April.", "Newswire"),
        ("(MENAFN- Velmora Times) The visit of the Ostrian minister was postponed to April.", "Velmora Times"),
    ],
)
def test_a_wire_name_in_brackets_opening_the_lead_is_the_outlet(lead, outlet):
    """ "(Agency) - ...": the wire's name is cut off the lead (it was read as a person of the article)."""
    cleaned = _clean(f"Ostrian minister's visit postponed\n\n{lead}\n\nThe ministers will meet in Zorgrad.")
    assert cleaned["paragraphs"][1] == "The visit of the Ostrian minister was postponed to April."
    assert cleaned["outlet"] == outlet


@pytest.mark.parametrize(
    "line",
    ["By Mira Koval in Defence on 25 April 2031", "By Velmar Fleet Command Public Affairs | April 25, 2031"],
)
def test_a_byline_that_carries_the_date_gives_the_date(line):
    """Class: a byline holding the date was read as a byline only, so the page had no publication date."""
    page = f"Ministers meet in Zorgrad\n\n{line}\n\nThe two ministers met on Tuesday."
    cleaned = _clean(page)
    assert cleaned["published"] == "2031-04-25"
    assert not re.search(r"\d", cleaned["outlet"] or "")


def test_a_date_label_at_the_foot_of_the_page_gives_the_date():
    """Class: `Date: <weekday, date>` below the text ranked as a site's "today" widget and was dropped."""
    page = "Ministers meet in Zorgrad\n\nThe two ministers met on Tuesday in Zorgrad.\n\nDate: Tuesday, April 15, 2031"
    assert _clean(page)["published"] == "2031-04-15"


def test_a_date_line_with_an_editor_label_gives_the_date():
    """ "Edited by: X | Updated: Nov 27, 2031, 22:10 IST" read as a byline lost its date."""
    page = "Ministers meet in Zorgrad\n\nEdited by: Mira Koval | Updated: Nov 27, 2031, 22:10 IST\n\nThe two met."
    assert _clean(page)["published"] == "2031-11-27"


@pytest.mark.parametrize(
    "dateline, place, day",
    [
        ("Lima, Sept 20, 2031", "Lima", "2031-09-20"),
        ("ZORGRAD, 12 April 2031", "Zorgrad", "2031-04-12"),
        ("ZORGRAD: April 12, 2031", "Zorgrad", "2031-04-12"),
        ("Updated: April 12, 2031", None, None),
        ("Saturday, April 20, 2031", None, None),  # a page widget's day
        ("Home, April 20, 2031", None, None),  # a menu label beside the date
    ],
)
def test_a_dispatch_dateline_on_its_own_line_gives_the_place_and_day(dateline, place, day):
    """The crawler put `City, Month D, YYYY` on its own line under the headline: the story's dateline."""
    page = f"Army chiefs meet\n{dateline}\nThe army chief received the visiting admiral on Monday.\n"
    cleaned = _clean(page)
    assert (cleaned["dateline_place"], cleaned["dateline_date"]) == (place, day)


def test_a_dateline_giving_the_day_in_two_calendars_gives_the_full_date():
    """ "Lima, Rabi II 3, 1452, May 4, 2031, NWA -- ...": the day in another calendar, then the full date."""
    cleaned = _clean("Lima, Rabi II 3, 1452, May 4, 2031, NWA -- The two ministers met in Lima yesterday.\n")
    assert (cleaned["published"], cleaned["dateline_place"], cleaned["dateline_date"]) == (
        "2031-05-04",
        "Lima",
        "2031-05-04",
    )


def test_a_menu_after_the_sites_name_and_tagline_is_chrome_not_a_dateline():
    """ "VELMORA POST — English Service | Latest | Politics | Defence": the caps site name before a dash is no
    dispatch dateline; the real one below it gives the place."""
    page = "\n\n".join(
        [
            "VELMORA POST — English Service | Latest | Politics | Defence | Economy",
            "Ministers agree river patrols",
            "ZORGRAD, May 4 (VP) – Defence Minister Ruben Oska received his Ostrian counterpart in Zorgrad.",
        ]
    )
    cleaned = _clean(page)
    assert cleaned["dateline_place"] == "Zorgrad"
    assert not any("English Service" in p for p in cleaned["paragraphs"])
    assert clean.is_menu_line("Home | World | Politics | Sport")
    assert not clean.is_menu_line("The minister said | the talks went well | and ended | on Monday afternoon.")


@pytest.mark.parametrize(
    ("line", "month_day", "year"),
    [
        ("Lima, 3 de marzo de 2026 – The minister said.", (3, 3), 2026),
        ("Buenos Aires, 27 de noviembre de 2026 – The minister said.", (11, 27), 2026),
        ("CAIRO, 3 March 2026 – The minister said.", (3, 3), 2026),
    ],
)
def test_a_dateline_with_a_spanish_or_portuguese_day_de_month_de_year(line, month_day, year):
    dl = headers.dateline(line)
    assert (dl.month_day, dl.year, dl.rest) == (month_day, year, "The minister said.")


@pytest.mark.parametrize(
    ("line", "month_day", "year"),
    [
        ("Zorgrad, Wednesday 8 April 2026 – The minister said.", (4, 8), 2026),
        ("ZORGRAD, Tuesday, May 5, 2026 - The minister said.", (5, 5), 2026),
    ],
)
def test_a_dateline_that_names_the_weekday_before_the_date(line, month_day, year):
    # class: "City, Wednesday 8 April 2026 -" (releases of Indonesian and other ministries) gave the page no
    # date, so "on Tuesday" in its story had no day
    dl = headers.dateline(line)
    assert (dl.place, dl.month_day, dl.year, dl.rest) == ("Zorgrad", month_day, year, "The minister said.")
    assert _clean(f"{line}\n")["published"] == f"{year}-{month_day[0]:02d}-{month_day[1]:02d}"


def test_written_by_opens_a_byline():
    assert headers.byline("Written by Mira Koval") == {"author": "Mira Koval", "outlet": None}
    assert headers.byline("Reported by Tom Vex for Velmora Wire") == {"author": "Tom Vex", "outlet": "Velmora Wire"}


def test_a_bare_date_line_under_a_byline_below_the_standfirst_is_the_publication_date():
    # class: a standfirst sentence made the lead, so the byline's date line below it was dropped as chrome
    page = (
        "Home | News | Politics\n\n"
        "Army chief holds talks in Zorgrad\n\n"
        "The visit is the general's second to the country this year.\n\n"
        "By Mira Koval\n"
        "March 14, 2031  4 min read\n\n"
        "General Ivo Brant on Tuesday held talks with General Tom Vex in Zorgrad."
    )
    assert _clean(page)["published"] == "2031-03-14"
    # class: with no byline, the date line right under the standfirst is the article's date too
    assert _clean(page.replace("By Mira Koval\n", ""))["published"] == "2031-03-14"
    # a date line far below the lead, under no byline, is still no publication date (a related-stories list)
    story = "General Ivo Brant on Tuesday held talks with General Tom Vex in Zorgrad.\n\n"
    far = page.replace("By Mira Koval\n", "").replace("March 14, 2031  4 min read\n\n", story, 1)
    assert _clean(far + "\n\nMarch 14, 2031  4 min read\n\nThe two agreed to meet again.")["published"] is None


@pytest.mark.parametrize("byline", ["By Mira Koval | June 1, 2031", "By Mira Koval\nJune 1, 2031"])
def test_a_date_under_the_standfirst_in_its_block_or_the_next_is_the_publication_date(byline):
    """Class: a byline and date under a standfirst sentence (in the standfirst's block or the next) were dropped
    as chrome below the lead, so the page had no date."""
    for joint in ("\n", "\n\n"):
        page = (
            "Army chief holds talks in Zorgrad\n\n"
            f"The visit is the general's second to the country this year.{joint}{byline}\n\n"
            "General Ivo Brant on Tuesday held talks with General Tom Vex in Zorgrad."
        )
        assert _clean(page)["published"] == "2031-06-01", (joint, byline)


@pytest.mark.parametrize(
    "line, junk",
    [
        # class: a cookie-consent banner ("Cookie Policy" became a person, then someone's counterpart)
        ("We use cookies to improve your experience. By continuing you agree to our Cookie Policy. [Accept]", True),
        ("Cookies: We use cookies to improve your experience. Accept | Manage", True),
        ("Este sitio usa cookies. Al continuar navegando acepta nuestra política de privacidad. [OK]", True),
        ("The two ministers agreed to continue talks on the ration cookies sold to the army.", False),
    ],
)
def test_a_cookie_consent_banner_is_junk(line, junk):
    assert clean.is_junk_line(line) == junk


@pytest.mark.parametrize(
    "line, junk",
    [
        # class: "Lomar Edições © 2031" at the foot (the owner before the mark) stayed text and became a person
        ("Lomar Edições © 2031", True),
        ("Velm Media Group © 2031. All rights reserved.", True),
        ("General Ivo Brant meets Admiral Karl Hesse © 2031 Lomar Times", False),  # a caption keeps its names
        ("The minister met the envoy in Zorgrad. © 2031 Agency", False),
    ],
)
def test_a_footers_owner_before_the_copyright_mark_is_junk(line, junk):
    assert clean.is_junk_line(line) == junk


@pytest.mark.parametrize("marker", ["Also in this section:", "More in this section", "More like this"])
def test_a_section_list_of_other_stories_is_chrome(marker):
    # class: "Also in this section:" opened a list of other stories' headlines ("PM X to visit Y, meet Crown Prince
    # Z") that stayed in the text and made a planned meeting of the article
    page = (
        "Ministers meet\n\nThe two ministers met on Monday in Lomar, the ministry said.\n\n"
        f"{marker}\n- PM Ivo Brant to visit Ostria, meet Crown Prince Teodor Velk\n- Dario Kell named foreign minister"
    )
    assert _clean(page)["paragraphs"] == [
        "Ministers meet",
        "The two ministers met on Monday in Lomar, the ministry said.",
    ]


@pytest.mark.parametrize(
    ("line", "author"),
    [("By: Ana Rell - Reporter / @anarell", "Ana Rell"), ("By: Tom Vex", "Tom Vex")],
)
def test_a_byline_with_a_colon_after_by_is_a_byline(line, author):
    # class: "By: X - Reporter / @handle": the colon kept the line from being read as a byline, so the reporter
    # became a person of the article (and a side of its meeting)
    assert headers.byline(line)["author"] == author


@pytest.mark.parametrize(
    ("byline", "bio"),
    [
        # class: a bio naming the outlet in the possessive ("X is Outlet's managing editor") was no bio
        ("By Mira Koval", "Mira Koval is Velmora Post's managing editor."),
        # class: the bio of the second of two bylined reporters was no bio of the page's author
        ("By Ivo Brant and Mira Koval", "Mira Koval is a senior fellow at the Velmora Institute."),
    ],
)
def test_the_bio_of_a_bylined_author_in_other_shapes_is_dropped(byline, bio):
    page = f"Ministers meet\n\n{byline}\n\nThe two defence ministers met in Zorgrad on Monday.\n\n{bio}"
    assert _clean(page)["paragraphs"] == ["Ministers meet", "The two defence ministers met in Zorgrad on Monday."]


@pytest.mark.parametrize(
    "comments",
    [
        # class: "Name | 2 hours ago: text" and "Name: text" comments were prose, so the commenters became persons
        "Ivo Brant | 3 hours ago: Good step, but where is the investment?\nMira K.: When will the radars arrive?\n"
        "teo_velk: Stay neutral!",
        # class: "Name from Town: text" read as prose ended the comment section, and "Name - text" was no signature
        "Ivo Brant from Lomar: Shame on the silence of the world!\nTeodor Velk - These attacks must stop.\n"
        "Mira K.: Where is the council?",
    ],
)
def test_comments_signed_first_under_a_comments_heading_are_chrome(comments):
    page = f"Ministers meet\n\nThe two defence ministers met in Zorgrad on Monday.\n\nComments (3)\n{comments}"
    assert _clean(page)["paragraphs"] == ["Ministers meet", "The two defence ministers met in Zorgrad on Monday."]


def test_a_line_opening_with_a_name_and_a_dash_outside_comments_stays_text():
    kept = "Ministers meet\n\nTeodor Velk - the new envoy - met the minister in Zorgrad on Monday."
    assert _clean(kept)["paragraphs"][1].startswith("Teodor Velk")


@pytest.mark.parametrize("line", ["Author Mira Koval", "Reporter Mira Koval"])
def test_an_author_label_without_a_colon_before_a_name_alone_is_a_byline(line):
    # class: "Author X Y" on its own line (a German broadcaster's page) made the reporter a person of the article
    assert headers.byline(line)["author"] == "Mira Koval"
    assert headers.byline("Editor Mira Koval said the talks went well.") is None


def test_a_dateline_with_its_year_after_a_slash():
    # class: "City, December 4/2026 (Agency) -" (an African agency's house style): the year after the slash was
    # not read, so the page had no date and "yesterday" in its story no day
    dl = headers.dateline("Zorgrad, December 4/2026 (ZNA) - The minister said.")
    assert (dl.place, dl.month_day, dl.year, dl.agency, dl.rest) == (
        "Zorgrad",
        (12, 4),
        2026,
        "ZNA",
        "The minister said.",
    )
    assert _clean("Zorgrad, December 4/2026 (ZNA) - The minister said.\n")["published"] == "2026-12-04"


@pytest.mark.parametrize("line", ["By Lomar Herald staff", "By Lomar Herald Staff", "By Velmora Wire desk"])
def test_a_byline_of_an_outlets_staff_names_the_outlet_without_the_staff_word(line):
    # class: "By X staff" left "X staff" as the outlet, so a person-tagged X in the page's header was kept as a
    # person of the article (the outlet's name no longer matched it)
    outlet = line.removeprefix("By ").rsplit(" ", 1)[0]
    assert headers.byline(line) == {"author": None, "outlet": outlet}


@pytest.mark.parametrize(
    ("lead", "published"),
    [
        ("LOMAR, 24.11.2031 /VNA/. The minister met his counterpart.", "2031-11-24"),
        ("LOMAR, 3.4.2031 - Talks.", "2031-04-03"),
        # class: "City, 15/05/2031 (Agency) - ...": the day, month and year set apart by slashes
        ("Lomar, 24/11/2031 (VNA) - The minister met his counterpart.", "2031-11-24"),
        # class: "City DD Month YYYY (Agency) - ...": no comma between the place and the date, as Libyan and
        # other North African agencies write it
        ("Lomar 08 November 2031 (VNA) - The minister met his counterpart.", "2031-11-08"),
        ("New Lomar November 8, 2031 (VNA) -- The minister met his counterpart.", "2031-11-08"),
    ],
)
def test_a_dateline_with_a_numeric_day_month_year_gives_the_publication_date(lead, published):
    # class: "CITY, 24.11.2031 /Agency/.": only month names were read in a dateline
    text = f"Minister meets counterparts in Lomar\n\n{lead}"
    assert clean.clean_document(text)["published"] == published


@pytest.mark.parametrize(
    "line, day",
    [
        ("11 April 2030", "2030-04-11"),
        ("Thursday, May 15, 2031", "2031-05-15"),
        ("Posted 11 April 2030", None),  # a cue word: a date line, not a bare date
        ("11 April 2030 | Lomar", None),
        ("From 11 April 2030 to 12 April 2030", None),
        # class: a dotted date spaced after each stop, day first ("08. 02. 2030."), was no date
        ("08. 02. 2030.", "2030-02-08"),
        ("3. 11. 2031", "2031-11-03"),
        # class: the same day in the Hijri calendar after the date, as Yemeni and Gulf agencies close a story
        ("Monday 21 October 2030 - 22 Safar 1452", "2030-10-21"),
        ("21 October 2030 / 5 Rabi Al-Awwal 1452 AH", "2030-10-21"),
    ],
)
def test_a_bare_date_is_one_date_and_at_most_a_weekday(line, day):
    assert headers.bare_date(line) == day


@pytest.mark.parametrize(
    "date_line, published",
    [
        # class: a desk's name after "by" written in lower case but for its first word, as Nordic outlets do
        ("Published 6 September 2031 by Lomars mediesenter", "2031-09-06"),
        # class: "Press release 14.2.2031 16.05": a press room's label before the date (and a time with a dot)
        ("Press release 14.2.2031 16.05", "2031-02-14"),
    ],
)
def test_a_date_line_with_a_press_rooms_label_or_a_lower_case_desk_gives_the_publication_date(date_line, published):
    text = f"Lomar chief visits Varnen\n\n{date_line}\n\nThe Chief of Defence received his counterpart on Tuesday."
    assert clean.clean_document(text)["published"] == published


def test_a_motto_of_clipped_phrases_under_the_sites_name_does_not_end_the_header():
    # class: "Our Army. Protection & Help." under a ministry's menu was read as the first prose line, so the date line
    # under the headline was no longer looked for
    text = (
        "LOMAR ARMY  |  News  |  Careers\nOur Army. Safety & Help.\n\nMinister writes to counterparts\n\n"
        "Varnen, 28. Februar 2031\n\nThe Minister of Defence has sent a letter to her counterparts."
    )
    assert clean.clean_document(text)["published"] == "2031-02-28"


def test_a_published_line_at_the_foot_above_related_links_gives_the_publication_date():
    # class: a `Published: <date> | Updated: <date>` line at the page's foot, in one block with a `Related:` link, was
    # dropped with the link as a run of short lines before its date was read
    text = (
        "Lomar Press Agency\n\nHead of State receives envoy\n\n"
        "Varnen - The President received the envoy on Wednesday at the palace.\n\n"
        "The talks covered maritime security.\n\n"
        "Published: 03 Jul 2031 - 19:02 | Updated: 03 Jul 2031 - 19:30\nRelated: Lomar, Varnen sign accord"
    )
    assert clean.clean_document(text)["published"] == "2031-07-03"


def test_a_french_byline_names_the_author_not_a_person_of_the_story():
    # class: "Par X Y" at the foot of a francophone agency's English page (French "by"): X Y was read as a person
    assert headers.byline("Par Ivo Brant") == {"author": "Ivo Brant", "outlet": None}
    assert headers.byline("Par ailleurs, le ministre a reçu Ivo Brant") is None


def test_a_spaced_dotted_date_under_the_menu_is_the_publication_date():
    # class: a ministry page's date line "08. 02. 2030." under its menus gave no publication date, so "today" in
    # the story fixed no day
    text = (
        "Ministry of Defence | Armed Forces | Media Centre | English\n\nHome > News\n\n"
        "General Brant holds video conference with Kenyan chief\n\n08. 02. 2030.\n\n"
        "General Ivo Brant held a video conference today with General Karl Hesse.\n"
    )
    assert clean.clean_document(text)["published"] == "2030-02-08"


def test_hashtag_lines_and_a_bracketed_byline_at_the_foot_do_not_reach_the_text():
    # class: "Keywords #A B #C D" with no colon, a line of hashtags alone, and "(By X and Y)" closing a story:
    # the tagged names, exercises and reporters became persons of the article
    page = "\n\n".join(
        [
            "Ministers meet in Tallinn",
            "Defence Minister Ivo Brant received his Latvian counterpart Lena Ott in Tallinn on Monday.",
            "(By Mira Koval and Olaf Berger)",
            "Keywords #Ivo Brant #Lena Ott #Kestrel Shield",
            "#Tallinn #defence #Lena Ott",
        ]
    )
    assert _clean(page)["paragraphs"] == [
        "Ministers meet in Tallinn",
        "Defence Minister Ivo Brant received his Latvian counterpart Lena Ott in Tallinn on Monday.",
    ]
    assert headers.byline("[By Mira Koval]")["author"] == "Mira Koval"


def test_a_role_before_a_name_a_name_before_a_site_and_a_trailing_credit_are_credits():
    # class: "Political reporter X Y" and "X Y | Lomarpost.com" on lines of their own, and "... Credit: AGENCY / X Y"
    # closing a caption: the reporters and the photographer became persons of the article
    page = "\n\n".join(
        [
            "Ministers meet in Accra",
            "Political reporter Mira Koval",
            "Olaf Berger | Lomarpost.com",
            "General Karl Hesse met Admiral Ivo Brant in Accra on Monday.",
            "Photo: General Karl Hesse with Admiral Ivo Brant at the ministry. Credit: GNW / Teodor Velk",
        ]
    )
    paragraphs = _clean(page)["paragraphs"]
    assert paragraphs[:2] == ["Ministers meet in Accra", "General Karl Hesse met Admiral Ivo Brant in Accra on Monday."]
    assert not any(name in " ".join(paragraphs) for name in ("Mira Koval", "Olaf Berger", "Teodor Velk"))
    assert headers.credit_line("Defence Correspondent Mira Koval") == "Mira Koval"
    assert headers.credit_line("Defence Minister Mira Koval") is None


def test_a_photo_by_credit_closing_a_caption_is_cut():
    # class: a caption closed by "Agency photo by <rank> Z]": the photographer
    # became a person of the article
    page = "\n\n".join(
        [
            "General Karl Hesse met Admiral Ivo Brant in Oslo on Monday.",
            "[Photo: General Karl Hesse hosts Admiral Ivo Brant at the ministry. MOD photo by Sgt. Teodor Velk]",
        ]
    )
    assert "Teodor Velk" not in " ".join(_clean(page)["paragraphs"])
    assert "hosts Admiral Ivo Brant" in _clean(page)["paragraphs"][-1]


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("October 12, 2031  14:20  The Palace, Moscow", ("Moscow", (10, 12), 2031)),
        ("3 March 2031, 10:05 Cairo", ("Cairo", (3, 3), 2031)),
        ("March 3, 2031 10:05 Ministry of Defence, Velkaria", None),  # no city of the gazetteer
        ("March 3, 2031 Politics", None),
    ],
)
def test_a_date_line_ending_in_a_venue_and_city_is_a_dateline(line, found):
    dl = headers.date_then_place(line)
    assert (dl and (dl.place, dl.month_day, dl.year)) == found


@pytest.mark.parametrize("mark", [":", " :"])
def test_a_reporters_name_run_into_the_lead_with_a_colon_is_the_byline(mark):
    # class: "By X Y: Minister Z will meet ...": the reporter's name was left in the lead, read as a person and made
    # a side of the meeting the lead told
    doc = clean.clean_document(
        f"Ministers to meet\n\nBy Helen Lomar{mark} Minister Ivo Brant will meet Karl Hesse in Zorgrad.\n".encode()
    )
    assert doc["author"] == "Helen Lomar"
    assert doc["paragraphs"][-1] == "Minister Ivo Brant will meet Karl Hesse in Zorgrad."
    # a sentence that opens with "By" and a colon later is no byline
    doc = clean.clean_document(b"Ministers to meet\n\nBy Tuesday the talks had one aim: peace in the region.\n")
    assert doc["paragraphs"][-1] == "By Tuesday the talks had one aim: peace in the region."


def test_an_outlet_and_reporter_after_a_dateline_are_the_byline():
    # class: "ZORGRAD, September 20, 2031 – Lomar news agency, X Y": what the dateline left on its line was kept as a
    # paragraph, and the reporter's name was read as a person of the story
    doc = clean.clean_document(
        "Delegation visits\n\nZORGRAD, September 20, 2031 – Lomar news agency, Helen Lomar\n\n"
        "Minister Ivo Brant received Karl Hesse on Thursday.\n".encode()
    )
    assert (doc["author"], doc["outlet"]) == ("Helen Lomar", "Lomar news agency")
    assert doc["paragraphs"][1:] == ["Minister Ivo Brant received Karl Hesse on Thursday."]


@pytest.mark.parametrize("line", ["Helen Lomar, Abu Dhabi", "Helen Lomar, Bangkok - Lomar Defence Weekly"])
def test_a_reporter_and_the_city_filed_from_on_a_line_of_their_own_are_the_byline(line):
    # class: "X Y, Abu Dhabi" under a trade weekly's headline: the reporter's line was kept as text and the name read
    # as a person of the story
    doc = clean.clean_document(f"Ministers meet\n\n{line}\n\nMinister Ivo Brant received Karl Hesse.\n".encode())
    assert doc["author"] == "Helen Lomar"
    assert doc["paragraphs"][1:] == ["Minister Ivo Brant received Karl Hesse."]
    # a name and a word that is no place is no byline
    doc = clean.clean_document(b"Ministers meet\n\nIvo Brant, Minister\n\nMinister Ivo Brant received Karl Hesse.\n")
    assert doc["author"] != "Ivo Brant"


@pytest.mark.parametrize(
    "line, name",
    [
        ("BY KARL HESSE [karl.hesse@example.com]", "KARL HESSE"),
        ("BY CHO DAE-HWAN", "CHO DAE-HWAN"),
        ("By Karl Hesse [karl.hesse@example.com]", "Karl Hesse"),
    ],
)
def test_a_byline_in_capitals_or_with_a_bracketed_address_is_a_credit_line(line, name):
    # class: "BY NAME [address]" under a standfirst: the byline's name in capitals did not look like a person's and
    # a square-bracketed address did not end a byline, so the reporter became a person of the story
    assert headers.credit_line(line) == name
