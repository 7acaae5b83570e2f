"""Invented probe articles for meeting cues and encounter shapes (issue 13, class 4: the phrasings ordinary English
news uses for an encounter, and the shapes that are no encounter). Several registers: wire agency, ministry press
release, military PR office, state media in translation, regional daily. Every name and sentence is invented.
Read by make_probe.py (DOCS.update)."""


def r6_cues_docs(M) -> dict:
    """doc_id -> (text, gold meetings); `M` builds a gold meeting (see make_probe.py)."""
    docs = {}
    docs.update(_voice_docs(M))
    docs.update(_noun_docs(M))
    docs.update(_clause_docs(M))
    docs.update(_call_docs(M))
    docs.update(_negative_docs(M))
    docs.update(_more_docs(M))
    docs.update(_visit_docs(M))
    docs.update(_remote_docs(M))
    docs.update(_more_negative_docs(M))
    return docs


def _voice_docs(M) -> dict:
    """Active and passive voice, coordination, host verbs."""
    return {
        "r6c_received_by": (
            "ABUJA, May 8 (Probe Wire) - Ghanaian Chief of Defence Staff Vice Admiral Kofi Asante was received by "
            "Nigerian Chief of Defence Staff General Musa Danladi at Defence Headquarters in Abuja on Wednesday.",
            [M(["Kofi Asante", "Musa Danladi"], host="Musa Danladi", date="2024-05-08", location="Abuja")],
        ),
        "r6c_hosted_by": (
            "Kazakh Defence Minister Serik Zhunusov was hosted by his Mongolian counterpart Ganbold Batbayar in "
            "Ulaanbaatar on Tuesday, the ministry said in a statement.",
            [
                M(
                    ["Serik Zhunusov", "Ganbold Batbayar"],
                    host="Ganbold Batbayar",
                    date="2024-05-07",
                    location="Ulaanbaatar",
                )
            ],
        ),
        "r6c_welcomed_by": (
            "Brazilian Navy Commander Admiral Rafael Moreira was welcomed by Indian Navy chief Admiral Vikram Rao "
            "at the naval headquarters in New Delhi on Monday.",
            [M(["Rafael Moreira", "Vikram Rao"], host="Vikram Rao", date="2024-05-06", location="New Delhi")],
        ),
        "r6c_coord_met": (
            "Thai Defence Minister Anan Chaiyasit and his Malaysian counterpart Datuk Seri Khalid Osman met in "
            "Bangkok on Thursday to discuss border security.",
            [M(["Anan Chaiyasit", "Khalid Osman"], date="2024-05-09", location="Bangkok", host="Anan Chaiyasit")],
        ),
        "r6c_coord_held_talks": (
            "Egyptian Defence Minister General Hany Shawky and Emirati Minister of State for Defence Affairs "
            "Saeed Al Mazrouei held talks in Cairo on Sunday on regional security.",
            [M(["Hany Shawky", "Saeed Al Mazrouei"], date="2024-05-05", location="Cairo", host="Hany Shawky")],
        ),
        "r6c_hosted_active": (
            "Vietnamese Defence Minister General Tran Quoc Hung hosted Lao Defence Minister Lieutenant General "
            "Khamphan Vongsa in Hanoi on Monday.",
            [M(["Tran Quoc Hung", "Khamphan Vongsa"], host="Tran Quoc Hung", date="2024-05-06", location="Hanoi")],
        ),
        "r6c_received_active": (
            "President Ibrahim Sesay received the visiting Chief of the Kenya Defence Forces, General Daniel "
            "Kiprono, at State House in Freetown on Tuesday.",
            [M(["Ibrahim Sesay", "Daniel Kiprono"], host="Ibrahim Sesay", date="2024-05-07", location="Freetown")],
        ),
        "r6c_welcomed_active": (
            "Chief of Army Staff General Farhan Qureshi welcomed Turkish Land Forces Commander General Selim Aydin "
            "at General Headquarters in Rawalpindi on Wednesday, the military's media wing said.",
            [M(["Farhan Qureshi", "Selim Aydin"], host="Farhan Qureshi", date="2024-05-08", location="Rawalpindi")],
        ),
        "r6c_courtesy_call_on": (
            "Rear Admiral Rosli Mahmud, Commander of the Royal Brunei Navy, paid a courtesy call on Philippine "
            "Navy Flag Officer in Command Vice Admiral Ramon Villanueva in Manila on Monday.",
            [M(["Rosli Mahmud", "Ramon Villanueva"], host="Ramon Villanueva", date="2024-05-06", location="Manila")],
        ),
        "r6c_called_on": (
            "Indonesian Ambassador Dewi Kartika called on Malaysian Defence Minister Datuk Azlan Ismail at his office "
            "in Putrajaya on Thursday.",
            [M(["Dewi Kartika", "Azlan Ismail"], host="Azlan Ismail", date="2024-05-09", location="Putrajaya")],
        ),
        "r6c_exchanged_views": (
            "Russian Deputy Defence Minister Colonel General Pavel Sokolov exchanged views with Chinese Vice "
            "Chairman of the Central Military Commission General Zhang Wei in Beijing on Tuesday.",
            [M(["Pavel Sokolov", "Zhang Wei"], date="2024-05-07", location="Beijing", host="Zhang Wei")],
        ),
        "r6c_headline_meets": (
            "Navy chief meets Omani counterpart in Muscat\n\n"
            "MUSCAT - Indian Navy chief Admiral Vikram Rao meets Commander of the Royal Navy of Oman Rear Admiral "
            "Hilal Al Shukaili in Muscat on Tuesday.",
            [M(["Vikram Rao", "Hilal Al Shukaili"], host="Hilal Al Shukaili", date="2024-05-07", location="Muscat")],
        ),
        "r6c_caption_present": (
            "Defence ties on agenda\n\n"
            "Lieutenant General Aidos Temirov (left) shakes hands with Major General Batjargal Dorj in "
            "Astana.\n\n"
            "The two generals discussed joint training programmes.",
            [M(["Aidos Temirov", "Batjargal Dorj"], location="Astana")],
        ),
        "r6c_gave_audience": (
            "King Faisal bin Omar granted an audience to Pakistani Chief of Naval Staff Admiral Zubair Malik at the "
            "royal palace in Amman on Sunday.",
            [M(["Faisal bin Omar", "Zubair Malik"], host="Faisal bin Omar", date="2024-05-05", location="Amman")],
        ),
    }


def _noun_docs(M) -> dict:
    """Nominalisations: a meeting told by a noun."""
    return {
        "r6c_talks_with_poss": (
            "During his talks with Kazakh Defence Minister Serik Zhunusov in Astana on Monday, Uzbek Defence "
            "Minister Lieutenant General Bakhodir Rustamov proposed joint exercises.",
            [M(["Serik Zhunusov", "Bakhodir Rustamov"], host="Serik Zhunusov", date="2024-05-06", location="Astana")],
        ),
        "r6c_meeting_between": (
            "A meeting between Nigerian Chief of Army Staff Lieutenant General Tunde Olaniyan and Cameroonian Army "
            "chief Major General Paul Nkeng took place in Abuja on Wednesday.",
            [M(["Tunde Olaniyan", "Paul Nkeng"], host="Tunde Olaniyan", date="2024-05-08", location="Abuja")],
        ),
        "r6c_during_call_on": (
            "During Ambassador Helen Marsh's call on Bangladesh Navy chief Admiral Rafiqul Alam in Dhaka on "
            "Thursday, the two sides discussed maritime cooperation.",
            [M(["Helen Marsh", "Rafiqul Alam"], host="Rafiqul Alam", date="2024-05-09", location="Dhaka")],
        ),
        "r6c_in_his_meeting": (
            "In his meeting with Saudi Chief of General Staff General Fahd Al Otaibi in Riyadh on Sunday, "
            "Jordanian army chief Major General Samir Haddadin stressed the importance of border security.",
            [M(["Fahd Al Otaibi", "Samir Haddadin"], host="Fahd Al Otaibi", date="2024-05-05", location="Riyadh")],
        ),
        "r6c_poss_talks_subject": (
            "Minister Adel Karimov's talks with Georgian Defence Minister Levan Kapanadze in Tbilisi on Tuesday "
            "focused on regional security, the ministry said.",
            [M(["Adel Karimov", "Levan Kapanadze"], host="Levan Kapanadze", date="2024-05-07", location="Tbilisi")],
        ),
        "r6c_meeting_was_held": (
            "The Ministry of Defence reported that a meeting was held on Monday between Deputy Defence Minister "
            "Rustam Aliyev and US Assistant Secretary of Defense Karen Doyle in Baku.",
            [M(["Rustam Aliyev", "Karen Doyle"], host="Rustam Aliyev", date="2024-05-06", location="Baku")],
        ),
        "r6c_bilateral_discussions": (
            "Air Chief Marshal Arjun Mehta held bilateral discussions with Royal Thai Air Force Commander-in-Chief "
            "Air Chief Marshal Prasert Somboon in Bangkok on Wednesday.",
            [M(["Arjun Mehta", "Prasert Somboon"], host="Prasert Somboon", date="2024-05-08", location="Bangkok")],
        ),
        "r6c_lunch_with": (
            "Foreign Minister Amara Diallo had lunch with her Senegalese counterpart Moussa Ndiaye in Dakar on "
            "Thursday, her office said.",
            [M(["Amara Diallo", "Moussa Ndiaye"], host="Moussa Ndiaye", date="2024-05-09", location="Dakar")],
        ),
        "r6c_warm_welcome": (
            "Egyptian Chief of Staff Lieutenant General Ahmed Fathy gave a warm welcome to Sudanese army chief "
            "General Osman Bashir in Cairo on Monday.",
            [M(["Ahmed Fathy", "Osman Bashir"], host="Ahmed Fathy", date="2024-05-06", location="Cairo")],
        ),
        "r6c_sidelines": (
            "On the sidelines of the regional defence dialogue in Singapore on Saturday, Australian Defence "
            "Minister Liam Hartley met Indonesian Defence Minister Bambang Suryadi.",
            [M(["Liam Hartley", "Bambang Suryadi"], date="2024-05-04", location="Singapore")],
        ),
        "r6c_at_invitation": (
            "At the invitation of Mongolian Armed Forces chief Major General Enkhbat Sukh, Kazakh Land Forces "
            "commander Major General Nurlan Baimukhanov visited Ulaanbaatar and held talks with him on Tuesday.",
            [M(["Enkhbat Sukh", "Nurlan Baimukhanov"], host="Enkhbat Sukh", date="2024-05-07", location="Ulaanbaatar")],
        ),
        "r6c_attended_by": (
            "Defence Secretary Gilberto Reyes met Japanese Ambassador Haruto Mori at Camp Aguinaldo on Tuesday. "
            "The meeting was attended by Armed Forces chief General Andres Santos.",
            [
                M(
                    ["Gilberto Reyes", "Haruto Mori", "Andres Santos"],
                    host="Gilberto Reyes",
                    date="2024-05-07",
                    location="Camp Aguinaldo",
                )
            ],
        ),
    }


def _clause_docs(M) -> dict:
    """Participial and relative clauses, headline shapes."""
    return {
        "r6c_participial_meeting": (
            "Meeting Azerbaijani Defence Minister Colonel General Elchin Mammadov in Ankara on Wednesday, Turkish "
            "Defence Minister Ahmet Kaya said the two countries would hold more joint drills.",
            [M(["Elchin Mammadov", "Ahmet Kaya"], host="Ahmet Kaya", date="2024-05-08", location="Ankara")],
        ),
        "r6c_relative_who_met": (
            "Kenyan Defence Cabinet Secretary Aden Wario, who met Tanzanian Defence Minister Neema Mwakyusa in "
            "Nairobi on Monday, said the two countries would step up border patrols.",
            [M(["Aden Wario", "Neema Mwakyusa"], host="Aden Wario", date="2024-05-06", location="Nairobi")],
        ),
        "r6c_after_meeting": (
            "After meeting Malaysian Chief of Defence Force General Tan Sri Hafiz Yusof in Kuala Lumpur on Tuesday, "
            "Thai armed forces chief General Somsak Prayoon told reporters that the border was calm.",
            [M(["Hafiz Yusof", "Somsak Prayoon"], host="Hafiz Yusof", date="2024-05-07", location="Kuala Lumpur")],
        ),
        "r6c_state_media_translation": (
            "Beijing, May 7 (Probe Xinhua) -- Chinese Defence Minister Li Wenhua held talks here on Tuesday with "
            "visiting Cambodian Deputy Prime Minister and Defence Minister General Sok Vannak. Li said that China "
            "is willing to work with Cambodia to deepen military cooperation.",
            [M(["Li Wenhua", "Sok Vannak"], host="Li Wenhua", date="2024-05-07", location="Beijing")],
        ),
        "r6c_press_release": (
            "PRESS RELEASE\n\n"
            "The Minister of Defence, Hon. Grace Achieng, today held a bilateral meeting with the Minister of "
            "Defence of Rwanda, Hon. Jean-Paul Mugisha, at the Ministry headquarters in Nairobi. The two ministers "
            "discussed regional peace and security.",
            [M(["Grace Achieng", "Jean-Paul Mugisha"], host="Grace Achieng", date="2024-05-10", location="Nairobi")],
        ),
        "r6c_pr_office": (
            "ISLAMABAD: Chairman Joint Chiefs of Staff Committee General Tariq Mehmood called on Prime Minister "
            "Nadeem Akhtar at the PM Office on Thursday, according to the military's media wing.",
            [M(["Tariq Mehmood", "Nadeem Akhtar"], host="Nadeem Akhtar", date="2024-05-09", location="Islamabad")],
        ),
        "r6c_two_sides_met": (
            "Brazilian Defence Minister Carlos Menezes arrived in Buenos Aires on Monday. He and Argentine Defence "
            "Minister Luis Ferraro met at the Libertador Building on Tuesday.",
            [M(["Carlos Menezes", "Luis Ferraro"], host="Luis Ferraro", date="2024-05-07", location="Buenos Aires")],
        ),
        "r6c_sat_down_with": (
            "Qatari Minister of State for Defence Affairs Jassim Al Marri sat down with Turkish Defence Minister "
            "Ahmet Kaya in Doha on Sunday for talks on defence industry.",
            [M(["Jassim Al Marri", "Ahmet Kaya"], host="Jassim Al Marri", date="2024-05-05", location="Doha")],
        ),
        "r6c_met_with_us_gov": (
            "WASHINGTON (Probe Wire) - Secretary of Defense Mark Bellamy met with Polish Defense Minister "
            "Tomasz Kowal at the Pentagon on Thursday to discuss air defense.",
            [M(["Mark Bellamy", "Tomasz Kowal"], host="Mark Bellamy", date="2024-05-09", location="Pentagon")],
        ),
        "r6c_regional_daily": (
            "Visiting Indonesian Army chief General Agus Prasetyo on Wednesday interacted with Indian Army chief "
            "General Rakesh Varma in New Delhi and discussed training exchanges.",
            [M(["Agus Prasetyo", "Rakesh Varma"], host="Rakesh Varma", date="2024-05-08", location="New Delhi")],
        ),
    }


def _call_docs(M) -> dict:
    """Phone calls and video conferences."""
    return {
        "r6c_phone_conversation": (
            "Turkish Defence Minister Ahmet Kaya had a phone conversation with his Azerbaijani counterpart Colonel "
            "General Elchin Mammadov on Monday.",
            [M(["Ahmet Kaya", "Elchin Mammadov"], date="2024-05-06", mode="phone")],
        ),
        "r6c_telephone_conversation_held": (
            "A telephone conversation was held between Russian Defence Minister Andrei Belov and Kazakh Defence "
            "Minister Serik Zhunusov on Tuesday, the ministry's press service reported.",
            [M(["Andrei Belov", "Serik Zhunusov"], date="2024-05-07", mode="phone")],
        ),
        "r6c_spoke_by_phone": (
            "Secretary of Defense Mark Bellamy spoke by phone with Philippine Defense Secretary Gilberto Reyes on "
            "Wednesday about the situation in the South China Sea.",
            [M(["Mark Bellamy", "Gilberto Reyes"], date="2024-05-08", mode="phone")],
        ),
        "r6c_video_conference": (
            "Japanese Defense Minister Kenji Sato held a video conference with Australian Defence Minister Liam "
            "Hartley on Thursday.",
            [M(["Kenji Sato", "Liam Hartley"], date="2024-05-09", mode="video")],
        ),
        "r6c_met_virtually": (
            "Indian Defence Minister Arvind Menon and Vietnamese Defence Minister General Tran Quoc Hung met "
            "virtually on Tuesday to review defence cooperation.",
            [M(["Arvind Menon", "Tran Quoc Hung"], date="2024-05-07", mode="video")],
        ),
        "r6c_called_to_congratulate": (
            "Prime Minister Nadeem Akhtar called Bangladeshi Prime Minister Rahima Chowdhury on Sunday to "
            "congratulate her on her re-election.",
            [M(["Nadeem Akhtar", "Rahima Chowdhury"], date="2024-05-05", mode="phone")],
        ),
        "r6c_readout": (
            "Readout of Secretary of Defense Mark Bellamy's Call With Japanese Defense Minister Kenji Sato\n\n"
            "Secretary of Defense Mark Bellamy spoke today with Japanese Defense Minister Kenji Sato. The two "
            "leaders discussed the alliance.",
            [M(["Mark Bellamy", "Kenji Sato"], date="2024-05-10", mode="phone")],
        ),
        "r6c_discussed_in_call": (
            "Emirati President Sheikh Saif bin Rashid discussed regional developments with Egyptian President "
            "Karim Fawzy in a phone call on Wednesday.",
            [M(["Saif bin Rashid", "Karim Fawzy"], date="2024-05-08", mode="phone")],
        ),
    }


def _negative_docs(M) -> dict:
    """Shapes that are no meeting between named people (gold: none, or only the real one)."""
    return {
        "r6c_neg_letter": (
            "Defence Minister Ahmet Kaya sent a letter to his Georgian counterpart Levan Kapanadze on Monday, "
            "inviting him to visit Ankara.",
            [],
        ),
        "r6c_neg_message": (
            "President Karim Fawzy sent a message of congratulations to President Ibrahim Sesay on Sunday.",
            [],
        ),
        "r6c_neg_condolences": (
            "Chief of Army Staff General Farhan Qureshi expressed condolences to Turkish General Selim Aydin over "
            "the loss of soldiers in a helicopter crash.",
            [],
        ),
        "r6c_neg_statement": (
            "In a statement on Tuesday, Foreign Minister Amara Diallo welcomed the remarks of Senegalese Foreign "
            "Minister Moussa Ndiaye on regional security.",
            [],
        ),
        "r6c_neg_interview": (
            "In an interview with reporter Sofia Lindqvist on Monday, Defence Minister Tomasz Kowal said Poland "
            "would buy more air defence systems.",
            [],
        ),
        "r6c_neg_speech": (
            "General Rakesh Varma addressed the graduating cadets at the academy on Thursday. Lieutenant General "
            "Vikas Sharma, the academy commandant, was also present at the parade.",
            [],
        ),
        "r6c_neg_conference": (
            "More than 40 defence chiefs, including General Musa Danladi and General Daniel Kiprono, attended the "
            "African land forces summit in Nairobi on Wednesday.",
            [],
        ),
        "r6c_neg_expected": (
            "Defence Minister Serik Zhunusov is expected to discuss arms purchases with Russian officials. Deputy "
            "Minister Pavel Sokolov said the list was ready.",
            [],
        ),
        "r6c_neg_met_press": (
            "Defence Minister Liam Hartley met the press in Canberra on Monday after Defence Secretary Emma Croft "
            "briefed the cabinet.",
            [],
        ),
        "r6c_neg_met_target": (
            "The missile met the target, said Rear Admiral Hilal Al Shukaili. Commodore Yusuf Al Balushi said the "
            "crew had met all requirements.",
            [],
        ),
        "r6c_neg_exercise": (
            "Troops led by Colonel Imre Vasko and Colonel Jan Novak took part in the joint exercise near Brno on "
            "Tuesday.",
            [],
        ),
        "r6c_neg_signed_separately": (
            "The agreement, signed separately by Defence Minister Grace Achieng in Nairobi and Defence Minister "
            "Jean-Paul Mugisha in Kigali, enters into force next month.",
            [],
        ),
        "r6c_neg_invitation_undated": (
            "General Tunde Olaniyan has invited General Paul Nkeng to visit Abuja at a date convenient to both sides.",
            [],
        ),
        "r6c_neg_praised": (
            "Admiral Vikram Rao praised Admiral Rafael Moreira for his leadership of the multinational task force.",
            [],
        ),
        "r6c_neg_refused": (
            "Defence Minister Luis Ferraro refused to meet his Chilean counterpart Andres Vidal in Santiago on Monday.",
            [
                M(
                    ["Luis Ferraro", "Andres Vidal"],
                    date="2024-05-06",
                    location="Santiago",
                    status="cancelled",
                    host="Andres Vidal",
                )
            ],
        ),
    }


def _more_docs(M) -> dict:
    """Second round: nouns of talks, remote sittings, longer articles in several registers."""
    return {
        "r6c_teleconference": (
            "Defence Minister Grace Achieng held a teleconference with Rwandan Defence Minister Jean-Paul Mugisha "
            "on Wednesday to review the joint border patrols.",
            [M(["Grace Achieng", "Jean-Paul Mugisha"], date="2024-05-08", mode="video")],
        ),
        "r6c_exchange_of_views": (
            "MOSCOW, May 9 (Probe Wire) - Russian Deputy Defence Minister Colonel General Pavel Sokolov had an "
            "exchange of views with Mongolian Defence Minister Ganbold Batbayar in Moscow on Thursday.",
            [M(["Pavel Sokolov", "Ganbold Batbayar"], host="Pavel Sokolov", date="2024-05-09", location="Moscow")],
        ),
        "r6c_dialogue_held": (
            "Defence Minister Ahmet Kaya held a dialogue with his Georgian counterpart Levan Kapanadze in Tbilisi "
            "on Monday, focusing on regional security.",
            [M(["Ahmet Kaya", "Levan Kapanadze"], host="Levan Kapanadze", date="2024-05-06", location="Tbilisi")],
        ),
        "r6c_cochaired_dialogue": (
            "VIENTIANE (Probe Wire) - Vietnamese Defence Minister General Tran Quoc Hung and Lao Defence Minister "
            "Lieutenant General Khamphan Vongsa co-chaired the fifth defence policy dialogue in Vientiane on "
            "Tuesday.",
            [M(["Tran Quoc Hung", "Khamphan Vongsa"], host="Khamphan Vongsa", date="2024-05-07", location="Vientiane")],
        ),
        "r6c_received_phone_call": (
            "Defence Minister Ahmet Kaya received a phone call from his Georgian counterpart Levan Kapanadze on "
            "Monday. The two ministers discussed the situation in the region.",
            [M(["Ahmet Kaya", "Levan Kapanadze"], date="2024-05-06", mode="phone")],
        ),
        "r6c_audience_by_king": (
            "AMMAN - Colonel Imre Vasko, the Hungarian defence attache, was granted an audience by King Faisal bin "
            "Omar at Al Husseiniya Palace on Sunday.",
            [M(["Imre Vasko", "Faisal bin Omar"], host="Faisal bin Omar", date="2024-05-05", location="Amman")],
        ),
        "r6c_wire_article": (
            "JAKARTA, May 8 (Probe Wire) - Indonesia and Australia agreed on Wednesday to expand joint maritime "
            "patrols.\n\n"
            "Indonesian Defence Minister Bambang Suryadi hosted Australian Defence Minister Liam Hartley at the "
            "ministry in Jakarta, where the two signed a letter of intent on training.\n\n"
            '"We are neighbours and partners," Suryadi told reporters after the talks. Hartley later called on '
            "Indonesian Armed Forces Commander General Agus Prasetyo at his headquarters.",
            [
                M(["Bambang Suryadi", "Liam Hartley"], host="Bambang Suryadi", date="2024-05-08", location="Jakarta"),
                M(["Liam Hartley", "Agus Prasetyo"], host="Agus Prasetyo", date="2024-05-08", location="Jakarta"),
            ],
        ),
        "r6c_pr_office_article": (
            "RAWALPINDI: Turkish Chief of General Staff General Kerem Aksoy called on Chief of Army Staff General "
            "Farhan Qureshi at General Headquarters on Tuesday, the military's media wing said.\n\n"
            "During the meeting, matters of mutual interest, regional security and defence cooperation were "
            "discussed. The visiting dignitary was presented a guard of honour.",
            [M(["Kerem Aksoy", "Farhan Qureshi"], host="Farhan Qureshi", date="2024-05-07", location="Rawalpindi")],
        ),
        "r6c_state_media_article": (
            "Hanoi (Probe News Agency) - General Tran Quoc Hung, Minister of National Defence, received Cambodian "
            "Deputy Prime Minister and Minister of National Defence General Sok Vannak in Hanoi on May 6.\n\n"
            "At the reception, the two sides informed each other of the situation of each army. On the same day, "
            "General Sok Vannak paid a courtesy call on Vietnamese Prime Minister Pham Duc Long.",
            [
                M(["Tran Quoc Hung", "Sok Vannak"], host="Tran Quoc Hung", date="2024-05-06", location="Hanoi"),
                M(["Sok Vannak", "Pham Duc Long"], host="Pham Duc Long", date="2024-05-06", location="Hanoi"),
            ],
        ),
        "r6c_regional_daily_article": (
            "LAGOS - The Chief of Naval Staff, Vice Admiral Emeka Nwosu, on Thursday received the Commander of "
            "the Ghana Navy, Rear Admiral Kwesi Boateng, at the Naval Headquarters in Abuja.\n\n"
            "Speaking after the closed-door meeting, Nwosu said both navies would share intelligence on piracy "
            "in the Gulf of Guinea.",
            [M(["Emeka Nwosu", "Kwesi Boateng"], host="Emeka Nwosu", date="2024-05-09", location="Abuja")],
        ),
        "r6c_ministry_release_pronoun": (
            "Defence Minister Carlos Menezes travelled to Montevideo on Monday for a two-day visit. He and "
            "Uruguayan Defence Minister Pablo Sosa met at the Ministry of National Defence on Tuesday and "
            "discussed Antarctic logistics.",
            [M(["Carlos Menezes", "Pablo Sosa"], host="Pablo Sosa", date="2024-05-07", location="Montevideo")],
        ),
    }


def _visit_docs(M) -> dict:
    """Articles whose meetings are told over several sentences: surnames, pronouns, call-ons of one visit."""
    return {
        "r6c_surnames_met": (
            "Kenyan Chief of Defence Forces General Daniel Kiprono arrived in Kampala on Sunday. Ugandan army chief "
            "General Moses Okello is his host.\n\n"
            "The two generals, Kiprono and Okello, met at the border town of Busia on Monday.",
            [M(["Daniel Kiprono", "Moses Okello"], host="Moses Okello", date="2024-05-06", location="Busia")],
        ),
        "r6c_minister_responsible": (
            "Admiral Vikram Rao is on a four-day visit to Oman.\n\n"
            "On Tuesday, Rao called on Sayyid Talal bin Hamid, the Minister Responsible for Defence Affairs, in "
            "Muscat. He also met the Chief of Staff of the Sultan's Armed Forces, Vice Admiral Salim Al Mandhari.",
            [
                M(["Vikram Rao", "Talal bin Hamid"], host="Talal bin Hamid", date="2024-05-07", location="Muscat"),
                M(["Vikram Rao", "Salim Al Mandhari"], host="Salim Al Mandhari", date="2024-05-07", location="Muscat"),
            ],
        ),
        "r6c_courtesy_call_attended": (
            "Indonesian Defence Minister Bambang Suryadi received a courtesy call from the outgoing US Ambassador, "
            "Helen Marsh, on Thursday.\n\n"
            "The meeting was also attended by Deputy Minister Lt Gen Hendra Wijaya.",
            [M(["Bambang Suryadi", "Helen Marsh", "Hendra Wijaya"], host="Bambang Suryadi", date="2024-05-09")],
        ),
        "r6c_earlier_in_the_day": (
            "Secretary of Defense Mark Bellamy hosted Philippine Defense Secretary Gilberto Reyes at the Pentagon "
            "on Thursday. Earlier in the day, Reyes met with Chairman of the Joint Chiefs of Staff General Robert "
            "Hayes.",
            [
                M(["Mark Bellamy", "Gilberto Reyes"], host="Mark Bellamy", date="2024-05-09", location="Pentagon"),
                M(["Gilberto Reyes", "Robert Hayes"], host="Robert Hayes", date="2024-05-09"),
            ],
        ),
        "r6c_received_in_audience": (
            "The Emir of Qatar, Sheikh Fahad bin Mansour, received in audience on Sunday the Turkish Minister of "
            "National Defence, Ahmet Kaya, and his accompanying delegation.",
            [M(["Fahad bin Mansour", "Ahmet Kaya"], host="Fahad bin Mansour", date="2024-05-05")],
        ),
        "r6c_also_met": (
            "Kazakh President Arman Serikbayev received Chinese Defence Minister Li Wenhua in Astana on Monday. "
            "Serikbayev said he appreciated the level of military cooperation. Li Wenhua also met with Kazakh "
            "Defence Minister Serik Zhunusov.",
            [
                M(["Arman Serikbayev", "Li Wenhua"], host="Arman Serikbayev", date="2024-05-06", location="Astana"),
                M(["Li Wenhua", "Serik Zhunusov"], host="Serik Zhunusov", date="2024-05-06", location="Astana"),
            ],
        ),
    }


def _remote_docs(M) -> dict:
    """Third round: calls told by the receiving side, an infinitive after the callee, a joined side."""
    return {
        "r6c_phoned_to_offer": (
            "Prime Minister Nadeem Akhtar phoned Bangladeshi Prime Minister Rahima Chowdhury on Thursday to offer "
            "condolences over the cyclone victims.",
            [M(["Nadeem Akhtar", "Rahima Chowdhury"], date="2024-05-09", mode="phone")],
        ),
        "r6c_received_a_call": (
            "Japanese Defense Minister Kenji Sato received a call from Secretary of Defense Mark Bellamy on "
            "Tuesday, the ministry said.",
            [M(["Kenji Sato", "Mark Bellamy"], date="2024-05-07", mode="phone")],
        ),
        "r6c_exchanged_views_by_phone": (
            "CAIRO (Probe Wire) - President Karim Fawzy and Emir Fahad bin Mansour exchanged views by phone on "
            "Monday on the situation in Gaza, the presidency said.",
            [M(["Karim Fawzy", "Fahad bin Mansour"], date="2024-05-06", mode="phone")],
        ),
        "r6c_met_and_later": (
            "FREETOWN (Probe Wire) - Turkish Chief of General Staff General Kerem Aksoy met Sierra Leone's Chief of "
            "Defence Staff Lieutenant General Sahr Mansaray and later President Ibrahim Sesay in Freetown on Tuesday.",
            [
                M(["Kerem Aksoy", "Sahr Mansaray"], host="Sahr Mansaray", date="2024-05-07", location="Freetown"),
                M(["Kerem Aksoy", "Ibrahim Sesay"], host="Ibrahim Sesay", date="2024-05-07", location="Freetown"),
            ],
        ),
        "r6c_joined_for_talks": (
            "Army chief General Farhan Qureshi joined Prime Minister Nadeem Akhtar for talks with Chinese Premier "
            "Zhou Ming in Beijing on Monday.",
            [
                M(
                    ["Farhan Qureshi", "Nadeem Akhtar", "Zhou Ming"],
                    host="Zhou Ming",
                    date="2024-05-06",
                    location="Beijing",
                )
            ],
        ),
    }


def _more_negative_docs(M) -> dict:
    """Second round of shapes that are no meeting between named people."""
    return {
        "r6c_sidelines_of_summit": (
            "Defence chiefs from 20 countries, including General Musa Danladi of Nigeria, General Daniel Kiprono of "
            "Kenya and General Moses Okello of Uganda, attended the African land forces summit in Nairobi on "
            "Wednesday.\n\n"
            "On the sidelines of the summit, Kiprono met Okello to discuss border security.",
            [M(["Daniel Kiprono", "Moses Okello"], date="2024-05-08", location="Nairobi")],
        ),
        "r6c_greetings_conveyed": (
            "Foreign Minister Amara Diallo conveyed the greetings of President Karim Fawzy to President Ibrahim "
            "Sesay when they met in Freetown on Tuesday.",
            [M(["Amara Diallo", "Ibrahim Sesay"], host="Ibrahim Sesay", date="2024-05-07", location="Freetown")],
        ),
        "r6c_neg_congratulatory_message": (
            "President Samuel Otieno on Monday sent a congratulatory message to President Halima Juma on her "
            "inauguration. Otieno said Kenya looked forward to working with Juma's government.\n\n"
            "In a separate statement, Foreign Minister Aden Wario welcomed the peaceful transfer of power.",
            [],
        ),
        "r6c_neg_invited_no_date": (
            "Defence Minister Tomasz Kowal said on Monday that he had invited his Lithuanian counterpart Rokas "
            "Petrauskas to visit Warsaw. No date has been set for the visit.",
            [],
        ),
        "r6c_neg_accompanied_speech": (
            "The Minister of Defence, Hon. Grace Achieng, addressed officers and men of the 2nd Brigade at Lanet "
            "Barracks on Friday. She was accompanied by the Chief of Defence Forces, General Daniel Kiprono.",
            [],
        ),
        "r6c_neg_called_partner": (
            "President Ibrahim Sesay called President Samuel Otieno a trusted partner in a speech on Monday.",
            [],
        ),
        "r6c_neg_addressed_seminar": (
            "General Rakesh Varma addressed a seminar on maritime security in New Delhi on Tuesday. The seminar "
            "was attended by Vice Admiral Sunil Deshpande and Air Marshal Arjun Mehta.",
            [],
        ),
        "r6c_neg_met_criticism": (
            "Defence Minister Tomasz Kowal met with criticism from opposition lawmaker Ewa Lis on Monday over the "
            "helicopter deal.",
            [],
        ),
        "r6c_neg_wrote_to": (
            "Defence Minister Ahmet Kaya wrote to his Georgian counterpart Levan Kapanadze on Monday to thank him "
            "for the invitation.",
            [],
        ),
        "r6c_neg_signed_agreement": (
            "Defence Minister Grace Achieng and Defence Minister Jean-Paul Mugisha signed an agreement on military "
            "education, the ministry said.",
            [],
        ),
        "r6c_neg_received_letter": (
            "President Karim Fawzy received a letter from President Ibrahim Sesay on Sunday, state media said.",
            [],
        ),
    }
