"""A page's publication date: its front matter's, else the day its address carries."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.corpus import load_document


@pytest.mark.parametrize(
    ("url", "published"),
    [
        ("https://www.freep.com/story/news/local/michigan/2022/05/23/gaylord-tornado/9886627002/", "2022-05-23"),
        ("https://lpm.org/news/2024-11-12/eleven-people-hospitalized", "2024-11-12"),
        ("https://www.inquirer.com/news/philadelphia/fire-north-philadelphia-20200905.html", "2020-09-05"),
        # the first day in the path, not a longer run of digits (a story's id)
        ("http://post-gazette.com/local/region/2017/08/05/Hyndman/stories/201708050079", "2017-08-05"),
        # a month is no day; nor is a number that is no date, nor one in the host or the query
        ("https://www.newyorkupstate.com/buffalo/2019/09/coach-shot.html", None),
        ("https://example.com/news/20191399/story", None),
        ("https://www.20200101news.com/story?id=20200101", None),
    ],
)
def test_a_page_without_a_date_is_dated_by_the_day_its_address_carries(url, published):
    document = load_document("page.md", f'---\nurl: "{url}"\n---\nA fire broke out on Monday.\n'.encode())
    assert document.published == (published and dt.date.fromisoformat(published))


def test_a_date_in_the_front_matter_wins_over_the_address():
    text = '---\npublished: 2022-05-24\nurl: "https://www.freep.com/2022/05/23/tornado/"\n---\nA tornado hit.\n'
    assert load_document("page.md", text.encode()).published == dt.date(2022, 5, 24)
