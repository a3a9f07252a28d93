"""Boilerplate detection: what a reader would call "not the story" is skipped, the story is kept."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.errors import BorderlinesError
from geo.ingest.boilerplate import MAX_RULE_LINE, analysed_text, boilerplate_spans
from geo.models import Span

STORY = [
    "Heavy fighting was reported on Tuesday around Bakhmut, where the regional governor said "
    "three villages had been shelled overnight.",
    "Aid convoys heading to Kramatorsk were turned back at a checkpoint near Sloviansk, "
    "according to a statement from the regional administration.",
    "The mayor of Kharkiv said power had been restored to most districts by the evening.",
]

SCRAPED = "\n".join(
    [
        "Shelling hits villages near Bakhmut",
        "Shelling hits villages near Bakhmut",
        "By Olena Marchenko",
        "Share this story",
        "Facebook | Twitter | WhatsApp | Email",
        "",
        STORY[0],
        "",
        "ADVERTISEMENT",
        "",
        STORY[1],
        "",
        "Read more: Drone strike damages port in Odesa",
        "(Photo: Reuters/File)",
        "",
        STORY[2],
        "",
        "Join our Telegram channel for breaking news",
        "Subscribe to our daily newsletter for the top stories from Europe",
        "Follow us on Google News",
        "We use cookies to personalise content and ads. By continuing to use our site you accept our cookie policy.",
        "Accept all",
        "© 2024 Eastern Wire Ltd. All rights reserved.",
        "Tags: Ukraine, Russia, Donetsk",
        "Related articles",
        "Poland reopens border crossing with Belarus",
        "",
        "Floods in Moldova force evacuations",
        "Romanian farmers block roads near Bucharest",
    ]
)


def _skipped(text: str, title: str | None = None) -> dict[str, str]:
    return {text[s.start:s.end]: s.reason for s in boilerplate_spans(text, title)}


def test_story_paragraphs_are_kept_and_boilerplate_skipped():
    skipped = _skipped(SCRAPED)
    kept = analysed_text(SCRAPED, boilerplate_spans(SCRAPED))
    for paragraph in STORY:
        assert paragraph in kept
    assert kept.startswith("Shelling hits villages near Bakhmut\n")  # the first title line stays
    assert "Odesa" not in kept and "Belarus" not in kept and "Moldova" not in kept and "Bucharest" not in kept
    assert "Donetsk" not in kept and "Telegram" not in kept and "cookie" not in kept
    reasons = set(skipped.values())
    for expected in [
        "repeated title line",
        "byline (author credit)",
        "share/social buttons",
        "advertisement marker",
        "'Read More' teaser: headline of another story",
        "photo credit",
        "invitation to join a group or channel",
        "newsletter/subscription prompt",
        "'Follow us' social media prompt",
        "cookie/consent notice",
        "copyright line",
        "tag list",
        "'Related Articles' list: links to other stories",
    ]:
        assert expected in reasons, expected


def test_related_block_covers_the_headline_list():
    skipped = _skipped(SCRAPED)
    block = next(k for k, v in skipped.items() if v.startswith("'Related"))
    assert block.startswith("Related articles") and block.endswith("Romanian farmers block roads near Bucharest")


def test_related_block_stops_at_a_story_paragraph():
    text = "Related News\nOther headline here\n\n" + STORY[0]
    kept = analysed_text(text, boilerplate_spans(text))
    assert STORY[0] in kept and "Other headline" not in kept


def test_related_heading_never_swallows_short_story_sentences():
    text = "More from the front line\nTwo soldiers were killed near Avdiivka, the army said.\n" + STORY[1]
    kept = analysed_text(text, boilerplate_spans(text))
    assert "Two soldiers were killed near Avdiivka" in kept and STORY[1] in kept


def test_teaser_label_on_its_own_line_takes_the_next_headline():
    text = STORY[0] + "\n\nALSO READ\nPort strike spreads to Gdansk\n\n" + STORY[1]
    kept = analysed_text(text, boilerplate_spans(text))
    assert "Gdansk" not in kept and STORY[1] in kept and STORY[0] in kept


@pytest.mark.parametrize(
    "line",
    [
        "Share:", "Share this article", "Tweet", "WhatsApp", "Share on X", "Also Read: Kabul airport reopens",
        "READ MORE | Clashes in Tripoli", "See also: Earthquake in Turkey", "Related News", "You may also like",
        "Join our WhatsApp group", "Click here to join the Telegram channel",
        "Sign up for our newsletter", "Subscribe to Morning Brief updates", "Follow us on Instagram",
        "Advertisement", "Story continues below advertisement", "Copyright © 2023 Example Media",
        "(c) 2021 Sample Press", "All rights reserved.", "Photo credit: AFP", "Image: Getty Images",
        "File photo",
        "File photo (Aid Watch): soldiers beside a drone that failed to explode near Qaryat on 3 May 2021",
        "Representational image - firefighters at a burnt market in Lerana", "By Ahmed Khan and Maria Lopez", "Reported by Tom Ellis | Reuters", "Leave a comment",
        "Download the Example News app for iOS and Android", "Topics: Syria, Iraq",
        "Related: Protesters clash with police in Nairobi", "Trending Now | Taliban detain activists in Kabul",
        "[Related: Two ministers to sign a rail deal during a state visit]",
        "Click here for the latest on the war, where drones hit Odesa overnight.",
    ],
)  # fmt: skip
def test_single_boilerplate_lines(line):
    text = f"{STORY[0]}\n{line}\n{STORY[1]}"
    spans = boilerplate_spans(text)
    assert [text[s.start:s.end] for s in spans] == [line]
    assert all(s.reason for s in spans)


@pytest.mark.parametrize(
    "line",
    [
        "Shares in Karachi rose 3% after the ceasefire was announced.",
        "Readers in Lahore said the share of imported wheat had doubled.",
        "By Monday, the army had withdrawn from the town of Afrin.",
        "Join talks in Geneva, the envoy urged both sides on Sunday.",
        "The EU said websites must ask before they store cookies on a device.",
        "Copyright lawyers in Dublin filed a complaint on Tuesday.",
        "Related talks are expected in Doha next week, officials said.",
        "Trending downwards, the rupee fell against the dollar in Karachi.",
        "Clicks and whistles were heard from the crowd in Lahore.",
        "Follow-up talks on the border dispute will be held in Astana.",
        "The photo agency said its staff in Gaza were safe.",
        "X",
    ],
)
def test_story_sentences_that_look_like_boilerplate_are_kept(line):
    text = f"{STORY[0]}\n{line}\n{STORY[1]}"
    assert boilerplate_spans(text) == ()


def test_repeated_title_with_explicit_title():
    title = "Floods in Assam"
    text = f"{title}\n{title}\n{STORY[0]}"
    spans = boilerplate_spans(text, title)
    assert [(text[s.start:s.end], s.start) for s in spans] == [(title, len(title) + 1)]
    # the title once at the top is the headline, not boilerplate
    assert boilerplate_spans(f"{title}\n{STORY[0]}", title) == ()


def test_offsets_point_into_the_original_text_with_indentation_and_crlf_free_lines():
    text = "  Lead paragraph about Herat.\n    Share:   \nMore about Kandahar."
    (span,) = boilerplate_spans(text)
    assert text[span.start:span.end] == "Share:"


def test_analysed_text_keeps_length_offsets_and_newlines():
    spans = boilerplate_spans(SCRAPED)
    kept = analysed_text(SCRAPED, spans)
    assert len(kept) == len(SCRAPED)
    assert kept.count("\n") == SCRAPED.count("\n")
    for i, (a, b) in enumerate(zip(SCRAPED, kept)):
        inside = any(s.start <= i < s.end for s in spans)
        assert b == (" " if inside and a != "\n" else a)
    assert analysed_text("abc", ()) == "abc"
    assert analysed_text("abc", (Span(-5, 2), Span(1, 99))) == "   "  # clipped, overlaps fine


def test_very_long_line_is_story_text():
    long_line = "Also Read: " + "word " * (MAX_RULE_LINE // 5 + 10)
    assert boilerplate_spans(long_line) == ()


@pytest.mark.shared
def test_seed_boilerplate_is_skipped_and_story_kept(seed_text):
    spans = boilerplate_spans(seed_text)
    skipped = [seed_text[s.start:s.end] for s in spans]
    kept = analysed_text(seed_text, spans)
    lines = [line.strip() for line in seed_text.split("\n") if line.strip()]
    also_read = [line for line in lines if line.lower().startswith("also read")]
    assert len(also_read) >= 3 and all(line in skipped for line in also_read)
    assert "Share:" in skipped
    assert any(s.lower().startswith("join") and "group" in s.lower() for s in skipped)
    assert "Related News" in skipped
    assert lines[0] == lines[1] and seed_text.count(lines[0]) == 2 and kept.count(lines[0]) == 1
    paragraphs = [line for line in lines if len(line) > 150]
    assert len(paragraphs) >= 4
    for paragraph in paragraphs:
        assert paragraph in kept


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Share:", "Also Read: x", "Related News", "", "   ", "Advertisement", "By Ann Lee",
                         STORY[0], "Tweet", "©", "Join us", "Related\n"]) | st.text(max_size=60),
        max_size=25,
    ),
    st.none() | st.text(max_size=30),
)  # fmt: skip
def test_spans_are_sorted_disjoint_and_inside_the_text(parts, title):
    text = "\n".join(parts)
    try:
        spans = boilerplate_spans(text, title)
    except BorderlinesError:
        return
    previous_end = 0
    for s in spans:
        assert 0 <= previous_end <= s.start < s.end <= len(text)
        assert s.reason
        previous_end = s.end
    assert len(analysed_text(text, spans)) == len(text)


def test_docstring_examples_run():
    import doctest

    import geo.ingest.boilerplate

    assert doctest.testmod(geo.ingest.boilerplate).failed == 0


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("3 Comments", "comments widget"),
        ("Download our app for breaking news alerts", "app download prompt"),
        ("By Amina Yusuf and Tom Reed | Reuters", "byline (author credit)"),
        ("ADVERTISEMENT", "advertisement marker"),
    ],
)
def test_each_line_rule_names_its_kind(line: str, reason: str) -> None:
    text = f"Floods reached Thatta on Monday.\n{line}\nThe water fell on Tuesday."
    assert _skipped(text) == {line: reason}


def test_a_line_rule_passes_over_lines_longer_than_it_takes() -> None:
    # the comments widget takes lines of up to 60 characters: a longer one is story text
    short, long = "View all comments" + "." * 43, "View all comments" + "." * 44
    assert _skipped(f"Floods reached Thatta.\n{short}") == {short: "comments widget"}
    assert _skipped(f"Floods reached Thatta.\n{long}") == {}


def test_the_byline_rule_keeps_its_case() -> None:
    # a byline is "By" and capitalised names; a sentence about "by the river" is not
    assert _skipped("Floods reached Thatta.\nby the river bank") == {}


def test_the_reader_and_the_pipeline_read_a_text_once() -> None:
    from geo.ingest import boilerplate
    from geo.ingest.readers import read_bytes
    from geo.pipeline import analyse

    text = "Quetta talks\nShare on Facebook\nOfficials met in Quetta on Monday.\n" + "Police arrested two men.\n" * 50
    boilerplate._boilerplate_spans.cache_clear()
    result = analyse(read_bytes("a.txt", text.encode()).articles)
    info = boilerplate._boilerplate_spans.cache_info()
    assert (info.misses, info.hits) == (1, 1)  # the pipeline's second look is the reader's answer
    assert [s.reason for s in result.articles[0].article.skipped] == ["share/social buttons"]


def test_a_title_of_white_space_is_no_title() -> None:
    text = "Storm hits\nStorm hits\nThe army moved north."
    assert boilerplate_spans(text, "  ") == boilerplate_spans(text, None) == boilerplate_spans(text, "")


def test_video_teasers_and_their_running_times_take_the_next_headline():
    text = (
        "The minister left Lindora on Thursday.\n"
        "Watch the video\n"
        "Floods in the north leave 4 dead and dozens missing\n"
        "01:02\n"
        "Two presidents hold talks in Orlun as trade grows\n"
        "The visit was his third this year.\n"
    )
    skipped = [text[s.start:s.end] for s in boilerplate_spans(text)]
    assert skipped == [
        "Watch the video\nFloods in the north leave 4 dead and dozens missing",
        "01:02\nTwo presidents hold talks in Orlun as trade grows",
    ]


def test_a_photo_caption_ending_with_its_credit_is_skipped_a_story_line_with_brackets_is_not():
    caption = "Police fire tear gas at protesters in Orlun on Monday, May 23, 2016. (AP Photo/J. Doe)"
    story = "The ruling party (LPN) won the vote in Orlun/Dovik (as expected) on Monday."
    text = caption + "\n\n" + story + "\n"
    assert [text[s.start:s.end] for s in boilerplate_spans(text)] == [caption]
