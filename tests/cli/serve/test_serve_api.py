"""`proof serve` answers LanguageTool's clients as LanguageTool would, with proof's checks."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import httpx
import language_tool_python
import pytest

from proof.serve.app import Limits
from tests.helpers.cli import run_proof
from tests.helpers.paths import WIRE
from tests.helpers.serve import running_server


def wire_text() -> str:
    with open(WIRE, encoding="utf-8") as f:
        return f.read()


def check(url: str, **params) -> httpx.Response:
    return httpx.post(f"{url}/v2/check", data=params, timeout=60)


def matched(text: str, match: dict) -> str:
    """The text a LanguageTool match points at, its offsets counted in UTF-16 units."""
    units = text.encode("utf-16-le")
    return units[2 * match["offset"] : 2 * (match["offset"] + match["length"])].decode("utf-16-le")


def test_language_tool_python_remote_client_gets_rouge_flagged_with_rogue_and_no_names(server_url):
    text = wire_text()
    tool = language_tool_python.LanguageTool("en-GB", remote_server=server_url)
    try:
        matches = tool.check(text)
    finally:
        tool.close()
    rogue = [m for m in matches if text[m.offset : m.offset + m.error_length] == "rouge"]
    assert len(rogue) == 1
    assert rogue[0].replacements[0] == "rogue"
    assert "attacks by rouge states" in text[rogue[0].offset - 11 : rogue[0].offset + 12]
    flagged = {text[m.offset : m.offset + m.error_length] for m in matches}
    assert not flagged & {"Shoigu", "Hagel", "Hagel’s", "Antonov"}


def test_matches_are_the_flags_proof_check_reports(server_url, house_config):
    answer = check(server_url, text=wire_text(), language="en-GB").json()
    report = json.loads(
        run_proof(
            "check", WIRE, "--no-grammar", "--language", "en-GB", "--config", house_config, "--format", "json"
        ).stdout
    )
    expected = [(flag["rule"], flag["offset"], flag["length"]) for flag in report["files"][0]["flags"]]
    assert [(m["rule"]["id"], m["offset"], m["length"]) for m in answer["matches"]] == expected


def test_answer_has_languagetools_shape(server_url):
    answer = check(server_url, text="Iran is one of the rouge states.", language="en-GB").json()
    assert answer["software"]["apiVersion"] == 1
    assert answer["language"]["code"] == "en-GB"
    assert answer["language"]["detectedLanguage"]["code"] == "en-GB"
    (match,) = answer["matches"]
    assert match["replacements"] == [{"value": "rogue"}]
    assert (match["offset"], match["length"]) == (19, 5)
    assert match["sentence"] == "Iran is one of the rouge states."
    context = match["context"]
    assert context["text"][context["offset"] : context["offset"] + context["length"]] == "rouge"
    assert match["rule"]["id"] == "newsroom.Rogue"
    assert match["rule"]["issueType"] == "style"
    assert match["rule"]["category"]["id"] and match["rule"]["category"]["name"]
    assert match["rule"]["urls"][0]["value"].startswith("https://")
    assert match["type"]["typeName"]


def test_auto_language_reports_the_dialect_found_in_the_text(server_url):
    answer = check(server_url, text="The colour of the defence programme.", language="auto").json()
    assert answer["language"]["code"] == "en-GB"


def test_offsets_count_utf16_units_after_an_emoji(server_url):
    text = "🚀🚀 Iran is one of the rouge states."
    (match,) = check(server_url, text=text, language="en-GB").json()["matches"]
    assert match["offset"] == text.index("rouge") + 2
    assert matched(text, match) == "rouge"
    tool = language_tool_python.LanguageTool("en-GB", remote_server=server_url)
    try:
        (client_match,) = tool.check(text)
    finally:
        tool.close()
    assert text[client_match.offset : client_match.offset + client_match.error_length] == "rouge"


def test_annotated_text_skips_markup_and_counts_offsets_in_the_original(server_url):
    parts = [
        {"markup": "<p>"},
        {"text": "Iran is one of the "},
        {"markup": '<b class="x">'},
        {"text": "rouge"},
        {"markup": "</b>"},
        {"text": " states."},
        {"markup": "</p><p>", "interpretAs": "\n\n"},
        {"text": "The 🚀 rouge nations."},
    ]
    original = "".join(part.get("text", part.get("markup")) for part in parts)
    answer = check(server_url, data=json.dumps({"annotation": parts}), language="en-GB").json()
    assert [matched(original, m) for m in answer["matches"]] == ["rouge", "rouge"]
    assert all("<" not in m["sentence"] for m in answer["matches"])


def test_disabled_rules_and_categories_are_not_reported(server_url):
    text = "Iran is one of the rouge states, she recieved."
    every = {m["rule"]["id"] for m in check(server_url, text=text, language="en-GB").json()["matches"]}
    assert "newsroom.Rogue" in every and "spelling.Misspelled" in every
    without_rule = check(server_url, text=text, language="en-GB", disabledRules="newsroom.Rogue").json()
    assert "newsroom.Rogue" not in {m["rule"]["id"] for m in without_rule["matches"]}
    category = next(
        m["rule"]["category"]["id"]
        for m in check(server_url, text=text, language="en-GB").json()["matches"]
        if m["rule"]["id"] == "newsroom.Rogue"
    )
    without_category = check(server_url, text=text, language="en-GB", disabledCategories=category).json()
    assert category not in {m["rule"]["category"]["id"] for m in without_category["matches"]}


def test_enabled_only_reports_only_the_enabled_rules(server_url):
    text = "Iran is one of the rouge states, she recieved."
    answer = check(server_url, text=text, language="en-GB", enabledRules="newsroom.Rogue", enabledOnly="true").json()
    assert {m["rule"]["id"] for m in answer["matches"]} == {"newsroom.Rogue"}


def test_languages_lists_british_and_american_english(server_url):
    languages = httpx.get(f"{server_url}/v2/languages").json()
    assert {"en-GB", "en-US"} <= {language["longCode"] for language in languages}


BAD_REQUESTS = {
    "no text": ({"language": "en-GB"}, 400),
    "no language": ({"text": "Hello."}, 400),
    "unknown language": ({"text": "Hallo.", "language": "xx-YY"}, 400),
    "malformed data JSON": ({"data": '{"annotation": [', "language": "en-GB"}, 400),
    "data that is not AnnotatedText": ({"data": '{"annotation": [{"size": 3}]}', "language": "en-GB"}, 400),
    "text and data both": ({"text": "a", "data": '{"annotation": []}', "language": "en-GB"}, 400),
    "unknown level": ({"text": "Hello.", "language": "en-GB", "level": "extreme"}, 400),
    "enabledOnly without rules": ({"text": "Hello.", "language": "en-GB", "enabledOnly": "true"}, 400),
}


@pytest.mark.parametrize("params, status", BAD_REQUESTS.values(), ids=BAD_REQUESTS.keys())
def test_bad_request_gets_a_plain_error_message(server_url, params, status):
    response = check(server_url, **params)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text.startswith("Error: ")


@pytest.mark.parametrize(
    "body", [b"\xff\xfe\x00garbage\x80\x81", b"text=%FF%FE&language=en-GB"], ids=["raw bytes", "percent-encoded bytes"]
)
def test_bytes_that_are_not_utf8_get_400(server_url, body):
    response = httpx.post(
        f"{server_url}/v2/check", content=body, headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert response.status_code == 400
    assert response.text == "Error: the request is not valid UTF-8"


def test_wrong_method_gets_405_with_a_one_line_error(server_url):
    put = httpx.put(f"{server_url}/v2/check", data={"text": "a", "language": "en-GB"})
    assert (put.status_code, put.text) == (405, "Error: method not allowed (PUT /v2/check)")
    assert "GET" in put.headers["allow"]
    assert httpx.post(f"{server_url}/v2/languages").status_code == 405


def test_unknown_path_gets_404_with_a_one_line_error(server_url):
    answer = httpx.get(f"{server_url}/v2/nothing")
    assert (answer.status_code, answer.text) == (404, "Error: not found (GET /v2/nothing)")


def test_body_over_the_limit_gets_413(house_config):
    with running_server(house_config, Limits(max_body=1000)) as url:
        response = check(url, text="word " * 1000, language="en-GB")
        small = check(url, text="Iran is one of the rouge states.", language="en-GB")
    assert response.status_code == 413
    assert response.text.startswith("Error: ")
    assert small.status_code == 200


def test_check_over_the_time_limit_gets_503_and_the_server_goes_on(house_config):
    with running_server(house_config, Limits(time_limit=0.01)) as url:
        slow = check(url, text=wire_text() * 20, language="en-GB")
        languages = httpx.get(f"{url}/v2/languages")
    assert slow.status_code == 503
    assert slow.text.startswith("Error: ")
    assert languages.status_code == 200


def test_broken_multipart_body_gets_400(server_url):
    response = httpx.post(
        f"{server_url}/v2/check",
        content=b"--b\r\nno headers here",
        headers={"content-type": "multipart/form-data; boundary=b"},
    )
    assert response.status_code == 400
    assert response.text.startswith("Error: ")


def test_multipart_form_is_read_like_a_urlencoded_one(server_url):
    response = httpx.post(
        f"{server_url}/v2/check", files={"text": (None, "One of the rouge states."), "language": (None, "en-GB")}
    )
    assert [m["replacements"][0]["value"] for m in response.json()["matches"]] == ["rogue"]


def test_64_requests_from_16_clients_are_answered_identically(server_url):
    text = wire_text()

    def ask(_: int) -> tuple[int, str]:
        response = check(server_url, text=text, language="en-GB")
        return response.status_code, response.text

    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(ask, range(64)))
    assert {status for status, _ in answers} == {200}
    assert len({body for _, body in answers}) == 1
    assert json.loads(answers[0][1])["matches"]


def test_allowed_origin_gets_cors_headers(house_config):
    with running_server(house_config, allow_origins=("https://cms.example",)) as url:
        allowed = httpx.post(
            f"{url}/v2/check", data={"text": "Hi.", "language": "en-GB"}, headers={"origin": "https://cms.example"}
        )
        other = httpx.post(
            f"{url}/v2/check",
            data={"text": "Hi.", "language": "en-GB"},
            headers={"origin": "https://elsewhere.example"},
        )
    assert allowed.headers["access-control-allow-origin"] == "https://cms.example"
    assert "access-control-allow-origin" not in other.headers
