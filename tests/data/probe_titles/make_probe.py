"""Writes the invented probe articles for titles and organisations (issue 13, classes 7 and 8) into texts/
and gold.jsonl.

Every name and sentence here is invented. Unlike probe_meetings, each article's persons (with their titles)
and organisations are annotated in full, so the titles and organizations scores of this set are meaningful.
Run: python tests/data/probe_titles/make_probe.py; then
`python -m pipeline run --input tests/data/probe_titles/texts --output OUT --quiet` and
`python -m pipeline.analyst.evaluate tests/data/probe_titles OUT --per-doc`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from probe_gold import header, meeting, write_probe  # noqa: E402

H = header()


def P(name, *titles, rank=None, country=None, aliases=()):
    return {"name": name, "aliases": list(aliases), "rank": rank, "titles": list(titles), "country": country}


def Org(name, *aliases, kind="ministry", country=None):
    return {"name": name, "aliases": list(aliases), "kind": kind, "country": country}


M = meeting


DOCS = {
    # --- class 7: titles in real shapes
    "t_dash_titles": (
        "First Deputy Minister of Defence - Chief of the General Staff of the Armed Forces of Kazakhstan "
        "Major General Daulet Nurlanov met with the Chief of the General Staff of the Mongolian Armed Forces "
        "Lieutenant General Bat-Ochir Ganbold in Astana on Tuesday.",
        [
            P(
                "Daulet Nurlanov",
                "First Deputy Minister of Defence",
                "Chief of the General Staff of the Armed Forces of Kazakhstan",
                rank="Major General",
                country="Kazakhstan",
            ),
            P(
                "Bat-Ochir Ganbold",
                "Chief of the General Staff of the Mongolian Armed Forces",
                rank="Lieutenant General",
                country="Mongolia",
            ),
        ],
        [
            Org("General Staff of the Armed Forces of Kazakhstan", kind="military", country="Kazakhstan"),
            Org("General Staff of the Mongolian Armed Forces", kind="military", country="Mongolia"),
        ],
        [M(["Daulet Nurlanov", "Bat-Ochir Ganbold"], date="2024-05-07", location="Astana", host="Daulet Nurlanov")],
    ),
    "t_after_name": (
        "Chukwuma Eze, Minister of Defence of Nigeria, received Amadou Diallo, Minister of the Armed Forces "
        "of Senegal, in Abuja on Monday. The two ministers discussed security in the Sahel.",
        [
            P("Chukwuma Eze", "Minister of Defence", country="Nigeria"),
            P("Amadou Diallo", "Minister of the Armed Forces", country="Senegal"),
        ],
        [Org("Armed Forces of Senegal", kind="military", country="Senegal")],
        [M(["Chukwuma Eze", "Amadou Diallo"], date="2024-05-06", location="Abuja", host="Chukwuma Eze")],
    ),
    "t_naval": (
        "Chief of Naval Staff Admiral Faisal Rahman called on Commander of the Eastern Fleet Vice Admiral "
        "Arvind Menon at Visakhapatnam on Wednesday. The Defence Attaché of Bangladesh, Captain Shamsul Huda, "
        "was also present.",
        [
            P("Faisal Rahman", "Chief of Naval Staff", rank="Admiral"),
            P("Arvind Menon", "Commander of the Eastern Fleet", rank="Vice Admiral"),
            P("Shamsul Huda", "Defence Attaché", rank="Captain", country="Bangladesh"),
        ],
        [],
        [M(["Faisal Rahman", "Arvind Menon", "Shamsul Huda"], date="2024-05-08", location="Visakhapatnam")],
    ),
    "t_secgen": (
        "NATO Secretary-General Lars Eklund met Thai Defence Minister Somsak Charoenwong in Brussels on Thursday. "
        "Permanent Secretary of the Ministry of Defence Dr. Mwangi Kariuki and Director General of the Defence "
        "Industry Agency Hakan Ozturk attended the talks.",
        [
            P("Lars Eklund", "Secretary-General"),
            P("Somsak Charoenwong", "Defence Minister", country="Thailand"),
            P("Mwangi Kariuki", "Permanent Secretary of the Ministry of Defence"),
            P("Hakan Ozturk", "Director General of the Defence Industry Agency"),
        ],
        [
            Org("NATO", kind="international"),
            Org("Ministry of Defence"),
            Org("Defence Industry Agency", kind="government"),
        ],
        [
            M(
                ["Lars Eklund", "Somsak Charoenwong", "Mwangi Kariuki", "Hakan Ozturk"],
                date="2024-05-09",
                location="Brussels",
                host="Lars Eklund",
            )
        ],
    ),
    "t_abbrev": (
        "COAS General Tariq Mehmood and CJCSC General Sajid Hameed met CDF General Kamal Perera in Rawalpindi "
        "on Friday. CNS Admiral Naveed Iqbal and CAS Air Chief Marshal Zubair Khan joined them later.",
        [
            P("Tariq Mehmood", "Chief of Army Staff", rank="General"),
            P("Sajid Hameed", "Chairman Joint Chiefs of Staff Committee", rank="General"),
            P("Kamal Perera", "Chief of Defence Forces", rank="General"),
            P("Naveed Iqbal", "Chief of Naval Staff", rank="Admiral"),
            P("Zubair Khan", "Chief of Air Staff", rank="Air Chief Marshal"),
        ],
        [],
        [
            M(
                ["Tariq Mehmood", "Sajid Hameed", "Kamal Perera"],
                date="2024-05-10",
                location="Rawalpindi",
                host="Tariq Mehmood",
            )
        ],
    ),
    "t_royals": (
        "Crown Prince Sheikh Khalid bin Rashid Al Nuaimi received King Haakon Sorensen at the palace on Sunday. "
        "Emir of Qatar Sheikh Faisal bin Hamad Al Thani and Prime Minister Yusuf Al-Mansour attended.",
        [
            P("Khalid bin Rashid Al Nuaimi", "Crown Prince"),
            P("Haakon Sorensen", "King"),
            P("Faisal bin Hamad Al Thani", "Emir", country="Qatar"),
            P("Yusuf Al-Mansour", "Prime Minister"),
        ],
        [],
        [
            M(
                ["Khalid bin Rashid Al Nuaimi", "Haakon Sorensen", "Faisal bin Hamad Al Thani", "Yusuf Al-Mansour"],
                date="2024-05-05",
                host="Khalid bin Rashid Al Nuaimi",
            )
        ],
    ),
    "t_plural_adjective": (
        "Thai Defence Minister Somsak Charoenwong and Vietnamese Defence Minister Truong Van Minh met in Hanoi "
        "on Monday. The defence ministers of the two countries signed a memorandum on training. "
        "Malaysian Prime Minister Ahmad Zulkifli welcomed the accord.",
        [
            P("Somsak Charoenwong", "Defence Minister", country="Thailand"),
            P("Truong Van Minh", "Defence Minister", country="Vietnam"),
            P("Ahmad Zulkifli", "Prime Minister", country="Malaysia"),
        ],
        [],
        [M(["Somsak Charoenwong", "Truong Van Minh"], date="2024-05-06", location="Hanoi", host="Truong Van Minh")],
    ),
    "t_no_verb": (
        "The Minister of Defence met Kenyan Chief of Defence Forces General Peter Omondi on Tuesday. "
        "Egyptian Minister of Defence General Mahmoud Fathy met the Ambassador of Brazil Carlos Mendes in Cairo "
        "on Wednesday.",
        [
            P("Peter Omondi", "Chief of Defence Forces", rank="General", country="Kenya"),
            P("Mahmoud Fathy", "Minister of Defence", rank="General", country="Egypt"),
            P("Carlos Mendes", "Ambassador", country="Brazil"),
        ],
        [Org("Kenya Defence Forces", "Kenyan Defence Forces", kind="military", country="Kenya")],
        [M(["Mahmoud Fathy", "Carlos Mendes"], date="2024-05-08", location="Cairo", host="Mahmoud Fathy")],
    ),
    "t_comma_titles": (
        "Rear Admiral Hendra Saputra, Commander of the Indonesian Navy's Western Fleet, met Captain Nguyen Duc "
        "Long, Deputy Commander of the Vietnam People's Navy Region 2, in Batam on Saturday.",
        [
            P("Hendra Saputra", "Commander of the Indonesian Navy's Western Fleet", rank="Rear Admiral"),
            P("Nguyen Duc Long", "Deputy Commander of the Vietnam People's Navy Region 2", rank="Captain"),
        ],
        [
            Org("Indonesian Navy", kind="military", country="Indonesia"),
            Org("Western Fleet", kind="military", country="Indonesia"),
            Org("Vietnam People's Navy", kind="military", country="Vietnam"),
        ],
        [M(["Hendra Saputra", "Nguyen Duc Long"], date="2024-05-04", location="Batam")],
    ),
    "t_post_list": (
        "King Rashid bin Omar Al-Hamdan received Oman's Crown Prince, Deputy Supreme Commander of the Omani Armed "
        "Forces and First Deputy Prime Minister Prince Talal bin Saeed at the palace in Manama on Wednesday.",
        [
            P("Rashid bin Omar Al-Hamdan", "King"),
            P(
                "Talal bin Saeed",
                "Crown Prince",
                "Deputy Supreme Commander of the Omani Armed Forces",
                "First Deputy Prime Minister",
                country="Oman",
            ),
        ],
        [Org("Omani Armed Forces", kind="military", country="Oman")],
        [
            M(
                ["Rashid bin Omar Al-Hamdan", "Talal bin Saeed"],
                date="2024-05-08",
                location="Manama",
                host="Rashid bin Omar Al-Hamdan",
            )
        ],
    ),
    "t_chain_after_met": (
        "Indonesia's Defence Minister Budi Wirawan met Australia's Deputy Prime Minister and Defence Minister "
        "Richard Hale in Canberra on Monday. Minister Wirawan thanked Minister Hale for the invitation.",
        [
            P("Budi Wirawan", "Defence Minister", country="Indonesia"),
            P("Richard Hale", "Deputy Prime Minister", "Defence Minister", country="Australia"),
        ],
        [],
        [M(["Budi Wirawan", "Richard Hale"], date="2024-05-06", location="Canberra", host="Richard Hale")],
    ),
    "t_commander_general": (
        "Brazilian Army Commander General Tomas Paiva met Nepal Army Chief General Ashok Thapaliya in Brasilia on "
        "Tuesday.",
        [
            P("Tomas Paiva", "Army Commander", rank="General", country="Brazil"),
            P("Ashok Thapaliya", "Army Chief", rank="General", country="Nepal"),
        ],
        [
            Org("Brazilian Army", kind="military", country="Brazil"),
            Org("Nepal Army", "Nepali Army", kind="military", country="Nepal"),
        ],
        [M(["Tomas Paiva", "Ashok Thapaliya"], date="2024-05-07", location="Brasilia", host="Tomas Paiva")],
    ),
    # --- class 8: organisations
    "o_agencies": (
        "Indonesian Defence Minister Budi Santoso met Malaysian Defence Minister Azman Hashim in Kuala Lumpur on "
        "Monday, the state news agency Bernama reported. According to Xinhua, the Chinese side welcomed the talks, "
        "Anadolu Agency and Reuters also reported. Press Trust of India (PTI) said India was informed.",
        [
            P("Budi Santoso", "Defence Minister", country="Indonesia"),
            P("Azman Hashim", "Defence Minister", country="Malaysia"),
        ],
        [],
        [M(["Budi Santoso", "Azman Hashim"], date="2024-05-06", location="Kuala Lumpur", host="Azman Hashim")],
    ),
    "o_bracket_alias": (
        "The Ministry of National Defence (MND) said Defence Minister Tran Quoc Bao met the Commander of the "
        "Royal Thai Navy Admiral Chatchai Srisuk in Hanoi on Tuesday. The MND added that the Nigerian Army and "
        "the PLA Navy would join a seminar hosted by the National Defence University (NDU).",
        [
            P("Tran Quoc Bao", "Defence Minister"),
            P("Chatchai Srisuk", "Commander of the Royal Thai Navy", rank="Admiral"),
        ],
        [
            Org("Ministry of National Defence", "MND"),
            Org("Royal Thai Navy", kind="military", country="Thailand"),
            Org("Nigerian Army", kind="military", country="Nigeria"),
            Org("PLA Navy", kind="military", country="China"),
            Org("National Defence University", "NDU", kind="military"),
        ],
        [M(["Tran Quoc Bao", "Chatchai Srisuk"], date="2024-05-07", location="Hanoi", host="Tran Quoc Bao")],
    ),
    "o_ministries": (
        "Kenyan Defence Cabinet Secretary Esther Wanjiru met U.S. Ambassador Robert Hale in Nairobi on Thursday, "
        "the Defence Ministry said. A Department of Defense team and officials of the Ministry of Foreign Affairs "
        "joined the talks on support for the African Union (AU) mission. The MoD said ECOWAS, ASEAN, the SCO "
        "and the CSTO had been briefed.",
        [
            P("Esther Wanjiru", "Defence Cabinet Secretary", country="Kenya"),
            P("Robert Hale", "Ambassador", country="United States"),
        ],
        [
            Org("Ministry of Defence", "Defence Ministry", "MoD", country="Kenya"),
            Org("Department of Defense", country="United States"),
            Org("Ministry of Foreign Affairs"),
            Org("African Union", "AU", kind="international"),
            Org("Economic Community of West African States", "ECOWAS", kind="international"),
            Org("ASEAN", kind="international"),
            Org("Shanghai Cooperation Organisation", "SCO", kind="international"),
            Org("Collective Security Treaty Organization", "CSTO", kind="international"),
        ],
        [M(["Esther Wanjiru", "Robert Hale"], date="2024-05-09", location="Nairobi", host="Esther Wanjiru")],
    ),
    "o_no_fragments": (
        "Army Chief Meets Saudi Delegation | Defence News | Home Politics Business\n\n"
        "Chief of the Army Staff General Imran Qureshi met Saudi Lieutenant General Fahd Al-Harbi at the General "
        "Headquarters on Monday. Director General Public Relations Major General Asif Nawaz said the two discussed "
        "training.",
        [
            P("Imran Qureshi", "Chief of the Army Staff", rank="General"),
            P("Fahd Al-Harbi", rank="Lieutenant General", country="Saudi Arabia"),
            P("Asif Nawaz", "Director General Public Relations", rank="Major General"),
        ],
        [],
        [M(["Imran Qureshi", "Fahd Al-Harbi"], date="2024-05-06", host="Imran Qureshi")],
    ),
    "o_outlets_and_services": (
        "Royal Thai Navy commander Admiral Chatchai Srisuk met Royal Malaysian Navy chief Admiral Zulhelmy Ithnain "
        "in Bangkok on Monday, the Kenya News Agency (KNA) and the Harbour Post reported. KNA added that the ECOWAS "
        "Commission was briefed.",
        [
            P("Chatchai Srisuk", "Royal Thai Navy commander", rank="Admiral", country="Thailand"),
            P("Zulhelmy Ithnain", "Royal Malaysian Navy chief", rank="Admiral", country="Malaysia"),
        ],
        [
            Org("Royal Thai Navy", kind="military", country="Thailand"),
            Org("Royal Malaysian Navy", kind="military", country="Malaysia"),
            Org("ECOWAS Commission", kind="international"),
        ],
        [M(["Chatchai Srisuk", "Zulhelmy Ithnain"], date="2024-05-06", location="Bangkok", host="Chatchai Srisuk")],
    ),
}

write_probe(
    Path(__file__).parent,
    (
        {"doc_id": d, "text": H + text, "persons": p, "organizations": o, "meetings": m}
        for d, (text, p, o, m) in DOCS.items()
    ),
)
