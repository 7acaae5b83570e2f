"""Writes the invented probe articles for meeting recall (issue 13, classes 3-5) into texts/ and gold.jsonl.

Every name and sentence here is invented. Run: python tests/data/probe_meetings/make_probe.py; then
`python -m pipeline run --input tests/data/probe_meetings/texts --output OUT --quiet` and
`python -m pipeline.analyst.evaluate tests/data/probe_meetings OUT --per-doc`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from probe_gold import header, meeting, write_probe  # noqa: E402

H = header()
M = meeting


DOCS = {
    # --- class 3: counterparts named elsewhere
    "c3_headline": (
        "Army chief General Rakesh Varma meets Vietnamese counterpart General Nguyen Van Tam\n\n"
        "General Rakesh Varma on Thursday met his Vietnamese counterpart in New Delhi and discussed ways to deepen defence ties.",
        [M(["Rakesh Varma", "Nguyen Van Tam"])],
    ),
    "c3_next_sentence": (
        "Turkish Defence Minister Ahmet Kaya met his Azerbaijani counterpart in Ankara on Monday. "
        "Colonel General Rauf Gasimli, who arrived in Ankara on Sunday, thanked Kaya for the hospitality.",
        [M(["Ahmet Kaya", "Rauf Gasimli"])],
    ),
    "c3_two_ministers": (
        "Japanese Defense Minister Kenji Sato arrived in Manila on Monday on a three-day visit. "
        "Philippine Defense Secretary Gilberto Reyes is his host.\n\n"
        "The two ministers met at Camp Aguinaldo on Tuesday and discussed maritime security.",
        [M(["Kenji Sato", "Gilberto Reyes"])],
    ),
    "c3_guests": (
        "A delegation of the Royal Thai Navy headed by Admiral Somchai Wongsa arrived in Jakarta on Monday.\n\n"
        "The guests were received by Indonesian Navy Chief of Staff Admiral Hendra Wijaya at the naval headquarters.",
        [M(["Somchai Wongsa", "Hendra Wijaya"])],
    ),
    "c3_visiting_general": (
        "General Mark Ellison, commander of U.S. Army Pacific, is in Dhaka on a four-day visit.\n\n"
        "Bangladesh Army chief General Shafiqul Alam received the visiting general at Army Headquarters on Sunday.",
        [M(["Mark Ellison", "Shafiqul Alam"])],
    ),
    "c3_headline_only": (
        "Omani FM Sayyid Hamad Al Harthy meets Jordanian counterpart Ayman Qudah\n\n"
        "Oman's foreign minister met his Jordanian counterpart in Muscat on Sunday, the ministry said. "
        "The two ministers discussed regional developments.",
        [M(["Hamad Al Harthy", "Ayman Qudah"])],
    ),
    "c3_counterpart_later": (
        "Russian Defence Minister Andrei Belov arrived in Beijing on Monday. "
        "Chinese Defence Minister Li Wenhua welcomed him at the airport.\n\n"
        "On Tuesday Belov held talks with his Chinese counterpart on military cooperation.",
        [M(["Andrei Belov", "Li Wenhua"])],
    ),
    "c3_visitor_pronoun": (
        "Kenyan Chief of Defence Forces General Peter Omondi is on a working visit to Kampala. "
        "He was received by Ugandan Chief of Defence Forces General Moses Okello on Wednesday.",
        [M(["Peter Omondi", "Moses Okello"])],
    ),
    # --- class 4: calls and other encounter shapes
    "c4_spoke_with": (
        "U.S. Secretary of Defense Daniel Porter spoke with Israeli Minister of Defense Avi Dror by phone "
        "on Monday to discuss regional security.",
        [M(["Daniel Porter", "Avi Dror"], mode="phone")],
    ),
    "c4_spoke_today": (
        "Secretary of State Laura Whitman spoke today with Brazilian Foreign Minister Paulo Vieira about "
        "the situation in Haiti.",
        [M(["Laura Whitman", "Paulo Vieira"], mode="phone")],
    ),
    "c4_readout": (
        "Readout of Secretary of Defense Daniel Porter's Call With Philippine Secretary of National Defense "
        "Gilberto Reyes\n\nSecretary Porter and Secretary Reyes discussed the South China Sea.",
        [M(["Daniel Porter", "Gilberto Reyes"], mode="phone")],
    ),
    "c4_telephone_conversation": (
        "Azerbaijani Defence Minister Colonel General Rauf Gasimli held a telephone "
        "conversation with Turkish Defence Minister Ahmet Kaya on Friday.",
        [M(["Rauf Gasimli", "Ahmet Kaya"], mode="phone")],
    ),
    "c4_discussed_in_call": (
        "Indian Defence Minister Rajan Mehra discussed the Red Sea situation with his British "
        "counterpart Grant Hollis in a phone call on Thursday.",
        [M(["Rajan Mehra", "Grant Hollis"], mode="phone")],
    ),
    "c4_called_to_congratulate": (
        "President Bola Adeyemi on Sunday called President-elect Kwesi Boateng to congratulate "
        "him on his election victory.",
        [M(["Bola Adeyemi", "Kwesi Boateng"], mode="phone")],
    ),
    "c4_warm_welcome": (
        "Chief of Army Staff General Asim Raza gave a warm welcome to Saudi Chief of General Staff "
        "General Fahad Al-Otaibi at the General Headquarters in Rawalpindi on Wednesday.",
        [M(["Asim Raza", "Fahad Al-Otaibi"], host="Asim Raza")],
    ),
    "c4_lunch": (
        "Malaysian Defence Minister Azman Tahir had lunch with Singapore Defence Minister Lim Boon Keat in "
        "Singapore on Saturday.",
        [M(["Azman Tahir", "Lim Boon Keat"])],
    ),
    "c4_dinner_hosted": (
        "Greek Defence Minister Nikos Pappas hosted a dinner for Cypriot Defence Minister Andreas "
        "Christou in Athens on Friday.",
        [M(["Nikos Pappas", "Andreas Christou"], host="Nikos Pappas")],
    ),
    "c4_bilateral_discussions": (
        "Australian Defence Minister Richard Hale held bilateral discussions with New Zealand "
        "Defence Minister Peter Marsh in Canberra on Tuesday.",
        [M(["Richard Hale", "Peter Marsh"])],
    ),
    "c4_caption_present": (
        "Egyptian Defence Minister General Ahmed Fathy meets Sudanese Army chief Lieutenant General "
        "Yasir Hamid during talks in Cairo.\n\nThe two discussed the situation on the border.",
        [M(["Ahmed Fathy", "Yasir Hamid"])],
    ),
    "c4_summoned": (
        "Foreign Minister Ahmed Kaan summoned Iranian Ambassador Hossein Jalali on Tuesday over the "
        "seizure of a cargo ship.",
        [M(["Ahmed Kaan", "Hossein Jalali"], host="Ahmed Kaan")],
    ),
    "c4_refused": (
        "Defence Minister Pavel Novak refused to meet Hungarian Defence Minister Laszlo Kiss during the "
        "summit in Prague.",
        [M(["Pavel Novak", "Laszlo Kiss"], status="cancelled")],
    ),
    "c4_video_link": (
        "Kazakh Defence Minister Ruslan Zhaksybekov held talks via video link with Uzbek Defence Minister "
        "Bakhtiyor Rasulov on Wednesday.",
        [M(["Ruslan Zhaksybekov", "Bakhtiyor Rasulov"], mode="video")],
    ),
    "c4_phone_talk": (
        "Saudi Crown Prince Mohammed Al Rashid had a phone conversation with Emirati President "
        "Khalifa Al Nahyan on Monday.",
        [M(["Mohammed Al Rashid", "Khalifa Al Nahyan"], mode="phone")],
    ),
    "c4_talked_over_phone": (
        "Prime Minister Narendra Shah talked to Ukrainian President Oleh Bondar over the phone on Friday.",
        [M(["Narendra Shah", "Oleh Bondar"], mode="phone")],
    ),
    "c4_courtesy_call": (
        "Rear Admiral Tomas Pereira paid a courtesy call on Nigerian Chief of Naval Staff Vice Admiral "
        "Emeka Obi in Abuja on Monday.",
        [M(["Tomas Pereira", "Emeka Obi"], host="Emeka Obi")],
    ),
    "c4_not_meetings": (
        "President Ilham Rzayev sent a letter to President Recep Durmaz on Monday.\n\n"
        "In a statement, Defence Minister Ahmet Kaya welcomed the remarks of Secretary Daniel Porter.\n\n"
        "Minister Kenji Sato invited Secretary Gilberto Reyes to visit Tokyo.\n\n"
        "Rzayev and Durmaz signed a joint declaration, which was published on Tuesday.",
        [],
    ),
    # --- batch 2: harder shapes
    "c3_turkish_minister": (
        "Turkish Defence Minister Ahmet Kaya arrived in Baku on an official visit on Monday. "
        "Azerbaijani Defence Minister Zakir Rzayev received the Turkish minister at the ministry on Tuesday.",
        [M(["Ahmet Kaya", "Zakir Rzayev"], host="Zakir Rzayev")],
    ),
    "c3_the_admiral": (
        "Admiral Saif Al Harbi, Commander of the Royal Navy of Oman, is on an official visit to Pakistan. "
        "On arrival at Naval Headquarters, the admiral called on Chief of the Naval Staff Admiral Naveed Ashraf.",
        [M(["Saif Al Harbi", "Naveed Ashraf"], host="Naveed Ashraf")],
    ),
    "c3_two_leaders": (
        "President Lucas Moreno landed in Beijing on Thursday for a state visit. Chinese President Xu "
        "Ping hosted a banquet in the evening. The two leaders held talks on Friday at the Great Hall of the People.",
        [M(["Lucas Moreno", "Xu Ping"])],
    ),
    "c3_two_sides": (
        "Nigerian Defence Minister Abubakar Bello and Chadian Defence Minister Idriss Mahamat are in "
        "N'Djamena for the joint commission. The two sides met on Wednesday and agreed on joint border patrols.",
        [M(["Abubakar Bello", "Idriss Mahamat"])],
    ),
    "c4_spoke_by_phone_compound": (
        "Kenyan President William Kamau and Ethiopian Prime Minister Abiy Tesfaye spoke by "
        "phone on Tuesday about the regional situation.",
        [M(["William Kamau", "Abiy Tesfaye"], mode="phone")],
    ),
    "c4_in_a_call_with": (
        "In a phone call with Estonian Defence Minister Hanno Tamm on Monday, German Defence Minister "
        "Klaus Brandt pledged more air defence systems.",
        [M(["Hanno Tamm", "Klaus Brandt"], mode="phone")],
    ),
    "c4_received_a_call": (
        "Qatari Emir Sheikh Jassim Al Thani received a phone call from French President Louis Garnier on Sunday.",
        [M(["Jassim Al Thani", "Louis Garnier"], mode="phone")],
    ),
    "c4_phone_talks": (
        "Chinese Foreign Minister Zhao Lei held phone talks with his Russian counterpart Sergei Orlov on Thursday.",
        [M(["Zhao Lei", "Sergei Orlov"], mode="phone")],
    ),
    "c4_video_conference_compound": (
        "Defence Minister Rajan Mehra and his Australian counterpart Richard Hale held a video conference on Friday.",
        [M(["Rajan Mehra", "Richard Hale"], mode="video")],
    ),
    "c4_hosted_for_dinner": (
        "Secretary Daniel Porter hosted Polish Defence Minister Marek Zielinski for dinner at the Pentagon on Tuesday.",
        [M(["Daniel Porter", "Marek Zielinski"], host="Daniel Porter")],
    ),
    "c4_margins": (
        "Turkish President Recep Durmaz met Swedish Prime Minister Erik Lund on the margins of the NATO "
        "summit in Vilnius.",
        [M(["Recep Durmaz", "Erik Lund"])],
    ),
    "c4_talks_between_held": (
        "Talks between Sudanese Army chief Abdel Hamid and RSF leader Hamdan Daglo were held in Jeddah on Saturday.",
        [M(["Abdel Hamid", "Hamdan Daglo"])],
    ),
    "c4_welcomed_to": (
        "Secretary Daniel Porter welcomed Indonesian Defense Minister Budi Prakoso to the Pentagon on Monday.",
        [M(["Daniel Porter", "Budi Prakoso"], host="Daniel Porter")],
    ),
    "c4_declined": (
        "President Ilham Rzayev declined to meet Armenian Prime Minister Aram Petrosyan in Granada.",
        [M(["Ilham Rzayev", "Aram Petrosyan"], status="cancelled")],
    ),
    "c4_not_meetings_2": (
        "Defence Minister Ahmet Kaya congratulated General Metin Gurak in a letter on Monday.\n\n"
        "President Recep Durmaz sent a message to Emir Jassim Al Thani.\n\n"
        "Secretary Daniel Porter thanked Minister Kenji Sato in a statement.\n\n"
        "Minister Rajan Mehra wrote to Minister Grant Hollis about the deal.",
        [],
    ),
    "c4_after_talks": (
        "Philippine President Ferdinand Reyes told reporters after talks with Japanese Prime Minister "
        "Fumio Kato in Tokyo on Friday that ties were strong.",
        [M(["Ferdinand Reyes", "Fumio Kato"])],
    ),
    "c5_also_separately": (
        "General Mark Ellison met Indonesian Defence Minister Budi Prakoso on Monday. He also met "
        "Navy Chief Admiral Hendra Wijaya and Air Force Chief Marshal Tonny Harjono separately.",
        [
            M(["Mark Ellison", "Budi Prakoso"]),
            M(["Mark Ellison", "Hendra Wijaya"]),
            M(["Mark Ellison", "Tonny Harjono"]),
        ],
    ),
    "c5_called_on_two": (
        "On the second day of his visit, Admiral Saif Al Harbi called on President Arif Vaziri and "
        "Prime Minister Shahbaz Malik.",
        [M(["Saif Al Harbi", "Arif Vaziri"]), M(["Saif Al Harbi", "Shahbaz Malik"])],
    ),
    "c5_delegation_headed_talks": (
        "The Vietnamese delegation, headed by Deputy Defence Minister Hoang Xuan Lam, held "
        "talks with Indian Defence Secretary Anil Rao in New Delhi on Monday.",
        [M(["Hoang Xuan Lam", "Anil Rao"])],
    ),
    "c5_accompanied": (
        "Defence Minister Azman Tahir, accompanied by Army chief General Hafiz Suhaimi, met Thai Defence "
        "Minister Sutin Kraisorn in Bangkok on Tuesday.",
        [M(["Azman Tahir", "Sutin Kraisorn"])],
    ),
    "c5_also_present_were": (
        "Pakistani Army chief General Asim Raza received Chinese General Liu Zhenli at GHQ on "
        "Monday. Also present at the meeting were Lieutenant General Nasir Qadri and Major General Faisal Naseer.",
        [M(["Asim Raza", "Liu Zhenli", "Nasir Qadri", "Faisal Naseer"], host="Asim Raza")],
    ),
    "c5_then_travelled": (
        "Indian Foreign Minister Vikram Joshi arrived in Riyadh, where he met Crown Prince Faisal Al "
        "Harbi, and then travelled to Doha for talks with Emir Jassim Al Thani.",
        [M(["Vikram Joshi", "Faisal Al Harbi"]), M(["Vikram Joshi", "Jassim Al Thani"])],
    ),
    "c5_brought_together": (
        "The trilateral meeting in Tokyo brought together Secretary Daniel Porter, Japanese Defense "
        "Minister Kenji Sato and Australian Defence Minister Richard Hale.",
        [M(["Daniel Porter", "Kenji Sato", "Richard Hale"])],
    ),
    "c5_meeting_attended_by": (
        "Rear Admiral Tomas Pereira met Chief of Naval Staff Vice Admiral Emeka Obi in Abuja on "
        "Monday. The meeting was also attended by Rear Admiral Musa Danjuma.",
        [M(["Tomas Pereira", "Emeka Obi", "Musa Danjuma"])],
    ),
    # --- batch 3: wire-style shapes from many regions
    "c4_received_in_audience": (
        "The Chief of Army Staff, Lt. Gen. Tunde Bakare, has received in audience the "
        "Defence Attache of Ghana, Col. Kwame Asante, at Army Headquarters in Abuja.",
        [M(["Tunde Bakare", "Kwame Asante"])],
    ),
    "c4_played_host": (
        "Gen. Tunde Bakare on Tuesday played host to Brig. Gen. Paul Owusu, the Commander of the "
        "Ghana Armed Forces Command and Staff College.",
        [M(["Tunde Bakare", "Paul Owusu"])],
    ),
    "c4_courtesy_visit_to": (
        "Brig. Gen. Paul Owusu paid a courtesy visit to Lt. Gen. Tunde Bakare in Abuja on Monday.",
        [M(["Paul Owusu", "Tunde Bakare"])],
    ),
    "c4_received_courtesy_call_from": (
        "Indonesian Armed Forces Commander General Agus Wirawan received a courtesy "
        "call from Australian Chief of Army Lieutenant General Simon Harlow in Jakarta on Monday.",
        [M(["Agus Wirawan", "Simon Harlow"])],
    ),
    "c4_interaction": (
        "Army chief General Rakesh Varma had an interaction with French Army Chief General Pierre "
        "Schill in New Delhi on Friday.",
        [M(["Rakesh Varma", "Pierre Schill"])],
    ),
    "c4_bilateral_meeting": (
        "On the sidelines of the summit, Prime Minister Narendra Shah held a bilateral meeting "
        "with President Ramos Horta.",
        [M(["Narendra Shah", "Ramos Horta"])],
    ),
    "c4_closed_door": (
        "Defence Minister Richard Hale had a closed-door meeting with Fijian Prime Minister Sitiveni "
        "Rabuka in Suva on Thursday.",
        [M(["Richard Hale", "Sitiveni Rabuka"])],
    ),
    "c4_granted_audience": (
        "King Abdullah Hashem granted an audience to U.S. Central Command chief General Erik "
        "Kurilla at the Royal Palace in Amman on Sunday.",
        [M(["Abdullah Hashem", "Erik Kurilla"])],
    ),
    "c4_received_at_palace": (
        "Sheikh Mohammed bin Zayed received at Qasr Al Shati Egyptian Defence Minister Abdel Mageed Saqr on Monday.",
        [M(["Mohammed bin Zayed", "Abdel Mageed Saqr"])],
    ),
    "c4_negotiations": (
        "Russian Defence Minister Andrei Belov held negotiations with his Belarusian counterpart Viktor "
        "Lobach in Minsk on Wednesday.",
        [M(["Andrei Belov", "Viktor Lobach"])],
    ),
    "c4_took_place_kremlin": (
        "Talks between President Vladimir Orlov and Iranian President Masoud Rahimi took place "
        "in the Kremlin on Friday.",
        [M(["Vladimir Orlov", "Masoud Rahimi"])],
    ),
    "c4_who_met": (
        "Brazilian Defence Minister Jose Mucio, who met US Secretary of Defense Daniel Porter on Monday, "
        "said the talks were productive.",
        [M(["Jose Mucio", "Daniel Porter"])],
    ),
    "c4_headline_discuss": (
        "Rakesh Mehra, Richard Hale discuss defence ties\n\nThe ministers spoke on the phone on "
        "Monday, the ministry said.",
        [M(["Rakesh Mehra", "Richard Hale"], mode="phone")],
    ),
    "c4_headline_hosts": (
        "Erdal Kaya hosts Greek counterpart Nikos Pappas in Ankara\n\nThe visit is the first in five years.",
        [M(["Erdal Kaya", "Nikos Pappas"])],
    ),
    "c4_headline_in_talks": (
        "Wang Lei in talks with Rustam Karimov in Beijing\n\nThe talks focused on border security.",
        [M(["Wang Lei", "Rustam Karimov"])],
    ),
    "c4_headline_to_meet": (
        "Anthony Hale to meet Fumio Kato next week\n\nThe visit will be his first to Japan.",
        [M(["Anthony Hale", "Fumio Kato"], status="planned")],
    ),
    "c4_one_on_one": (
        "President Joko Santoso and Prime Minister Anthony Hale held a one-on-one meeting at the Bogor "
        "Palace on Wednesday.",
        [M(["Joko Santoso", "Anthony Hale"])],
    ),
    "c4_delegation_received": (
        "General Peter Omondi and his delegation were received by Tanzanian Chief of Defence "
        "Forces General Jacob Mkunda in Dodoma.",
        [M(["Peter Omondi", "Jacob Mkunda"])],
    ),
    "c4_met_with_on_visit": (
        "Chinese Defence Minister Li Wenhua met with Cambodian Defence Minister Tea Seiha, who is "
        "on an official visit to China, in Beijing on Tuesday.",
        [M(["Li Wenhua", "Tea Seiha"])],
    ),
    "c5_visit_paragraphs": (
        "Vietnamese Defence Minister Truong Van Tam began an official visit to India on Monday.\n\n"
        "He held talks with Defence Minister Rajan Mehra in New Delhi. He later called on President Droupadi Rao.\n\n"
        "On Tuesday, the minister met National Security Adviser Ajit Kumar.",
        [
            M(["Truong Van Tam", "Rajan Mehra"]),
            M(["Truong Van Tam", "Droupadi Rao"]),
            M(["Truong Van Tam", "Ajit Kumar"]),
        ],
    ),
    "c5_list_and_also": (
        "Kenyan Defence Cabinet Secretary Aden Duale met Somali Defence Minister Abdulkadir Nur and "
        "Ethiopian Defence Minister Abraham Belay in Nairobi on Friday for trilateral talks.",
        [M(["Aden Duale", "Abdulkadir Nur", "Abraham Belay"])],
    ),
    "c5_talks_attended": (
        "Egyptian President Adel Samir received Sudanese General Abdel Karim Taha in Cairo on Monday. "
        "The talks were attended by Egyptian Defence Minister Abdel Fouad and intelligence chief Hassan Nabil.",
        [M(["Adel Samir", "Abdel Karim Taha", "Abdel Fouad", "Hassan Nabil"])],
    ),
    "c5_in_presence_of": (
        "In the presence of Defence Minister Rustem Umarov, General Oleksandr Syrsky met US General "
        "Christopher Cavoli in Kyiv.",
        [M(["Rustem Umarov", "Oleksandr Syrsky", "Christopher Cavoli"])],
    ),
    "c5_participation_of": (
        "The meeting, held with the participation of Armenian Chief of Staff Edward Asryan and "
        "Russian General Alexander Lapin, was chaired by Defence Minister Gevorg Avetyan.",
        [M(["Edward Asryan", "Alexander Lapin", "Gevorg Avetyan"])],
    ),
    # --- class 5: multi-party meetings and itineraries
    "c5_where_they_met": (
        "A delegation led by Lithuanian Defence Minister Laurynas Kasper arrived in Tbilisi on Monday, "
        "where they met Georgian Defence Minister Irakli Beridze and Chief of Defence Forces Major General Giorgi Kapanadze.",
        [M(["Laurynas Kasper", "Irakli Beridze", "Giorgi Kapanadze"])],
    ),
    "c5_call_ons": (
        "During his visit to Jakarta, General Mark Ellison called on President Joko Santoso, Defence Minister "
        "Budi Prakoso and Armed Forces Commander General Agus Wirawan.",
        [M(["Mark Ellison", "Joko Santoso"]), M(["Mark Ellison", "Budi Prakoso"]), M(["Mark Ellison", "Agus Wirawan"])],
    ),
    "c5_separately": (
        "Secretary Daniel Porter separately met with Japanese Defense Minister Kenji Sato and South Korean "
        "Defense Minister Shin Dong-ho on the sidelines of the Shangri-La Dialogue in Singapore.",
        [M(["Daniel Porter", "Kenji Sato"]), M(["Daniel Porter", "Shin Dong-ho"])],
    ),
    "c5_headed_by": (
        "A Pakistani military delegation headed by Lieutenant General Faisal Qureshi called on Chief of "
        "Defence Forces General Agus Wirawan in Jakarta on Tuesday.",
        [M(["Faisal Qureshi", "Agus Wirawan"], host="Agus Wirawan")],
    ),
    "c5_also_attended": (
        "Turkish Defence Minister Ahmet Kaya received Azerbaijani Chief of General Staff Colonel General "
        "Kerim Nuriyev in Ankara on Monday. Turkish Chief of General Staff General Metin Gurak also attended the meeting.",
        [M(["Ahmet Kaya", "Kerim Nuriyev", "Metin Gurak"], host="Ahmet Kaya")],
    ),
    "c5_itinerary": (
        "Indonesian Defence Minister Budi Prakoso arrived in Paris on Monday. He first met French Armed "
        "Forces Minister Claire Morel at the Hotel de Brienne.\n\nLater in the day, he held talks with French Navy Chief of "
        "Staff Admiral Pierre Vallerand.",
        [M(["Budi Prakoso", "Claire Morel"]), M(["Budi Prakoso", "Pierre Vallerand"])],
    ),
    "c5_multilateral": (
        "The defence ministers of Kazakhstan, Kyrgyzstan and Tajikistan, Ruslan Zhaksybekov, Baktybek "
        "Bekbolotov and Emomali Sherali, met in Astana on Friday.",
        [M(["Ruslan Zhaksybekov", "Baktybek Bekbolotov", "Emomali Sherali"])],
    ),
    "c5_cochaired": (
        "Indian Defence Secretary Anil Rao and Australian Defence Secretary Greg Matheson co-chaired the "
        "Defence Policy Talks in New Delhi on Wednesday.",
        [M(["Anil Rao", "Greg Matheson"])],
    ),
    "c5_meetings_with_each": (
        "During the visit, General Shafiqul Alam held meetings with Sri Lankan Defence Minister "
        "Pramitha Tennakoon and Chief of Defence Staff General Chaminda Perera.",
        [M(["Shafiqul Alam", "Pramitha Tennakoon"]), M(["Shafiqul Alam", "Chaminda Perera"])],
    ),
    "c5_chaired_sitting": (
        "Defence Minister Ahmet Kaya chaired a meeting of the Supreme Military Council in Ankara on "
        "Thursday, attended by Chief of General Staff General Metin Gurak and Land Forces Commander General Yusuf Demirel.",
        [M(["Ahmet Kaya", "Metin Gurak", "Yusuf Demirel"])],
    ),
    "c5_split_subjects": (
        "Brazilian Defence Minister Jose Carvalho arrived in Luanda on Monday. He was received by "
        "Angolan Defence Minister Joao Ernesto dos Santos at the ministry. Angolan Chief of General Staff General Antonio "
        "Egidio was also present.",
        [M(["Jose Carvalho", "Joao Ernesto dos Santos", "Antonio Egidio"], host="Joao Ernesto dos Santos")],
    ),
    # --- issue 13 round 3: more encounter shapes (coordinated clauses, prepositional phrases, call-ons, phone
    # and video, captions, refusals and plans) and non-meetings
    "c5_chain_later_called": (
        "Indian Defence Minister Vikram Sethi held talks with Malaysian Defence Minister Datuk Harun Ismail and later called on Prime Minister Azlan Rahman.",
        [M(["Vikram Sethi", "Harun Ismail"]), M(["Vikram Sethi", "Azlan Rahman"])],
    ),
    "c5_arrived_where": (
        "Vietnamese Defence Minister General Truong Van Long arrived in Vientiane on Monday, where he met Lao Defence Minister General Bounmy Vongsa and Deputy Prime Minister Somphet Keo.",
        [M(["Truong Van Long", "Bounmy Vongsa", "Somphet Keo"])],
    ),
    "c5_during_visit_also": (
        "Kenyan Chief of Defence Forces General Robert Kibet visited Kigali this week. He held talks with Rwandan Defence Minister Emmanuel Nsengiyumva. During the visit, Kibet also met President Paul Habimana.",
        [M(["Robert Kibet", "Emmanuel Nsengiyumva"]), M(["Robert Kibet", "Paul Habimana"])],
    ),
    "c5_who_is_on_visit": (
        "Egyptian Chief of Staff Lieutenant General Ahmed Fathi, who is on a three-day visit to Amman, met Jordanian Chairman of the Joint Chiefs of Staff Major General Omar Majali on Sunday.",
        [M(["Ahmed Fathi", "Omar Majali"])],
    ),
    "c4_met_at_ministry": (
        "Nigerian Chief of Defence Staff General Ibrahim Danjuma met Ghanaian Chief of Defence Staff Vice Admiral Seth Amoah at the Ministry of Defence in Abuja on Tuesday.",
        [M(["Ibrahim Danjuma", "Seth Amoah"])],
    ),
    "c4_met_at_pentagon": (
        "Secretary of Defense Lloyd Harmon met Philippine Defense Secretary Ramon Aquino Reyes at the Pentagon on Thursday to discuss the alliance.",
        [M(["Lloyd Harmon", "Ramon Aquino Reyes"])],
    ),
    "c4_met_sidelines": (
        "Pakistani Defence Minister Tariq Imran Raza met Chinese Defence Minister Admiral Gao Weiming on the sidelines of the Shangri-La Dialogue in Singapore.",
        [M(["Tariq Imran Raza", "Gao Weiming"])],
    ),
    "c4_courtesy_call_on": (
        "Brazilian Army Commander General Tomas Ribeiro paid a courtesy call on Portuguese Defence Minister Rui Tavares Costa in Lisbon on Wednesday.",
        [M(["Tomas Ribeiro", "Rui Tavares Costa"])],
    ),
    "c4_called_on": (
        "Thai Army chief General Charoenchai Kaew called on Indonesian Defence Minister Budi Sastro in Jakarta on Monday.",
        [M(["Charoenchai Kaew", "Budi Sastro"])],
    ),
    "c4_received": (
        "Kazakh Defence Minister Colonel General Daulet Seitov received Mongolian Defence Minister Ganzorig Batbold in Astana on Friday.",
        [M(["Daulet Seitov", "Ganzorig Batbold"])],
    ),
    "c4_was_received_by": (
        "Saudi Chief of General Staff General Saad al-Otaibi was received by Bahraini King Salman bin Rashid at Sakhir Palace on Monday.",
        [M(["Saad al-Otaibi", "Salman bin Rashid"])],
    ),
    "c4_hosted": (
        "Malaysian Defence Minister Ahmad Fauzi Nordin hosted Singaporean Defence Minister Lim Boon Keat in Kuala Lumpur on Tuesday.",
        [M(["Ahmad Fauzi Nordin", "Lim Boon Keat"])],
    ),
    "c4_welcomed": (
        "Russian Defence Minister Andrei Voronin welcomed Myanmar military chief Senior General Than Htike Oo in Moscow on Wednesday.",
        [M(["Andrei Voronin", "Than Htike Oo"])],
    ),
    "c4_x_and_y_held_talks": (
        "Uzbek Defence Minister Rustam Yuldashev and Tajik Defence Minister Colonel General Sherali Nazarov held talks in Tashkent on Thursday.",
        [M(["Rustam Yuldashev", "Sherali Nazarov"])],
    ),
    "c4_talks_between": (
        "Talks between Greek Defence Minister Yannis Karalis and Cypriot Defence Minister Andreas Georgiou took place in Athens on Monday.",
        [M(["Yannis Karalis", "Andreas Georgiou"])],
    ),
    "c4_had_meeting_with": (
        "Nigerian Minister of Defence Bello Abdullahi had a meeting with the United States Ambassador Thomas Reed Jr. in Abuja on Tuesday.",
        [M(["Bello Abdullahi", "Thomas Reed Jr."])],
    ),
    "c5_delegation_led_by": (
        "Indonesian Defence Minister Hendro Wibisono met with a delegation led by Australian Deputy Prime Minister Andrew Fletcher in Jakarta.",
        [M(["Hendro Wibisono", "Andrew Fletcher"])],
    ),
    "c5_delegation_headed_by": (
        "Egyptian Defence Minister General Abdel Karim Zahran received a delegation headed by Kenyan Defence Cabinet Secretary Grace Wanjiru in Cairo on Sunday.",
        [M(["Abdel Karim Zahran", "Grace Wanjiru"])],
    ),
    "c4_phone_call_with": (
        "Turkish Defence Minister Kemal Ozturk had a phone call with his Azerbaijani counterpart Elshad Huseynli on Tuesday.",
        [M(["Kemal Ozturk", "Elshad Huseynli"], mode="phone")],
    ),
    "c4_spoke_by_phone": (
        "Qatari Minister of State for Defence Affairs Saud bin Hamad Al Kuwari spoke by phone with Kuwaiti Defence Minister Sheikh Talal Khaled Al Sabah on Monday.",
        [M(["Saud bin Hamad Al Kuwari", "Talal Khaled Al Sabah"], mode="phone")],
    ),
    "c4_video_link_2": (
        "Chinese Defence Minister Gao Weiming and Thai Defence Minister Somchai Kittirat discussed regional security by video link on Thursday.",
        [M(["Gao Weiming", "Somchai Kittirat"], mode="video")],
    ),
    "c4_caption_meets": (
        "Indonesian Army chief General Bambang Hartono meets Malaysian Army chief General Azhar Jamaluddin in Jakarta.",
        [M(["Bambang Hartono", "Azhar Jamaluddin"])],
    ),
    "c4_headline_only": (
        "Vietnam's defence minister receives Cambodian army chief Sok Vannak Chea\n\nGeneral Nguyen Duc Hai welcomed the Cambodian guest at the ministry headquarters in Hanoi on Monday and the two sides discussed border security.",
        [M(["Nguyen Duc Hai", "Sok Vannak Chea"])],
    ),
    "c4_declined_invitation": (
        "Colombian Defence Minister Andres Cardenas declined an invitation to meet Venezuelan Defence Minister Rafael Castillo Mendez in Caracas.",
        [M(["Andres Cardenas", "Rafael Castillo Mendez"], status="cancelled")],
    ),
    "c4_refused_to_meet": (
        "Niger's military leader General Moussa Issoufou Garba refused to meet ECOWAS envoy Ibrahim Lawal Danbaba in Niamey on Saturday.",
        [M(["Moussa Issoufou Garba", "Ibrahim Lawal Danbaba"], status="cancelled")],
    ),
    "c4_will_meet": (
        "Japanese Defence Minister Takeshi Morimoto will meet Australian Defence Minister Andrew Fletcher in Tokyo next week.",
        [M(["Takeshi Morimoto", "Andrew Fletcher"], status="planned")],
    ),
    "c3_counterpart_headline": (
        "Indian Army chief meets Malaysian counterpart General Muhammad Hafiz\n\nIndian Army chief General Rajesh Negi met his Malaysian counterpart in Kuala Lumpur on Tuesday.",
        [M(["Rajesh Negi", "Muhammad Hafiz"])],
    ),
    "c3_counterpart_next": (
        "Mongolian Defence Minister Batbold Ganzorig met his Kazakh counterpart in Ulaanbaatar on Monday. Colonel General Daulet Seitkali is on a two-day visit.",
        [M(["Batbold Ganzorig", "Daulet Seitkali"])],
    ),
    "c4_not_letter": (
        "Pakistani Army chief General Tariq Mehmood Awan sent a letter to Afghan Defence Minister Mullah Abdul Haq. Foreign Minister Farooq Qureshi issued a statement welcoming Chinese Foreign Minister Liu Jianguo's remarks.",
        [],
    ),
    "c4_not_signed": (
        "The defence ministers of Brazil and Argentina, Jose Figueiredo and Martin Ferreyra, signed a joint declaration on cooperation. Ferreyra also invited Figueiredo to visit Buenos Aires.",
        [],
    ),
    "c4_not_press_release": (
        "In a press release, Kenyan Defence Cabinet Secretary Hassan Warsame thanked Ugandan Defence Minister Jacob Mugisha for his support.",
        [],
    ),
    "c4_xinhua_here": (
        "BEIJING, May 9 (Xinhua) -- Chinese Defense Minister Gao Weiming met with Cambodian Deputy Prime Minister and Defense Minister Chea Sovann here on Thursday.",
        [M(["Gao Weiming", "Chea Sovann"])],
    ),
    "c4_held_meeting_with": (
        "Pakistan's Chief of Naval Staff Admiral Faisal Amin held a meeting with Sri Lankan Navy Commander Vice Admiral Kasun Jayasekara at Naval Headquarters in Islamabad.",
        [M(["Faisal Amin", "Kasun Jayasekara"])],
    ),
    "c4_in_a_meeting_with": (
        "In a meeting with visiting Omani Defence Minister Sayyid Hamood bin Hamoud, Indian Defence Minister Vivek Rao said the two navies would expand exercises.",
        [M(["Vivek Rao", "Badr bin Hamoud"])],
    ),
    "c4_told_during_talks": (
        "Israeli Defence Minister Eitan Barzilai told US envoy Daniel Weissberg during talks in Tel Aviv on Monday that the operation would continue.",
        [M(["Eitan Barzilai", "Daniel Weissberg"])],
    ),
    "c4_exchanged_views": (
        "Thai Prime Minister Wichai Thongdee exchanged views with Vietnamese Prime Minister Le Van Thanh on regional security in Bangkok on Friday.",
        [M(["Wichai Thongdee", "Le Van Thanh"])],
    ),
    "c4_sat_down": (
        "US Secretary of State Gregory Whitcomb sat down with Indian External Affairs Minister Venkat Raghavan in Washington on Tuesday.",
        [M(["Gregory Whitcomb", "Venkat Raghavan"])],
    ),
    "c4_and_counterpart_held": (
        "Indonesian Defence Minister Hendro Wibisono and his Malaysian counterpart Ahmad Fauzi Nordin held talks in Putrajaya on Monday.",
        [M(["Hendro Wibisono", "Ahmad Fauzi Nordin"])],
    ),
    "c4_hosted_for_talks": (
        "Kenyan President Samuel Kiprono hosted his Ugandan counterpart Patrick Mugisha Kaguta for talks at State House in Nairobi on Saturday.",
        [M(["Samuel Kiprono", "Patrick Mugisha Kaguta"])],
    ),
    "c4_visited_office": (
        "Brazilian Navy Commander Admiral Marcelo Duarte visited Argentine Defence Minister Martin Ferreyra at his office in Buenos Aires on Monday.",
        [M(["Marcelo Duarte", "Martin Ferreyra"])],
    ),
    "c4_visited_received": (
        "Egyptian Chief of Staff Lieutenant General Ahmed Mansour visited the Sudanese Armed Forces headquarters in Port Sudan, where he was received by General Osman Idris Tayeb.",
        [M(["Ahmed Mansour", "Osman Idris Tayeb"])],
    ),
    "c4_speaking_at_meeting": (
        "Speaking at a meeting with Kyrgyz Defence Minister Nurlan Asanov, Russian Defence Minister Andrei Voronin praised the partnership.",
        [M(["Andrei Voronin", "Nurlan Asanov"])],
    ),
    "c4_scheduled": (
        "Philippine President Eduardo Villanueva Jr. is scheduled to hold talks with Japanese Prime Minister Taro Ishikawa in Manila on Monday.",
        [M(["Eduardo Villanueva Jr.", "Taro Ishikawa"], status="planned")],
    ),
    "c4_set_to_meet": (
        "Nigerian President Adewale Ogunleye is set to meet Ghanaian President Kwame Asante in Abuja later this month.",
        [M(["Adewale Ogunleye", "Kwame Asante"], status="planned")],
    ),
    "c4_postponed": (
        "A planned meeting between Armenian Prime Minister Armen Hakobyan and Azerbaijani President Elchin Aghayev in Brussels was postponed on Friday.",
        [M(["Armen Hakobyan", "Elchin Aghayev"], status="cancelled")],
    ),
    "c4_cancelled_meeting": (
        "Pakistani Prime Minister Nadeem Chaudhry cancelled his meeting with Afghan Foreign Minister Ahmad Shah Noori on Tuesday.",
        [M(["Nadeem Chaudhry", "Ahmad Shah Noori"], status="cancelled")],
    ),
    "c4_accompanied_met": (
        "Kazakh Defence Minister Daulet Seitkali, accompanied by Deputy Minister Sultan Abdrakhmanov, met Turkish Defence Minister Kemal Ozturk in Ankara on Tuesday.",
        [M(["Daulet Seitkali", "Kemal Ozturk"])],
    ),
    "c4_met_who": (
        "Saudi Defence Minister Prince Faisal bin Nasser met US National Security Adviser Mark Donnelly, who arrived in Riyadh on Sunday.",
        [M(["Faisal bin Nasser", "Mark Donnelly"])],
    ),
    "c4_conferred": (
        "Mongolian President Tsogt Baatar conferred with Kazakh President Serik Abenov in Astana on Wednesday.",
        [M(["Tsogt Baatar", "Serik Abenov"])],
    ),
    "c4_and_met": (
        "Indian Defence Minister Vivek Rao and Vietnamese Defence Minister Nguyen Duc Hai met in Hanoi on Wednesday.",
        [M(["Vivek Rao", "Nguyen Duc Hai"])],
    ),
    "c4_meeting_was_held": (
        "A meeting between Egyptian Defence Minister Abdel Karim Zahran and Libyan commander Salem Bughaighis was held in Cairo on Monday.",
        [M(["Abdel Karim Zahran", "Salem Bughaighis"])],
    ),
    "c4_headline_holds_talks": (
        "Uzbek defence chief holds talks with Chinese general Zhou Hanming\n\nUzbek Defence Minister Rustam Yuldashev held talks with Chinese Central Military Commission vice chairman General Zhou Hanming in Beijing on Monday.",
        [M(["Rustam Yuldashev", "Zhou Hanming"])],
    ),
    "c4_headline_only_caption": (
        "Philippine Navy chief Vice Admiral Rolando Bautista meets Japanese Maritime chief Admiral Hiroshi Tanabe at Fleet headquarters\n\nThe two admirals discussed maritime domain awareness and training.",
        [M(["Rolando Bautista", "Hiroshi Tanabe"])],
    ),
    "c4_telephone_conversation_2": (
        "Azerbaijani Defence Minister Elshad Huseynov held a telephone conversation with Pakistani Chief of Army Staff General Tariq Mehmood Awan on Tuesday.",
        [M(["Elshad Huseynov", "Tariq Mehmood Awan"], mode="phone")],
    ),
    "c4_virtual_meeting": (
        "Australian Defence Minister Andrew Fletcher held a virtual meeting with Fijian Defence Minister Josaia Ratu on Monday.",
        [M(["Andrew Fletcher", "Josaia Ratu"], mode="video")],
    ),
    "c4_rejected_talks": (
        "Malian junta leader Colonel Modibo Sangare rejected a call for talks with Algerian Foreign Minister Rachid Benali.",
        [M(["Modibo Sangare", "Rachid Benali"], status="cancelled")],
    ),
    "c4_not_invited": (
        "Thai Defence Minister Somchai Kittirat invited Cambodian Defence Minister Chea Sovann to visit Bangkok next year.",
        [],
    ),
    "c4_not_congratulated_msg": (
        "Vietnamese Defence Minister Nguyen Duc Hai sent a message congratulating Lao Defence Minister Khamphan Sisouk on the anniversary.",
        [],
    ),
    "c4_not_urged": (
        "Indonesian Foreign Minister Sri Wahyuni urged Myanmar leader Than Htike Oo to end the violence.",
        [],
    ),
    "c5_earlier_met": (
        "Indian Navy chief Admiral Sunil Deshpande is on an official visit to Egypt. Earlier in the day, he met Egyptian Chief of Staff Lieutenant General Tarek Fathy Mansour at the ministry in Cairo.",
        [M(["Sunil Deshpande", "Tarek Fathy Mansour"])],
    ),
    "c5_also_received_by": (
        "The Sri Lankan Navy Commander Vice Admiral Kasun Jayasekara arrived in New Delhi on Monday. He was also received by Indian Defence Secretary Prakash Venkatesan.",
        [M(["Kasun Jayasekara", "Prakash Venkatesan"])],
    ),
    "c4_coas_called_on": (
        "RAWALPINDI: Chief of Army Staff (COAS) General Tariq Mehmood Awan called on Saudi Crown Prince Nawwaf bin Nasser in Riyadh, the ISPR said on Tuesday.",
        [M(["Tariq Mehmood Awan", "Turki bin Nasser"])],
    ),
    "c4_headline_discuss_2": (
        "Indonesia's Hartanto, Japan's Morita discuss defence ties in Jakarta\n\nIndonesian President Budi Hartanto and Japanese Prime Minister Kenji Morita discussed defence cooperation at the presidential palace on Saturday.",
        [M(["Budi Hartanto", "Kenji Morita"])],
    ),
    "c4_quote_after": (
        '"We agreed to expand joint training," Thai Defence Minister Somchai Kittirat said after meeting Cambodian Defence Minister Chea Sovann in Phnom Penh on Monday.',
        [M(["Somchai Kittirat", "Chea Sovann"])],
    ),
    "c4_following_talks": (
        "Following talks with his Brazilian counterpart Jose Figueiredo in Brasilia, Argentine Defence Minister Martin Ferreyra said the two countries would hold joint drills.",
        [M(["Martin Ferreyra", "Jose Figueiredo"])],
    ),
    "c4_met_here_dateline": (
        "NAIROBI, May 8 (KNA) - Defence Cabinet Secretary Grace Wanjiru on Wednesday met Tanzanian Defence Minister Rehema Mwakyusa at Ulinzi House.",
        [M(["Grace Wanjiru", "Rehema Mwakyusa"])],
    ),
    "c5_at_meeting_pronoun": (
        "Kazakh President Serik Abenov received Chinese Defence Minister Gao Weiming at the Akorda on Friday. At the meeting, Abenov said cooperation was growing.",
        [M(["Serik Abenov", "Gao Weiming"])],
    ),
    "c4_reception_in_honour": (
        "Omani Defence Minister Sayyid Hamood bin Hamoud hosted a dinner in honour of visiting Indian Navy chief Admiral Sunil Deshpande in Muscat.",
        [M(["Badr bin Hamoud", "Sunil Deshpande"])],
    ),
    "c4_passive_welcomed": (
        "Chinese Vice Chairman of the Central Military Commission General Zhou Hanming was welcomed by Russian President Pavel Sorokin at the Kremlin on Tuesday.",
        [M(["Zhou Hanming", "Pavel Sorokin"])],
    ),
    "c3_met_counterpart_named_after": (
        "Mongolian Defence Minister Ganzorigiin Batbold held talks with his Kazakh counterpart, Colonel General Daulet Seitkali, in Ulaanbaatar.",
        [M(["Ganzorigiin Batbold", "Daulet Seitkali"])],
    ),
    "c5_two_day_visit_talks": (
        "Vietnamese Defence Minister General Nguyen Duc Hai began a two-day visit to Laos on Monday and held talks with Lao Defence Minister General Khamphan Sisouk.",
        [M(["Nguyen Duc Hai", "Khamphan Sisouk"])],
    ),
    "c4_in_talks_with": (
        "Saudi Arabia's Defence Minister Prince Faisal bin Nasser was in talks with US Defense Secretary Brian Caldwell at the Pentagon on Wednesday.",
        [M(["Faisal bin Nasser", "Brian Caldwell"])],
    ),
    "c5_visit_included": (
        "Nigerian Chief of Army Staff Lieutenant General Adebayo Olawale visited Accra, where he met Ghanaian Chief of Army Staff Major General Kofi Boateng-Asare.",
        [M(["Adebayo Olawale", "Kofi Boateng-Asare"])],
    ),
    "c5_led_delegation_met": (
        "Brazilian Defence Minister Jose Figueiredo led a delegation to Luanda, where he was received by Angolan President Manuel Tavares.",
        [M(["Jose Figueiredo", "Manuel Tavares"])],
    ),
    "c4_tete_a_tete": (
        "Uzbek President Sardor Alimov and Turkmen President Batyr Annayev held a one-on-one meeting in Tashkent.",
        [M(["Sardor Alimov", "Batyr Annayev"])],
    ),
    "c3_both_sides": (
        "Malaysian Chief of Defence Force General Mohd Razali Jaafar met his Thai counterpart General Kittisak Boonmee in Kuala Lumpur. Both sides agreed to step up border patrols.",
        [M(["Mohd Razali Jaafar", "Kittisak Boonmee"])],
    ),
    "c4_posed": (
        "Egyptian President Hisham Fawzi el-Masry receives Saudi Defence Minister Prince Faisal bin Nasser in Cairo, Egypt, May 8, 2024. REUTERS",
        [M(["Hisham Fawzi el-Masry", "Faisal bin Nasser"])],
    ),
    "c4_not_condolence": (
        "Turkish President Mehmet Ali Yilmaz offered condolences to Iranian Supreme Leader Hossein Nourbakhsh over the crash.",
        [],
    ),
    "c4_not_praised": (
        "Kenyan President Samuel Kiprono praised Somali President Abdikarim Yusuf Warsame for his leadership in a statement on Monday.",
        [],
    ),
    "c4_not_mou": (
        "Vietnamese Deputy Defence Minister Tran Quoc Hung and Indian Defence Secretary Prakash Venkatesan signed a memorandum of understanding on training.",
        [],
    ),
    "c4_not_attended_parade": (
        "Russian President Pavel Sorokin and Chinese President Li Zhongwei attended the Victory Day parade in Moscow.",
        [],
    ),
    "c4_he_excellency": (
        "His Excellency Lt. Gen. Abdul Rahman Al-Mazrui, Chief of Staff of the UAE Armed Forces, met Gen. Isaac Mensah, Chief of Defence Staff of Ghana, in Abu Dhabi on Monday.",
        [M(["Abdul Rahman Al-Mazrui", "Isaac Mensah"])],
    ),
    "c4_mr_dr": (
        "Mr. Chaminda Perera, the Sri Lankan Deputy Minister of Defence, met Dr. Wijaya Kusuma, Indonesia's Deputy Defence Minister, at the Pentagon-style ministry building in Colombo.",
        [M(["Chaminda Perera", "Wijaya Kusuma"])],
    ),
    "c4_bilateral_held_between": (
        "A bilateral meeting was held between Pakistan's Chairman Joint Chiefs of Staff Committee General Khalid Mahmood Abbasi and Bahrain's Commander-in-Chief Field Marshal Rashid bin Abdullah Al Khalifa in Manama.",
        [M(["Khalid Mahmood Abbasi", "Rashid bin Abdullah Al Khalifa"])],
    ),
    "c4_received_call_from": (
        "Egyptian Foreign Minister Samir Abdelwahab received a phone call from his Sudanese counterpart Omer Siddig Hamid on Sunday.",
        [M(["Samir Abdelwahab", "Omer Siddig Hamid"], mode="phone")],
    ),
    "c4_telephoned": (
        "Indian Prime Minister Arun Saxena telephoned Brazilian President Paulo Roberto Nogueira on Thursday.",
        [M(["Arun Saxena", "Paulo Roberto Nogueira"], mode="phone")],
    ),
    "c4_video_conference_held": (
        "Japanese Defense Minister Ken Nakamura held a video conference with Philippine Defense Secretary Ramon Aquino on Friday.",
        [M(["Ken Nakamura", "Ramon Aquino"], mode="video")],
    ),
    "c4_working_lunch": (
        "French Armed Forces Minister Julien Moreau hosted Indian Defence Minister Vivek Singh for a working lunch in Paris.",
        [M(["Julien Moreau", "Vivek Singh"])],
    ),
    "c4_greeted_on_arrival": (
        "Upon arrival at Noi Bai airport, Cambodian Defence Minister Chea Sovann was greeted by Vietnamese Deputy Defence Minister Tran Quoc Hung.",
        [M(["Chea Sovann", "Tran Quoc Hung"])],
    ),
    "c4_met_virtually": (
        "Australian Defence Minister Andrew Fletcher met virtually with New Zealand Defence Minister Helen Whitaker on Wednesday.",
        [M(["Andrew Fletcher", "Helen Whitaker"], mode="video")],
    ),
    "c4_margins_2": (
        "On the margins of the NATO summit in Washington, Turkish President Mehmet Ali Yilmaz met Greek Prime Minister Petros Alexiou.",
        [M(["Mehmet Ali Yilmaz", "Petros Alexiou"])],
    ),
    "c4_matters_discussed": (
        "Bahraini Chief of Staff Lieutenant General Hamdan bin Zayed Al Mheiri called on Pakistani Prime Minister Nadeem Chaudhry in Islamabad. During the meeting, matters of mutual interest were discussed.",
        [M(["Hamdan bin Zayed Al Mheiri", "Nadeem Chaudhry"])],
    ),
    "c4_titles_after": (
        "Kenneth Mwangi, Kenya's Principal Secretary for Defence, held talks with Jacob Mugisha, Uganda's Minister of Defence, in Kampala.",
        [M(["Kenneth Mwangi", "Jacob Mugisha"])],
    ),
    "c4_lowercase_titles": (
        "Defence minister Tariq Imran on Monday met visiting Iranian army chief Major General Hossein Karimzadeh in Islamabad.",
        [M(["Tariq Imran", "Hossein Karimzadeh"])],
    ),
    "c5_met_separately": (
        "During his stay in Cairo, Sudanese Army chief General Osman Idris al-Tayeb separately met Egyptian President Hisham Fawzi el-Masry and Defence Minister Abdel Karim Zahran.",
        [M(["Osman Idris al-Tayeb", "Hisham Fawzi el-Masry"]), M(["Osman Idris al-Tayeb", "Abdel Karim Zahran"])],
    ),
    "c5_joined_by": (
        "Philippine President Eduardo Villanueva Jr. met US Defense Secretary Brian Caldwell at Malacanang Palace. Marcos was joined by Defense Secretary Ramon Aquino.",
        [M(["Eduardo Villanueva Jr.", "Brian Caldwell", "Ramon Aquino"])],
    ),
    "c4_paid_call": (
        "Royal Malaysian Navy chief Admiral Zainal Rashid Osman paid a call on Indonesian Navy Chief of Staff Admiral Erwin Santoso at the navy headquarters in Cilangkap.",
        [M(["Zainal Rashid Osman", "Erwin Santoso"])],
    ),
    "c4_audience": (
        "Thai Army commander General Prasert Wongsawat was granted an audience with Brunei Sultan Abdul Muhtadee Rahim at Istana Nurul Iman.",
        [M(["Prasert Wongsawat", "Abdul Muhtadee Rahim"])],
    ),
    "c4_office_call": (
        "Vice Admiral Agung Wibisono made an office call on Singapore Chief of Navy Rear Admiral Kelvin Tan at RSS Singapura - Changi Naval Base.",
        [M(["Agung Wibisono", "Kelvin Tan"])],
    ),
    "c4_interacted": (
        "Indian Chief of Defence Staff General Arvind Bhatia interacted with Sri Lankan Chief of Defence Staff General Nalin Fernando in Colombo.",
        [M(["Arvind Bhatia", "Nalin Fernando"])],
    ),
    "c4_engaged": (
        "US Indo-Pacific commander Admiral James Whitford engaged with Philippine Armed Forces chief General Antonio Dela Cruz Jr. in Manila.",
        [M(["James Whitford", "Antonio Dela Cruz Jr."])],
    ),
    "c4_not_thanked_letter": (
        "In a letter, Mongolian Defence Minister Ganzorigiin Batbold thanked Russian Defence Minister Andrei Voronov for the invitation.",
        [],
    ),
    "c4_not_urged_talks": (
        "Chinese Foreign Minister Liu Jianguo called for talks between Thai Prime Minister Somsak Rattanaporn and Cambodian Prime Minister Sok Vannak.",
        [],
    ),
    "c4_not_accord": (
        "Egyptian Defence Minister Abdel Karim Zahran and Kenyan Defence Cabinet Secretary Grace Wanjiru signed a defence cooperation agreement.",
        [],
    ),
    # whole invented articles in several agencies' styles (datelines, readouts, call-on lists, references)
    "c5_article_apps": (
        "CJCSC calls on Bahraini King, discusses defence ties\n\nMANAMA, May 9 (APP): Chairman Joint Chiefs of Staff Committee General Khalid Mahmood Abbasi, who is on an official visit to Bahrain, called on King Salman bin Rashid Al Khalifa at Sakhir Palace on Thursday.\n\nDuring the meeting, matters of mutual interest including regional security were discussed, the ISPR said.\n\nThe CJCSC also met Commander-in-Chief of the Bahrain Defence Force Field Marshal Rashid bin Abdullah Al Khalifa and Chief of Staff Lieutenant General Theyab bin Nasser Al Nuaimi. Earlier, on arrival at the BDF headquarters, the general was presented a guard of honour.",
        [
            M(["Khalid Mahmood Abbasi", "Salman bin Rashid Al Khalifa"]),
            M(["Khalid Mahmood Abbasi", "Rashid bin Abdullah Al Khalifa", "Theyab bin Nasser Al Nuaimi"]),
        ],
    ),
    "c5_article_vn": (
        "Vietnam, Laos defence ministers hold talks in Vientiane\n\nVientiane (VNA) - Defence Minister General Nguyen Duc Hai held talks with his Lao counterpart General Khamphan Sisouk in Vientiane on May 9 as part of his official visit to Laos.\n\nThe two ministers reviewed cooperation in training and border management.\n\nOn the same day, General Hai paid a courtesy call on Lao Prime Minister Somphet Keo.",
        [M(["Nguyen Duc Hai", "Khamphan Sisouk"]), M(["Nguyen Duc Hai", "Somphet Keo"])],
    ),
    "c5_article_us": (
        "Readout of Secretary of Defense Brian Caldwell's Meeting With Philippine Secretary of National Defense Ramon Aquino\n\nPentagon Press Secretary Major General Thomas Gale provided the following readout:\n\nSecretary of Defense Brian Caldwell welcomed Philippine Secretary of National Defense Ramon Aquino to the Pentagon today. The leaders discussed the alliance and regional security. Secretary Caldwell reaffirmed the ironclad commitment of the United States.",
        [M(["Brian Caldwell", "Ramon Aquino"])],
    ),
    "c5_article_ng": (
        "Adewale receives Ghana's defence minister, seeks deeper security ties\n\nBy Chinedu Okafor\n\nPresident Adewale Ogunleye on Thursday received the Ghanaian Minister of Defence, Dr Kwaku Boateng, at the Presidential Villa, Abuja.\n\nThe visiting minister, who was accompanied by Ghana's Chief of Defence Staff, Vice Admiral Seth Amoah, delivered a message from President Kwame Asante.\n\nOgunleye said Nigeria would continue to support regional peace efforts.",
        [M(["Adewale Ogunleye", "Kwaku Boateng"])],
    ),
    "c5_article_kz": (
        "ASTANA. KAZINFORM - Kazakh President Serik Abenov met with Chinese Defence Minister Admiral Gao Weiming at the Akorda, the presidential press service reported.\n\nThe Head of State noted the importance of military cooperation. Gao Weiming conveyed greetings from the Chinese leader.\n\nThe same day, Minister of Defence Daulet Seitkali held talks with the Chinese delegation led by Gao Weiming.",
        [M(["Serik Abenov", "Gao Weiming"]), M(["Daulet Seitkali", "Gao Weiming"])],
    ),
    "c5_article_in": (
        "Indian Navy chief on four-day visit to Sri Lanka\n\nNew Delhi: Chief of the Naval Staff Admiral Sunil Deshpande will be on an official visit to Sri Lanka from May 10 to 13. During the visit, the Admiral is scheduled to hold bilateral discussions with the Sri Lankan President, Defence Secretary and the Service Chiefs.\n\nHe will also interact with Commander of the Sri Lanka Navy Vice Admiral Kasun Jayasekara.",
        [M(["Sunil Deshpande", "Kasun Jayasekara"], status="planned")],
    ),
    "c5_article_ru": (
        'MOSCOW, May 9 (TASS) - Russian Defense Minister Andrei Voronin has held talks with Myanmar\'s military leader Senior General Than Htike Oo, the Russian Defense Ministry said.\n\n"I am glad to welcome you to Moscow," Voronin said at the start of the meeting.\n\nThan Htike Oo thanked the Russian side for the invitation. Later he was received by Security Council Secretary Nikolai Petrenko.',
        [M(["Andrei Voronin", "Than Htike Oo"]), M(["Than Htike Oo", "Nikolai Petrenko"])],
    ),
    "c5_article_gulf": (
        "RIYADH, May 8 (SPA) -- Minister of Defense Prince Faisal bin Nasser received at his office in Riyadh today Qatar's Deputy Prime Minister and Minister of State for Defense Affairs Saud bin Hamad Al Kuwari.\n\nDuring the reception, they reviewed bilateral relations and discussed regional developments.",
        [M(["Faisal bin Nasser", "Saud bin Hamad Al Kuwari"])],
    ),
    "c5_article_br": (
        "Brazil's defence minister meets Argentine counterpart\n\nBrasilia - Brazilian Defence Minister Jose Figueiredo met his Argentine counterpart Martin Ferreyra on Wednesday at the Ministry of Defence in Brasilia. Ferreyra was also received by Vice President Geraldo Alves.\n\nThe ministers signed a letter of intent on cooperation in Antarctica.",
        [M(["Jose Figueiredo", "Martin Ferreyra"]), M(["Martin Ferreyra", "Geraldo Alves"])],
    ),
    "c5_article_ke": (
        "KDF chief hosts Ethiopian counterpart\n\nChief of Defence Forces General Robert Kibet hosted his Ethiopian counterpart Field Marshal Berhanu Tessema at the Defence Headquarters in Nairobi on Monday.\n\nThe two commanders held closed-door talks before a joint press briefing. Tessema later paid a courtesy call on Defence Cabinet Secretary Grace Wanjiru.",
        [M(["Robert Kibet", "Berhanu Tessema"]), M(["Berhanu Tessema", "Grace Wanjiru"])],
    ),
    "c5_article_th": (
        "BANGKOK, May 8 (Bernama) -- Malaysian Defence Minister Ahmad Fauzi Nordin today met Thai Prime Minister Wichai Thongdee at Government House here.\n\nAhmad Fauzi, who is on a two-day working visit to Thailand, also held a bilateral meeting with his Thai counterpart Somchai Kittirat.",
        [M(["Ahmad Fauzi Nordin", "Wichai Thongdee"]), M(["Ahmad Fauzi Nordin", "Somchai Kittirat"])],
    ),
    "c5_article_eg": (
        "Cairo - President Hisham Fawzi el-Masry met on Sunday with Sudan's Sovereignty Council chairman Osman Idris al-Tayeb, the presidency said in a statement.\n\nThe meeting was attended by Defence Minister General Abdel Karim Zahran and intelligence chief Mahmoud Fouad Amer.",
        [M(["Hisham Fawzi el-Masry", "Osman Idris al-Tayeb", "Abdel Karim Zahran", "Mahmoud Fouad Amer"])],
    ),
    "c5_article_pib": (
        "Raksha Mantri holds talks with Australian Deputy PM in New Delhi\n\nRaksha Mantri Vivek Singh held bilateral talks with Deputy Prime Minister and Minister for Defence of Australia Andrew Fletcher in New Delhi on May 9, 2024. Both leaders reviewed the defence cooperation.\n\nLater, Mr Fletcher called on Prime Minister Arun Saxena.",
        [M(["Vivek Singh", "Andrew Fletcher"]), M(["Andrew Fletcher", "Arun Saxena"])],
    ),
    "c5_article_xinhua": (
        "BEIJING, May 9 (Xinhua) -- Zhou Hanming, vice chairman of China's Central Military Commission, met with Mongolian Defense Minister Batbold Ganzorig in Beijing on Thursday.\n\nZhou said China is willing to work with Mongolia. Batbold said Mongolia attaches great importance to ties with China.\n\nChinese Defense Minister Gao Weiming also held talks with Batbold on the same day.",
        [M(["Zhou Hanming", "Batbold Ganzorig"]), M(["Gao Weiming", "Batbold Ganzorig"])],
    ),
    "c5_article_antara": (
        "Jakarta (ANTARA) - Indonesian Defense Minister Hendro Wibisono received a courtesy visit from Australian Ambassador to Indonesia Penelope Hart at the Defense Ministry office in Jakarta on Thursday.\n\nDuring the meeting, Wibisono and Hart discussed maritime cooperation.",
        [M(["Hendro Wibisono", "Penelope Hart"])],
    ),
    "c5_article_azertac": (
        "Baku, May 9, AZERTAC\n\nMinister of Defense Colonel General Elshad Huseynov met with the delegation led by the Chief of the General Staff of the Armed Forces of Kazakhstan, Major General Nurlan Seitkali, who is on a visit to Azerbaijan.\n\nHaving welcomed the guests, the minister noted the development of relations between the two countries.",
        [M(["Elshad Huseynov", "Nurlan Seitkali"])],
    ),
    "c5_article_aa": (
        "ANKARA\n\nTurkish Defense Minister Kemal Ozturk on Thursday met his Pakistani counterpart in the capital Ankara.\n\nKhawaja Imran Raza, who arrived in Turkiye on Wednesday, was welcomed with a military ceremony at the ministry.",
        [M(["Kemal Ozturk", "Tariq Imran Raza"])],
    ),
    "c5_article_ahram": (
        "Egypt's el-Masry receives Kenyan president in Cairo\n\nPresident Hisham Fawzi el-Masry received on Monday his Kenyan counterpart Samuel Kiprono at the Ittihadiya Palace in Cairo.\n\nThe two presidents held a closed session followed by expanded talks attended by delegations from both sides.",
        [M(["Hisham Fawzi el-Masry", "Samuel Kiprono"])],
    ),
    "c5_article_latam": (
        "Brazilian Defence Minister Jose Figueiredo travelled to Santiago on Tuesday, where he was received by his Chilean counterpart, Minister Maria Fernanda Rojas. The two ministers discussed Antarctic logistics.\n\nOn Wednesday Figueiredo met with President Gabriel Fuentes at La Moneda Palace.",
        [M(["Jose Figueiredo", "Maria Fernanda Rojas"]), M(["Jose Figueiredo", "Gabriel Fuentes"])],
    ),
    "c5_article_dod": (
        "Caldwell Hosts Japanese Defense Minister at Pentagon\n\nSecretary of Defense Brian Caldwell hosted Japanese Minister of Defense Takeshi Morimoto at the Pentagon Thursday for talks on the U.S.-Japan alliance.\n\nThe meeting came a day after Morimoto met with Secretary of State Gregory Whitcomb.",
        [M(["Brian Caldwell", "Takeshi Morimoto"]), M(["Takeshi Morimoto", "Gregory Whitcomb"])],
    ),
    "c5_article_mn": (
        "Ulaanbaatar /MONTSAME/ The Minister of Defense of Mongolia Batbold Ganzorig received Ambassador of the United States to Mongolia Richard Benton Lee on May 9.\n\nAt the meeting, the sides exchanged views on the upcoming joint exercise.",
        [M(["Batbold Ganzorig", "Richard Benton Lee"])],
    ),
    "c5_article_ng2": (
        "COAS receives Ghanaian Army chief\n\nThe Chief of Army Staff, Lt Gen Olumide Adeyemi, has received the Chief of Army Staff of the Ghana Armed Forces, Maj Gen Kofi Boateng-Asare, at the Army Headquarters in Abuja.\n\nThe COAS, while welcoming his guest, said both armies share a long history.",
        [M(["Olumide Adeyemi", "Kofi Boateng-Asare"])],
    ),
    "c5_article_ke2": (
        "Kiprono meets Ugandan military delegation at State House\n\nNairobi, Kenya: President Samuel Kiprono on Tuesday hosted a delegation of the Uganda People's Defence Force led by General Peter Mugisha at State House, Nairobi.",
        [M(["Samuel Kiprono", "Peter Mugisha"])],
    ),
    "c5_article_pk_phone": (
        "ISLAMABAD: Prime Minister Nadeem Chaudhry on Tuesday telephoned Turkish President Mehmet Ali Yilmaz and discussed the regional situation.\n\nDuring the telephone conversation, the prime minister also thanked the Turkish president for his support.",
        [M(["Nadeem Chaudhry", "Mehmet Ali Yilmaz"], mode="phone")],
    ),
    # coordinated and chained clauses, prepositional phrases, call-ons
    "c5_mon_tue": (
        "Kenyan Defence Secretary Grace Wanjiru met Tanzanian Defence Minister Rehema Mwakyusa on Monday and Ugandan Defence Minister Jacob Mugisha on Tuesday.",
        [M(["Grace Wanjiru", "Rehema Mwakyusa"]), M(["Grace Wanjiru", "Jacob Mugisha"])],
    ),
    "c5_after_meeting": (
        "After meeting Thai Prime Minister Wichai Thongdee, Cambodian Defence Minister Chea Sovann held talks with Thai Defence Minister Somchai Kittirat.",
        [M(["Chea Sovann", "Wichai Thongdee"]), M(["Chea Sovann", "Somchai Kittirat"])],
    ),
    "c5_before_holding": (
        "Indian Army chief General Rajesh Negi met Nepalese Prime Minister Pushpa Raj Adhikari before holding talks with Nepal Army chief General Ashok Thapa.",
        [M(["Rajesh Negi", "Pushpa Raj Adhikari"]), M(["Rajesh Negi", "Ashok Thapa"])],
    ),
    "c5_then_flew": (
        "Egyptian Foreign Minister Samir Abdelwahab met Jordanian King Faris bin Zeid Hashem in Amman on Monday and then flew to Baghdad, where he met Iraqi Prime Minister Adel Karim Hamdani.",
        [M(["Samir Abdelwahab", "Faris bin Zeid Hashem"]), M(["Samir Abdelwahab", "Adel Karim Hamdani"])],
    ),
    "c4_latters_office": (
        "Philippine Navy chief Vice Admiral Rolando Bautista met Vietnamese Navy Commander Vice Admiral Tran Van Minh at the latter's office in Hanoi.",
        [M(["Rolando Bautista", "Tran Van Minh"])],
    ),
    "c4_sidelines_pair": (
        "Japanese Defence Minister Takeshi Morimoto and Chinese Defence Minister Gao Weiming met on the sidelines of the Shangri-La Dialogue in Singapore on Saturday.",
        [M(["Takeshi Morimoto", "Gao Weiming"])],
    ),
    "c5_meeting_with_two": (
        "Pakistani Prime Minister Nadeem Chaudhry had a meeting with Saudi Defence Minister Faisal bin Nasser and Saudi Foreign Minister Turki bin Fahad in Riyadh.",
        [M(["Nadeem Chaudhry", "Faisal bin Nasser", "Turki bin Fahad"])],
    ),
    "c5_and_his_delegation": (
        "Kazakh President Serik Abenov received Turkish Defence Minister Kemal Ozturk and his delegation at the Akorda.",
        [M(["Serik Abenov", "Kemal Ozturk"])],
    ),
    "c4_called_on_at_office": (
        "Visiting US Army Pacific commander General James Whitford called on Indian Army chief General Rajesh Negi at his office in South Block on Monday.",
        [M(["James Whitford", "Rajesh Negi"])],
    ),
    "c4_was_called_on": (
        "Bangladesh Army chief General Nurul Haque was called on by the visiting Chinese Army commander General Liu Wenbo in Dhaka.",
        [M(["Nurul Haque", "Liu Wenbo"])],
    ),
    "c4_working_dinner": (
        "Australian Defence Minister Andrew Fletcher hosted a working dinner for his Indonesian counterpart Hendro Wibisono in Canberra.",
        [M(["Andrew Fletcher", "Hendro Wibisono"])],
    ),
    "c5_who_visiting": (
        "Saudi Foreign Minister Turki bin Fahad, who is visiting Cairo, was received by Egyptian President Hisham Fawzi el-Masry on Sunday.",
        [M(["Turki bin Fahad", "Hisham Fawzi el-Masry"])],
    ),
    "c5_met_his_counterpart_and": (
        "Uzbek Defence Minister Rustam Yuldashev met his Turkmen counterpart Begench Amanov and discussed border security.",
        [M(["Rustam Yuldashev", "Begench Amanov"])],
    ),
    "c4_held_consultations": (
        "Russian Deputy Foreign Minister Sergei Ryazanov held consultations with Iranian Deputy Foreign Minister Ali Reza Bahrami in Moscow.",
        [M(["Sergei Ryazanov", "Ali Reza Bahrami"])],
    ),
    "c4_discussed_with": (
        "Malaysian Defence Minister Ahmad Fauzi Nordin discussed maritime security with Vietnamese Defence Minister Nguyen Duc Hai in Hanoi.",
        [M(["Ahmad Fauzi Nordin", "Nguyen Duc Hai"])],
    ),
    "c4_gave_audience": (
        "Bruneian Sultan Abdul Muhtadee Rahim granted an audience to Singapore's Chief of Defence Force Vice Admiral Daniel Koh Tan at Istana Nurul Iman.",
        [M(["Abdul Muhtadee Rahim", "Daniel Koh Tan"])],
    ),
    "c4_calls_present": (
        "Indonesian Defence Minister Hendro Wibisono calls on Singapore Prime Minister Marcus Tan Wei at the Istana.",
        [M(["Hendro Wibisono", "Marcus Tan Wei"])],
    ),
    "c4_met_briefly": (
        "Ukrainian President Oleksandr Marchenko briefly met US President Daniel Harris on the margins of the G7 summit.",
        [M(["Oleksandr Marchenko", "Daniel Harris"])],
    ),
    "c4_not_wrote": (
        "Pakistani President Arif Mahmood wrote to Iranian President Masoud Karimi expressing condolences.",
        [],
    ),
    "c4_not_spoke_about": (
        "Indian Defence Minister Vivek Singh spoke about Chinese Defence Minister Gao Weiming at a press conference.",
        [],
    ),
    "c4_not_met_reporters": (
        "Chinese Defence Minister Gao Weiming met reporters in Beijing after talks with Cambodian officials.",
        [],
    ),
    # --- issue 13 round 5 (class 5): itineraries, the same pair twice, one meeting told in several sentences,
    # attendees joined to a sitting, a delegation told again
    "c5r5_called_on_three": (
        "During the visit, General Tariq Mahmood called on the President, Dr Arif Siddiqui, Prime Minister Nawaz "
        "Ahmed and Chief of Army Staff General Qadeer Niazi.",
        [
            M(["Tariq Mahmood", "Arif Siddiqui"], host="Arif Siddiqui"),
            M(["Tariq Mahmood", "Nawaz Ahmed"], host="Nawaz Ahmed"),
            M(["Tariq Mahmood", "Qadeer Niazi"], host="Qadeer Niazi"),
        ],
    ),
    "c5r5_also_met_later": (
        "Kazakh Defence Minister Ruslan Bektasov arrived in Ulaanbaatar on Tuesday. He also met Mongolian Defence "
        "Minister Gursed Byambaa. Later he held talks with Chief of General Staff Major General Tumur Ganzorig.",
        [M(["Ruslan Bektasov", "Gursed Byambaa"]), M(["Ruslan Bektasov", "Tumur Ganzorig"])],
    ),
    "c5r5_in_separate_meetings": (
        "In separate meetings with Thai Prime Minister Srettha Chanwit and Army Commander General Narongpan Jitkaew, "
        "Admiral John Aquilino discussed regional security.",
        [M(["John Aquilino", "Srettha Chanwit"]), M(["John Aquilino", "Narongpan Jitkaew"])],
    ),
    "c5r5_delegation_also_met": (
        "A Nigerian Air Force delegation led by Air Marshal Hasan Lawal visited Nairobi this week. He held talks "
        "with Kenyan Defence Forces chief General Charles Mwaura. The delegation also visited the Kenya Air Force "
        "headquarters at Moi Air Base and met Major General John Otieno.",
        [M(["Hasan Lawal", "Charles Mwaura"]), M(["Hasan Lawal", "John Otieno"])],
    ),
    "c5r5_delegation_received": (
        "A Ghanaian Navy team headed by Rear Admiral Issah Yakubu arrived in Lagos on Monday. The delegation was "
        "received by Chief of Naval Staff Vice Admiral Emmanuel Ikechukwu.",
        [M(["Issah Yakubu", "Emmanuel Ikechukwu"], host="Emmanuel Ikechukwu", date="2024-05-06", location="Lagos")],
    ),
    "c5r5_dinner_then_talks": (
        "Omani Defence Minister Sayyid Shihab hosted a luncheon for Indian Navy chief Admiral Dinesh Tripathi in "
        "Muscat on Sunday. On Monday, Shihab and Tripathi held formal talks at the ministry.",
        [
            M(["Sayyid Shihab", "Dinesh Tripathi"], host="Sayyid Shihab", date="2024-05-05", location="Muscat"),
            M(["Sayyid Shihab", "Dinesh Tripathi"], host="Sayyid Shihab", date="2024-05-06", location="Muscat"),
        ],
    ),
    "c5r5_call_then_visit": (
        "Brazilian Defence Minister Jose Mucio spoke by phone with Argentine Defence Minister Luis Petri on Monday. "
        "On Thursday, Petri travelled to Brasilia and met Mucio at the ministry.",
        [
            M(["Jose Mucio", "Luis Petri"], mode="phone", date="2024-05-06"),
            M(["Jose Mucio", "Luis Petri"], host="Jose Mucio", date="2024-05-09", location="Brasilia"),
        ],
    ),
    "c5r5_one_meeting_three_sentences": (
        "Indonesian Defence Minister Sjafrie Harjono met Malaysian Defence Minister Mohamed Khairul Azmi in "
        "Jakarta on Wednesday. During the meeting, Sjafrie and Khairul discussed border security. Khairul thanked "
        "Sjafrie for the warm reception.",
        [M(["Sjafrie Harjono", "Mohamed Khairul Azmi"], host="Sjafrie Harjono", date="2024-05-08", location="Jakarta")],
    ),
    "c5r5_one_meeting_talks_then_meeting": (
        "Egyptian Foreign Minister Samir Fawzy received his Omani counterpart Hamood Al-Rawahi in Cairo on Sunday. "
        "At the talks, Shoukry stressed Egypt's support. The meeting also covered the situation in Gaza, Albusaidi said.",
        [M(["Samir Fawzy", "Hamood Al-Rawahi"], host="Samir Fawzy", date="2024-05-05", location="Cairo")],
    ),
    "c5r5_trilateral_chiefs": (
        "The defence chiefs of Japan, the Philippines and the United States, General Yoshihide Yoshida, General Romeo "
        "Brawner and General Charles Brown, held a trilateral meeting in Honolulu on Friday.",
        [M(["Yoshihide Yoshida", "Romeo Brawner", "Charles Brown"], date="2024-05-10", location="Honolulu")],
    ),
    "c5r5_pronoun_joined_by": (
        "Vietnamese President Vo Van Thuong received Cambodian Prime Minister Hun Manet in Hanoi on Monday. He was "
        "joined by Deputy Prime Minister Tran Luu Quang.",
        [
            M(
                ["Vo Van Thuong", "Hun Manet", "Tran Luu Quang"],
                host="Vo Van Thuong",
                date="2024-05-06",
                location="Hanoi",
            )
        ],
    ),
    "c5r5_joined_at_the_meeting": (
        "ABUJA — The Chief of Defence Staff, General Christopher Eze, on Monday received the Ghanaian Chief of Defence "
        "Staff, Vice Admiral Seth Amoama, in Abuja. Eze was joined at the meeting by the Chief of Army Staff, Lt Gen "
        "Taoreed Lagbaja, and the Chief of Naval Staff, Vice Admiral Emmanuel Ogalla.",
        [
            M(
                ["Christopher Eze", "Seth Amoama", "Taoreed Lagbaja", "Emmanuel Ogalla"],
                host="Christopher Eze",
                date="2024-05-06",
                location="Abuja",
            )
        ],
    ),
    "c5r5_joined_on_the_visit": (
        "Azerbaijani Defence Minister Elchin Rustamli met Georgian Defence Minister Levan Tsiklauri in Tbilisi on "
        "Friday. Rustamli was joined on the visit by Deputy Minister Rauf Aliyarov.",
        [M(["Elchin Rustamli", "Levan Tsiklauri"], host="Levan Tsiklauri", date="2024-05-10", location="Tbilisi")],
    ),
    "c5r5_side_joined_by": (
        "President Joseph Kollie received US General Michael Dorsey at the Executive Mansion on Monday. On the "
        "Liberian side, the President was joined by Defence Minister Geraldine Morris.",
        [M(["Joseph Kollie", "Michael Dorsey", "Geraldine Morris"], host="Joseph Kollie", date="2024-05-06")],
    ),
    "c5r5_present_were": (
        "Emir Sheikh Jassim bin Saud received Turkish Defence Minister Yalin Demirci at the Amiri Diwan in Doha on "
        "Sunday. Present at the meeting were Qatari Defence Minister Khalid Al Marri and Chief of Staff Salem Al Nabit.",
        [
            M(
                ["Jassim bin Saud", "Yalin Demirci", "Khalid Al Marri", "Salem Al Nabit"],
                host="Jassim bin Saud",
                date="2024-05-05",
                location="Doha",
            )
        ],
    ),
    "c5r5_first_then": (
        "Thai Foreign Minister Parnpree Bahiddha met Lao Prime Minister Sonexay Siphandone first, then Deputy Prime "
        "Minister Saleumxay Kommasith.",
        [M(["Parnpree Bahiddha", "Sonexay Siphandone"]), M(["Parnpree Bahiddha", "Saleumxay Kommasith"])],
    ),
    "c5r5_and_later": (
        "Egyptian Foreign Minister Sameh Hassan met Sudanese army chief Abdel Fattouh Burhan in Port Sudan and later "
        "Sudanese Prime Minister Kamil Idris.",
        [
            M(["Sameh Hassan", "Abdel Fattouh Burhan"], host="Abdel Fattouh Burhan", location="Port Sudan"),
            M(["Sameh Hassan", "Kamil Idris"], host="Kamil Idris", location="Port Sudan"),
        ],
    ),
    "c5r5_then_one_sitting": (
        "Then Tanzanian Defence Minister Stergomena Tax met Mozambican Defence Minister Cristovao Mabote and Malawian "
        "Defence Minister Harry Mkandawire in Dodoma for trilateral talks.",
        [M(["Stergomena Tax", "Cristovao Mabote", "Harry Mkandawire"], host="Stergomena Tax", location="Dodoma")],
    ),
    "c5r5_courtesy_calls": (
        "Malaysian Armed Forces chief General Mohd Nizam paid courtesy calls on Brunei Defence Minister Halim Yussof "
        "and Commander of the Royal Brunei Armed Forces Major General Haszaimi Bol Hassan.",
        [
            M(["Mohd Nizam", "Halim Yussof"], host="Halim Yussof"),
            M(["Mohd Nizam", "Haszaimi Bol Hassan"], host="Haszaimi Bol Hassan"),
        ],
    ),
    "c5r5_separately_met_with": (
        "Chinese Foreign Minister Wang Yi separately met with Brazilian Foreign Minister Mauro Vieira and South "
        "African Foreign Minister Naledi Pandor in Rio de Janeiro on Thursday.",
        [
            M(["Wang Yi", "Mauro Vieira"], host="Mauro Vieira", date="2024-05-09", location="Rio de Janeiro"),
            M(["Wang Yi", "Naledi Pandor"], date="2024-05-09", location="Rio de Janeiro"),
        ],
    ),
    "c5r5_semicolon_days": (
        "On Monday Pakistani Navy chief Admiral Naveed Ashraf met Turkish Naval Forces Commander Admiral Ercument "
        "Kaplan; on Tuesday he met Turkish Chief of General Staff General Metin Soylu.",
        [
            M(["Naveed Ashraf", "Ercument Kaplan"], date="2024-05-06"),
            M(["Naveed Ashraf", "Metin Soylu"], date="2024-05-07"),
        ],
    ),
    "c5r5_one_sitting_three": (
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh "
        "Mohamud at State House in Nairobi on Saturday.",
        [
            M(
                ["William Ruto", "Abiy Ahmed", "Hassan Sheikh Mohamud"],
                host="William Ruto",
                date="2024-05-04",
                location="Nairobi",
            )
        ],
    ),
    "c5r5_took_part_in_talks": (
        "Mongolian Defence Minister Gursed Batbold held talks with Kazakh Defence Minister Ruslan Abenov in Astana "
        "on Monday. Kazakh Chief of General Staff Sultan Ospanov also took part in the talks.",
        [
            M(
                ["Gursed Batbold", "Ruslan Abenov", "Sultan Ospanov"],
                host="Ruslan Abenov",
                date="2024-05-06",
                location="Astana",
            )
        ],
    ),
    "c5r5_first_name_afternoon": (
        "JAKARTA (Antara) - Indonesian Defence Minister Sutrisno Wiratmaja received a courtesy visit from Australian "
        "Ambassador Penny Harland at the ministry on Tuesday.\n\nIn the afternoon, Sutrisno met Japanese Ambassador "
        "Kenta Morishima to discuss maritime cooperation.",
        [
            M(
                ["Sutrisno Wiratmaja", "Penny Harland"],
                host="Sutrisno Wiratmaja",
                date="2024-05-07",
                location="Jakarta",
            ),
            M(
                ["Sutrisno Wiratmaja", "Kenta Morishima"],
                host="Sutrisno Wiratmaja",
                date="2024-05-07",
                location="Jakarta",
            ),
        ],
    ),
    "c5r5_separately_on_object": (
        "Lt Gen Faiz Rahim met the Army Chief, Gen Wahid Zaman, on Sunday. On Monday, he met the Navy Chief, Admiral "
        "Nazrul Karim, and the Air Chief, Air Marshal Tanvir Mahbub, separately.",
        [
            M(["Faiz Rahim", "Wahid Zaman"], date="2024-05-05"),
            M(["Faiz Rahim", "Nazrul Karim"], date="2024-05-06"),
            M(["Faiz Rahim", "Tanvir Mahbub"], date="2024-05-06"),
        ],
    ),
    "c5r5_in_separate_meetings_after": (
        "General Akin Oyelowo met the Chief of Army Staff, General Tunde Adebayo, and the Chief of Air Staff, Air "
        "Marshal Sani Garba, in Abuja on Tuesday, in separate meetings.",
        [
            M(["Akin Oyelowo", "Tunde Adebayo"], date="2024-05-07", location="Abuja"),
            M(["Akin Oyelowo", "Sani Garba"], date="2024-05-07", location="Abuja"),
        ],
    ),
    "c5r5_dateline_call_ons": (
        "ISLAMABAD: Chinese General Zhang Liwei arrived in Islamabad on Monday on a three-day official visit.\n\n"
        "During his stay, the general met President Arif Hamdani, Prime Minister Shaukat Latif and Chief of Army "
        "Staff General Azhar Muneeb in separate meetings.\n\nMatters of mutual interest were discussed, the military said.",
        [
            M(["Zhang Liwei", "Arif Hamdani"], host="Arif Hamdani", location="Islamabad"),
            M(["Zhang Liwei", "Shaukat Latif"], host="Shaukat Latif", location="Islamabad"),
            M(["Zhang Liwei", "Azhar Muneeb"], host="Azhar Muneeb", location="Islamabad"),
        ],
    ),
    "c5r5_trilateral_then_bilateral": (
        "U.S. Secretary of State Mark Rudman held a trilateral meeting with Japanese Foreign Minister Takeshi Iwamura "
        "and South Korean Foreign Minister Cho Jin-woo in Brussels on Thursday. Rudman also met bilaterally with Iwamura.",
        [
            M(["Mark Rudman", "Takeshi Iwamura", "Cho Jin-woo"], date="2024-05-09", location="Brussels"),
            M(["Mark Rudman", "Takeshi Iwamura"], date="2024-05-09", location="Brussels"),
        ],
    ),
    "c5r5_met_with_him": (
        "BEIJING (Xinhua) -- Chinese President Xu Ming met with visiting Pakistani Prime Minister Shahid Rana at the "
        "Great Hall of the People on Thursday. Premier Li Qingshan also held talks with Rana on Thursday, and top "
        "legislator Zhao Lei met with him on Friday.",
        [
            M(["Xu Ming", "Shahid Rana"], host="Xu Ming", date="2024-05-09", location="Beijing"),
            M(["Li Qingshan", "Shahid Rana"], host="Li Qingshan", date="2024-05-09", location="Beijing"),
            M(["Zhao Lei", "Shahid Rana"], host="Zhao Lei", date="2024-05-10", location="Beijing"),
        ],
    ),
    "c5r5_who_also_met": (
        "General Charles Bromley, who also met Polish Chief of General Staff General Wiktor Nowacki, said the alliance "
        "was united after his talks with Lithuanian defence chief General Ramunas Valaitis in Vilnius on Tuesday.",
        [
            M(["Charles Bromley", "Wiktor Nowacki"]),
            M(["Charles Bromley", "Ramunas Valaitis"], date="2024-05-07", location="Vilnius"),
        ],
    ),
    "c5r5_surname_separate_meetings": (
        "Vietnamese Defence Minister Truong Van Duong on Tuesday received Lao Defence Minister Khamphao Vongsay in Hanoi. "
        "The same day, Duong also received Cambodian Defence Minister Tea Sokha and Thai Defence Minister Somsak "
        "Rattanapong in separate meetings.",
        [
            M(["Truong Van Duong", "Khamphao Vongsay"], host="Truong Van Duong", date="2024-05-07", location="Hanoi"),
            M(["Truong Van Duong", "Tea Sokha"], host="Truong Van Duong", date="2024-05-07", location="Hanoi"),
            M(["Truong Van Duong", "Somsak Rattanapong"], host="Truong Van Duong", date="2024-05-07", location="Hanoi"),
        ],
    ),
    "c5r5_they_had_met": (
        "Indian External Affairs Minister Sudhir Raghavan met Chinese Foreign Minister Wang Jiechen in Vientiane on "
        "Thursday. This was their second meeting this month; they had met in Astana on May 4.",
        [
            M(["Sudhir Raghavan", "Wang Jiechen"], date="2024-05-09", location="Vientiane"),
            M(["Sudhir Raghavan", "Wang Jiechen"], date="2024-05-04", location="Astana"),
        ],
    ),
    "c5r5_phone_then_in_person": (
        "Turkish President Levent Arslan spoke by phone with Azerbaijani President Elnur Aghayev on Monday. The two "
        "leaders met in person in Ankara on Thursday.",
        [
            M(["Levent Arslan", "Elnur Aghayev"], mode="phone", date="2024-05-06"),
            M(["Levent Arslan", "Elnur Aghayev"], host="Levent Arslan", date="2024-05-09", location="Ankara"),
        ],
    ),
    "c5r5_one_meeting_four_sentences": (
        "Pakistani Army chief General Tariq Aziz met Saudi Crown Prince Faisal bin Nawaf in Riyadh on Sunday. The crown "
        "prince welcomed the general. During the meeting, the two discussed defence cooperation. Aziz thanked the "
        "crown prince for his support.",
        [M(["Tariq Aziz", "Faisal bin Nawaf"], host="Faisal bin Nawaf", date="2024-05-05", location="Riyadh")],
    ),
    "c5r5_received_courtesy_calls": (
        "Prime Minister Azman Harun received courtesy calls from Singapore Foreign Minister Daniel Teo and Brunei "
        "Foreign Minister Pengiran Hamzah at Seri Perdana in Putrajaya on Thursday.",
        [
            M(["Azman Harun", "Daniel Teo"], host="Azman Harun", date="2024-05-09", location="Putrajaya"),
            M(["Azman Harun", "Pengiran Hamzah"], host="Azman Harun", date="2024-05-09", location="Putrajaya"),
        ],
    ),
    "c5r5_he_also_received": (
        "Sultan Tariq bin Faisal received Iranian Foreign Minister Majid Rostami in Muscat on Sunday. He also received "
        "US envoy Paul Whitaker on Monday at Al Alam Palace.",
        [
            M(["Tariq bin Faisal", "Majid Rostami"], host="Tariq bin Faisal", date="2024-05-05", location="Muscat"),
            M(["Tariq bin Faisal", "Paul Whitaker"], host="Tariq bin Faisal", date="2024-05-06", location="Muscat"),
        ],
    ),
}

root = Path(__file__).parent
sys.path.insert(0, str(root))
from precision_docs import precision_docs  # noqa: E402

DOCS.update(precision_docs(M))
from participant_docs import participant_docs  # noqa: E402

DOCS.update(participant_docs(M))
from r6_cues_docs import r6_cues_docs  # noqa: E402

DOCS.update(r6_cues_docs(M))
from r6_names_docs import r6_names_docs  # noqa: E402

DOCS.update(r6_names_docs(M))
from r6_parties_docs import r6_parties_docs  # noqa: E402

DOCS.update(r6_parties_docs(M))
from r7_resolve_docs import r7_resolve_docs  # noqa: E402

DOCS.update(r7_resolve_docs(M))
write_probe(root, ({"doc_id": d, "text": H + text, "meetings": m} for d, (text, m) in DOCS.items()))
