"""Second batch of the crawl probe (tests/data/probe_crawl/make_probe.py): a sidebar of dated headlines above
the article, a page's today widget beside its own date, published and updated dates, title-case headlines,
newsletter prompts naming a columnist, bracketed datelines, agency tags after the first sentence, retired
officers' bylines, and persons whose country only a dateline, a body or a post tells. Every name is invented."""


def more_docs(P, M):
    return {
        "cr2_sidebar_dates_above": (
            "2024-03-05",
            "Latest News\n"
            "Navy commissions new corvette March 1, 2024\n"
            "Army holds drill in the north February 28, 2024\n\n"
            "Ghana, Togo army chiefs meet in Lomé\n\n"
            "March 5, 2024\n\n"
            "Ghanaian Chief of Army Staff Major General Yaw Ofosu-Darko met Togolese Chief of Army Staff General "
            "Kossi Atchou in Lomé on Monday.\n\n"
            "The two generals discussed attacks by armed groups in the north.",
            [P("Yaw Ofosu-Darko", "Ghana"), P("Kossi Atchou", "Togo")],
            [M(["Yaw Ofosu-Darko", "Kossi Atchou"], host="Kossi Atchou", date="2024-03-04", location="Lomé")],
        ),
        "cr2_widget_and_own_date": (
            "2024-04-18",
            "Saturday, April 20, 2024\n\n"
            "Home / News / Asia\n\n"
            "Thai, Cambodian defence ministers hold talks\n\n"
            "Published: April 18, 2024 | Updated: April 19, 2024\n\n"
            "Thai Defence Minister Chaiwat Boonmee held talks with Cambodian Defence Minister Sok Vannara in Phnom "
            "Penh on Wednesday.\n\n"
            "They agreed to reopen two border checkpoints.",
            [P("Chaiwat Boonmee", "Thailand"), P("Sok Vannara", "Cambodia")],
            [M(["Chaiwat Boonmee", "Sok Vannara"], host="Sok Vannara", date="2024-04-17", location="Phnom Penh")],
        ),
        "cr2_title_case_headline": (
            "2024-09-25",
            "Defence Chiefs Of Kenya And Somalia Meet In Mogadishu\n\n"
            "September 25, 2024\n\n"
            "MOGADISHU — Kenya's Chief of Defence Forces General Jeremiah Kiprop met Somali National Army commander "
            "General Abdullahi Hersi Farah in Mogadishu on Tuesday.\n\n"
            "They discussed the handover of bases to Somali forces.",
            [P("Jeremiah Kiprop", "Kenya"), P("Abdullahi Hersi Farah", "Somalia")],
            [
                M(
                    ["Jeremiah Kiprop", "Abdullahi Hersi Farah"],
                    host="Abdullahi Hersi Farah",
                    date="2024-09-24",
                    location="Mogadishu",
                )
            ],
        ),
        "cr2_newsletter_columnist": (
            "2024-11-13",
            "Sign up for Marta Quintero's weekly security briefing\n\n"
            "Peru, Bolivia defence ministers meet\n\n"
            "November 13, 2024\n\n"
            "Peruvian Defence Minister Walter Quispe Huaman received Bolivian Defence Minister Edmundo Choque "
            "Mamani in Lima on Tuesday.\n\n"
            "The ministers agreed on joint patrols against smuggling on Lake Titicaca.\n\n"
            "Get Marta Quintero's newsletter in your inbox every Friday.",
            [P("Walter Quispe Huaman", "Peru"), P("Edmundo Choque Mamani", "Bolivia")],
            [
                M(
                    ["Walter Quispe Huaman", "Edmundo Choque Mamani"],
                    host="Walter Quispe Huaman",
                    date="2024-11-12",
                    location="Lima",
                )
            ],
        ),
        "cr2_bracket_country_dateline": (
            "2025-01-22",
            "Updated: Jan 22, 2025 18:05 IST\n\n"
            "New Delhi [India], January 22 (ANI): Indian Navy chief Admiral Rohit Khanna on Tuesday met French Navy "
            "chief Admiral Pierre Valette in New Delhi, the Navy said.\n\n"
            "The two chiefs reviewed the next edition of their naval exercise.\n\n"
            "(This story has not been edited by Probe staff and is auto-generated from a syndicated feed.)",
            [P("Rohit Khanna", "India"), P("Pierre Valette", "France")],
            [M(["Rohit Khanna", "Pierre Valette"], host="Rohit Khanna", date="2025-01-21", location="New Delhi")],
        ),
        "cr2_dateline_only_country": (
            "2025-02-12",
            "February 12, 2025\n\n"
            "ABUJA — The Chief of Army Staff, Lieutenant General Musa Garba Lawal, on Tuesday received the Commander "
            "of the Cameroonian Army, Major General Paul Ekane Mbida, at the Army Headquarters in Abuja.\n\n"
            "Lawal said the two armies would share intelligence on the Lake Chad region.",
            [P("Musa Garba Lawal", "Nigeria"), P("Paul Ekane Mbida", "Cameroon")],
            [
                M(
                    ["Musa Garba Lawal", "Paul Ekane Mbida"],
                    host="Musa Garba Lawal",
                    date="2025-02-11",
                    location="Abuja",
                )
            ],
        ),
        "cr2_retired_byline_oped_tail": (
            "2025-05-28",
            "By Brig (retd) Farooq Hameed Janjua\n\n"
            "May 28, 2025\n\n"
            "ISLAMABAD: Chairman Joint Chiefs of Staff Committee General Tariq Javed Niazi met Egyptian Chief of "
            "Staff Lieutenant General Ahmed Fathy Mansour in Rawalpindi on Tuesday.\n\n"
            "The two sides discussed training and defence production.\n\n"
            "The writer is a retired brigadier and a defence analyst.",
            [P("Tariq Javed Niazi", "Pakistan"), P("Ahmed Fathy Mansour", "Egypt")],
            [
                M(
                    ["Tariq Javed Niazi", "Ahmed Fathy Mansour"],
                    host="Tariq Javed Niazi",
                    date="2025-05-27",
                    location="Rawalpindi",
                )
            ],
        ),
        "cr2_agency_tag_after_lead": (
            "2025-06-25",
            "June 25, 2025 11:40 AM\n\n"
            "Egyptian Defence Minister General Abdel Rahman Shenawy met Libyan army commander General Salem Bouhadi in "
            "Cairo on Tuesday, state media reported. (MENA)\n\n"
            "The two sides discussed border security. — Probe Agency",
            [P("Abdel Rahman Shenawy", "Egypt"), P("Salem Bouhadi", "Libya")],
            [
                M(
                    ["Abdel Rahman Shenawy", "Salem Bouhadi"],
                    host="Abdel Rahman Shenawy",
                    date="2025-06-24",
                    location="Cairo",
                )
            ],
        ),
        "cr2_post_country_only": (
            "2025-07-30",
            "July 30, 2025\n\n"
            "Indonesian Navy Chief of Staff Admiral Hendra Wijaya received the Commander of the Royal Brunei Navy "
            "First Admiral Haji Rosli Abdul Karim in Jakarta on Tuesday.\n\n"
            "The two chiefs discussed patrols in the South China Sea.",
            [P("Hendra Wijaya", "Indonesia"), P("Rosli Abdul Karim", "Brunei")],
            [
                M(
                    ["Hendra Wijaya", "Rosli Abdul Karim"],
                    host="Hendra Wijaya",
                    date="2025-07-29",
                    location="Jakarta",
                )
            ],
        ),
        "cr2_share_bar_breaking": (
            "2025-09-24",
            "BREAKING NEWS: Storm warning issued for the coast\n\n"
            "Share this article: Facebook Twitter LinkedIn Email\n\n"
            "Vietnam, Philippines coast guards meet in Manila\n\n"
            "24 September 2025 - 14:10\n\n"
            "Philippine Coast Guard commandant Admiral Ronnie Gavan Dizon met Vietnam Coast Guard commander Major "
            "General Le Quang Dao in Manila on Tuesday.\n\n"
            "The two sides agreed to set up a hotline.\n\n"
            "Share this article: Facebook Twitter LinkedIn Email",
            [P("Ronnie Gavan Dizon", "Philippines"), P("Le Quang Dao", "Vietnam")],
            [
                M(
                    ["Ronnie Gavan Dizon", "Le Quang Dao"],
                    host="Ronnie Gavan Dizon",
                    date="2025-09-23",
                    location="Manila",
                )
            ],
        ),
        "cr2_date_at_bottom": (
            "2025-10-29",
            "Brazil, Paraguay army chiefs meet\n\n"
            "Brazilian Army commander General Paulo Henrique Lacerda received Paraguayan Army commander General "
            "Hugo Benitez Ortiz in Brasília on Tuesday.\n\n"
            "The two commanders discussed border security.\n\n"
            "Published: 29/10/2025 17:44",
            [P("Paulo Henrique Lacerda", "Brazil"), P("Hugo Benitez Ortiz", "Paraguay")],
            [
                M(
                    ["Paulo Henrique Lacerda", "Hugo Benitez Ortiz"],
                    host="Paulo Henrique Lacerda",
                    date="2025-10-28",
                    location="Brasília",
                )
            ],
        ),
        "cr2_weekday_typo_caps_menu": (
            "2025-11-05",
            "NEWS\nPOLITICS\nDEFENCE\nSPORTS\n\n"
            "Kazakh, Kyrgyz defence ministers meet in Bishkek\n\n"
            "05.11.2025\n\n"
            "Kazakh Defence Minister Nurlan Sadykov met Kyrgyz Defence Minister Baktybek Osmonov in Bishkek on "
            "Wendesday.\n\n"
            "The two ministers discussed air defence.\n\n"
            "© 2025 Probe Central Asia. All rights reserved.",
            [P("Nurlan Sadykov", "Kazakhstan"), P("Baktybek Osmonov", "Kyrgyzstan")],
            [M(["Nurlan Sadykov", "Baktybek Osmonov"], host="Baktybek Osmonov", date="2025-11-05", location="Bishkek")],
        ),
    }
