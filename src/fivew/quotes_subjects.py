"""Sources of the ``quotes`` stage's cues: whose claim a cue word reports, read off the parse.

- :func:`cue_subject`: the subject of a cue verb, its own or, for a non-finite cue, the one
  who does it: the agent of a passive, the subject of the clause a participle or gerund
  hangs on (", saying ...", "responded by blaming ..."), the controller of an infinitive
  ("led X to announce", "went on ABC to defend", "used the debate to attack"), the noun a
  participle qualifies ("a statement saying") or the one who issued it. Where the parse took
  the content's subject for the cue's ("The plan, said Roe, is dead") or a dateline's place
  for the subject ("BOSTON (AP) — Jo Roe said"), the speaker it misplaced.
- :func:`stranded_subject`: the speaker of a finite cue the parse left without a subject,
  also a noun phrase opening the clause before a parenthetical ("Roe, asked later, said")
  or one hung on an opening preposition (:func:`fivew.quotes_agents.hung_subject`).
- :func:`raised_subject`, :func:`passive_patient` and :func:`extraposed` (in
  :mod:`fivew.quotes_agents`, imported here for :mod:`fivew.quotes_verbs`): subjects that are
  *not* sources, the subject of a raising verb ("Trump seems to be ..."), the patient of a
  passive without an agent ("Ginsburg is known for ...") and an expletive "it" ("It is hard
  to imagine ...").

Holders the parse hangs away from the cue ("an opening for Roe to stress X", "was named
the winner by news outlets", "released an ad that accuses X") are found by
:mod:`fivew.quotes_controllers`.

The passes that find attributions (:mod:`fivew.quotes_verbs`, :mod:`fivew.quotes_cues`,
:mod:`fivew.quotes_adjacent`, :mod:`fivew.quotes`) call these; :mod:`fivew.quotes_speakers`
then links the source found to an article entity. Each rule added from error analysis was
tuned on PolNeAR train's even-numbered documents and kept only where the odd-numbered ones
did not lose (figures in each comment: speaker-attributed F1, even / odd documents);
re-run ``fivew evaluate quotes`` after changing one.
"""

from __future__ import annotations

from typing import Any

from fivew import quotes_misparsed_speakers as misparsed
from fivew import quotes_speaker_conjuncts as split
from fivew.quotes_agents import (
    clausal_subject_noun,
    extraposed,
    fallback_subject,
    hung_subject,
    passive_patient,
    pointing_subject,
    quantifier_subject,
    raised_subject,
    raising_complement,
)
from fivew.quotes_controllers import (
    detached_agent,
    for_subject,
    infinitive_owner,
    issuer_subject,
    quoted_person,
)
from fivew.quotes_mentions import modal_name
from fivew.quotes_misparsed_speakers import NOT_SPEAKER_ENTS
from fivew.quotes_misread import misread_report
from fivew.quotes_participles import (
    adverbial_relative_subject,
    going_on_subject,
    presented_object,
    qualified_speaker,
    spent_object_verb,
)
from fivew.quotes_rules import (
    ADDRESSEE_VERBS,
    CLOSING_QUOTES,
    FINITE_TAGS,
    cue_lemma,
    has_own_subject,
    is_mark,
    load_quote_lists,
)
from fivew.quotes_splits import complement_conjunct_head

__all__ = ["cue_subject", "stranded_subject", "raised_subject", "passive_patient",
           "extraposed", "raising_complement", "FINITE_TAGS"]

#: Verbs whose subject, not their object, does what their infinitive or gerund says: "Sanders
#: used the question to demand ...", "Ayotte has spent her time responding to ..." (the
#: object is an instrument or a stretch of time, not the speaker, unlike "led Wasserman
#: Schultz to announce"). Found among PolNeAR train's wrong speakers (even documents); with
#: a gerund complement ("spent $10 million attacking"), any governing verb's subject does
#: it. Speaker-attributed F1 +0.0011 / +0.0009; "take", "seize" and "waste" changed nothing.
SUBJECT_CONTROL_VERBS = frozenset({"use", "spend"})

#: Most nouns and prepositions between a gerund cue and the verb whose subject does it
#: ("makes no apologies for accusing", "was jailed on suspicion of supporting").
GERUND_HOLDER_MAX_STEPS = 4

#: Dependency labels :func:`_gerund_holder` climbs through from a gerund cue to the verb or
#: adjective whose subject does it: prepositions and their objects ("apologies for
#: accusing"), and adjectives and adverbs governing the preposition ("stopped short of
#: endorsing", "is better at informing", "was back to boasting"; the last four added from
#: PolNeAR train's cues with no source, even documents: speaker-attributed F1 +0.0003 /
#: +0.0003, with the adjective stop below).
GERUND_HOLDER_DEPS = frozenset({"prep", "pobj", "dobj", "attr", "acomp", "advmod",
                                "npadvmod", "pcomp"})

#: Dependency labels the parser gives a speaker it fails to make the subject ("Trump,
#: speaking later at a rally, did not mention Ryan": "Trump" as an adverbial clause).
STRANDED_DEPS = frozenset({"advcl", "npadvmod", "dep", "appos", "intj"})


#: Prepositions whose object stands as a clause's subject would ("The comments came as a
#: statement saying ...", "like others defending ..."): a participle on it is that noun's.
#: PolNeAR train: speaker-attributed F1 +0.0001 / +0.0001 (even / odd documents).
STANDALONE_PREPOSITIONS = frozenset({"as", "like"})

#: Dependency labels of the noun after a subjectless root cue right after a closing quote
#: ("“...,” read the email"): the parse makes the speaker the object. Only a noun the
#: clause ends on (punctuation next), else "“terrible,” denounced her record as ...".
#: PolNeAR train: speaker-attributed F1 +0.0004 / +0.0002 (even / odd documents; content
#: overlap +0.0001 / 0); without the root and quote-mark guards, -0.0004 / 0. Dev: 0.
INVERTED_OBJECT_DEPS = frozenset({"dobj"})


def cue_subject(tok: Any) -> Any:
    """The subject of a cue verb: its own, its conjunct head's, or its governing verb's,
    corrected by :mod:`fivew.quotes_agents` where the parse names nobody or no one."""
    found = _parse_subject(misparsed.misread_clause_head(tok) or tok)  # "X marching chanted"
    if pointing_subject(tok, found):
        return None  # "That's not to suggest X": nobody is named
    if found is None and split.finite_by_auxiliary(tok):
        # a perfect ("..., Y and Z, have said"; speaker-attributed F1 +0.0001 / +0.0001) or a
        # bare verb after "did" or a modal is finite through its auxiliary: see finite_by_auxiliary
        found = stranded_subject(tok)
    found = misparsed.line_opening_speaker(tok, found) or found  # "... Jr.\n\nMrs. Clinton says"
    if found is None:
        found = modal_name(tok)  # "Will urged X": the columnist, not a modal
    return found or fallback_subject(tok)  # "quit giving speeches before announcing X"


def _name_before_title(tok: Any, subjects: list[Any], nearest: Any) -> Any:
    """'Former Sports Minister Patricia Ferguson, Labour MSP for Glasgow Maryhill, said the
    plan failed': a person's name the parse made a first subject of the cue, with the
    nearest subject, set off by commas right before the cue, its title, and a clause with a
    subject of its own after the cue (else "The campaign, Smith said, has been a disaster":
    the first subject opens the content). The name is the speaker; a real page of l3s-gn1
    left its quotes to "Labour MSP for Glasgow Maryhill" with no entity (the only change on
    371 real pages); PolNeAR train and dev unchanged."""
    doc = tok.doc
    before = [c for c in subjects if c.i < nearest.i]
    if not before or nearest.i > tok.i:
        return None
    name = before[-1]

    def closing_comma(phrase: Any) -> int:  # the comma may be the phrase's last token
        end = int(phrase.right_edge.i)
        return end if doc[end].text == "," else end + 1 if doc[end + 1].text == "," else -1

    first, second = closing_comma(name), closing_comma(nearest)
    if (name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or first < 0 or second < 0
            or first + 1 != nearest.left_edge.i or second + 1 != tok.i):
        return None
    whole = any(c.i > tok.i and c.dep_ in ("ccomp", "parataxis") and has_own_subject(c)
                for c in tok.children)
    return name if whole else None


def _parse_subject(tok: Any) -> Any:
    """The subject of a cue verb as the parse shows it (see :func:`cue_subject`)."""
    misread = misread_report(tok)
    if misread is not None:
        return misread  # "“...,” a voice-over in the ad states.": the parse made it a noun
    subjects = [c for c in tok.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("there",)]
    for child in tok.children:
        if child.dep_ == "agent" and not misparsed.active_agent(tok):  # "by X" on an object
            pobj = [c for c in child.children if c.dep_ == "pobj"]
            if pobj:
                return pobj[0]  # "was criticised by X": the agent, not the patient
    detached = detached_agent(tok)
    if detached is not None:
        return detached  # "was declared the winner in X by news outlets": the outlets
    if subjects:
        # "The campaign, Smith said, has been ...": the parse gives "said" two subjects;
        # the one nearest the cue is the speaker, the other opens the content
        child = min(subjects, key=lambda c: abs(c.i - tok.i))
        if child.dep_ == "nsubjpass" and (child.lower_ == "it" and not any(
                c.dep_ == "xcomp" for c in tok.children) or cue_lemma(tok) in ADDRESSEE_VERBS):
            return None  # "it was reported that", "he was asked about"; not "It is expected to"
        return (_inverted_subject(tok, child) or _name_before_title(tok, subjects, child)
                or misparsed.dateline_speaker(tok, child) or misparsed.dashed_speaker(tok, child)
                or misparsed.opening_object_speaker(tok, child)
                or issuer_subject(tok, child, cue_subject) or child)
    named = for_subject(tok) or quoted_person(tok)
    if named is not None:
        return named  # "an opening for Roe to stress X": Roe
    inverted = _inverted_object(tok)
    if inverted is not None:
        return inverted  # "“...,” read the letter": the parse made the speaker an object
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        # "was joined by X and joked", "X jumped in — as he does — and wrote": see _going_on;
        # "will brand you a liar and NBC News will accuse you": see object_conjunct_subject
        return (misparsed.subordinated_subject(tok) or misparsed.dashed_speaker(tok)
                or split.object_conjunct_subject(tok)
                or split.after_quote_subject(tok)
                or _adverbial_conjunct_subject(tok) or _going_on(tok, tok.head))
    misplaced = complement_conjunct_head(tok)
    if misplaced is not None:
        return _going_on(tok, misplaced)  # "called it “shameful” and called on leaders"
    if tok.dep_ == "xcomp" and tok.head.pos_ in ("VERB", "AUX"):
        # "led Wasserman Schultz to announce": the object of the governing verb, else its
        # subject ("hesitated to repeat", "used the question to demand", see
        # SUBJECT_CONTROL_VERBS)
        objects = [c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i]
        if cue_lemma(tok.head) in SUBJECT_CONTROL_VERBS or tok.tag_ == "VBG":
            objects = []
        return objects[0] if objects else cue_subject(tok.head)
    if tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        head = tok.head
        if head.pos_ == "ADJ" and head.dep_ == "acomp":
            head = head.head  # "who was reluctant to endorse him": the copula's subject
        if head.pos_ in ("VERB", "AUX") and head.i != tok.i:
            # "went on ABC to defend ...": the one who went. PolNeAR train (tuned on even
            # documents, confirmed on odd): speaker-attributed F1 +0.005 / +0.004
            return cue_subject(head)
    if tok.tag_ == "VBN" and cue_lemma(tok) in ADDRESSEE_VERBS:
        return None  # "Asked about the wall, he said ...": the asker is not named
    if tok.dep_ in ("advcl", "xcomp") and tok.tag_ in ("VBG", "VBN") and tok.head.pos_ in (
        "VERB", "AUX"
    ):
        # ", saying ...": said by the main clause's subject, unless an adverbial relative
        # clause ends right before the participle ("..., where protesters gathered, chanting")
        return (adverbial_relative_subject(tok) or misparsed.subordinated_subject(tok)
                or _going_on(tok, tok.head))
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.head.pos_ in ("VERB", "AUX"):
        return _going_on(tok, tok.head.head)  # "responded by blaming", "after warning"
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and cue_lemma(tok) in load_quote_lists().speech:
        return _gerund_holder(tok)
    owner = infinitive_owner(tok, cue_subject)
    if owner is not None:
        return owner  # "Roe had nothing to say about X", "gave Roe a reason to oppose X"
    if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        noun = tok.head  # "a statement ... saying"
        spent = spent_object_verb(noun, SUBJECT_CONTROL_VERBS)
        if spent is not None:
            return cue_subject(spent)  # "spent much of his speech praising X": he
        holder = None if qualified_speaker(tok, noun) else _clause_holder(noun)
        if holder is not None:
            return holder
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            if presented_object(tok, noun) or qualified_speaker(tok, noun):
                return noun  # "held up a sign saying X", "all Central Americans seeking X"
            agent = cue_subject(noun.head)  # "Rubio's campaign sent out a press release saying"
            if agent is not None and agent.lower_ not in ("that", "which", "who"):
                return agent
        return noun
    return None


def _going_on(tok: Any, verb: Any) -> Any:
    """The speaker of ``tok``, a subjectless cue going on from ``verb``: see
    :func:`fivew.quotes_participles.going_on_subject`."""
    verb = split.relative_conjunct_verb(tok, verb) or verb  # "the groups that hosted them and say"
    return going_on_subject(tok, verb, cue_subject, stranded_subject)


def _clause_holder(noun: Any) -> Any:
    """The speaker of a participle qualifying ``noun`` where the noun cannot be one: the
    object of a preposition ("at one point calling X", "in a March speech denouncing X",
    "in an article stating") or a date or time ("last week saying"). The participle then
    tells what the subject of the clause around it did; None where ``noun`` may speak.
    Only a preposition on a verb: through a noun ("an editor's note on the story saying",
    "a fit for a news organization seeking") the holder is unclear, and climbing there made
    more speakers wrong than right. PolNeAR train: speaker-attributed F1 +0.0009 / +0.0002
    (even / odd documents, with :data:`STANDALONE_PREPOSITIONS`), content unchanged; climbing
    through nouns too: +0.0008 / -0.0002."""
    if noun.dep_ != "pobj" and noun.ent_type_ not in NOT_SPEAKER_ENTS:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in STANDALONE_PREPOSITIONS:
        return None  # "came as a statement saying ...": the statement says it
    if noun.dep_ == "pobj" and noun.lemma_.lower() in load_quote_lists().survey_nouns:
        # "with new polls showing X": the polls show it. PolNeAR train: speaker-attributed
        # F1 +0.0001 / 0 (even / odd documents); any document (``artifact_nouns``: "in a
        # statement saying") -0.0002 / +0.0001
        return None
    # the verb the preposition hangs on, or the one a bare date modifies ("last week")
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.pos_ in ("VERB", "AUX"):
        return cue_subject(verb)
    return None


def _adverbial_conjunct_subject(tok: Any) -> Any:
    """'Some people were yawning as he mentioned X and described Y': the parse hangs the
    conjunct cue ("described") on the main verb, past the adverbial clause whose verb it
    continues; its speaker is that clause's subject ("he"), not the main clause's. Only where
    the cue continues that clause's verb: the same tense, joined by a bare "and" (", and has
    also not answered" goes back to the main clause). PolNeAR train: speaker-attributed F1
    +0.0001 / 0 (even / odd documents), one cue changed; relative and complement clauses
    too: -0.0001 / -0.0004."""
    doc = tok.doc
    head = tok.head
    if tok.i < 2 or doc[tok.i - 1].dep_ != "cc" or doc[tok.i - 2].text == ",":
        return None
    for cand in reversed(doc[head.i + 1 : tok.i - 1]):
        if (cand.dep_ == "advcl" and cand.tag_ == tok.tag_
                and head in cand.ancestors):
            subjects = [c for c in cand.children if c.dep_ == "nsubj"]
            if subjects:
                return subjects[0]
    return None


def _inverted_subject(tok: Any, subject: Any) -> Any:
    """'The contrast, said Doyle, would be clear': a cue set off by commas inside its own
    content, the speaker right after it; the parse makes the speaker the subject of the
    content clause and the content's subject the cue's. Only a finite cue, and a subject
    with no commas of its own: a long subject ("aides to X, a former prosecutor, said their
    speeches, ..., would") is the speaker. PolNeAR train: speaker-attributed F1 +0.0002 /
    +0.0001 (even / odd documents), no speaker made wrong."""
    doc = tok.doc
    if (subject.i > tok.i or tok.i == 0 or doc[tok.i - 1].text != ","
            or tok.tag_ not in FINITE_TAGS):
        return None
    if any(t.text == "," for t in doc[subject.left_edge.i : subject.right_edge.i]):
        return None  # "aides to X, a former prosecutor, said their speeches, ..., would"
    for clause in tok.children:
        if clause.dep_ != "ccomp" or clause.i < tok.i:
            continue
        for cand in clause.children:
            if (cand.dep_ == "nsubj" and cand.left_edge.i == tok.i + 1
                    and cand.pos_ in ("PROPN", "NOUN") and _comma_after(cand)):
                return cand
    return None


def _inverted_object(tok: Any) -> Any:
    """The speaker of a subjectless root cue between its quote and the noun the parse made
    its object ("“We won,” read the banner."): see :data:`INVERTED_OBJECT_DEPS`."""
    doc = tok.doc
    if tok.dep_ != "ROOT" or tok.i == 0 or doc[tok.i - 1].text not in CLOSING_QUOTES or not any(
            c.dep_ in ("ccomp", "parataxis") and c.i < tok.i for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ in INVERTED_OBJECT_DEPS
                 and c.left_edge.i == tok.i + 1 and c.pos_ in ("NOUN", "PROPN", "NUM", "PRON")
                 and (c.i + 1 == len(doc) or doc[c.i + 1].is_punct)), None)


def _comma_after(phrase: Any) -> bool:
    """Whether a comma closes ``phrase`` (the parse may hang the comma on it)."""
    end = phrase.right_edge.i
    doc = phrase.doc
    return bool(doc[end].text == "," or (end + 1 < len(doc) and doc[end + 1].text == ","))


def _gerund_holder(tok: Any) -> Any:
    """The subject of the verb a gerund cue hangs on through a noun: 'Okafor makes no
    apologies for accusing the rebels of ...' (the one who apologises accuses), or of an
    adjective with a subject of its own ("Ryan, who surprised Trump by declaring ...", the
    small model making "surprised" an adjective).
    Only for reporting verbs, which are kept without a source anyway: giving attitude
    gerunds a holder made new, mostly wrong attributions. PolNeAR train: speaker-attributed F1
    +0.0004 / +0.0011 (even / odd documents), content unchanged."""
    node = tok.head
    for _ in range(GERUND_HOLDER_MAX_STEPS):
        if node.dep_ not in GERUND_HOLDER_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX") or (
                node.pos_ == "ADJ" and any(c.dep_ == "nsubj" for c in node.children)):
            return cue_subject(node)
    return None


#: The tag of an opening quote mark, straight or curly.
OPENING_TAG = "``"


def _in_quote_before(tok: Any, subject: Any) -> bool:
    """Whether ``subject`` stands inside the quote that closes right before cue ``tok`` ("“I
    gotta tell you,” announced Rivers as ...": "I" is the quote's, the speaker comes after
    the cue, see fivew.quotes_adjacent.inverted_name); not a subject before the quote
    ("Trump summed up Clinton as “terrible,” denounced ...")."""
    doc = tok.doc
    close = next((t.i for t in doc[max(0, tok.i - 2) : tok.i] if t.text in CLOSING_QUOTES), None)
    if close is None or subject.i > close:
        return False
    for mark in reversed(doc[tok.sent.start : subject.i]):
        if is_mark(mark):
            return bool(mark.tag_ == OPENING_TAG)  # the nearest mark before it opens a quote
    return False


def stranded_subject(tok: Any) -> Any:
    """The speaker of a finite cue the parse left without a subject: the subject of a clause
    it wrongly governs on its left ("Kasich jokingly offered ..., then says that ...",
    "Sanders, meanwhile, who sits ..., said that ..."), or a name the parse hung elsewhere
    on its left. On PolNeAR train: speaker-attributed F1 +0.002 (even documents, where it
    was tuned), +0.001 (odd)."""
    for child in tok.children:
        if child.dep_ == "ccomp" and child.i < tok.i:
            subjects = split.nearest_clause_subjects(child)
            if subjects and not _in_quote_before(tok, subjects[0]):
                return subjects[0]  # "X would admit it, but Y says"
    left = [c for c in tok.children if c.i < tok.i]
    for child in reversed(left):
        if child.pos_ in ("PROPN", "PRON") and child.dep_ in STRANDED_DEPS:
            # "Trump, speaking later at a rally, did not mention Ryan"; "Friday, Texas, leading
            # a coalition of 13 states, asked": the name in apposition to a day
            named = [c for c in child.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            return named[0] if named and child.ent_type_ in NOT_SPEAKER_ENTS else child
    for child in reversed(left):
        if child.dep_ == "nummod" and child.pos_ == "NUM" and child.right_edge.i + 1 == tok.i:
            # "About 4 in 10 say they want ...": the share of a poll's respondents, which the
            # parse hangs on the verb as a number (PolNeAR train speaker-attributed F1 0 /
            # +0.0001, even / odd documents; dev and 371 real pages unchanged)
            return child
    for child in reversed(left):
        if child.dep_ == "amod" and child.pos_ == "ADJ" and any(
                d.dep_ == "det" and d.i < child.i and d.i == tok.sent.start
                for d in (*child.children, *tok.children)):
            # "The 38-year-old added that ...": the parse hangs the age, a noun phrase, on
            # the verb as an adjective (a real page of l3s-gn1, "The 19-year-old thanked
            # “...”", the only change on 371 real pages; PolNeAR train unchanged)
            return child
    for child in reversed(left):
        if child.dep_ in ("advcl", "prep", "csubj"):
            # "Speaking in Leeds, Okafor, without naming him, also accused ...": the
            # speaker parsed as an apposition inside the opening phrase ("Although X, an
            # aide said": one running up to the cue, see apposed_opening_speaker)
            names = [t for t in child.subtree if t.dep_ == "appos" and t.pos_ == "PROPN"
                     and t.i + 1 < tok.i and tok.doc[t.i + 1].text == ","
                     and t.ent_type_ not in misparsed.DATELINE_ENTS]  # "in Akron, Ohio, X"
            found = names[-1] if names else misparsed.apposed_opening_speaker(tok, child)
            if found is not None:
                return found
    # "That plan, many argue, could ...": quantifier_subject
    return (misparsed.opening_subject(tok) or hung_subject(tok) or clausal_subject_noun(tok)
            or quantifier_subject(tok) or misparsed.subordinated_subject(tok))
