"""How articles are grouped into stories: the words that say nothing, and the tuning."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class StorySettings:
    link: float = 0.20  # average similarity at which two groups of articles are one story
    lede_words: int = 80  # words of the article after its title that make its lede
    name_weight: float = 2.0  # a name or place counts this many times a common word
    date_weight: float = 1.0  # a year or day stated by both articles
    other_year_penalty: float = 0.2  # taken from articles that date nothing in the same year
    publication_window_days: int = 30  # articles published further apart are never one story
    recall_days: int = 90  # a claim dated this long before its article recalls an earlier incident
    common_share: float = 0.05  # a feature in more of the corpus than this share is not compared
    common_floor: int = 10  # ... unless it is in no more documents than this (a small corpus)
    stopwords: set[str] = field(default_factory=set)

    NUMBERS = ("link", "name_weight", "date_weight", "other_year_penalty", "common_share")
    WHOLE_NUMBERS = ("lede_words", "publication_window_days", "recall_days", "common_floor")
