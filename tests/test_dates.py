"""Meeting dates: datelines, weekdays and relative days against the publication day (invented texts)."""

from __future__ import annotations

import pytest

from pipeline.nlp import dates


@pytest.mark.parametrize(
    "text,expected",
    [
        ("LISBON, March 4, 2019 - The minister met his guest.", "March 4, 2019"),
        ("OSLO, November 12. /Agency/. The two generals met.", "November 12"),
        ("HANOI, Oct.9 -- The delegation arrived.", "Oct.9"),
        ("[Kenya], 14 June (XNA): The chief of staff received ...", "14 June"),
        ("LIMA, Peru, May 2 (Wire) - Talks were held.", "May 2"),
    ],
)
def test_dispatch_datelines_give_their_day(text, expected):
    assert dates.dateline_date_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On May 4, the ministers met in Lisbon.",
        "In Lisbon, May 4 was a busy day.",
        "Meanwhile, June 2 saw more talks.",
        "The minister met his guest on March 4.",
    ],
)
def test_sentences_that_only_start_with_a_date_have_no_dateline(text):
    assert dates.dateline_date_text(text) is None


def test_a_date_after_the_dateline_is_the_meeting_day():
    text = "QUITO, Aug 7 (Wire) -- The defence chief held a phone call on August 6 with his counterpart."
    assert dates.find_date_text(text) == "August 6"
    assert dates.find_date_text("QUITO, Aug 7 (Wire) -- The chief held a phone call.") == "Aug 7"


def test_a_dateline_with_its_year_resolves_without_a_publication_day():
    assert dates.resolve_date(dates.dateline_date_text("LISBON, March 4, 2019 - Talks."), None) == "2019-03-04"
    assert dates.resolve_date(dates.dateline_date_text("OSLO, November 12. Talks."), None) is None
    assert dates.resolve_date(dates.dateline_date_text("OSLO, November 12. Talks."), "2020-01-03") == "2019-11-12"


@pytest.mark.parametrize("published", [None, "", "NaT", "not a date", float("nan")])
def test_a_missing_publication_day_is_none(published):
    assert dates.parse_day(published) is None
    assert dates.resolve_date("yesterday", published) is None


def test_a_report_day_dates_the_meeting_only_when_no_other_day_is_given():
    assert dates.find_date_text("The ministers met in Lima, the ministry said on Monday.") == "Monday"
    assert dates.find_date_text("The ministers met in Lima on Sunday, the ministry said on Monday.") == "Sunday"
    assert (
        dates.find_date_text("The commanders discussed cooperation, the ministry reported on October 14.")
        == "October 14"
    )


@pytest.mark.parametrize(
    "text,published,future,expected",
    [
        ("on Wednesday", "2022-10-06", False, "2022-10-05"),
        ("on Wednesday", "2024-04-10", True, "2024-04-10"),
        ("on Friday", "2024-04-10", True, "2024-04-12"),
        ("yesterday", "2021-12-14", False, "2021-12-13"),
        ("today", "2021-12-14", False, "2021-12-14"),
        ("Tomorrow", "2021-12-14", True, "2021-12-15"),
        ("held on 2022-10-05 in Baku", None, False, "2022-10-05"),
        ("on Sunday", "2024-04-10", False, "2024-04-07"),
        ("on December 29", "2023-01-03", False, "2022-12-29"),
        ("on 22 November", "2022-11-23", False, "2022-11-22"),
        ("on January 5", "2022-12-20", True, "2023-01-05"),
        ("on September 8, 2022", None, False, "2022-09-08"),
        ("on Tuesday", None, False, None),
        ("on July 14", None, False, None),
        # a span of days written day first is told by its first day, as "March 11-12" is (issue 13, class 1)
        ("on 11-12 March", "2024-03-14", False, "2024-03-11"),
        ("on 12 and 13 March 2023", None, False, "2023-03-12"),
        ("from 4 to 6 January", "2024-12-20", True, "2025-01-04"),
        ("on March 11-12", "2024-03-14", False, "2024-03-11"),
        # days counted back from the publication day
        ("the day before yesterday", "2024-03-14", False, "2024-03-12"),
        ("two days ago", "2024-03-14", False, "2024-03-12"),
    ],
)
def test_dates_resolve_against_publication(text, published, future, expected):
    assert dates.resolve_date(dates.find_date_text(text), published, future=future) == expected


@pytest.mark.parametrize("text", ["next week", "in March", "earlier this year"])
def test_no_day_fixed(text):
    assert dates.find_date_text(text) is None


@pytest.fixture
def date_words(models_copy):
    """Edits clean/dates.json in a copy of `models/` (see conftest.models_copy)."""
    return lambda change: models_copy("clean/dates.json", change, dates)


def test_the_date_words_are_read_from_the_models_file():
    assert dates.months()["sept"] == 9 and dates.weekdays()[0] == "monday"
    assert "said" in dates._words()["report_verb_forms"]


def test_a_month_form_added_to_the_models_file_is_read(date_words):
    assert dates.find_date_text("The talks were held on Setembro 5.") is None
    date_words(lambda d: d["sentence_months"].update(setembro=9))
    assert dates.find_date_text("The talks were held on Setembro 5.") == "Setembro 5"
    assert dates.resolve_date("Setembro 5", "2024-10-01") == "2024-09-05"


def test_a_reporting_verb_added_to_the_models_file_dates_the_report_not_the_meeting(date_words):
    text = "The ministry tweeted on Monday that the two generals met on Sunday."
    assert dates.find_date_text(text) == "Monday"
    date_words(lambda d: d["report_verb_forms"].append("tweeted"))
    assert dates.find_date_text(text) == "Sunday"


# --- issue 13, meeting dates: vague times fix no day; a weekday "last week" ----------------------------------------


@pytest.mark.parametrize(
    "text, vague",
    [
        ("The two ministers met last week in Lagos.", True),
        ("Earlier this month, the chiefs held talks in Quito.", True),
        ("The envoy recently called on the minister.", True),
        ("The two ministers met on Monday last week.", False),  # a day is named
        ("The recently appointed envoy met the minister on Monday.", False),
        ("The recently appointed envoy met the minister.", False),  # "recently" dates the appointment
        ("The two ministers met in Lagos.", False),
        # class: "some weeks after a call between A and B": the call has no day (it took the page's)
        ("The trip follows some weeks after a phone call of the two ministers.", True),
        ("Later in the week, the chief joined his counterparts for a trilateral meeting.", True),
    ],
)
def test_vague_times_fix_no_day(text, vague):
    assert dates.vague_time(text) is vague


@pytest.mark.parametrize(
    "text, month_only",
    [
        ("The visit follows talks in Lima in May between the two chiefs.", True),
        ("The chiefs last met in early June 2029.", True),
        ("The chiefs last met in 2028.", True),
        ("The chiefs met in May, on the sidelines of the forum.", True),
        ("The chiefs met on 3 May in Lima.", False),  # a day is named
        ("The chiefs met in Lima on Tuesday, the first such talks since 2019.", False),
        ("The chiefs met in Lima.", False),
    ],
)
def test_a_month_or_year_without_a_day(text, month_only):
    assert dates.month_without_day(text) is month_only


@pytest.mark.parametrize(
    "text, future, expected",
    [
        ("The talks were held on the 3rd of this month in Lima.", False, "2030-05-03"),
        ("The delegation was received at the base on the 19th.", False, "2030-05-19"),
        ("The envoy met the chief on the 29th.", False, "2030-04-29"),  # after today: the month before
        ("The chiefs met on the 31st, before the exercise.", False, None),  # no 31 April
        ("The minister will arrive on the 2nd.", True, "2030-06-02"),  # a planned day before today: next month's
        ("They met on the 2nd day of the visit.", False, None),  # an ordinal of something else
    ],
)
def test_a_day_of_the_month_alone_is_of_the_publication_month(text, future, expected):
    # class: "received ... on the 29th" / "on the 14th of this month" (GOLD: resolved against the publication date)
    found = dates.find_date_text(text)
    assert (dates.resolve_date(found, "2030-05-20", future=future) if found else None) == expected


def test_a_weekday_last_week_is_that_day_of_the_week_before():
    # published on a Thursday: "Monday last week" is ten days before, "Monday" three
    assert dates.resolve_date(dates.find_date_text("They met on Monday last week."), "2030-05-09") == "2030-04-29"
    assert dates.resolve_date(dates.find_date_text("They met on Monday."), "2030-05-09") == "2030-05-06"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The sides discussed the joint drills of 2021, first held in 1998.", 2021),
        ("The deal signed in May 2025 was worth USD 142 billion.", 2025),
        ("The army plans to modernise by 2030 under Vision 2035; it began in 2019.", 2019),
        ("They signed the plan of cooperation for 2027, agreed in 2024.", 2024),
        ("2,021 troops took part in the 2020s.", None),
        ("No year at all.", None),
        # class: "since 2009" gave a yearless dateline of this year's March the year 2009
        ("The troops have fought insurgents in the north-east since 2009.", None),
        ("The pact was signed in 2024; troops have trained together since 2011.", 2024),
        # class: the start of a span told in a clause opened by "since" ("since the plan began in 2000")
        ("Aid has flowed since the cooperation plan began in 2000.", None),
        ("Aid has flowed since 2009 and in 2024 the chiefs met.", 2024),
        # class: a year of what is to come ("the next meeting will take place in 2025") dated a yearless dateline
        ("The chiefs met in 2024. The next meeting will take place in Lomar in 2026.", 2024),
        ("The ministers met in Lomar. The upcoming summit is set for 2031.", None),
        # the same for years listed after "and" in that clause ("will hold drills in 2025 and 2026")
        ("Lomar left the bloc in 2024. Its forces will hold drills in 2025 and 2026.", 2024),
        # class: the edition year a named exercise carries after a hyphen ("the Kestrel-2031 drills") was no year
        ("The Kestrel-2031 drills open in Lomar next week; the series began in 2016.", 2031),
        ("The drills of 2019-2021 ended.", 2019),  # (a span's second year still needs a word before the hyphen)
    ],
)
def test_the_year_a_text_names_last_leaving_out_targets(text, year):
    assert dates.text_year(text) == year


def test_a_yearless_day_takes_the_text_year_only_without_a_publication_date():
    assert dates.resolve_date("October 14", None, year=2021) == "2021-10-14"
    assert dates.resolve_date("Monday", None, year=2021) is None  # a weekday needs the publication day
    assert dates.resolve_date("October 14", "2024-01-02", year=2021) == "2023-10-14"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The two chiefs met this morning.", "2024-03-14"),
        ("The two chiefs met last night.", "2024-03-13"),
        ("The two chiefs met yesterday afternoon.", "2024-03-13"),
    ],
)
def test_parts_of_a_day_count_from_the_publication_day(text, day):
    assert dates.resolve_date(dates.find_date_text(text), "2024-03-14") == day


def test_every_day_a_sentence_names_in_order():
    found = dates.date_candidates("X, who arrived on Sunday, met Y on Monday, the ministry said on Friday.")
    assert [t for _, _, t in found] == ["Sunday", "Monday"]


@pytest.mark.parametrize(
    "sentence,day",
    [
        ("The chiefs met in Accra on 12/03/2024.", "2024-03-12"),  # 3 December is after publication
        ("The chiefs met in Accra on 3/12/2024.", "2024-03-12"),  # month first: 12 March
        ("The chiefs met in Accra on 25.02.2024.", "2024-02-25"),  # only one reading is a date
        ("The chiefs met in Accra on 02/03/2024.", None),  # 2 March or 3 February: the text does not fix it
    ],
)
def test_a_numeric_date_in_a_sentence_read_the_one_way_that_fits(sentence, day):
    text = dates.find_date_text(sentence)
    assert text is not None
    assert dates.resolve_date(text, "2024-03-14") == day


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ivo Dral will travel to Quito next week to meet his counterpart, the ministry said on Thursday.",
        "The ministry said on Monday that General Tamsin Oduya would hold talks in Lagos in the coming days.",
        "The two chiefs met last week, the army reported on Friday.",
    ],
)
def test_a_report_day_does_not_date_a_meeting_placed_vaguely(text):
    """Issue 13, class 6: a meeting told as "next week" has no day; the day of the report is not its day."""
    assert dates.find_date_text(text) is None
    assert dates.vague_time(text)


def test_next_weekday_written_on_that_weekday_is_a_week_on():
    """ "will meet next Tuesday" in a Tuesday's paper is the Tuesday after; "on Tuesday" that day; "next Friday" the
    coming one."""
    assert dates.resolve_date("next Tuesday", "2031-09-02", future=True) == "2031-09-09"
    assert dates.resolve_date("on Tuesday", "2031-09-02", future=True) == "2031-09-02"
    assert dates.resolve_date("next Friday", "2031-09-02", future=True) == "2031-09-05"


def test_next_weekday_keeps_its_next_in_the_sentence():
    text = "Minister A will hold talks with B in Zorgrad next Tuesday, the ministry announced Tuesday."
    assert dates.find_date_text(text) == "next Tuesday"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("X received on Monday 27 November in Bamako the Russian deputy minister.", "Monday 27 November"),
        ("They met on Monday, November 27, 2023 in Bamako and again on Tuesday.", "Monday, November 27, 2023"),
    ],
)
def test_a_weekday_right_before_a_day_of_the_month_is_one_date(sentence, expected):
    """ "on Monday 27 November": the weekday and the day are one date, which fixes the day where no publication date
    does (the weekday alone was taken, class)."""
    assert dates.find_date_text(sentence) == expected
    assert dates.resolve_date(expected, None, year=2023) == "2023-11-27"


@pytest.mark.parametrize(
    "sentence, day",
    [
        ("Brant, who won the February 14 election, has since held talks with envoys.", None),
        ("The talks came a week after the October 7 attacks.", None),
        ("The May 5 meeting was held in Lomar.", "May 5"),  # a meeting's own day
        ("Brant met Hesse on February 14, the day of the election.", "February 14"),
    ],
)
def test_the_day_of_another_event_dates_no_meeting(sentence, day):
    """Class: "the February 14 election" gave a sentence about meetings "in recent weeks" the election's day."""
    assert dates.find_date_text(sentence) == day


@pytest.mark.parametrize(
    "sentence", ["He visited the 1st Jungle Infantry Brigade.", "He met troops of the 3rd Marine Division."]
)
def test_a_month_abbreviation_must_be_a_whole_word(sentence):
    # class: "1st Jun(gle)", "3rd Mar(ine)": a unit's ordinal and the start of its name read as a day and month
    assert dates.find_date_text(sentence) is None


def test_a_weekday_with_its_day_in_brackets_is_that_day():
    """ "on Tuesday (12 March 2031)": the day in brackets fixes the weekday, where no publication date does (the
    weekday alone was taken and the meeting left undated, class)."""
    day = dates.find_date_text("The envoy was welcomed to the headquarters on Tuesday (12 March 2031).")
    assert dates.resolve_date(day, None, year=None) == "2031-03-12"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("General Brant is due to call on the minister in Velm on November 5 next year.", "2032-11-05"),
        ("The two chiefs first met on March 3 last year in Velm.", "2030-03-03"),
        ("They will meet again on Tuesday next year.", None),  # a weekday takes no year word
    ],
)
def test_a_year_word_after_a_month_day_sets_its_year(sentence, expected):
    """ "on November 5 next year": the year word was dropped, so a plan was dated this year (class)."""
    day = dates.find_date_text(sentence)
    resolved = dates.resolve_date(day, "2031-10-01", future=True)
    assert resolved == expected if expected else not day.endswith("year")


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        (
            "The minister's scheduled talks with the envoy on Monday (28) will cover the port.",
            "2031-07-24",
            "2031-07-28",
        ),
        ("He met the envoy on Friday (18) at the ministry.", "2031-07-28", "2031-07-18"),  # not the 25th
        ("He met the envoy on Friday (3) at the ministry.", "2031-07-24", "2031-07-18"),  # no such Friday: the weekday
    ],
)
def test_a_weekday_with_its_day_of_the_month_in_brackets_is_that_day(sentence, published, expected):
    """ "on Monday (28)": the day of the month in brackets, as South Asian papers write it, fixes which Monday (the
    weekday alone was counted back from the publication, class)."""
    day = dates.find_date_text(sentence)
    assert dates.resolve_date(day, published) == expected
