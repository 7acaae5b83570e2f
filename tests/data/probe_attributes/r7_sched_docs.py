"""Invented probe articles for the status and day of a meeting (issue 13, classes 4 and 6, round 7): headlines
and sentences that announce a visit or talks to come ("to visit X, meet Y", "set to hold talks", "is due to
meet", "will meet"), talks put off or called off, one subject meeting two people on two days, and a photo
caption that describes the meeting. Every name and sentence is invented. Read by make_probe.py (DOCS.update);
2024-03-14 is a Thursday."""

DAY = "2024-03-14"


def r7_sched_docs(H, M) -> dict:
    """doc_id -> (published, text, gold meetings); `H` builds the crawl header, `M` a gold meeting."""
    docs = {}
    for group in (_planned, _called_off, _two_days, _captions):
        docs.update({f"r7s_{k}": v for k, v in group(H, M).items()})
    return docs


def _planned(H, M) -> dict:
    """A meeting told as coming: headline infinitives and the future phrasings of wire copy."""
    return {
        "hl_to_visit_meet": (
            DAY,
            H(DAY) + "Kazakh defence chief to visit Ankara, meet Turkish counterpart\n\n"
            "Kazakh Defence Minister Daniyar Seitkali will travel to Ankara next week, where he is to meet Turkish "
            "Defence Minister Kemal Aydin, the ministry said on Thursday.",
            [M(["Daniyar Seitkali", "Kemal Aydin"], "Kemal Aydin", None, "Ankara", status="planned")],
        ),
        "hl_to_visit_meet_only": (
            DAY,
            H(DAY)
            + "Uzbek defence minister Sardor Nematov to visit Baku, meet Azerbaijani counterpart Zakir Rustamli\n\n"
            "The visit will focus on defence industry cooperation.",
            [M(["Sardor Nematov", "Zakir Rustamli"], "Zakir Rustamli", None, "Baku", status="planned")],
        ),
        "hl_to_meet_then_will_host": (
            DAY,
            H(DAY) + "Defence Minister Zawadi Mrema to meet Otieno Barasa in Dodoma\n\n"
            "Tanzanian Defence Minister Zawadi Mrema will host her Kenyan counterpart Otieno Barasa on Friday.",
            [M(["Zawadi Mrema", "Otieno Barasa"], "Zawadi Mrema", "2024-03-15", "Dodoma", status="planned")],
        ),
        "due_next_week_officials_said": (
            DAY,
            H(DAY) + "Omani Chief of Staff Lieutenant General Hamood Al-Busaidi is due to meet Qatari Chief of Staff "
            "Lieutenant General Jassim Al-Kuwari in Doha next week, officials said on Wednesday.",
            [M(["Hamood Al-Busaidi", "Jassim Al-Kuwari"], "Jassim Al-Kuwari", None, "Doha", status="planned")],
        ),
        "set_to_hold_talks": (
            DAY,
            H(DAY) + "Malaysian Defence Minister Datuk Roslan Hamdan is set to hold talks with Thai Defence Minister "
            "Somchai Wongsiri in Kuala Lumpur on Monday.",
            [M(["Roslan Hamdan", "Somchai Wongsiri"], "Roslan Hamdan", "2024-03-18", "Kuala Lumpur", status="planned")],
        ),
        "will_meet": (
            DAY,
            H(DAY) + "Nigerian Chief of Army Staff Lieutenant General Sani Yelwa will meet Ghanaian Chief of "
            "Army Staff Major General Kwesi Ofori in Accra on Friday.",
            [M(["Sani Yelwa", "Kwesi Ofori"], "Kwesi Ofori", "2024-03-15", "Accra", status="planned")],
        ),
        "due_to_meet": (
            DAY,
            H(DAY) + "Indonesian Defence Minister Bambang Wiratama is due to meet Vietnamese Defence Minister "
            "General Le Quang Minh in Jakarta on March 20.",
            [M(["Bambang Wiratama", "Le Quang Minh"], "Bambang Wiratama", "2024-03-20", "Jakarta", status="planned")],
        ),
        "is_to_meet": (
            DAY,
            H(DAY) + "Nigerian Chief of Defence Staff General Emeka Okonkwo is to meet Kenyan Chief of Defence "
            "Forces General Daniel Kiprono in Nairobi on Monday.",
            [M(["Emeka Okonkwo", "Daniel Kiprono"], "Daniel Kiprono", "2024-03-18", "Nairobi", status="planned")],
        ),
        "expected_to_hold_talks": (
            DAY,
            H(DAY) + "Egyptian Defence Minister General Hatem Soliman is expected to hold talks with Saudi "
            "Deputy Defence Minister Khalid Al-Rashed in Riyadh next Tuesday.",
            [M(["Hatem Soliman", "Khalid Al-Rashed"], "Khalid Al-Rashed", "2024-03-19", "Riyadh", status="planned")],
        ),
        "hl_set_to_meet_next_week": (
            DAY,
            H(DAY) + "Mongolian defence minister set to meet Chinese counterpart next week\n\n"
            "Mongolian Defence Minister Ganbold Tserendorj and Chinese Defence Minister Admiral Liang Wenhao are "
            "scheduled to meet in Beijing next week, officials said.",
            [M(["Ganbold Tserendorj", "Liang Wenhao"], "Liang Wenhao", None, "Beijing", status="planned")],
        ),
    }


def _called_off(H, M) -> dict:
    """Talks put off without a new day (cancelled), put off to a day (planned), or called off."""
    return {
        "postponed_no_day": (
            DAY,
            H(DAY) + "A meeting between Kenyan Defence Cabinet Secretary Joseph Wanyama and Tanzanian Defence "
            "Minister Halima Mushi that was planned for March 20 has been postponed.",
            [M(["Joseph Wanyama", "Halima Mushi"], None, "2024-03-20", None, status="cancelled")],
        ),
        "called_off": (
            DAY,
            H(DAY) + "Pakistani Army Chief General Shehzad Warraich has called off his talks with Afghan Defence "
            "Minister Abdul Wahid Rahmani that were planned for March 21.",
            [M(["Shehzad Warraich", "Abdul Wahid Rahmani"], None, "2024-03-21", None, status="cancelled")],
        ),
        "called_off_planned_meeting": (
            DAY,
            H(DAY) + "Vietnamese Defence Minister General Phan Duc Thang called off a planned meeting with Lao "
            "Defence Minister General Bounmy Keomany.",
            [M(["Phan Duc Thang", "Bounmy Keomany"], None, None, None, status="cancelled")],
        ),
        "postponed_to_day": (
            DAY,
            H(DAY) + "Brazilian Defence Minister Carlos Peixoto postponed his meeting with Argentine Defence "
            "Minister Julian Ocampo to March 25.",
            [M(["Carlos Peixoto", "Julian Ocampo"], None, "2024-03-25", None, status="planned")],
        ),
    }


def _two_days(H, M) -> dict:
    """One subject, two counterparts, two days: each meeting keeps its own day."""
    return {
        "met_a_monday_b_tuesday": (
            DAY,
            H(DAY) + "In Hanoi, Indian Defence Secretary Arvind Kapoor met Vietnamese Deputy Defence Minister "
            "Senior Lieutenant General Pham Van Hoa on Monday and Vietnamese Chief of General Staff General Do "
            "Minh Tuan on Tuesday.",
            [
                M(["Arvind Kapoor", "Pham Van Hoa"], "Pham Van Hoa", "2024-03-11", "Hanoi"),
                M(["Arvind Kapoor", "Do Minh Tuan"], "Do Minh Tuan", "2024-03-12", "Hanoi"),
            ],
        ),
        "met_a_b_weekdays_no_place": (
            DAY,
            H(DAY) + "Pakistani Army Chief General Shehzad Warraich met Saudi Chief of Staff General Fahd Al-Otaibi on "
            "Monday and Emirati Chief of Staff Lieutenant General Hamad Al-Mazrouei on Wednesday.",
            [
                M(["Shehzad Warraich", "Fahd Al-Otaibi"], None, "2024-03-11"),
                M(["Shehzad Warraich", "Hamad Al-Mazrouei"], None, "2024-03-13"),
            ],
        ),
        "met_a_dated_b_dated": (
            DAY,
            H(DAY) + "Kazakh Chief of General Staff Colonel General Nurlan Abenov held talks with Uzbek Defence "
            "Minister Bakhodir Yusupov on March 11 and with Kyrgyz Defence Minister Almaz Toktomushev on March 12.",
            [
                M(["Nurlan Abenov", "Bakhodir Yusupov"], None, "2024-03-11"),
                M(["Nurlan Abenov", "Almaz Toktomushev"], None, "2024-03-12"),
            ],
        ),
    }


def _captions(H, M) -> dict:
    """A caption line that describes the people is part of the article; a credit names only its source."""
    return {
        "photo_caption_meeting": (
            DAY,
            H(DAY) + "Defence chiefs discuss border security\n\n"
            "Photo: Ghanaian Defence Minister Kwame Asante shakes hands with Togolese Defence Minister Essozimna "
            "Koffi during their meeting in Accra on Tuesday.\n\n"
            "The two ministers discussed border security and joint patrols.",
            [M(["Kwame Asante", "Essozimna Koffi"], "Kwame Asante", "2024-03-12", "Accra")],
        ),
        "photo_caption_present": (
            DAY,
            H(DAY)
            + "Photo: Malaysian Defence Minister Hisham Zulkarnain (left) meets Singaporean Defence Minister Lim "
            "Wei Ming at the ministry in Putrajaya on Monday.\n\n"
            "The ministers discussed maritime security.",
            [M(["Hisham Zulkarnain", "Lim Wei Ming"], "Hisham Zulkarnain", "2024-03-11", "Putrajaya")],
        ),
        "photo_credit_then_story": (
            DAY,
            H(DAY) + "Photo: Probe News Agency\n\n"
            "Thai Army Chief General Prasit Chaiyasit met Lao Army Commander Lieutenant General Somphone "
            "Vongsa in Vientiane on Monday.",
            [M(["Prasit Chaiyasit", "Somphone Vongsa"], "Somphone Vongsa", "2024-03-11", "Vientiane")],
        ),
    }
