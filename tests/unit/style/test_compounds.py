from tests.helpers.newsroom import found, pack_rule

RULE = pack_rule("CompoundForms")


def test_minority_form_is_flagged_with_majority_suggested():
    text = "An e-mail came. Then an email. Another email. EMAIL again."
    assert found(RULE, text) == [("e-mail", ("email",))]


def test_tie_goes_to_the_first_form():
    assert found(RULE, "The anti-missile shield. The antimissile system.") == [("antimissile", ("anti-missile",))]
    assert found(RULE, "Cooperation grew. Co-operation is key.") == [("Co-operation", ("Cooperation",))]


def test_open_form_only_after_prefixes():
    assert found(RULE, "The post-Cold War order. The post-Cold War era. The post Cold War world.") == [
        ("post Cold", ("post-Cold",))
    ]
    assert found(RULE, "A follow-up is due. They will follow up.") == []
    assert found(RULE, "A long-term plan for the long term.") == []


def test_distinct_words_are_not_forms_of_each_other():
    assert found(RULE, "She will re-sign the deal. He may resign.") == []


def test_one_form_is_consistent():
    assert found(RULE, "The anti-missile shield and the anti-missile treaty.") == []


def test_a_capitalised_form_inside_a_sentence_is_a_name():
    text = "Junk e-mail is up, says the firm Email Systems. Email Systems counts each e-mail. Most e-mail is spam."
    assert found(RULE, text) == []


def test_quotations_keep_their_own_spelling():
    # Quoted statements, e-mails and blogs are verbatim: "emails" there is the writer's.
    text = 'An e-mail came. Another e-mail followed. "We have also received emails," she said.'
    assert found(RULE, text) == []


def test_closed_and_open_forms_are_whole_words_each_found_once():
    text = "The post-war plan. The post war plan, a postwar plan, a post-postwar idea and postwars. Post war."
    # "post war" twice, beside "post-war" and "postwar" once; "post-postwar" and "postwars"
    # are other words.
    assert found(RULE, text) == [("post-war", ("post war",)), ("postwar", ("post war",))]
