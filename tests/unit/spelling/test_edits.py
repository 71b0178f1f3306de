"""The cost of a slip: which ways of mistyping a word are cheap."""

from proof.spelling.edits import slip_cost


def test_the_word_itself_costs_nothing():
    assert slip_cost("loaded", "loaded") == 0


def test_swapped_letters_cost_less_than_a_replaced_letter():
    assert slip_cost("laoded", "loaded") < slip_cost("laoded", "landed")


def test_a_doubled_letter_written_once_or_thrice_costs_less_than_another_letter_dropped_or_added():
    assert slip_cost("bater", "batter") < slip_cost("bater", "baxter")
    assert slip_cost("batttle", "battle") < slip_cost("batxtle", "battle")


def test_a_letter_left_out_costs_less_than_a_letter_too_many():
    assert slip_cost("wich", "which") < slip_cost("whixch", "which")


def test_a_vowel_for_a_vowel_or_a_sound_alike_letter_costs_less_than_another_letter():
    assert slip_cost("bet", "bat") < slip_cost("bxt", "bat")
    assert slip_cost("hense", "hence") < slip_cost("henre", "hence")


def test_a_slip_in_the_first_letter_costs_more_than_one_inside_the_word():
    assert slip_cost("lables", "tables") > slip_cost("lables", "labels")
    assert slip_cost("alot", "lot") > slip_cost("alot", "alt")


def test_a_sound_alike_first_letter_costs_no_more_than_one_inside_the_word():
    assert slip_cost("klick", "click") < slip_cost("klick", "kick")
    assert slip_cost("ccale", "scale") < slip_cost("ccale", "cable")
