"""The claims table: one row per event mention with a date, a place or a quantity, and one per
event a lede names without them (`named_only`), which tell the story stage what its incident is.

Offsets are character offsets into the document's text (the file as decoded); `line` and
`column` (1-based) locate the trigger. Times are TIMEX3 values with their interval
[`time_begin`, `time_until`) in ISO dates, empty when the value is not a calendar interval.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa

# name -> (pandas dtype, meaning)
CLAIM_COLUMNS: dict[str, tuple[str, str]] = {
    "claim_id": ("string", "stable id: document name, '#', index of the claim in the document"),
    "doc": ("string", "document name (path relative to the working directory)"),
    "published": ("string", "the document's publication date (ISO), if known"),
    "sentence_start": ("Int64", "offset of the sentence"),
    "sentence_end": ("Int64", "offset just past the sentence"),
    "sentence": ("string", "the sentence's text"),
    "sentence_line": ("Int64", "line where the sentence starts"),
    "sentence_column": ("Int64", "column where the sentence starts"),
    "line": ("Int64", "line of the trigger"),
    "column": ("Int64", "column of the trigger"),
    "event_type": (
        "string",
        'event type from the lexicon, or the trigger\'s lemma with its particle ("go up"), marked "(verb)" where '
        'the lexicon declares a type of that name ("fire (verb)": "Cheeks was fired" is no blaze)',
    ),
    "event_source": (
        "string",
        "'lexicon', 'lemma' (the verb is not in the lexicon), 'apposition' (an age beside a name: 'Ann Lee, 32,') "
        "or 'victim' (the age of a death's one victim, unnamed: 'a 3-year-old child died')",
    ),
    "trigger": ("string", "the word that names the event"),
    "trigger_start": ("Int64", "offset of the trigger"),
    "trigger_end": ("Int64", "offset just past the trigger"),
    "participants": ("object", "list of participant names (acronyms and short names expanded within the document)"),
    "participant_kinds": ("object", "list: entity label, 'PROPN' (proper-noun chunk) or 'NOMINAL' (argument noun)"),
    "participant_roles": (
        "object",
        "list: 'agent', 'patient', 'site' (whose the place is: 'in a UN school') or 'other'",
    ),
    "time_text": ("string", "the temporal expression, a clock time with the day told beside it ('11 p.m. on Sunday')"),
    "time_start": ("Int64", "its offset"),
    "time_end": ("Int64", "offset just past it"),
    "time_type": ("string", "TIMEX3 type: DATE or TIME"),
    "time_value": ("string", "TIMEX3 value, e.g. 2024-05, 2024-05-03, XXXX-06"),
    "time_granularity": ("string", "day, month, year, quarter, ..."),
    "time_anchor": ("string", "absolute, document, context or none (unresolved)"),
    "time_begin": ("string", "first day of the interval (ISO), empty if unresolved"),
    "time_until": ("string", "first day after the interval (ISO), empty if unresolved"),
    "time_of_cause": (
        "boolean",
        "the time is of what befell the victims of a death ('died after being stabbed on Saturday'):"
        " the death came then or later",
    ),
    "place_text": ("string", "the place as written"),
    "place_start": ("Int64", "its offset"),
    "place_end": ("Int64", "offset just past it"),
    "place_key": ("string", "gazetteer place id, or the name when the gazetteer does not know it"),
    "place_known": ("boolean", "whether the gazetteer knows the place"),
    "place_within": ("string", "for a street or an address, the place (key or name) of its city; empty if unknown"),
    "quantity_text": ("string", "the number phrase"),
    "quantity_start": ("Int64", "its offset"),
    "quantity_end": ("Int64", "offset just past it"),
    "quantity_value": ("Float64", "the number stated"),
    "quantity_low": ("Float64", "lowest value the phrase allows ('more than 40' -> 40)"),
    "quantity_high": ("Float64", "highest value it allows (inf when open)"),
    "quantity_unit": ("string", "what is counted: a noun lemma, 'money', '%', ..."),
    "negated": ("boolean", "the event is denied ('did not launch')"),
    "modality": ("string", "'reported', 'planned' (will, expected to) or 'possible' (may, could)"),
    "headline": ("boolean", "the claim stands in its article's headline"),
    "named_only": (
        "boolean",
        "the lede names the event with no time, place or quantity ('The shooting broke out during an arrest'):"
        " the story stage reads it for its incident's kind, then drops it",
    ),
}

# Kinds of participant (`participant_kinds`) told by a name, and of those the ones that name where
# an event is, not who takes part in it.
NAMED_KINDS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "PROPN"})
SETTING_KINDS = frozenset({"GPE", "NORP", "LOC"})
# The `event_source` of an unnamed victim's age ("a 3-year-old child died").
VICTIM_SOURCE = "victim"
# The word that counts one victim more than those told beside it ("another man was wounded").
ONE_MORE = "another"

# Columns the export adds once claims are aligned into events.
ALIGNED_COLUMNS: dict[str, tuple[str, str]] = {
    "story": ("string", "the story (the articles of one incident) of the claim's document: S1, S2, ..."),
    "lede": ("boolean", "the claim stands in its article's title or lede"),
    "incident": ("boolean", "the claim tells its story's incident or its toll (the event most of its ledes name)"),
    "event": ("string", "the event the claim was aligned into (as in reports), empty when it stands alone"),
}


def with_values(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims that tell a time, a place or a quantity: all but those a lede only names."""
    if "named_only" not in claims or not claims["named_only"].fillna(False).any():
        return claims
    return claims[~claims["named_only"].fillna(False).astype(bool)].reset_index(drop=True)


def claims_frame(rows: list[dict]) -> pd.DataFrame:
    """A claims table with every column, in schema order and dtype."""
    frame = pd.DataFrame(rows, columns=list(CLAIM_COLUMNS))
    return frame.astype({name: dtype for name, (dtype, _) in CLAIM_COLUMNS.items()})


LIST_COLUMNS = ("participants", "participant_kinds", "participant_roles")


def claims_arrow(claims: pd.DataFrame) -> pa.Table:
    """The claims table as Arrow, its pandas dtypes kept in the schema (for `claims_from_arrow`)."""
    return pa.Table.from_pandas(claims, preserve_index=False)


def claims_from_arrow(table: pa.Table) -> pd.DataFrame:
    """The claims table an Arrow table holds, in the schema's columns and dtypes."""
    # Lists are made from Arrow directly: through pandas they would become numpy arrays first.
    frame = table.drop_columns(list(LIST_COLUMNS)).to_pandas()
    for name in LIST_COLUMNS:
        frame[name] = table.column(name).to_pylist()
    return frame[list(CLAIM_COLUMNS)]
