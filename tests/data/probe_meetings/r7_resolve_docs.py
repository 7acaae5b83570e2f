"""Invented probe articles for cross-document person resolution (issue 13): people of different articles who share a
surname, written with other given names, with the surname alone, with an initial, or in another transliteration.
Each article's meeting must carry its own person: a lone surname in one article must not bridge two given names of
others. Articles of one set are ordered by doc_id so the lone surname comes between the two full names. Every name
and sentence is invented. Read by probe_meetings/make_probe.py."""


def r7_resolve_docs(M) -> dict:
    """doc_id -> (text, gold meetings)."""
    docs = {}
    for block in (_central_asia, _south_asia, _africa_americas, _forms):
        docs.update(block(M))
    return docs


def _central_asia(M) -> dict:
    return {
        "r7r_kz_1": (
            "Kazakh Defence Minister Colonel General Daniyar Ospanov met Mongolian Defence Minister Batjargal "
            "Tumurbaatar in Astana on Monday. Ospanov said the two sides agreed to expand training.",
            [
                M(
                    ["Daniyar Ospanov", "Batjargal Tumurbaatar"],
                    host="Daniyar Ospanov",
                    date="2024-05-06",
                    location="Astana",
                )
            ],
        ),
        "r7r_kz_2": (
            "General Ospanov met Kyrgyz Chief of General Staff Major General Almaz Toktogulov in Bishkek on Wednesday "
            "to discuss border security.",
            [M(["Ospanov", "Almaz Toktogulov"], host="Almaz Toktogulov", date="2024-05-08", location="Bishkek")],
        ),
        "r7r_kz_3": (
            "Major General Serik Ospanov, commander of the Kazakh Air Defence Forces, held talks with Uzbek Air Force "
            "chief Colonel Rustam Yuldashbekov in Tashkent on Tuesday.",
            [
                M(
                    ["Serik Ospanov", "Rustam Yuldashbekov"],
                    host="Rustam Yuldashbekov",
                    date="2024-05-07",
                    location="Tashkent",
                )
            ],
        ),
        "r7r_az_1": (
            "Azerbaijani Deputy Defence Minister Lieutenant General Zakir Valiyev met Georgian Deputy Defence Minister "
            "Levan Kapanadze in Baku on Thursday.",
            [M(["Zakir Valiyev", "Levan Kapanadze"], host="Zakir Valiyev", date="2024-05-09", location="Baku")],
        ),
        "r7r_az_2": (
            "Lieutenant General Zakir Veliyev received a Georgian delegation led by Brigadier General Tamaz Berianidze "
            "in Baku on Monday.",
            [M(["Zakir Veliyev", "Tamaz Berianidze"], host="Zakir Veliyev", date="2024-05-06", location="Baku")],
        ),
        "r7r_az_3": (
            "Azerbaijani Navy commander Rear Admiral Anar Veliyev met Turkish Naval Forces commander Admiral Kerem "
            "Oztaskin in Ankara on Tuesday.",
            [M(["Anar Veliyev", "Kerem Oztaskin"], host="Kerem Oztaskin", date="2024-05-07", location="Ankara")],
        ),
    }


def _south_asia(M) -> dict:
    return {
        "r7r_pk_1": (
            "Pakistan Army chief General Tariq Zaman Khan met Saudi Chief of General Staff Lieutenant General Fahad "
            "Al Mutairi in Riyadh on Sunday.",
            [
                M(
                    ["Tariq Zaman Khan", "Fahad Al Mutairi"],
                    host="Fahad Al Mutairi",
                    date="2024-05-05",
                    location="Riyadh",
                )
            ],
        ),
        "r7r_pk_2": (
            "Admiral Khan also met Malaysian Defence Minister Mohamad Hashim Zain in Kuala Lumpur on Tuesday.",
            [
                M(
                    ["Khan", "Mohamad Hashim Zain"],
                    host="Mohamad Hashim Zain",
                    date="2024-05-07",
                    location="Kuala Lumpur",
                )
            ],
        ),
        "r7r_pk_3": (
            "Pakistan Navy chief Admiral Javed Khan called on Royal Malaysian Navy chief Admiral Abdul Rahim Ayub in "
            "Kuala Lumpur on Monday.",
            [
                M(
                    ["Javed Khan", "Abdul Rahim Ayub"],
                    host="Abdul Rahim Ayub",
                    date="2024-05-06",
                    location="Kuala Lumpur",
                )
            ],
        ),
        "r7r_in_1": (
            "Indian Army chief General Harpal Singh met Nepali Army chief General Prabhu Raj Thapa in Kathmandu on "
            "Monday.",
            [M(["Harpal Singh", "Prabhu Raj Thapa"], host="Prabhu Raj Thapa", date="2024-05-06", location="Kathmandu")],
        ),
        "r7r_in_2": (
            "Air Marshal Singh held talks with Sri Lanka Air Force commander Air Marshal Nilantha Weerakoon in "
            "Colombo on Wednesday.",
            [M(["Singh", "Nilantha Weerakoon"], host="Nilantha Weerakoon", date="2024-05-08", location="Colombo")],
        ),
        "r7r_in_3": (
            "Indian Navy Vice Admiral Jaswant Singh met Bangladesh Navy chief Admiral Mahbub Rahman Chowdhury in Dhaka "
            "on Thursday.",
            [
                M(
                    ["Jaswant Singh", "Mahbub Rahman Chowdhury"],
                    host="Mahbub Rahman Chowdhury",
                    date="2024-05-09",
                    location="Dhaka",
                )
            ],
        ),
    }


def _africa_americas(M) -> dict:
    return {
        "r7r_ng_1": (
            "Nigerian Chief of Army Staff Lieutenant General Olufemi Adebanjo met Ghanaian Chief of Army Staff Major "
            "General Kwabena Asante-Mensah in Abuja on Monday.",
            [
                M(
                    ["Olufemi Adebanjo", "Kwabena Asante-Mensah"],
                    host="Olufemi Adebanjo",
                    date="2024-05-06",
                    location="Abuja",
                )
            ],
        ),
        "r7r_ng_2": (
            "Brigadier General Adebanjo received Beninese Army commander Colonel Rodrigue Houngbedji in Lagos on "
            "Tuesday.",
            [
                M(
                    ["Adebanjo", "Rodrigue Houngbedji"],
                    host="Adebanjo",
                    date="2024-05-07",
                    location="Lagos",
                )
            ],
        ),
        "r7r_ng_3": (
            "Nigerian Air Force chief Air Marshal Tunde Adebanjo met Cameroonian Air Force chief General Emmanuel "
            "Ndongo Mbarga in Yaounde on Wednesday.",
            [
                M(
                    ["Tunde Adebanjo", "Emmanuel Ndongo Mbarga"],
                    host="Emmanuel Ndongo Mbarga",
                    date="2024-05-08",
                    location="Yaounde",
                )
            ],
        ),
        "r7r_br_1": (
            "Brazilian Navy commander Admiral Marcos Vilela Rocha met Argentine Navy chief Admiral Julian Etcheverry "
            "in Brasilia on Monday.",
            [
                M(
                    ["Marcos Vilela Rocha", "Julian Etcheverry"],
                    host="Marcos Vilela Rocha",
                    date="2024-05-06",
                    location="Brasilia",
                )
            ],
        ),
        "r7r_br_2": (
            "General Rocha held talks with Paraguayan Army commander General Osvaldo Benitez Ayala in Asuncion on "
            "Thursday.",
            [
                M(
                    ["Rocha", "Osvaldo Benitez Ayala"],
                    host="Osvaldo Benitez Ayala",
                    date="2024-05-09",
                    location="Asuncion",
                )
            ],
        ),
        "r7r_br_3": (
            "Brazilian Army commander General Paulo Rocha met Uruguayan Army commander General Mateo Olivera in "
            "Montevideo on Tuesday.",
            [M(["Paulo Rocha", "Mateo Olivera"], host="Mateo Olivera", date="2024-05-07", location="Montevideo")],
        ),
    }


def _forms(M) -> dict:
    return {
        "r7r_ini_1": (
            "Lieutenant General M. Ospanov met Tajik Defence Minister Sherali Mirzokhonov in Dushanbe on Monday.",
            [
                M(
                    ["M. Ospanov", "Sherali Mirzokhonov"],
                    host="Sherali Mirzokhonov",
                    date="2024-05-06",
                    location="Dushanbe",
                )
            ],
        ),
        "r7r_ini_2": (
            "Deputy Minister Marat Ospanov held talks with Turkmen Defence Minister Begench Gurbanmyradov in Ashgabat on "
            "Tuesday.",
            [
                M(
                    ["Marat Ospanov", "Begench Gurbanmyradov"],
                    host="Begench Gurbanmyradov",
                    date="2024-05-07",
                    location="Ashgabat",
                )
            ],
        ),
        "r7r_us_1": (
            "US Army Pacific commander General Corwin Smith met Thai Army chief General Anuchit Saengthong in Bangkok "
            "on Monday.",
            [
                M(
                    ["Corwin Smith", "Anuchit Saengthong"],
                    host="Anuchit Saengthong",
                    date="2024-05-06",
                    location="Bangkok",
                )
            ],
        ),
        "r7r_us_2": (
            "US Marine Corps Major General Hollis Smith met Philippine Marine Corps commandant Major General Arturo "
            "Bautista Reyes in Manila on Wednesday.",
            [
                M(
                    ["Hollis Smith", "Arturo Bautista Reyes"],
                    host="Arturo Bautista Reyes",
                    date="2024-05-08",
                    location="Manila",
                )
            ],
        ),
    }
