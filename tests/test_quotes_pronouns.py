"""Pronoun speakers of the ``quotes`` stage: which pronoun mention is the speaker (made-up
sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from fivew.quotes_antecedents import FIRST_PERSON_WORDS

from .test_quotes import found_triples, make_article


def _speaker_of(nlp: Any, text: str, cue: str) -> tuple[str | None, str | None]:
    """(speaker text, entity name) of the quote cued by ``cue`` in ``text``."""
    article = make_article(nlp, text)
    names = {e.id: e.name for e in article.entities}
    quote = next(q for q in article.quotes if q.cue is not None and q.cue.text == cue)
    if quote.speaker is None:
        return None, None
    return quote.speaker.text, names.get(quote.speaker.entity_id or "")


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # the object of the verb: "she renewed her criticism of"
        ("Marta Olsen chaired the water board for a decade. On Friday she renewed her "
         "criticism of the port budget.", "criticism of", ("she", "Marta Olsen")),
        # through a preposition: "he expanded on his proposal for"
        ("Tomas Berg ran the harbour authority until 2019. In March he expanded on his "
         "proposal for a toll on cargo ships.", "proposal for", ("he", "Tomas Berg")),
        # "who" resolved through the clause it is the subject of, where the cue hangs
        ("Jorge Castañeda, a former Mexican foreign minister who is a harsh critic of "
         "Mr. Peña Nieto, spoke on Monday.", "critic", ("who", "Jorge Castañeda")),
        # ... and through a copula with a named subject
        ("Kaine is a former civil rights lawyer who is a staunch opponent of the death "
         "penalty.", "opponent", ("who", "Kaine")),
        # ... and through the name set off before it where the parse hangs the clause on
        # an earlier noun
        ("Bush flew by helicopter to Jerusalem for talks with Olmert and Israeli President "
         "Shimon Peres, who said that peace negotiations may be slow.", "said",
         ("who", "Shimon Peres")),
    ],
)
def test_pronoun_speaker_span_and_entity(
        nlp: Any, text: str, cue: str, expected: tuple[str, str]) -> None:
    """The clause's subject pronoun, not the possessive in its object, is the speaker's span;
    the entity is the one the pronoun stands for."""
    assert _speaker_of(nlp, text, cue) == expected


def test_possessive_of_someone_else_stays_the_speaker(nlp: Any) -> None:
    """'He read her criticism': the possessor is another person, so 'her' stays."""
    speaker, _ = _speaker_of(nlp, "Tomas Berg met Marta Olsen at the harbour. He read her "
                                  "criticism of the port budget twice.", "criticism of")
    assert speaker == "her"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it means" with a gerund: the "it" stands for the situation, not a speaker
        ("The cooperative has lost members every year. It means admitting that the dairy "
         "model no longer pays.",
         (None, "admitting", "that the dairy model no longer pays")),
        # a conjunct of an extraposed infinitive: "it's easy to be ... and call"
        ("It's easy to be gloomy about the merger and call the new board reckless.",
         (None, "call", "the new board reckless")),
    ],
)
def test_expletive_it_names_no_speaker(nlp: Any, text: str,
                                       expected: tuple[None, str, str]) -> None:
    assert expected in found_triples(nlp, text)


def _cue_subject_text(nlp: Any, text: str, cue: str) -> str | None:
    """The text of :func:`fivew.quotes_subjects.cue_subject` for the word ``cue``."""
    from fivew.quotes_subjects import cue_subject

    tok = next(t for t in nlp(text) if t.text == cue)
    subject = cue_subject(tok)
    return None if subject is None else subject.text


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a temporal phrase: "at one point calling"
        ("Mayor Ingrid Dahl fought with the ferry union for months, at one point calling "
         "its leader a bully.", "calling", "Dahl"),
        # the occasion, not the speaker: "with a June speech praising"
        ("Ingrid Dahl, who opened the festival with a June speech praising the volunteers, "
         "will not attend this year.", "praising", "who"),
        # ... but a group, a body or a person right before the participle is its speaker
        ("The donor has given money to a super PAC backing former Gov. Bobby Jindal of "
         "Louisiana.", "backing", "PAC"),
        ("The new rules, which officials said will take effect next year, will not apply to "
         "all Guatemalans seeking entry into the U.S.", "seeking", "Guatemalans"),
        ("Mr. Rastin also gave $300,000 to an independent group backing the governor.",
         "backing", "group"),
    ],
)
def test_participle_on_a_prepositional_object(
        nlp: Any, text: str, cue: str, expected: str) -> None:
    """The object of a preposition a participle qualifies is not its speaker, unless it
    names people or a body."""
    assert _cue_subject_text(nlp, text, cue) == expected


def test_conjunct_cue_in_an_adverbial_clause_takes_that_clause_subject(nlp: Any) -> None:
    """'... as she listed X and praised Y': the parse hangs "praised" on the main clause's
    verb, but the one praising is the adverbial clause's subject."""
    text = ("By nine o'clock some guests were dozing and others reading menus as she listed "
            "the new ferry routes and praised the harbour staff.")
    assert _cue_subject_text(nlp, text, "praised") == "she"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('“The mill stays open,” read the notice.', ("the notice", "read")),
        # the parse alone would give the quote's own subject, "The levy"
        ('Her post drew replies. “The levy will ruin the bakery on the corner,” tweeted one.',
         ("one", "tweeted")),
    ],
)
def test_noun_after_a_subjectless_cue_that_follows_its_quote_is_the_speaker(
        nlp: Any, text: str, expected: tuple[str, str]) -> None:
    """'“...,” read the notice': the parse makes the inverted speaker the verb's object."""
    assert [(speaker, cue) for speaker, cue, _ in found_triples(nlp, text)] == [expected]


def test_object_of_a_cue_before_its_quote_is_no_inverted_speaker(nlp: Any) -> None:
    """Without a closing quote mark right before the verb, its object is no speaker."""
    from fivew.quotes_subjects import _inverted_object

    doc = nlp("The clerk read the notice after the meeting.")
    assert all(_inverted_object(tok) is None for tok in doc)


@pytest.mark.parametrize(
    ("text", "cue", "entity"),
    [
        ("His successor, Harriet Quayle, now accuses the harbour board of hiding its losses.",
         "accuses", "Harriet Quayle"),
        ("One farmer backing the levy, Tomas Brandt of Eastwick, said he had made dozens of "
         "calls to his neighbours.", "said", "Tomas Brandt"),
        # a name the parse did not hang on the source, set off by commas before the verb
        ("However, CEO of the Blue Bulls Company, Barend van Graan, said negotiations were "
         "put on hold.", "said", "van Graan"),
    ],
)
def test_name_in_apposition_to_a_common_noun_source_is_its_entity(
        nlp: Any, text: str, cue: str, entity: str) -> None:
    assert _speaker_of(nlp, text, cue)[1] == entity


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # "who" qualifies a noun set in apposition to a name: the name's entity speaks
        ("The levy was opposed by Daniel Okafor, a veteran harbour pilot who believes the "
         "fee is unfair.", "believes", ("who", "Daniel Okafor")),
    ],
)
def test_relative_pronoun_after_an_apposition_speaks_for_the_name(
        nlp: Any, text: str, cue: str, expected: tuple[str, str]) -> None:
    assert _speaker_of(nlp, text, cue) == expected


def test_quoted_sentences_do_not_use_up_the_pronoun_window(nlp: Any) -> None:
    # six short quoted sentences between the name and "She then urges": the earlier
    # speaker is still found past them
    text = ("The video shows an officer aiming a gun at the car. Rakeyia Scott can be heard "
            "yelling to the officers that her husband was unarmed.\n\n"
            "\"Don't shoot him,\" she says. \"Don't shoot him. He has no weapon. He has no "
            "weapon. Don't shoot him. Please. Please.\"\n\n"
            "She then urges her husband to come out of the car and repeatedly says, "
            "\"Don't you do it.\"")
    assert _speaker_of(nlp, text, "says") == ("she", "Rakeyia Scott")
    article = make_article(nlp, text)
    last = max(article.quotes, key=lambda q: q.start)
    names = {e.id: e.name for e in article.entities}
    assert last.speaker is not None and names.get(last.speaker.entity_id or "") == \
        "Rakeyia Scott"


def test_given_names_of_world_news_tell_the_gender(nlp: Any) -> None:
    # "she" skips the man named last for the woman named first
    text = ("Fatima Hassan spoke at the hearing on Monday. Later Ahmed Salem arrived with "
            "aides. \"We will rebuild every school,\" she said.")
    assert _speaker_of(nlp, text, "said") == ("she", "Fatima Hassan")


def test_a_name_borne_by_men_and_women_rules_out_no_pronoun(nlp: Any) -> None:
    # "Kim" is in neither gender's list: "he" may stand for Kim Jong-un
    text = ("Kim Jong-un inspected the missile site on Monday with Hyon Song-wol. \"We will "
            "respond with force,\" he said.")
    assert _speaker_of(nlp, text, "said") == ("he", "Kim Jong-un")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Tricia" is in neither hand list; the census lists give it to women only, so "he"
        # skips her, named last, for the man named first
        ("Ethan Morrow spoke at the hearing on Monday. Tricia Cooke arrived later "
         "with aides. \"That is not true,\" he said.", ("he", "Ethan Morrow")),
        # "Delbert" likewise to men only
        ("Fatima Hassan spoke at the hearing on Monday. Delbert Rowe arrived later "
         "with aides. \"That is not true,\" she said.", ("she", "Fatima Hassan")),
    ],
)
def test_census_first_names_tell_the_gender(nlp: Any, text: str,
                                            expected: tuple[str, str]) -> None:
    assert _speaker_of(nlp, text, "said") == expected


def test_a_lone_surname_is_no_census_first_name(nlp: Any) -> None:
    # "Clinton" is a man's first name in the census lists, but alone it is a surname here
    text = ("Sanders spoke first. Clinton answered him at the rally on Monday. \"We will win "
            "this state,\" she said.")
    assert _speaker_of(nlp, text, "said") == ("she", "Clinton")


def test_a_name_heard_saying_i_is_a_person_whatever_its_type(nlp: Any) -> None:
    # the model types "Juande Ramos" and "Ramos" organisations; "I want" says he is a person
    text = ("Juande Ramos has asked the chairman to keep the striker after his four goals "
            "against Reading.\nRamos said: \"The chairman knows I want him to stay.\"\n"
            "He added: \"He made a great contribution against Reading.\"")
    assert _speaker_of(nlp, text, "added") == ("He", "Ramos")


def test_a_name_inside_a_first_person_content_is_spoken_of(nlp: Any) -> None:
    # "Obama" is a subject inside the mixed quote's content, which is the speaker's own
    text = ("John Smith spoke at the rally on Monday. \"I don't think the conventional "
            "wisdom\" -- that Obama is weak -- \"is going to last,\" he says.")
    assert _speaker_of(nlp, text, "says") == ("he", "John Smith")


@pytest.mark.parametrize(
    ("quote", "first_person"),
    [
        ("“I want him to stay.”", True),
        ("“I’m not leaving,”", True),
        ("\"My club will decide.\"", True),
        ("“We will decide.”", False),
        ("“It was the worst loss since World War I.”", False),
    ],
)
def test_first_person_words_of_a_quote(quote: str, first_person: bool) -> None:
    assert bool(FIRST_PERSON_WORDS.search(quote)) is first_person


def test_a_census_name_borne_by_men_elsewhere_rules_out_no_pronoun(nlp: Any) -> None:
    # the census gives "Andrea" to women; in Italy it is a man's name (unisex_names)
    text = ("Andrea Orlando chaired the session on Monday. Fatima Hassan arrived later "
            "with aides. \"We will not resign,\" he said.")
    assert _speaker_of(nlp, text, "said") == ("he", "Andrea Orlando")


@pytest.mark.parametrize(
    ("text", "description", "affiliation"),
    [
        ("Ahmad Massoud spoke in Kabul on Monday. His spokesman said the talks had failed.",
         "His spokesman", "Ahmad Massoud"),
        ("The Pentagon released the figures on Friday. Its spokesman said the numbers were "
         "final.", "Its spokesman", "Pentagon"),
    ],
)
def test_possessive_pronoun_gives_an_unnamed_source_its_affiliation(
        nlp: Any, text: str, description: str, affiliation: str) -> None:
    article = make_article(nlp, text)
    names = {e.id: e.name for e in article.entities}
    speaker = next(q.speaker for q in article.quotes if q.speaker is not None)
    assert speaker.description == description
    assert names.get(speaker.affiliation_entity_id or "") == affiliation


@pytest.mark.parametrize(
    ("text", "description"),
    [
        # a pronoun stands for the unnamed source nearer than any name it could be
        ("John Smith opened the new bridge on Monday. A police spokesman said the road would "
         "close at noon. He added that drivers should avoid the area.", "A police spokesman"),
        ("Officials at the ministry said the talks had failed. They added that a new round "
         "would start in May.", "Officials at the ministry"),
        ("John Smith owns the ship. A Dover coastguard said it was a mystery why it ran "
         "aground. He added that the crew was safe.", "A Dover coastguard"),
        # ... but not one of the other gender, nor one in the sentence of the name
        ("Maria Lopez said the plan was sound. A spokesman said it was late. She added that "
         "the budget was fine.", None),
        ("Ahmad Massoud spoke on Monday. He said his forces, which one aide said numbered "
         "more than 6,000, would need weapons. “We are ready,” he said.", None),
    ],
)
def test_pronoun_for_an_unnamed_source(nlp: Any, text: str, description: str | None) -> None:
    article = make_article(nlp, text)
    last = max((q for q in article.quotes if q.speaker is not None), key=lambda q: q.start)
    assert last.speaker is not None and last.speaker.text.lower() in ("he", "she", "they")
    assert last.speaker.description == description


def test_a_possessive_after_a_name_tells_its_gender(nlp: Any) -> None:
    """"Karine" is in no list of given names (the census lists hold it too rarely): "her
    backers" after her name says "he" is not hers."""
    text = ("Karine Barger and her backers have emphasized her endorsement. Chris Holden has "
            "claimed that Barger supports the agenda. Barger has raised more than $448,000 from "
            "donors, Holden said. Barger said Holden has Trump donors, too, which he denies.")
    assert _speaker_of(nlp, text, "denies") == ("he", "Chris Holden")


@pytest.mark.parametrize(
    ("votes", "expected"),
    [
        # two pronouns of the clauses the name is subject of: she is not "he"
        ("Supriya Okonkwo figured she knew the way. Okonkwo shouted to her husband.",
         "Tomas Berg"),
        # one is not enough: "said he would" may be another man's
        ("Supriya Okonkwo figured he knew the way.", "Supriya Okonkwo"),
    ],
)
def test_pronouns_of_a_names_clauses_tell_its_gender(nlp: Any, votes: str,
                                                     expected: str) -> None:
    text = (f"{votes} Tomas Berg was a congressman then. Later Okonkwo moved to the coast. "
            "He bemoaned the ferry fares.")
    assert _speaker_of(nlp, text, "bemoaned") == ("He", expected)


def test_a_pronoun_past_the_window_goes_on_from_the_same_pronoun_speakers(nlp: Any) -> None:
    # seven sentences without a name between the resolved "she" and the second one
    text = ("Maria Lopez runs the bakery on Elm Street. “Bread is a kind of memory,” she said.\n"
            "The shop opened in 1998. The ovens came from a closed mill in Ohio. The walls are "
            "painted yellow. The queue starts before dawn. The rye sells out first. The prices "
            "have not changed in years.\n"
            "“We open at six, and we close when the bread is gone,” she said.")
    article = make_article(nlp, text)
    names = {e.id: e.name for e in article.entities}
    assert [names.get(q.speaker.entity_id or "") for q in article.quotes if q.speaker] == [
        "Maria Lopez", "Maria Lopez"]


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # the subject of a relative clause on a name, whose relative pronoun is its object,
        # is not that name: "whom he describes" is someone else's description of Madonna
        ("In the memoir, RuPaul treats most celebrities he has met with diplomacy. An "
         "exception is Madonna, whom he describes giving him a snarl of contempt at a club. "
         "“In aging, there is a natural flow,” he told me.", "told", ("he", "RuPaul")),
        ("Tom Walsh urged the party to back Carl Mendes, whom he described as a careful "
         "manager.", "described", ("he", "Tom Walsh")),
    ],
)
def test_name_a_relative_clause_describes_is_not_its_subject_pronoun(
        nlp: Any, text: str, cue: str, expected: tuple[str, str]) -> None:
    assert _speaker_of(nlp, text, cue) == expected


@pytest.mark.parametrize(
    ("text", "description"),
    [
        # a "they" stands for a group a singular noun names, a name's possessive included
        ("The Newmarket court heard the case. At the sentencing hearing in December, "
         "Magnuson's family said they have forgiven Ramage. They asked he be sentenced to "
         "travel North America.", "Magnuson's family"),
        ("The senator's team said the tour would go on. They added that more dates would "
         "follow in the spring.", "The senator's team"),
    ],
)
def test_they_after_a_collective_description(nlp: Any, text: str, description: str) -> None:
    article = make_article(nlp, text)
    quote = next(q for q in article.quotes if q.speaker is not None
                 and q.speaker.text.lower() == "they" and q.cue is not None
                 and q.cue.start > text.index(description))
    assert quote.speaker is not None
    assert (quote.speaker.entity_id, quote.speaker.description) == (None, description)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the latter" / "the former": the later or the earlier of the last two named
        ("Senator Mary Smith met Governor John Jones on Monday. The latter said the talks "
         "had gone well.", ("The latter", "John Jones")),
        ("Senator Mary Smith met Governor John Jones on Monday. The former said the talks "
         "had gone well.", ("The former", "Mary Smith")),
        # with one name only, a description stays a description
        ("The former said the talks had gone well.", ("The former", None)),
    ],
)
def test_latter_and_former(nlp: Any, text: str, expected: tuple[str, str | None]) -> None:
    assert _speaker_of(nlp, text, "said") == expected
