"""Invented probe articles for who is and is not a participant and what is and is not a meeting (issue 13,
classes 2, 3 and 4 on the precision side): people named in a meeting sentence who are no side of it, messages,
statements and interviews that are no encounter, and names of things that are no persons. Every name and sentence
is invented. Read by make_probe.py (DOCS.update)."""


def participant_docs(M) -> dict:
    """doc_id -> (text, gold meetings); `M` builds a gold meeting (see make_probe.py)."""
    docs = {}
    docs.update(_talked_about(M))
    docs.update(_senders_and_reporters(M))
    docs.update(_no_encounter(M))
    docs.update(_not_persons(M))
    docs.update(_articles(M))
    return docs


def _talked_about(M) -> dict:
    """People the sides talk about, remember or quote."""
    return {
        "q_discussed_case_of": (
            "Pakistani Foreign Minister Tariq Mahmood met British Foreign Secretary Oliver Grant in London on "
            "Tuesday and discussed the case of jailed journalist Imran Sadiq.",
            [M(["Tariq Mahmood", "Oliver Grant"], date="2024-05-07", location="London", host="Oliver Grant")],
        ),
        "q_condolences_death_of": (
            "Iranian Foreign Minister Reza Karimi received Iraqi Foreign Minister Fuad Jaber in Tehran on Monday. "
            "Jaber offered his condolences on the death of former President Hassan Rouhani-Tabar.",
            [M(["Reza Karimi", "Fuad Jaber"], date="2024-05-06", location="Tehran", host="Reza Karimi")],
        ),
        "q_legacy_of": (
            "Kenyan President Daniel Kiprono held talks with Tanzanian President Amina Salim in Dodoma on Thursday, "
            "where the two leaders recalled the legacy of Julius Mwalimu.",
            [M(["Daniel Kiprono", "Amina Salim"], date="2024-05-09", location="Dodoma", host="Amina Salim")],
        ),
        "q_quoted_analyst": (
            "Indonesian Defence Minister Bambang Suryo met Australian Defence Minister Callum Brierley in Jakarta "
            'on Monday. "The meeting shows a new level of trust," said Dewi Lestari, an analyst at the Centre '
            "for Strategic Studies.",
            [M(["Bambang Suryo", "Callum Brierley"], date="2024-05-06", location="Jakarta", host="Bambang Suryo")],
        ),
        "q_according_to_analyst": (
            "Thai Army chief General Prayut Sombat met Cambodian Army commander General Hun Vannak at the border "
            "on Wednesday, according to analyst Kittipong Charoen of Chulalongkorn University.",
            [M(["Prayut Sombat", "Hun Vannak"], date="2024-05-08")],
        ),
        "q_predecessor": (
            "Nigerian Chief of Defence Staff General Musa Abdullahi received his Beninese counterpart General Fructueux "
            "Gbaguidi in Abuja on Monday. Abdullahi, who succeeded General Lucky Ogbemudia last year, said the two "
            "armies would patrol the border together.",
            [M(["Musa Abdullahi", "Fructueux Gbaguidi"], date="2024-05-06", location="Abuja", host="Musa Abdullahi")],
        ),
        "q_named_after": (
            "Brazilian Navy commander Admiral Marcos Olsen met Argentine Navy chief Admiral Julio Guardia aboard "
            "the frigate Almirante Brown in Buenos Aires on Friday.",
            [M(["Marcos Olsen", "Julio Guardia"], date="2024-05-10", location="Buenos Aires")],
        ),
        "q_tribute_to": (
            "Vietnamese Defence Minister Vo Van Khiem received Lao Defence Minister Chansamone Keola in Hanoi on "
            "Tuesday. Earlier, Keola paid tribute to late President Ho Van Minh at his mausoleum.",
            [
                M(
                    ["Vo Van Khiem", "Chansamone Keola"],
                    date="2024-05-07",
                    location="Hanoi",
                    host="Vo Van Khiem",
                )
            ],
        ),
        "q_on_behalf_of": (
            "Saudi Defence Minister Khalid Al Faisal received Pakistani Army chief General Asim Raza in Riyadh on "
            "Sunday on behalf of King Salman Al Saud.",
            [M(["Khalid Al Faisal", "Asim Raza"], date="2024-05-05", location="Riyadh", host="Khalid Al Faisal")],
        ),
        "q_greetings_from": (
            "Mongolian President Batbold Erdene received Chinese Defence Minister Liu Heng in Ulaanbaatar on "
            "Wednesday. Liu conveyed greetings from President Xu Ping and Premier Zhang Wei.",
            [M(["Batbold Erdene", "Liu Heng"], date="2024-05-08", location="Ulaanbaatar", host="Batbold Erdene")],
        ),
        "q_invited_by": (
            "Malaysian Defence Minister Azmi Yusof, who is in Manila at the invitation of President Marcos Reyes, "
            "held talks with Philippine Defence Secretary Gilberto Ramos on Tuesday.",
            [M(["Azmi Yusof", "Gilberto Ramos"], date="2024-05-07", location="Manila", host="Gilberto Ramos")],
        ),
        "q_relative_clause_meeting": (
            "Indian Defence Minister Rajan Mehra, who met US Defense Secretary Grant Holloway in Washington last "
            "month, on Friday opened a shipyard in Kochi with Kerala Chief Minister Thomas Varghese.",
            [M(["Rajan Mehra", "Grant Holloway"], location="Washington", host="Grant Holloway")],
        ),
        "q_envoy_of": (
            "Japanese Foreign Minister Aiko Nakamura met Peruvian Foreign Minister Javier Salas and President Rosa "
            "Ortiz's special envoy Carlos Quispe in Tokyo on Monday.\n\n"
            "Nakamura later met President Rosa Ortiz's adviser in the same building.",
            [
                M(
                    ["Aiko Nakamura", "Javier Salas", "Carlos Quispe"],
                    date="2024-05-06",
                    location="Tokyo",
                    host="Aiko Nakamura",
                )
            ],
        ),
        "q_discuss_someones_visit": (
            "Russian Deputy Foreign Minister Andrei Rudov met Chinese Vice Foreign Minister Sun Wei in Moscow on "
            "Monday to discuss President Li Ping's visit next month.",
            [M(["Andrei Rudov", "Sun Wei"], date="2024-05-06", location="Moscow", host="Andrei Rudov")],
        ),
        "q_under_instructions": (
            "Egyptian Defence Minister General Abdel Mageed Saqr met Libyan commander Khalifa Haftar in Benghazi "
            "on Saturday, acting on the instructions of President Adel Mansour.",
            [
                M(
                    ["Abdel Mageed Saqr", "Khalifa Haftar"],
                    date="2024-05-04",
                    location="Benghazi",
                    host="Khalifa Haftar",
                )
            ],
        ),
    }


def _senders_and_reporters(M) -> dict:
    """Spokespeople who report a meeting, people thanked, messages carried by a visitor, staff who accompany."""
    return {
        "q_spokesperson_said": (
            "Indian Defence Minister Rajan Mehra met Sri Lankan Defence Secretary Nimal Dias in Colombo on Monday, "
            "ministry spokesperson Bharat Bhushan said.",
            [M(["Rajan Mehra", "Nimal Dias"], date="2024-05-06", location="Colombo", host="Nimal Dias")],
        ),
        "q_spokesman_told": (
            "Turkish Defence Minister Ahmet Kaya held talks with Azerbaijani Defence Minister Zakir Rzayev in Baku "
            "on Tuesday, spokesman Zekai Akturk told reporters in Ankara.",
            [M(["Ahmet Kaya", "Zakir Rzayev"], date="2024-05-07", location="Baku", host="Zakir Rzayev")],
        ),
        "q_spokesman_then_he": (
            "Nepal Army chief General Bishnu Thapa held talks with visiting Bangladesh Army chief General Mahbub "
            "Alam at the Army Headquarters in Kathmandu on Wednesday.\n\n"
            '"We discussed training and disaster relief," Nepal Army spokesperson Brigadier General Ramesh Karki '
            "told reporters.\n\n"
            "Alam, who took over in June, is on a four-day visit. He will also call on President Gopal Adhikari.",
            [
                M(["Bishnu Thapa", "Mahbub Alam"], date="2024-05-08", location="Kathmandu", host="Bishnu Thapa"),
                M(["Mahbub Alam", "Gopal Adhikari"], host="Gopal Adhikari", location="Kathmandu", status="planned"),
            ],
        ),
        "q_thanked_absent": (
            "Ghanaian Defence Minister Kwame Asare received Togolese Defence Minister Essozimna Tchalim in Accra on "
            "Thursday. Asare thanked President Faure Gnassingbe for his support to the Accra Initiative.",
            [M(["Kwame Asare", "Essozimna Tchalim"], date="2024-05-09", location="Accra", host="Kwame Asare")],
        ),
        "q_message_handed": (
            "Omani Foreign Minister Hamood Al-Rawahi received Iranian Deputy Foreign Minister Ali Bahrami in Muscat on "
            "Sunday. Bahrami handed over a written message from President Masoud Pezeshkian to Sultan Haitham.",
            [M(["Hamood Al-Rawahi", "Ali Bahrami"], date="2024-05-05", location="Muscat", host="Hamood Al-Rawahi")],
        ),
        "q_accompanied_list": (
            "Bangladesh Army chief General Wakil Zaman met Indian Army chief General Manish Rawal in New Delhi on "
            "Monday. He was accompanied by Major General Abul Kalam and Brigadier General Shafiq Rahman.",
            [M(["Wakil Zaman", "Manish Rawal"], date="2024-05-06", location="New Delhi", host="Manish Rawal")],
        ),
        "q_delegation_included": (
            "Uzbek Defence Minister Bakhtiyor Kurmanov held talks with Kazakh Defence Minister Ruslan Zhanbekov in "
            "Astana on Wednesday. The Uzbek delegation included Colonel Azizbek Tursunov and Colonel Jasur Aliev.",
            [
                M(
                    ["Bakhtiyor Kurmanov", "Ruslan Zhanbekov"],
                    date="2024-05-08",
                    location="Astana",
                    host="Ruslan Zhanbekov",
                )
            ],
        ),
        "q_ambassador_present": (
            "Chief of Naval Staff Admiral Naveed Ashraf called on Malaysian Navy chief Admiral Abdul Rahman Ayob in "
            "Kuala Lumpur on Tuesday. Pakistan's High Commissioner Amjad Khan was also present at the meeting.",
            [
                M(
                    ["Naveed Ashraf", "Abdul Rahman Ayob", "Amjad Khan"],
                    date="2024-05-07",
                    location="Kuala Lumpur",
                    host="Abdul Rahman Ayob",
                )
            ],
        ),
        "q_attended_after_wreath": (
            "Georgian Defence Minister Irakli Chikovani met Armenian Defence Minister Gurgen Aslanyan in Tbilisi on "
            "Thursday.\n\nAslanyan also laid a wreath at the memorial to fallen soldiers.\n\n"
            "The meeting was attended by Armenian Ambassador Ashot Smbatyan and Deputy Defence Minister Grigol "
            "Giorgadze.",
            [
                M(
                    ["Irakli Chikovani", "Gurgen Aslanyan", "Ashot Smbatyan", "Grigol Giorgadze"],
                    date="2024-05-09",
                    location="Tbilisi",
                    host="Irakli Chikovani",
                )
            ],
        ),
        "q_surname_calls_on_two": (
            "Iranian Foreign Minister Hossein Rahimi arrived in Islamabad on Monday and held talks with Foreign "
            "Minister Tariq Mahmood at the Foreign Office.\n\n"
            "Rahimi also called on Prime Minister Shahid Anwar and Army chief General Faisal Qadir.",
            [
                M(["Hossein Rahimi", "Tariq Mahmood"], date="2024-05-06", location="Islamabad", host="Tariq Mahmood"),
                M(["Hossein Rahimi", "Shahid Anwar"], location="Islamabad", host="Shahid Anwar"),
                M(["Hossein Rahimi", "Faisal Qadir"], location="Islamabad", host="Faisal Qadir"),
            ],
        ),
        "q_photo_credit": (
            "Army chiefs of Kenya and Uganda meet in Kampala\n\n"
            "Kenyan Chief of Defence Forces General Charles Kiprono met Ugandan Chief of Defence Forces General "
            "Mugume Kainerugaba in Kampala on Thursday.\n\n"
            "Photo: Joseph Odhiambo / Nation Media",
            [
                M(
                    ["Charles Kiprono", "Mugume Kainerugaba"],
                    date="2024-05-09",
                    location="Kampala",
                    host="Mugume Kainerugaba",
                )
            ],
        ),
    }


def _no_encounter(M) -> dict:
    """Sentences with two people and a meeting-like word that report no encounter."""
    return {
        "q_statement_after": (
            "Philippine Defence Secretary Gilberto Ramos issued a statement on Monday welcoming the remarks of "
            "Japanese Defence Minister Kenji Sato on the South China Sea.",
            [],
        ),
        "q_joint_declaration_distance": (
            "The foreign ministers of Kazakhstan and Kyrgyzstan, Murat Nurtleu and Jeenbek Kulubaev, signed a joint "
            "declaration by correspondence on Friday.",
            [],
        ),
        "q_speech_conference": (
            "Addressing the Shangri-La Dialogue in Singapore on Saturday, Chinese Defence Minister Dai Wei rejected "
            "the remarks made a day earlier by US Defense Secretary Grant Holloway.",
            [],
        ),
        "q_interview_with": (
            "In an interview with Dawn's Zahid Hussain, Pakistani Foreign Minister Ishaq Rana said talks with "
            "India were not on the agenda.",
            [],
        ),
        "q_countries_held_talks": (
            "India and China held the 21st round of corps commander-level talks at Chushul on Monday, the Indian "
            "Army said. Army spokesperson Colonel Sudhir Chamoli did not give details.",
            [],
        ),
        "q_condolence_message": (
            "Nigerian President Bolaji Adewale sent a message of condolence to Ghanaian President John Mahamudu on the "
            "death of Defence Minister Omane Boamah.",
            [],
        ),
        "q_phone_told_reporters": (
            "Thai Prime Minister Srettha Wongsa told reporters by phone that he would raise the border issue with "
            "Cambodian Prime Minister Hun Manet.",
            [],
        ),
        "q_letter_delivered": (
            "The letter of President Ilham Rzayev to President Recep Durmaz was delivered by Ambassador Rauf Aghayev "
            "on Wednesday.",
            [],
        ),
        "q_urged_to_meet": (
            "Opposition leader Imran Qadir urged Prime Minister Shahzeb Ali to meet Indian Prime Minister Narendra "
            "Modi without preconditions.",
            [],
        ),
        "q_hoped_to_meet": (
            "Venezuelan President Nicolas Ortega said he hoped to meet Brazilian President Lula Barbosa one day.",
            [],
        ),
        "q_met_vs_statement_two_paras": (
            "Egyptian President Adel Mansour received Sudanese Army chief General Abdel Fattouh Burhani in Cairo on "
            "Sunday.\n\n"
            "In a separate statement, Emirati Foreign Minister Abdullah bin Zayed welcomed the talks between the two "
            "leaders and praised Mansour.",
            [
                M(
                    ["Adel Mansour", "Abdel Fattouh Burhani"],
                    date="2024-05-05",
                    location="Cairo",
                    host="Adel Mansour",
                )
            ],
        ),
        "q_press_briefing": (
            "At a press briefing in Beijing on Thursday, foreign ministry spokesperson Mao Ning said Foreign "
            "Minister Wang Lei would travel to Pakistan.",
            [],
        ),
    }


def _not_persons(M) -> dict:
    """Meetings whose sentences also name ships, exercises, bodies and places that the parse may take for people."""
    return {
        "q_ship_named": (
            "Indian Navy chief Admiral Dinesh Tripathi met Vietnamese Navy commander Vice Admiral Tran Thanh Nghiem "
            "on board INS Vikramaditya off Da Nang on Tuesday.",
            [M(["Dinesh Tripathi", "Tran Thanh Nghiem"], date="2024-05-07")],
        ),
        "q_exercise_named": (
            "General Ahmed Fathy met General Walter Brandt during exercise Bright Star at Mohamed Naguib base on "
            "Thursday.",
            [M(["Ahmed Fathy", "Walter Brandt"], date="2024-05-09")],
        ),
        "q_body_with_person_shape": (
            "Vice Admiral Sanjay Bhalla met Rear Admiral Hassan Al Amri at the Mazagon Dock Shipbuilders yard in "
            "Mumbai on Monday.",
            [M(["Sanjay Bhalla", "Hassan Al Amri"], date="2024-05-06", location="Mumbai")],
        ),
        "q_name_qualifies_a_group": (
            "Indian Army chief General Arvind Rao met Nepal Army chief General Bishnu Karki in Kathmandu on Monday. "
            "Maha Vir Chakra awardees and Gorkha veterans attended the meeting.",
            [M(["Arvind Rao", "Bishnu Karki"], date="2024-05-06", location="Kathmandu", host="Bishnu Karki")],
        ),
        "q_place_name_person_shape": (
            "Lieutenant General Kyaw Swar Lin met General Sunil Bhat at Fort William in Kolkata on Wednesday.",
            [M(["Kyaw Swar Lin", "Sunil Bhat"], date="2024-05-08", location="Kolkata")],
        ),
    }


def _articles(M) -> dict:
    """Small crawled pages: menus, related headlines, author boxes, comments around one meeting."""
    return {
        "q_page_related": (
            "Home | World | Defence | Opinion\n\n"
            "Malaysian, Thai defence ministers meet in Bangkok\n\n"
            "BANGKOK (Bernama) -- Malaysian Defence Minister Mohamed Azman Tahir met his Thai counterpart Sutin "
            "Kraisorn here on Tuesday to discuss border security.\n\n"
            "The two ministers also discussed joint patrols in the Strait of Malacca.\n\n"
            "Related: Anwar Ibrahim meets Pramono Sasongko in Jakarta | Fadillah Yusof visits Sabah\n\n"
            "About the author: Nur Aisyah Hamid covers defence for the agency.",
            [
                M(
                    ["Mohamed Azman Tahir", "Sutin Kraisorn"],
                    date="2024-05-07",
                    location="Bangkok",
                    host="Sutin Kraisorn",
                )
            ],
        ),
        "q_page_comments": (
            "Nigeria, Niger army chiefs hold talks in Niamey\n\n"
            "Nigerian Chief of Army Staff Lieutenant General Olumide Oyelaran held talks with Nigerien army chief "
            "General Salifou Mody in Niamey on Monday.\n\n"
            "The two generals discussed cross-border attacks.\n\n"
            "3 Comments\n\n"
            "Emeka Nwosu says: This meeting is long overdue.\n\n"
            "Aminu Garba says: Good news for the north.",
            [
                M(
                    ["Olumide Oyelaran", "Salifou Mody"],
                    date="2024-05-06",
                    location="Niamey",
                    host="Salifou Mody",
                )
            ],
        ),
        "q_page_gulf_statement": (
            "DUBAI, May 9 (WAM) -- President Sheikh Mohamed Al Nahyan received a phone call from Egyptian President "
            "Adel Mansour on Thursday.\n\n"
            "Separately, the ministry of foreign affairs issued a statement in which Minister of State Khalifa Al "
            "Marar condemned the attack on a vessel in the Red Sea.",
            [M(["Mohamed Al Nahyan", "Adel Mansour"], date="2024-05-09", mode="phone")],
        ),
        "q_page_latam_quoted": (
            "BRASILIA, 8 de mayo - Brazilian Defence Minister Jose Mucio met Chilean Defence Minister Maya Fernandez "
            "at the Planalto on Wednesday.\n\n"
            '"It was a productive meeting," Mucio told Folha reporter Ana Clara Costa.\n\n'
            "Former minister Raul Jungmann, who attended the first round of talks in 2019, called the meeting "
            "historic.",
            [
                M(
                    ["Jose Mucio", "Maya Fernandez"],
                    date="2024-05-08",
                    location="Brasilia",
                    host="Jose Mucio",
                )
            ],
        ),
        "q_page_pk_caption": (
            "COAS meets Saudi defence minister\n\n"
            "RAWALPINDI: Chief of Army Staff General Adeel Muneeb met Saudi Defence Minister Prince Nayef bin Tariq "
            "at the General Headquarters on Tuesday, according to ISPR.\n\n"
            "During the meeting, matters of mutual interest were discussed.\n\n"
            "Caption: General Adeel Muneeb receives Prince Nayef bin Tariq. Photo: ISPR",
            [
                M(
                    ["Adeel Muneeb", "Nayef bin Tariq"],
                    date="2024-05-07",
                    location="Rawalpindi",
                    host="Adeel Muneeb",
                )
            ],
        ),
        "q_page_sea_background": (
            "HANOI (VNA) - Vietnamese Defence Minister Vo Van Khiem held talks with Cambodian Defence Minister "
            "Tea Seiha in Hanoi on Thursday.\n\n"
            "The two ministers have met regularly since 2021.\n\n"
            "Khiem said the Vietnamese army would continue to help Cambodia search for the remains of soldiers.",
            [M(["Vo Van Khiem", "Tea Seiha"], date="2024-05-09", location="Hanoi", host="Vo Van Khiem")],
        ),
    }
