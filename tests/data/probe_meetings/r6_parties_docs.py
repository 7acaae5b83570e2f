"""Invented probe articles for participant sets (issue 13, classes 3 and 5): counterparts named in another sentence
or the headline, delegations led by someone, companions and attendees, multi-party sittings, itineraries, separate
meetings, pronoun subjects, second meetings of one visit, and host bodies that are no persons. Every name and
sentence is invented. Read by make_probe.py (DOCS.update). Published 2024-05-10 (a Friday)."""


def r6_parties_docs(M) -> dict:
    """doc_id -> (text, gold meetings); `M` builds a gold meeting (see make_probe.py)."""
    docs = {}
    docs.update(_counterparts(M))
    docs.update(_delegations(M))
    docs.update(_companions_and_attendees(M))
    docs.update(_multi_party(M))
    docs.update(_itineraries(M))
    docs.update(_bodies(M))
    docs.update(_articles(M))
    docs.update(_more_shapes(M))
    docs.update(_sitting_people(M))
    docs.update(_long_articles(M))
    docs.update(_house_styles(M))
    return docs


def _counterparts(M) -> dict:
    """The other side named in another sentence, in the headline, or by a nominal reference."""
    return {
        "r6p_cp_headline_comma": (
            "Gen Ndaba Khumalo, Gen Tawanda Moyo discuss border security\n\n"
            "HARARE - South African Army chief General Ndaba Khumalo on Tuesday met his Zimbabwean counterpart in "
            "Harare, where the two discussed joint border patrols.",
            [M(["Ndaba Khumalo", "Tawanda Moyo"], host="Tawanda Moyo", date="2024-05-07", location="Harare")],
        ),
        "r6p_cp_named_after_apposition": (
            "Kyrgyz Defence Minister Lieutenant General Bakyt Osmonaliev held talks with his Kazakh counterpart in "
            "Astana on Tuesday. The Kazakh minister, Colonel General Nurlan Seitkali, said the two countries would "
            "hold a joint exercise in the autumn.",
            [M(["Bakyt Osmonaliev", "Nurlan Seitkali"], host="Nurlan Seitkali", date="2024-05-07", location="Astana")],
        ),
        "r6p_cp_invitation_before": (
            "Vietnamese Defence Minister General Tran Quang Vinh arrived in Vientiane on Monday for an official visit "
            "at the invitation of his Lao counterpart, General Khamphet Sisavath.\n\n"
            "On Tuesday, the two ministers held talks at the Lao Ministry of National Defence.",
            [
                M(
                    ["Tran Quang Vinh", "Khamphet Sisavath"],
                    host="Khamphet Sisavath",
                    date="2024-05-07",
                    location="Vientiane",
                )
            ],
        ),
        "r6p_cp_her_counterpart": (
            "Brazilian Defence Minister Helena Sarmento welcomed her Portuguese counterpart to Brasilia on Wednesday. "
            "Minister Rui Meireles, on his first visit to South America, toured the Navy Arsenal after the talks.",
            [M(["Helena Sarmento", "Rui Meireles"], host="Helena Sarmento", date="2024-05-08", location="Brasilia")],
        ),
        "r6p_cp_visiting_minister": (
            "Chadian Defence Minister Brahim Saleh Abakar began a three-day visit to Cairo on Saturday. On Sunday, the "
            "visiting minister was received by Egyptian Defence Minister General Adel Fawzy, who praised the "
            "growing ties between the two armies.",
            [M(["Brahim Saleh Abakar", "Adel Fawzy"], host="Adel Fawzy", date="2024-05-05", location="Cairo")],
        ),
        "r6p_cp_the_guest": (
            "Mongolian Armed Forces chief Lieutenant General Ganbold Batsukh paid an official visit to Seoul this "
            "week. The guest held talks with the Chairman of the Joint Chiefs of Staff, General Park Seong-ho, on "
            "Wednesday.",
            [M(["Ganbold Batsukh", "Park Seong-ho"], host="Park Seong-ho", date="2024-05-08", location="Seoul")],
        ),
        "r6p_cp_phone_named_after": (
            "Indonesian Defence Minister Agus Wiratmaja spoke by telephone with his Australian counterpart on "
            "Thursday. Australian Defence Minister Liam Hartley said afterwards that the call had covered maritime "
            "patrols in the Timor Sea.",
            [M(["Agus Wiratmaja", "Liam Hartley"], date="2024-05-09", mode="phone")],
        ),
        "r6p_cp_headline_hosts": (
            "Kenya's CDF hosts Ugandan counterpart Gen Wilson Tumusiime\n\n"
            "Chief of Defence Forces General Francis Kiprotich on Monday hosted his Ugandan counterpart at Defence "
            "Headquarters in Nairobi. The two generals reviewed the joint operations against armed groups.",
            [
                M(
                    ["Francis Kiprotich", "Wilson Tumusiime"],
                    host="Francis Kiprotich",
                    date="2024-05-06",
                    location="Nairobi",
                )
            ],
        ),
        "r6p_cp_both_leaders": (
            "Senegalese President Amadou Ndiaye arrived in Nouakchott on Thursday and was welcomed at the airport by "
            "Mauritanian President Mohamed Ould Bakar. Both leaders then held a closed-door meeting at the "
            "presidential palace.",
            [
                M(
                    ["Amadou Ndiaye", "Mohamed Ould Bakar"],
                    host="Mohamed Ould Bakar",
                    date="2024-05-09",
                    location="Nouakchott",
                )
            ],
        ),
    }


def _delegations(M) -> dict:
    """A delegation led, headed or under the leadership of X is X."""
    return {
        "r6p_dl_member_delegation": (
            "A 12-member delegation of the Peruvian Navy led by Rear Admiral Tomas Huaman called on the Chief of "
            "the Naval Staff, Vice Admiral Emeka Obiora, at Naval Headquarters in Abuja on Thursday.",
            [M(["Tomas Huaman", "Emeka Obiora"], host="Emeka Obiora", date="2024-05-09", location="Abuja")],
        ),
        "r6p_dl_headed_by_comma": (
            "A Kazakh military delegation arrived in Tashkent on Monday. The delegation, headed by Deputy Defence "
            "Minister Aidos Temirov, was received on Tuesday by Uzbek Defence Minister Major General Sherzod "
            "Tursunov.",
            [M(["Aidos Temirov", "Sherzod Tursunov"], host="Sherzod Tursunov", date="2024-05-07", location="Tashkent")],
        ),
        "r6p_dl_under_leadership": (
            "A delegation from the Mongolian Armed Forces under the leadership of Major General Dorjiin Enkhbat met "
            "Thai Army Commander General Somsak Rattanapong in Bangkok on Monday.",
            [
                M(
                    ["Dorjiin Enkhbat", "Somsak Rattanapong"],
                    host="Somsak Rattanapong",
                    date="2024-05-06",
                    location="Bangkok",
                )
            ],
        ),
        "r6p_dl_delegation_held_talks": (
            "A Saudi military delegation led by Lieutenant General Fahad Al Mutairi arrived in Islamabad on Sunday. "
            "During the visit, the delegation held talks with Chairman Joint Chiefs of Staff Committee General "
            "Khurram Lodhi.",
            [M(["Fahad Al Mutairi", "Khurram Lodhi"], host="Khurram Lodhi", location="Islamabad")],
        ),
        "r6p_dl_received_delegation_led": (
            "Egyptian Chief of Staff Lieutenant General Ahmed Fathalla received on Wednesday a Sudanese military "
            "delegation led by Lieutenant General Osman Bashir in Cairo.",
            [M(["Ahmed Fathalla", "Osman Bashir"], host="Ahmed Fathalla", date="2024-05-08", location="Cairo")],
        ),
    }


def _companions_and_attendees(M) -> dict:
    """Companions of a leader are no participants; people said to attend the sitting are."""
    return {
        "r6p_acc_who_was_accompanied": (
            "Malaysian Defence Minister Hamzah Baharuddin, who was accompanied by Armed Forces chief General Zulkifli "
            "Rahmat and Defence Secretary-General Rosli Anuar, held talks with Philippine Defense Secretary Ramon "
            "Alcaraz in Manila on Wednesday.",
            [M(["Hamzah Baharuddin", "Ramon Alcaraz"], host="Ramon Alcaraz", date="2024-05-08", location="Manila")],
        ),
        "r6p_acc_next_sentence": (
            "Pakistan Navy chief Admiral Naveed Bukhari met Sri Lankan Navy commander Vice Admiral Priyantha Wickramage "
            "in Colombo on Monday. He was accompanied by Defence Attache Captain Imran Qazi.",
            [
                M(
                    ["Naveed Bukhari", "Priyantha Wickramage"],
                    host="Priyantha Wickramage",
                    date="2024-05-06",
                    location="Colombo",
                )
            ],
        ),
        "r6p_acc_accompanying_were": (
            "Kazakh Defence Minister Ruslan Abenov met Turkish Defence Minister Yusuf Gunay in Ankara on Thursday. "
            "Accompanying the minister were Deputy Chief of General Staff Major General Arman Beisov and Colonel "
            "Dauren Zhunusov.",
            [M(["Ruslan Abenov", "Yusuf Gunay"], host="Yusuf Gunay", date="2024-05-09", location="Ankara")],
        ),
        "r6p_att_also_attended": (
            "Indian Army chief General Vikram Sethi met Egyptian Chief of Staff Lieutenant General Ahmed Fathalla in "
            "Cairo on Tuesday. Indian Ambassador Suresh Menon and Defence Attache Brigadier Karan Gill also attended "
            "the meeting.",
            [
                M(
                    ["Vikram Sethi", "Ahmed Fathalla", "Suresh Menon", "Karan Gill"],
                    host="Ahmed Fathalla",
                    date="2024-05-07",
                    location="Cairo",
                )
            ],
        ),
        "r6p_att_also_attended_by": (
            "Thai Defence Minister Pichai Wongsakul received Cambodian Defence Minister Ouk Sokha at the ministry in "
            "Bangkok on Monday. The meeting was also attended by Royal Thai Armed Forces chief General Anan Siriwat.",
            [
                M(
                    ["Pichai Wongsakul", "Ouk Sokha", "Anan Siriwat"],
                    host="Pichai Wongsakul",
                    date="2024-05-06",
                    location="Bangkok",
                )
            ],
        ),
        "r6p_att_among_those_present": (
            "President Tunde Adeyemi received the visiting French Armed Forces Minister Etienne Marchal at the State "
            "House in Abuja on Thursday. Among those present were Chief of Army Staff Lieutenant General Tajudeen "
            "Adebayo and Chief of Air Staff Air Marshal Hassan Dikko.",
            [
                M(
                    ["Tunde Adeyemi", "Etienne Marchal", "Tajudeen Adebayo", "Hassan Dikko"],
                    host="Tunde Adeyemi",
                    date="2024-05-09",
                    location="Abuja",
                )
            ],
        ),
        "r6p_att_in_attendance": (
            "Russian Defence Minister Viktor Gromov held talks with Lao Defence Minister Vongsak Phommachan in "
            "Moscow on Wednesday. Deputy Defence Minister Oleg Chernyshov was also in attendance.",
            [
                M(
                    ["Viktor Gromov", "Vongsak Phommachan", "Oleg Chernyshov"],
                    host="Viktor Gromov",
                    date="2024-05-08",
                    location="Moscow",
                )
            ],
        ),
    }


def _multi_party(M) -> dict:
    """Several named sides at one sitting, and several sittings said to be separate."""
    return {
        "r6p_mp_met_y_and_z": (
            "Qatari Prime Minister Sheikh Faleh Al Muhannadi met Egyptian Foreign Minister Hesham Abdelaziz and Jordanian "
            "Foreign Minister Nasser Awwad in Doha on Sunday to discuss the ceasefire talks.",
            [
                M(
                    ["Faleh Al Muhannadi", "Hesham Abdelaziz", "Nasser Awwad"],
                    host="Faleh Al Muhannadi",
                    date="2024-05-05",
                    location="Doha",
                )
            ],
        ),
        "r6p_mp_chiefs_dash_list": (
            "The army chiefs of Thailand, Malaysia and Indonesia - General Somsak Chaiyaporn, General Azlan Mokhtar "
            "and General Dedi Kurniawan - met in Kuala Lumpur on Tuesday to review border cooperation.",
            [
                M(
                    ["Somsak Chaiyaporn", "Azlan Mokhtar", "Dedi Kurniawan"],
                    host="Azlan Mokhtar",
                    date="2024-05-07",
                    location="Kuala Lumpur",
                )
            ],
        ),
        "r6p_mp_hosted_counterparts_from": (
            "Kazakh Defence Minister Ruslan Abenov hosted his counterparts from Kyrgyzstan and Tajikistan, "
            "Lieutenant General Bakyt Osmonaliev and Colonel General Davlat Rahimzoda, for trilateral talks in "
            "Almaty on Thursday.",
            [
                M(
                    ["Ruslan Abenov", "Bakyt Osmonaliev", "Davlat Rahimzoda"],
                    host="Ruslan Abenov",
                    date="2024-05-09",
                    location="Almaty",
                )
            ],
        ),
        "r6p_mp_ministers_named_next": (
            "Defence ministers of Japan, Australia and the Philippines met in Tokyo on Saturday. Japan's Hiroshi "
            "Tanabe, Australia's Connor Walsh and the Philippines' Ramon Alcaraz agreed to expand joint patrols.",
            [
                M(
                    ["Hiroshi Tanabe", "Connor Walsh", "Ramon Alcaraz"],
                    host="Hiroshi Tanabe",
                    date="2024-05-04",
                    location="Tokyo",
                )
            ],
        ),
        "r6p_mp_summit_three": (
            "Egyptian President Khaled Sharawi, Jordanian King Hashem bin Ghazi and Iraqi Prime Minister Haidar Jabbar "
            "held a trilateral summit in Baghdad on Wednesday.",
            [
                M(
                    ["Khaled Sharawi", "Hashem bin Ghazi", "Haidar Jabbar"],
                    host="Haidar Jabbar",
                    date="2024-05-08",
                    location="Baghdad",
                )
            ],
        ),
        "r6p_sep_two_subjects": (
            "Chinese Defence Minister Zhao Mingyuan and Foreign Minister Sun Peiwen separately met Cambodian Prime "
            "Minister Sok Vannarith in Beijing on Thursday.",
            [
                M(["Zhao Mingyuan", "Sok Vannarith"], host="Zhao Mingyuan", date="2024-05-09", location="Beijing"),
                M(["Sun Peiwen", "Sok Vannarith"], host="Sun Peiwen", date="2024-05-09", location="Beijing"),
            ],
        ),
        "r6p_sep_separate_meetings_with": (
            "Japan Maritime Self-Defense Force chief Admiral Kaito Mori arrived in New Delhi on Monday. During the "
            "visit, Admiral Mori also held separate meetings with Indian Navy chief Admiral Arvind Kapoor and "
            "Defence Secretary Rajiv Khurana.",
            [
                M(["Kaito Mori", "Arvind Kapoor"], host="Arvind Kapoor", location="New Delhi"),
                M(["Kaito Mori", "Rajiv Khurana"], host="Rajiv Khurana", location="New Delhi"),
            ],
        ),
        "r6p_sep_separately_final": (
            "Kenyan President David Gitonga received the Somali and Ethiopian defence ministers, Abdi Gelle and "
            "Tesfaye Bekele, separately at State House in Nairobi on Monday.",
            [
                M(["David Gitonga", "Abdi Gelle"], host="David Gitonga", date="2024-05-06", location="Nairobi"),
                M(["David Gitonga", "Tesfaye Bekele"], host="David Gitonga", date="2024-05-06", location="Nairobi"),
            ],
        ),
        "r6p_mp_senators": (
            "Philippine Defense Secretary Ramon Alcaraz met with Senators Jane Pettigrew and Mark Ruiz of the Senate "
            "Armed Services Committee in Washington on Wednesday.",
            [
                M(
                    ["Ramon Alcaraz", "Jane Pettigrew", "Mark Ruiz"],
                    host="Jane Pettigrew",
                    date="2024-05-08",
                    location="Washington",
                )
            ],
        ),
    }


def _itineraries(M) -> dict:
    """Call-ons during one visit, pronoun subjects, and second meetings on another day."""
    return {
        "r6p_it_where_met_and_later": (
            "Turkish Defence Minister Yusuf Gunay arrived in Tbilisi on Monday, where he met Georgian Defence "
            "Minister Irakli Dvalishvili and later Prime Minister Giorgi Lomidze.",
            [
                M(
                    ["Yusuf Gunay", "Irakli Dvalishvili"],
                    host="Irakli Dvalishvili",
                    date="2024-05-06",
                    location="Tbilisi",
                ),
                M(["Yusuf Gunay", "Giorgi Lomidze"], host="Giorgi Lomidze", date="2024-05-06", location="Tbilisi"),
            ],
        ),
        "r6p_it_will_call_on": (
            "Ugandan Chief of Defence Forces General Paul Ochieng arrived in Nairobi on Thursday for a three-day "
            "visit. During his stay, General Ochieng will call on Defence Cabinet Secretary Amina Chepkoech and Chief "
            "of Defence Forces General Francis Kiprotich.",
            [
                M(["Paul Ochieng", "Amina Chepkoech"], host="Amina Chepkoech", location="Nairobi", status="planned"),
                M(
                    ["Paul Ochieng", "Francis Kiprotich"],
                    host="Francis Kiprotich",
                    location="Nairobi",
                    status="planned",
                ),
            ],
        ),
        "r6p_it_following_day": (
            "Vietnamese Deputy Defence Minister Senior Lieutenant General Pham Duc Thinh arrived in Jakarta on "
            "Monday. He held talks with Indonesian Deputy Defence Minister Rahmat Hidayat on Tuesday. The following "
            "day, he called on Indonesian Armed Forces commander General Bayu Saputra.",
            [
                M(["Pham Duc Thinh", "Rahmat Hidayat"], host="Rahmat Hidayat", date="2024-05-07", location="Jakarta"),
                M(["Pham Duc Thinh", "Bayu Saputra"], host="Bayu Saputra", date="2024-05-08", location="Jakarta"),
            ],
        ),
        "r6p_it_meeting_participle": (
            "Pakistani Foreign Minister Bilal Hashmi began his Gulf tour in Abu Dhabi on Sunday, meeting UAE "
            "Minister of State Khalifa Al Mazrouei. He then flew to Manama, where he held talks with Bahraini "
            "Foreign Minister Yousef Al Doseri on Monday.",
            [
                M(
                    ["Bilal Hashmi", "Khalifa Al Mazrouei"],
                    host="Khalifa Al Mazrouei",
                    date="2024-05-05",
                    location="Abu Dhabi",
                ),
                M(["Bilal Hashmi", "Yousef Al Doseri"], host="Yousef Al Doseri", date="2024-05-06", location="Manama"),
            ],
        ),
        "r6p_pr_she_also_met": (
            "Australian Foreign Minister Claire Ashworth met Fijian Prime Minister Josefa Naulivou in Suva on "
            "Tuesday. She also met Opposition Leader Inoke Vatu.",
            [
                M(["Claire Ashworth", "Josefa Naulivou"], host="Josefa Naulivou", date="2024-05-07", location="Suva"),
                M(["Claire Ashworth", "Inoke Vatu"], host="Inoke Vatu", date="2024-05-07", location="Suva"),
            ],
        ),
        "r6p_pr_the_minister_later": (
            "Turkish Defence Minister Yusuf Gunay held talks with Kazakh Defence Minister Ruslan Abenov in Astana on "
            "Thursday. The minister later called on President Aslan Dzhaksybekov at the Akorda.",
            [
                M(["Yusuf Gunay", "Ruslan Abenov"], host="Ruslan Abenov", date="2024-05-09", location="Astana"),
                M(
                    ["Yusuf Gunay", "Aslan Dzhaksybekov"],
                    host="Aslan Dzhaksybekov",
                    date="2024-05-09",
                    location="Astana",
                ),
            ],
        ),
        "r6p_pr_he_new_paragraph": (
            "Nigerian Chief of Defence Staff General Musa Tanko arrived in Accra on Monday for a two-day working "
            "visit.\n\nHe met Ghana's Chief of Defence Staff Vice Admiral Kofi Mensah-Bonsu at the Defence "
            "Headquarters in Accra on Tuesday, and the two discussed maritime security in the Gulf of Guinea.",
            [M(["Musa Tanko", "Kofi Mensah-Bonsu"], host="Kofi Mensah-Bonsu", date="2024-05-07", location="Accra")],
        ),
        "r6p_2nd_next_day_received": (
            "Azerbaijani Chief of General Staff Colonel General Kamran Mammadli met Turkish Chief of General Staff "
            "General Selim Durmaz in Ankara on Monday. The next day, Mammadli was received by Turkish Defence "
            "Minister Yusuf Gunay.",
            [
                M(["Kamran Mammadli", "Selim Durmaz"], host="Selim Durmaz", date="2024-05-06", location="Ankara"),
                M(["Kamran Mammadli", "Yusuf Gunay"], host="Yusuf Gunay", date="2024-05-07", location="Ankara"),
            ],
        ),
        "r6p_2nd_second_day": (
            "Malaysian Army deputy chief Major General Rizal Hashim, on a three-day visit to Bandar Seri Begawan, met "
            "Brunei's Minister of Defence II Hamdan Latif on Monday. On the second day of his visit, Rizal called on "
            "the Commander of the Royal Brunei Armed Forces, Major General Aminuddin Kassim.",
            [
                M(
                    ["Rizal Hashim", "Hamdan Latif"],
                    host="Hamdan Latif",
                    date="2024-05-06",
                    location="Bandar Seri Begawan",
                ),
                M(["Rizal Hashim", "Aminuddin Kassim"], host="Aminuddin Kassim", location="Bandar Seri Begawan"),
            ],
        ),
    }


def _bodies(M) -> dict:
    """Host bodies and places visited are no participants; their named officials are."""
    return {
        "r6p_org_visited_ministry_received_by": (
            "Colonel Imre Vasko, the Hungarian defence attache, visited the Ministry of Defence of Serbia on "
            "Wednesday, where he was received by Assistant Minister Dragan Petrovic.",
            [M(["Imre Vasko", "Dragan Petrovic"], host="Dragan Petrovic", date="2024-05-08")],
        ),
        "r6p_org_visited_places": (
            "A Tanzanian military delegation led by Brigadier General Juma Kilonzo met Rwanda Defence Force chief "
            "General Jean Bosco Habiyaremye in Kigali on Monday. The delegation also visited the Rwanda Peace "
            "Academy and the Nyakinama military college.",
            [
                M(
                    ["Juma Kilonzo", "Jean Bosco Habiyaremye"],
                    host="Jean Bosco Habiyaremye",
                    date="2024-05-06",
                    location="Kigali",
                )
            ],
        ),
        "r6p_org_by_its_chief": (
            "Georgian Defence Forces commander Major General Levan Dadiani was received at the General Staff of the "
            "Armenian Armed Forces by its chief, Lieutenant General Aram Hovsepyan, on Thursday.",
            [M(["Levan Dadiani", "Aram Hovsepyan"], host="Aram Hovsepyan", date="2024-05-09")],
        ),
        "r6p_org_met_leadership": (
            "Brazilian Army commander General Ricardo Tavora met the leadership of the Colombian Army General "
            "Command in Bogota on Tuesday and later held talks with Defence Minister Andres Salgado.",
            [M(["Ricardo Tavora", "Andres Salgado"], host="Andres Salgado", date="2024-05-07", location="Bogota")],
        ),
    }


def _articles(M) -> dict:
    """Whole short articles in agency and press-office shapes."""
    return {
        "r6p_art_press_office": (
            "RAWALPINDI, May 9 (APP): Commander of the Royal Saudi Land Forces, Lieutenant General Saad Al-Harbi, "
            "called on Chief of Army Staff General Tahir Bangash at General Headquarters on Thursday, the military's "
            "media wing said.\n\n"
            "During the meeting, matters of mutual interest, regional security and bilateral defence cooperation "
            "were discussed. The visiting dignitary lauded the professionalism of the army.\n\n"
            "Earlier, on arrival at GHQ, the dignitary laid a floral wreath at the martyrs' monument and was "
            "presented a guard of honour. Later, he also called on Chairman Joint Chiefs of Staff Committee General "
            "Khurram Lodhi at Joint Staff Headquarters.",
            [
                M(["Saad Al-Harbi", "Tahir Bangash"], host="Tahir Bangash", date="2024-05-09", location="Rawalpindi"),
                M(["Saad Al-Harbi", "Khurram Lodhi"], host="Khurram Lodhi", date="2024-05-09", location="Rawalpindi"),
            ],
        ),
        "r6p_art_state_agency": (
            "Hanoi (VNA) - Deputy Minister of National Defence Senior Lieutenant General Le Van Thuan received a "
            "delegation of the Indian National Defence College led by Major General Sunil Rawat in Hanoi on May 8.\n\n"
            "At the reception, the Vietnamese officer welcomed the delegation and briefed the guests on the "
            "country's defence policy. For his part, Rawat thanked the host for the warm welcome.",
            [M(["Le Van Thuan", "Sunil Rawat"], host="Le Van Thuan", date="2024-05-08", location="Hanoi")],
        ),
        "r6p_art_daily_accompanied": (
            "The Chief of the Defence Staff, General Emeka Nwosu, has received the Commander of the United States "
            "Africa Command, General Robert Kessler, at Defence Headquarters, Abuja.\n\n"
            "Kessler, who was accompanied by the US Ambassador to Nigeria, Joan Whitfield, and the Defence Attache, "
            "Colonel Mark Dunn, said the two militaries would expand training.",
            [M(["Emeka Nwosu", "Robert Kessler"], host="Emeka Nwosu", location="Abuja")],
        ),
        "r6p_art_ministry_reported": (
            "ASTANA - Kazakh Defence Minister Colonel General Ruslan Abenov held talks with a delegation of the "
            "Chinese Ministry of National Defence headed by Lieutenant General Wang Jianhua, the ministry's press "
            "service reported on Wednesday.\n\n"
            "The sides discussed military education and joint exercises.",
            [M(["Ruslan Abenov", "Wang Jianhua"], host="Ruslan Abenov", date="2024-05-08", location="Astana")],
        ),
        "r6p_art_gulf_office_today": (
            "Sheikh Hamad bin Suhail, Deputy Supreme Commander, received in his office today Lieutenant General "
            "Omar Faruk, Chief of General Staff of the Bangladesh Army, and his accompanying delegation.\n\n"
            "During the meeting, they reviewed military cooperation between the two countries.",
            [M(["Hamad bin Suhail", "Omar Faruk"], host="Hamad bin Suhail", date="2024-05-10")],
        ),
        "r6p_art_wire_two_days": (
            "MOSCOW, May 8 - Russian Deputy Defence Minister Colonel General Alexei Zharov met Myanmar Defence "
            "Minister General Kyaw Zeya Thant in Moscow on Tuesday, the ministry said.\n\n"
            "Zharov and the Myanmar minister discussed training and equipment. On Wednesday, the guest was "
            "received by Chief of the General Staff Army General Pavel Gorelov.",
            [
                M(
                    ["Alexei Zharov", "Kyaw Zeya Thant"],
                    host="Alexei Zharov",
                    date="2024-05-07",
                    location="Moscow",
                ),
                M(["Kyaw Zeya Thant", "Pavel Gorelov"], host="Pavel Gorelov", date="2024-05-08", location="Moscow"),
            ],
        ),
    }


def _more_shapes(M) -> dict:
    """More ways news spreads the people of a sitting: relative clauses, passives with two agents, fronted
    places, nominal subjects and call-on lists."""
    return {
        "r6p_more_who_was_accompanied_obj": (
            "Egyptian Defence Minister General Adel Fawzy met Libyan Chief of Staff Lieutenant General Salem "
            "Bukhatwa, who was accompanied by Major General Faraj Obeidi, in Cairo on Sunday.",
            [M(["Adel Fawzy", "Salem Bukhatwa"], host="Adel Fawzy", date="2024-05-05", location="Cairo")],
        ),
        "r6p_more_also_taking_part": (
            "Georgian Prime Minister Nika Chikovani held talks with Polish Defence Minister Tomasz Wojcik in "
            "Tbilisi on Monday. Also taking part in the talks were Georgian Defence Minister Zurab Chkheidze and "
            "Polish Ambassador Marek Zielinski.",
            [
                M(
                    ["Nika Chikovani", "Tomasz Wojcik", "Zurab Chkheidze", "Marek Zielinski"],
                    host="Nika Chikovani",
                    date="2024-05-06",
                    location="Tbilisi",
                )
            ],
        ),
        "r6p_more_participle_attended": (
            "The meeting between Indonesian Navy chief Admiral Hendro Sasongko and Malaysian Navy chief Admiral "
            "Zamri Talib, also attended by Indonesian Marine Corps commander Lieutenant General Yudi Prakoso, took "
            "place in Surabaya on Wednesday.",
            [
                M(
                    ["Hendro Sasongko", "Zamri Talib", "Yudi Prakoso"],
                    host="Hendro Sasongko",
                    date="2024-05-08",
                    location="Surabaya",
                )
            ],
        ),
        "r6p_more_received_delegation_comma_led": (
            "Mongolian Defence Minister Gankhuyag Sodnom received a delegation of the Kazakh National Defence "
            "University, led by Major General Yerlan Duisenov, in Ulaanbaatar on Tuesday.",
            [
                M(
                    ["Gankhuyag Sodnom", "Yerlan Duisenov"],
                    host="Gankhuyag Sodnom",
                    date="2024-05-07",
                    location="Ulaanbaatar",
                )
            ],
        ),
        "r6p_more_fronted_places": (
            "Turkish Chief of General Staff General Selim Durmaz toured Pakistan this week. In Islamabad, he met "
            "Chairman Joint Chiefs of Staff Committee General Anwar Qureshi on Monday. In Karachi, he called on "
            "Naval chief Admiral Salman Shafiq on Wednesday.",
            [
                M(["Selim Durmaz", "Anwar Qureshi"], host="Anwar Qureshi", date="2024-05-06", location="Islamabad"),
                M(["Selim Durmaz", "Salman Shafiq"], host="Salman Shafiq", date="2024-05-08", location="Karachi"),
            ],
        ),
        "r6p_more_received_by_two": (
            "Visiting Chinese Defence Minister General Zhao Mingyuan was received by Cambodian Prime Minister Sok "
            "Vannarith and Defence Minister Ouk Bunthoeun in Phnom Penh on Monday.",
            [
                M(
                    ["Zhao Mingyuan", "Sok Vannarith", "Ouk Bunthoeun"],
                    host="Sok Vannarith",
                    date="2024-05-06",
                    location="Phnom Penh",
                )
            ],
        ),
        "r6p_more_two_hosts_received": (
            "President Mayen Atem and Vice President Mary Akol received US Special Envoy Thomas Brandt at State "
            "House in Juba on Tuesday.",
            [
                M(
                    ["Mayen Atem", "Mary Akol", "Thomas Brandt"],
                    host="Mayen Atem",
                    date="2024-05-07",
                    location="Juba",
                )
            ],
        ),
        "r6p_more_and_his_deputy": (
            "Kazakh Defence Minister Ruslan Abenov met Chinese Defence Minister Zhao Mingyuan and his deputy, "
            "Lieutenant General Qiu Hanwen, in Beijing on Thursday.",
            [
                M(
                    ["Ruslan Abenov", "Zhao Mingyuan", "Qiu Hanwen"],
                    host="Zhao Mingyuan",
                    date="2024-05-09",
                    location="Beijing",
                )
            ],
        ),
        "r6p_more_visiting_minister_called_on": (
            "Malaysian Defence Minister Hamzah Baharuddin arrived in Hanoi on Monday for a two-day visit. The "
            "visiting minister called on President Vo Minh Quang and Prime Minister Pham Thanh Son on Tuesday.",
            [
                M(["Hamzah Baharuddin", "Vo Minh Quang"], host="Vo Minh Quang", date="2024-05-07", location="Hanoi"),
                M(["Hamzah Baharuddin", "Pham Thanh Son"], host="Pham Thanh Son", date="2024-05-07", location="Hanoi"),
            ],
        ),
        "r6p_more_relative_met": (
            "Nigerian Army chief Lieutenant General Tajudeen Adebayo, who met his Ghanaian counterpart Major General "
            "Kwame Owusu-Ansah in Accra on Tuesday, said the two armies would train together.",
            [
                M(
                    ["Tajudeen Adebayo", "Kwame Owusu-Ansah"],
                    host="Kwame Owusu-Ansah",
                    date="2024-05-07",
                    location="Accra",
                )
            ],
        ),
        "r6p_more_same_day_also_met": (
            "Indian External Affairs Minister Arjun Mehta held talks with Sri Lankan President Ruwan Jayatilleke in "
            "Colombo on Friday. On the same day, he also met Prime Minister Nirmala Wijesekera.",
            [
                M(
                    ["Arjun Mehta", "Ruwan Jayatilleke"],
                    host="Ruwan Jayatilleke",
                    date="2024-05-10",
                    location="Colombo",
                ),
                M(
                    ["Arjun Mehta", "Nirmala Wijesekera"],
                    host="Nirmala Wijesekera",
                    date="2024-05-10",
                    location="Colombo",
                ),
            ],
        ),
        "r6p_more_visited_hq_received": (
            "Brazilian Navy commander Admiral Marcos Sampaio began a visit to Lisbon on Monday.\n\n"
            "On Tuesday, Admiral Sampaio visited the Portuguese Navy headquarters, where he was received by the "
            "Chief of Naval Staff, Admiral Joao Quaresma.",
            [M(["Marcos Sampaio", "Joao Quaresma"], host="Joao Quaresma", date="2024-05-07", location="Lisbon")],
        ),
        "r6p_more_separate_talks_counterparts_from": (
            "On the sidelines of the forum in Singapore, Japanese Defence Minister Hiroshi Tanabe held separate talks "
            "with his counterparts from Vietnam and Thailand, General Nguyen Huu Phong and Pichai Wongsakul.",
            [
                M(["Hiroshi Tanabe", "Nguyen Huu Phong"], location="Singapore"),
                M(["Hiroshi Tanabe", "Pichai Wongsakul"], location="Singapore"),
            ],
        ),
        "r6p_more_pair_then_joined": (
            "Kenyan Defence Cabinet Secretary Amina Chepkoech met Somali Defence Minister Abdi Gelle in Nairobi on "
            "Monday. The two were later joined by Ethiopian Defence Minister Tesfaye Bekele for a trilateral session.",
            [
                M(
                    ["Amina Chepkoech", "Abdi Gelle", "Tesfaye Bekele"],
                    host="Amina Chepkoech",
                    date="2024-05-06",
                    location="Nairobi",
                )
            ],
        ),
        "r6p_more_sides_by_country_first": (
            "Pakistan's army chief called on Saudi Arabia's defence minister in Riyadh on Sunday, the military said.\n\n"
            "Saudi Defence Minister Prince Turki bin Fahad and Pakistani Army chief General Tahir Bangash discussed "
            "training and joint exercises, according to the statement.",
            [M(["Tahir Bangash", "Turki bin Fahad"], host="Turki bin Fahad", date="2024-05-05", location="Riyadh")],
        ),
        "r6p_more_counterpart_said_next": (
            "India's defence minister held talks with his Australian counterpart in Canberra on Tuesday. Indian "
            "Defence Minister Raghav Subramaniam said the talks were productive, while Australian Defence Minister "
            "Ben Hartigan called India a close partner.",
            [M(["Raghav Subramaniam", "Ben Hartigan"], host="Ben Hartigan", date="2024-05-07", location="Canberra")],
        ),
        "r6p_more_counterpart_paragraph_after": (
            "Thailand's defence minister held talks with his Cambodian counterpart at the border town of Aranyaprathet "
            "on Thursday.\n\n"
            "Thai Defence Minister Pichai Wongsakul and Cambodian Defence Minister Ouk Bunthoeun agreed to reopen "
            "two checkpoints.",
            [M(["Pichai Wongsakul", "Ouk Bunthoeun"], date="2024-05-09", location="Aranyaprathet")],
        ),
    }


def _sitting_people(M) -> dict:
    """Who sat at the table: attendees told in relative clauses and participles, sides told by a possessive,
    talks led by each side, and a delegation head met by the first meeting of a visit."""
    return {
        "r6p_sit_who_attended_relative": (
            "Chilean Army commander General Rodrigo Valenzuela received Argentine Army chief General Martin Ferreyra "
            "in Santiago on Tuesday. Brigadier General Ines Cardenas, who attended the meeting, said the armies "
            "would hold a joint exercise next year.",
            [
                M(
                    ["Rodrigo Valenzuela", "Martin Ferreyra", "Ines Cardenas"],
                    host="Rodrigo Valenzuela",
                    date="2024-05-07",
                    location="Santiago",
                )
            ],
        ),
        "r6p_sit_joined_by_participle": (
            "Uzbek Defence Minister Sherzod Tursunov and Turkmen Defence Minister Batyr Annayev held talks in "
            "Tashkent on Thursday, joined by Uzbek Chief of General Staff Major General Ulugbek Nazarov.",
            [
                M(
                    ["Sherzod Tursunov", "Batyr Annayev", "Ulugbek Nazarov"],
                    host="Sherzod Tursunov",
                    date="2024-05-09",
                    location="Tashkent",
                )
            ],
        ),
        "r6p_sit_possessive_side": (
            "ASTANA - President Aslan Dzhaksybekov praised Chinese Defence Minister Liu Anmin's contribution to "
            "regional security during a meeting on Thursday, the presidential press service reported.",
            [M(["Aslan Dzhaksybekov", "Liu Anmin"], host="Aslan Dzhaksybekov", date="2024-05-09", location="Astana")],
        ),
        "r6p_sit_first_meeting_with": (
            "A Ukrainian delegation headed by Deputy Prime Minister Olena Hrytsenko began its visit to Washington on "
            "Monday. The first meeting was held with US Secretary of Defense Daniel Porter.",
            [M(["Olena Hrytsenko", "Daniel Porter"], host="Daniel Porter", date="2024-05-06", location="Washington")],
        ),
        "r6p_sit_opportunity_to_meet": (
            "Chinese General Wei Donghai was warmly welcomed by Russian Defence Minister Viktor Gromov on Monday and "
            "also had the opportunity to meet President Arkady Lebedev.",
            [
                M(["Wei Donghai", "Viktor Gromov"], host="Viktor Gromov", date="2024-05-06"),
                M(["Wei Donghai", "Arkady Lebedev"], host="Arkady Lebedev", date="2024-05-06"),
            ],
        ),
        "r6p_sit_talks_led_by_both": (
            "Defence talks between Indonesia and Japan were held in Jakarta on Wednesday. The Indonesian side was led "
            "by Deputy Defence Minister Rahmat Hidayat and the Japanese side by State Minister of Defence Kenta "
            "Ishikawa.",
            [M(["Rahmat Hidayat", "Kenta Ishikawa"], host="Rahmat Hidayat", date="2024-05-08", location="Jakarta")],
        ),
        "r6p_sit_also_joined_talks": (
            "Qatari Defence Minister Khalid Al Marzouqi met Turkish Defence Minister Yusuf Gunay in Doha on "
            "Sunday. Qatari Chief of Staff Lieutenant General Salem Al Hajri also joined the talks.",
            [
                M(
                    ["Khalid Al Marzouqi", "Yusuf Gunay", "Salem Al Hajri"],
                    host="Khalid Al Marzouqi",
                    date="2024-05-05",
                    location="Doha",
                )
            ],
        ),
        "r6p_sit_title_clause_before_name": (
            "Indonesian Defence Minister Agus Wiratmaja held a bilateral meeting with Australian Prime Minister "
            "Connor Walsh and Deputy Prime Minister, who also serves as Minister for Defence, Ben Hartigan in "
            "Canberra on Monday.",
            [
                M(
                    ["Agus Wiratmaja", "Connor Walsh", "Ben Hartigan"],
                    host="Connor Walsh",
                    date="2024-05-06",
                    location="Canberra",
                )
            ],
        ),
        "r6p_sit_thanked_possessive_call": (
            "Kenyan President David Gitonga thanked Ethiopian Prime Minister Dawit Gebremedhin for his country's "
            "support during a phone call on Tuesday.",
            [M(["David Gitonga", "Dawit Gebremedhin"], date="2024-05-07", mode="phone")],
        ),
    }


def _long_articles(M) -> dict:
    """Longer articles where the sides of each sitting are spread over paragraphs, among people who are no side."""
    return {
        "r6p_long_visit_three_days": (
            "Pakistan, Turkey vow to deepen defence industry ties\n\n"
            "ANKARA: Pakistan's Chairman Joint Chiefs of Staff Committee General Khurram Lodhi arrived in Ankara on "
            "Monday on a three-day official visit.\n\n"
            "On Tuesday, the general called on Turkish Defence Minister Yusuf Gunay at the Ministry of National "
            "Defence. The two sides discussed joint production of drones and naval platforms, according to a "
            "statement.\n\n"
            '"Our brotherly relations are an example for the region," Gunay was quoted as saying. Former defence '
            "minister Orhan Dereli had signed the first framework agreement with Pakistan in 2018.\n\n"
            "Later, General Lodhi met Chief of the General Staff General Selim Durmaz. Pakistan's Ambassador to "
            "Turkey, Yousaf Junaid-Khan, was also present.\n\n"
            "On Wednesday, he visited the Turkish Aerospace facilities in Kahramankazan.",
            [
                M(["Khurram Lodhi", "Yusuf Gunay"], host="Yusuf Gunay", date="2024-05-07", location="Ankara"),
                M(
                    ["Khurram Lodhi", "Selim Durmaz", "Yousaf Junaid-Khan"],
                    host="Selim Durmaz",
                    date="2024-05-07",
                    location="Ankara",
                ),
            ],
        ),
        "r6p_long_gulf_readout": (
            "KUWAIT CITY, May 8 (KUNA) -- Kuwaiti Crown Prince Sheikh Majed Al Humaidi received on Wednesday "
            "Egyptian Defence Minister General Adel Fawzy and his accompanying delegation.\n\n"
            "The meeting was attended by First Deputy Prime Minister and Minister of Defence Sheikh Fahad Al "
            "Dhufairi and Chief of the General Staff Lieutenant General Bandar Al Shammari.\n\n"
            "Fawzy conveyed the greetings of Egyptian President Khaled Sharawi to the Kuwaiti leadership.\n\n"
            "Separately, Sheikh Fahad Al Dhufairi held talks with Fawzy at the ministry.",
            [
                M(
                    ["Majed Al Humaidi", "Adel Fawzy", "Fahad Al Dhufairi", "Bandar Al Shammari"],
                    host="Majed Al Humaidi",
                    date="2024-05-08",
                    location="Kuwait City",
                ),
                M(
                    ["Fahad Al Dhufairi", "Adel Fawzy"],
                    host="Fahad Al Dhufairi",
                    date="2024-05-08",
                    location="Kuwait City",
                ),
            ],
        ),
        "r6p_long_india_navy": (
            "Indian Navy chief Admiral Arvind Kapoor is on a four-day visit to Indonesia from May 6 to 9.\n\n"
            "During the visit, the Admiral will hold bilateral discussions with Indonesian Navy Chief of Staff "
            "Admiral Hendro Sasongko and call on Indonesian Armed Forces commander General Bayu Saputra, the "
            "Indian Navy said in a statement.\n\n"
            "Admiral Kapoor will also interact with the faculty of the Indonesian Naval Staff College. The visit "
            "builds on the visit of the former Indonesian Navy chief, Admiral Wahyu Hartanto, to New Delhi last "
            "year.",
            [
                M(["Arvind Kapoor", "Hendro Sasongko"], host="Hendro Sasongko", status="planned"),
                M(["Arvind Kapoor", "Bayu Saputra"], host="Bayu Saputra", status="planned"),
            ],
        ),
        "r6p_long_africa_two_sittings": (
            "ABUJA - The Chief of Defence Staff, General Emeka Nwosu, on Thursday received the Chief of the Defence "
            "Staff of the Niger Republic, General Moussa Issaka Hamidou, at Defence Headquarters.\n\n"
            "Nwosu said the two countries shared a long border and common threats. He recalled that late President "
            "Umaru Danladi had launched the joint task force in 2015.\n\n"
            "The visiting CDS was later received by the Minister of Defence, Mohammed Lawan-Sani, who assured him "
            "of Nigeria's support.",
            [
                M(
                    ["Emeka Nwosu", "Moussa Issaka Hamidou"],
                    host="Emeka Nwosu",
                    date="2024-05-09",
                    location="Abuja",
                ),
                M(
                    ["Moussa Issaka Hamidou", "Mohammed Lawan-Sani"],
                    host="Mohammed Lawan-Sani",
                    date="2024-05-09",
                    location="Abuja",
                ),
            ],
        ),
        "r6p_long_latam_trilateral": (
            "BRASILIA - The defence ministers of Brazil, Argentina and Uruguay met on Monday at the Itamaraty Palace "
            "to discuss border surveillance.\n\n"
            "Brazil's Jose Teixeira-Filho hosted Argentina's Luis Pertegal and Uruguay's Ana Lucia Bentancur for the "
            "trilateral session, the first since 2019.\n\n"
            "Teixeira-Filho later held a bilateral meeting with Pertegal on the purchase of armoured vehicles.",
            [
                M(
                    ["Jose Teixeira-Filho", "Luis Pertegal", "Ana Lucia Bentancur"],
                    host="Jose Teixeira-Filho",
                    date="2024-05-06",
                    location="Brasilia",
                ),
                M(
                    ["Jose Teixeira-Filho", "Luis Pertegal"],
                    host="Jose Teixeira-Filho",
                    date="2024-05-06",
                    location="Brasilia",
                ),
            ],
        ),
    }


def _house_styles(M) -> dict:
    """Sides as ministries, press offices and agencies of many countries tell them."""
    return {
        "r6p_hs_ministerial_meeting": (
            "Japan-Philippines Defense Ministerial Meeting\n\n"
            "On May 7, Minister of Defense Hiroshi Tanabe held a meeting with Secretary of National Defense Ramon "
            "Alcaraz, who was visiting Japan. The two ministers confirmed that they would deepen cooperation.",
            [M(["Hiroshi Tanabe", "Ramon Alcaraz"], host="Hiroshi Tanabe", date="2024-05-07")],
        ),
        "r6p_hs_both_sides_agreed": (
            "BEIJING, May 9 (Xinhua) -- Chinese Defense Minister Zhao Mingyuan met with Lao Defense Minister Vongsak "
            "Phommachan in Beijing on Thursday.\n\n"
            "Zhao said China is willing to work with Laos to implement the consensus reached by the leaders of the "
            "two countries. Both sides agreed to deepen exchanges. Vongsak thanked China for its support.",
            [M(["Zhao Mingyuan", "Vongsak Phommachan"], host="Zhao Mingyuan", date="2024-05-09", location="Beijing")],
        ),
        "r6p_hs_raksha_mantri": (
            "Defence Minister Raghav Subramaniam held bilateral talks with his Kenyan counterpart Naserian Kipkorir "
            "in New Delhi on May 8. The Kenyan Defence Cabinet Secretary is on an official visit to India.\n\n"
            "Earlier, the visiting dignitary was accorded a Guard of Honour at Manekshaw Centre. She also met Chief "
            "of Defence Staff General Anirudh Bhosale.",
            [
                M(
                    ["Raghav Subramaniam", "Naserian Kipkorir"],
                    host="Raghav Subramaniam",
                    date="2024-05-08",
                    location="New Delhi",
                ),
                M(["Naserian Kipkorir", "Anirudh Bhosale"], host="Anirudh Bhosale", location="New Delhi"),
            ],
        ),
        "r6p_hs_dod_readout": (
            "Readout of Secretary of Defense Daniel Porter's Meeting With Polish Minister of National Defence Tomasz "
            "Wojcik\n\n"
            "Secretary of Defense Daniel Porter welcomed Polish Minister of National Defence Tomasz Wojcik to the "
            "Pentagon today. Secretary Porter and Minister Wojcik discussed Poland's modernization. Under Secretary "
            "Colin Hartwell also participated in the meeting.",
            [
                M(
                    ["Daniel Porter", "Tomasz Wojcik", "Colin Hartwell"],
                    host="Daniel Porter",
                    date="2024-05-10",
                    location="Pentagon",
                )
            ],
        ),
        "r6p_hs_azertac_attended": (
            "Baku, May 7 (AZERTAC). Azerbaijan's Minister of Defense Colonel General Elchin Rustamli met with the "
            "delegation led by the Commander of the Georgian Land Forces, Brigadier General Giorgi Lomidze-Kapanadze.\n\n"
            "Deputy Minister of Defense Lieutenant General Kerim Nasibli also attended the meeting.",
            [
                M(
                    ["Elchin Rustamli", "Giorgi Lomidze-Kapanadze", "Kerim Nasibli"],
                    host="Elchin Rustamli",
                    date="2024-05-07",
                    location="Baku",
                )
            ],
        ),
        "r6p_hs_phone_call_from": (
            "RIYADH - Saudi Defense Minister Prince Faisal bin Turki received a phone call from Iranian Chief of "
            "Staff Major General Hossein Bagherzadeh on Wednesday. During the call, they discussed regional "
            "developments.",
            [M(["Faisal bin Turki", "Hossein Bagherzadeh"], date="2024-05-08", mode="phone")],
        ),
        "r6p_hs_nato_secgen": (
            "NATO Secretary General Jens Haraldsen met with the President of Moldova, Irina Ceban, at NATO "
            "Headquarters on Thursday. They were joined by the Minister of Defence of Moldova, Anatolie Rusu.",
            [
                M(
                    ["Jens Haraldsen", "Irina Ceban", "Anatolie Rusu"],
                    host="Jens Haraldsen",
                    date="2024-05-09",
                    location="NATO Headquarters",
                )
            ],
        ),
        "r6p_hs_ng_courtesy_visit": (
            "The Chief of Air Staff, Air Marshal Hassan Dikko, has received on a courtesy visit the Commander of the "
            "Ghana Air Force, Air Vice Marshal Kwaku Aboagye, at the Headquarters Nigerian Air Force, Abuja. The "
            "visiting Air Force chief was accompanied by the Defence Adviser at the Ghana High Commission, Group "
            "Captain Yaw Mensah-Dapaah.",
            [M(["Hassan Dikko", "Kwaku Aboagye"], host="Hassan Dikko", location="Abuja")],
        ),
        "r6p_hs_kr_jcs": (
            "SEOUL, May 8 (Yonhap) -- South Korea's top military officer Gen. Kim Tae-joon held talks with his "
            "Japanese and U.S. counterparts, Gen. Takeshi Morita and Gen. Charles Whitfield, in Hawaii on Wednesday, "
            "the Joint Chiefs of Staff said.",
            [
                M(
                    ["Kim Tae-joon", "Takeshi Morita", "Charles Whitfield"],
                    date="2024-05-08",
                    location="Hawaii",
                )
            ],
        ),
        "r6p_hs_counterpart_never_named": (
            "Chilean Defence Minister Ana Valdes held talks with her Peruvian counterpart in Santiago on Wednesday. "
            "General Jorge Salinas, the army commander, briefed the ministers on the border patrols.",
            [],
        ),
        "r6p_hs_tass_sides": (
            "MOSCOW, May 6. /TASS/. Russian Deputy Defense Minister Colonel General Alexei Zharov and Mongolian "
            "Defense Minister Gursed Sainbayar held talks in Moscow on Monday, the Russian Defense Ministry said. The "
            "sides discussed military education.",
            [
                M(
                    ["Alexei Zharov", "Gursed Sainbayar"],
                    host="Alexei Zharov",
                    date="2024-05-06",
                    location="Moscow",
                )
            ],
        ),
    }
