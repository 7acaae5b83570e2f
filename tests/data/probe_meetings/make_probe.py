"""Writes the invented probe articles for meeting recall (issue 13, classes 3-5) into texts/ and gold.jsonl.

Every name and sentence here is invented. Run: python tests/data/probe_meetings/make_probe.py; then
`python -m pipeline run --input tests/data/probe_meetings/texts --output OUT --quiet` and
`python -m pipeline.analyst.evaluate tests/data/probe_meetings OUT --per-doc`."""

import json
import sys
from pathlib import Path

H = " date 2024-05-10 By Probe Wire\n\n"


def M(parts, **kw):
    return {
        "participants": parts,
        "host": kw.get("host"),
        "date": kw.get("date"),
        "location": kw.get("location"),
        "mode": kw.get("mode", "in_person"),
        "status": kw.get("status", "occurred"),
        "topics": [],
    }


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
        "Malaysian Defence Minister Khalid Nordin had lunch with Singapore Defence Minister Lim Boon Heng in "
        "Singapore on Saturday.",
        [M(["Khalid Nordin", "Lim Boon Heng"])],
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
        "Qatari Emir Sheikh Tamim Al Thani received a phone call from French President Louis Garnier on Sunday.",
        [M(["Tamim Al Thani", "Louis Garnier"], mode="phone")],
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
        "President Recep Durmaz sent a message to Emir Tamim Al Thani.\n\n"
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
        "On the second day of his visit, Admiral Saif Al Harbi called on President Arif Alvi and "
        "Prime Minister Shahbaz Malik.",
        [M(["Saif Al Harbi", "Arif Alvi"]), M(["Saif Al Harbi", "Shahbaz Malik"])],
    ),
    "c5_delegation_headed_talks": (
        "The Vietnamese delegation, headed by Deputy Defence Minister Hoang Xuan Chien, held "
        "talks with Indian Defence Secretary Anil Rao in New Delhi on Monday.",
        [M(["Hoang Xuan Chien", "Anil Rao"])],
    ),
    "c5_accompanied": (
        "Defence Minister Khalid Nordin, accompanied by Army chief General Hafiz Suhaimi, met Thai Defence "
        "Minister Sutin Klung in Bangkok on Tuesday.",
        [M(["Khalid Nordin", "Sutin Klung"])],
    ),
    "c5_also_present_were": (
        "Pakistani Army chief General Asim Raza received Chinese General Liu Zhenli at GHQ on "
        "Monday. Also present at the meeting were Lieutenant General Sahir Qadri and Major General Faisal Naseer.",
        [M(["Asim Raza", "Liu Zhenli", "Sahir Qadri", "Faisal Naseer"], host="Asim Raza")],
    ),
    "c5_then_travelled": (
        "Indian Foreign Minister Vikram Joshi arrived in Riyadh, where he met Crown Prince Faisal Al "
        "Harbi, and then travelled to Doha for talks with Emir Tamim Al Thani.",
        [M(["Vikram Joshi", "Faisal Al Harbi"]), M(["Vikram Joshi", "Tamim Al Thani"])],
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
        "Rajnath Mehra, Richard Hale discuss defence ties\n\nThe ministers spoke on the phone on "
        "Monday, the ministry said.",
        [M(["Rajnath Mehra", "Richard Hale"], mode="phone")],
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
        "Vietnamese Defence Minister Phan Van Tam began an official visit to India on Monday.\n\n"
        "He held talks with Defence Minister Rajan Mehra in New Delhi. He later called on President Droupadi Rao.\n\n"
        "On Tuesday, the minister met National Security Adviser Ajit Kumar.",
        [M(["Phan Van Tam", "Rajan Mehra"]), M(["Phan Van Tam", "Droupadi Rao"]), M(["Phan Van Tam", "Ajit Kumar"])],
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
        "Russian General Alexander Lapin, was chaired by Defence Minister Suren Avetyan.",
        [M(["Edward Asryan", "Alexander Lapin", "Suren Avetyan"])],
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
        "Staff Admiral Pierre Vandier.",
        [M(["Budi Prakoso", "Claire Morel"]), M(["Budi Prakoso", "Pierre Vandier"])],
    ),
    "c5_multilateral": (
        "The defence ministers of Kazakhstan, Kyrgyzstan and Tajikistan, Ruslan Zhaksybekov, Baktybek "
        "Bekbolotov and Emomali Sherali, met in Astana on Friday.",
        [M(["Ruslan Zhaksybekov", "Baktybek Bekbolotov", "Emomali Sherali"])],
    ),
    "c5_cochaired": (
        "Indian Defence Secretary Anil Rao and Australian Defence Secretary Greg Moriarty co-chaired the "
        "Defence Policy Talks in New Delhi on Wednesday.",
        [M(["Anil Rao", "Greg Moriarty"])],
    ),
    "c5_meetings_with_each": (
        "During the visit, General Shafiqul Alam held meetings with Sri Lankan Defence Minister "
        "Pramitha Tennakoon and Chief of Defence Staff General Shavendra Perera.",
        [M(["Shafiqul Alam", "Pramitha Tennakoon"]), M(["Shafiqul Alam", "Shavendra Perera"])],
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
}

root = Path(__file__).parent
sys.path.insert(0, str(root))
from precision_docs import precision_docs  # noqa: E402

DOCS.update(precision_docs(M))
(root / "texts").mkdir(exist_ok=True)
with open(root / "gold.jsonl", "w") as out:
    for doc_id, (text, meetings) in DOCS.items():
        (root / "texts" / f"{doc_id}.txt").write_text(H + text + "\n")
        out.write(
            json.dumps(
                {
                    "doc_id": doc_id,
                    "published": "2024-05-10",
                    "persons": [],
                    "organizations": [],
                    "exercises": [],
                    "meetings": meetings,
                    "boilerplate_paragraphs": [],
                }
            )
            + "\n"
        )
