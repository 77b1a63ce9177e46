"""Page furniture known by its shape: gallery captions and calls for tips state no claims."""

from factcheck.corpus.layout import segment

PAGE = """Two people were shot dead in Dayton on Sunday, police said in a statement late that night.

Image 2 of 9

Officers at the scene in Dayton on Sunday. (Photo: Jane Roe/AP)

Photo 3 of 9 Officers gather in Dayton on Sunday.

The shooting happened at about 2 a.m. outside a bar in Dayton, police said on Monday.

Anyone with information is asked to call Crime Stoppers at 937-222-7867. A reward of up to $5,000 is offered.

Tips can also be sent to tips@daytonpolice.example, officers said on Monday in Dayton.

Police said the suspects fled in a car and that officers were still looking for them on Monday.
"""


def test_gallery_captions_and_calls_for_tips_are_furniture():
    kinds = [(p.kind, p.article) for p in segment(PAGE)]
    assert kinds == [
        ("prose", True),
        ("caption", False),
        ("caption", False),
        ("caption", False),
        ("prose", True),
        ("contact", False),
        ("contact", False),
        ("prose", True),
    ]


def test_furniture_gives_no_claims(claims_of):
    sentences = {c["sentence"] for c in claims_of(PAGE)}
    assert not any("Image" in s or "Photo" in s or "reward" in s or "Tips" in s for s in sentences)


QUOTE_BROKEN_AT_AN_ELLIPSIS = """A judge upheld the death sentence of a gang member in Norwalk on Thursday, court officials said.

The judge said the ambush slaying of the deputy in June 2005 warranted death, not life in prison.

"Our Jerry is in heaven, we will see him again...

his memory will live on," the widow said amid the sounds of soft sobs in the courtroom.

The deputy was killed on June 24 while investigating an attack in which a man was beaten.
"""


def test_an_ellipsis_inside_a_quotation_does_not_cut_the_article():
    kinds = [(p.kind, p.article) for p in segment(QUOTE_BROKEN_AT_AN_ELLIPSIS)]
    assert kinds == [("prose", True)] * 5


def test_an_ellipsis_before_a_new_sentence_still_cuts_a_teaser_off():
    page = QUOTE_BROKEN_AT_AN_ELLIPSIS.replace("his memory will live on", "His memory will live on")
    assert [p.kind for p in segment(page)][2] == "teaser"
