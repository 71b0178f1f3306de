"""Finding text in the article: the next match, ignoring case, round to the top."""

from proof.review.search import Found, find_next

TEXT = "Shoigu met Hagel. Later shoigu said: SHOIGU."


def test_finds_the_next_match_ignoring_case():
    assert find_next(TEXT, "shoigu", 0) == Found(0, 6, wrapped=False)
    assert find_next(TEXT, "Shoigu", 1) == Found(24, 30, wrapped=False)
    assert find_next(TEXT, "shoigu", 25) == Found(37, 43, wrapped=False)


def test_goes_on_from_the_top_after_the_last_match_and_says_so():
    assert find_next(TEXT, "hagel", 20) == Found(11, 16, wrapped=True)


def test_no_match_and_no_query_find_nothing():
    assert find_next(TEXT, "Putin", 0) is None
    assert find_next(TEXT, "", 0) is None


def test_offsets_stay_those_of_the_text_when_case_folding_changes_lengths():
    text = "Straße 🇷🇺 İstanbul and Istanbul"
    found = find_next(text, "istanbul", 0)
    assert text[found.start : found.end] == "İstanbul"
    again = find_next(text, "istanbul", found.start + 1)
    assert text[again.start : again.end] == "Istanbul"
    assert text[find_next(text, "straße", 0).start :].startswith("Straße")
