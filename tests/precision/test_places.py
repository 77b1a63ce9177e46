"""Streets lie inside their city, and two streets of one event are for an editor to look at; names, teams, builders and origins are never places."""

import pytest

from factcheck.compare.values import place_relation


def _place(claims, event_type):
    [claim] = [c for c in claims if c["event_type"] == event_type]
    return claim["place_text"], claim["place_key"], claim["place_within"]


@pytest.mark.parametrize(
    ("sentence", "street", "key", "city"),
    [
        (
            "The fire broke out in the 1200 block of Elm Street in Springfield.",
            "the 1200 block of Elm Street",
            "elm street",
            "Springfield",
        ),
        (
            "Thieves robbed the store at 410 W. Main St. in Springfield.",
            "410 W. Main St.",
            "main street",
            "Springfield",
        ),
        ("A truck crashed on Route 9 near Springfield.", "Route 9", "route 9", "Springfield"),
        # A town right before a road names it for where it leads.
        (
            "The crash happened at a gas station on the Newberg 219 Highway just after noon, Marion County "
            "deputies said.",
            "219 Highway",
            "219 highway",
            "Marion County",
        ),
    ],
)
def test_a_street_or_an_address_lies_in_the_city_named_beside_it(claims_of, sentence, street, key, city):
    [claim] = [c for c in claims_of(sentence) if c["place_text"]]
    assert (claim["place_text"], claim["place_key"], claim["place_within"]) == (street, key, city)


@pytest.mark.parametrize("street", ["631 E. Third St.", "631 East 3rd Street", "631 Third Street"])
def test_a_street_named_by_its_ordinal_is_one_street_however_written(claims_of, street):
    [claim] = [c for c in claims_of(f"The fire broke out at {street} in Duluth.") if c["place_text"]]
    assert claim["place_key"] == "3 street"


def test_a_street_lies_in_the_city_the_article_named_last(claims_of):
    claims = claims_of("Police in Springfield said a man was arrested.\n\nHe was arrested on Elm Street on Friday.")
    assert _place(claims, "arrest")[1:] == ("elm street", "Springfield")


def test_a_street_inside_its_city_is_information_not_a_warning(findings_of):
    findings = findings_of(
        {
            "herald": (
                "2024-03-08",
                "Police arrested Dan Moore in the 1200 block of Elm Street in Springfield on Thursday.",
            ),
            "wire": ("2024-03-08", "Police arrested Dan Moore in Springfield on Thursday."),
        }
    )
    assert [(rule, severity) for rule, severity, _ in findings] == [("FC203", "info")]
    assert "the 1200 block of Elm Street lies within Springfield" in findings[0][2]


@pytest.mark.parametrize(
    ("herald", "wire", "expected"),
    [
        # one event has one scene: two streets, or two blocks of one street, are for an editor to look at
        ("in the 1200 block of Elm Street", "in the 1200 block of Oak Avenue", [("FC202", "warning")]),
        ("in the 300 block of Elm Street", "in the 3000 block of Elm Street", [("FC202", "warning")]),
        # a corner joins two streets; a house number lies in its block
        ("on Elm Street", "at Oak Avenue and Elm Street", []),
        ("in the 300 block of Elm Street", "at 310 Elm Street", []),
        # two houses of one street, its name spelled out in one article
        ("at 631 E. Third St.", "at 613 East 3rd Street", [("FC202", "warning")]),
        ("at 631 E. Third St.", "at 631 East 3rd Street", []),
        # roads by their codes, as Britain, Ireland and Australia write them
        ("on the R152 near Duleek", "on the R150 near Duleek", [("FC202", "warning")]),
        ("on the R152 near Duleek", "on the R152, near Duleek", []),
    ],
)
def test_two_streets_for_one_event_are_for_an_editor_to_look_at(findings_of, herald, wire, expected):
    findings = findings_of(
        {
            "herald": ("2024-03-08", f"Police arrested Dan Moore {herald} in Springfield on Thursday."),
            "wire": ("2024-03-08", f"Police arrested Dan Moore {wire} in Springfield on Thursday."),
        }
    )
    assert [(rule, severity) for rule, severity, _ in findings] == expected
    assert all("Springfield" in message or "one street" in message for *_, message in findings)


@pytest.mark.parametrize(
    ("herald", "wire", "expected"),
    [
        # one street's name in two towns: the towns are told apart
        ("on Elm Street in Cincinnati", "on Elm Street in Dayton", [("FC201", "error")]),
        ("on Elm Street in Kettering", "on Elm Street in Dayton", [("FC204", "info")]),
        # a town named elsewhere in the sentence may be another's (the hospital's)
        ("on Elm Street and died at a hospital in Cincinnati", "on Elm Street in Dayton", []),
    ],
)
def test_one_street_in_two_towns(findings_of, herald, wire, expected):
    findings = findings_of(
        {
            "herald": ("2024-03-08", f"A man was shot {herald} on Thursday, police said."),
            "wire": ("2024-03-08", f"A man was shot {wire} on Thursday, police said."),
        }
    )
    assert [(rule, severity) for rule, severity, _ in findings] == expected


def test_streets_of_two_cities_relate_as_their_cities(rules):
    street = {"place_key": "elm street", "place_known": False, "place_text": "Elm Street", "place_within": "paris-fr"}
    city = {"place_key": "london-gb", "place_known": True, "place_text": "London", "place_within": None}
    assert place_relation(street, city, rules.gazetteer).kind == "disjoint"


def test_a_first_name_of_a_person_is_never_a_place(claims_of):
    claims = claims_of("Jordan Smith, 6, was hurt on Sunday. Police found Jordan on Monday.")
    assert [c["place_key"] for c in claims if c["event_type"] == "find"] == [None]


def test_a_name_someone_owns_is_a_thing_not_a_place(claims_of):
    claims = claims_of("The 58-year-old was killed when a tree hit his Mercedes in Hampshire on Sunday.")
    assert {c["place_text"] for c in claims if c["event_type"] in ("kill", "strike")} == {"Hampshire"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Brazil beat Argentina on Sunday.",
        "Spain drew with Italy in a friendly on Sunday.",
        "The match between England and Croatia ended on Sunday.",
        "France's win over Germany on Sunday sent them through.",
    ],
)
def test_a_national_team_is_no_place(claims_of, sentence):
    assert {c["place_key"] for c in claims_of(sentence)} == {None}


def test_a_builder_or_an_origin_is_no_place(claims_of):
    assert _place(claims_of("The probe was built by Japan in 2019."), "build")[1] is None
    assert _place(claims_of("The rover from China reached the crater on Friday."), "reach")[1] is None


def test_a_place_the_event_happened_in_is_still_one(claims_of):
    assert _place(claims_of("Brazil beat Argentina 2-1 in Doha on Sunday."), "win")[1] == "doha-qa"


def test_a_name_given_an_age_is_a_person(claims_of):
    claims = claims_of("Georgia, 8, was hurt in the crash on Sunday. Paramedics worked on Georgia at 3 p.m. Sunday.")
    assert [c["place_text"] for c in claims if c["place_text"]] == []


def test_a_street_in_a_city_never_named_is_held_against_nothing(rules):
    street = {"place_key": "elm street", "place_known": False, "place_text": "Elm Street", "place_within": ""}
    town = {"place_key": "Bloomington", "place_known": False, "place_text": "Bloomington", "place_within": None}
    assert place_relation(street, town, rules.gazetteer) is None


def test_a_town_unknown_to_the_gazetteer_may_lie_within_a_state(rules):
    town = {"place_key": "Baytown", "place_known": False, "place_text": "Baytown", "place_within": None}
    state = {"place_key": "us-texas", "place_known": True, "place_text": "Texas", "place_within": None}
    city = {"place_key": "houston-us", "place_known": True, "place_text": "Houston", "place_within": None}
    assert place_relation(town, state, rules.gazetteer).kind == "inside"
    assert place_relation(town, city, rules.gazetteer).kind == "unknown"  # a city is not divided: a rival town


def test_a_person_struck_is_whom_not_where(claims_of):
    claims = claims_of("Raj Chohan, 59, was walking to a temple. A gray Toyota Camry struck Raj Chohan on Friday.")
    assert [c["place_text"] for c in claims if c["event_type"] == "strike"] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Benjamin received a degree in 1979 from Xavier University of Louisiana.",
        "The jury convicted Simpson in the death of Ka'loni Flynn, of Arkansas, on Thursday.",
        "A jury convicted Dana Kell, of Tulsa, in the killing of Mira Stone, of Fort Smith, Arkansas, on Friday.",
    ],
)
def test_a_place_in_a_name_or_a_home_is_no_place_of_the_event(claims_of, sentence):
    assert {c["place_key"] for c in claims_of(sentence)} == {None}


def test_found_dead_dates_the_finding_not_the_death(claims_of):
    claims = claims_of("LaRue was found dead in his motel room on Tuesday morning.")
    assert "die" not in {c["event_type"] for c in claims}


def test_the_victim_of_a_death_is_not_its_place(claims_of):
    claims = claims_of("Lopez was found guilty of murder in the death of Zurana Horton in Brooklyn on Friday.")
    assert "Zurana Horton" not in {c["place_text"] for c in claims}


@pytest.mark.parametrize(
    ("sentence", "event_type", "place"),
    [
        (
            "Two leaders of polygamous groups with ties to Utah have been arrested in Canada.",
            "arrest",
            "Canada",
        ),
        ("The quake struck near Kathmandu, the capital of Nepal, on Tuesday.", "strike", "Kathmandu"),
    ],
)
def test_a_place_said_of_the_event_wins_over_one_that_describes_a_participant(claims_of, sentence, event_type, place):
    assert _place(claims_of(sentence), event_type)[0] == place


def test_a_place_inside_an_organisations_name_is_not_where_the_event_happened(claims_of):
    sentence = (
        "Observers from the Organization for Security and Cooperation in Europe oversaw the vote in Turkmenistan."
    )
    assert [c["place_text"] for c in claims_of(sentence) if c["place_text"]] == ["Turkmenistan"]


def test_a_place_after_a_name_the_recogniser_cut_short_is_part_of_that_name(claims_of):
    sentence = (
        "About 30 monitors from the Organization for Security and Cooperation in Europe and the African Union"
        " observed the vote on Sunday."
    )
    assert {c["place_text"] for c in claims_of(sentence)} == {None}


def test_a_firm_and_where_it_is_still_place_the_event(claims_of):
    sentence = "The painting sold for $12 million at Hale & Booth in New York on Tuesday night."
    assert _place(claims_of(sentence), "sell")[0] == "New York"


def test_a_country_that_owns_a_named_place_is_not_the_place(claims_of):
    claims = claims_of("Rebels shelled villages in Sudan's Nuba Mountains on Monday.")
    assert "Sudan" not in {c["place_text"] for c in claims}


def test_fighting_that_broke_out_is_no_escape_but_prisoners_who_broke_out_of_a_jail_escaped(claims_of):
    assert "escape" not in {
        c["event_type"] for c in claims_of("Heavy fighting broke out in the border town on Sunday.")
    }
    assert _place(claims_of("Nine prisoners broke out of the jail in Kano on Sunday."), "escape")[0] == "Kano"


def test_a_place_an_event_is_measured_from_is_not_where_it_happened(claims_of):
    claims = claims_of("A 5.6 quake jolted the island on Sunday, some 930 miles south of the capital, Tehran.")
    assert "Tehran" not in {c["place_text"] for c in claims}
    claims = claims_of("Floods hit villages in the south of France on Sunday.")
    assert "France" in {c["place_text"] for c in claims}


@pytest.mark.parametrize(
    "sentence", ["Ohio was struck by a strong earthquake on Friday.", "A strong earthquake struck Ohio on Friday."]
)
def test_the_place_a_disaster_strikes_is_its_place_in_either_voice(claims_of, sentence):
    [strike] = [c for c in claims_of(sentence) if c["event_type"] == "strike"]
    assert strike["place_text"] == "Ohio"


@pytest.mark.parametrize(
    "sentence",
    [
        "An Iranian earthquake tremor hit Dubai on Wednesday.",
        "An Iran quake rocked Dubai on Wednesday, residents said.",
    ],
)
def test_a_quake_named_by_its_country_was_only_felt_where_it_hits(claims_of, sentence):
    [strike] = [c for c in claims_of(sentence) if c["event_type"] == "strike"]
    assert strike["place_text"] is None


def test_two_towns_of_one_state_are_two_places(findings_of):
    findings = findings_of(
        {
            "channel3": ("2021-05-14", "A man has died after being shot in Waterbury on Thursday evening."),
            "channel8": ("2021-05-14", "A man has died after being shot in Naugatuck on Thursday evening."),
        }
    )
    assert [(rule, severity) for rule, severity, _ in findings] == [("FC201", "error")]
    assert "Waterbury and Naugatuck lie in separate parts of Connecticut" in findings[0][2]


def test_a_neighbourhood_of_a_city_is_inside_it_not_beside_it(findings_of):
    findings = findings_of(
        {
            "tribune": ("2021-05-14", "A man has died after being shot in Rogers Park on Thursday evening."),
            "sun": ("2021-05-14", "A man has died after being shot in Chicago on Thursday evening."),
        }
    )
    assert [(rule, severity) for rule, severity, _ in findings] == [("FC203", "info")]


def test_an_address_ends_its_sentence_even_before_a_capital(claims_of):
    claims = claims_of(
        "Police responded to a report of an incident at 1080 Terrace St. Upon arriving, officers found a man."
    )
    assert _place(claims, "respond")[:2] == ("1080 Terrace St.", "terrace street")


def test_a_participle_that_only_locates_its_noun_gives_the_clause_its_place(claims_of):
    claims = claims_of(
        "In Muskegon, firefighters responded to Hartford Terrace Apartments, located at 1080 Terrace St."
    )
    assert _place(claims, "respond")[:2] == ("1080 Terrace St.", "terrace street")


def test_a_numbered_road_is_one_road_however_its_word_is_abbreviated(rules):
    streets = rules.gazetteer.streets
    keys = [m.street for m in streets.find("on SR-126, State Route 126, I-15, Interstate 15 and SR-108")]
    assert keys == ["state route 126", "state route 126", "interstate 15", "interstate 15", "state route 108"]


def test_a_street_is_one_street_whatever_quarter_of_the_grid_it_is_told_in(rules):
    streets = rules.gazetteer.streets
    keys = [m.street for m in streets.find("on SW 115 Avenue, Southwest 115th Avenue, NW 27th Avenue and North Avenue")]
    assert keys == ["115 avenue", "115 avenue", "27 avenue", "north avenue"]


def test_a_street_of_an_unknown_town_is_not_in_the_gazetteers_namesake(claims_of):
    claims = claims_of(
        "WEST HAVEN, Utah, Dec. 26, 2023 — One driver died after a head-on collision on Tuesday.\n\n"
        "A pickup truck crossed the center line on State Route 126 and collided with an SUV."
    )
    assert {c["place_within"] for c in claims if c["place_key"] == "state route 126"} == {""}  # no town known


@pytest.mark.parametrize(
    ("where", "expected"),
    [("near", []), ("near the on-ramp to", []), ("close to the entrance of", []), ("on", [("FC202", "warning")])],
)
def test_a_street_the_scene_is_near_is_not_the_scene(findings_of, where, expected):
    findings = findings_of(
        {
            "station": (
                "2022-12-07",
                "SPRINGFIELD — Police officers shot and killed a suspect Wednesday morning.\n\n"
                f"Police say the shooting happened at an apartment complex {where} Oak Avenue shortly before 2 a.m.",
            ),
            "paper": (
                "2022-12-07",
                "SPRINGFIELD — A man was shot and killed by police Wednesday.\n\n"
                "Police said the shooting happened before 2 a.m. at an apartment complex at 5515 S. Elm St.",
            ),
        }
    )
    assert [(rule, severity) for rule, severity, _ in findings if severity != "info"] == expected


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        ("near 26th Street and Oak Avenue", [("FC202", "warning")]),  # another corner of Oak Avenue
        ("near 17th Street and Oak Avenue", []),  # the next street: a scene between is near both
        ("near 16th Street and Oak Avenue", []),
    ],
)
def test_two_corners_of_one_street_are_not_one_scene_near_as_each_is(findings_of, other, expected):
    findings = findings_of(
        {
            "station": (
                "2020-04-14",
                "A man died after he was shot Tuesday afternoon near the intersection of Oak Avenue and South 16th "
                "Street, police said.",
            ),
            "paper": ("2020-04-14", f"A man was shot and killed Tuesday afternoon {other}, police said."),
        }
    )
    scored = [(rule, severity, message) for rule, severity, message in findings if rule.startswith("FC2")]
    assert [(rule, severity) for rule, severity, _ in scored if severity != "info"] == expected
    # each side is shown by its crossing, not by the one street its claim took
    assert all("says 26th Street and Oak Avenue" in message for *_, message in scored if expected)


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        ("at the corner of North Murtland and Upland streets", []),  # one crossing, its streets the other way
        ("on Upland Street", []),  # one of the crossing's streets
        ("at the corner of North Homewood and Upland streets", [("FC202", "warning")]),
    ],
)
def test_one_crossing_told_twice_is_one_scene(findings_of, other, expected):
    findings = findings_of(
        {
            "station": (
                "2018-01-09",
                "A man was shot and killed Tuesday afternoon in Homewood.\n\n"
                "Gunfire rang out around 1:20 p.m. at the intersection of Upland Street and North Murtland Avenue.",
            ),
            "paper": (
                "2018-01-09",
                "A man was shot and killed Tuesday afternoon in Homewood.\n\n"
                f"Neighbors said they heard several gunshots {other} around 1:30 p.m.",
            ),
        }
    )
    assert [(rule, severity) for rule, severity, _ in findings if rule.startswith("FC2") and severity != "info"] == (
        expected
    )


def test_crossings_of_one_street_with_numbered_streets_next_to_each_other_are_one_scene(findings_of):
    findings = findings_of(
        {
            "station": (
                "2021-04-08",
                "A teen was killed in a drive-by shooting in Goulds on Wednesday night.\n\n"
                "The gunfire erupted Wednesday just after 8:30 p.m. at SW 223 Street and SW 115 Avenue.",
            ),
            "paper": (
                "2021-04-08",
                "A teen was killed in a drive-by shooting in Goulds on Wednesday night.\n\n"
                "Shots rang out Wednesday evening in the area of Southwest 222nd Street and 115th Avenue.",
            ),
        }
    )
    assert [(rule, severity) for rule, severity, _ in findings if rule.startswith("FC2") and severity != "info"] == []


@pytest.mark.parametrize(
    ("key", "name"),
    [("halsted street", "halsted"), ("alberts street", "albert"), ("route 9", "route 9"), ("5 street", "5")],
)
def test_a_streets_name_is_one_with_or_without_its_final_s(rules, key, name):
    assert rules.gazetteer.streets.name_of(key) == name


@pytest.mark.parametrize(("cross", "expected"), [("Thomas Road", [("FC202", "warning")]), ("McDowell Road", [])])
def test_an_undated_page_at_the_storys_crossing_and_hour_tells_its_incident(findings_of, cross, expected):
    findings = findings_of(
        {
            "station": (
                "2021-09-06",
                "A man was killed in a parking lot in Phoenix on Monday.\n\n"
                "Officers responded at 1:30 p.m. to a report of a fight near 44th Street and McDowell Road.",
            ),
            "paper": (
                "",
                "A man is dead after a fight in a Phoenix parking lot turned violent.\n\n"
                f"Police responded at around 1:30 p.m. for a shooting near 44th Street and {cross}.",
            ),
        }
    )
    assert [(rule, severity) for rule, severity, _ in findings if rule.startswith("FC2") and severity != "info"] == (
        expected
    )


@pytest.mark.parametrize(
    ("text", "corner"),
    [
        ("for a shooting near 44th Street and McDowell Road on Sunday", {"44", "mcdowell"}),
        ("at the intersection of Muhammad Ali Boulevard and South 16th Street", {"muhammad ali", "16"}),
        ("called to a gas station at 55th and Prospect", {"55", "prospect"}),
        ("in the 1000 block of Edmeyer Court", None),
        # two names that share one suffix, in the plural
        ("gunshots at the corner of North Murtland and Upland streets around 1:30 p.m.", {"murtland", "upland"}),
        ("near Fifth and Main Streets", {"5", "main"}),
    ],
)
def test_the_streets_of_a_crossing_whichever_of_them_a_claim_took(rules, text, corner):
    streets = rules.gazetteer.streets
    for match in streets.find(text):
        found = streets.corner(text, match.start, match.end)
        assert (found and set(found[2])) == corner


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("officers shot a man near Linden and Maple", ["linden"]),  # two streets crossing, no suffixes
        ("a crash at 27th and Pruitt", ["27"]),
        ("the painting sold at Barlow and Finch on Tuesday", ["barlow"]),
        ("the painting sold at Barlow & Finch on Tuesday", []),  # a firm's name
        ("if the Saints beat Dallas and Denver", []),  # "beat" is no "at"
        ("investigators said that Lopez and Ruiz fled", []),
        ("a sale at Barlow and Finch Auctioneers", []),  # a name that goes on
    ],
)
def test_two_bare_names_after_at_or_near_are_streets_crossing(rules, text, keys):
    assert [m.street for m in rules.gazetteer.streets.find(text)] == keys


def test_a_town_named_in_a_crossing_is_a_streets_name_not_the_scene(claims_of):
    # "Havana" here is a street of Aurora, not the capital of Cuba.
    [claim] = claims_of("Aurora police shot a man at Colfax and Havana early Wednesday.")
    assert (claim["place_text"], claim["place_key"]) == ("Colfax and Havana", "colfax")
    [claim] = claims_of("Police shot a man near 16th and Havana on Friday.")
    assert (claim["place_key"], claim["place_within"]) == ("16", "")  # in no town the article names


def test_a_road_the_scene_lies_off_is_not_the_scene(claims_of):
    [claim] = claims_of(
        "Deputies responded to a call in the 1400 block of Quarry Lane off of Hollins Parkway on Sunday night."
    )
    assert claim["place_text"] == "the 1400 block of Quarry Lane"


def test_two_blocks_of_one_street_are_for_an_editor_to_look_at_whatever_town_each_names(findings_of):
    lede = "A man was shot and killed by deputies on Sunday night, the sheriff's office said."
    findings = findings_of(
        {
            "station": (
                "2023-10-02",
                f"{lede}\n\nDeputies responded to a call at 11:30 p.m. in the 1400 block of Quarry Lane.",
            ),
            "paper": (
                "2023-10-02",
                f"{lede}\n\nDeputies responded to a call at 11:30 p.m. in the 1800 block of Quarry Lane in the "
                "Cedar Bluff area.",
            ),
        }
    )
    assert [(rule, severity) for rule, severity, _ in findings if rule.startswith("FC2")] == [("FC202", "warning")]


@pytest.mark.parametrize(
    ("text", "abroad"),
    [
        ("WINNIPEG, Manitoba — A man was fatally stabbed in Elmwood on Wednesday.", {"united-states"}),
        ("A man was fatally stabbed in Elmwood, Philadelphia, on Wednesday.", set()),
        ("A man from Toronto was fatally stabbed in Elmwood, Pennsylvania.", set()),  # a US state is named
        ("A man was fatally stabbed in Elmwood on Wednesday.", set()),  # nothing says where else
    ],
)
def test_an_article_set_in_another_country_is_not_read_with_the_us_towns(rules, text, abroad):
    assert rules.gazetteer.abroad(text) == abroad


def test_a_neighbourhood_of_a_canadian_city_is_not_the_us_town_of_its_name(findings_of):
    findings = findings_of(
        {
            "sun": (
                "2019-10-23",
                "WINNIPEG, Manitoba — A man was fatally stabbed early Wednesday in Elmwood, police said.",
            ),
            "cbc": ("2019-10-23", "A man was fatally stabbed early Wednesday in Manitoba, police said."),
        }
    )
    assert [rule for rule, severity, _ in findings if severity != "info"] == []


@pytest.mark.parametrize(
    ("incident", "response", "expected"),
    [
        ("an apartment fire", "Firefighters were called to 613 East 3rd Street on Sunday.", [("FC202", "warning")]),
        # firefighters are sent to the fire; police to a shooting may be sent where its victim was found
        ("an apartment fire", "Firefighters were called to 20 Elm Street on Sunday.", [("FC202", "warning")]),
        ("a shooting", "Officers were called to 20 Elm Street on Sunday.", []),
        ("a shooting", "Officers were called to 613 East 3rd Street on Sunday.", [("FC202", "warning")]),
        # the block holds the house
        ("an apartment fire", "Firefighters were called to the 600 block of East 3rd Street on Sunday.", []),
        ("a shooting", "Officers were called to the 600 block of East 3rd Street on Sunday.", []),
        ("a shooting", "Officers were called to the 1600 block of East 3rd Street on Sunday.", [("FC202", "warning")]),
    ],
)
def test_where_responders_were_sent_is_the_scene_of_a_fire_and_no_other_stretch_of_the_incidents_street(
    findings_of, incident, response, expected
):
    findings = findings_of(
        {
            "tv": ("2021-04-04", f"One person is dead after {incident} at 631 E. Third St. in Duluth on Sunday."),
            "paper": ("2021-04-04", f"One person died in {incident} in Duluth on Sunday.\n\n{response}"),
        }
    )
    assert [(rule, severity) for rule, severity, _ in findings if severity != "info"] == expected


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Teen Dead, Two Others Injured In SW Dade Drive-By Shooting", []),
        ("a crash on Ocean Drive-in the morning", []),
        ("a crash on Ocean Drive on Sunday", ["ocean drive"]),
    ],
)
def test_a_suffix_joined_to_the_next_word_ends_no_street(rules, text, keys):
    assert [m.street for m in rules.gazetteer.streets.find(text)] == keys


@pytest.mark.parametrize(("police", "key"), [("Minneapolis police", "Uptown"), ("Chicago police", "uptown-us")])
def test_a_part_of_a_city_named_bare_is_that_citys_only_where_the_article_names_no_other(claims_of, police, key):
    claims = claims_of(
        f"A man was shot dead early Sunday in Uptown.\n\n{police} said the shooting is under investigation."
    )
    assert _place(claims, "kill")[1] == key


@pytest.mark.parametrize(
    ("text", "key", "corner"),
    [
        ("the 2300 Block of 23rd Avenue S. and S. Massachusetts St. near the park", "23 avenue", True),
        ("in the 2900 block of Hennepin Avenue South, according to police", "hennepin avenue", False),
        ("a shop on Main Street West Chester residents love", "main street", False),  # a name goes on
    ],
)
def test_a_quarter_of_the_grid_after_a_streets_suffix_is_part_of_it(rules, text, key, corner):
    streets = rules.gazetteer.streets
    [first, *_] = streets.find(text)
    assert first.street == key
    assert (streets.corner(text, first.start, first.end) is not None) == corner


@pytest.mark.parametrize(
    ("block", "expected"),
    [("2800", [("FC202", "warning")]), ("2400", []), ("2300", [])],  # near a number: within a block of it
)
def test_a_scene_near_a_number_of_a_street_is_not_blocks_away_on_it(findings_of, block, expected):
    findings = findings_of(
        {
            "gazette": (
                "2023-08-07",
                "A man was shot and killed by police Saturday evening in Denver.\n\n"
                "The incident began near 2300 West Cedar Avenue at roughly 8 p.m., the chief said.",
            ),
            "post": (
                "2023-08-07",
                "A man was shot and killed by police Saturday evening in Denver.\n\n"
                f"The shooting happened in the {block} block of W. Cedar Avenue just before 8 p.m. Saturday.",
            ),
        }
    )
    assert [(rule, severity) for rule, severity, _ in findings if rule.startswith("FC2") and severity != "info"] == (
        expected
    )
