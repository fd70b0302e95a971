"""Cue verbs used in a sense that attributes nothing, found by the words around them.

:func:`fivew.quotes_noncues.not_a_cue` asks :func:`false_use` about every verb before the
verb rules read it as a cue. Two uses are no report, and PolNeAR annotates none there:

- the **anonymity formula**: "spoke on the condition of anonymity to discuss the
  investigation", "because they were not authorized to discuss it". The infinitive says
  what the source may not be named for, not what they said (that follows in the "said"
  it hangs on, which stays a cue);
- **on someone's behalf**: "Bill Clinton campaigned on his wife's behalf" is working for
  her; the "on" of the phrasal cue "campaign on X" (its topic) gets no topic there;
- **likening**: "Kasich reminds us of the houseguest who won't leave" says he resembles
  one; the writer (me, us) is reminded of a thing, not told anything;
- **bodily uses**: "embraced Geri in front of photographers", "found the woman dead inside
  her home", "welcomed a baby girl": an embrace of a person, a person found in a bodily
  state, a child born. These were
  found on real pages (fundus-eval, l3s-gn1), where they made quotes of "Geri" and "the
  woman dead inside her home"; PolNeAR train marks no such use (figures in the docstrings);
- **outcomes**: "The storm claimed the lives of 20 people", "Garon posted a 14-9-1
  record", "The company posted a loss": a toll or a result, not a claim or a post. Also
  from real pages; PolNeAR train marks none;
- **answering an event**: "police responding to reports of a shooting", "warships ready to
  respond to any Iranian moves": a response to a happening or a stimulus, not to words.
  From real pages; PolNeAR train has none;
- **telling signs**: "Her silence says a lot about the campaign", "it said much for the
  hosts' excellence", "the result speaks volumes": a fact that shows something, not a
  speaker. From real pages; PolNeAR train marks none;
- **a fall or an addition**: "The show has declined in ratings": "decline" with nothing
  refused; "Devices can be added using the online system": "add" in the passive.

Each was found among the false positives on PolNeAR train (even documents) and kept only
where the odd-numbered documents did not lose (figures in each docstring: content-overlap
F1, then speaker-attributed F1, even / odd documents). The words are the keys
``anonymity_nouns``, ``permission_verbs``, ``behalf_nouns``, ``likening_verbs``,
``likening_objects``, ``bodily_verbs``, ``birth_verbs``, ``birth_objects``,
``finding_verbs``, ``found_states``,
``toll_verbs``, ``toll_objects``, ``result_verbs``, ``result_objects``, ``response_verbs``,
``stimulus_objects``, ``sign_verbs``, ``sign_amounts`` and ``sign_subjects`` of
``resources/quotes.json``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from fivew.quotes_antecedents import PERSON_ROLE_NOUNS
from fivew.quotes_marks import title_cased
from fivew.quotes_rules import PERSONAL_OBJECT_PRONOUNS, is_mark, quote_resource

__all__ = ["false_use", "anonymity_purpose", "anonymity_words", "ANONYMITY_ADVERBS",
           "WORK_VERBS"]

#: Most tokens between a negation and the permission verb it denies ("was not authorized",
#: "wasn't  authorized", "were not yet authorized"). Set by reading the PolNeAR train
#: sentences of the formula; a wider window changes nothing there.
NEGATION_MAX_GAP = 3

#: Dependency labels of a verb's own content; a verb with one of them after it still reports
#: even when it also says on whose behalf ("smears reporters on behalf of Amazon"). One
#: before it is no content of the verb's here ("The vote came after ..., Fiorina
#: campaigned on his behalf": the small model makes the first clause a ccomp).
OWN_CONTENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd"})


#: Adverbs of the anonymity formula ("spoke anonymously"), beside ``anonymity_nouns``.
ANONYMITY_ADVERBS = frozenset({"anonymously"})


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, frozenset[str]]:
    """The word lists of this module in ``quotes.json``, by key."""
    raw = quote_resource()
    return {key: frozenset(raw[key]) for key in (
        "anonymity_nouns", "permission_verbs", "behalf_nouns", "likening_verbs",
        "likening_objects", "bodily_verbs", "birth_verbs", "birth_objects", "finding_verbs",
        "found_states", "toll_verbs", "toll_objects", "result_verbs", "result_objects",
        "response_verbs", "stimulus_objects", "sign_verbs", "sign_amounts", "sign_subjects")}


@lru_cache(maxsize=1)
def anonymity_words() -> frozenset[str]:
    """Words of the anonymity formula: its nouns and adverbs."""
    return _word_lists()["anonymity_nouns"] | ANONYMITY_ADVERBS


def anonymity_purpose(cue: Any, xcomp: Any) -> bool:
    """Whether the infinitive ``xcomp`` the parse hangs on ``cue`` is the purpose of the
    anonymity formula between them ("X, he said, on condition of anonymity to speak
    freely"): why the source is unnamed, not what was said (read in
    :func:`fivew.quotes_verbs._content_range`). With the formula left out of a content's
    trailing part (:func:`fivew.quotes_extents.trailing_parts`), PolNeAR train:
    content-overlap F1 +0.0001 / 0, speaker-attributed +0.0001 / 0, content exact +0.0002 /
    0 (even / odd documents)."""
    words = anonymity_words()
    return any(t.lower_ in words for t in cue.doc[cue.i + 1 : xcomp.i])


def false_use(tok: Any) -> bool:
    """Whether the verb ``tok`` is used here in a sense that reports nothing."""
    return (_anonymity_purpose(tok) or _on_behalf(tok) or _likening(tok) or _embrace(tok)
            or _birth(tok) or _found_in_a_state(tok) or _found_oneself(tok) or _outcome(tok)
            or _answered_event(tok) or _telling_sign(tok) or _work_title(tok)
            or _fell_or_added(tok))


#: Verbs that report a refusal only with what is refused ("declined to comment", "declined
#: an interview request"); without it they say a quantity fell ("Meyers's show has
#: declined in ratings significantly over his tenure" made "his tenure" a content, on a real
#: page of fundus-eval). All 69 of PolNeAR train's cues "declined" take an infinitive or an
#: object.
REFUSAL_VERBS = frozenset({"decline"})


def _fell_or_added(tok: Any) -> bool:
    """'Ratings declined over his tenure': a refusal verb with nothing refused; 'Devices
    that don't match can be added using the online system', 'How many jobs can be added by
    threatening tariffs?': "add" in the passive adds a thing, no words (from a real page of
    l3s-gn1; PolNeAR train has one, unannotated). (spaCy's lemmas are lower-case.)"""
    lemma = tok.lemma_
    if lemma in REFUSAL_VERBS:
        return not any(c.dep_ in ("xcomp", "dobj", "ccomp") for c in tok.children)
    return lemma == "add" and any(c.dep_ == "auxpass" for c in tok.children)


def _anonymity_purpose(tok: Any) -> bool:
    """'speaking on the condition of anonymity to discuss X', 'not authorized to discuss X':
    an infinitive right after the anonymity noun or a denied permission gives the reason the
    source is not named. Only an infinitive with an object of its own ("to discuss the
    schedule"): the one "anonymity to speak candidly about the state of the race" on even
    documents is marked in PolNeAR; taking it too lost 0.00006 content-overlap F1 there
    (speaker-attributed F1 gained 0.00004).
    PolNeAR train (6 of 7 dropped wrong on odd documents): content-overlap F1 +0.00004 /
    +0.00020, speaker-attributed F1 +0.00004 / +0.00029 (even / odd documents)."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].lower_ != "to" or doc[tok.i - 1].head.i != tok.i:
        return False
    if not any(c.dep_ == "dobj" for c in tok.children):
        return False  # "anonymity to speak candidly about the race": PolNeAR marks it
    lists = _word_lists()
    before = doc[tok.i - 2]
    if before.lower_ in lists["anonymity_nouns"]:
        return True
    if before.lemma_.lower() not in lists["permission_verbs"]:
        return False
    start = max(0, before.i - NEGATION_MAX_GAP)
    return any(t.dep_ == "neg" or t.lower_ in ("not", "n't") for t in doc[start : before.i])


def _on_behalf(tok: Any) -> bool:
    """'campaigned on his wife's behalf': a verb whose only complement is "on X's behalf"
    (or "on behalf of X") acts for someone and says nothing. PolNeAR train (one wrong
    "campaigned on X's behalf" dropped in each half): content-overlap F1 +0.00004 /
    +0.00004, speaker-attributed F1 +0.00004 / +0.00004 (even / odd documents)."""
    behalf = _word_lists()["behalf_nouns"]
    if any(c.dep_ in OWN_CONTENT_DEPS and c.i > tok.i for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in") and c.i > tok.i
               and any(o.dep_ == "pobj" and o.lemma_.lower() in behalf for o in c.children)
               for c in tok.children)


def _likening(tok: Any) -> bool:
    """'Trump reminds me of Abraham Lincoln': "remind" with the writer (me, us) for its
    object and a noun after "of" likens its subject to the noun. A clause after "of"
    ("remind them of why she seemed inevitable") or another object ("reminded voters of
    the six years") is still a reminder given. PolNeAR train (2 of 2 dropped wrong on even
    documents; it fires on no odd one): content-overlap F1 +0.00009 / 0, speaker-attributed
    F1 +0.00008 / 0 (even / odd documents)."""
    lists = _word_lists()
    if tok.lemma_.lower() not in lists["likening_verbs"]:
        return False
    if not any(c.dep_ == "dobj" and c.lower_ in lists["likening_objects"] for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of"
               and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in c.children)
               for c in tok.children)


def _embrace(tok: Any) -> bool:
    """'The Red Bull chief embraced Geri', 'embraced the racing chief with a hug': one of
    ``bodily_verbs`` with a person for object (a name the model tags as a person, an object
    pronoun, or a noun of a person's role) holds them, not a view; "embraced the idea" and
    "embraced the Eastern establishment" (PolNeAR) stay cues. PolNeAR train (it fires once
    in each half: "a picture of him embracing X", "to continue to embrace him"):
    content-overlap F1 -0.0001 / 0 (the picture's embrace overlapped the content of the
    "included" around it by chance), speaker-attributed F1 +0.0001 / +0.0001 (even / odd
    documents)."""
    if tok.lemma_.lower() not in _word_lists()["bodily_verbs"]:
        return False
    return any(c.dep_ == "dobj" and (
        c.ent_type_ == "PERSON" or c.lower_ in PERSONAL_OBJECT_PRONOUNS
        or c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_ROLE_NOUNS)
        for c in tok.children)


def _birth(tok: Any) -> bool:
    """'Nicole Richie and Joel Madden welcomed a baby girl': one of ``birth_verbs`` with one
    of ``birth_objects`` for object has a child; "welcomed the decision" stays a cue, and so
    does "welcomed world leaders to the White House" (marked in PolNeAR). On 371 real pages
    1 wrong quote dropped; PolNeAR train and dev unchanged."""
    lists = _word_lists()
    return tok.lemma_.lower() in lists["birth_verbs"] and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lists["birth_objects"] for c in tok.children)


def _found_in_a_state(tok: Any) -> bool:
    """'Police found the woman dead inside her home', 'found him alive under the rubble':
    one of ``finding_verbs`` with one of ``found_states`` after it (the parse makes the
    state the verb's clausal complement, or a word of its object) discovers someone; "found
    him guilty" and "found that X" stay cues. It fires on no PolNeAR train text; on real
    pages it dropped 4 wrong quotes of one page ("Joyce Blankenship, 83" | "dead inside her
    home")."""
    lists = _word_lists()
    if tok.lemma_.lower() not in lists["finding_verbs"]:
        return False
    states = lists["found_states"]
    return any(c.i > tok.i and (c.lower_ in states or c.dep_ in ("dobj", "oprd") and any(
        g.lower_ in states for g in c.children)) for c in tok.children)


#: Reflexive pronouns: "found himself in trouble" says where he ended up.
REFLEXIVE_PRONOUNS = frozenset({"myself", "yourself", "himself", "herself", "itself",
                                "ourselves", "yourselves", "themselves", "oneself"})


def _found_oneself(tok: Any) -> bool:
    """'found himself competing as much for others', 'found itself at the center of the
    jam': one of ``finding_verbs`` with a reflexive object says where or how someone ended
    up, not what they concluded (22 of 23 such uses in PolNeAR train are marked no cue).
    The parse may make the pronoun the subject of a clause on the verb ("himself
    competing": a ccomp). PolNeAR train (5 dropped, the one marked among them): content
    overlap 0 / 0, speaker-attributed F1 +0.0001 / -0.0001, exact +0.0001 / 0 (even / odd
    documents)."""
    if tok.lemma_.lower() not in _word_lists()["finding_verbs"]:
        return False
    for child in tok.children:
        if child.dep_ == "dobj" and child.lower_ in REFLEXIVE_PRONOUNS:
            return True
        if child.dep_ in ("ccomp", "xcomp", "oprd") and any(
                g.dep_ == "nsubj" and g.lower_ in REFLEXIVE_PRONOUNS for g in child.children):
            return True
    return False


#: Result verbs whose object counted in numbers is a result ("Moore added 14 points").
COUNTED_RESULT_VERBS = frozenset({"add"})


def _outcome(tok: Any) -> bool:
    """'The storm claimed the lives of 20 people', 'The virus claimed its first victim',
    'Garon posted a 14-9-1 record', 'The company posted a loss': one of ``toll_verbs`` with
    one of ``toll_objects`` for object, or one of ``result_verbs`` with one of
    ``result_objects``, counts the dead or states a result; "claimed responsibility" and
    "posted a photo" stay cues. On real pages it dropped quotes such as "the life of Pat
    Horn, 78". PolNeAR train (fires twice on odd documents: "Sanders posted an overwhelming
    victory", and "to post a 17 percent increase" inside the content of "Wall Street is
    looking for", which it overlapped by chance): content-overlap F1 0 / -0.0001, the
    others unchanged (even / odd documents). Bail, a bond, odds, par and a number for
    object came from real pages ("Curry posted a $600 bond", "the bookmakers posted no
    odds", "Perry posted a 65"): 4 wrong quotes of 3 pages dropped; PolNeAR unchanged. So
    did "add" with a number or a count for object ("Ki-Ki Moore added 14 for Sacred
    Heart", "added six grabs for 64 yards"): 3 wrong quotes of 3 of 371 pages dropped;
    PolNeAR unchanged."""
    lists = _word_lists()
    lemma = tok.lemma_.lower()
    if lemma in lists["toll_verbs"]:
        objects = lists["toll_objects"]
    elif lemma in lists["result_verbs"]:
        objects = lists["result_objects"]
    else:
        return False
    # a number for object is a score ("Perry posted a 65"): a result too, and so is a
    # count of things added ("Moore added 14 points"; "posted two videos" is a post, and
    # "added the Xbox 360 scored well" a report)
    numbers = lemma in lists["result_verbs"]
    return any(c.dep_ == "dobj" and (
        c.lemma_.lower() in objects or c.lower_ in objects or numbers and c.like_num
        or lemma in COUNTED_RESULT_VERBS and c.pos_ == "NOUN" and any(
            g.dep_ == "nummod" and g.i < c.i for g in c.children))
        for c in tok.children)


def _answered_event(tok: Any) -> bool:
    """'police were responding to reports of an officer-involved shooting', 'warships ready
    to respond to any Iranian moves', 'a screen that responds to touch': one of
    ``response_verbs`` with "to" and one of ``stimulus_objects`` (or reports of one) answers
    a happening or a stimulus; "did not respond to a request for comment", "responded to the
    attack" (words, in politics), "responding to the charges against her" stay cues (so
    "charge" is no stimulus, though "a screen which responds to tiny electrical charges"
    goes on as a quote). On 380 real pages (fundus-eval, l3s-gn1) it dropped 3 quotes on 2
    pages, all wrong; PolNeAR train and dev: no such object, every quote unchanged."""
    lists = _word_lists()
    if tok.lemma_.lower() not in lists["response_verbs"]:
        return False
    stimuli = lists["stimulus_objects"]
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.lemma_.lower() in stimuli:
                return True
            if obj.lemma_.lower() == "report" and any(  # "reports of a shooting"
                    g.dep_ == "pobj" and g.lemma_.lower() in stimuli
                    for of in obj.children if of.dep_ == "prep" and of.lower_ == "of"
                    for g in of.children):
                return True
    return False


#: Demonstratives and pronouns standing for a fact ("That says a lot about him"); "it" is
#: left out: on real pages it is as often a document ("It says much about the law").
FACT_PRONOUNS = frozenset({"this", "that", "which", "what"})


def _telling_sign(tok: Any) -> bool:
    """'Her silence says a lot about the campaign', 'That it took until the 26th minute to
    score said much for the hosts' excellence', 'The result speaks volumes': one of
    ``sign_verbs`` with one of ``sign_amounts`` for object says what a fact shows. "Speak
    volumes" and "say much for X" are always the idiom; "say a lot about X" is only where
    its subject is a clause, a demonstrative or one of ``sign_subjects`` (a fact, a choice,
    a silence), not a person, a body or a document ("Sanders said little about how he would
    pay", "The nominee and his aides haven't said much about how he is preparing", "a page
    on climate says nothing about X" stay cues: PolNeAR dev marks the second).
    From real pages (fundus-eval, l3s-gn1: 2 quotes dropped on 371 pages, both wrong,
    "'much for Leeds' early excellence' said by it"); PolNeAR train marks none of the
    idiom's uses ("that fact speaks volumes about which ...", "which get answered says
    something about the candidates' priorities": dropped, content-overlap F1 -0.0001 / 0,
    speaker-attributed F1 +0.0001 / 0, even / odd documents)."""
    lists = _word_lists()
    if tok.lemma_.lower() not in lists["sign_verbs"]:
        return False
    amounts = [c for c in tok.children if c.dep_ in ("dobj", "npadvmod")
               and c.lemma_.lower() in lists["sign_amounts"]]
    if not amounts:
        return False
    if amounts[0].lower_ == "volumes" or any(
            c.dep_ == "prep" and c.lower_ == "for"
            for word in (tok, amounts[0]) for c in word.children):
        return True
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    if not subjects:
        return False
    subject = subjects[0]
    if subject.dep_ == "csubj" or subject.lower_ in FACT_PRONOUNS:
        return True
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in lists["sign_subjects"]


#: Verbs of making a work: a quoted object in title case is the work's title, though
#: "write" is a speech verb ("won an Academy Award for writing “Pulp Fiction,”" made a mixed
#: quote on a real page of l3s-gn1); :func:`fivew.quotes_linking.object_title` gives such a
#: title no cue.
WORK_VERBS = frozenset({"write", "co-write", "pen", "author", "publish", "compose", "direct",
                        "produce"})


def _work_title(tok: Any) -> bool:
    """'for writing “Pulp Fiction,”', 'he wrote “The Road Ahead” with his son': one of
    :data:`WORK_VERBS` whose object is a quoted title names the work it made; 'He wrote,
    “We will never give up.”' stays a cue. On 371 real pages 1 wrong quote dropped (the
    one above); PolNeAR train and dev unchanged."""
    if tok.lemma_.lower() not in WORK_VERBS or any(
            c.dep_ in ("ccomp", "parataxis") for c in tok.children):
        return False  # "X, Ms. Lopez wrote in her book, ''A Harbour Daughter.''": X is said
    doc = tok.doc
    for obj in tok.children:
        if obj.dep_ != "dobj" or obj.i < tok.i:
            continue
        left, right = obj.left_edge.i, obj.right_edge.i
        opened = is_mark(doc[left]) or left > 0 and is_mark(doc[left - 1])
        words = [t.text for t in doc[left : right + 1] if t.is_alpha]
        if opened and title_cased(words):
            return True
    return False
