"""Writes the invented probe articles for persons of any origin and their country (issue 13, classes 2 and 11)
into texts/ and gold.jsonl: names after ranks and titles, single-word names, particles, family-name-first order,
hyphens; page chrome, credits, ships, weapons, exercises and agencies that are no persons; the country of each.

Every name and sentence here is invented. Run: python tests/data/probe_persons/make_probe.py; then
`python -m pipeline run --input tests/data/probe_persons/texts --output OUT --quiet` and
`python -m pipeline.analyst.evaluate tests/data/probe_persons OUT --per-doc`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from probe_gold import header, write_probe  # noqa: E402

H = header()


def P(name, country=None):
    return {"name": name, "aliases": [], "rank": None, "titles": [], "country": country}


DOCS = {
    # --- recall: names after ranks and titles, of many origins
    "p_single_word": (
        "Indonesian Defence Minister Sutarno met Thai Defence Minister Somsak Rattana in Jakarta on Tuesday. "
        "Sutarno said the two navies would hold more joint patrols.",
        [P("Sutarno", "Indonesia"), P("Somsak Rattana", "Thailand")],
    ),
    "p_burmese": (
        "Senior General Than Lwin received Lieutenant General Kyaw Zin Oo at the headquarters in Naypyitaw. "
        "Vice Senior General Soe Naing also attended.",
        [P("Than Lwin", "Myanmar"), P("Kyaw Zin Oo", "Myanmar"), P("Soe Naing", "Myanmar")],
    ),
    "p_air_chief_marshal": (
        "Air Chief Marshal Tonny Harjanto, the Indonesian Air Force chief, welcomed Air Marshal Rajesh Menon of the "
        "Indian Air Force to Jakarta. Gen. Budiman Santoso joined the talks.",
        [P("Tonny Harjanto", "Indonesia"), P("Rajesh Menon", "India"), P("Budiman Santoso", "Indonesia")],
    ),
    "p_malay_particles": (
        "Malaysian Defence Minister Mohamed Azman bin Tahir met Chief of Defence Force General Affendi bin Rashid "
        "in Kuala Lumpur. Deputy Minister Adly binti Zahari was also present.",
        [
            P("Mohamed Azman bin Tahir", "Malaysia"),
            P("Affendi bin Rashid", "Malaysia"),
            P("Adly binti Zahari", "Malaysia"),
        ],
    ),
    "p_arabic_particles": (
        "Saudi Chief of General Staff General Fayyad al-Ruwaili received Bahraini Commander Field Marshal Khalifa "
        "bin Ahmed Al Khalifa in Riyadh. Brigadier Khalid Abdel-Rahman, the Egyptian defence attache, attended.",
        [
            P("Fayyad al-Ruwaili", "Saudi Arabia"),
            P("Khalifa bin Ahmed Al Khalifa", "Bahrain"),
            P("Khalid Abdel-Rahman", "Egypt"),
        ],
    ),
    "p_dutch_particles": (
        "Dutch Chief of Defence General Onno van der Meulen met Brazilian Army commander General Tomas de la Cruz "
        "in The Hague. Admiral Joao dos Reis of the Portuguese Navy joined them.",
        [P("Onno van der Meulen", "Netherlands"), P("Tomas de la Cruz", "Brazil"), P("Joao dos Reis", "Portugal")],
    ),
    "p_east_asian_order": (
        "Chinese Defence Minister Zhao Keming met South Korean Defence Minister Park Sung-ho in Beijing. "
        "Vietnamese Deputy Defence Minister Senior Lieutenant General Hoang Xuan Lam also held talks with Zhao.",
        [P("Zhao Keming", "China"), P("Park Sung-ho", "South Korea"), P("Hoang Xuan Lam", "Vietnam")],
    ),
    "p_african_names": (
        "Nigeria's Chief of Army Staff Lt Gen Oluwaseun Adebayo hosted Kenya's Chief of Defence Forces General "
        "Francis Ogolla Wanjala in Abuja. Major General Chukwuemeka Okafor briefed the visitors.",
        [P("Oluwaseun Adebayo", "Nigeria"), P("Francis Ogolla Wanjala", "Kenya"), P("Chukwuemeka Okafor", "Nigeria")],
    ),
    "p_hyphenated": (
        "French Armed Forces Minister Jean-Paul Moreau met Lebanese Army commander General Elias Abi-Nasr in Beirut. "
        "Korean Navy chief Admiral Yang Yong-mo joined by video.",
        [P("Jean-Paul Moreau", "France"), P("Elias Abi-Nasr", "Lebanon"), P("Yang Yong-mo", "South Korea")],
    ),
    "p_subject_of_met": (
        "Okonjo met Tanabe in Abuja on Monday, the ministry said. The two officials discussed training. "
        "Defence Minister Ibrahim Okonjo of Nigeria thanked Japanese envoy Hiroshi Tanabe.",
        [P("Ibrahim Okonjo", "Nigeria"), P("Hiroshi Tanabe", "Japan")],
    ),
    "p_comma_apposition": (
        "The Chief of Defence Staff, General Ayodele Balogun, met the Ghanaian Chief of Defence Staff, Vice Admiral "
        "Kwame Mensah-Bonsu, in Accra. Kazakh Defence Minister Ruslan Zhanbekov sent a message.",
        [P("Ayodele Balogun"), P("Kwame Mensah-Bonsu", "Ghana"), P("Ruslan Zhanbekov", "Kazakhstan")],
    ),
    "p_gulf_names": (
        "Qatari Minister of State for Defence Affairs Khalid bin Mohammed Al Kuwari met Omani Chief of Staff "
        "Vice Admiral Abdullah bin Rashid Al Raisi in Doha. Emirati Major General Saleh Al Ameri also attended.",
        [
            P("Khalid bin Mohammed Al Kuwari", "Qatar"),
            P("Abdullah bin Rashid Al Raisi", "Oman"),
            P("Saleh Al Ameri", "United Arab Emirates"),
        ],
    ),
    # --- precision: chrome, credits, ships, weapons, exercises, agencies, bodies and places
    "p_credits": (
        "Thai Army chief General Pracha Srisuk met Cambodian commander General Vong Pisen in Bangkok.\n\n"
        "Photo: Anan Wongsawat/Probe Agency\n\n"
        "(Reporting by Maria Lopes; Editing by Tom Hartley)",
        [P("Pracha Srisuk", "Thailand"), P("Vong Pisen", "Cambodia")],
    ),
    "p_staff_writer": (
        "Daniel Okoro | Staff writer\n\n"
        "Kenyan Defence Cabinet Secretary Wanjiru Kamau met Ugandan Defence Minister Jacob Oboth in Nairobi.\n\n"
        "(With inputs from agencies)",
        [P("Wanjiru Kamau", "Kenya"), P("Jacob Oboth", "Uganda")],
    ),
    "p_byline_after_headline": (
        "Pakistan, Turkey agree to boost defence ties\n\n"
        "By Imran Qureshi\n\n"
        "Pakistan's Chief of Army Staff General Asif Rahman met Turkish Land Forces Commander General Selcuk "
        "Bayraktar in Rawalpindi, according to the Inter-Services Public Relations.",
        [P("Asif Rahman", "Pakistan"), P("Selcuk Bayraktar", "Turkey")],
    ),
    "p_photo_caption_credit": (
        "Philippine Navy chief Vice Admiral Toribio Salazar met Japanese Rear Admiral Kenta Mori aboard the BRP "
        "Antonio Luna in Subic Bay. (Photo courtesy of Philippine Navy)\n\n"
        "The visit came after the Balikatan exercise. Written by Liza Cruz, Probe Wire.",
        [P("Toribio Salazar", "Philippines"), P("Kenta Mori", "Japan")],
    ),
    "p_ships_weapons": (
        "The frigate Almirante Barroso docked in Lagos, where Brazilian Navy commander Admiral Marcos Olsen met "
        "Nigerian Chief of Naval Staff Vice Admiral Emeka Ogalla. They discussed the Super Tucano aircraft and the "
        "Gripen fighters. INS Vikrant and HMAS Warramunga were also in port.",
        [P("Marcos Olsen", "Brazil"), P("Emeka Ogalla", "Nigeria")],
    ),
    "p_exercises": (
        "Indonesian Army chief General Agus Hartono met US Army Pacific commander General Ronald Clarke ahead of "
        "Exercise Garuda Shield. Cobra Gold and Super Garuda Shield drills will follow in Surabaya.",
        [P("Agus Hartono", "Indonesia"), P("Ronald Clarke", "United States")],
    ),
    "p_bodies_places": (
        "The Prime Minister's Office said Prime Minister Anwar Salleh would meet Singapore's Defence Minister "
        "Ng Boon Kiat at Mindef. The Pentagon and the Kremlin declined to comment. Rawalpindi and Putrajaya were quiet.",
        [P("Anwar Salleh"), P("Ng Boon Kiat", "Singapore")],
    ),
    "p_agencies": (
        "JAKARTA, May 9 (Probe Agency) - Indonesian Defence Minister Sutarno met Australian Defence Minister "
        "Richard Marsden, Antara reported. Xinhua and Bernama also carried the report, citing Anadolu and PTI.",
        [P("Sutarno", "Indonesia"), P("Richard Marsden", "Australia")],
    ),
    "p_headline_words": (
        "Army Chief Meets Vietnamese Envoy, Vows Stronger Defence Ties\n\n"
        "Bangladesh Army chief General Waqar Hossain met Vietnamese Ambassador Nguyen Manh Cuong in Dhaka.",
        [P("Waqar Hossain", "Bangladesh"), P("Nguyen Manh Cuong", "Vietnam")],
    ),
    # --- country: demonyms, posts of one country, possessives, counterparts, bodies
    "p_country_counterpart": (
        "Indian Defence Minister Vikram Sethi met his Australian counterpart in Canberra. "
        "Sethi and his counterpart Richard Marsden discussed submarine cooperation near Japan.",
        [P("Vikram Sethi", "India"), P("Richard Marsden", "Australia")],
    ),
    "p_country_secretary": (
        "US Secretary of Defense Mark Holloway spoke with Philippine Defense Secretary Gilberto Reyes about China. "
        "The Secretary of State, Anne Whitfield, joined later.",
        [P("Mark Holloway", "United States"), P("Gilberto Reyes", "Philippines"), P("Anne Whitfield", "United States")],
    ),
    "p_country_body": (
        "Admiral Rahmat Yusof, Chief of the Royal Malaysian Navy, hosted Rear Admiral Tran Thanh Nghiem of the "
        "Vietnam People's Navy in Lumut. The ships later sailed to Singapore.",
        [P("Rahmat Yusof", "Malaysia"), P("Tran Thanh Nghiem", "Vietnam")],
    ),
    "p_country_not_nearest": (
        "General Battulga Ganbold, the Mongolian Armed Forces chief, who arrived from Russia, met Kazakh Defence "
        "Minister Ruslan Zhanbekov in Astana after talks in Moscow with Colonel General Oleg Salyukin of Russia.",
        [P("Battulga Ganbold", "Mongolia"), P("Ruslan Zhanbekov", "Kazakhstan"), P("Oleg Salyukin", "Russia")],
    ),
    "p_country_possessive": (
        "Egypt's Defence Minister General Abdel Moneim Hegazy met Sudan's army chief General Yasir Kabashi in Cairo. "
        "Hegazy later called Libya's Khalifa Mismari.",
        [P("Abdel Moneim Hegazy", "Egypt"), P("Yasir Kabashi", "Sudan"), P("Khalifa Mismari", "Libya")],
    ),
    # --- harder page shapes: sign-offs, photo credits, posts to a country, bracketed countries, places
    "p_signoff_alone": (
        "Nigeria, Ghana chiefs discuss Gulf of Guinea security\n\n"
        "The Chief of Defence Staff, General Ayodele Balogun, on Monday received his Ghanaian counterpart, Vice "
        "Admiral Kwesi Amoah, at Defence Headquarters, Abuja.\n\n"
        "Emeka Nwosu",
        [P("Ayodele Balogun", "Nigeria"), P("Kwesi Amoah", "Ghana")],
    ),
    "p_photo_no_colon": (
        "HANOI (VNA) - General Tran Quoc Hung, Minister of National Defence, held talks with Cambodian Defence "
        "Minister General Chea Sokha in Hanoi.\n\n"
        "VNA Photo Le Minh Thu\n\n"
        "Siti Nurul Huda",
        [P("Tran Quoc Hung", "Vietnam"), P("Chea Sokha", "Cambodia")],
    ),
    "p_possessive_untagged": (
        "Indonesian Defence Minister Sutarno met Singapore's Ng Eng Kwan and Vietnam's Truong Van Thanh in Jakarta.",
        [P("Sutarno", "Indonesia"), P("Ng Eng Kwan", "Singapore"), P("Truong Van Thanh", "Vietnam")],
    ),
    "p_korean_family_first": (
        "South Korean Defence Minister Park Sung-ho met Japanese Defence Minister Kimura Kenta in Tokyo.",
        [P("Park Sung-ho", "South Korea"), P("Kimura Kenta", "Japan")],
    ),
    "p_initial_onto_name": (
        "ULAANBAATAR, May 9 (Probe Agency). Minister of Defense of Mongolia G.Batzorig received the Ambassador of "
        "Kazakhstan to Mongolia Daulet Zhumabek.\n\n"
        "Photo: B.Oyuna",
        [P("G.Batzorig", "Mongolia"), P("Daulet Zhumabek", "Kazakhstan")],
    ),
    "p_post_to_country": (
        "India's ambassador to Nepal Naveen Mehra met Nepal Army chief General Ashok Thapa. Australia's "
        "ambassador to Indonesia, Penny Corbett, called on Indonesian Navy chief Admiral Muhammad Arif.",
        [
            P("Naveen Mehra", "India"),
            P("Ashok Thapa", "Nepal"),
            P("Penny Corbett", "Australia"),
            P("Muhammad Arif", "Indonesia"),
        ],
    ),
    "p_bracketed_countries": (
        "The meeting was attended by defence ministers Richard Marsden (Australia), Gilberto Reyes (Philippines) "
        "and Kenta Mori (Japan).",
        [P("Richard Marsden", "Australia"), P("Gilberto Reyes", "Philippines"), P("Kenta Mori", "Japan")],
    ),
    "p_places_named_for_persons": (
        "Thai Defence Minister Somsak Rattana arrived at Jomo Okello International Airport and met Kenyan Defence "
        "Cabinet Secretary Wanjiru Kamau at the Nelson Okafor Square, near the Sheikh Rashid Grand Mosque.",
        [P("Somsak Rattana", "Thailand"), P("Wanjiru Kamau", "Kenya")],
    ),
    "p_delegation_demonym": (
        "The Norwegian delegation headed by First Deputy Prime Minister Lena Varga began its visit to Washington. "
        "The first meeting was held with US Secretary of Defense Mark Holloway.",
        [P("Lena Varga", "Norway"), P("Mark Holloway", "United States")],
    ),
    "p_respective_countries": (
        "The defence chiefs of South Korea, the U.S. and Japan held a video call on Tuesday. Gen. Kim Tae-ho, "
        "Gen. Mark Hale and Adm. Kenji Arai discussed cooperation.",
        [P("Kim Tae-ho", "South Korea"), P("Mark Hale", "United States"), P("Kenji Arai", "Japan")],
    ),
    # --- places, yards and ports named like people; reader comments and social promos (issue 13, class 2)
    "p_provinces_listed": (
        "Vietnamese Army chief General Luong Tam Quang said Hai Duong and Thai Binh provinces would send troops to "
        "the drill. Kakamega and Bungoma counties in Kenya sent observers, said Brigadier Daniel Otieno.",
        [P("Luong Tam Quang", "Vietnam"), P("Daniel Otieno", "Kenya")],
    ),
    "p_yards_ports": (
        "Pakistani Navy chief Admiral Karim Aziz said Mazagon Dock and Karachi Shipbuilders would not bid. UAE "
        "Navy commander Vice Admiral Saeed Al Hosani toured Zayed Port and Khalifa Port on Monday.",
        [P("Karim Aziz", "Pakistan"), P("Saeed Al Hosani", "United Arab Emirates")],
    ),
    "p_reader_comments": (
        "Malawian Defence Minister Harry Mkandawire met Zambian Defence Minister Ambrose Lufuma in Lilongwe on "
        "Monday.\n\n4 Comments\n\nPeter Banda says:\nMay 10, 2024 at 9:12 am\nGood move by the minister.\n\n"
        "Reply\n\nGrace Phiri says:\nMay 10, 2024 at 10:01 am\nWe need more of this.\n\nReply",
        [P("Harry Mkandawire", "Malawi"), P("Ambrose Lufuma", "Zambia")],
    ),
    "p_follow_promo": (
        "Sri Lankan Defence Secretary Nimal Dias met Maldivian Defence Minister Ghassan Didi in Colombo on "
        "Tuesday.\n\nFollow Ravi Shankar on X for more defence updates.",
        [P("Nimal Dias", "Sri Lanka"), P("Ghassan Didi", "Maldives")],
    ),
    "p_author_box": (
        "Bangladeshi Army chief General Nurul Karim met Indian Army chief General Vikram Sethi in Dhaka on Monday."
        "\n\nThe writer is a retired brigadier and a fellow at a land warfare centre. Brigadier Harish Pandey "
        "(retd) can be reached by email.",
        [P("Nurul Karim", "Bangladesh"), P("Vikram Sethi", "India")],
    ),
}

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "probe_meetings"))
from r6_names_docs import r6_names_persons  # noqa: E402

DOCS.update(r6_names_persons())
from r7_country_docs import r7_country_docs  # noqa: E402

DOCS.update(r7_country_docs(P))
write_probe(Path(__file__).parent, ({"doc_id": d, "text": H + text, "persons": p} for d, (text, p) in DOCS.items()))
