"""Claims from sentences: event type, modality, negation, time, place and quantity."""

import datetime as dt

import pytest

from factcheck.claims_table import with_values
from factcheck.corpus import load_document
from factcheck.extract import extract_claims


@pytest.fixture(scope="module")
def claims_of(nlp, rules):
    def run(text, published=None):
        document = load_document("doc.md", text.encode("utf-8"), published=published)
        return with_values(extract_claims([document], rules, nlp)).to_dict("records")

    return run


def one(claims, event_type):
    [claim] = [c for c in claims if c["event_type"] == event_type]
    return claim


def test_relative_clause_is_its_own_claim_about_the_noun_it_describes(claims_of):
    claims = claims_of(
        "In May 2024, Pakistan launched its first lunar satellite aboard China’s Chang’e-6 probe, "
        "which successfully landed on the moon’s far side, which is not visible from Earth."
    )
    launch, land = one(claims, "launch"), one(claims, "land")
    assert (launch["time_value"], launch["time_granularity"], launch["modality"]) == ("2024-05", "month", "reported")
    assert launch["place_key"] is None
    assert "Chang’e-6" in launch["participants"] and "first lunar satellite" in launch["participants"]
    assert land["place_key"] == "lunar-far-side" and land["time_value"] is None
    assert dict(zip(land["participants"], land["participant_roles"]))["Chang’e-6"] == "agent"


def test_a_place_in_a_description_is_not_the_event_place(claims_of):
    meet = one(claims_of("The minister met Carla Ruiz, who was born in Paris, in Madrid on 3 May 2023."), "meet")
    assert meet["place_text"] == "Madrid"


def test_planned_and_possible_events(claims_of):
    planned = one(claims_of("The rover is expected to launch in 2028 from the Wenchang site in Hainan."), "launch")
    assert planned["modality"] == "planned" and planned["time_value"] == "2028"
    possible = one(
        claims_of("The finance minister may resign next week after the budget vote, officials said."), "resign"
    )
    assert possible["modality"] == "possible"


def test_negated_event(claims_of):
    claim = one(claims_of("The company did not acquire Globex Corporation in 2019, despite the rumours."), "acquire")
    assert claim["negated"] is True


def test_quantities_keep_qualifiers_and_units(claims_of):
    claim = one(claims_of("The earthquake killed more than 2,100 people in the province of Hatay in 2023."), "kill")
    assert claim["quantity_unit"] == "victims"  # a death toll counts victims (see test_claims_precision)
    assert claim["quantity_low"] == 2100 and claim["quantity_high"] == float("inf")


def test_bare_month_inherits_the_paragraph_year(claims_of):
    claims = claims_of(
        "In May 2024, the probe launched from Hainan with four payloads on board. The mission returned in June with the samples."
    )
    assert one(claims, "return")["time_value"] == "2024-06"


def test_relative_dates_stay_unanchored_without_a_publication_date(claims_of):
    claim = one(claims_of("Last week, the two agencies signed a formal cooperation agreement in Beijing."), "sign")
    assert claim["time_anchor"] == "none" and claim["time_begin"] is None


def test_offsets_map_back_to_line_and_column(claims_of):
    text = "---\ntitle: t\n---\nIntro line without a claim.\n\nOn 3 March 2024, Maria Lopez won the presidential election in Freedonia.\n"
    claim = one(claims_of(text), "win")
    assert text[claim["time_start"] : claim["time_end"]] == "3 March 2024"
    assert (claim["line"], claim["sentence_line"], claim["sentence_column"]) == (6, 6, 1)


def test_a_one_sentence_brief_is_an_article(claims_of):
    claim = one(claims_of("Acme bought Globex in May 2021."), "acquire")
    assert claim["time_value"] == "2021-05"


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("2,100", 2100),
        ("two million three hundred thousand", 2_300_000),
        ("52 thousand million", 52e9),
        ("52,000 million", 52e9),
        ("$2.1bn", 2.1e9),
        ("a dozen", 12),
        ("two dozen", 24),
        ("1.5m", 1.5e6),
    ],
)
def test_number_phrases(phrase, value):
    from factcheck.quantities import parse_quantity

    assert parse_quantity(phrase).value == pytest.approx(value)


def test_a_partitive_count_counts_the_noun_after_of(claims_of):
    win = one(claims_of("The Greens won 31 of the 90 seats in the assembly on 26 March 2023."), "win")
    assert (win["quantity_value"], win["quantity_unit"]) == (31, "seat")


def test_a_when_clause_lends_its_time_to_the_coordinated_verbs_it_follows(claims_of):
    claims = claims_of(
        "Seven people were killed and 43 injured when a passenger train derailed near Krakow on Thursday, "
        "officials said.",
        published=dt.date(2024, 9, 6),
    )
    assert one(claims, "kill")["time_value"] == "2024-09-05"


def test_a_while_clause_of_a_state_lends_its_time_but_not_one_of_an_action(claims_of):
    state = claims_of(
        "A 10-year-old boy fatally shot himself while he was home alone with his sister Saturday evening.",
        published=dt.date(2021, 6, 26),
    )
    assert one(state, "kill")["time_value"] == "2021-06-26TEV"
    moving = claims_of(
        "He escaped last week while being transported from a prison in Huntsville to one in Beaumont, Texas."
    )
    assert one(moving, "escape")["place_key"] is None


def test_a_sentence_the_parser_would_cut_at_an_abbreviation_is_parsed_whole(claims_of):
    claims = claims_of(
        "The 34-year-old man died at a hospital after the shooting occurred near 54th Street North and Martin "
        "Luther King Jr. Boulevard about 12:30 p.m. Friday, the Tulsa Police Department reported.",
        published=dt.date(2023, 6, 2),
    )
    assert "2023-06-02T12:30" in {claim["time_value"] for claim in claims}


def test_responders_coming_is_the_response_and_a_victim_coming_is_not(claims_of):
    day = dt.date(2023, 8, 26)
    [officers] = claims_of("Officers arrived around 12:30 p.m. Saturday in the 1000 block of Edmeyer Court.", day)
    assert (officers["event_type"], officers["place_key"]) == ("respond", "edmeyer court")
    [victim] = claims_of("The victim arrived at a hospital around 1 p.m. Saturday.", day)
    assert victim["event_type"] == "arrive"


def test_the_name_in_the_island_of_is_where_it_happened(claims_of):
    claims = claims_of("The ferry ran aground off the island of Solta on 9 August 2024.")
    assert one(claims, "run-aground")["place_text"] == "Solta"


@pytest.mark.parametrize(
    "dateline",
    [
        "WARSAW, Sept 6 (Reuters) - ",
        "Sept. 6 (UPI) — ",  # a syndicated copy names no city
        "Sept. 6 (UPI) -- ",
    ],
)
def test_a_wire_dateline_neither_dates_nor_names_the_event(claims_of, dateline):
    claims = claims_of(
        f"{dateline}A train derailment near the coast Thursday morning killed seven people, police said.",
        published=dt.date(2024, 9, 6),
    )
    kill = one(claims, "kill")
    assert (kill["quantity_value"], kill["time_value"]) == (7, "2024-09-05TMO")


@pytest.mark.parametrize(
    "sentence, event_type",
    [
        ("Thieves broke into the museum on 14 March 2023.", "steal"),
        ("Alemu broke the course record in Frankfurt on 29 October 2023.", "break"),
        ("Rotich took the title in Frankfurt on 27 October 2024.", "win"),
        ("The jury found both men not guilty on 8 June 2023.", "acquit"),
    ],
)
def test_phrasal_entries_match_only_the_words_that_complete_the_verb(claims_of, sentence, event_type):
    assert [c["event_type"] for c in claims_of(sentence)] == [event_type]


def test_a_place_in_a_hyphenated_modifier_is_not_where_it_happened(claims_of):
    land = one(claims_of("A Dubai-bound jet made an emergency landing in Bucharest on 20 March 2025."), "land")
    assert land["place_text"] == "Bucharest"


def test_a_possessive_after_a_locative_preposition_is_where_it_happened(claims_of):
    land = one(claims_of("The jet landed at Bucharest's main airport on 20 March 2025."), "land")
    assert land["place_text"] == "Bucharest"


def test_a_number_word_opening_a_sentence_is_a_count_not_a_name(claims_of):
    escape = one(claims_of("Seventeen inmates escaped from the prison in Ilorin on 13 September 2025."), "escape")
    assert (escape["quantity_value"], escape["quantity_unit"]) == (17, "inmate")
    assert "Seventeen" not in escape["participants"]
