"""A speaker the article knows only by a social media handle is named by the handle. Sentences written
for these tests."""

from __future__ import annotations

from quotes.engines.local import extract


def test_a_social_media_handle_is_the_name_the_article_gives() -> None:
    text = "As one Twitter user @lakeview_ann pointed out, the gap between the two candidates is vast."
    assert extract(text)[0].speaker.name == "@lakeview_ann"


def test_a_user_with_no_handle_stays_unnamed() -> None:
    text = "As one Twitter user pointed out, the gap between the two candidates is vast."
    assert extract(text)[0].speaker.name is None
