"""How articles are grouped into stories: the words that say nothing, and the tuning."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class StorySettings:
    link: float = 0.08  # average similarity at which two groups of articles are one story
    small_corpus_link: float = 0.2  # ... in a corpus of a few articles, where rarity says little
    small_corpus: int = 100  # articles from which the corpus is large enough for `link` alone
    lede_words: int = 80  # words of the article after its title that make its lede
    bare_sentences: int = 2  # the article's first sentences read for the events they only name
    name_weight: float = 1.0  # a name or place counts this many times a common word
    date_weight: float = 1.0  # a year or day stated by both articles
    other_year_penalty: float = 0.2  # taken from articles that date nothing in the same year
    other_street_penalty: float = 0.3  # ... and from articles whose ledes name streets, none the same
    other_age_penalty: float = 0.1  # ... and from articles whose ledes give ages, none the same
    apart_days: int = 60  # articles published, or dating their days, further apart than this ...
    apart_penalty: float = 0.1  # ... lose this much similarity when published so far apart
    days_apart_penalty: float = 1.0  # ... and this much (all) when the days they date lie so far apart,
    news_apart_days: int = 3  # ... or when the days their ledes report as news lie further apart than this,
    news_days: int = 1  # ... news being an event of a day no more than this before the article appeared
    publication_window_days: int = 400  # articles published further apart are never one story
    recall_days: int = 90  # a claim dated this long before its article recalls an earlier incident
    common_share: float = 0.02  # a feature in more of the corpus than this share is not compared
    common_floor: int = 10  # ... unless it is in no more documents than this (a small corpus)
    features_kept: int = 60  # the weightiest features of an article that are compared
    min_similarity: float = 0.05  # a pair less similar than this counts as unrelated (0) in a group's mean
    min_linked: float = 0.4  # the share of two groups' pairs that must be alike (>= min_similarity) to join
    related: float = 0.1  # two articles of a story this similar align their claims by the story alone
    stopwords: set[str] = field(default_factory=set)
    # A reference corpus of news: how many articles it has, and in how many of them each word
    # stem ("w:polic") appears (rules/core/word-rarity.yaml).
    reference_documents: int = 0
    reference_counts: dict[str, int] = field(default_factory=dict)

    def reference_weight(self, articles: int) -> float:
        """How many articles the reference corpus counts for beside a corpus of this many: nearly
        all of them beside a few articles, fewer as the corpus can tell rarity itself."""
        return self.reference_documents * (self.small_corpus / (self.small_corpus + articles)) ** 2

    def alone_weight(self, articles: int) -> float:
        """How much a word or name only one article holds weighs in its profile: nothing in a
        large corpus, where it only dilutes what the article shares; nearly its whole weight
        among a few articles, where what one says alone is how it differs from the rest."""
        return self._small_share(articles)

    def link_for(self, articles: int) -> float:
        """The link threshold for a corpus of this many articles: in a small corpus every word is
        rare, so similarity must be stronger before two articles are taken for one incident."""
        return self.link + (self.small_corpus_link - self.link) * self._small_share(articles)

    def _small_share(self, articles: int) -> float:
        """1 for a corpus of no article, falling to 0 at `small_corpus` articles."""
        return max(0.0, 1 - articles / self.small_corpus) if self.small_corpus else 0.0

    NUMBERS = (
        "link",
        "small_corpus_link",
        "name_weight",
        "date_weight",
        "other_year_penalty",
        "other_street_penalty",
        "other_age_penalty",
        "apart_penalty",
        "days_apart_penalty",
        "common_share",
        "min_similarity",
        "min_linked",
        "related",
    )
    WHOLE_NUMBERS = (
        "small_corpus",
        "lede_words",
        "bare_sentences",
        "publication_window_days",
        "apart_days",
        "news_apart_days",
        "news_days",
        "recall_days",
        "common_floor",
        "features_kept",
    )
