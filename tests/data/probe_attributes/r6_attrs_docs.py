"""Invented probe articles for the attributes of a meeting (issue 13, round 6): what the talks covered in the
wordings outlets use ("discussed", "talks focused on", "agreed to strengthen", "exchanged views on"...), who
hosts, which day a relative date names and which place a venue, ship, base or summit gives. Every name and
sentence is invented. Read by make_probe.py (DOCS.update); 2024-03-14 is a Thursday."""

DAY = "2024-03-14"


def r6_attrs_docs(H, M) -> dict:
    """doc_id -> (published, text, gold meetings); `H` builds the crawl header, `M` a gold meeting."""
    docs = {}
    for group in (_topics, _topics_more, _topics_house, _hosts, _hosts_more, _dates, _places, _stories, _shapes):
        docs.update({f"r6a_{k}": v for k, v in group(H, M).items()})
    return docs


def _t(meeting: dict, *topics: str) -> dict:
    meeting["topics"] = list(topics)
    return meeting


def _topics(H, M) -> dict:
    """What was discussed, in many wordings; the topics are the noun phrases the sentence names."""
    return {
        "tp_discussed_list": (
            DAY,
            H(DAY) + "Kenyan Defence Cabinet Secretary Amos Kiprotich met Ugandan Defence Minister Grace Namukasa "
            "in Nairobi on Tuesday. They discussed border security, joint training and the situation in South Sudan.",
            [
                _t(
                    M(["Amos Kiprotich", "Grace Namukasa"], "Amos Kiprotich", "2024-03-12", "Nairobi"),
                    "border security",
                    "joint training",
                    "situation in South Sudan",
                )
            ],
        ),
        "tp_focused_on": (
            DAY,
            H(DAY) + "Egyptian Chief of Staff Lieutenant General Karim Fawzy held talks with Jordanian Chief of "
            "Staff Major General Yousef Haddad in Cairo on Monday. The talks focused on maritime security in the "
            "Red Sea.",
            [
                _t(
                    M(["Karim Fawzy", "Yousef Haddad"], "Karim Fawzy", "2024-03-11", "Cairo"),
                    "maritime security in the Red Sea",
                )
            ],
        ),
        "tp_agreed_to_strengthen": (
            DAY,
            H(DAY) + "Vietnamese Defence Minister General Nguyen Van Duc received Cambodian Defence Minister Chea "
            "Sokha in Hanoi on Wednesday. The two ministers agreed to strengthen defence industry cooperation and "
            "personnel training.",
            [
                _t(
                    M(["Nguyen Van Duc", "Chea Sokha"], "Nguyen Van Duc", "2024-03-13", "Hanoi"),
                    "defence industry cooperation",
                    "personnel training",
                )
            ],
        ),
        "tp_exchanged_views": (
            DAY,
            H(DAY) + "Nigerian Chief of Army Staff Lieutenant General Ibrahim Danjuma met Ghanaian Chief of Army "
            "Staff Major General Kofi Asante in Abuja on Monday, where they exchanged views on the security "
            "situation in the Sahel.",
            [
                _t(
                    M(["Ibrahim Danjuma", "Kofi Asante"], "Ibrahim Danjuma", "2024-03-11", "Abuja"),
                    "security situation in the Sahel",
                )
            ],
        ),
        "tp_centred_on": (
            DAY,
            H(DAY) + "Indian Navy chief Admiral Arvind Rao held talks with Sri Lankan Navy Commander Vice Admiral "
            "Chaminda Silva in Colombo on Tuesday. Discussions centred on hydrography and search and rescue.",
            [
                _t(
                    M(["Arvind Rao", "Chaminda Silva"], "Chaminda Silva", "2024-03-12", "Colombo"),
                    "hydrography",
                    "search and rescue",
                )
            ],
        ),
        "tp_covered": (
            DAY,
            H(DAY) + "Kazakh Defence Minister Nurlan Abenov met Uzbek Defence Minister Sardor Yusupov in Tashkent on "
            "Monday. The meeting covered military education, air defence and joint exercises.",
            [
                _t(
                    M(["Nurlan Abenov", "Sardor Yusupov"], "Sardor Yusupov", "2024-03-11", "Tashkent"),
                    "military education",
                    "air defence",
                    "joint exercises",
                )
            ],
        ),
        "tp_touched_upon": (
            DAY,
            H(DAY) + "Malaysian Defence Minister Azlan Rahim received Philippine Defense Secretary Ramon Villareal "
            "in Kuala Lumpur on Wednesday. The talks touched upon the South China Sea and counter-terrorism.",
            [
                _t(
                    M(["Azlan Rahim", "Ramon Villareal"], "Azlan Rahim", "2024-03-13", "Kuala Lumpur"),
                    "South China Sea",
                    "counter-terrorism",
                )
            ],
        ),
        "tp_to_discuss": (
            DAY,
            H(DAY) + "Brazilian Defence Minister Paulo Carvalho met Argentine Defence Minister Martin Sosa in "
            "Brasilia on Tuesday to discuss cooperation in cyber defence.",
            [
                _t(
                    M(["Paulo Carvalho", "Martin Sosa"], "Paulo Carvalho", "2024-03-12", "Brasilia"),
                    "cooperation in cyber defence",
                )
            ],
        ),
        "tp_talks_on": (
            DAY,
            H(DAY) + "Saudi Defence Minister Prince Faisal bin Nasser held talks on arms procurement with French "
            "Armed Forces Minister Etienne Morel in Riyadh on Monday.",
            [
                _t(
                    M(["Faisal bin Nasser", "Etienne Morel"], "Faisal bin Nasser", "2024-03-11", "Riyadh"),
                    "arms procurement",
                )
            ],
        ),
        "tp_reviewed_progress": (
            DAY,
            H(DAY) + "Thai Army Commander General Anan Srisuk met Lao Army Commander General Bounmy Phommachanh in "
            "Vientiane on Wednesday. The two sides reviewed progress on joint border patrols.",
            [
                _t(
                    M(["Anan Srisuk", "Bounmy Phommachanh"], "Bounmy Phommachanh", "2024-03-13", "Vientiane"),
                    "joint border patrols",
                )
            ],
        ),
        "tp_issues_such_as": (
            DAY,
            H(DAY) + "Pakistani Chief of the Naval Staff Admiral Farrukh Qureshi called on Omani Chief of Staff "
            "Vice Admiral Salim Al-Harthy in Muscat on Tuesday. Matters of mutual interest, including regional "
            "maritime security and training exchanges, were discussed.",
            [
                _t(
                    M(["Farrukh Qureshi", "Salim Al-Harthy"], "Salim Al-Harthy", "2024-03-12", "Muscat"),
                    "regional maritime security",
                    "training exchanges",
                )
            ],
        ),
        "tp_during_which": (
            DAY,
            H(DAY) + "Mongolian Defence Minister Batsaikhan Erdene met Russian Deputy Defence Minister Colonel "
            "General Oleg Zimin in Moscow on Monday, during which the two sides discussed military-technical "
            "cooperation.",
            [
                _t(
                    M(["Batsaikhan Erdene", "Oleg Zimin"], "Oleg Zimin", "2024-03-11", "Moscow"),
                    "military-technical cooperation",
                )
            ],
        ),
        "tp_pledged": (
            DAY,
            H(DAY) + "Indonesian Defence Minister Bambang Wijaya met Australian Defence Minister Callum Fraser in "
            "Jakarta on Tuesday. Both ministers pledged to deepen cooperation on maritime domain awareness.",
            [
                _t(
                    M(["Bambang Wijaya", "Callum Fraser"], "Bambang Wijaya", "2024-03-12", "Jakarta"),
                    "cooperation on maritime domain awareness",
                )
            ],
        ),
        "tp_on_agenda": (
            DAY,
            H(DAY) + "Qatari Chief of Staff Lieutenant General Hamad Al-Kuwari met Turkish Chief of General Staff "
            "General Selcuk Demir in Ankara on Monday. Defence procurement and counter-drone systems were on the "
            "agenda.",
            [
                _t(
                    M(["Hamad Al-Kuwari", "Selcuk Demir"], "Selcuk Demir", "2024-03-11", "Ankara"),
                    "defence procurement",
                    "counter-drone systems",
                )
            ],
        ),
        "tp_ways_to": (
            DAY,
            H(DAY) + "US Defense Secretary Thomas Whitfield spoke by phone with Polish Defence Minister Marek "
            "Zielinski on Wednesday about ways to speed up ammunition deliveries.",
            [
                _t(
                    M(["Thomas Whitfield", "Marek Zielinski"], None, "2024-03-13", mode="phone"),
                    "ammunition deliveries",
                )
            ],
        ),
    }


def _one(H, M, text: str, parts: list, host, date, place, topics: list, mode="in_person") -> tuple:
    return (DAY, H(DAY) + text, [_t(M(parts, host, date, place, mode=mode), *topics)])


def _topics_more(H, M) -> dict:
    """Topics in the passive, in agency and ministry house wordings, and in a later paragraph."""
    return {
        "tq_were_discussed": _one(
            H,
            M,
            "Azerbaijani Defence Minister Elnur Guliyev received Georgian Defence Minister Levan Beridze in Baku "
            "on Tuesday.\n\nIssues related to military education and logistics were discussed at the meeting.",
            ["Elnur Guliyev", "Levan Beridze"],
            "Elnur Guliyev",
            "2024-03-12",
            "Baku",
            ["military education", "logistics"],
        ),
        "tq_sides_discussed_prospects": _one(
            H,
            M,
            "Russian Deputy Defence Minister Colonel General Oleg Zimin held talks with Lao Defence Minister "
            "General Souvone Phommavong in Moscow on Monday. The sides discussed the prospects for developing "
            "military cooperation and the situation in the Asia-Pacific region.",
            ["Oleg Zimin", "Souvone Phommavong"],
            "Oleg Zimin",
            "2024-03-11",
            "Moscow",
            ["military cooperation", "situation in the Asia-Pacific region"],
        ),
        "tq_revolved_around": _one(
            H,
            M,
            "Pakistani Chief of Army Staff General Tariq Saleem met Chinese Ambassador Li Wenhai at General "
            "Headquarters in Rawalpindi on Wednesday. The discussion revolved around regional security and the "
            "security of the economic corridor.",
            ["Tariq Saleem", "Li Wenhai"],
            "Tariq Saleem",
            "2024-03-13",
            "Rawalpindi",
            ["regional security", "security of the economic corridor"],
        ),
        "tq_views_exchanged": _one(
            H,
            M,
            "Omani Defence Minister Sayyid Hamad Al-Busaidi received British Defence Secretary Oliver Pemberton "
            "in Muscat on Monday. Views were exchanged on naval training and defence industry partnerships.",
            ["Hamad Al-Busaidi", "Oliver Pemberton"],
            "Hamad Al-Busaidi",
            "2024-03-11",
            "Muscat",
            ["naval training", "defence industry partnerships"],
        ),
        "tq_talked_about": _one(
            H,
            M,
            "Thai Defence Minister Somchai Wongsakul met Vietnamese Deputy Defence Minister Senior Lieutenant "
            "General Hoang Van Tuan in Bangkok on Tuesday. The two talked about peacekeeping and military medicine.",
            ["Somchai Wongsakul", "Hoang Van Tuan"],
            "Somchai Wongsakul",
            "2024-03-12",
            "Bangkok",
            ["peacekeeping", "military medicine"],
        ),
        "tq_underlined_importance": _one(
            H,
            M,
            "Kenyan Chief of Defence Forces General Peter Njoroge received Somali Army Commander General Abdi "
            "Farah in Nairobi on Wednesday. Both sides underlined the importance of intelligence sharing in the "
            "fight against al-Shabaab.",
            ["Peter Njoroge", "Abdi Farah"],
            "Peter Njoroge",
            "2024-03-13",
            "Nairobi",
            ["intelligence sharing"],
        ),
        "tq_during_meeting_sides": _one(
            H,
            M,
            "Indonesian Navy Chief of Staff Admiral Hendra Saputra met Vietnamese Navy Commander Vice Admiral Tran "
            "Thanh Nghiem in Jakarta on Monday.\n\nDuring the meeting, the two admirals discussed coordinated "
            "patrols, illegal fishing and officer exchanges.",
            ["Hendra Saputra", "Tran Thanh Nghiem"],
            "Hendra Saputra",
            "2024-03-11",
            "Jakarta",
            ["coordinated patrols", "illegal fishing", "officer exchanges"],
        ),
        "tq_meeting_focused": _one(
            H,
            M,
            "Brazilian Army Commander General Tomas Ribeiro met Colombian Army Commander General Luis Herrera in "
            "Bogota on Tuesday. The meeting focused on the fight against drug trafficking along the border.",
            ["Tomas Ribeiro", "Luis Herrera"],
            "Luis Herrera",
            "2024-03-12",
            "Bogota",
            ["drug trafficking"],
        ),
        "tq_emphasised_need": _one(
            H,
            M,
            "Bangladesh Navy chief Admiral Nazmul Hossain called on Indian Defence Secretary Girish Malhotra in "
            "New Delhi on Monday. They emphasised the need for closer cooperation in disaster relief.",
            ["Nazmul Hossain", "Girish Malhotra"],
            "Girish Malhotra",
            "2024-03-11",
            "New Delhi",
            ["cooperation in disaster relief"],
        ),
        "tq_phone_discussed_with": _one(
            H,
            M,
            "Egyptian President Hassan Abdel-Rahim discussed the situation in Gaza with Jordanian King Faisal "
            "Hashem in a phone call on Wednesday.",
            ["Hassan Abdel-Rahim", "Faisal Hashem"],
            None,
            "2024-03-13",
            None,
            ["situation in Gaza"],
            mode="phone",
        ),
        "tq_agreed_on": _one(
            H,
            M,
            "Malaysian Army Chief General Hafiz Osman and Thai Army Commander General Anan Srisuk met in Songkhla "
            "on Tuesday and agreed on joint border patrols and a hotline between field commanders.",
            ["Hafiz Osman", "Anan Srisuk"],
            "Anan Srisuk",
            "2024-03-12",
            "Songkhla",
            ["joint border patrols", "hotline between field commanders"],
        ),
        "tq_deliberated": _one(
            H,
            M,
            "Nigerian Defence Minister Musa Garba hosted Beninese Defence Minister Fortunat Agossou in Abuja on "
            "Monday. The ministers deliberated on cross-border banditry and arms smuggling.",
            ["Musa Garba", "Fortunat Agossou"],
            "Musa Garba",
            "2024-03-11",
            "Abuja",
            ["cross-border banditry", "arms smuggling"],
        ),
    }


def _topics_house(H, M) -> dict:
    """Topics in translated state-media, ministry and military press-office wordings."""
    return {
        "tr_devoted_to": _one(
            H,
            M,
            "Belarusian Defence Minister Lieutenant General Viktor Lobanov held talks with Kazakh Defence Minister "
            "Nurlan Abenov in Minsk on Tuesday. The talks were devoted to air defence cooperation and military "
            "education.",
            ["Viktor Lobanov", "Nurlan Abenov"],
            "Viktor Lobanov",
            "2024-03-12",
            "Minsk",
            ["air defence cooperation", "military education"],
        ),
        "tr_issues_considered": _one(
            H,
            M,
            "Uzbek Defence Minister Sardor Yusupov received Turkmen Defence Minister Begench Amanov in Tashkent on "
            "Monday. Issues of border security and joint exercises were considered.",
            ["Sardor Yusupov", "Begench Amanov"],
            "Sardor Yusupov",
            "2024-03-11",
            "Tashkent",
            ["border security", "joint exercises"],
        ),
        "tr_briefed_on": _one(
            H,
            M,
            "Sri Lankan Army Commander Lieutenant General Chaminda Perera called on Indian Army Chief General Rohit "
            "Bhalla in New Delhi on Monday and briefed him on the demining programme in the north.",
            ["Chaminda Perera", "Rohit Bhalla"],
            "Rohit Bhalla",
            "2024-03-11",
            "New Delhi",
            ["demining programme"],
        ),
        "tr_aimed_at": _one(
            H,
            M,
            "Angolan Defence Minister Joao Mateus met Namibian Defence Minister Frieda Nangolo in Windhoek on "
            "Tuesday. The meeting was aimed at boosting cooperation in maritime surveillance.",
            ["Joao Mateus", "Frieda Nangolo"],
            "Frieda Nangolo",
            "2024-03-12",
            "Windhoek",
            ["maritime surveillance"],
        ),
        "tr_quote_we_discussed": _one(
            H,
            M,
            "Georgian Defence Minister Levan Beridze met Armenian Defence Minister Aram Sargsyan in Tbilisi on "
            'Monday. "We discussed regional stability and defence reforms," Beridze told reporters.',
            ["Levan Beridze", "Aram Sargsyan"],
            "Levan Beridze",
            "2024-03-11",
            "Tbilisi",
            ["regional stability", "defence reforms"],
        ),
        "tr_held_discussions_on": _one(
            H,
            M,
            "Zambian Army Commander Lieutenant General Dennis Mulenga held discussions on peacekeeping training "
            "with Malawian Army Commander General Peter Banda in Lusaka on Wednesday.",
            ["Dennis Mulenga", "Peter Banda"],
            "Dennis Mulenga",
            "2024-03-13",
            "Lusaka",
            ["peacekeeping training"],
        ),
        "tr_stressed_need": _one(
            H,
            M,
            "Kuwaiti Defence Minister Sheikh Fahad Al-Sabah received Iraqi Defence Minister Thabit Al-Abbasi in "
            "Kuwait City on Monday. The two ministers stressed the need to coordinate efforts against smuggling "
            "across the border.",
            ["Fahad Al-Sabah", "Thabit Al-Abbasi"],
            "Fahad Al-Sabah",
            "2024-03-11",
            "Kuwait City",
            ["smuggling"],
        ),
        "tr_addressed": _one(
            H,
            M,
            "Philippine Defense Secretary Ramon Villareal met Japanese Defence Minister Kenta Ishida in Manila on "
            "Tuesday. They addressed the reciprocal access agreement and coast guard training.",
            ["Ramon Villareal", "Kenta Ishida"],
            "Ramon Villareal",
            "2024-03-12",
            "Manila",
            ["reciprocal access agreement", "coast guard training"],
        ),
        "tr_issues_pertaining": _one(
            H,
            M,
            "Chief of the Air Staff Air Marshal Aamir Rashid met Egyptian Air Force Commander Air Marshal Mahmoud "
            "Fouad at Air Headquarters in Islamabad on Monday. Matters pertaining to pilot training and aircraft "
            "maintenance came under discussion.",
            ["Aamir Rashid", "Mahmoud Fouad"],
            "Aamir Rashid",
            "2024-03-11",
            "Islamabad",
            ["pilot training", "aircraft maintenance"],
        ),
    }


def _hosts_more(H, M) -> dict:
    """The receiving side told by who is on a visit, or by an institution of one side."""
    return {
        "hm_counterpart_who_is_in": (
            DAY,
            H(DAY) + "Russian Defence Minister Andrei Belov held talks with his Chinese counterpart Admiral Wu "
            "Jianping, who is in Moscow on an official visit, on Tuesday.",
            [M(["Andrei Belov", "Wu Jianping"], "Andrei Belov", "2024-03-12", "Moscow")],
        ),
        "hm_on_a_visit_subject": (
            DAY,
            H(DAY) + "Chinese Defence Minister Admiral Wu Jianping, on a visit to Moscow, held talks with Russian "
            "Defence Minister Andrei Belov on Tuesday.",
            [M(["Wu Jianping", "Andrei Belov"], "Andrei Belov", "2024-03-12", "Moscow")],
        ),
        "hm_arrived_sunday_met": (
            DAY,
            H(DAY) + "Australian Defence Minister Callum Fraser, who arrived in Jakarta on Sunday, met Indonesian "
            "Defence Minister Bambang Wijaya on Monday.",
            [M(["Callum Fraser", "Bambang Wijaya"], "Bambang Wijaya", "2024-03-11", "Jakarta")],
        ),
        "hm_in_audience_dhq": (
            DAY,
            H(DAY) + "The Chief of Defence Staff, General Musa Danladi, on Tuesday received in audience the "
            "Ghanaian Chief of Defence Staff, Vice Admiral Seth Amoako, at Defence Headquarters, Abuja.",
            [M(["Musa Danladi", "Seth Amoako"], "Musa Danladi", "2024-03-12", "Abuja")],
        ),
        "hm_hosted_today": (
            DAY,
            H(DAY) + "Secretary of Defense Thomas Whitfield hosted Estonian Defence Minister Kalle Tamm at the "
            "Pentagon today.",
            [M(["Thomas Whitfield", "Kalle Tamm"], "Thomas Whitfield", "2024-03-14", "Pentagon")],
        ),
        "hm_weekday_comma_date": (
            DAY,
            H(DAY) + "Mongolian Defence Minister Batsaikhan Erdene received Korean Defence Minister Park Jun-ho in "
            "Ulaanbaatar on Tuesday, 12 March.",
            [M(["Batsaikhan Erdene", "Park Jun-ho"], "Batsaikhan Erdene", "2024-03-12", "Ulaanbaatar")],
        ),
        "hm_over_weekend": (
            DAY,
            H(DAY) + "Qatari Defence Minister Salem Al-Marri met Turkish Defence Minister Kemal Aksoy in "
            "Doha over the weekend.",
            [M(["Salem Al-Marri", "Kemal Aksoy"], "Salem Al-Marri", None, "Doha")],
        ),
    }


def _hosts(H, M) -> dict:
    """Who receives: the welcoming side, the side whose country or office the meeting is in."""
    return {
        "ho_warm_welcome": (
            DAY,
            H(DAY) + "Tanzanian Defence Minister Neema Mwakyusa gave a warm welcome to Mozambican Defence "
            "Minister Cristovao Mabunda in Dodoma on Tuesday.",
            [M(["Neema Mwakyusa", "Cristovao Mabunda"], "Neema Mwakyusa", "2024-03-12", "Dodoma")],
        ),
        "ho_courtesy_call_ministry": (
            DAY,
            H(DAY) + "The visiting Rwandan Chief of Defence Staff General Jean Mugabo paid a courtesy call on "
            "Kenyan Defence Cabinet Secretary Amos Kiprotich at the Ministry of Defence in Nairobi on Monday.",
            [M(["Jean Mugabo", "Amos Kiprotich"], "Amos Kiprotich", "2024-03-11", "Nairobi")],
        ),
        "ho_visiting_subject": (
            DAY,
            H(DAY) + "Visiting Bahraini Chief of Staff Lieutenant General Khalid Al-Mansoori held talks with Kuwaiti "
            "Chief of Staff Lieutenant General Bader Al-Enezi in Kuwait City on Tuesday.",
            [M(["Khalid Al-Mansoori", "Bader Al-Enezi"], "Bader Al-Enezi", "2024-03-12", "Kuwait City")],
        ),
        "ho_call_initiated": (
            DAY,
            H(DAY) + "Chinese Defence Minister Admiral Wu Jianping held a phone call with Vietnamese Defence Minister "
            "General Tran Minh Chau on Tuesday at the latter's request.",
            [M(["Wu Jianping", "Tran Minh Chau"], None, "2024-03-12", mode="phone")],
        ),
        "ho_at_invitation": (
            DAY,
            H(DAY) + "At the invitation of Bangladeshi Army Chief General Saiful Karim, Bhutanese Chief Operations "
            "Officer Lieutenant General Dorji Wangchuk visited Dhaka, where the two held talks on Monday.",
            [M(["Saiful Karim", "Dorji Wangchuk"], "Saiful Karim", "2024-03-11", "Dhaka")],
        ),
        "ho_base_welcomed": (
            DAY,
            H(DAY) + "Japanese Chief of Staff General Hiroshi Tanabe visited Clark Air Base on Wednesday, where he "
            "was welcomed by Philippine Air Force chief Lieutenant General Arnel Dizon.",
            [M(["Hiroshi Tanabe", "Arnel Dizon"], "Arnel Dizon", "2024-03-13", "Clark Air Base")],
        ),
        "ho_delegation_led": (
            DAY,
            H(DAY) + "A Vietnamese military delegation led by Senior Lieutenant General Hoang Van Tuan was "
            "received by Indian Chief of Defence Staff General Vikram Singhal in New Delhi on Monday.",
            [M(["Hoang Van Tuan", "Vikram Singhal"], "Vikram Singhal", "2024-03-11", "New Delhi")],
        ),
    }


def _dates(H, M) -> dict:
    """Relative days against the publication date, ranges and days from other header shapes."""
    return {
        "dt_on_the_nth": (
            DAY,
            H(DAY) + "Emirati Chief of Staff Lieutenant General Saeed Al-Shamsi met Egyptian Chief of Staff "
            "Lieutenant General Karim Fawzy in Abu Dhabi on the 12th of March.",
            [M(["Saeed Al-Shamsi", "Karim Fawzy"], "Saeed Al-Shamsi", "2024-03-12", "Abu Dhabi")],
        ),
        "dt_range_from_to": (
            DAY,
            H(DAY) + "Malaysian Army Chief General Hafiz Osman held talks with Bruneian Army Commander "
            "Brigadier General Pengiran Aziz in Bandar Seri Begawan from March 11 to 13.",
            [M(["Hafiz Osman", "Pengiran Aziz"], "Pengiran Aziz", "2024-03-11", "Bandar Seri Begawan")],
        ),
        "dt_earlier_this_week": (
            DAY,
            H(DAY) + "Earlier this week, Kyrgyz Defence Minister Almaz Toktogulov met Tajik Defence Minister "
            "Rustam Saidov in Dushanbe.",
            [M(["Almaz Toktogulov", "Rustam Saidov"], "Rustam Saidov", None, "Dushanbe")],
        ),
        "dt_reported_later": (
            DAY,
            H(DAY) + "Ethiopian Chief of Staff Field Marshal Berhanu Tesfaye met Djiboutian Chief of Staff "
            "General Hassan Omar in Addis Ababa on March 5, the ministry said on Wednesday.",
            [M(["Berhanu Tesfaye", "Hassan Omar"], "Berhanu Tesfaye", "2024-03-05", "Addis Ababa")],
        ),
        "dt_headline_day": (
            DAY,
            H(DAY) + "Army chiefs of Nepal and India meet in Kathmandu on March 12\n\nNepali Army Chief General "
            "Prakash Adhikari held talks with Indian Army Chief General Rohit Bhalla at the Army Headquarters.",
            [M(["Prakash Adhikari", "Rohit Bhalla"], "Prakash Adhikari", "2024-03-12", "Kathmandu")],
        ),
        "dt_dateline_endash": (
            "2024-03-14",
            H(DAY)
            + "ISLAMABAD, March 14 (Probe Press) – Pakistani Air Chief Marshal Aamir Rashid received Turkish Air "
            "Force Commander General Ziya Kandemir at Air Headquarters yesterday.",
            [M(["Aamir Rashid", "Ziya Kandemir"], "Aamir Rashid", "2024-03-13", "Islamabad")],
        ),
        "dt_met_last_year": (
            DAY,
            H(DAY) + "Chilean Defence Minister Sofia Lagos, who met her Peruvian counterpart Jorge Salazar last "
            "year, received Bolivian Defence Minister Eduardo Quispe in Santiago on Monday.",
            [
                M(["Sofia Lagos", "Eduardo Quispe"], "Sofia Lagos", "2024-03-11", "Santiago"),
                M(["Sofia Lagos", "Jorge Salazar"]),
            ],
        ),
    }


def _places(H, M) -> dict:
    """Venues, ships, bases, summits; a capital named by its country; the dateline only for a local meeting."""
    return {
        "pl_indonesian_capital": (
            DAY,
            H(DAY) + "Singaporean Defence Minister Daniel Koh met Indonesian Defence Minister Bambang Wijaya in the "
            "Indonesian capital on Tuesday.",
            [M(["Daniel Koh", "Bambang Wijaya"], "Bambang Wijaya", "2024-03-12", "Jakarta")],
        ),
        "pl_aboard_ship": (
            DAY,
            H(DAY) + "Indian Navy chief Admiral Arvind Rao hosted French Navy chief Admiral Pierre Vautrin aboard "
            "the aircraft carrier INS Vikramaditya on Monday.",
            [M(["Arvind Rao", "Pierre Vautrin"], "Arvind Rao", "2024-03-11", "INS Vikramaditya")],
        ),
        "pl_sidelines_summit_city": (
            DAY,
            H(DAY) + "Kazakh Defence Minister Nurlan Abenov met Chinese Defence Minister Admiral Wu Jianping on the "
            "sidelines of the regional defence ministers' summit in Astana on Wednesday.",
            # held in one side's country: that side hosts even on the sidelines (as the dev gold and test_relate read GOLD)
            [M(["Nurlan Abenov", "Wu Jianping"], "Nurlan Abenov", "2024-03-13", "Astana")],
        ),
        "pl_dateline_abroad_trap": (
            DAY,
            H(DAY) + "LAGOS, March 14 (Probe Press) - Nigerian Defence Minister Musa Garba met Chadian Defence "
            "Minister Mahamat Issa in N'Djamena on Tuesday, his office said.",
            [M(["Musa Garba", "Mahamat Issa"], "Mahamat Issa", "2024-03-12", "N'Djamena")],
        ),
        "pl_headquarters_city": (
            DAY,
            H(DAY) + "Ghanaian Chief of Defence Staff Vice Admiral Seth Amoako received Ivorian Chief of Staff "
            "General Lassina Kone at the Burma Camp military headquarters in Accra on Monday.",
            [M(["Seth Amoako", "Lassina Kone"], "Seth Amoako", "2024-03-11", "Accra")],
        ),
    }


def _stories(H, M) -> dict:
    """Several paragraphs: the place, day or visit told in one sentence, the meeting in another."""
    return {
        "st_during_talks_with": (
            DAY,
            H(DAY) + "Cambodian Defence Minister Chea Vuthy arrived in Hanoi on Monday for a three-day official "
            "visit.\n\nDuring talks with Vietnamese Defence Minister General Nguyen Van Duc on Tuesday, the two "
            "sides agreed to expand officer training.",
            [M(["Chea Vuthy", "Nguyen Van Duc"], "Nguyen Van Duc", "2024-03-12", "Hanoi")],
        ),
        "st_working_visit_he_met": (
            DAY,
            H(DAY) + "Ugandan Chief of Defence Forces General Moses Okello is in Nairobi on a working visit.\n\nHe "
            "met Kenyan Chief of Defence Forces General Peter Njoroge on Wednesday.",
            [M(["Moses Okello", "Peter Njoroge"], "Peter Njoroge", "2024-03-13", "Nairobi")],
        ),
        "st_headline_place": (
            DAY,
            H(DAY) + "Indian Army chief in Dhaka\n\nIndian Army Chief General Rohit Bhalla met Bangladesh Army "
            "Chief General Saiful Karim at Army Headquarters in Dhaka on Tuesday.",
            [M(["Rohit Bhalla", "Saiful Karim"], "Saiful Karim", "2024-03-12", "Dhaka")],
        ),
        "st_at_ministry_of_side": (
            DAY,
            H(DAY) + "Kyrgyz Defence Minister Almaz Toktogulov met Kazakh Defence Minister Nurlan Abenov at the "
            "Kazakh Defence Ministry on Monday.",
            [M(["Almaz Toktogulov", "Nurlan Abenov"], "Nurlan Abenov", "2024-03-11", "Kazakh Defence Ministry")],
        ),
        "st_dateline_full_date": (
            DAY,
            H(DAY) + "Rawalpindi, 12 March 2024: Royal Saudi Land Forces Commander Lieutenant General Fahad "
            "Al-Ghamdi called on Chief of Army Staff General Tariq Saleem at General Headquarters.",
            [M(["Fahad Al-Ghamdi", "Tariq Saleem"], "Tariq Saleem", "2024-03-12", "Rawalpindi")],
        ),
        "st_capital_with_name": (
            DAY,
            H(DAY) + "Thai Defence Minister Somchai Wongsakul held talks with Malaysian Defence Minister Azlan Rahim "
            "in the Malaysian capital Kuala Lumpur on Monday.",
            [M(["Somchai Wongsakul", "Azlan Rahim"], "Azlan Rahim", "2024-03-11", "Kuala Lumpur")],
        ),
        "st_port_city_of": (
            DAY,
            H(DAY) + "Sri Lankan Navy Commander Vice Admiral Chaminda Silva met Bangladesh Navy chief Admiral Nazmul "
            "Hossain in the port city of Chittagong on Wednesday.",
            [M(["Chaminda Silva", "Nazmul Hossain"], "Nazmul Hossain", "2024-03-13", "Chittagong")],
        ),
        "st_earlier_on_tuesday": (
            DAY,
            H(DAY) + "Earlier on Tuesday, Lao Defence Minister General Souvone Phommavong met Thai Army Commander "
            "General Anan Srisuk in Vientiane.",
            [M(["Souvone Phommavong", "Anan Srisuk"], "Souvone Phommavong", "2024-03-12", "Vientiane")],
        ),
        "st_tuesday_evening": (
            DAY,
            H(DAY) + "Omani Defence Minister Sayyid Hamad Al-Busaidi hosted Jordanian Chief of Staff Major General "
            "Yousef Haddad at a dinner in Muscat on Tuesday evening.",
            [M(["Hamad Al-Busaidi", "Yousef Haddad"], "Hamad Al-Busaidi", "2024-03-12", "Muscat")],
        ),
        "st_video_from": (
            DAY,
            H(DAY) + "Russian Defence Minister Andrei Belov held talks via video link from Moscow with Lao Defence "
            "Minister General Souvone Phommavong on Wednesday.",
            [M(["Andrei Belov", "Souvone Phommavong"], None, "2024-03-13", mode="video")],
        ),
        "st_naypyitaw": (
            DAY,
            H(DAY) + "Thai Army Commander General Anan Srisuk met Myanmar's commander-in-chief Senior General Aung "
            "Kyaw Min in Nay Pyi Taw on Monday.",
            [M(["Anan Srisuk", "Aung Kyaw Min"], "Aung Kyaw Min", "2024-03-11", "Nay Pyi Taw")],
        ),
        "st_visit_next_para_wednesday": (
            DAY,
            H(DAY) + "Egyptian Chief of Staff Lieutenant General Karim Fawzy began an official visit to Rome on "
            "Tuesday.\n\nOn Wednesday, Fawzy held talks with Italian Chief of Defence Admiral Marco Bellini.",
            [M(["Karim Fawzy", "Marco Bellini"], "Marco Bellini", "2024-03-13", "Rome")],
        ),
    }


def _shapes(H, M) -> dict:
    """Other cities of the host's country, other day formats, other ways to say who is the guest."""
    d = {}
    rows = [
        (
            "sh_other_city",
            "Indonesian Navy Chief of Staff Admiral Hendra Saputra received Australian Chief of Navy "
            "Vice Admiral Mark Hollis in Surabaya on Monday.",
            ["Hendra Saputra", "Mark Hollis"],
            "Hendra Saputra",
            "2024-03-11",
            "Surabaya",
        ),
        (
            "sh_in_city_for_talks",
            "Azerbaijani Defence Minister Elnur Guliyev, in Ankara for talks, met Turkish Chief "
            "of General Staff General Selcuk Demir on Tuesday.",
            ["Elnur Guliyev", "Selcuk Demir"],
            "Selcuk Demir",
            "2024-03-12",
            "Ankara",
        ),
        (
            "sh_weekday_paren_date",
            "Kenyan Defence Cabinet Secretary Amos Kiprotich met Ethiopian Defence Minister "
            "Abraham Tekle in Nairobi on Monday (March 11).",
            ["Amos Kiprotich", "Abraham Tekle"],
            "Amos Kiprotich",
            "2024-03-11",
            "Nairobi",
        ),
        (
            "sh_ordinal_day_month",
            "Bangladesh Army Chief General Saiful Karim received Nepali Army Chief General "
            "Prakash Adhikari in Dhaka on 11th March.",
            ["Saiful Karim", "Prakash Adhikari"],
            "Saiful Karim",
            "2024-03-11",
            "Dhaka",
        ),
        (
            "sh_slash_date",
            "Vietnamese Defence Minister General Nguyen Van Duc received Lao Defence Minister General "
            "Souvone Phommavong in Hanoi on 12/03/2024.",
            ["Nguyen Van Duc", "Souvone Phommavong"],
            "Nguyen Van Duc",
            "2024-03-12",
            "Hanoi",
        ),
        (
            "sh_courtesy_call_to",
            "Visiting Indonesian Army Chief General Budi Santoso made a courtesy call to "
            "Malaysian Defence Minister Azlan Rahim in Putrajaya on Tuesday.",
            ["Budi Santoso", "Azlan Rahim"],
            "Azlan Rahim",
            "2024-03-12",
            "Putrajaya",
        ),
        (
            "sh_upon_arrival",
            "Upon arrival in Astana on Monday, Uzbek Defence Minister Sardor Yusupov was welcomed by "
            "Kazakh Defence Minister Nurlan Abenov.",
            ["Sardor Yusupov", "Nurlan Abenov"],
            "Nurlan Abenov",
            "2024-03-11",
            "Astana",
        ),
        (
            "sh_mombasa",
            "Kenyan Navy Commander Major General Said Hamisi hosted Tanzanian Navy Commander Rear Admiral "
            "Juma Ali aboard a patrol ship in Mombasa on Wednesday.",
            ["Said Hamisi", "Juma Ali"],
            "Said Hamisi",
            "2024-03-13",
            "Mombasa",
        ),
        (
            "sh_third_country",
            "Armenian Defence Minister Aram Sargsyan and Georgian Defence Minister Levan Beridze met "
            "in Brussels on Tuesday.",
            ["Aram Sargsyan", "Levan Beridze"],
            None,
            "2024-03-12",
            "Brussels",
        ),
        (
            "sh_phone_host_trap",
            "Turkish Defence Minister Kemal Aksoy received a telephone call from his Azerbaijani "
            "counterpart Elnur Guliyev on Monday.",
            ["Kemal Aksoy", "Elnur Guliyev"],
            None,
            "2024-03-11",
            None,
        ),
        (
            "sh_month_day_th_year",
            "Brazilian Defence Minister Paulo Carvalho received Chilean Defence Minister Sofia "
            "Prado in Brasilia on March 12th, 2024.",
            ["Paulo Carvalho", "Sofia Prado"],
            "Paulo Carvalho",
            "2024-03-12",
            "Brasilia",
        ),
        (
            "sh_karachi",
            "Pakistani Chief of the Naval Staff Admiral Farrukh Qureshi met Chinese Navy commander "
            "Admiral Dong Liwei in Karachi on Tuesday.",
            ["Farrukh Qureshi", "Dong Liwei"],
            "Farrukh Qureshi",
            "2024-03-12",
            "Karachi",
        ),
    ]
    rows.append(
        (
            "sh_signed_mou",
            "Sri Lankan Defence Secretary Kasun Wijesekera received Maldivian Defence Minister "
            "Ahmed Rasheed in Colombo on Monday. The two signed a memorandum of understanding on coast guard "
            "training.",
            ["Kasun Wijesekera", "Ahmed Rasheed"],
            "Kasun Wijesekera",
            "2024-03-11",
            "Colombo",
        )
    )
    for key, text, parts, host, day, place in rows:
        mode = "phone" if "telephone" in text else "in_person"
        d[key] = (DAY, H(DAY) + text, [M(parts, host, day, place, mode=mode)])
    _t(d["sh_signed_mou"][2][0], "coast guard training")
    return d
