"""How the event synonyms (rules/core/wordnet-events.yaml) change event typing on ECB+.

    python bench/event_synonyms_ecb.py [ECBplus.tar.xz]

ECB+ (Cybulska and Vossen 2014, CC BY 3.0) annotates event mentions in real multi-outlet news
and links the mentions of one real-world event across documents. Each annotated sentence is
parsed with the spaCy model on the corpus's own tokens, and each event mention's head is typed
the way the extractor types a trigger (the lexicon's type, else the lemma), once with the hand
lexicon alone and once with the synonyms. Reported: the share of cross-document pairs of
coreferent mentions whose types are equal (two claims can only align when they are), the same
share for pairs of mentions of different events of one topic (two murders of different people:
the same type is right, the aligner keeps them apart by dates and participants), and every
token the synonyms type, with whether ECB+ marks it as an event at all.
"""

from __future__ import annotations

import csv
import re
import sys
import tarfile
from collections import Counter, defaultdict
from dataclasses import replace
from itertools import combinations
from pathlib import Path

from spacy.tokens import Doc

from factcheck.extract import load_model
from factcheck.rules import load_rules

ECB = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "ecbplus" / "ECBplus.tar.xz"
_TOKEN = re.compile(r'<token t_id="(\d+)" sentence="(\d+)" number="\d+">([^<]*)</token>')
_MARKABLE = re.compile(r'<(ACTION_\w+) m_id="(\d+)"\s*>(.*?)</\1>', re.S)
_ANCHOR = re.compile(r'<token_anchor t_id="(\d+)"/>')
_COREF = re.compile(r'<CROSS_DOC_COREF r_id="\d+" note="(ACT\w+)" >(.*?)</CROSS_DOC_COREF>', re.S)
_SOURCE = re.compile(r'<source m_id="(\d+)" />')


def annotated_sentences(archive: Path) -> dict[str, set[int]]:
    listing = archive.with_name("ECBplus_coreference_sentences.csv")
    with listing.open(encoding="utf-8") as rows:
        sentences = defaultdict(set)
        for row in csv.DictReader(rows):
            sentences[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return sentences


def documents(archive: Path):
    """(topic, name, tokens {t_id: (sentence, text)}, mentions {m_id: [t_id]}, instance {m_id})."""
    with tarfile.open(archive) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if not member.name.endswith(".xml"):
                continue
            xml = tar.extractfile(member).read().decode("utf-8")
            tokens = {int(t): (int(s), text) for t, s, text in _TOKEN.findall(xml)}
            mentions = {int(m): [int(a) for a in _ANCHOR.findall(body)] for _, m, body in _MARKABLE.findall(xml)}
            instance = {int(m): note for note, body in _COREF.findall(xml) for m in _SOURCE.findall(body)}
            name = Path(member.name).stem
            yield name.split("_")[0], name, tokens, mentions, instance


def event_type(lexicon, token) -> str:
    lemma = token.lemma_.lower()
    companions = [c.lower_ for c in token.children if c.dep_ in ("prt", "advmod")]
    return lexicon.event_type(lemma, companions, noun=token.pos_ == "NOUN") or lemma


def main(archive: Path = ECB) -> None:
    nlp = load_model()
    full = load_rules().events
    hand = replace(full, synonym_verbs={}, synonym_nouns={})
    keep = annotated_sentences(archive)
    mentions_by_instance, mentions_by_topic = defaultdict(list), defaultdict(list)
    fired, fired_in_mention = Counter(), Counter()
    for topic, name, tokens, mentions, instance in documents(archive):
        anchored = {t: m for m, anchors in mentions.items() for t in anchors}
        for sentence in sorted(keep.get(name, ())):
            ids = [t for t in sorted(tokens) if tokens[t][0] == sentence]
            if not ids:
                continue
            parsed = nlp(Doc(nlp.vocab, words=[tokens[t][1] for t in ids]))
            heads = {}
            for token, t_id in zip(parsed, ids):
                if token.pos_ in ("VERB", "NOUN") and t_id in anchored:
                    heads.setdefault(anchored[t_id], token)
                if token.pos_ in ("VERB", "NOUN") and event_type(full, token) != event_type(hand, token):
                    key = f"{token.lemma_.lower()} -> {event_type(full, token)}"
                    fired[key] += 1
                    fired_in_mention[key] += t_id in anchored
            for m_id, token in heads.items():
                mention = (name, event_type(hand, token), event_type(full, token), instance.get(m_id))
                if mention[3]:
                    mentions_by_instance[mention[3]].append(mention)
                mentions_by_topic[topic].append(mention)
    report(mentions_by_instance, mentions_by_topic, fired, fired_in_mention)


def report(by_instance, by_topic, fired, fired_in_mention) -> None:
    coreferent = [(a, b) for ms in by_instance.values() for a, b in combinations(ms, 2) if a[0] != b[0]]
    other = [
        (a, b)
        for ms in by_topic.values()
        for a, b in combinations(ms, 2)
        if a[0] != b[0] and a[3] and b[3] and a[3] != b[3]
    ]
    for label, pairs in (("coreferent pairs", coreferent), ("different-event pairs of a topic", other)):
        same_hand = sum(a[1] == b[1] for a, b in pairs)
        same_full = sum(a[2] == b[2] for a, b in pairs)
        print(f"{label}: {len(pairs):,}; same type, hand lexicon {same_hand / len(pairs):.2%}, ", end="")
        print(f"with synonyms {same_full / len(pairs):.2%} (+{same_full - same_hand:,})")
    total, inside = sum(fired.values()), sum(fired_in_mention.values())
    print(f"tokens the synonyms type: {total}, of which ECB+ event mentions {inside}")
    for key, count in fired.most_common():
        print(f"  {count:4} {fired_in_mention[key]:4}  {key}")


if __name__ == "__main__":
    main(*(Path(a) for a in sys.argv[1:]))
