"""Invented probe articles for meeting precision (issue 13, classes 2, 4, 5 and 6 on the precision side): no
extra participants, no extra meetings, one meeting per real encounter. Every name and sentence is invented.
Read by make_probe.py (DOCS.update)."""


def precision_docs(M) -> dict:
    """doc_id -> (text, gold meetings); `M` builds a gold meeting (see make_probe.py)."""
    return {
        # --- participants from misparses
        "p_apposition_navy": (
            "Vice Admiral Tomas Rivera, the commander of Chile's navy, met Indonesian Navy Chief of Staff Admiral "
            "Budi Santoso in Jakarta on Tuesday.",
            [M(["Tomas Rivera", "Budi Santoso"], date="2024-05-07", location="Jakarta", host="Budi Santoso")],
        ),
        "p_aide_to_president": (
            "Colonel Amir Haddad, a senior aide to President Khalid Nasser, met US envoy John Pratt in Amman on "
            "Wednesday.",
            [M(["Amir Haddad", "John Pratt"], date="2024-05-08", location="Amman")],
        ),
        "p_son_of": (
            "Major General Omar Farouk, the son of former President Sami Farouk, held talks with Saudi Deputy "
            "Defence Minister Nawaf Al Harbi in Riyadh on Monday.",
            [M(["Omar Farouk", "Nawaf Al Harbi"], date="2024-05-06", location="Riyadh")],
        ),
        "p_ship": (
            "Rear Admiral Lee Jun-ho met Captain Mark Hale aboard the USS Harbor Star off Busan on Thursday.",
            [M(["Lee Jun-ho", "Mark Hale"], date="2024-05-09")],
        ),
        "p_command_acronym": (
            "NAVCENT commander Vice Admiral Brad Cole met Bahraini Defence Minister Abdullah Al Nuaimi in Manama "
            "on Sunday. CENTCOM and NAVCENT officials also attended.",
            [M(["Brad Cole", "Abdullah Al Nuaimi"], date="2024-05-05", location="Manama", host="Abdullah Al Nuaimi")],
        ),
        "p_byline": (
            "Army chief meets Ghanaian counterpart\n\nBy Aisha Bello\n\n"
            "Nigerian Chief of Army Staff Lieutenant General Taoreed Adeyemi met his Ghanaian counterpart Major "
            "General Kwame Mensah in Abuja on Tuesday.",
            [M(["Taoreed Adeyemi", "Kwame Mensah"], date="2024-05-07", location="Abuja", host="Taoreed Adeyemi")],
        ),
        "p_praised": (
            "Vietnamese Defence Minister Tran Duc Long met Lao Defence Minister Bounthong Sayavong in Hanoi on "
            "Monday. Long praised the leadership of President Le Van Hoa and thanked Prime Minister Nguyen Quoc "
            "Binh for his support.",
            [M(["Tran Duc Long", "Bounthong Sayavong"], date="2024-05-06", location="Hanoi")],
        ),
        "p_quoted": (
            "Kazakh Defence Minister Nurlan Beisenov held talks with Mongolian Defence Minister Ganbaatar Dorj in "
            "Astana on Friday, quoting President Serik Amanov as saying that the region needed stability.",
            [M(["Nurlan Beisenov", "Ganbaatar Dorj"], date="2024-05-10", location="Astana")],
        ),
        "p_conveyed_greetings": (
            "Egyptian Chief of Staff Lieutenant General Omar Shafik received Sudanese Army Chief General Mubarak "
            "Idris in Cairo on Sunday. Shafik conveyed the greetings of President Adel Mansour to the "
            "visiting general.",
            [
                M(
                    ["Omar Shafik", "Mubarak Idris"],
                    date="2024-05-05",
                    location="Cairo",
                    host="Omar Shafik",
                )
            ],
        ),
        "p_chief_of_staff_to": (
            "Colonel Daulet Sarsen, Chief of Staff to President Serik Amanov, met Mongolian Defence Minister "
            "Ganbaatar Dorj in Astana on Wednesday.",
            [M(["Daulet Sarsen", "Ganbaatar Dorj"], date="2024-05-08", location="Astana", host="Daulet Sarsen")],
        ),
        "p_welcomed_statement_by": (
            "Defence Minister Arvind Mehra welcomed the statement by US Defense Secretary Grant Holloway on Monday.",
            [],
        ),
        "p_interview": (
            "Speaking to Al Jazeera's Leila Saab, Jordanian Foreign Minister Karim Nsour said the border would "
            "reopen.\n\n"
            "Nsour later spoke with Reuters correspondent Tom Keller in Amman.",
            [],
        ),
        "p_press_conference_with": (
            "Brazilian Foreign Minister Renato Vidal held a joint press conference with Paraguayan Foreign Minister "
            "Hugo Benitez in Asuncion on Monday.\n\n"
            "Vidal and Benitez later reviewed a guard of honour at the presidential palace.",
            [],
        ),
        # --- one meeting per real encounter
        "p_four_countries_at_once": (
            "Japanese Defence Minister Haruto Ishida met Philippine Defence Secretary Ramon Villareal, US Defense "
            "Secretary Grant Holloway and Australian Defence Minister Callum Brierley in Honolulu on Thursday.",
            [
                M(
                    ["Haruto Ishida", "Ramon Villareal", "Grant Holloway", "Callum Brierley"],
                    date="2024-05-09",
                    location="Honolulu",
                    host="Grant Holloway",
                )
            ],
        ),
        "p_trilateral_then_pairs": (
            "Chief of General Staff General Omar Shafik held talks with Sudanese Army chief General Hamid Osman and "
            "Chadian Army chief General Idriss Deby Tahir in Cairo on Tuesday.\n\n"
            "Shafik and Osman discussed border security. Shafik and Tahir reviewed training cooperation.",
            [
                M(
                    ["Omar Shafik", "Hamid Osman", "Idriss Deby Tahir"],
                    date="2024-05-07",
                    location="Cairo",
                    host="Omar Shafik",
                )
            ],
        ),
        "p_guard_of_honour": (
            "Indian Defence Minister Arvind Mehra held bilateral talks with Australian Deputy Prime Minister "
            "Callum Brierley in New Delhi on May 9, 2024.\n\n"
            "During the meeting, the two Ministers reviewed the defence cooperation.\n\n"
            "Earlier, Mr Brierley was accorded a Guard of Honour at South Block. Chief of Defence Staff General Vikram "
            "Sethi and Defence Secretary Mohan Iyer were present.",
            [M(["Arvind Mehra", "Callum Brierley"], date="2024-05-09", location="New Delhi", host="Arvind Mehra")],
        ),
        "p_sides_beside_named": (
            "ASTANA - President Serik Amanov thanked Chinese Defense Minister Liu Heng for the visit.\n\n"
            "In the talks with Kazakh Defence Minister Nurlan Beisenov later that day, the sides agreed to expand "
            "officer training.",
            [M(["Nurlan Beisenov", "Liu Heng"], location="Astana", host="Nurlan Beisenov")],
        ),
        "p_headline_lead_caption": (
            "Kenyan defence chief holds talks with Tanzanian counterpart in Dodoma\n\n"
            "Kenyan Defence Cabinet Secretary Peter Mwangi on Wednesday held talks with his Tanzanian counterpart "
            "Salim Juma in Dodoma. The two ministers discussed border security and joint patrols.\n\n"
            "Mwangi told reporters after the meeting that Juma had accepted an invitation to visit Nairobi.\n\n"
            "Peter Mwangi (left) shakes hands with Salim Juma in Dodoma on Wednesday.",
            [M(["Peter Mwangi", "Salim Juma"], date="2024-05-08", location="Dodoma", host="Salim Juma")],
        ),
        "p_planned_then_held": (
            "Malaysian Defence Minister Hassan Rahim is scheduled to meet Thai Defence Minister Anan Srisuk in "
            "Bangkok this week. On Thursday, Hassan met Anan at the Thai defence ministry, where they agreed to "
            "hold joint patrols.",
            [M(["Hassan Rahim", "Anan Srisuk"], date="2024-05-09", location="Bangkok", host="Anan Srisuk")],
        ),
        "p_met_again_body": (
            "Indian Army Chief General Sunil Bhat met Sri Lankan Army Commander Lieutenant General Chaminda "
            "Perera in Colombo on Monday. During the meeting, Bhat and Perera reviewed training ties. Bhat "
            "also met Sri Lankan Defence Secretary Nimal Dias.",
            [
                M(["Sunil Bhat", "Chaminda Perera"], date="2024-05-06", location="Colombo", host="Chaminda Perera"),
                M(["Sunil Bhat", "Nimal Dias"], date="2024-05-06", location="Colombo", host="Nimal Dias"),
            ],
        ),
        "p_later_other": (
            "Brazilian Defence Minister Paulo Arantes met Argentine Defence Minister Martin Ferraro in Brasilia on "
            "Tuesday. Later in the day, Arantes received Uruguayan Defence Minister Diego Lussich.",
            [
                M(["Paulo Arantes", "Martin Ferraro"], date="2024-05-07", location="Brasilia", host="Paulo Arantes"),
                M(["Paulo Arantes", "Diego Lussich"], date="2024-05-07", location="Brasilia", host="Paulo Arantes"),
            ],
        ),
        # --- not meetings
        "p_statement_letter": (
            "Pakistani Army Chief General Tariq Qureshi said in a statement that he welcomed the remarks of Chinese "
            "Defence Minister Liu Heng.\n\n"
            "Emirati President Saeed Al Mansoori sent a congratulatory message to Egyptian President Adel "
            "Mansour on Sunday.\n\n"
            "In a letter to Kenyan President Daniel Kiprono, Ugandan President Samuel Okello called for calm.",
            [],
        ),
        "p_press_conference": (
            "Speaking at a press conference in Islamabad on Monday, Foreign Minister Imran Siddiqui said he would "
            "raise the issue with US Secretary of State Robert Hadley.",
            [],
        ),
        "p_ceremony_exercise": (
            "Indonesian Army Chief General Bambang Hartono and US Army Pacific commander General Walter Brandt "
            "attended the closing ceremony of exercise Eagle Coast in Surabaya on Friday.\n\n"
            "Thai Defence Minister Prasit Chaiyo and Cambodian Defence Minister Sok Vannak watched a military "
            "parade in Phnom Penh on Saturday.",
            [],
        ),
        "p_invitation": (
            "Mongolian President Batbold Erdene has invited Kazakh President Serik Amanov to visit Ulaanbaatar "
            "next year.\n\n"
            "The invitation was conveyed by Mongolian Foreign Minister Oyun Tsogt in a letter to Amanov.",
            [],
        ),
        "p_historical": (
            "The two leaders, Prime Minister Faisal Rahman and President Budi Hartanto, have met several times "
            "since 2022 and speak often about the Malacca Strait.\n\n"
            "The agreement, signed by Defence Minister Hendra Gunawan and Defence Minister Azmi Yusof in 2023, "
            "expires next year.",
            [],
        ),
        "p_body_met": (
            "The National Security Council met on Monday under the chairmanship of President Emeka Okafor.\n\n"
            "The Gulf Cooperation Council ministerial council met in Riyadh on Sunday. Secretary-General Fahad "
            "Al Sabah said the council discussed regional security.",
            [],
        ),
        # --- same side
        "p_own_aide": (
            "Egyptian Defence Minister Hazem Selim, accompanied by his chief of staff Major General Karim "
            "Zaki, met Libyan commander Salem Warfalli in Benghazi on Monday.",
            [M(["Hazem Selim", "Salem Warfalli"], date="2024-05-06", location="Benghazi", host="Salem Warfalli")],
        ),
        "p_own_aide_conjunct": (
            "Kazakh Defence Minister Nurlan Beisenov and his aide Colonel Arman Tulegen met Uzbek Defence Minister "
            "Bakhtiyor Rakhimov in Tashkent on Monday.",
            [
                M(
                    ["Nurlan Beisenov", "Bakhtiyor Rakhimov"],
                    date="2024-05-06",
                    location="Tashkent",
                    host="Bakhtiyor Rakhimov",
                )
            ],
        ),
    }
