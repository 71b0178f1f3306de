import pytest

from proof.style.loader import load_rule_text
from proof.style.registry import rule_types
from proof.style.rule import RuleError
from tests.helpers.rules import flagged, make_rule, run_rule


def error_of(text):
    with pytest.raises(RuleError) as caught:
        load_rule_text(text, "pack/Bad.yml", "pack.Bad")
    return caught.value


def test_registry_discovers_every_type_module():
    assert {"existence", "substitution"} <= set(rule_types())


def test_malformed_yaml_names_file_and_line():
    error = error_of("type: existence\nmessage: 'x\ntokens: [a\n")
    assert error.path == "pack/Bad.yml" and error.line is not None
    assert str(error).startswith("pack/Bad.yml:")


def test_an_unquoted_phrase_starting_with_a_star_says_to_quote_it():
    error = error_of("type: confusable\nmessage: m\nwords:\n  pedal: peddle\nwhen:\n  - followed_by: [* $goods]\n")
    assert error.line == 6
    assert "must be quoted" in str(error) and '"* ...' in str(error)


def test_unknown_type_names_field_and_line():
    error = error_of("message: m\ntype: nonsense\n")
    assert (error.line, error.field) == (2, "type")
    assert "existence" in str(error)


def test_unknown_field_names_it():
    error = error_of("type: existence\nmessage: m\ntokens: [a]\ntokenz: [b]\n")
    assert (error.line, error.field) == (4, "tokenz")
    assert str(error) == "pack/Bad.yml:4: field 'tokenz': " + error.detail


def test_bad_regex_names_field_and_line():
    error = error_of("type: existence\nmessage: m\nraw: ['(unclosed']\n")
    assert (error.line, error.field) == (3, "raw")


def test_bad_value_names_field():
    error = error_of("type: existence\nmessage: m\ntokens: [a]\nignorecase: maybe\n")
    assert (error.line, error.field) == (4, "ignorecase")
    assert error_of("type: existence\nmessage: m\nseverity: fatal\ntokens: [a]\n").field == "severity"


def test_object_building_tags_are_refused():
    error = error_of("type: existence\nmessage: !!python/object/apply:os.system ['echo hi']\ntokens: [a]\n")
    assert error.line == 2


def test_yes_and_no_stay_words():
    rule = make_rule("type: existence\nmessage: m\ntokens: [no, yes]\n")
    assert [text for text, _ in flagged(rule, "Say no to that.")] == ["no"]


def test_vale_rule_loads_unchanged():
    rule = make_rule("""\
        extends: existence
        message: "Consider removing '%s'."
        level: suggestion
        ignorecase: true
        tokens:
          - very
        """)
    assert rule.info.severity == "info"
    flags = run_rule(rule, "It was Very cold.")
    assert [f.message for f in flags] == ["Consider removing 'Very'."]


def test_rule_id_comes_from_pack_and_file(tmp_path):
    from proof.style.loader import Pack, load_pack

    (tmp_path / "House").mkdir()
    (tmp_path / "House" / "Avoid.yml").write_text("type: existence\nmessage: m\ntokens: [x]\n")
    assert [r.info.id for r in load_pack(Pack("House", tmp_path / "House"))] == ["House.Avoid"]


@pytest.mark.parametrize(
    ("field", "value"),
    [("type", "[existence]"), ("extends", "{existence: 1}"), ("level", "[warning]"), ("severity", "{a: b}")],
)
def test_a_list_or_map_where_a_name_belongs_names_the_field_and_line(field, value):
    error = error_of(
        f"message: m\ntokens: [a]\n{field}: {value}\n" + ("" if field in ("type", "extends") else "type: existence\n")
    )
    assert (error.path, error.line, error.field) == ("pack/Bad.yml", 3, field)
