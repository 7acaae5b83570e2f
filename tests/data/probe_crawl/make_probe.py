"""Writes the invented probe of crawled article shapes (issue 13, classes 1, 2 and 11) into texts/ and gold.jsonl:
pages as a crawler keeps them, with site menus, tickers, breadcrumbs, related-headline lists, share buttons, author
bios, photo credits and captions, cookie banners, newsletter prompts, comment counts, foreign-script lines, agency
tags and datelines of many shapes, timestamps and bylines, from outlets of many regions. Each page has its own
header (no ` date ... By` line), so the publication date must be read from the page; names in chrome are no persons.

Every name, outlet line and sentence here is invented. Run: python tests/data/probe_crawl/make_probe.py; then
`python -m pipeline run --input tests/data/probe_crawl/texts --output OUT --quiet` and
`python -m pipeline.analyst.evaluate tests/data/probe_crawl OUT --per-doc`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from probe_gold import meeting, write_probe  # noqa: E402

M = meeting


def P(name, country=None):
    return {"name": name, "aliases": [], "rank": None, "titles": [], "country": country}


# doc_id: (published, text, persons, meetings)
DOCS = {
    "cr_wire_app_menu": (
        "2024-03-02",
        "Home | Pakistan | World | Business | Sports | Opinion\n\n"
        "Pakistan, Saudi Arabia agree to widen defence training\n\n"
        "Staff Report\n\n"
        "05:51 PM | 2 Mar, 2024\n\n"
        "ISLAMABAD, March 2 (APP): Chairman Joint Chiefs of Staff Committee General Tahir Mahmood Awan on Saturday "
        "received Saudi Chief of General Staff General Fahd bin Saleh Al-Mutairi at the Joint Staff Headquarters in "
        "Rawalpindi.\n\n"
        "During the meeting, the two sides discussed training exchanges and regional security, according to the "
        "Inter-Services Public Relations.\n\n"
        "The visiting general lauded the professionalism of the Pakistani armed forces.\n\n"
        "Share this:\nFacebook\nTwitter\nWhatsApp\n\n"
        "Related\n\n"
        "PM Nadeem Qaiser meets Chinese envoy Liu Wenbo\n"
        "Navy chief Admiral Saqib Lodhi visits Karachi shipyard",
        [P("Tahir Mahmood Awan", "Pakistan"), P("Fahd bin Saleh Al-Mutairi", "Saudi Arabia")],
        [
            M(
                ["Tahir Mahmood Awan", "Fahd bin Saleh Al-Mutairi"],
                host="Tahir Mahmood Awan",
                date="2024-03-02",
                location="Rawalpindi",
            )
        ],
    ),
    "cr_wire_xinhua_source_line": (
        "2024-04-16",
        "Source: Xinhua | 2024-04-16 21:33:05 | Editor: Zhang Min\n\n"
        "Chinese defense minister holds talks with Cambodian counterpart\n\n"
        "BEIJING, April 16 (Xinhua) -- Chinese Defense Minister Wei Guoliang held talks with Cambodian Deputy Prime "
        "Minister and Defense Minister Sok Vannara in Beijing on Tuesday.\n\n"
        "Wei said China is willing to work with Cambodia to deepen practical military cooperation.\n\n"
        "Sok Vannara said Cambodia values its friendship with China.\n\n"
        "中柬两国防长举行会谈",
        [P("Wei Guoliang", "China"), P("Sok Vannara", "Cambodia")],
        [M(["Wei Guoliang", "Sok Vannara"], host="Wei Guoliang", date="2024-04-16", location="Beijing")],
    ),
    "cr_wire_tass_slashes": (
        "2024-03-12",
        "Russian defense chief meets Kazakh counterpart in Moscow\n\n"
        "12 MAR 2024, 16:05\n\n"
        "MOSCOW, March 12. /TASS/. Russian Defense Minister Viktor Belozerov held talks with Kazakh Defense Minister "
        "Daulet Amanbayev in Moscow on Tuesday, the Russian Defense Ministry said.\n\n"
        "The ministers discussed joint air defense and training of officers.\n\n"
        "Министр обороны провел переговоры с казахстанским коллегой\n\n"
        "Tags\nDefense\nKazakhstan",
        [P("Viktor Belozerov", "Russia"), P("Daulet Amanbayev", "Kazakhstan")],
        [M(["Viktor Belozerov", "Daulet Amanbayev"], host="Viktor Belozerov", date="2024-03-12", location="Moscow")],
    ),
    "cr_syndication_menafn": (
        "2024-05-20",
        "(MENAFN- Gulf Daily Monitor) ABU DHABI, 20th May, 2024 (WAM) -- Lt. General Hamad Saif Al Ketbi, Chief of "
        "Staff of the UAE Armed Forces, received on Monday Major General Yusuf Adeyemi, Chief of Army Staff of "
        "Nigeria, at the General Command of the Armed Forces in Abu Dhabi.\n\n"
        "The two sides reviewed military cooperation between the two countries.\n\n"
        "MENAFN20052024000049011 ID1108211992\n\n"
        "Legal Disclaimer: MENAFN provides the information as is without warranty of any kind. We do not accept any "
        "responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or "
        "reliability of the information contained in this article.",
        [P("Hamad Saif Al Ketbi", "United Arab Emirates"), P("Yusuf Adeyemi", "Nigeria")],
        [
            M(
                ["Hamad Saif Al Ketbi", "Yusuf Adeyemi"],
                host="Hamad Saif Al Ketbi",
                date="2024-05-20",
                location="Abu Dhabi",
            )
        ],
    ),
    "cr_daily_ticker_wordpress": (
        "2024-06-04",
        "Skip to content\n\n"
        "Tuesday, June 4, 2024\n\n"
        "Latest:\n"
        "Senate confirms Aminu Garba as police chief\n"
        "Flood displaces 2,000 in Kogi\n\n"
        "Defence chief receives Ghanaian counterpart in Abuja\n\n"
        "June 4, 2024 by Chinedu Okeke\n\n"
        "Nigeria's Chief of Defence Staff, General Babatunde Olawale, on Monday received the Chief of Defence Staff of "
        "Ghana, Vice Admiral Kofi Asante-Mensah, at Defence Headquarters in Abuja.\n\n"
        "Olawale said the two militaries would share intelligence on the Gulf of Guinea.\n\n"
        "Share this:\n"
        "Click to share on Facebook (Opens in new window)\n"
        "Click to share on X (Opens in new window)\n\n"
        "Like this:\n\n"
        "Leave a Reply Cancel reply\n\n"
        "Your email address will not be published. Required fields are marked *",
        [P("Babatunde Olawale", "Nigeria"), P("Kofi Asante-Mensah", "Ghana")],
        [
            M(
                ["Babatunde Olawale", "Kofi Asante-Mensah"],
                host="Babatunde Olawale",
                date="2024-06-03",
                location="Abuja",
            )
        ],
    ),
    "cr_release_posted_on": (
        "2024-06-18",
        "Ministry of Defence\n\n"
        "रक्षा मंत्रालय\n\n"
        "Defence Minister holds talks with Vietnamese counterpart in New Delhi\n\n"
        "Posted On: 18 JUN 2024 4:52PM by PIB Delhi\n\n"
        "Defence Minister Shri Arvind Kulkarni held bilateral talks with Minister of National Defence of Vietnam "
        "General Phan Van Thanh in New Delhi on June 18, 2024.\n\n"
        "The two ministers reviewed defence industry cooperation and maritime security.\n\n"
        "(Release ID: 2026531) Visitor Counter : 1204\n\n"
        "Read this release in: Hindi , Tamil",
        [P("Arvind Kulkarni", "India"), P("Phan Van Thanh", "Vietnam")],
        [M(["Arvind Kulkarni", "Phan Van Thanh"], host="Arvind Kulkarni", date="2024-06-18", location="New Delhi")],
    ),
    "cr_city_colon_tnn": (
        "2024-07-09",
        "Mahesh Iyer / TNN / Updated: Jul 9, 2024, 23:14 IST\n\n"
        "Army chief meets Egyptian chief of staff\n\n"
        "NEW DELHI: Indian Army chief General Vikram Sethi met Egyptian Chief of Staff Lieutenant General Ahmed Fathy "
        "Mansour in New Delhi on Tuesday and discussed training and defence production.\n\n"
        "The Egyptian general also visited the National Defence College.\n\n"
        "Follow us on Social Media",
        [P("Vikram Sethi", "India"), P("Ahmed Fathy Mansour", "Egypt")],
        [M(["Vikram Sethi", "Ahmed Fathy Mansour"], host="Vikram Sethi", date="2024-07-09", location="New Delhi")],
    ),
    "cr_dateline_city_country": (
        "2024-03-27",
        "By Wanjiku Mwangi | Mar 27, 2024\n\n"
        "NAIROBI, Kenya — Defence Cabinet Secretary Aden Kipchumba on Tuesday hosted Tanzanian Defence Minister "
        "Neema Kisanga in Nairobi for talks on border security.\n\n"
        "Kipchumba said the two countries would set up a joint patrol on Lake Victoria.\n\n"
        "Wanjiku Mwangi is a senior reporter covering security and defence.",
        [P("Aden Kipchumba", "Kenya"), P("Neema Kisanga", "Tanzania")],
        [M(["Aden Kipchumba", "Neema Kisanga"], host="Aden Kipchumba", date="2024-03-26", location="Nairobi")],
    ),
    "cr_translated_por": (
        "2024-05-14",
        "Agência Brasil\n\n"
        "Publicado em 14/05/2024 - 18:20 Por Ana Souza - Repórter da Agência Brasil - Brasília\n\n"
        "Brazilian Defence Minister Rogério Tavares received Argentine Defence Minister Martín Echeverría in Brasília "
        "on Monday to discuss joint training of the two armies.\n\n"
        "Edição: Carla Mendes",
        [P("Rogério Tavares", "Brazil"), P("Martín Echeverría", "Argentina")],
        [M(["Rogério Tavares", "Martín Echeverría"], host="Rogério Tavares", date="2024-05-13", location="Brasília")],
    ),
    "cr_antara_related_inline": (
        "2024-05-22",
        "Wednesday, 22 May 2024 17:45 WIB\n\n"
        "Indonesia, Malaysia agree to step up border patrols\n\n"
        "Jakarta (ANTARA) - Indonesian Defence Minister Bambang Wiratmoko received Malaysian Defence Minister Datuk "
        "Seri Hamzah Idris in Jakarta on Wednesday.\n\n"
        "Related news: Defence Minister Bambang Wiratmoko meets Singapore envoy Lim Boon Kiat\n\n"
        "The two ministers agreed to hold coordinated patrols along the land border in Borneo.\n\n"
        "Reporter: Rina Lestari\nEditor: Fadli Rahman\nCopyright © ANTARA 2024",
        [P("Bambang Wiratmoko", "Indonesia"), P("Hamzah Idris", "Malaysia")],
        [M(["Bambang Wiratmoko", "Hamzah Idris"], host="Bambang Wiratmoko", date="2024-05-22", location="Jakarta")],
    ),
    "cr_bernama_today": (
        "2024-07-03",
        "03/07/2024 04:55 PM\n\n"
        "KUALA LUMPUR, July 3 (Bernama) -- Defence Minister Datuk Seri Mohd Hafiz Rahman today received a courtesy "
        "call from Thai Defence Minister Chaiwat Boonmee at Wisma Pertahanan in Kuala Lumpur.\n\n"
        "Both ministers discussed border security and the training of junior officers.\n\n"
        "-- BERNAMA",
        [P("Mohd Hafiz Rahman", "Malaysia"), P("Chaiwat Boonmee", "Thailand")],
        [
            M(
                ["Mohd Hafiz Rahman", "Chaiwat Boonmee"],
                host="Mohd Hafiz Rahman",
                date="2024-07-03",
                location="Kuala Lumpur",
            )
        ],
    ),
    "cr_caps_labels_writer": (
        "2024-08-14",
        "PUBLISHED : 14 Aug 2024 at 16:20\n\n"
        "WRITER: Pornthip Saelim\n\n"
        "NEWSPAPER SECTION: News\n\n"
        "Army chief hosts US commander\n\n"
        "Royal Thai Army chief Gen Narongchai Sukprasert met US Army Pacific commander Gen Charles Whitfield at army "
        "headquarters in Bangkok on Tuesday.\n\n"
        "They discussed the next edition of their joint training.",
        [P("Narongchai Sukprasert", "Thailand"), P("Charles Whitfield", "United States")],
        [
            M(
                ["Narongchai Sukprasert", "Charles Whitfield"],
                host="Narongchai Sukprasert",
                date="2024-08-13",
                location="Bangkok",
            )
        ],
    ),
    "cr_vna_foreign_weekday": (
        "2024-08-15",
        "Vietnam's defence minister receives Lao delegation\n\n"
        "Thứ Năm, 15/08/2024 - 09:15\n\n"
        "Hanoi (VNA) – Minister of National Defence General Tran Quoc Hieu received Lao Deputy Minister of National "
        "Defence Lieutenant General Khamphong Sisavath in Hanoi on August 14.\n\n"
        "Hieu said the two armies would keep up delegation exchanges.\n\n"
        "Bộ trưởng Bộ Quốc phòng tiếp đoàn đại biểu Lào\n\n"
        "VNA",
        [P("Tran Quoc Hieu", "Vietnam"), P("Khamphong Sisavath", "Laos")],
        [M(["Tran Quoc Hieu", "Khamphong Sisavath"], host="Tran Quoc Hieu", date="2024-08-14", location="Hanoi")],
    ),
    "cr_outlet_comma_day": (
        "2024-09-08",
        "Ahram Online , Sunday 8 Sep 2024\n\n"
        "Egypt's defence minister receives Jordanian army chief\n\n"
        "Egyptian Defence Minister General Abdel Rahman Shenawy received Jordanian Chairman of the Joint Chiefs of Staff "
        "Major General Fares Al-Rawashdeh in Cairo on Saturday.\n\n"
        "The two sides discussed regional developments and military cooperation.\n\n"
        "Short link:",
        [P("Abdel Rahman Shenawy", "Egypt"), P("Fares Al-Rawashdeh", "Jordan")],
        [
            M(
                ["Abdel Rahman Shenawy", "Fares Al-Rawashdeh"],
                host="Abdel Rahman Shenawy",
                date="2024-09-07",
                location="Cairo",
            )
        ],
    ),
    "cr_spa_hijri_dateline": (
        "2024-09-13",
        "Riyadh, Rabi Al-Awwal 10, 1446, September 13, 2024, SPA -- Chief of the General Staff General Saad bin Ali "
        "Al-Harbi received Pakistani Chief of Naval Staff Admiral Javed Iqbal Khattak in Riyadh today.\n\n"
        "They reviewed areas of military cooperation between the Kingdom and Pakistan.\n\n"
        "--SPA\n\n"
        "21:05 LOCAL TIME 18:05 GMT",
        [P("Saad bin Ali Al-Harbi", "Saudi Arabia"), P("Javed Iqbal Khattak", "Pakistan")],
        [
            M(
                ["Saad bin Ali Al-Harbi", "Javed Iqbal Khattak"],
                host="Saad bin Ali Al-Harbi",
                date="2024-09-13",
                location="Riyadh",
            )
        ],
    ),
    "cr_published_last_updated": (
        "2024-10-02",
        "Doha, Qatar\n\n"
        "The Peninsula\n\n"
        "Published: 10:23 pm Oct 2, 2024\n"
        "Last updated: 10:27 pm Oct 2, 2024\n\n"
        "Qatar's Minister of State for Defence Affairs H E Dr. Khalid bin Saad Al Marri met Turkish Defence Minister "
        "Hakan Demirel in Doha on Wednesday.\n\n"
        "They discussed joint training and the Turkish forces stationed in Qatar.\n\n"
        "Subscribe to our newsletter\n\n"
        "Get the latest news delivered to your inbox every morning.",
        [P("Khalid bin Saad Al Marri", "Qatar"), P("Hakan Demirel", "Turkey")],
        [
            M(
                ["Khalid bin Saad Al Marri", "Hakan Demirel"],
                host="Khalid bin Saad Al Marri",
                date="2024-10-02",
                location="Doha",
            )
        ],
    ),
    "cr_caps_dot_agency": (
        "2024-10-21",
        "14:35, 21 October 2024\n\n"
        "ASTANA. KAZINFORM – Kazakh Defence Minister Nurlan Sadykov met Mongolian Defence Minister Dorjsuren Ganbold "
        "in Astana on Monday, the ministry's press service reports.\n\n"
        "The ministers signed a plan of bilateral military cooperation for next year.\n\n"
        "Photo: mod.gov.kz",
        [P("Nurlan Sadykov", "Kazakhstan"), P("Dorjsuren Ganbold", "Mongolia")],
        [M(["Nurlan Sadykov", "Dorjsuren Ganbold"], host="Nurlan Sadykov", date="2024-10-21", location="Astana")],
    ),
    "cr_slash_agency_no_date": (
        "2024-11-06",
        "2024-11-06 10:12:31\n\n"
        "Ulaanbaatar /MONTSAME/. Mongolian Defence Minister Munkhjin Dashdorj received Japanese Ambassador to "
        "Mongolia Kenji Hayashida on November 5.\n\n"
        "The sides exchanged views on peacekeeping training.",
        [P("Munkhjin Dashdorj", "Mongolia"), P("Kenji Hayashida", "Japan")],
        [
            M(
                ["Munkhjin Dashdorj", "Kenji Hayashida"],
                host="Munkhjin Dashdorj",
                date="2024-11-05",
                location="Ulaanbaatar",
            )
        ],
    ),
    "cr_agency_after_date": (
        "2024-12-04",
        "04.12.2024 [16:40]\n\n"
        "Baku, December 4, AZERTAC\n\n"
        "Azerbaijani Defence Minister Colonel General Elnur Rustamov met Georgian Defence Minister Levan Tsereteli "
        "in Baku on December 4.\n\n"
        "The sides discussed regional security and the training of military personnel.",
        [P("Elnur Rustamov", "Azerbaijan"), P("Levan Tsereteli", "Georgia")],
        [M(["Elnur Rustamov", "Levan Tsereteli"], host="Elnur Rustamov", date="2024-12-04", location="Baku")],
    ),
    "cr_city_alone_update": (
        "2024-12-12",
        "Türkiye, Georgia to deepen defence ties\n\n"
        "12.12.2024 - Update : 12.12.2024\n\n"
        "ANKARA\n\n"
        "Turkish Defence Minister Levent Aksoy hosted Georgian Defence Minister Irakli Gogiberidze in Ankara on Thursday.\n\n"
        "Aksoy said Türkiye would support the modernisation of the Georgian army.\n\n"
        "Anadolu Agency website contains only a portion of the news stories offered to subscribers.",
        [P("Levent Aksoy", "Turkey"), P("Irakli Gogiberidze", "Georgia")],
        [M(["Levent Aksoy", "Irakli Gogiberidze"], host="Levent Aksoy", date="2024-12-12", location="Ankara")],
    ),
    "cr_byline_colon_handle": (
        "2025-01-15",
        "By: Carmela Reyes - Reporter / @CarmelaReyesPH\n\n"
        "Philippine Daily Probe / 05:44 AM January 15, 2025\n\n"
        "MANILA, Philippines — Defense Secretary Ramon Villanueva on Tuesday met Japanese Defense Minister Takeshi "
        "Ogawa in Manila to discuss a reciprocal access agreement.\n\n"
        "Read Next\n\n"
        "Don't miss out on the latest news and information.\n\n"
        "Subscribe to PROBE PLUS to get access to The Philippine Daily Probe & other 70+ titles.",
        [P("Ramon Villanueva", "Philippines"), P("Takeshi Ogawa", "Japan")],
        [M(["Ramon Villanueva", "Takeshi Ogawa"], host="Ramon Villanueva", date="2025-01-14", location="Manila")],
    ),
    "cr_staff_corr_weekday_stamp": (
        "2025-02-05",
        "Staff Correspondent\n\n"
        "Wed Feb 5, 2025 09:18 PM\n"
        "Last update on: Wed Feb 5, 2025 09:20 PM\n\n"
        "Bangladesh Army chief General Mahbub Hasan Chowdhury met Chinese Vice Chairman of the Central Military "
        "Commission General Zhang Liqun at Army Headquarters in Dhaka on Wednesday.\n\n"
        "They discussed training, equipment and peacekeeping.",
        [P("Mahbub Hasan Chowdhury", "Bangladesh"), P("Zhang Liqun", "China")],
        [
            M(
                ["Mahbub Hasan Chowdhury", "Zhang Liqun"],
                host="Mahbub Hasan Chowdhury",
                date="2025-02-05",
                location="Dhaka",
            )
        ],
    ),
    "cr_outlet_dateline_paren": (
        "2025-03-10",
        "Monday, 10 March 2025 06:12 PM\n\n"
        "Colombo, March 10 (Daily Probe) - Sri Lanka Navy Commander Vice Admiral Priyantha Perera met Indian Navy "
        "chief Admiral Anil Venkatraman at the Navy Headquarters in Colombo on Monday.\n\n"
        "The two commanders discussed maritime domain awareness.\n\n"
        "Comments (0)\n\nPost a comment",
        [P("Priyantha Perera", "Sri Lanka"), P("Anil Venkatraman", "India")],
        [M(["Priyantha Perera", "Anil Venkatraman"], host="Priyantha Perera", date="2025-03-10", location="Colombo")],
    ),
    "cr_written_by_tweet": (
        "2025-04-08",
        "Written by Thabo Nkosi\n\n"
        "Tuesday, 08 April 2025\n\n"
        "South African Defence and Military Veterans Minister Nomvula Dlamini received Zimbabwean Defence Minister "
        "Tendai Chikomba in Pretoria on Monday.\n\n"
        "The ministers discussed the joint permanent commission on defence.\n\n"
        "Comments (0)\n\nTweet",
        [P("Nomvula Dlamini", "South Africa"), P("Tendai Chikomba", "Zimbabwe")],
        [M(["Nomvula Dlamini", "Tendai Chikomba"], host="Nomvula Dlamini", date="2025-04-07", location="Pretoria")],
    ),
    "cr_gna_dash_dateline": (
        "2025-04-22",
        "Published: Tuesday, 22 April 2025\n\n"
        "Accra, April 22, GNA – Ghana's Chief of the Defence Staff Lieutenant General Kwabena Owusu-Ansah on Monday "
        "held talks with Ivorian Chief of Staff General Yao Kouassi Brou in Accra.\n\n"
        "The two chiefs discussed border security in the north.\n\n"
        "GNA",
        [P("Kwabena Owusu-Ansah", "Ghana"), P("Yao Kouassi Brou", "Cote d'Ivoire")],
        [
            M(
                ["Kwabena Owusu-Ansah", "Yao Kouassi Brou"],
                host="Kwabena Owusu-Ansah",
                date="2025-04-21",
                location="Accra",
            )
        ],
    ),
    "cr_kyodo_jst": (
        "2025-06-03",
        "Jun 3, 2025 | 18:40 JST\n\n"
        "TOKYO (Kyodo) -- Japanese Defense Minister Kenta Morimoto met Australian Defence Minister Liam Prendergast, "
        "who is visiting Japan, in Tokyo on Tuesday and agreed to expand joint exercises.\n\n"
        "Related coverage:\n"
        "Japan, Philippines defense chiefs agree on supply pact\n"
        "Defense Minister Morimoto to visit Manila next month",
        [P("Kenta Morimoto", "Japan"), P("Liam Prendergast", "Australia")],
        [M(["Kenta Morimoto", "Liam Prendergast"], host="Kenta Morimoto", date="2025-06-03", location="Tokyo")],
    ),
    "cr_yonhap_end": (
        "2025-06-10",
        "Published : 2025-06-10 15:32\n\n"
        "SEOUL, June 10 (Yonhap) -- South Korean Defense Minister Kim Dong-soo met with visiting Polish Deputy Defense "
        "Minister Tomasz Wrobel in Seoul on Tuesday to discuss arms exports.\n\n"
        "(END)\n\n"
        "Keywords\n#defense #Poland\n\n"
        "Copyright © 2025 Probe News Agency. All rights reserved.",
        [P("Kim Dong-soo", "South Korea"), P("Tomasz Wrobel", "Poland")],
        [M(["Kim Dong-soo", "Tomasz Wrobel"], host="Kim Dong-soo", date="2025-06-10", location="Seoul")],
    ),
    "cr_release_readout": (
        "2025-07-01",
        "IMMEDIATE RELEASE\n\n"
        "Readout of Secretary of Defense Meeting With Estonian Minister of Defence\n\n"
        "July 1, 2025\n\n"
        "U.S. Secretary of Defense Gregory Lanham hosted Estonian Minister of Defence Kristjan Tamm in Washington "
        "today. The two leaders discussed air defense and Baltic security.\n\n"
        "Subscribe to Defense Probe Products",
        [P("Gregory Lanham", "United States"), P("Kristjan Tamm", "Estonia")],
        [M(["Gregory Lanham", "Kristjan Tamm"], host="Gregory Lanham", date="2025-07-01", location="Washington")],
    ),
    "cr_blog_posted_by": (
        "2025-07-14",
        "Posted by Alex Brannigan on 14 July 2025 in Defence | 3 comments\n\n"
        "UK Defence Secretary Jonathan Merriweather met Norwegian Defence Minister Erik Lunde in London on Monday to "
        "discuss frigate cooperation.\n\n"
        "Alex Brannigan is a former naval officer who writes on defence procurement.\n\n"
        "3 thoughts on this post",
        [P("Jonathan Merriweather", "United Kingdom"), P("Erik Lunde", "Norway")],
        [
            M(
                ["Jonathan Merriweather", "Erik Lunde"],
                host="Jonathan Merriweather",
                date="2025-07-14",
                location="London",
            )
        ],
    ),
    "cr_dotted_stamp_footer": (
        "2025-07-21",
        "Probeinform\n\n"
        "Defense Minister of Ukraine meets with Lithuanian counterpart\n\n"
        "21.07.2025 14:55\n\n"
        "Minister of Defense of Ukraine Oleh Marchenko met with Lithuanian Minister of National Defense Rasa "
        "Kazlauskaite in Kyiv on Monday.\n\n"
        "They discussed air defense and the joint production of drones.\n\n"
        "When quoting and using any materials on the Internet, hyperlinks to the site are obligatory.",
        [P("Oleh Marchenko", "Ukraine"), P("Rasa Kazlauskaite", "Lithuania")],
        [M(["Oleh Marchenko", "Rasa Kazlauskaite"], host="Oleh Marchenko", date="2025-07-21", location="Kyiv")],
    ),
    "cr_ordinal_utc_stamp": (
        "2025-08-04",
        "Monday, August 4th 2025 - 09:12 UTC\n\n"
        "Chile and Peru defence ministers meet in Santiago\n\n"
        "Chilean Defence Minister Carolina Fuentes received her Peruvian counterpart Walter Quispe Huaman in Santiago "
        "on Friday.\n\n"
        "Categories: Politics, Latin America.\n\n"
        "Top Comments\n\nDisclaimer & comment rules",
        [P("Carolina Fuentes", "Chile"), P("Walter Quispe Huaman", "Peru")],
        [
            M(
                ["Carolina Fuentes", "Walter Quispe Huaman"],
                host="Carolina Fuentes",
                date="2025-08-01",
                location="Santiago",
            )
        ],
    ),
    "cr_ap_contributed": (
        "2025-08-20",
        "Updated 4:12 PM UTC, August 20, 2025\n\n"
        "BOGOTÁ, Colombia (AP) — Colombia's Defense Minister Andrés Mejía met Ecuadorian Defense Minister Gustavo "
        "Cevallos in Bogotá on Wednesday to coordinate operations against drug gangs on the border.\n\n"
        "___\n\n"
        "Associated Press writer Lucia Ramos in Quito contributed to this report.",
        [P("Andrés Mejía", "Colombia"), P("Gustavo Cevallos", "Ecuador")],
        [M(["Andrés Mejía", "Gustavo Cevallos"], host="Andrés Mejía", date="2025-08-20", location="Bogotá")],
    ),
    "cr_petra_slash_stamp": (
        "2025-08-26",
        "26/08/2025 17:05\n\n"
        "Amman, Aug 26 (Petra) -- Chairman of the Joint Chiefs of Staff Major General Ziad Al-Majali on Tuesday "
        "received Iraqi Army Chief of Staff Lieutenant General Haider Al-Kinani at the General Command in Amman.\n\n"
        "The two sides discussed border security.",
        [P("Ziad Al-Majali", "Jordan"), P("Haider Al-Kinani", "Iraq")],
        [M(["Ziad Al-Majali", "Haider Al-Kinani"], host="Ziad Al-Majali", date="2025-08-26", location="Amman")],
    ),
    "cr_titlecase_dash_dateline": (
        "2025-09-03",
        "Wednesday 03 September 2025 - 18:22\n\n"
        "Rabat - Inspector General of the Royal Armed Forces General Abdelkrim Bennani received on Wednesday "
        "Mauritanian Chief of Staff General Sidi Ould Cheikh in Rabat.\n\n"
        "The talks focused on security in the Sahel.",
        [P("Abdelkrim Bennani", "Morocco"), P("Sidi Ould Cheikh", "Mauritania")],
        [M(["Abdelkrim Bennani", "Sidi Ould Cheikh"], host="Abdelkrim Bennani", date="2025-09-03", location="Rabat")],
    ),
    "cr_ena_full_dateline": (
        "2025-09-10",
        "Addis Ababa, September 10, 2025 (ENA) – Ethiopian Chief of General Staff General Abebe Gebremedhin today "
        "held talks with Djiboutian Chief of Defence Staff General Omar Hassan Ali in Addis Ababa.\n\n"
        "The two discussed regional security and training.",
        [P("Abebe Gebremedhin", "Ethiopia"), P("Omar Hassan Ali", "Djibouti")],
        [
            M(
                ["Abebe Gebremedhin", "Omar Hassan Ali"],
                host="Abebe Gebremedhin",
                date="2025-09-10",
                location="Addis Ababa",
            )
        ],
    ),
    "cr_paren_outlet_country": (
        "2025-09-16",
        "16.09.2025 17:21\n\n"
        "Tashkent, Uzbekistan (ProbeDaily.com) -- Defence Minister of Uzbekistan Lieutenant General Shukhrat Khaitov "
        "met Turkmen Defence Minister Begench Amanov in Tashkent on 16 September.\n\n"
        "The ministers discussed border security.",
        [P("Shukhrat Khaitov", "Uzbekistan"), P("Begench Amanov", "Turkmenistan")],
        [M(["Shukhrat Khaitov", "Begench Amanov"], host="Shukhrat Khaitov", date="2025-09-16", location="Tashkent")],
    ),
    "cr_reuters_signoff": (
        "2025-10-07",
        "October 7, 2025 9:14 PM GMT+8 Updated 2 hours ago\n\n"
        "WASHINGTON, Oct 7 (Reuters) - U.S. Defense Secretary Gregory Lanham met Indian Defence Minister Arvind "
        "Kulkarni in Washington on Tuesday and discussed jet engine production.\n\n"
        "(Reporting by Karen Holt; Editing by Simon Cardew)\n\n"
        "Our Standards: The Trust Principles.",
        [P("Gregory Lanham", "United States"), P("Arvind Kulkarni", "India")],
        [M(["Gregory Lanham", "Arvind Kulkarni"], host="Gregory Lanham", date="2025-10-07", location="Washington")],
    ),
    "cr_afp_paren_dash": (
        "2025-10-16",
        "Published on 16/10/2025 at 18:45\n\n"
        "Paris (AFP) - French Armed Forces Minister Sébastien Laroche received Senegalese Armed Forces Minister Moussa "
        "Sarr Ndour in Paris on Thursday.\n\n"
        "The two ministers discussed training.\n\n"
        "© 2025 AFP",
        [P("Sébastien Laroche", "France"), P("Moussa Sarr Ndour", "Senegal")],
        [M(["Sébastien Laroche", "Moussa Sarr Ndour"], host="Sébastien Laroche", date="2025-10-16", location="Paris")],
    ),
    "cr_cookie_newsletter": (
        "2025-03-05",
        "We use cookies to ensure you get the best experience on our website. By continuing you agree to our use of "
        "cookies. Accept\n\n"
        "Sign up for our daily briefing\n\n"
        "Uganda, Rwanda army chiefs meet in Kampala\n\n"
        "March 5, 2025\n\n"
        "KAMPALA — Ugandan Chief of Defence Forces General Okello Mugisha met Rwandan Chief of Defence Staff General "
        "Emmanuel Habimana in Kampala on Tuesday.\n\n"
        "The two generals discussed security along the border.\n\n"
        "Subscribe to our newsletter\n\n"
        "Enter your email address",
        [P("Okello Mugisha", "Uganda"), P("Emmanuel Habimana", "Rwanda")],
        [
            M(
                ["Okello Mugisha", "Emmanuel Habimana"],
                host="Okello Mugisha",
                date="2025-03-04",
                location="Kampala",
            )
        ],
    ),
    "cr_related_names_only": (
        "2025-03-18",
        "Home » News » Defence\n\n"
        "Navy chief inspects new patrol vessel\n\n"
        "March 18, 2025\n\n"
        "Indonesian Navy chief Admiral Hendra Wijaya inspected the new patrol vessel at the Surabaya naval base on "
        "Tuesday.\n\n"
        "The ship will join the eastern fleet next month.\n\n"
        "Related Posts\n\n"
        "Defence Minister Bambang Wiratmoko meets Philippine counterpart Ramon Villanueva\n\n"
        "Army chief General Dudung Setiawan receives Australian envoy Mark Fenwick\n\n"
        "0 Comments",
        [P("Hendra Wijaya", "Indonesia")],
        [],
    ),
    "cr_caption_and_credit": (
        "2025-03-19",
        "Pakistan, Turkey army chiefs discuss training\n\n"
        "By Imran Baloch\n\n"
        "Published March 19, 2025\n\n"
        "RAWALPINDI: Pakistan's Chief of Army Staff General Asif Rahman met Turkish Land Forces Commander General "
        "Selim Karaoglan on Tuesday.\n\n"
        "General Asif Rahman shakes hands with General Selim Karaoglan. Photo: Reuters/Ali Khan\n\n"
        "The two commanders discussed training and defence production.",
        [P("Asif Rahman", "Pakistan"), P("Selim Karaoglan", "Turkey")],
        [
            M(
                ["Asif Rahman", "Selim Karaoglan"],
                host="Asif Rahman",
                date="2025-03-18",
                location="Rawalpindi",
            )
        ],
    ),
    "cr_no_date_anywhere": (
        None,
        "Defence News\n\n"
        "Ghana, Togo defence ministers meet\n\n"
        "Ghanaian Defence Minister Kofi Amponsah met Togolese Defence Minister Komlan Agbeko in Accra on Monday.\n\n"
        "The two ministers discussed cross-border security.\n\n"
        "More from Africa\n\n"
        "Nigerian army chief visits troops in Borno, 2 days ago\n"
        "Senegal receives new patrol boats, March 3, 2023",
        [P("Kofi Amponsah", "Ghana"), P("Komlan Agbeko", "Togo")],
        [M(["Kofi Amponsah", "Komlan Agbeko"], host="Kofi Amponsah", location="Accra")],
    ),
    "cr_abuja_emdash": (
        "2025-04-02",
        "April 2, 2025 | 7:45 pm\n\n"
        "Abuja — Nigeria's Minister of Defence Ibrahim Danjuma on Tuesday received Chadian Defence Minister Mahamat "
        "Issa Abakar in Abuja.\n\n"
        "Danjuma said both countries would step up joint operations around Lake Chad.\n\n"
        "Share on Facebook Share on X Share on WhatsApp",
        [P("Ibrahim Danjuma", "Nigeria"), P("Mahamat Issa Abakar", "Chad")],
        [
            M(
                ["Ibrahim Danjuma", "Mahamat Issa Abakar"],
                host="Ibrahim Danjuma",
                date="2025-04-01",
                location="Abuja",
            )
        ],
    ),
    "cr_gmt_plus_stamp": (
        "2024-03-12",
        "Tue, 12 Mar 2024 10:31 GMT+7\n\n"
        "Vietnamese, Thai defence ministers hold talks\n\n"
        "Vietnamese Defence Minister General Tran Quoc Hieu held talks with Thai Defence Minister Chaiwat Boonmee in "
        "Hanoi on Monday.\n\n"
        "Tran Quoc Hieu welcomed the Thai delegation to Vietnam.\n\n"
        "Tags: Vietnam Thailand defence",
        [P("Tran Quoc Hieu", "Vietnam"), P("Chaiwat Boonmee", "Thailand")],
        [M(["Tran Quoc Hieu", "Chaiwat Boonmee"], host="Tran Quoc Hieu", date="2024-03-11", location="Hanoi")],
    ),
    "cr_breadcrumb_arrow_bio": (
        "2025-05-06",
        "Home > World > Asia\n\n"
        "Malaysian, Indonesian navy chiefs meet in Lumut\n\n"
        "By Farah Aziz | May 6, 2025 | 3 min read\n\n"
        "LUMUT, Perak: Royal Malaysian Navy chief Admiral Zulkifli Hashim received Indonesian Navy Chief of Staff "
        "Admiral Hendra Wijaya at the naval base in Lumut on Monday.\n\n"
        "They agreed to hold a joint patrol in the Strait of Malacca.\n\n"
        "Farah Aziz is a defence correspondent at the paper.",
        [P("Zulkifli Hashim", "Malaysia"), P("Hendra Wijaya", "Indonesia")],
        [M(["Zulkifli Hashim", "Hendra Wijaya"], host="Zulkifli Hashim", date="2025-05-05", location="Lumut")],
    ),
    "cr_name_then_date_pipe": (
        "2025-05-20",
        "Oman, India hold naval staff talks\n\n"
        "Priya Nair | May 20, 2025 11:02 IST\n\n"
        "MUSCAT: Oman's Commander of the Royal Navy Rear Admiral Saif bin Nasser Al Rahbi met Indian Vice Admiral "
        "Rohan Bhatia in Muscat on Monday.\n\n"
        "Also Read | India, Oman sign defence pact",
        [P("Saif bin Nasser Al Rahbi", "Oman"), P("Rohan Bhatia", "India")],
        [
            M(
                ["Saif bin Nasser Al Rahbi", "Rohan Bhatia"],
                host="Saif bin Nasser Al Rahbi",
                date="2025-05-19",
                location="Muscat",
            )
        ],
    ),
    "cr_photo_caption_first": (
        "2025-06-17",
        "Kenyan, Ethiopian defence chiefs meet\n\n"
        "Kenyan Defence Cabinet Secretary Aden Kipchumba (right) with Ethiopian Defence Minister Aisha Mohammed "
        "Tadesse in Nairobi. PHOTO | FILE\n\n"
        "By Otieno Ouma\n\n"
        "June 17, 2025\n\n"
        "Kenyan Defence Cabinet Secretary Aden Kipchumba on Monday held talks with Ethiopian Defence Minister Aisha "
        "Mohammed Tadesse in Nairobi on the security of their common border and the fight against cattle rustling.",
        [P("Aden Kipchumba", "Kenya"), P("Aisha Mohammed Tadesse", "Ethiopia")],
        [
            M(
                ["Aden Kipchumba", "Aisha Mohammed Tadesse"],
                host="Aden Kipchumba",
                date="2025-06-16",
                location="Nairobi",
            )
        ],
    ),
}

root = Path(__file__).parent
sys.path.insert(0, str(root))
from more_docs import more_docs  # noqa: E402

DOCS.update(more_docs(P, M))
from country_docs import country_docs  # noqa: E402

DOCS.update(country_docs(P, M))
write_probe(
    root,
    (
        {"doc_id": d, "text": text, "published": pub, "persons": persons, "meetings": meetings}
        for d, (pub, text, persons, meetings) in DOCS.items()
    ),
)
