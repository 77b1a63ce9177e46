"""The headline is a claim: read once, where it stands, as headline-ese ("1 dead, 2 hurt")."""

import datetime as dt

import pytest

from factcheck.corpus import load_document

BODY = "A gunman opened fire at a tax office in Lansing on Monday morning, the county sheriff said on Tuesday."


def _document(text, published="2024-05-08"):
    return load_document("doc.md", text.encode("utf-8"), published=dt.date.fromisoformat(published))


def _of_type(claims, event_type):
    return [c for c in claims if c["event_type"] == event_type]


def test_a_title_the_body_repeats_is_read_once_on_the_body_line(claims_of):
    text = f'---\ntitle: "Gunman kills 2 at tax office"\n---\nGunman kills 2 at tax office\n\n{BODY}\n'
    [kill] = _of_type(claims_of(text, dt.date(2024, 5, 8)), "kill")
    assert (kill["sentence_line"], kill["quantity_value"], kill["quantity_unit"]) == (4, 2.0, "victims")


@pytest.mark.parametrize(
    ("heading", "count"),
    [("Gunman kills 2 at tax office | Lansing Herald", 2.0), ("Gunman kills 3 at tax office", 3.0)],
)
def test_a_heading_that_gives_the_title_with_a_site_name_or_a_word_changed_is_the_headline(claims_of, heading, count):
    text = f'---\ntitle: "Gunman kills 2 at tax office"\n---\n{heading}\n\n{BODY}\n'
    [kill] = _of_type(claims_of(text, dt.date(2024, 5, 8)), "kill")
    assert (kill["sentence_line"], kill["quantity_value"]) == (4, count)


def test_a_title_the_body_does_not_repeat_is_read_on_its_front_matter_line(claims_of):
    text = f'---\ntitle: "Gunman kills 2 at tax office"\npublished: 2024-05-08\n---\n{BODY}\n'
    [kill] = _of_type(claims_of(text), "kill")
    assert (kill["sentence_line"], kill["sentence"]) == (2, "Gunman kills 2 at tax office")


def test_a_title_yaml_escapes_has_no_place_in_the_file_and_gives_no_claim():
    document = _document('---\ntitle: "Gunman kills 2 at \\"tax\\" office"\n---\n' + BODY)
    assert document.headline is None


def test_the_headline_stands_in_the_lede():
    document = _document(f'---\ntitle: "Gunman kills 2 at tax office"\n---\n{BODY}\n')
    assert document.headline[0] < document.lede_end(80)


PAGE = f"""Home
News
Sign in

Gunman kills 2 at tax office in Lansing

By Dana Roe
Updated 10:32 AM, May 8, 2024

{BODY}

Related stories

Storm kills 4 in Ohio
"""


def test_without_a_title_the_heading_that_opens_the_article_is_the_headline(claims_of):
    document = _document(PAGE)
    assert document.text[slice(*document.headline)] == "Gunman kills 2 at tax office in Lansing"
    claims = claims_of(PAGE, dt.date(2024, 5, 8))
    [kill] = _of_type(claims, "kill")
    assert (kill["quantity_value"], kill["place_text"]) == (2.0, "Lansing")
    # the menu, the byline, the timestamp and the teasers under "Related stories" state nothing
    assert {c["sentence"] for c in claims} == {"Gunman kills 2 at tax office in Lansing", BODY}


def test_a_two_word_heading_is_a_site_name_not_a_headline():
    document = _document(f"Lansing Herald\n\n{BODY}\n")
    assert document.headline is None


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("1 dead, 2 hurt in Lansing office shooting", {("die", 1.0), ("injure", 2.0)}),
        ("Four killed, 12 injured as bus overturns near Lansing", {("kill", 4.0), ("injure", 12.0)}),
        ("Two Dead, Three Wounded In Lansing Shooting", {("die", 2.0), ("injure", 3.0)}),
        ("At least 6 people dead after storm hits Lansing", {("die", 6.0)}),
        ("2 gunmen killed 5 in Lansing", {("kill", 5.0)}),
        ("Lansing mother of 3 killed in crossfire", set()),
        # title case hides the number from the entity recogniser; the parse still has it
        ("Explosion Kills One, Injures Others At Lansing Chemical Plant", {("kill", 1.0)}),
        ("No One Hurt As Fire Guts Lansing Home", set()),
        # a dash glued between a word and a figure is no word of either
        ("One dead—2 critically hurt in Lansing chemical plant explosion", {("die", 1.0)}),
    ],
)
def test_a_number_and_what_befell_them_count_the_victims(claims_of, headline, expected):
    claims = claims_of(f'---\ntitle: "{headline}"\n---\n{BODY}\n', dt.date(2024, 5, 8))
    counted = {(c["event_type"], c["quantity_value"]) for c in claims if c["quantity_unit"] == "victims"}
    assert counted == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("2 shot, 1 killed in Lansing", {("shoot", 2.0, "people shot"), ("kill", 1.0, "victims")}),
        ("3 stabbed outside Lansing bar", {("stab", 3.0, "stabbed")}),
        ("4 shot outside Lansing nightclub", {("shoot", 4.0, "people shot")}),
    ],
)
def test_a_number_and_the_weapon_that_befell_them_count_those_it_hit(claims_of, headline, expected):
    # "2 shot" is two people shot, not two gunshots: a count of everyone hit, dead and wounded.
    claims = claims_of(f'---\ntitle: "{headline}"\n---\n{BODY}\n', dt.date(2024, 5, 8))
    counted = {
        (c["event_type"], c["quantity_value"], c["quantity_unit"])
        for c in claims
        if c["headline"] and c["quantity_unit"]
    }
    assert counted == expected


def test_a_number_that_counts_victims_counts_nothing_else(claims_of):
    claims = claims_of(f'---\ntitle: "Three dead after bomb hits bank in Lansing"\n---\n{BODY}\n')
    assert all(c["quantity_value"] is None for c in _of_type(claims, "strike"))


def test_the_number_in_a_body_sentence_is_not_read_as_headline_ese(claims_of):
    claims = claims_of(
        "The 2 injured men were taken to hospital in Lansing on Monday, police said.", dt.date(2024, 5, 8)
    )
    assert not [c for c in claims if c["quantity_unit"] == "victims"]


def test_a_headline_in_the_present_tells_what_happened_and_its_infinitive_what_is_to_come(claims_of):
    claims = claims_of(
        '---\ntitle: "Gunman kills 2; sheriff to hold news conference on Friday"\n---\n' + BODY, dt.date(2024, 5, 8)
    )
    modality = {c["event_type"]: c["modality"] for c in claims if c["sentence_line"] == 2}
    assert modality == {"kill": "reported", "hold": "planned"}


def test_a_date_in_a_headline_is_anchored_to_publication(claims_of):
    text = '---\ntitle: "Orders for the Nova X2 Begin May 13th for Business Users"\n---\nThe phone was shown in Berlin.'
    [start] = _of_type(claims_of(text, dt.date(2024, 5, 8)), "start")
    assert (start["time_value"], start["modality"]) == ("2024-05-13", "reported")


def test_a_title_cased_headline_is_parsed_as_written_in_sentence_case(claims_of):
    body = "Thieves smashed the windows of a jeweller in Lyon on Monday and took rings and watches, police said."
    claims = claims_of(
        f'---\ntitle: "Lyon Store Hit by $3.4 Million Jewelry Heist"\n---\n{body}\n', dt.date(2024, 5, 8)
    )
    [heist] = [c for c in _of_type(claims, "steal") if c["sentence_line"] == 2]
    assert (heist["trigger"], heist["quantity_value"], heist["quantity_unit"]) == ("Heist", 3_400_000.0, "USD")
    # "Store" and "Hit" are not part of a name "Lyon Store Hit"
    assert all("Store" not in name for c in claims for name in c["participants"])


def test_a_title_cased_word_the_article_writes_as_a_name_stays_a_name(claims_of):
    body = "The woman was struck by a van in Queens on Sunday night, and the driver fled, police in Queens said."
    claims = claims_of(f'---\ntitle: "Woman Killed In Queens Hit-And-Run"\n---\n{body}\n', dt.date(2024, 5, 8))
    [kill] = [c for c in _of_type(claims, "kill") if c["sentence_line"] == 2]
    assert kill["place_text"] == "Queens"


@pytest.mark.parametrize(
    ("headline", "value"),
    [
        # published on Thursday 9 May 2024: the present tense tells what happened
        ("Storm Hits Lansing Sunday, Cutting Power", "2024-05-05"),
        ("Storm hits Lansing Sunday", "2024-05-05"),
        # the present of a schedule, whatever its capitals, tells what is to come
        ("Ticket Sales Start Monday For Lansing Festival", "2024-05-13"),
    ],
)
def test_a_weekday_in_a_headline_is_dated_by_headline_ese(claims_of, headline, value):
    claims = claims_of(f'---\ntitle: "{headline}"\n---\n{BODY}\n', dt.date(2024, 5, 9))
    assert {c["time_value"] for c in claims if c["sentence_line"] == 2} == {value}


def test_the_place_a_headline_opens_with_before_a_colon_is_where_its_event_happened(claims_of):
    text = f'---\ntitle: "Marseille: Jewellery Stolen In Shop Raid"\n---\n{BODY}\n'
    [theft] = [c for c in _of_type(claims_of(text, dt.date(2024, 5, 8)), "steal") if c["sentence_line"] == 2]
    assert (theft["place_text"], theft["place_key"]) == ("Marseille", "marseille-fr")


def test_a_place_hit_by_a_heist_is_where_the_heist_happened(claims_of):
    text = f'---\ntitle: "Marseille hit by 2 mn-euro jewelry heist"\n---\n{BODY}\n'
    [heist] = [c for c in _of_type(claims_of(text, dt.date(2024, 5, 8)), "steal") if c["sentence_line"] == 2]
    assert (heist["place_text"], heist["quantity_value"], heist["quantity_unit"]) == ("Marseille", 2e6, "EUR")
