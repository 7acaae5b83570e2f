"""Writes the invented probe articles for meeting attributes (issue 13, classes 1, 6 and 11 as they bear on the
host, date and location of a meeting) into texts/ and gold.jsonl.

Every name and sentence here is invented; the headers and datelines are shapes, not any outlet's. Run:
python tests/data/probe_attributes/make_probe.py; then
`python -m pipeline run --input tests/data/probe_attributes/texts --output OUT --quiet` and
`python -m pipeline.analyst.evaluate tests/data/probe_attributes OUT`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from probe_gold import header, meeting, write_probe  # noqa: E402

H = header
M = meeting

# doc_id -> (published, text, meetings). 2024-03-14 is a Thursday.
DOCS = {
    # --- host: the visited side ------------------------------------------------------------------------------
    "h_visiting": (
        "2024-03-14",
        H("2024-03-14") + "Vietnamese Defence Minister General Tran Quoc Hung held talks with visiting Mongolian "
        "Defence Minister Batbayar Ganzorig in Hanoi on Tuesday.",
        [M(["Tran Quoc Hung", "Batbayar Ganzorig"], "Tran Quoc Hung", "2024-03-12", "Hanoi")],
    ),
    "h_arrived_where": (
        "2024-03-14",
        H("2024-03-14") + "Kazakh Defence Minister Ruslan Temirbekov arrived in Ulaanbaatar on Monday, where he "
        "held talks with Mongolian Defence Minister Gursed Batjargal.",
        [M(["Ruslan Temirbekov", "Gursed Batjargal"], "Gursed Batjargal", "2024-03-11", "Ulaanbaatar")],
    ),
    "h_arrived_then": (
        "2024-03-14",
        H("2024-03-14") + "On Monday, Brazilian Defence Minister Paulo Andrade arrived in Luanda on an official "
        "visit. He held talks with Angolan Defence Minister Joaquim Mateus at the ministry.",
        [M(["Paulo Andrade", "Joaquim Mateus"], "Joaquim Mateus", "2024-03-11", "Luanda")],
    ),
    "h_received": (
        "2024-03-14",
        H("2024-03-14") + "Nigerian Chief of Defence Staff General Musa Abdulkadir received the Kenyan Chief of "
        "Defence Forces, General Peter Kamau, in Abuja on Friday.",
        [M(["Musa Abdulkadir", "Peter Kamau"], "Musa Abdulkadir", "2024-03-08", "Abuja")],
    ),
    "h_hosted": (
        "2024-03-14",
        H("2024-03-14") + "Egyptian Defence Minister General Adel Mansour hosted his Saudi counterpart, Prince "
        "Faisal bin Turki, in Cairo on Sunday.",
        [M(["Adel Mansour", "Faisal bin Turki"], "Adel Mansour", "2024-03-10", "Cairo")],
    ),
    "h_welcomed": (
        "2024-03-14",
        H("2024-03-14") + "Thai Defence Minister Somsak Rattanakul welcomed Vietnamese Deputy Defence Minister "
        "Lieutenant General Hoang Van Long to Bangkok on Wednesday.",
        [M(["Somsak Rattanakul", "Hoang Van Long"], "Somsak Rattanakul", "2024-03-13", "Bangkok")],
    ),
    "h_visit_to_country": (
        "2024-03-14",
        H("2024-03-14") + "During his visit to Brazil, Portuguese Defence Minister Rui Tavares met Brazilian "
        "Defence Minister Jorge Mendonca on Tuesday.",
        [M(["Rui Tavares", "Jorge Mendonca"], "Jorge Mendonca", "2024-03-12")],
    ),
    "h_city_country": (
        "2024-03-14",
        H("2024-03-14") + "Pakistani Chief of Army Staff General Tariq Mahmood met Turkish Chief of General "
        "Staff General Selim Aydin in Ankara on Wednesday.",
        [M(["Tariq Mahmood", "Selim Aydin"], "Selim Aydin", "2024-03-13", "Ankara")],
    ),
    "h_no_guess": (
        "2024-03-14",
        H("2024-03-14") + "Kenyan Defence Cabinet Secretary Hassan Wario met US Africa Command chief General "
        "Daniel Forde on Tuesday to discuss the situation in Somalia and Sudan.",
        [M(["Hassan Wario", "Daniel Forde"], None, "2024-03-12")],
    ),
    "h_trap_country": (
        "2024-03-14",
        H("2024-03-14") + "Russian Defence Minister Andrei Volkov, who visited India last month, met Chinese "
        "Defence Minister Dai Jianguo in Beijing on Friday.",
        [M(["Andrei Volkov", "Dai Jianguo"], "Dai Jianguo", "2024-03-08", "Beijing")],
    ),
    "h_phone": (
        "2024-03-14",
        H("2024-03-14") + "Indian Defence Minister Rajiv Menon spoke by phone with his Australian counterpart "
        "Richard Hale on Monday.",
        [M(["Rajiv Menon", "Richard Hale"], None, "2024-03-11", mode="phone")],
    ),
    "h_phone_received": (
        "2024-03-14",
        H("2024-03-14") + "Saudi Defence Minister Prince Khalid bin Saad received a phone call from Qatari "
        "Defence Minister Hamad Al-Mannai on Wednesday.",
        [M(["Khalid bin Saad", "Hamad Al-Mannai"], None, "2024-03-13", mode="phone")],
    ),
    "h_video": (
        "2024-03-14",
        H("2024-03-14") + "Vietnamese Defence Minister General Le Van Thanh held a video conference with Lao "
        "Defence Minister General Khamla Vongsa on Thursday.",
        [M(["Le Van Thanh", "Khamla Vongsa"], None, "2024-03-14", mode="video")],
    ),
    "h_two_visits": (
        "2024-03-14",
        H("2024-03-14") + "Japanese Defence Minister Kenji Sato met Vietnamese Defence Minister General Pham "
        "Quang Vinh in Hanoi on Monday.\n\nOn Tuesday, Sato flew to Manila, where he was received by Philippine "
        "Defense Secretary Gilberto Reyes.",
        [
            M(["Kenji Sato", "Pham Quang Vinh"], "Pham Quang Vinh", "2024-03-11", "Hanoi"),
            M(["Kenji Sato", "Gilberto Reyes"], "Gilberto Reyes", "2024-03-12", "Manila"),
        ],
    ),
    "h_sidelines": (
        "2024-03-14",
        H("2024-03-14") + "On the sidelines of a regional security forum in Singapore on Saturday, Chinese Defence "
        "Minister Dai Jianguo met US Defense Secretary Mark Ellison.",
        [M(["Dai Jianguo", "Mark Ellison"], None, "2024-03-09", "Singapore")],
    ),
    "h_pentagon": (
        "2024-03-14",
        H("2024-03-14") + "Israeli Defense Minister Avi Cohen met US Defense Secretary Mark Ellison at the "
        "Pentagon on Tuesday.",
        [M(["Avi Cohen", "Mark Ellison"], "Mark Ellison", "2024-03-12", "Pentagon")],
    ),
    "h_on_visit_to": (
        "2024-03-14",
        H("2024-03-14") + "Kyrgyz Defence Minister Bakyt Asanov, who is on an official visit to Kazakhstan, met "
        "Kazakh Defence Minister Ruslan Temirbekov in Astana on Thursday.",
        [M(["Bakyt Asanov", "Ruslan Temirbekov"], "Ruslan Temirbekov", "2024-03-14", "Astana")],
    ),
    "h_paid_visit": (
        "2024-03-14",
        H("2024-03-14") + "Uzbek Defence Minister Bakhtiyor Rakhimov paid an official visit to Tajikistan, where "
        "he met Tajik Defence Minister Sherali Nazarov on Monday.",
        [M(["Bakhtiyor Rakhimov", "Sherali Nazarov"], "Sherali Nazarov", "2024-03-11")],
    ),
    "h_visit_headline": (
        "2024-03-14",
        H("2024-03-14") + "Malaysian navy chief visits Indonesia\n\nMalaysian Navy Chief Admiral Tan Wei Ming "
        "called on Indonesian Navy Chief of Staff Admiral Hendra Wibisono at the naval headquarters in Jakarta "
        "on Tuesday.",
        [M(["Tan Wei Ming", "Hendra Wibisono"], "Hendra Wibisono", "2024-03-12", "Jakarta")],
    ),
    # --- dates: publication date from headers and datelines -------------------------------------------------
    "d_dateline_agency": (
        "2024-06-06",
        "Published: June 6, 2024 10:20 AM\n\nNAIROBI, June 5 (Xinhua) -- Kenyan Defence Cabinet Secretary "
        "Hassan Wario on Tuesday met Chinese Ambassador Zhou Ping at the ministry.",
        [M(["Hassan Wario", "Zhou Ping"], "Hassan Wario", "2024-06-04", "Nairobi")],
    ),
    "d_timestamp": (
        "2023-03-02",
        "05:51 PM | 2 Mar, 2023\n\nArmy chief meets Saudi general\n\nRAWALPINDI: Chief of Army Staff General "
        "Tariq Mahmood met visiting Saudi Chief of General Staff General Fahad Al-Shehri at General Headquarters "
        "on Thursday.",
        [M(["Tariq Mahmood", "Fahad Al-Shehri"], "Tariq Mahmood", "2023-03-02", "Rawalpindi")],
    ),
    "d_widget": (
        "2024-04-20",
        "Saturday, April 20, 2024\n\nThai and Cambodian army chiefs hold talks\n\nBANGKOK: Thai Army Commander "
        "General Prasert Chaiyo held talks with Cambodian Army Commander General Sok Vanna in Bangkok yesterday.",
        [M(["Prasert Chaiyo", "Sok Vanna"], "Prasert Chaiyo", "2024-04-19", "Bangkok")],
    ),
    "d_published_on": (
        "2023-08-12",
        "Published on 12 August 2023\n\nGhana and Togo defence chiefs meet\n\nGhanaian Chief of Defence Staff "
        "Vice Admiral Kwame Mensah met Togolese Chief of Defence Staff General Koffi Adjavon in Accra on Friday.",
        [M(["Kwame Mensah", "Koffi Adjavon"], "Kwame Mensah", "2023-08-11", "Accra")],
    ),
    "d_url": (
        "2024-07-18",
        "URL: https://news.example.org/world/2024/07/18/defence-talks-ankara\n\nTurkish and Azerbaijani "
        "ministers meet\n\nTurkish Defence Minister Kerem Yalman met Azerbaijani Defence Minister Elchin "
        "Mammadli in Ankara on Wednesday.",
        [M(["Kerem Yalman", "Elchin Mammadli"], "Kerem Yalman", "2024-07-17", "Ankara")],
    ),
    "d_url_iso": (
        "2024-09-05",
        "URL: https://example.net/news/army-chiefs-meet-20240905\n\nBangladesh Army Chief General Shafiq Alam "
        "received Nepali Army Chief General Prakash Thapa in Dhaka on Monday.",
        [M(["Shafiq Alam", "Prakash Thapa"], "Shafiq Alam", "2024-09-02", "Dhaka")],
    ),
    "d_rollover": (
        "2024-01-03",
        H("2024-01-03") + "Mongolian Defence Minister Gursed Batjargal met Chinese Defence Minister Dai "
        "Jianguo in Beijing on December 28.",
        [M(["Gursed Batjargal", "Dai Jianguo"], "Dai Jianguo", "2023-12-28", "Beijing")],
    ),
    "d_month_day": (
        "2024-07-16",
        H("2024-07-16") + "On July 14, Indonesian Defence Minister Agus Santoso received Australian Defence "
        "Minister Richard Hale in Jakarta.",
        [M(["Agus Santoso", "Richard Hale"], "Agus Santoso", "2024-07-14", "Jakarta")],
    ),
    "d_last_week": (
        "2024-03-14",
        H("2024-03-14") + "Egyptian Defence Minister General Adel Mansour met Sudanese army chief General Osman "
        "Ibrahim in Cairo last week.",
        [M(["Adel Mansour", "Osman Ibrahim"], "Adel Mansour", None, "Cairo")],
    ),
    "d_earlier_month": (
        "2024-03-14",
        H("2024-03-14") + "Earlier this month, Malaysian Defence Minister Azman Tahir met Singaporean Defence "
        "Minister Lim Boon Keat in Kuala Lumpur.",
        [M(["Azman Tahir", "Lim Boon Keat"], "Azman Tahir", None, "Kuala Lumpur")],
    ),
    "d_yesterday": (
        "2024-03-14",
        H("2024-03-14") + "Brazilian Defence Minister Paulo Andrade yesterday received Argentine Defence "
        "Minister Martin Ferreyra in Brasilia.",
        [M(["Paulo Andrade", "Martin Ferreyra"], "Paulo Andrade", "2024-03-13", "Brasilia")],
    ),
    "d_said_on": (
        "2024-03-14",
        H("2024-03-14") + "The ministry said on Wednesday that Mongolian Defence Minister Gursed Batjargal "
        "had met Kazakh Defence Minister Ruslan Temirbekov in Ulaanbaatar on Monday.",
        [M(["Gursed Batjargal", "Ruslan Temirbekov"], "Gursed Batjargal", "2024-03-11", "Ulaanbaatar")],
    ),
    "d_visit_same_day": (
        "2024-03-14",
        H("2024-03-14") + "Sri Lankan Army Commander Lieutenant General Nuwan Perera, who is in Dhaka on a "
        "four-day visit, on Monday called on Bangladesh Army Chief General Shafiq Alam. He also called on "
        "Chief of Naval Staff Admiral Nurul Hoque the same day.",
        [
            M(["Nuwan Perera", "Shafiq Alam"], "Shafiq Alam", "2024-03-11", "Dhaka"),
            M(["Nuwan Perera", "Nurul Hoque"], "Nurul Hoque", "2024-03-11", "Dhaka"),
        ],
    ),
    "d_no_year": (
        None,
        "MOSCOW, November 3. /TASS/. Russian Defence Minister Andrei Volkov held talks with Lao Defence "
        "Minister General Khamla Vongsa in Moscow on Friday.",
        [M(["Andrei Volkov", "Khamla Vongsa"], "Andrei Volkov", None, "Moscow")],
    ),
    "d_dateline_year": (
        "2022-11-03",
        "MINSK, November 3, 2022 (Probe Wire) - Belarusian Defence Minister Viktor Lukin received Chinese "
        "Defence Minister Dai Jianguo on Wednesday.",
        [M(["Viktor Lukin", "Dai Jianguo"], "Viktor Lukin", "2022-11-02", "Minsk")],
    ),
    "d_city_colon": (
        "2024-03-14",
        H("2024-03-14") + "Abuja: Nigerian Defence Minister Bello Usman on Monday received Chadian Defence "
        "Minister General Idriss Mahamat at the ministry.",
        [M(["Bello Usman", "Idriss Mahamat"], "Bello Usman", "2024-03-11", "Abuja")],
    ),
    "d_headline_date": (
        "2024-03-14",
        "Thursday, 14 March 2024 | 09:12 AM\n\nIndian, French army chiefs hold talks\n\nNEW DELHI: Indian Army "
        "Chief General Vikram Rana held talks with French Army Chief of Staff General Pierre Laurent on Tuesday.",
        [M(["Vikram Rana", "Pierre Laurent"], "Vikram Rana", "2024-03-12", "New Delhi")],
    ),
    # --- locations ----------------------------------------------------------------------------------------
    "l_capital_ref": (
        "2024-03-14",
        H("2024-03-14") + "Indonesian Defence Minister Agus Santoso held talks with Japanese Defence Minister "
        "Kenji Sato in the Indonesian capital on Monday.",
        [M(["Agus Santoso", "Kenji Sato"], "Agus Santoso", "2024-03-11", "Jakarta")],
    ),
    "l_ministry_city": (
        "2024-03-14",
        H("2024-03-14") + "Lao Defence Minister General Khamla Vongsa met Vietnamese Defence Minister General "
        "Le Van Thanh at the Ministry of National Defence in Hanoi on Wednesday.",
        [M(["Khamla Vongsa", "Le Van Thanh"], "Le Van Thanh", "2024-03-13", "Hanoi")],
    ),
    "l_country_only": (
        "2024-03-14",
        H("2024-03-14") + "Sudanese army chief General Osman Ibrahim met Egyptian Defence Minister General Adel "
        "Mansour in Egypt on Sunday.",
        [M(["Osman Ibrahim", "Adel Mansour"], "Adel Mansour", "2024-03-10")],
    ),
    "l_dateline_local": (
        "2024-03-14",
        H("2024-03-14") + "HANOI - Vietnamese Defence Minister General Le Van Thanh on Tuesday received the "
        "visiting Cambodian Defence Minister General Tea Sokha.",
        [M(["Le Van Thanh", "Tea Sokha"], "Le Van Thanh", "2024-03-12", "Hanoi")],
    ),
    "l_dateline_abroad": (
        "2024-03-14",
        H("2024-03-14") + "ISLAMABAD: Pakistani Chief of Army Staff General Tariq Mahmood met Chinese Defence "
        "Minister Dai Jianguo in Beijing on Tuesday.",
        [M(["Tariq Mahmood", "Dai Jianguo"], "Dai Jianguo", "2024-03-12", "Beijing")],
    ),
    "l_no_capital_guess": (
        "2024-03-14",
        H("2024-03-14") + "Greek Chief of the National Defence General Staff General Nikos Pappas met Cypriot "
        "National Guard Chief Lieutenant General Andreas Christou on Monday. Both countries face similar "
        "challenges in the eastern Mediterranean.",
        [M(["Nikos Pappas", "Andreas Christou"], None, "2024-03-11")],
    ),
    # --- several sentences: the visit told once, its meetings after it ---------------------------------------
    "v_visit_then_meeting": (
        "2024-03-14",
        H("2024-03-14") + "Rwandan Defence Minister Jean Habimana is on a three-day visit to Kenya.\n\nOn "
        "Tuesday, Habimana held talks with Kenyan Defence Cabinet Secretary Hassan Wario.",
        [M(["Jean Habimana", "Hassan Wario"], "Hassan Wario", "2024-03-12")],
    ),
    "v_arrived_next_para": (
        "2024-03-14",
        H("2024-03-14") + "Egyptian Chief of Staff Lieutenant General Karim Fawzy arrived in Nairobi on Monday "
        "for a three-day visit.\n\nOn Tuesday, Fawzy held talks with Kenyan Chief of Defence Forces General "
        "Peter Kamau.",
        [M(["Karim Fawzy", "Peter Kamau"], "Peter Kamau", "2024-03-12", "Nairobi")],
    ),
    "v_invitation": (
        "2024-03-14",
        H("2024-03-14") + "At the invitation of Mongolian Defence Minister Gursed Batjargal, Kazakh Defence "
        "Minister Ruslan Temirbekov paid an official visit to Mongolia. Temirbekov and Batjargal held talks "
        "in Ulaanbaatar on Tuesday.",
        [M(["Gursed Batjargal", "Ruslan Temirbekov"], "Gursed Batjargal", "2024-03-12", "Ulaanbaatar")],
    ),
    "v_two_hosts": (
        "2024-03-14",
        H("2024-03-14") + "Azerbaijani Defence Minister Elchin Mammadli, who is on a visit to Turkey, met "
        "Turkish Defence Minister Kerem Yalman in Ankara on Monday.\n\nMammadli also met Chief of General "
        "Staff General Selim Aydin on Tuesday.",
        [
            M(["Elchin Mammadli", "Kerem Yalman"], "Kerem Yalman", "2024-03-11", "Ankara"),
            M(["Elchin Mammadli", "Selim Aydin"], "Selim Aydin", "2024-03-12", "Ankara"),
        ],
    ),
    "v_hosted_two": (
        "2024-03-14",
        H("2024-03-14") + "Jordanian Chairman of the Joint Chiefs of Staff Major General Yousef Hnaity hosted "
        "Iraqi Chief of Staff General Hamid Rashid and Egyptian Chief of Staff Lieutenant General Karim "
        "Fawzy in Amman on Wednesday.",
        [M(["Yousef Hnaity", "Hamid Rashid", "Karim Fawzy"], "Yousef Hnaity", "2024-03-13", "Amman")],
    ),
    "v_follow_up_place": (
        "2024-03-14",
        H("2024-03-14") + "Uzbek Defence Minister Bakhtiyor Rakhimov received Turkmen Defence Minister Begench "
        "Gundogdyyev on Monday. The talks were held at the Ministry of Defence in Tashkent.",
        [M(["Bakhtiyor Rakhimov", "Begench Gundogdyyev"], "Bakhtiyor Rakhimov", "2024-03-11", "Tashkent")],
    ),
    "v_venue_comma_city": (
        "2024-03-14",
        H("2024-03-14") + "The Chief of Army Staff, Lieutenant General Ibrahim Bala, on Tuesday received the "
        "Ghanaian Chief of Army Staff, Major General Kofi Boateng, at the Army Headquarters, Abuja.",
        [M(["Ibrahim Bala", "Kofi Boateng"], "Ibrahim Bala", "2024-03-12", "Abuja")],
    ),
    "v_capital_named_before": (
        "2024-03-14",
        H("2024-03-14") + "Malaysian Defence Minister Azman Tahir arrived in Thailand on Monday.\n\nIn the "
        "capital, he held talks with Thai Defence Minister Somsak Rattanakul on Tuesday.",
        [M(["Azman Tahir", "Somsak Rattanakul"], "Somsak Rattanakul", "2024-03-12", "Bangkok")],
    ),
    # --- dates in more shapes ---------------------------------------------------------------------------------
    "d_year_from_text": (
        None,
        "By Probe Wire\n\nAzerbaijani Land Forces Commander Major General Rauf Aliyev met Georgian Land Forces "
        "Commander Brigadier General Giorgi Beridze in Tbilisi, the ministry reported on October 14.\n\nThe "
        "sides discussed the Eternal Partnership 2021 exercise.",
        [M(["Rauf Aliyev", "Giorgi Beridze"], "Giorgi Beridze", "2021-10-14", "Tbilisi")],
    ),
    "d_dateline_no_year_text_year": (
        None,
        "WASHINGTON, Aug 7 (Probe Wire) -- US Defense Secretary Mark Ellison held a phone call on August 6 with "
        "Omani Defence Minister Sayyid Hamood Al-Hinai.\n\nThe call followed an arms agreement signed in May 2025.",
        [M(["Mark Ellison", "Hamood Al-Hinai"], None, "2025-08-06", mode="phone")],
    ),
    "d_posted_on": (
        "2024-03-14",
        "Posted On: 14 MAR 2024 4:35PM by Probe Desk\n\nIndian Chief of Defence Staff General Anil Chauhan "
        "received Sri Lankan Chief of Defence Staff General Chaminda Perera in New Delhi on Wednesday.",
        [M(["Anil Chauhan", "Chaminda Perera"], "Anil Chauhan", "2024-03-13", "New Delhi")],
    ),
    "d_last_updated": (
        "2024-03-14",
        "Indian, Egyptian army chiefs hold talks\n\nLast Updated: March 14, 2024, 09:30 IST\n\nIndian Army "
        "Chief General Vikram Rana held talks with Egyptian Chief of Staff Lieutenant General Karim Fawzy, who "
        "is on a visit to India, in New Delhi on Wednesday.",
        [M(["Vikram Rana", "Karim Fawzy"], "Vikram Rana", "2024-03-13", "New Delhi")],
    ),
    "d_dotted": (
        "2024-03-14",
        "14.03.2024\n\nGeorgian Defence Minister Irakli Chikovani received Armenian Defence Minister Gevorg "
        "Avagyan in Tbilisi on Tuesday.",
        [M(["Irakli Chikovani", "Gevorg Avagyan"], "Irakli Chikovani", "2024-03-12", "Tbilisi")],
    ),
    "d_last_friday": (
        "2024-03-14",
        H("2024-03-14") + "Colombian Defence Minister Ivan Restrepo welcomed Ecuadorian Defence Minister Luis "
        "Andrade to Bogota last Friday.",
        [M(["Ivan Restrepo", "Luis Andrade"], "Ivan Restrepo", "2024-03-08", "Bogota")],
    ),
    "d_this_week": (
        "2024-03-14",
        H("2024-03-14") + "Chilean Defence Minister Rosa Vergara received Peruvian Defence Minister Walter "
        "Quispe in Santiago this week.",
        [M(["Rosa Vergara", "Walter Quispe"], "Rosa Vergara", None, "Santiago")],
    ),
    "d_day_month": (
        "2024-03-14",
        H("2024-03-14") + "Nepali Army Chief General Prakash Thapa called on Indian Defence Minister Rajiv "
        "Menon in New Delhi on 12 March.",
        [M(["Prakash Thapa", "Rajiv Menon"], "Rajiv Menon", "2024-03-12", "New Delhi")],
    ),
    "d_phone_conversation": (
        "2024-03-14",
        H("2024-03-14") + "Kazakh Defence Minister Ruslan Temirbekov held a telephone conversation with Kyrgyz "
        "Defence Minister Bakyt Asanov on Monday.",
        [M(["Ruslan Temirbekov", "Bakyt Asanov"], None, "2024-03-11", mode="phone")],
    ),
    "v_lead_summary": (
        "2024-03-14",
        H("2024-03-14") + "Kazakh and Kyrgyz army commanders have discussed military cooperation at a meeting held "
        "in Kyrgyzstan during the Steppe Shield drills, the Defence Ministry reported on Monday.\n\nKazakh Land "
        "Forces Commander Major General Daulet Omarov met his Kyrgyz counterpart Major General Azamat Toktogulov at "
        "the distinguished visitors day of the drills.",
        [M(["Daulet Omarov", "Azamat Toktogulov"], "Azamat Toktogulov", "2024-03-11")],
    ),
    "v_capital_venue_city": (
        "2024-03-14",
        H("2024-03-14") + "Ghanaian Vice President Kwame Boateng received the commander of US Africa Command, "
        "General Daniel Forde, at the Jubilee House in Accra on Tuesday.",
        [M(["Kwame Boateng", "Daniel Forde"], "Kwame Boateng", "2024-03-12", "Accra")],
    ),
    "v_two_stories": (
        "2024-03-14",
        "Page of dispatches\n\nBRUSSELS, March 12, 2024 - Polish Defence Minister Marek Zielinski met Dutch "
        "Defence Minister Anna de Vries at the alliance headquarters on Tuesday.\n\nSecond story\n\nLISBON, March "
        "13, 2024 - Portuguese Defence Minister Rui Tavares received Moroccan Defence Minister Karim Alaoui on "
        "Wednesday.",
        [
            M(["Marek Zielinski", "Anna de Vries"], None, "2024-03-12"),
            M(["Rui Tavares", "Karim Alaoui"], "Rui Tavares", "2024-03-13", "Lisbon"),
        ],
    ),
    "h_two_at_home": (
        "2024-03-14",
        H("2024-03-14") + "Visiting Azerbaijani Defence Minister Elchin Mammadli met Turkish Defence Minister Kemal "
        "Yalman and Chief of General Staff General Selim Aydin in Ankara on Tuesday.",
        [M(["Elchin Mammadli", "Kerem Yalman", "Selim Aydin"], "Kerem Yalman", "2024-03-12", "Ankara")],
    ),
    "h_staff_headquarters": (
        "2024-03-14",
        H("2024-03-14") + "The head of the Turkish General Staff, General Selim Aydin, met with General Tariq "
        "Mahmood, Pakistan's army chief, at the Turkish General Staff headquarters on Tuesday.",
        [M(["Selim Aydin", "Tariq Mahmood"], "Selim Aydin", "2024-03-12", "Turkish General Staff headquarters")],
    ),
    "h_dinner": (
        "2024-03-14",
        H("2024-03-14") + "Kenyan Defence Cabinet Secretary Hassan Wario hosted a dinner for Rwandan Defence "
        "Minister Jean Habimana in Nairobi on Tuesday.",
        [M(["Hassan Wario", "Jean Habimana"], "Hassan Wario", "2024-03-12", "Nairobi")],
    ),
    "d_relative_clause_day": (
        "2024-03-14",
        H("2024-03-14") + "Malaysian Defence Minister Azman Tahir, who arrived in Hanoi on Sunday for a three-day "
        "visit, held talks with Vietnamese Defence Minister General Le Van Thanh on Monday.",
        [M(["Azman Tahir", "Le Van Thanh"], "Le Van Thanh", "2024-03-11", "Hanoi")],
    ),
    "d_after_arriving": (
        "2024-03-14",
        H("2024-03-14") + "After arriving in Seoul on Monday, Philippine Defense Secretary Gilberto Reyes met "
        "South Korean Defence Minister Kim Jae-won on Tuesday.",
        [M(["Gilberto Reyes", "Kim Jae-won"], "Kim Jae-won", "2024-03-12", "Seoul")],
    ),
    "d_this_morning": (
        "2024-03-14",
        H("2024-03-14") + "Thai Army Commander General Prasert Chaiyo met Cambodian Army Commander General Sok "
        "Vanna at the army headquarters in Bangkok this morning.",
        [M(["Prasert Chaiyo", "Sok Vanna"], "Prasert Chaiyo", "2024-03-14", "Bangkok")],
    ),
    "d_next_day": (
        "2024-03-14",
        H("2024-03-14") + "Indonesian Defence Minister Agus Santoso arrived in Canberra on Monday. The next day, he "
        "held talks with Australian Defence Minister Richard Hale.",
        [M(["Agus Santoso", "Richard Hale"], "Richard Hale", "2024-03-12", "Canberra")],
    ),
    # --- agency dispatches of many regions ---------------------------------------------------------------------
    "w_slash_agency": (
        "2024-03-12",
        "MOSCOW, March 12, 2024. /Probe/. Russian Defence Minister Andrei Volkov held talks with his Chinese "
        "counterpart Dai Jianguo in Moscow, the Russian Defence Ministry's press office reported.",
        [M(["Andrei Volkov", "Dai Jianguo"], "Andrei Volkov", "2024-03-12", "Moscow")],
    ),
    "w_ordinal_dateline": (
        "2024-03-12",
        "ABU DHABI, 12th March, 2024 (Probe) -- Sheikh Hamdan bin Saif received at Al Shati Palace today Mohammed "
        "Al-Mansoori, Minister of Defence of Bahrain.",
        [M(["Hamdan bin Saif", "Mohammed Al-Mansoori"], "Hamdan bin Saif", "2024-03-12", "Al Shati Palace")],
    ),
    "w_here": (
        "2024-03-12",
        "RAWALPINDI, Mar 12, 2024 (Probe): Commander of the Royal Saudi Land Forces, Lieutenant General Fahad "
        "Al-Shehri, called on Chief of Army Staff General Tariq Mahmood at General Headquarters here on Tuesday.",
        [M(["Fahad Al-Shehri", "Tariq Mahmood"], "Tariq Mahmood", "2024-03-12", "Rawalpindi")],
    ),
    "w_unmarked_home": (
        "2024-03-12",
        "SEOUL, March 12, 2024 (Probe) -- Defense Minister Kim Jae-won held talks with his Australian counterpart "
        "Richard Hale on Tuesday, the ministry said.",
        [M(["Kim Jae-won", "Richard Hale"], "Kim Jae-won", "2024-03-12", "Seoul")],
    ),
    "w_courtesy_visit_from": (
        "2024-03-14",
        H("2024-03-14") + "Jakarta (Probe) - Indonesian Defense Minister Agus Santoso received a courtesy visit "
        "from Singaporean Defence Minister Lim Boon Keat at the Defense Ministry office in Jakarta on Tuesday.",
        [M(["Agus Santoso", "Lim Boon Keat"], "Agus Santoso", "2024-03-12", "Jakarta")],
    ),
    "w_venue_comma_city": (
        "2024-03-14",
        H("2024-03-14") + "Defence Cabinet Secretary Hassan Wario on Tuesday hosted his Ugandan counterpart Jacob "
        "Oboth at Ulinzi House, Nairobi.",
        [M(["Hassan Wario", "Jacob Oboth"], "Hassan Wario", "2024-03-12", "Nairobi")],
    ),
    "w_played_host": (
        "2024-03-14",
        H("2024-03-14") + "Abuja: The Chief of Army Staff, Lieutenant General Ibrahim Bala, on Tuesday played host "
        "to the Chief of Army Staff of Niger, General Moussa Salaou.",
        [M(["Ibrahim Bala", "Moussa Salaou"], "Ibrahim Bala", "2024-03-12", "Abuja")],
    ),
    "l_where_place": (
        "2024-03-14",
        H("2024-03-14") + "Chinese General Li Wei was welcomed at Zavidovo on Tuesday, where he held talks with "
        "Russian President Ivan Petrov.",
        [M(["Li Wei", "Ivan Petrov"], None, "2024-03-12", "Zavidovo")],
    ),
    "l_headquarters_of": (
        "2024-03-14",
        H("2024-03-14") + "Nigerian Chief of Army Staff Lieutenant General Ibrahim Bala received Ghanaian Chief of "
        "Army Staff Major General Kofi Boateng at the headquarters of the Nigerian Army on Monday.",
        [M(["Ibrahim Bala", "Kofi Boateng"], "Ibrahim Bala", "2024-03-11", "headquarters of the Nigerian Army")],
    ),
    # --- round 5: host in more phrasings ----------------------------------------------------------------------
    "hr_paid_call": (
        "2024-03-14",
        H("2024-03-14") + "Visiting Kenyan Chief of Defence Forces General Peter Kamau paid a courtesy call on "
        "Tanzanian Defence Minister Amina Salum in Dodoma on Monday.",
        [M(["Peter Kamau", "Amina Salum"], "Amina Salum", "2024-03-11", "Dodoma")],
    ),
    "hr_called_on_hq": (
        "2024-03-14",
        H("2024-03-14") + "Sri Lankan Navy Commander Vice Admiral Priyantha Perera called on the Chief of the "
        "Naval Staff of Pakistan, Admiral Naveed Ashraf, at Naval Headquarters in Islamabad on Wednesday.",
        [M(["Priyantha Perera", "Naveed Ashraf"], "Naveed Ashraf", "2024-03-13", "Islamabad")],
    ),
    "hr_was_received_by": (
        "2024-03-14",
        H("2024-03-14") + "Nigerian Chief of Defence Staff General Musa Abdulkadir was received by Ghanaian "
        "President Kofi Mensah at the Jubilee House in Accra on Tuesday.",
        [M(["Musa Abdulkadir", "Kofi Mensah"], "Kofi Mensah", "2024-03-12", "Accra")],
    ),
    "hr_who_is_on_visit": (
        "2024-03-14",
        H("2024-03-14") + "Mongolian Defence Minister Gursed Batjargal, who is on an official visit to Vietnam, "
        "held talks with Vietnamese Defence Minister General Le Van Thanh on Tuesday.",
        [M(["Gursed Batjargal", "Le Van Thanh"], "Le Van Thanh", "2024-03-12")],
    ),
    "hr_welcomed_by": (
        "2024-03-14",
        H("2024-03-14") + "Pakistani Air Chief Marshal Zubair Babar was warmly welcomed by Turkish Air Force "
        "Commander General Ziya Kadioglu at the Air Force Command in Ankara on Monday.",
        [M(["Zubair Babar", "Ziya Kadioglu"], "Ziya Kadioglu", "2024-03-11", "Ankara")],
    ),
    "hr_invitation_of": (
        "2024-03-14",
        H("2024-03-14") + "Indian Navy chief Admiral Dinesh Kumar, who is visiting Malaysia at the invitation of "
        "Royal Malaysian Navy chief Admiral Abdul Rahman Ayob, held talks with Ayob in Lumut on Wednesday.",
        [M(["Dinesh Kumar", "Abdul Rahman Ayob"], "Abdul Rahman Ayob", "2024-03-13", "Lumut")],
    ),
    "hr_called_phone": (
        "2024-03-14",
        H("2024-03-14") + "US Defense Secretary Mark Ellison called his Philippine counterpart Gilberto Reyes on "
        "Wednesday to discuss the situation in the South China Sea.",
        [M(["Mark Ellison", "Gilberto Reyes"], None, "2024-03-13", mode="phone")],
    ),
    "hr_delegation_ministry": (
        "2024-03-12",
        H("2024-03-12")
        + "ASTANA, March 12 (Probe) – A delegation led by Uzbek Deputy Defence Minister Major General Bakhtiyor "
        "Saidov visited the Kazakh Defence Ministry on Tuesday, where it was received by Deputy Defence Minister "
        "Major General Sultan Kadyrbayev.",
        [M(["Bakhtiyor Saidov", "Sultan Kadyrbayev"], "Sultan Kadyrbayev", "2024-03-12", "Astana")],
    ),
    "hr_visited_hq_where": (
        "2024-03-14",
        H("2024-03-14") + "Egyptian Chief of Staff Lieutenant General Karim Fawzy visited the headquarters of the "
        "Jordanian Armed Forces in Amman on Sunday, where he met Jordanian Chairman of the Joint Chiefs of Staff "
        "Major General Yousef Hnaity.",
        [M(["Karim Fawzy", "Yousef Hnaity"], "Yousef Hnaity", "2024-03-10", "Amman")],
    ),
    "hr_during_visit_city": (
        "2024-03-14",
        H("2024-03-14") + "During a visit to Jakarta, Australian Defence Minister Richard Hale met Indonesian "
        "Defence Minister Agus Santoso on Monday.",
        [M(["Richard Hale", "Agus Santoso"], "Agus Santoso", "2024-03-11", "Jakarta")],
    ),
    "hr_third_country": (
        "2024-03-14",
        H("2024-03-14") + "Armenian Defence Minister Gevorg Avagyan and Georgian Defence Minister Irakli Chikovani "
        "met in Brussels on Wednesday on the sidelines of an alliance meeting.",
        [M(["Gevorg Avagyan", "Irakli Chikovani"], None, "2024-03-13", "Brussels")],
    ),
    "hr_was_hosted_by": (
        "2024-03-14",
        H("2024-03-14") + "Vietnamese Defence Minister General Le Van Thanh was hosted by Cambodian Defence "
        "Minister General Tea Sokha in Phnom Penh on Monday.",
        [M(["Le Van Thanh", "Tea Sokha"], "Tea Sokha", "2024-03-11", "Phnom Penh")],
    ),
    "hr_gave_welcome": (
        "2024-03-14",
        H("2024-03-14") + "Thai Prime Minister Somchai Wongsa gave a warm welcome to visiting Malaysian Defence "
        "Minister Azman Tahir at Government House in Bangkok on Tuesday.",
        [M(["Somchai Wongsa", "Azman Tahir"], "Somchai Wongsa", "2024-03-12", "Bangkok")],
    ),
    "hr_envoy_call": (
        "2024-03-14",
        H("2024-03-14") + "Chinese Ambassador Zhou Ping paid a courtesy call on Nigerian Chief of Defence Staff "
        "General Musa Abdulkadir at Defence Headquarters, Abuja, on Friday.",
        [M(["Zhou Ping", "Musa Abdulkadir"], "Musa Abdulkadir", "2024-03-08", "Abuja")],
    ),
    "hr_location_country": (
        "2024-03-14",
        H("2024-03-14") + "Argentine Army Chief General Carlos Presti held talks with Brazilian Army Commander "
        "General Tomas Paiva in Brasilia on Tuesday.",
        [M(["Carlos Presti", "Tomas Paiva"], "Tomas Paiva", "2024-03-12", "Brasilia")],
    ),
    # --- round 5: dates in more header shapes -----------------------------------------------------------------
    "dr_agency_endash": (
        "2024-03-13",
        H("2024-03-13")
        + "BANGKOK, March 13 (Probe) – Thai Defence Minister Somsak Rattanakul on Wednesday received Lao Defence "
        "Minister General Khamla Vongsa at the Defence Ministry.",
        [M(["Somsak Rattanakul", "Khamla Vongsa"], "Somsak Rattanakul", "2024-03-13", "Bangkok")],
    ),
    "dr_dateline_yesterday": (
        "2024-03-14",
        "NEW DELHI, March 14, 2024 (Probe) – Indian Defence Minister Rajiv Menon yesterday held talks with "
        "visiting Vietnamese Defence Minister General Le Van Thanh.",
        [M(["Rajiv Menon", "Le Van Thanh"], "Rajiv Menon", "2024-03-13", "New Delhi")],
    ),
    "dr_dateline_only": (
        "2024-03-12",
        "HANOI, March 12, 2024 (Probe) – Vietnamese Defence Minister General Le Van Thanh received Japanese "
        "Defence Minister Kenji Sato at the ministry headquarters.",
        [M(["Le Van Thanh", "Kenji Sato"], "Le Van Thanh", "2024-03-12", "Hanoi")],
    ),
    "dr_menafn_nodate": (
        None,
        "Kuwaiti defence minister receives Omani envoy\n\n(MENAFN- Probe Times) Kuwaiti Defence Minister Sheikh "
        "Fahad Al-Mutairi received Omani Ambassador Salim Al-Harthy at the ministry headquarters on Tuesday.",
        [M(["Fahad Al-Mutairi", "Salim Al-Harthy"], "Fahad Al-Mutairi")],
    ),
    "dr_menafn_dated": (
        "2024-03-12",
        "(MENAFN- Probe Times) DOHA, March 12, 2024 – Qatari Chief of Staff Lieutenant General Salem Al-Nabet "
        "received Pakistani Chief of Army Staff General Tariq Mahmood on Tuesday.",
        [M(["Salem Al-Nabet", "Tariq Mahmood"], "Salem Al-Nabet", "2024-03-12", "Doha")],
    ),
    "dr_published_on_top": (
        "2024-03-14",
        "Published on March 14, 2024 09:15 am\n\nPakistan, Turkiye army chiefs meet\n\nRAWALPINDI: Chief of Army "
        "Staff General Tariq Mahmood on Monday received Turkish Land Forces Commander General Selim Aydin at GHQ.",
        [M(["Tariq Mahmood", "Selim Aydin"], "Tariq Mahmood", "2024-03-11", "Rawalpindi")],
    ),
    "dr_time_chrome": (
        "2024-03-14",
        "10:42 AM, March 14, 2024\n\nNigeria, Niger defence chiefs meet\n\nABUJA: The Chief of Defence Staff, "
        "General Musa Abdulkadir, on Tuesday hosted the Nigerien Chief of Defence Staff, General Moussa Salaou, "
        "at Defence Headquarters.",
        [M(["Musa Abdulkadir", "Moussa Salaou"], "Musa Abdulkadir", "2024-03-12", "Abuja")],
    ),
    "dr_earlier_this_week": (
        "2024-03-14",
        H("2024-03-14") + "Earlier this week, Philippine Defense Secretary Gilberto Reyes met Japanese Defence "
        "Minister Kenji Sato in Tokyo.",
        [M(["Gilberto Reyes", "Kenji Sato"], "Kenji Sato", None, "Tokyo")],
    ),
    "dr_last_month": (
        "2024-03-14",
        H("2024-03-14") + "Last month, Kazakh Defence Minister Ruslan Temirbekov held talks in Bishkek with Kyrgyz "
        "Defence Minister Bakyt Asanov.",
        [M(["Ruslan Temirbekov", "Bakyt Asanov"], "Bakyt Asanov", None, "Bishkek")],
    ),
    "dr_headline_date": (
        "2024-03-14",
        H("2024-03-14") + "Nepal, India army chiefs meet in Kathmandu on March 12\n\nNepali Army Chief General "
        "Prakash Thapa received Indian Army Chief General Vikram Rana at the army headquarters in Kathmandu.",
        [M(["Prakash Thapa", "Vikram Rana"], "Prakash Thapa", "2024-03-12", "Kathmandu")],
    ),
    "dr_multi_day_range": (
        "2024-03-14",
        H("2024-03-14") + "On March 11-12, Indonesian Defence Minister Agus Santoso held talks with Australian "
        "Defence Minister Richard Hale in Canberra.",
        [M(["Agus Santoso", "Richard Hale"], "Richard Hale", "2024-03-11", "Canberra")],
    ),
    "dr_visit_days_meeting_day": (
        "2024-03-14",
        H("2024-03-14") + "Malaysian Defence Minister Azman Tahir paid a three-day official visit to Vietnam from "
        "March 11 to 13. On March 12, he held talks with Vietnamese Defence Minister General Le Van Thanh in "
        "Hanoi.",
        [M(["Azman Tahir", "Le Van Thanh"], "Le Van Thanh", "2024-03-12", "Hanoi")],
    ),
    "dr_rollover_plan": (
        "2024-12-20",
        H("2024-12-20") + "Indian Defence Minister Rajiv Menon will visit Dhaka on January 5, where he is due to "
        "meet Bangladeshi Army Chief General Shafiq Alam.",
        [M(["Rajiv Menon", "Shafiq Alam"], "Shafiq Alam", "2025-01-05", "Dhaka", status="planned")],
    ),
    "dr_dateline_no_year": (
        None,
        "CAIRO, March 12 (Probe) – Egyptian Defence Minister General Adel Mansour received Sudanese army chief "
        "General Osman Ibrahim at the ministry on Tuesday.",
        [M(["Adel Mansour", "Osman Ibrahim"], "Adel Mansour", None, "Cairo")],
    ),
    "dr_today_dateline": (
        "2024-03-12",
        H("2024-03-12")
        + "TASHKENT, March 12 (Probe) – Uzbek Defence Minister Bakhtiyor Rakhimov today received Turkmen Defence "
        "Minister Begench Gundogdyyev at the ministry.",
        [M(["Bakhtiyor Rakhimov", "Begench Gundogdyyev"], "Bakhtiyor Rakhimov", "2024-03-12", "Tashkent")],
    ),
    "dr_no_date_anywhere": (
        None,
        "Kenyan and Ugandan defence chiefs meet\n\nKenyan Chief of Defence Forces General Peter Kamau received "
        "Ugandan Chief of Defence Forces General Moses Okello at Defence Headquarters in Nairobi on Tuesday.",
        [M(["Peter Kamau", "Moses Okello"], "Peter Kamau", None, "Nairobi")],
    ),
    "dr_byline_date": (
        "2024-03-14",
        "Army chiefs of Chile and Peru meet\n\nBy Probe Reporter | March 14, 2024\n\nChilean Army Commander "
        "General Javier Iturriaga received Peruvian Army Commander General Walter Cordova in Santiago on "
        "Wednesday.",
        [M(["Javier Iturriaga", "Walter Cordova"], "Javier Iturriaga", "2024-03-13", "Santiago")],
    ),
    # --- round 5: locations ---------------------------------------------------------------------------------
    "lr_capital_of": (
        "2024-03-14",
        H("2024-03-14") + "Singaporean Defence Minister Lim Boon Keat held talks with Malaysian Defence Minister "
        "Azman Tahir in the Malaysian capital on Tuesday.",
        [M(["Lim Boon Keat", "Azman Tahir"], "Azman Tahir", "2024-03-12", "Kuala Lumpur")],
    ),
    "lr_kremlin": (
        "2024-03-14",
        H("2024-03-14") + "Russian President Ivan Petrov received Chinese Defence Minister Dai Jianguo at the "
        "Kremlin on Tuesday.",
        [M(["Ivan Petrov", "Dai Jianguo"], "Ivan Petrov", "2024-03-12", "Kremlin")],
    ),
    "lr_call_dateline": (
        "2024-03-12",
        H("2024-03-12")
        + "NAIROBI, March 12 (Probe) – Kenyan Defence Cabinet Secretary Hassan Wario held a telephone conversation "
        "with Ugandan Defence Minister Jacob Oboth on Tuesday.",
        [M(["Hassan Wario", "Jacob Oboth"], None, "2024-03-12", mode="phone")],
    ),
    "lr_city_country": (
        "2024-03-14",
        H("2024-03-14") + "Saudi Chief of General Staff General Fahad Al-Shehri met Pakistani Chief of Army Staff "
        "General Tariq Mahmood in Lahore, Pakistan, on Monday.",
        [M(["Fahad Al-Shehri", "Tariq Mahmood"], "Tariq Mahmood", "2024-03-11", "Lahore")],
    ),
    # --- round 5: counterparts named elsewhere -----------------------------------------------------------------
    "cr_headline_name": (
        "2024-03-14",
        H("2024-03-14") + "Indian Army chief Rana meets Nepali counterpart Thapa\n\nIndian Army Chief General "
        "Vikram Rana met his Nepali counterpart on Tuesday in Kathmandu, where they discussed border security.",
        [M(["Vikram Rana", "Thapa"], "Thapa", "2024-03-12", "Kathmandu")],
    ),
    "cr_next_sentence": (
        "2024-03-14",
        H("2024-03-14") + "Indonesian Defence Minister Agus Santoso met his Malaysian counterpart in Kuala Lumpur on "
        "Monday. Malaysian Defence Minister Azman Tahir said the talks focused on maritime security.",
        [M(["Agus Santoso", "Azman Tahir"], "Azman Tahir", "2024-03-11", "Kuala Lumpur")],
    ),
    "cr_two_ministers": (
        "2024-03-14",
        H("2024-03-14") + "Saudi Defence Minister Prince Faisal bin Turki arrived in Cairo on Sunday. Egyptian "
        "Defence Minister General Adel Mansour welcomed him at the airport.\n\nThe two ministers later held talks "
        "at the ministry on regional security.",
        [M(["Faisal bin Turki", "Adel Mansour"], "Adel Mansour", "2024-03-10", "Cairo")],
    ),
    "cr_visiting_general": (
        "2024-03-14",
        H("2024-03-14") + "Brazilian Army Commander General Tomas Paiva arrived in Buenos Aires on Monday.\n\n"
        "Argentine Army Chief General Carlos Presti received the visiting general at army headquarters on "
        "Tuesday.",
        [M(["Tomas Paiva", "Carlos Presti"], "Carlos Presti", "2024-03-12", "Buenos Aires")],
    ),
    "cr_counterpart_later_para": (
        "2024-03-14",
        H("2024-03-14") + "Chinese Defence Minister Dai Jianguo held talks with his Pakistani counterpart in "
        "Beijing on Wednesday.\n\nPakistani Defence Minister Tariq Asad Khan is on a four-day visit to China.",
        [M(["Dai Jianguo", "Tariq Asad Khan"], "Dai Jianguo", "2024-03-13", "Beijing")],
    ),
    # --- round 5: host from the city's country, institutions, Gulf and South Asian phrasing ---------------------
    "hr_city_home_side": (
        "2024-03-14",
        H("2024-03-14") + "Chinese Defence Minister Dai Jianguo met Russian Defence Minister Andrei Volkov in "
        "Vladivostok on Monday.",
        [M(["Dai Jianguo", "Andrei Volkov"], "Andrei Volkov", "2024-03-11", "Vladivostok")],
    ),
    "hr_city_home_second": (
        "2024-03-14",
        H("2024-03-14") + "Indian Defence Minister Rajiv Menon and Vietnamese Defence Minister General Le Van Thanh "
        "held talks in Da Nang on Tuesday.",
        [M(["Rajiv Menon", "Le Van Thanh"], "Le Van Thanh", "2024-03-12", "Da Nang")],
    ),
    "hr_received_in_office": (
        "2024-03-14",
        H("2024-03-14") + "Saudi Chief of General Staff General Fahad Al-Shehri received in his office in Riyadh "
        "today Omani Chief of Staff Lieutenant General Salim Al-Harthy, who is visiting the Kingdom.",
        [M(["Fahad Al-Shehri", "Salim Al-Harthy"], "Fahad Al-Shehri", "2024-03-14", "Riyadh")],
    ),
    "hr_met_by_at_ministry": (
        "2024-03-14",
        H("2024-03-14") + "Ugandan Defence Minister Jacob Oboth arrived at the Ministry of Defence in Kigali on "
        "Tuesday, where he was met by Rwandan Defence Minister Jean Habimana.",
        [M(["Jacob Oboth", "Jean Habimana"], "Jean Habimana", "2024-03-12", "Kigali")],
    ),
    "hr_luncheon_honour": (
        "2024-03-14",
        H("2024-03-14") + "Malaysian Defence Minister Azman Tahir hosted a luncheon in honour of Bruneian Defence "
        "Minister Halim Yusof in Putrajaya on Wednesday.",
        [M(["Azman Tahir", "Halim Yusof"], "Azman Tahir", "2024-03-13", "Putrajaya")],
    ),
    "hr_travelled_to_meet": (
        "2024-03-14",
        H("2024-03-14") + "Lao Defence Minister General Khamla Vongsa travelled to Hanoi on Monday to meet "
        "Vietnamese Defence Minister General Le Van Thanh.",
        [M(["Khamla Vongsa", "Le Van Thanh"], "Le Van Thanh", "2024-03-11", "Hanoi")],
    ),
    "hr_spoke_over_phone": (
        "2024-03-14",
        H("2024-03-14") + "Greek Defence Minister Nikos Dendias and Cypriot Defence Minister Vasilis Palmas "
        "spoke over the phone on Tuesday.",
        [M(["Nikos Dendias", "Vasilis Palmas"], None, "2024-03-12", mode="phone")],
    ),
    "hr_video_link": (
        "2024-03-14",
        H("2024-03-14") + "Japanese Defence Minister Kenji Sato held talks via video link with Philippine Defense "
        "Secretary Gilberto Reyes on Monday.",
        [M(["Kenji Sato", "Gilberto Reyes"], None, "2024-03-11", mode="video")],
    ),
    "hr_maiden_visit": (
        "2024-03-14",
        H("2024-03-14") + "Bahraini Chief of Staff Lieutenant General Theyab Al-Noaimi, on his maiden visit to "
        "Pakistan, called on Chief of Army Staff General Tariq Mahmood on Wednesday.",
        [M(["Theyab Al-Noaimi", "Tariq Mahmood"], "Tariq Mahmood", "2024-03-13")],
    ),
    "hr_guard_then_talks": (
        "2024-03-14",
        H("2024-03-14") + "Kazakh Defence Minister Ruslan Temirbekov was accorded a guard of honour at the "
        "Ministry of Defence in Tashkent on Tuesday. Uzbek Defence Minister Bakhtiyor Rakhimov then held talks with "
        "his guest.",
        [M(["Ruslan Temirbekov", "Bakhtiyor Rakhimov"], "Bakhtiyor Rakhimov", "2024-03-12", "Tashkent")],
    ),
    "hr_institution_visit": (
        "2024-03-14",
        H("2024-03-14") + "US Army Chief of Staff General Randy George visited the Indian Army headquarters in New "
        "Delhi on Monday and met Indian Army Chief General Vikram Rana.",
        [M(["Randy George", "Vikram Rana"], "Vikram Rana", "2024-03-11", "New Delhi")],
    ),
    # --- round 5: wire datelines and page chrome of many outlets ------------------------------------------------
    "dw_bracket_country": (
        "2024-03-14",
        H("2024-03-14") + "New Delhi [India], March 13 (Probe): Indian Chief of Defence Staff General Anil Chauhan "
        "met Egyptian Chief of Staff Lieutenant General Karim Fawzy in the national capital on Wednesday.",
        [M(["Anil Chauhan", "Karim Fawzy"], "Anil Chauhan", "2024-03-13", "New Delhi")],
    ),
    "dw_paren_agency_colon": (
        "2024-03-14",
        H("2024-03-14") + "Islamabad, March 13 (Probe): Pakistani Air Chief Marshal Zubair Babar received Turkish "
        "Air Force Commander General Ziya Kadioglu at Air Headquarters.",
        [M(["Zubair Babar", "Ziya Kadioglu"], "Zubair Babar", "2024-03-13", "Islamabad")],
    ),
    "dw_agency_no_comma": (
        "2024-03-14",
        H("2024-03-14") + "Jakarta (Probe) - Indonesian Army Chief of Staff General Maruli Siregar held talks with "
        "visiting Australian Chief of Army Lieutenant General Simon Halvey on Tuesday.",
        [M(["Maruli Siregar", "Simon Halvey"], "Maruli Siregar", "2024-03-12", "Jakarta")],
    ),
    "dw_chrome_after_headline": (
        "2024-03-14",
        "Thai, Lao defence ministers hold talks\n\nMar 14, 2024, 10:15 ICT\n\nThai Defence Minister Somsak "
        "Rattanakul held talks with Lao Defence Minister General Khamla Vongsa in Vientiane on Tuesday.",
        [M(["Somsak Rattanakul", "Khamla Vongsa"], "Khamla Vongsa", "2024-03-12", "Vientiane")],
    ),
    "dw_rfc_chrome": (
        "2024-03-14",
        "Thu, 14 Mar 2024 08:30:00 GMT\n\nNigerian Chief of Naval Staff Vice Admiral Emmanuel Ogalla received "
        "Ghanaian Chief of Naval Staff Rear Admiral Issah Yakubu in Abuja on Tuesday.",
        [M(["Emmanuel Ogalla", "Issah Yakubu"], "Emmanuel Ogalla", "2024-03-12", "Abuja")],
    ),
    "dw_slash_date": (
        "2024-03-14",
        "14/03/2024 - 09:40\n\nPeruvian and Bolivian defence ministers meet\n\nPeruvian Defence Minister Walter "
        "Astudillo received Bolivian Defence Minister Edmundo Novillo in Lima on Wednesday.",
        [M(["Walter Astudillo", "Edmundo Novillo"], "Walter Astudillo", "2024-03-13", "Lima")],
    ),
    "dw_updated_iso": (
        "2024-03-14",
        "Chinese, Cambodian defence ministers hold talks\n\nUpdated: 2024-03-14 20:55\n\nChinese Defence Minister "
        "Dai Jianguo held talks with Cambodian Defence Minister General Tea Sokha in Beijing on Wednesday.",
        [M(["Dai Jianguo", "Tea Sokha"], "Dai Jianguo", "2024-03-13", "Beijing")],
    ),
    "dw_weekday_paren": (
        "2024-03-14",
        H("2024-03-14") + "Kenyan Chief of Defence Forces General Peter Kamau met Somali army chief General Ibrahim "
        "Sheikh on Tuesday (March 12) at Defence Headquarters in Nairobi.",
        [M(["Peter Kamau", "Ibrahim Sheikh"], "Peter Kamau", "2024-03-12", "Nairobi")],
    ),
    "dw_evening": (
        "2024-03-14",
        H("2024-03-14") + "Brazilian Defence Minister Paulo Andrade received Uruguayan Defence Minister Ana Suarez "
        "in Brasilia on Monday evening.",
        [M(["Paulo Andrade", "Ana Suarez"], "Paulo Andrade", "2024-03-11", "Brasilia")],
    ),
    "dw_ordinal_day": (
        "2024-03-14",
        H("2024-03-14") + "Bangladesh Navy chief Admiral Nurul Hoque received Sri Lankan Navy Commander Vice "
        "Admiral Priyantha Perera at Naval Headquarters in Dhaka on 12th March.",
        [M(["Nurul Hoque", "Priyantha Perera"], "Nurul Hoque", "2024-03-12", "Dhaka")],
    ),
    "dw_full_date": (
        "2024-03-14",
        H("2024-03-14") + "On March 12, 2024, Kyrgyz Defence Minister Bakyt Asanov met Tajik Defence Minister "
        "Sherali Nazarov in Dushanbe.",
        [M(["Bakyt Asanov", "Sherali Nazarov"], "Sherali Nazarov", "2024-03-12", "Dushanbe")],
    ),
    "dw_dateline_on_own_line": (
        "2024-03-14",
        H("2024-03-14") + "Pakistan, Saudi army chiefs meet\n\nRawalpindi:\n\nSaudi Land Forces Commander "
        "Lieutenant General Fahad Al-Shehri called on Chief of Army Staff General Tariq Mahmood at GHQ on "
        "Wednesday.",
        [M(["Fahad Al-Shehri", "Tariq Mahmood"], "Tariq Mahmood", "2024-03-13", "Rawalpindi")],
    ),
    "dw_late_tuesday": (
        "2024-03-14",
        H("2024-03-14") + "Late on Tuesday, US Defense Secretary Mark Ellison met Israeli Defense Minister Avi Cohen "
        "in Tel Aviv.",
        [M(["Mark Ellison", "Avi Cohen"], "Avi Cohen", "2024-03-12", "Tel Aviv")],
    ),
    "dw_december_plan": (
        "2024-12-20",
        H("2024-12-20") + "Thai Defence Minister Somsak Rattanakul is scheduled to meet Cambodian Defence Minister "
        "General Tea Sokha in Phnom Penh on January 8.",
        [M(["Somsak Rattanakul", "Tea Sokha"], "Tea Sokha", "2025-01-08", "Phnom Penh", status="planned")],
    ),
    "dw_january_past": (
        "2025-01-03",
        H("2025-01-03") + "Vietnamese Defence Minister General Le Van Thanh received Lao Defence Minister General "
        "Khamla Vongsa in Hanoi on December 30.",
        [M(["Le Van Thanh", "Khamla Vongsa"], "Le Van Thanh", "2024-12-30", "Hanoi")],
    ),
    # --- round 5: counterparts and the two sides told apart ------------------------------------------------------
    "cr_counterpart_from": (
        "2024-03-14",
        H("2024-03-14") + "Portuguese Defence Minister Rui Tavares met his counterpart from Brazil, Jorge Mendonca, in "
        "Lisbon on Tuesday.",
        [M(["Rui Tavares", "Jorge Mendonca"], "Rui Tavares", "2024-03-12", "Lisbon")],
    ),
    "cr_visiting_minister": (
        "2024-03-14",
        H("2024-03-14") + "Bruneian Defence Minister Halim Yusof arrived in Singapore on Monday for a two-day "
        "visit.\n\nSingaporean Defence Minister Lim Boon Keat hosted the visiting minister at the Ministry of "
        "Defence on Tuesday.",
        [M(["Halim Yusof", "Lim Boon Keat"], "Lim Boon Keat", "2024-03-12", "Singapore")],
    ),
    "cr_headline_both": (
        "2024-03-14",
        H("2024-03-14") + "Sato, Reyes discuss maritime security in Manila\n\nJapanese Defence Minister Kenji Sato "
        "held talks with his Philippine counterpart in Manila on Tuesday.",
        [M(["Kenji Sato", "Reyes"], "Reyes", "2024-03-12", "Manila")],
    ),
    # --- round 5: host told by the venue, the office or the visitor's arrival ------------------------------------
    "hv_white_house": (
        "2024-03-14",
        H("2024-03-14") + "US President Daniel Harlow met Kenyan President Samuel Kiprop at the White House on "
        "Tuesday.",
        [M(["Daniel Harlow", "Samuel Kiprop"], "Daniel Harlow", "2024-03-12", "White House")],
    ),
    "hv_in_his_office": (
        "2024-03-14",
        H("2024-03-14") + "Indonesian Defence Minister Agus Santoso met Dutch Ambassador Pieter de Groot in his "
        "office in Jakarta on Monday.",
        [M(["Agus Santoso", "Pieter de Groot"], "Agus Santoso", "2024-03-11", "Jakarta")],
    ),
    "hv_arrived_country_met": (
        "2024-03-14",
        H("2024-03-14") + "Egyptian Defence Minister General Adel Mansour, who arrived in Sudan on Sunday, met "
        "Sudanese army chief General Osman Ibrahim in Port Sudan on Monday.",
        [M(["Adel Mansour", "Osman Ibrahim"], "Osman Ibrahim", "2024-03-11", "Port Sudan")],
    ),
    "hv_visiting_object": (
        "2024-03-14",
        H("2024-03-14") + "Cambodian Defence Minister General Tea Sokha met the visiting Thai Army Commander General "
        "Prasert Chaiyo on Wednesday.",
        [M(["Tea Sokha", "Prasert Chaiyo"], "Tea Sokha", "2024-03-13")],
    ),
    "hv_who_visited": (
        "2024-03-14",
        H("2024-03-14") + "Bangladesh Army Chief General Shafiq Alam met Nepali Army Chief General Prakash Thapa, who "
        "is visiting Bangladesh, at Army Headquarters in Dhaka on Tuesday.",
        [M(["Shafiq Alam", "Prakash Thapa"], "Shafiq Alam", "2024-03-12", "Dhaka")],
    ),
    "hv_pakistan_city": (
        "2024-03-14",
        H("2024-03-14") + "Turkish Defence Minister Kerem Yalman met Pakistani Prime Minister Imran Qureshi in "
        "Islamabad on Monday.",
        [M(["Kerem Yalman", "Imran Qureshi"], "Imran Qureshi", "2024-03-11", "Islamabad")],
    ),
    "hv_second_meeting_same_visit": (
        "2024-03-14",
        H("2024-03-14") + "Philippine Defense Secretary Gilberto Reyes arrived in Canberra on Monday for a three-day "
        "visit.\n\nOn Tuesday, Reyes held talks with Australian Defence Minister Richard Hale. He also met "
        "Australian Chief of Defence Force General Angus Campbell on Wednesday.",
        [
            M(["Gilberto Reyes", "Richard Hale"], "Richard Hale", "2024-03-12", "Canberra"),
            M(["Gilberto Reyes", "Angus Campbell"], "Angus Campbell", "2024-03-13", "Canberra"),
        ],
    ),
    "hv_met_with_abroad_subject_host": (
        "2024-03-14",
        H("2024-03-14") + "Kazakh President Nurlan Abenov received Chinese Defence Minister Dai Jianguo in Astana "
        "on Tuesday. Dong also held talks with Kazakh Defence Minister Ruslan Temirbekov the same day.",
        [
            M(["Nurlan Abenov", "Dai Jianguo"], "Nurlan Abenov", "2024-03-12", "Astana"),
            M(["Dai Jianguo", "Ruslan Temirbekov"], "Ruslan Temirbekov", "2024-03-12", "Astana"),
        ],
    ),
    "hv_host_from_title_only": (
        "2024-03-14",
        H("2024-03-14") + "The Chief of Army Staff, General Tariq Mahmood, met the Commander of the Royal Saudi Land "
        "Forces, Lieutenant General Fahad Al-Shehri, in Riyadh on Monday.",
        [M(["Tariq Mahmood", "Fahad Al-Shehri"], "Fahad Al-Shehri", "2024-03-11", "Riyadh")],
    ),
    "hv_multilateral": (
        "2024-03-14",
        H("2024-03-14") + "On the margins of the regional defence ministers' meeting in Vientiane on Wednesday, "
        "Japanese Defence Minister Kenji Sato held talks with Malaysian Defence Minister Azman Tahir.",
        [M(["Kenji Sato", "Azman Tahir"], None, "2024-03-13", "Vientiane")],
    ),
    "dv_on_date_wire_day_before": (
        "2024-03-15",
        H("2024-03-15") + "LAGOS, March 14 (Probe) – Nigerian Navy chief Vice Admiral Chidi Okafor on Thursday "
        "hosted French Navy chief Admiral Pierre Vallerand in Lagos.",
        [M(["Chidi Okafor", "Pierre Vallerand"], "Chidi Okafor", "2024-03-14", "Lagos")],
    ),
    "dv_weekday_comma_date": (
        "2024-03-14",
        H("2024-03-14") + "Argentine Defence Minister Luis Petri received Chilean Defence Minister Maya Fernandez "
        "in Buenos Aires on Tuesday, March 12.",
        [M(["Luis Petri", "Maya Fernandez"], "Luis Petri", "2024-03-12", "Buenos Aires")],
    ),
    "dv_date_after_year_text": (
        "2024-03-14",
        H("2024-03-14") + "Mongolian Defence Minister Gursed Batjargal met Japanese Defence Minister Kenji Sato in "
        "Tokyo on 12 March 2024.",
        [M(["Gursed Batjargal", "Kenji Sato"], "Kenji Sato", "2024-03-12", "Tokyo")],
    ),
    "dv_tuesdays_meeting": (
        "2024-03-14",
        H("2024-03-14") + "At Tuesday's meeting in Hanoi, Vietnamese Defence Minister General Le Van Thanh and "
        "Indian Defence Minister Rajiv Menon discussed shipbuilding.",
        [M(["Le Van Thanh", "Rajiv Menon"], "Le Van Thanh", "2024-03-12", "Hanoi")],
    ),
    "dv_past_perfect_last_year": (
        "2024-03-14",
        H("2024-03-14") + "Kenyan Defence Cabinet Secretary Hassan Wario received Ethiopian Defence Minister Abraham "
        "Belay in Nairobi on Tuesday. The two had last met in Addis Ababa in 2022.",
        [M(["Hassan Wario", "Abraham Belay"], "Hassan Wario", "2024-03-12", "Nairobi")],
    ),
    # --- round 5: nobody hosts (a third country, a multilateral event, one country's own officials) ---------------
    "hn_third_city": (
        "2024-03-14",
        H("2024-03-14") + "Indian Defence Minister Rajiv Menon and Chinese Defence Minister Dai Jianguo met in "
        "Moscow on Tuesday.",
        [M(["Rajiv Menon", "Dai Jianguo"], None, "2024-03-12", "Moscow")],
    ),
    "hn_nato_hq": (
        "2024-03-14",
        H("2024-03-14") + "Polish Defence Minister Marek Zielinski held talks with Lithuanian Defence Minister Jonas "
        "Petraitis at NATO headquarters in Brussels on Wednesday.",
        [M(["Marek Zielinski", "Jonas Petraitis"], None, "2024-03-13", "Brussels")],
    ),
    "hn_un_new_york": (
        "2024-03-14",
        H("2024-03-14") + "On the margins of the UN General Assembly in New York on Monday, Egyptian Foreign Minister "
        "Sameh Hassan met Turkish Foreign Minister Hakan Aydin.",
        [M(["Sameh Hassan", "Hakan Aydin"], None, "2024-03-11", "New York")],
    ),
    "hn_during_dialogue": (
        "2024-03-14",
        H("2024-03-14") + "Australian Defence Minister Richard Hale met Philippine Defense Secretary Gilberto Reyes "
        "during a regional security summit in Singapore on Saturday.",
        [M(["Richard Hale", "Gilberto Reyes"], None, "2024-03-09", "Singapore")],
    ),
    "hn_domestic": (
        "2024-03-14",
        H("2024-03-14") + "Pakistani Prime Minister Imran Qureshi met Chief of Army Staff General Tariq Mahmood in "
        "Islamabad on Monday to discuss the security situation.",
        [M(["Imran Qureshi", "Tariq Mahmood"], None, "2024-03-11", "Islamabad")],
    ),
    "hn_domestic_received": (
        "2024-03-14",
        H("2024-03-14") + "Nigerian President Bola Adeyemi received Chief of Defence Staff General Musa Abdulkadir at "
        "the Presidential Villa in Abuja on Tuesday.",
        [M(["Bola Adeyemi", "Musa Abdulkadir"], "Bola Adeyemi", "2024-03-12", "Abuja")],
    ),
    "hn_abroad_dateline_home": (
        "2024-03-14",
        H("2024-03-14") + "WASHINGTON, March 13 (Probe) – US Defense Secretary Mark Ellison met Indian Defence "
        "Minister Rajiv Menon in New Delhi on Wednesday.",
        [M(["Mark Ellison", "Rajiv Menon"], "Rajiv Menon", "2024-03-13", "New Delhi")],
    ),
    "hn_third_country_both_named": (
        "2024-03-14",
        H("2024-03-14") + "The Azerbaijani and Armenian foreign ministers, Ilgar Aghayev and Aram Sahakyan, held "
        "talks in Almaty on Tuesday.",
        [M(["Ilgar Aghayev", "Aram Sahakyan"], None, "2024-03-12", "Almaty")],
    ),
    # --- round 5: dates written in more ways ---------------------------------------------------------------------
    "dx_abbrev_dot": (
        "2024-09-14",
        H("2024-09-14") + "Kenyan Defence Cabinet Secretary Hassan Wario received Somali Defence Minister Abdi "
        "Nur in Nairobi on Sept. 12.",
        [M(["Hassan Wario", "Abdi Nur"], "Hassan Wario", "2024-09-12", "Nairobi")],
    ),
    "dx_ordinal_suffix": (
        "2024-03-14",
        H("2024-03-14") + "Ghanaian Chief of Defence Staff Vice Admiral Kwame Mensah hosted Ivorian army chief "
        "General Lassina Doumbia in Accra on March 12th.",
        [M(["Kwame Mensah", "Lassina Doumbia"], "Kwame Mensah", "2024-03-12", "Accra")],
    ),
    "dx_follow_up_day": (
        "2024-03-14",
        H("2024-03-14") + "Uzbek Defence Minister Bakhtiyor Rakhimov received Tajik Defence Minister Sherali Nazarov "
        "in Tashkent. The meeting took place on Tuesday.",
        [M(["Bakhtiyor Rakhimov", "Sherali Nazarov"], "Bakhtiyor Rakhimov", "2024-03-12", "Tashkent")],
    ),
    "dx_appositive_day": (
        "2024-03-14",
        H("2024-03-14") + "The talks between Thai Army Commander General Prasert Chaiyo and Malaysian Army Chief "
        "General Hafiz Ismail, held in Bangkok on Wednesday, focused on border security.",
        [M(["Prasert Chaiyo", "Hafiz Ismail"], "Prasert Chaiyo", "2024-03-13", "Bangkok")],
    ),
    "dx_same_weekday_as_published": (
        "2024-03-14",
        H("2024-03-14") + "Brazilian Navy Commander Admiral Marcos Olsen met Portuguese Navy chief Admiral Joao "
        "Gouveia in Lisbon on Thursday.",
        [M(["Marcos Olsen", "Joao Gouveia"], "Joao Gouveia", "2024-03-14", "Lisbon")],
    ),
    "dx_earlier_today": (
        "2024-03-14",
        H("2024-03-14") + "Earlier today, Sri Lankan Defence Secretary Kamal Gunaratne received Maldivian Defence "
        "Minister Ghassan Maumoon in Colombo.",
        [M(["Kamal Gunaratne", "Ghassan Maumoon"], "Kamal Gunaratne", "2024-03-14", "Colombo")],
    ),
    # --- round 5: longer articles, with background, quotes and chrome around the meeting ------------------------
    "lx_gulf_long": (
        "2024-03-13",
        "Home | Politics | Gulf | World\n\nSaudi defence minister receives Omani counterpart\n\nRiyadh, March 13, 2024 "
        "(Probe) -- Saudi Defence Minister Prince Faisal bin Turki received in Riyadh today Omani Defence Minister "
        "Sayyid Hamood Al-Hinai, who is on an official visit to the Kingdom.\n\nDuring the meeting, the two sides "
        "reviewed bilateral relations and discussed regional developments. The meeting was attended by Chief of "
        "General Staff General Fahad Al-Shehri.\n\nPrince Faisal had visited Muscat in January, when he met Sultan "
        "Haitham Al-Said.\n\nRelated News\n\nOmani minister arrives in Riyadh\n\nSaudi, Kuwaiti defence chiefs "
        "discuss cooperation",
        [
            M(
                ["Faisal bin Turki", "Hamood Al-Hinai", "Fahad Al-Shehri"],
                "Faisal bin Turki",
                "2024-03-13",
                "Riyadh",
            ),
            M(["Faisal bin Turki", "Haitham Al-Said"], "Haitham Al-Said", None, "Muscat"),
        ],
    ),
    "lx_south_asia_long": (
        "2024-03-14",
        "Army chief receives Sri Lankan commander\n\nPublished March 14, 2024 | 11:02 pm\n\nRAWALPINDI: Sri Lankan "
        "Army Commander Lieutenant General Nuwan Perera called on Chief of Army Staff General Tariq Mahmood at "
        "General Headquarters on Wednesday, the military's media wing said.\n\n\"Matters of mutual interest, "
        'regional security and defence cooperation were discussed," the statement said.\n\nThe visiting dignitary '
        "appreciated the professionalism of the Pakistan Army. Earlier, on his arrival at GHQ, he laid a wreath at "
        "the martyrs' monument.\n\nGeneral Perera had earlier met Chairman Joint Chiefs of Staff Committee General "
        "Sajid Rana on Tuesday.",
        [
            M(["Nuwan Perera", "Tariq Mahmood"], "Tariq Mahmood", "2024-03-13", "Rawalpindi"),
            M(["Nuwan Perera", "Sajid Rana"], "Sajid Rana", "2024-03-12"),
        ],
    ),
    "lx_africa_long": (
        "2024-03-14",
        "March 14, 2024\n\nBy Probe Reporter\n\nThe Chief of Defence Staff (CDS), General Musa Abdulkadir, has said Nigeria will "
        "continue to partner with friendly nations to tackle insecurity.\n\nAbdulkadir said this on Tuesday in "
        "Abuja when he received the Chief of Defence Staff of the Republic of Benin, General Fructueux Gbaguidi, "
        "who paid him a courtesy visit at Defence Headquarters.\n\nHe said the two countries shared a long border "
        'and common security challenges. "We will continue to share intelligence," he said.\n\nGbaguidi said he '
        "was in Nigeria to strengthen the existing relations between both armed forces.",
        [M(["Musa Abdulkadir", "Fructueux Gbaguidi"], "Musa Abdulkadir", "2024-03-12", "Abuja")],
    ),
    "lx_sea_long": (
        "2024-03-14",
        H("2024-03-14")
        + "HANOI (Probe) – Vietnamese Defence Minister General Le Van Thanh held talks with Malaysian Defence Minister "
        "Azman Tahir in Hanoi on March 13 as part of Tahir's official visit to Vietnam from March 12-14.\n\n"
        "Welcoming the guest, Thanh said the two countries' defence ties had grown steadily since they signed a "
        "memorandum of understanding in 2019.\n\nTahir said Malaysia wanted to expand naval cooperation. On the "
        "same day, Tahir paid a courtesy call on Vietnamese Prime Minister Tran Minh Duc.",
        [
            M(["Le Van Thanh", "Azman Tahir"], "Le Van Thanh", "2024-03-13", "Hanoi"),
            M(["Azman Tahir", "Tran Minh Duc"], "Tran Minh Duc", "2024-03-13", "Hanoi"),
        ],
    ),
    "lx_latam_long": (
        "2024-03-14",
        "Defensa\n\nMarch 14, 2024\n\nColombian Defence Minister Ivan Restrepo travelled to Quito on Tuesday, where "
        "he met Ecuadorian Defence Minister Gabriela Sommerfeld to discuss border security.\n\nThe ministers agreed "
        "to hold joint patrols. Restrepo also met Ecuadorian President Daniel Noboa at the Carondelet Palace.\n\n"
        "Share this article",
        [
            M(["Ivan Restrepo", "Gabriela Sommerfeld"], "Gabriela Sommerfeld", "2024-03-12", "Quito"),
            M(["Ivan Restrepo", "Daniel Noboa"], "Daniel Noboa", None, "Carondelet Palace"),
        ],
    ),
    "lx_russia_long": (
        "2024-03-14",
        H("2024-03-14")
        + "MOSCOW, March 14. /Probe/. Russian Defence Minister Andrei Volkov held talks with Myanmar's military "
        "commander-in-chief Senior General Min Aung Thu in Moscow on Thursday, the Russian Defence Ministry said.\n\n"
        '"Our countries have a long history of friendship," Volkov said at the start of the meeting.\n\nThe '
        "sides discussed military-technical cooperation. Min Aung Thu arrived in Russia on Tuesday on a four-day "
        "visit.",
        [M(["Andrei Volkov", "Min Aung Thu"], "Andrei Volkov", "2024-03-14", "Moscow")],
    ),
    # --- round 5: more ways to tell the receiving side -----------------------------------------------------------
    "hq_farewell_call": (
        "2024-03-14",
        H("2024-03-14") + "Outgoing Turkish Ambassador Mehmet Kaya paid a farewell call on Pakistani Chief of Army "
        "Staff General Tariq Mahmood at General Headquarters in Rawalpindi on Tuesday.",
        [M(["Mehmet Kaya", "Tariq Mahmood"], "Tariq Mahmood", "2024-03-12", "Rawalpindi")],
    ),
    "hq_received_in_audience": (
        "2024-03-14",
        H("2024-03-14") + "British Chief of the Defence Staff Admiral Tom Radley was received in audience by "
        "Jordanian King Abdullah Hashem at Al Husseiniya Palace in Amman on Monday.",
        [M(["Tom Radley", "Abdullah Hashem"], "Abdullah Hashem", "2024-03-11", "Amman")],
    ),
    "hq_latters_office": (
        "2024-03-14",
        H("2024-03-14") + "Indonesian Army Chief of Staff General Maruli Siregar met Malaysian Army Chief General "
        "Hafiz Ismail at the latter's office in Kuala Lumpur on Wednesday.",
        [M(["Maruli Siregar", "Hafiz Ismail"], "Hafiz Ismail", "2024-03-13", "Kuala Lumpur")],
    ),
    "hq_pronoun_after_arrival": (
        "2024-03-14",
        H("2024-03-14") + "Turkish Defence Minister Kemal Aksoy arrived in Baku on Monday on an official visit.\n\n"
        "On Tuesday, he met Azerbaijani Defence Minister Zaur Gulubeyov at the Defence Ministry.",
        [M(["Kemal Aksoy", "Zaur Gulubeyov"], "Zaur Gulubeyov", "2024-03-12", "Baku")],
    ),
    "hq_visit_headline_met": (
        "2024-03-14",
        H("2024-03-14") + "Indian Navy chief on official visit to Oman\n\nIndian Navy chief Admiral Dinesh Kumar met "
        "Omani Chief of Staff Vice Admiral Abdullah Al-Raisi in Muscat on Tuesday.",
        [M(["Dinesh Kumar", "Abdullah Al-Raisi"], "Abdullah Al-Raisi", "2024-03-12", "Muscat")],
    ),
    "dr_multi_day_dayfirst": (
        "2024-03-14",
        H("2024-03-14") + "Bangladesh Army Chief General Shafiq Alam held talks with Sri Lankan Army Commander "
        "Lieutenant General Nuwan Perera in Colombo on 11-12 March.",
        [M(["Shafiq Alam", "Nuwan Perera"], "Nuwan Perera", "2024-03-11", "Colombo")],
    ),
    "hq_his_host": (
        "2024-03-14",
        H("2024-03-14") + "The Indian Army Chief, General Vikram Rana, held a meeting with his host, Nepali Army "
        "Chief General Prakash Thapa, on Monday.",
        [M(["Vikram Rana", "Prakash Thapa"], "Prakash Thapa", "2024-03-11")],
    ),
}

sys.path.insert(0, str(Path(__file__).parent))
from r6_attrs_docs import r6_attrs_docs  # noqa: E402

DOCS.update(r6_attrs_docs(H, M))
from r7_sched_docs import r7_sched_docs  # noqa: E402

DOCS.update(r7_sched_docs(H, M))
write_probe(
    Path(__file__).parent,
    ({"doc_id": d, "published": day, "text": text, "meetings": m} for d, (day, text, m) in DOCS.items()),
)
