"""Third batch of the crawl probe (tests/data/probe_crawl/make_probe.py): the country of persons where no demonym
stands before the name (issue 13, class 11): ambassadors of one country to another, defence attaches, armed
forces and their acronyms, "of the Royal ... Navy" after the name, a visitor in the host's city, possessive
countries. Every name is invented."""


def country_docs(P, M):
    return {
        "cr3_ambassador_of_to": (
            "2024-05-08",
            "May 8, 2024\n\n"
            "Mongolian Defence Minister Munkhjin Dashdorj received the Ambassador of Japan to Mongolia Kenji "
            "Hayashida and the Ambassador of India to Mongolia Suresh Pillai in Ulaanbaatar on Tuesday.\n\n"
            "The minister thanked both envoys for their support of peacekeeping training.",
            [P("Munkhjin Dashdorj", "Mongolia"), P("Kenji Hayashida", "Japan"), P("Suresh Pillai", "India")],
            [
                M(
                    ["Munkhjin Dashdorj", "Kenji Hayashida", "Suresh Pillai"],
                    host="Munkhjin Dashdorj",
                    date="2024-05-07",
                    location="Ulaanbaatar",
                )
            ],
        ),
        "cr3_possessive_ambassador": (
            "2024-05-15",
            "May 15, 2024\n\n"
            "Nepal's ambassador to India, Shankar Prasad Koirala, called on Indian Army chief General Vikram Sethi in "
            "New Delhi on Tuesday.\n\n"
            "They discussed the recruitment of Gorkha soldiers.",
            [P("Shankar Prasad Koirala", "Nepal"), P("Vikram Sethi", "India")],
            [
                M(
                    ["Shankar Prasad Koirala", "Vikram Sethi"],
                    host="Vikram Sethi",
                    date="2024-05-14",
                    location="New Delhi",
                )
            ],
        ),
        "cr3_attache_in_city": (
            "2024-06-12",
            "June 12, 2024\n\n"
            "BAKU: Azerbaijani Defence Minister Colonel General Elnur Rustamov received the Defence Attache of "
            "Turkey in Baku, Colonel Murat Celik, on Tuesday.\n\n"
            "They discussed joint exercises planned for the autumn.",
            [P("Elnur Rustamov", "Azerbaijan"), P("Murat Celik", "Turkey")],
            [M(["Elnur Rustamov", "Murat Celik"], host="Elnur Rustamov", date="2024-06-11", location="Baku")],
        ),
        "cr3_force_acronyms": (
            "2024-07-17",
            "July 17, 2024\n\n"
            "KDF commander General Jeremiah Kiprop met UPDF chief General Okello Mugisha at the border town of "
            "Busia on Tuesday.\n\n"
            "The two commanders agreed to share intelligence on cattle rustlers.",
            [P("Jeremiah Kiprop", "Kenya"), P("Okello Mugisha", "Uganda")],
            [M(["Jeremiah Kiprop", "Okello Mugisha"], date="2024-07-16", location="Busia")],
        ),
        "cr3_of_the_navy_after_name": (
            "2024-08-21",
            "August 21, 2024\n\n"
            "Admiral Somchai Wongsa of the Royal Thai Navy met Vice Admiral Toribio Salazar of the Philippine Navy in "
            "Bangkok on Tuesday.\n\n"
            "The two admirals discussed search and rescue at sea.",
            [P("Somchai Wongsa", "Thailand"), P("Toribio Salazar", "Philippines")],
            [
                M(
                    ["Somchai Wongsa", "Toribio Salazar"],
                    host="Somchai Wongsa",
                    date="2024-08-20",
                    location="Bangkok",
                )
            ],
        ),
        "cr3_visitor_in_host_city": (
            "2024-09-18",
            "September 18, 2024\n\n"
            "General Asif Rahman, Pakistan's Chief of Army Staff, who is on an official visit to Riyadh, met Saudi "
            "Chief of General Staff General Fahd bin Saleh Al-Mutairi on Tuesday.\n\n"
            "Rahman also visited the Saudi Land Forces headquarters.",
            [P("Asif Rahman", "Pakistan"), P("Fahd bin Saleh Al-Mutairi", "Saudi Arabia")],
            [
                M(
                    ["Asif Rahman", "Fahd bin Saleh Al-Mutairi"],
                    host="Fahd bin Saleh Al-Mutairi",
                    date="2024-09-17",
                    location="Riyadh",
                )
            ],
        ),
        "cr3_pla_idf_bodies": (
            "2024-10-16",
            "October 16, 2024\n\n"
            "PLA Navy commander Admiral Hu Zhenyu met Pakistan Navy chief Admiral Javed Iqbal Khattak in Beijing on "
            "Tuesday.\n\n"
            "The two commanders discussed joint patrols in the Arabian Sea.",
            [P("Hu Zhenyu", "China"), P("Javed Iqbal Khattak", "Pakistan")],
            [M(["Hu Zhenyu", "Javed Iqbal Khattak"], host="Hu Zhenyu", date="2024-10-15", location="Beijing")],
        ),
        "cr3_country_after_post": (
            "2024-11-20",
            "November 20, 2024\n\n"
            "The Chief of Defence Staff of Ghana, Lieutenant General Kwabena Owusu-Ansah, held talks with the Chief "
            "of Defence Staff of Sierra Leone, Lieutenant General Amadu Kamara, in Freetown on Tuesday.\n\n"
            "They discussed peacekeeping training.",
            [P("Kwabena Owusu-Ansah", "Ghana"), P("Amadu Kamara", "Sierra Leone")],
            [
                M(
                    ["Kwabena Owusu-Ansah", "Amadu Kamara"],
                    host="Amadu Kamara",
                    date="2024-11-19",
                    location="Freetown",
                )
            ],
        ),
        "cr3_name_then_country_post": (
            "2025-01-08",
            "January 8, 2025\n\n"
            "Tendai Chikomba, Zimbabwe's defence minister, met Nomvula Dlamini, South Africa's defence minister, in "
            "Harare on Tuesday.\n\n"
            "The two ministers discussed border security.",
            [P("Tendai Chikomba", "Zimbabwe"), P("Nomvula Dlamini", "South Africa")],
            [
                M(
                    ["Tendai Chikomba", "Nomvula Dlamini"],
                    host="Tendai Chikomba",
                    date="2025-01-07",
                    location="Harare",
                )
            ],
        ),
        "cr3_us_secretary_envoy": (
            "2025-02-19",
            "February 19, 2025\n\n"
            "US Secretary of the Navy Daniel Harlow met Vietnamese Deputy Defence Minister Senior Lieutenant General "
            "Hoang Xuan Chien in Hanoi on Tuesday. US Ambassador to Vietnam Karen Whitfield also attended.\n\n"
            "They discussed port calls by US ships.",
            [
                P("Daniel Harlow", "United States"),
                P("Hoang Xuan Chien", "Vietnam"),
                P("Karen Whitfield", "United States"),
            ],
            [
                M(
                    ["Daniel Harlow", "Hoang Xuan Chien", "Karen Whitfield"],
                    host="Hoang Xuan Chien",
                    date="2025-02-18",
                    location="Hanoi",
                )
            ],
        ),
        "cr3_tatmadaw_tni": (
            "2025-03-12",
            "March 12, 2025\n\n"
            "TNI commander General Budiman Santoso received Tatmadaw commander-in-chief Senior General Than Lwin in "
            "Jakarta on Tuesday.\n\n"
            "The two generals discussed the situation in Rakhine State.",
            [P("Budiman Santoso", "Indonesia"), P("Than Lwin", "Myanmar")],
            [M(["Budiman Santoso", "Than Lwin"], host="Budiman Santoso", date="2025-03-11", location="Jakarta")],
        ),
        "cr3_deputy_also_attended": (
            "2025-04-16",
            "April 16, 2025\n\n"
            "Georgian Defence Minister Irakli Gogiberidze hosted Armenian Defence Minister Arman Sargsyan in Tbilisi "
            "on Tuesday. Levan Kobakhidze, Georgia's deputy defence minister, and Karen Avetisyan, Armenia's "
            "ambassador to Georgia, also attended.",
            [
                P("Irakli Gogiberidze", "Georgia"),
                P("Arman Sargsyan", "Armenia"),
                P("Levan Kobakhidze", "Georgia"),
                P("Karen Avetisyan", "Armenia"),
            ],
            [
                M(
                    ["Irakli Gogiberidze", "Arman Sargsyan", "Levan Kobakhidze", "Karen Avetisyan"],
                    host="Irakli Gogiberidze",
                    date="2025-04-15",
                    location="Tbilisi",
                )
            ],
        ),
    }
