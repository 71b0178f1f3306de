from tests.helpers.newsroom import found, pack_rule
from tests.helpers.rules import flagged, make_rule

FIRST = r"\b([A-Z]{3,5})\b"
SECOND = r"(?:\b[A-Z][a-z]+ )+\(([A-Z]{3,5})\)"


def rule(undefined=True):
    return make_rule(f"""\
        type: conditional
        message: "Spell out '{{match}}' on first use."
        first: '{FIRST}'
        second: '{SECOND}'
        exceptions: [NATO, UN]
        undefined: {"true" if undefined else "false"}
        """)


def test_use_before_definition_is_flagged_once():
    text = "The IAEA said on Monday. The IAEA said more. The International Atomic Energy Agency (IAEA) met NATO.\n"
    assert flagged(rule(), text) == [("IAEA", ())]
    assert [t for t, _ in flagged(rule(undefined=False), text)] == ["IAEA"]


def test_defined_first_and_known_acronyms_pass():
    text = "The International Atomic Energy Agency (IAEA) met. The IAEA and NATO agreed.\n"
    assert flagged(rule(), text) == []


def test_never_defined_only_when_undefined_is_on():
    text = "The OPCW said so.\n"
    assert [t for t, _ in flagged(rule(), text)] == ["OPCW"]
    assert flagged(rule(undefined=False), text) == []


def test_house_list_of_known_abbreviations_is_honoured():
    from tests.helpers.newsroom import found

    text = "The IAEA said on Monday. The International Atomic Energy Agency (IAEA) met.\n"
    assert found(rule(), text) == [("IAEA", ())]
    assert found(rule(), text, known_abbreviations=("IAEA",)) == []


def test_an_abbreviation_inside_another_definition_is_a_use():
    pack = pack_rule("AcronymOrder")
    text = (
        "The SEC settled its probe into CAM and Columbia Funds Distributor (CFD).\n\n"
        "The settlement with Columbia Management Advisors (CAM) was approved.\n"
    )
    assert found(pack, text) == [("CAM", ())]
