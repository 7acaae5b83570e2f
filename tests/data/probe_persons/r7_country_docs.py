"""Invented probe articles for the country of persons (issue 13, class 11), round 7: a demonym that is also a
name ("Lao") before a post; a person with no country of their own beside a holder of the same post of another
country; a counterpart named in the next sentence, whose country is not the host's. Every name and sentence is
invented. Imported at the end of make_probe.py."""


def r7_country_docs(P):
    return {
        "r7c_lao_deputy_minister": (
            "VIENTIANE - Lao Deputy Minister of National Defence Lieutenant General Khamphet Sayavong received "
            "Vietnamese Defence Minister General Tran Quoc Hung on Monday.",
            [P("Khamphet Sayavong", "Laos"), P("Tran Quoc Hung", "Vietnam")],
        ),
        "r7c_lao_minister_hosted": (
            "Lao Defence Minister General Bounthavy Somsack received Thai Army chief General Prasert Kongkaew on "
            "Tuesday to discuss border patrols.",
            [P("Bounthavy Somsack", "Laos"), P("Prasert Kongkaew", "Thailand")],
        ),
        "r7c_lao_army_commander": (
            "Cambodian Defence Minister Meas Sokha met Lao Army Commander Major General Vixay Phommachanh in "
            "Phnom Penh on Wednesday.",
            [P("Meas Sokha", "Cambodia"), P("Vixay Phommachanh", "Laos")],
        ),
        "r7c_same_post_met": (
            "Defence Minister Helena Carreira met the Angolan Defence Minister Joao Baptista Neto on Friday. "
            "The two ministers signed a training plan.",
            [P("Helena Carreira"), P("Joao Baptista Neto", "Angola")],
        ),
        "r7c_counterpart_next_sentence": (
            "Egyptian Defence Minister Mahmoud Adel held talks in Cairo on Sunday with an Emirati delegation. "
            "His counterpart, Rashid Al Kaabi, said ties between the two armies were strong.",
            [P("Mahmoud Adel", "Egypt"), P("Rashid Al Kaabi", "United Arab Emirates")],
        ),
        "r7c_portuguese_counterpart": (
            "Brazilian Defence Minister Lucia Ferraz hosted her Portuguese counterpart in Brasilia on Monday. Her "
            "Portuguese counterpart, Minister Duarte Vilela, said the two navies would train together.",
            [P("Lucia Ferraz", "Brazil"), P("Duarte Vilela", "Portugal")],
        ),
        "r7c_kazakh_counterpart": (
            "Mongolian Defence Minister Ganbold Tserendorj met his Kazakh counterpart in Ulaanbaatar on Thursday. "
            "His Kazakh counterpart, Colonel General Nurlan Abenov, thanked the hosts.",
            [P("Ganbold Tserendorj", "Mongolia"), P("Nurlan Abenov", "Kazakhstan")],
        ),
    }
