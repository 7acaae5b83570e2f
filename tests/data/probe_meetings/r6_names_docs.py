"""Invented probe articles for person names as they feed meetings (issue 13, persons and meetings): names of many
origins in the shapes outlets print them (single names, "bin"/"binti", "al-", family name first, initials, double
surnames, particles, hyphens, capitals in captions), introduced in full and then met by a shorter form (rank or
title plus surname, a given name, a possessive). Each person must be one node with the full name, and the meeting
must carry it. Every name and sentence is invented. Read by probe_meetings/make_probe.py (meetings) and
probe_persons/make_probe.py (persons)."""


def r6_names_records(M, P) -> dict:
    """doc_id -> (text, gold persons, gold meetings); `M` builds a gold meeting, `P` a gold person."""
    docs = {}
    docs.update(_asia(M, P))
    docs.update(_middle_east_central_asia(M, P))
    docs.update(_africa_americas_europe(M, P))
    docs.update(_shapes(M, P))
    docs.update(_marks_and_capitals(M, P))
    return docs


def r6_names_docs(M) -> dict:
    """doc_id -> (text, gold meetings), for probe_meetings."""
    return {d: (text, meetings) for d, (text, _, meetings) in r6_names_records(M, _person).items()}


def r6_names_persons() -> dict:
    """doc_id -> (text, gold persons), for probe_persons."""
    return {d: (text, persons) for d, (text, persons, _) in r6_names_records(_no_meeting, _person).items()}


def _no_meeting(*_, **__):
    return None


def _person(name, country=None):
    return {"name": name, "aliases": [], "rank": None, "titles": [], "country": country}


def _asia(M, P) -> dict:
    return {
        "r6n_indonesian_single": (
            "Indonesian Defence Minister Sukardiman received Australian Defence Minister Callum Brierley in Jakarta "
            "on Tuesday. Sukardiman said the two countries would expand joint training.",
            [P("Sukardiman", "Indonesia"), P("Callum Brierley", "Australia")],
            [M(["Sukardiman", "Callum Brierley"], host="Sukardiman", date="2024-05-07", location="Jakarta")],
        ),
        "r6n_indonesian_rank_single": (
            "Commander of the Indonesian National Armed Forces Admiral Yudhistira met visiting Philippine Navy chief "
            "Vice Admiral Ramon Dizon-Aquino at the TNI headquarters in Cilangkap on Monday.",
            [P("Yudhistira", "Indonesia"), P("Ramon Dizon-Aquino", "Philippines")],
            [M(["Yudhistira", "Ramon Dizon-Aquino"], host="Yudhistira", date="2024-05-06", location="Cilangkap")],
        ),
        "r6n_malay_bin_short": (
            "Malaysian Defence Minister Datuk Seri Khairul Azmi bin Ismail met his Bruneian counterpart Pehin Dato "
            "Halim bin Mohd Yussof in Bandar Seri Begawan on Wednesday. Khairul Azmi said both armies would share "
            "intelligence.",
            [P("Khairul Azmi bin Ismail", "Malaysia"), P("Halim bin Mohd Yussof", "Brunei")],
            [
                M(
                    ["Khairul Azmi bin Ismail", "Halim bin Mohd Yussof"],
                    host="Halim bin Mohd Yussof",
                    date="2024-05-08",
                    location="Bandar Seri Begawan",
                )
            ],
        ),
        "r6n_malay_binti": (
            "Deputy Defence Minister Nor Azlina binti Hashim received Thai Navy chief Admiral Suchart Kongkaew at "
            "Wisma Pertahanan in Kuala Lumpur on Thursday. Nor Azlina and Suchart discussed patrols in the Strait "
            "of Malacca.",
            [P("Nor Azlina binti Hashim", "Malaysia"), P("Suchart Kongkaew", "Thailand")],
            [
                M(
                    ["Nor Azlina binti Hashim", "Suchart Kongkaew"],
                    host="Nor Azlina binti Hashim",
                    date="2024-05-09",
                    location="Kuala Lumpur",
                )
            ],
        ),
        "r6n_chinese_surname_first": (
            "Chinese Defence Minister Admiral Shen Weiping met Cambodian Deputy Prime Minister Tep Sokhon in Beijing "
            "on Tuesday. Shen said China valued its ties with Cambodia, and Tep thanked him for the training aid.",
            [P("Shen Weiping", "China"), P("Tep Sokhon", "Cambodia")],
            [M(["Shen Weiping", "Tep Sokhon"], host="Shen Weiping", date="2024-05-07", location="Beijing")],
        ),
        "r6n_chinese_surname_meets": (
            "General Liang Zhenhua, vice chairman of China's Central Military Commission, arrived in Vientiane on "
            "Monday. On Tuesday Liang met Lao Defence Minister General Khamla Phommavong.",
            [P("Liang Zhenhua", "China"), P("Khamla Phommavong", "Laos")],
            [
                M(
                    ["Liang Zhenhua", "Khamla Phommavong"],
                    host="Khamla Phommavong",
                    date="2024-05-07",
                    location="Vientiane",
                )
            ],
        ),
        "r6n_korean_surname": (
            "South Korean Defence Minister Kim Tae-hoon arrived in Canberra on Sunday. Kim held talks with Australian "
            "Defence Minister Callum Brierley on Monday about submarine maintenance.",
            [P("Kim Tae-hoon", "South Korea"), P("Callum Brierley", "Australia")],
            [M(["Kim Tae-hoon", "Callum Brierley"], host="Callum Brierley", date="2024-05-06", location="Canberra")],
        ),
        "r6n_japanese_surname": (
            "Japanese Defense Minister Takeshi Nakamura visited Manila on Wednesday. Philippine Defense Secretary "
            "Gilberto Reyes welcomed Nakamura at Camp Aguinaldo.",
            [P("Takeshi Nakamura", "Japan"), P("Gilberto Reyes", "Philippines")],
            [
                M(
                    ["Takeshi Nakamura", "Gilberto Reyes"],
                    host="Gilberto Reyes",
                    date="2024-05-08",
                    location="Camp Aguinaldo",
                )
            ],
        ),
        "r6n_vietnamese_given": (
            "Senior Lieutenant General Tran Quang Huy, Deputy Minister of National Defence of Vietnam, received "
            "Indian Ambassador Arvind Kulkarni in Hanoi on Friday. General Huy praised the training cooperation.",
            [P("Tran Quang Huy", "Vietnam"), P("Arvind Kulkarni", "India")],
            [M(["Tran Quang Huy", "Arvind Kulkarni"], host="Tran Quang Huy", date="2024-05-10", location="Hanoi")],
        ),
        "r6n_thai_first_name": (
            "Thai Supreme Commander Gen Chalerm Wongprasert received Malaysian Chief of Defence Force Gen Hafizuddin "
            "Jantan in Bangkok on Monday. Gen Chalerm said the two armies would hold a border exercise.",
            [P("Chalerm Wongprasert", "Thailand"), P("Hafizuddin Jantan", "Malaysia")],
            [
                M(
                    ["Chalerm Wongprasert", "Hafizuddin Jantan"],
                    host="Chalerm Wongprasert",
                    date="2024-05-06",
                    location="Bangkok",
                )
            ],
        ),
        "r6n_burmese_u": (
            "Myanmar's Minister for Defence General Tin Maung Win met Thai Foreign Minister Surapong Chaiyasit in "
            "Naypyitaw on Thursday. Tin Maung Win said the border would stay open.",
            [P("Tin Maung Win", "Myanmar"), P("Surapong Chaiyasit", "Thailand")],
            [M(["Tin Maung Win", "Surapong Chaiyasit"], host="Tin Maung Win", date="2024-05-09", location="Naypyitaw")],
        ),
        "r6n_indian_initials": (
            "Defence Secretary M.K. Raghavan met Sri Lankan Defence Secretary Nimal Dias in New Delhi on Tuesday. "
            "Raghavan said India would supply two patrol vessels.",
            [P("M.K. Raghavan", "India"), P("Nimal Dias", "Sri Lanka")],
            [M(["M.K. Raghavan", "Nimal Dias"], host="M.K. Raghavan", date="2024-05-07", location="New Delhi")],
        ),
        "r6n_indian_spaced_initials": (
            "Lt Gen P. K. Sundaram, the Army's Vice Chief, met Maldivian Chief of Defence Force Major General Ibrahim "
            "Hilmy Shareef in New Delhi on Monday. Lt Gen Sundaram briefed him on the training programme.",
            [P("P. K. Sundaram", "India"), P("Ibrahim Hilmy Shareef", "Maldives")],
            [
                M(
                    ["P. K. Sundaram", "Ibrahim Hilmy Shareef"],
                    host="P. K. Sundaram",
                    date="2024-05-06",
                    location="New Delhi",
                )
            ],
        ),
        "r6n_pakistani_possessive": (
            "Pakistan's Chief of Naval Staff Admiral Zaheer Abbasi called on Sri Lankan President Ranil Senanayake in "
            "Colombo on Wednesday. Abbasi's visit is the first by a Pakistani navy chief in six years.",
            [P("Zaheer Abbasi", "Pakistan"), P("Ranil Senanayake", "Sri Lanka")],
            [M(["Zaheer Abbasi", "Ranil Senanayake"], host="Ranil Senanayake", date="2024-05-08", location="Colombo")],
        ),
    }


def _middle_east_central_asia(M, P) -> dict:
    return {
        "r6n_arabic_al": (
            "Jordanian Chairman of the Joint Chiefs of Staff Major General Yousef al-Masarweh received Iraqi Army "
            "Chief of Staff Lieutenant General Abdulamir Kadhim al-Zubaidi in Amman on Sunday. Al-Masarweh said "
            "the border had been secured.",
            [P("Yousef al-Masarweh", "Jordan"), P("Abdulamir Kadhim al-Zubaidi", "Iraq")],
            [
                M(
                    ["Yousef al-Masarweh", "Abdulamir Kadhim al-Zubaidi"],
                    host="Yousef al-Masarweh",
                    date="2024-05-05",
                    location="Amman",
                )
            ],
        ),
        "r6n_arabic_abu": (
            "Emirati Minister of State for Defence Affairs Saif Abu Dhaher met Egyptian Defence Minister General "
            "Mahmoud Abdel-Salam in Cairo on Monday. Abu Dhaher conveyed greetings from the UAE leadership.",
            [P("Saif Abu Dhaher", "United Arab Emirates"), P("Mahmoud Abdel-Salam", "Egypt")],
            [
                M(
                    ["Saif Abu Dhaher", "Mahmoud Abdel-Salam"],
                    host="Mahmoud Abdel-Salam",
                    date="2024-05-06",
                    location="Cairo",
                )
            ],
        ),
        "r6n_saudi_bin_al": (
            "Saudi Defence Minister Prince Nawwaf bin Saad Al Saud received Kuwaiti Defence Minister Sheikh Mubarak "
            "Al-Sabah Al-Ahmad in Riyadh on Tuesday. Prince Nawwaf and Sheikh Mubarak reviewed military cooperation.",
            [P("Nawwaf bin Saad Al Saud", "Saudi Arabia"), P("Mubarak Al-Sabah Al-Hamad", "Kuwait")],
            [
                M(
                    ["Nawwaf bin Saad Al Saud", "Mubarak Al-Sabah Al-Hamad"],
                    host="Nawwaf bin Saad Al Saud",
                    date="2024-05-07",
                    location="Riyadh",
                )
            ],
        ),
        "r6n_persian": (
            "Iranian Defence Minister Brigadier General Hossein Rahimzadeh met Armenian Defence Minister Gevorg "
            "Hakobyan-Avagyan in Tehran on Wednesday. Rahimzadeh said Iran opposed any change of borders.",
            [P("Hossein Rahimzadeh", "Iran"), P("Gevorg Hakobyan-Avagyan", "Armenia")],
            [
                M(
                    ["Hossein Rahimzadeh", "Gevorg Hakobyan-Avagyan"],
                    host="Hossein Rahimzadeh",
                    date="2024-05-08",
                    location="Tehran",
                )
            ],
        ),
        "r6n_turkish_diacritics": (
            "Turkish Chief of General Staff General Levent Özdemir hosted Georgian Chief of Defence Forces Major "
            "General Giorgi Tsereteli in Ankara on Thursday. Özdemir and Tsereteli discussed the Black Sea.",
            [P("Levent Özdemir", "Turkey"), P("Giorgi Tsereteli", "Georgia")],
            [M(["Levent Özdemir", "Giorgi Tsereteli"], host="Levent Özdemir", date="2024-05-09", location="Ankara")],
        ),
        "r6n_central_asian_ov": (
            "Kazakh Defence Minister Colonel General Erlan Baimukhanov received Uzbek Defence Minister Lieutenant "
            "General Timur Ismoilov in Astana on Monday. Baimukhanov and Ismoilov signed a cooperation plan.",
            [P("Erlan Baimukhanov", "Kazakhstan"), P("Timur Ismoilov", "Uzbekistan")],
            [
                M(
                    ["Erlan Baimukhanov", "Timur Ismoilov"],
                    host="Erlan Baimukhanov",
                    date="2024-05-06",
                    location="Astana",
                )
            ],
        ),
        "r6n_central_asian_ova": (
            "Kyrgyz Deputy Foreign Minister Gulnara Saidova met Tajik Ambassador Daler Nazarov in Bishkek on "
            "Friday. Saidova thanked Nazarov for the help with the border talks.",
            [P("Gulnara Saidova", "Kyrgyzstan"), P("Daler Nazarov", "Tajikistan")],
            [M(["Gulnara Saidova", "Daler Nazarov"], host="Gulnara Saidova", date="2024-05-10", location="Bishkek")],
        ),
        "r6n_mongolian": (
            "Mongolian Defence Minister Gantulga Batbayar held talks with Russian Deputy Defence Minister Colonel "
            "General Yevgeny Kolesnikov in Ulaanbaatar on Tuesday. Batbayar proposed a joint exercise.",
            [P("Gantulga Batbayar", "Mongolia"), P("Yevgeny Kolesnikov", "Russia")],
            [
                M(
                    ["Gantulga Batbayar", "Yevgeny Kolesnikov"],
                    host="Gantulga Batbayar",
                    date="2024-05-07",
                    location="Ulaanbaatar",
                )
            ],
        ),
    }


def _africa_americas_europe(M, P) -> dict:
    return {
        "r6n_nigerian_rank_surname": (
            "The Chief of Army Staff, Lieutenant General Olufemi Adeyemi-Bello, received the Ghanaian Chief of Army "
            "Staff, Major General Kofi Asante-Mensah, in Abuja on Monday. Gen. Adeyemi-Bello said the two armies "
            "would train together.",
            [P("Olufemi Adeyemi-Bello", "Nigeria"), P("Kofi Asante-Mensah", "Ghana")],
            [
                M(
                    ["Olufemi Adeyemi-Bello", "Kofi Asante-Mensah"],
                    host="Olufemi Adeyemi-Bello",
                    date="2024-05-06",
                    location="Abuja",
                )
            ],
        ),
        "r6n_nigerian_igbo": (
            "Minister of Defence Chidi Nwankwo met the Beninese Minister Delegate for Defence Fortunat Agossou in "
            "Abuja on Thursday. Nwankwo said both countries would patrol the border.",
            [P("Chidi Nwankwo", "Nigeria"), P("Fortunat Agossou", "Benin")],
            [M(["Chidi Nwankwo", "Fortunat Agossou"], host="Chidi Nwankwo", date="2024-05-09", location="Abuja")],
        ),
        "r6n_kenyan": (
            "Kenya's Chief of Defence Forces General Kiprotich Langat hosted his Somali counterpart Brigadier General "
            "Abdirahman Farah Warsame at Defence Headquarters in Nairobi on Tuesday. Gen Langat said the troops "
            "would stay.",
            [P("Kiprotich Langat", "Kenya"), P("Abdirahman Farah Warsame", "Somalia")],
            [
                M(
                    ["Kiprotich Langat", "Abdirahman Farah Warsame"],
                    host="Kiprotich Langat",
                    date="2024-05-07",
                    location="Nairobi",
                )
            ],
        ),
        "r6n_ethiopian_first_name": (
            "Ethiopian Chief of General Staff General Tadesse Worku Gebre received Djiboutian Chief of Defence "
            "Major General Houmed Kamil Ahmed in Addis Ababa on Wednesday. General Tadesse said the two forces "
            "would share intelligence.",
            [P("Tadesse Worku Gebre", "Ethiopia"), P("Houmed Kamil Ahmed", "Djibouti")],
            [
                M(
                    ["Tadesse Worku Gebre", "Houmed Kamil Ahmed"],
                    host="Tadesse Worku Gebre",
                    date="2024-05-08",
                    location="Addis Ababa",
                )
            ],
        ),
        "r6n_spanish_double_surname": (
            "Colombian Defence Minister Jorge Luis Paredes Montoya met Peruvian Defence Minister Walter Quispe "
            "Huamán in Lima on Friday. Paredes said the two navies would fight drug trafficking on the Amazon.",
            [P("Jorge Luis Paredes Montoya", "Colombia"), P("Walter Quispe Huamán", "Peru")],
            [
                M(
                    ["Jorge Luis Paredes Montoya", "Walter Quispe Huamán"],
                    host="Walter Quispe Huamán",
                    date="2024-05-10",
                    location="Lima",
                )
            ],
        ),
        "r6n_portuguese_particles": (
            "Brazilian Defence Minister Joao Ribeiro da Costa received Angolan Defence Minister Joaquim dos Santos "
            "Neto in Brasilia on Monday. Da Costa said Brazil would train Angolan pilots.",
            [P("Joao Ribeiro da Costa", "Brazil"), P("Joaquim dos Santos Neto", "Angola")],
            [
                M(
                    ["Joao Ribeiro da Costa", "Joaquim dos Santos Neto"],
                    host="Joao Ribeiro da Costa",
                    date="2024-05-06",
                    location="Brasilia",
                )
            ],
        ),
        "r6n_dutch_van": (
            "Dutch Chief of Defence General Pieter van den Berg met Belgian Chief of Defence Admiral Luc de "
            "Wilde in Brussels on Tuesday. Van den Berg said both navies would share frigates.",
            [P("Pieter van den Berg", "Netherlands"), P("Luc de Wilde", "Belgium")],
            [M(["Pieter van den Berg", "Luc de Wilde"], host="Luc de Wilde", date="2024-05-07", location="Brussels")],
        ),
        "r6n_mexican": (
            "Mexican Secretary of National Defence General Luis Arturo Ávila Mendoza held talks with Guatemalan "
            "Defence Minister Henry Sáenz Ramos in Mexico City on Thursday.",
            [P("Luis Arturo Ávila Mendoza", "Mexico"), P("Henry Sáenz Ramos", "Guatemala")],
            [
                M(
                    ["Luis Arturo Ávila Mendoza", "Henry Sáenz Ramos"],
                    host="Luis Arturo Ávila Mendoza",
                    date="2024-05-09",
                    location="Mexico City",
                )
            ],
        ),
        "r6n_french_hyphen": (
            "French Armed Forces Minister Jean-Baptiste Lemaire met Senegalese Armed Forces Minister Mamadou Ndiaye-Faye "
            "in Dakar on Wednesday. Lemaire said the French base would be handed over.",
            [P("Jean-Baptiste Lemaire", "France"), P("Mamadou Ndiaye-Faye", "Senegal")],
            [
                M(
                    ["Jean-Baptiste Lemaire", "Mamadou Ndiaye-Faye"],
                    host="Mamadou Ndiaye-Faye",
                    date="2024-05-08",
                    location="Dakar",
                )
            ],
        ),
    }


def _shapes(M, P) -> dict:
    return {
        "r6n_caps_caption": (
            "Chief of Defence Staff General Musa Danjuma (right) receives Cameroonian Defence Minister Joseph Mbarga "
            "Essomba in Abuja.\n\n"
            "PHOTO: GENERAL MUSA DANJUMA WITH JOSEPH MBARGA ESSOMBA\n\n"
            "Danjuma received Essomba at Defence Headquarters on Monday and discussed Lake Chad.",
            [P("Musa Danjuma", "Nigeria"), P("Joseph Mbarga Essomba", "Cameroon")],
            [M(["Musa Danjuma", "Joseph Mbarga Essomba"], host="Musa Danjuma", date="2024-05-06", location="Abuja")],
        ),
        "r6n_caps_dateline": (
            "ISLAMABAD: Chief of the Air Staff Air Chief Marshal Faisal Naveed Qazi met Turkish Air Force commander "
            "General Ziya Cemal Öztürkmen at Air Headquarters on Tuesday. Qazi thanked Öztürkmen for the training.",
            [P("Faisal Naveed Qazi", "Pakistan"), P("Ziya Cemal Öztürkmen", "Turkey")],
            [
                M(
                    ["Faisal Naveed Qazi", "Ziya Cemal Öztürkmen"],
                    host="Faisal Naveed Qazi",
                    date="2024-05-07",
                    location="Islamabad",
                )
            ],
        ),
        "r6n_title_surname_only": (
            "Polish Defence Minister Marek Zielinski flew to Vilnius on Monday. Minister Zielinski met Lithuanian "
            "Defence Minister Laurynas Kasciunaitis there on Tuesday.",
            [P("Marek Zielinski", "Poland"), P("Laurynas Kasciunaitis", "Lithuania")],
            [
                M(
                    ["Marek Zielinski", "Laurynas Kasciunaitis"],
                    host="Laurynas Kasciunaitis",
                    date="2024-05-07",
                    location="Vilnius",
                )
            ],
        ),
        "r6n_rank_surname_meets": (
            "Major General Chukwudi Eze, commander of the Multinational Joint Task Force, arrived in N'Djamena on "
            "Sunday. Gen. Eze met Chadian Chief of Staff General Abakar Mahamat Sougui on Monday.",
            [P("Chukwudi Eze"), P("Abakar Mahamat Sougui", "Chad")],
            [
                M(
                    ["Chukwudi Eze", "Abakar Mahamat Sougui"],
                    host="Abakar Mahamat Sougui",
                    date="2024-05-06",
                    location="N'Djamena",
                )
            ],
        ),
        "r6n_mr_surname": (
            "Singapore's Defence Minister Lim Boon Keat arrived in Hanoi on Wednesday. Mr Lim called on Vietnamese "
            "Defence Minister General Phan Duc Thang on Thursday.",
            [P("Lim Boon Keat", "Singapore"), P("Phan Duc Thang", "Vietnam")],
            [M(["Lim Boon Keat", "Phan Duc Thang"], host="Phan Duc Thang", date="2024-05-09", location="Hanoi")],
        ),
        "r6n_both_short": (
            "Brazilian Army commander General Tomás Paiva Albuquerque and Argentine Army chief General Carlos "
            "Presti Ibarra attended a parade in Buenos Aires on Sunday. On Monday Albuquerque met Ibarra at the "
            "Libertador building.",
            [P("Tomás Paiva Albuquerque", "Brazil"), P("Carlos Presti Ibarra", "Argentina")],
            [
                M(
                    ["Tomás Paiva Albuquerque", "Carlos Presti Ibarra"],
                    host="Carlos Presti Ibarra",
                    date="2024-05-06",
                    location="Buenos Aires",
                )
            ],
        ),
        "r6n_country_adjective_name": (
            "Brazilian Defence Minister Joao Batista Farias met South African Defence Minister Thandiwe "
            "Mokoena-Dlamini in Pretoria on Tuesday.",
            [P("Joao Batista Farias", "Brazil"), P("Thandiwe Mokoena-Dlamini", "South Africa")],
            [
                M(
                    ["Joao Batista Farias", "Thandiwe Mokoena-Dlamini"],
                    host="Thandiwe Mokoena-Dlamini",
                    date="2024-05-07",
                    location="Pretoria",
                )
            ],
        ),
        "r6n_name_after_comma_title": (
            "The Minister of Defence of Uzbekistan, Lieutenant General Bakhrom Yusupov, and the Minister of Defence "
            "of Azerbaijan, Colonel General Ilgar Mammadli, held talks in Tashkent on Monday.",
            [P("Bakhrom Yusupov", "Uzbekistan"), P("Ilgar Mammadli", "Azerbaijan")],
            [M(["Bakhrom Yusupov", "Ilgar Mammadli"], host="Bakhrom Yusupov", date="2024-05-06", location="Tashkent")],
        ),
    }


def _marks_and_capitals(M, P) -> dict:
    """Forms of address, service marks and monarchs' titles inside or before names; names in capitals; a person
    met under the first of two surnames."""
    return {
        "r6n_korean_lower_syllable": (
            "ROK Army chief Gen. Park Jin-woo met U.S. Eighth Army commander Lt. Gen. Christopher Lawson at Camp "
            "Humphreys on Tuesday.",
            [P("Park Jin-woo", "South Korea"), P("Christopher Lawson", "United States")],
            [M(["Park Jin-woo", "Christopher Lawson"], date="2024-05-07", location="Camp Humphreys")],
        ),
        "r6n_shri": (
            "Defence Secretary Shri Ajay Bhatnagar held talks with Vietnamese Deputy Defence Minister Sr. Lt. Gen. "
            "Hoang Xuan Loc in New Delhi on Monday.",
            [P("Ajay Bhatnagar"), P("Hoang Xuan Loc", "Vietnam")],
            [M(["Ajay Bhatnagar", "Hoang Xuan Loc"], date="2024-05-06", location="New Delhi")],
        ),
        "r6n_tni_mark": (
            "Indonesian Navy Chief of Staff Admiral TNI Yudhistira Prasetyo received Royal Malaysian Navy chief "
            "Admiral Tan Sri Rahim Zakaria in Jakarta on Thursday.",
            [P("Yudhistira Prasetyo", "Indonesia"), P("Rahim Zakaria", "Malaysia")],
            [
                M(
                    ["Yudhistira Prasetyo", "Rahim Zakaria"],
                    host="Yudhistira Prasetyo",
                    date="2024-05-09",
                    location="Jakarta",
                )
            ],
        ),
        "r6n_dato_seri": (
            "Malaysian Defence Minister Dato' Seri Hasanuddin Mokhtar met Philippine Defense Secretary Gilberto "
            "Reyes in Manila on Tuesday.",
            [P("Hasanuddin Mokhtar", "Malaysia"), P("Gilberto Reyes", "Philippines")],
            [M(["Hasanuddin Mokhtar", "Gilberto Reyes"], host="Gilberto Reyes", date="2024-05-07", location="Manila")],
        ),
        "r6n_minister_delegate": (
            "Chadian Minister Delegate for Defence Moussa Yaya Hassane met French Minister Delegate for Veterans "
            "Claire Martin-Roux in N'Djamena on Monday.",
            [P("Moussa Yaya Hassane", "Chad"), P("Claire Martin-Roux", "France")],
            [
                M(
                    ["Moussa Yaya Hassane", "Claire Martin-Roux"],
                    host="Moussa Yaya Hassane",
                    date="2024-05-06",
                    location="N'Djamena",
                )
            ],
        ),
        "r6n_sultan_given_name": (
            "Kazakh Deputy Defence Minister Major General Sultan Temirkhanov received Kyrgyz Chief of General "
            "Staff Major General Erlan Toktosunov in Astana on Tuesday.",
            [P("Sultan Temirkhanov", "Kazakhstan"), P("Erlan Toktosunov", "Kyrgyzstan")],
            [
                M(
                    ["Sultan Temirkhanov", "Erlan Toktosunov"],
                    host="Sultan Temirkhanov",
                    date="2024-05-07",
                    location="Astana",
                )
            ],
        ),
        "r6n_amir_hyphen": (
            "Pakistani Defence Minister Khawaja Tariq Rana received Dr. Hossein Amir-Hosseini Karimi, the Iranian "
            "foreign minister, in Islamabad on Monday.",
            [P("Khawaja Tariq Rana", "Pakistan"), P("Hossein Amir-Hosseini Karimi", "Iran")],
            [
                M(
                    ["Khawaja Tariq Rana", "Hossein Amir-Hosseini Karimi"],
                    host="Khawaja Tariq Rana",
                    date="2024-05-06",
                    location="Islamabad",
                )
            ],
        ),
        "r6n_first_of_two_surnames": (
            "Colombian Defence Minister Jorge Luis Paredes Montoya arrived in Lima on Thursday.\n\n"
            "On Friday Paredes met Peruvian Defence Minister Walter Quispe Huaman at the ministry.",
            [P("Jorge Luis Paredes Montoya", "Colombia"), P("Walter Quispe Huaman", "Peru")],
            [
                M(
                    ["Jorge Luis Paredes Montoya", "Walter Quispe Huaman"],
                    host="Walter Quispe Huaman",
                    date="2024-05-10",
                    location="Lima",
                )
            ],
        ),
        "r6n_hon_abbreviation": (
            "Defence Cabinet Secretary Hon. Naserian Sankale-Lekishon received the Ugandan Chief of Defence Forces "
            "General Mugisha Katumba-Odongo at Ulinzi House, Nairobi, on Monday.",
            [P("Naserian Sankale-Lekishon", "Kenya"), P("Mugisha Katumba-Odongo", "Uganda")],
            [
                M(
                    ["Naserian Sankale-Lekishon", "Mugisha Katumba-Odongo"],
                    host="Naserian Sankale-Lekishon",
                    date="2024-05-06",
                    location="Nairobi",
                )
            ],
        ),
        "r6n_engr_abbreviation": (
            "The Minister of State for Defence, Engr. Babatunde Oyelaran, received the Ghanaian Defence Minister, "
            "Dr. Kwaku Asiedu, at Ship House, Abuja on Wednesday.",
            [P("Babatunde Oyelaran", "Nigeria"), P("Kwaku Asiedu", "Ghana")],
            [M(["Babatunde Oyelaran", "Kwaku Asiedu"], host="Babatunde Oyelaran", date="2024-05-08", location="Abuja")],
        ),
        "r6n_brig_abbreviation": (
            "The commander of the joint task force, Brig. Musa Danladi, received Col. Ade Okonkwo-Bassey of the "
            "Cameroonian army in Maiduguri on Tuesday.",
            [P("Musa Danladi"), P("Ade Okonkwo-Bassey", "Cameroon")],
            [M(["Musa Danladi", "Ade Okonkwo-Bassey"], host="Musa Danladi", date="2024-05-07", location="Maiduguri")],
        ),
        "r6n_long_hyphenated_name": (
            "Bangladeshi Army chief General Rafiq-Uz-Salam Chowdhury met Indian Eastern Army commander Lieutenant "
            "General Ravindra Pal Singh in Kolkata on Tuesday.",
            [P("Rafiq-Uz-Salam Chowdhury", "Bangladesh"), P("Ravindra Pal Singh", "India")],
            [
                M(
                    ["Rafiq-Uz-Salam Chowdhury", "Ravindra Pal Singh"],
                    host="Ravindra Pal Singh",
                    date="2024-05-07",
                    location="Kolkata",
                )
            ],
        ),
        "r6n_possessive_burmese": (
            "Myanmar's Kyaw Htet Aung met Cambodia's Sok Vanna Vong in Phnom Penh on Monday.",
            [P("Kyaw Htet Aung", "Myanmar"), P("Sok Vanna Vong", "Cambodia")],
            [M(["Kyaw Htet Aung", "Sok Vanna Vong"], host="Sok Vanna Vong", date="2024-05-06", location="Phnom Penh")],
        ),
        "r6n_names_in_capitals": (
            "Defence Minister KHALID AL-OTAIBI met his Bahraini counterpart ABDULLAH AL-NUAIMI in Manama on Monday.",
            [P("KHALID AL-OTAIBI"), P("ABDULLAH AL-NUAIMI", "Bahrain")],
            [
                M(
                    ["KHALID AL-OTAIBI", "ABDULLAH AL-NUAIMI"],
                    host="ABDULLAH AL-NUAIMI",
                    date="2024-05-06",
                    location="Manama",
                )
            ],
        ),
        "r6n_capitals_wire": (
            "KUWAIT CITY, May 8 (Probe Agency) -- Kuwait's Deputy Prime Minister and Defence Minister Sheikh FAHAD "
            "YOUSEF AL-SABAH received on Wednesday Iraqi Defence Minister THAMER AL-DULAIMI.",
            [P("FAHAD SALEM AL-HAJERI", "Kuwait"), P("THAMER AL-DULAIMI", "Iraq")],
            [
                M(
                    ["FAHAD SALEM AL-HAJERI", "THAMER AL-DULAIMI"],
                    host="FAHAD SALEM AL-HAJERI",
                    date="2024-05-08",
                    location="Kuwait City",
                )
            ],
        ),
    }
