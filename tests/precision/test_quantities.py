"""Ranges, changes, figures glued to a label, and casualty counts."""

import pytest

from factcheck.quantities import parse_quantity, rounding


def _quantity(claims, event_type):
    [claim] = [c for c in claims if c["event_type"] == event_type]
    return claim["quantity_low"], claim["quantity_high"], claim["quantity_unit"]


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [("2.25% to 2.50%", 2.25, 2.5), ("5-6 million", 5e6, 6e6), ("$5 to $6 billion", 5e9, 6e9)],
)
def test_a_range_spans_its_ends_and_is_no_sum(phrase, low, high):
    quantity = parse_quantity(phrase)
    assert (quantity.low, quantity.high) == (low, high)


def test_a_range_after_from_is_a_change_to_its_second_figure():
    quantity = parse_quantity("2% to 3%", "from")
    assert (quantity.low, quantity.value, quantity.high) == (3, 3, 3)


def test_the_fed_raising_to_a_range(claims_of):
    assert _quantity(claims_of("The Fed raised rates to 2.25% to 2.50% on Wednesday."), "raise") == (2.25, 2.5, "%")


def test_a_figure_glued_to_its_label_keeps_value_and_unit(claims_of):
    claims = claims_of("Acme agreed to buy Beta Corp on 3 May 2024 for PriceUS$12.1 billion.")
    assert _quantity(claims, "acquire") == (12.1e9, 12.1e9, "USD")


@pytest.mark.parametrize(
    ("sentence", "event_type", "count"),
    [
        ("Two people were shot dead in Dayton on Sunday.", "kill", 2),
        ("Three people died in the crash on Sunday.", "die", 3),
        ("Five people were injured on Sunday.", "injure", 5),
        ("Four others were wounded on Sunday.", "injure", 4),
        ("Two gunmen killed five people in Dayton on Sunday.", "kill", 5),
        ("Three people suffered minor injuries in Dayton on Sunday.", "injure", 3),
        ("Two men sustained gunshot wounds in Dayton on Sunday.", "injure", 2),
        ("Two people suffered fatal injuries in Dayton on Sunday.", "kill", 2),
        ("Two people were shot, one fatally, in Dayton on Sunday.", "kill", 1),
        ("Three men were shot Saturday night in Dayton, one of them fatally.", "kill", 1),
        ("Two teens were stabbed, one fatally, in Dayton on Sunday.", "kill", 1),
    ],
)
def test_casualties_count_their_victims(claims_of, sentence, event_type, count):
    assert _quantity(claims_of(sentence), event_type) == (count, count, "victims")


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("A man was pronounced dead at the scene in Dayton on Sunday.", "die"),
        ("He was declared dead at a hospital in Dayton on Sunday.", "die"),
        ("Eleven people have been confirmed dead in the accident in Dayton on Sunday.", "die"),
        ("Police shot dead a gunman in Dayton on Sunday.", "kill"),
        ("A Thursday night fire claimed the life of a Dayton resident.", "kill"),
        ("A cyclist was fatally injured in a crash in Dayton on Sunday.", "kill"),
        ("A pedestrian was fatally struck by a car in Dayton on Sunday.", "kill"),
        ("A man was fatally stabbed in Dayton on Sunday.", "kill"),
        ("A woman passed away at the scene in Dayton on Sunday.", "die"),
        ("The driver succumbed to his injuries in Dayton on Sunday.", "die"),
        ("Five people were hospitalized in Dayton on Sunday.", "hospitalize"),
        ("Six people were taken to hospital in Dayton on Sunday.", "hospitalize"),
        ("Two other people were transported to a local hospital in Dayton on Sunday.", "hospitalize"),
        ("Three people were rushed to the hospital in Dayton on Sunday.", "hospitalize"),
        ("Four people were taken to area hospitals in Dayton on Sunday.", "hospitalize"),
    ],
)
def test_casualty_verbs_in_the_lexicon(claims_of, sentence, event_type):
    assert event_type in {c["event_type"] for c in claims_of(sentence)}


def test_a_block_number_counts_nothing(claims_of):
    [claim] = [c for c in claims_of("The fire broke out in the 1200 block of Elm Street on Friday.")]
    assert claim["quantity_value"] is None


def test_a_scale_glued_to_its_figure_counts(claims_of):
    claims = claims_of("AMD is paying $53m in stock to acquire SeaMicro on 29 February 2012.")
    assert [c["quantity_value"] for c in claims if c["event_type"] == "pay"] == [53e6]


def test_a_qualifier_reaches_over_a_currency_sign():
    from factcheck.quantities import qualifier_before

    assert qualifier_before("unveiled a bid of nearly $") == "nearly"
    assert qualifier_before("worth about US$") == "about"
    assert qualifier_before("paid $") is None


def test_dozens_are_more_than_two_dozen_and_fewer_than_a_hundred():
    quantity = parse_quantity("dozens")
    assert (quantity.low, quantity.high) == (24, 99)
    assert parse_quantity("two dozens").value == 24


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [("more than a dozen", 12, float("inf")), ("nearly a dozen", 10.2, 12), ("a dozen", 12, 12)],
)
def test_a_qualifier_before_a_number_word_bounds_it(claims_of, phrase, low, high):
    [injury] = claims_of(f"The explosion injured {phrase} people on Monday.")
    assert (injury["quantity_low"], injury["quantity_high"]) == pytest.approx((low, high))


def test_a_score_counts_nothing():
    assert parse_quantity("24-17") is None


@pytest.mark.parametrize(
    "sentence",
    ["A 3 mn-euro heist hit Lyon on Monday.", "Thieves stole 3 mn euros in jewels in Lyon on Monday."],
)
def test_a_figure_before_a_currency_word_is_money(claims_of, sentence):
    [steal] = [c for c in claims_of(sentence) if c["event_type"] == "steal"]
    assert (steal["quantity_value"], steal["quantity_unit"]) == (3e6, "EUR")


@pytest.mark.parametrize(
    "sentence",
    [
        "The death toll from the floods rose to 27 on Tuesday.",
        "The death toll climbed from 19 to 27 on Tuesday.",
        "The death toll reached 27 on Tuesday, officials said.",
        "The floods left a death toll of 27 by Tuesday.",
    ],
)
def test_a_death_toll_counts_the_dead(claims_of, sentence):
    [die] = [c for c in claims_of(sentence) if c["event_type"] == "die"]
    assert (die["quantity_value"], die["quantity_unit"]) == (27, "victims")


def test_a_toll_of_something_that_is_no_event_counts_nothing(claims_of):
    claims = claims_of("The road toll rose to 5 dollars on Tuesday.")
    assert not [c for c in claims if c["quantity_unit"] == "victims"]


@pytest.mark.parametrize(
    ("phrase", "slack"),
    [("$13 billion", 5e8), ("$13.2 billion", 5e7), ("$2.1bn", 5e7), ("2.6 million", 5e4), ("2,100", 0), ("40", 0)],
)
def test_a_figure_before_a_large_scale_is_rounded_to_its_last_digit(phrase, slack):
    assert rounding(phrase) == pytest.approx(slack)
