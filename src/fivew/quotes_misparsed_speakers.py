"""Speakers of cues the tagger or parser misreads, for :func:`fivew.quotes_speakers.speaker_of`
and :func:`fivew.quotes_subjects.stranded_subject`.

- :func:`headline_patient`: a title-case headline participle with no auxiliary ("Mayor
  Accused Of Hiding Funds") is a passive whose subject the parse made an active one: that
  subject is what the claim is about, not who holds it, like any passive without an agent
  (see :data:`fivew.quotes_agents.PASSIVE_SPEAKER_VERBS`).
- :func:`misread_noun_subject`: a cue verb the tagger read as a noun heading the sentence
  ("Lee claims he won", "claims" a plural noun) keeps the subject the parse still hangs
  on it.
- :func:`apposed_opening_speaker`: a speaker the parse hung as an apposition inside the
  clause opening the sentence ("Although X is Y, an official who asked not to be named
  said ...").
- :func:`dateline_speaker`: a speaker the parse hung as an apposition of a dateline's place
  it made the subject ("CLEVELAND, July 19 (UPI) — Jane Roe told ..."; moved here from
  :mod:`fivew.quotes_subjects`).
- :func:`dated_opening_speaker`: a speaker the parse hung inside a fronted date it took
  for the subject ("Thursday at the conference, Sen. Jane Roe said ...").
- :func:`active_agent`: a "by" phrase of an object that the parse hung on an active cue
  as its agent ("acknowledged as much in an article by Jo Roe").
- :func:`line_opening_speaker`: a speaker opening the cue's paragraph that the parse hung
  on the paragraph before, running the sentence over the break ("... Biden Jr.\n\nMrs.
  Clinton often says").
- :func:`opening_verb_speaker`: a reporting verb opening its sentence before the speaker
  ("Said Ellis: “...”"), which the parse reads as part of the name.
- :func:`misread_clause_head`: a finite cue the parse hung as an adverbial clause on a
  participle it took for the main verb ("Protesters marching through the streets chanted
  ..."): the participle's subject speaks; an opening participle the parse made a subject
  ("Claiming X is Y, Trump told Fox ..."): the main clause's subject speaks.
- :func:`subordinated_subject`: a speaker the parse made the object of a subordinating word
  it took for a preposition ("grew louder as Jane Roe, the mayor's daughter, attacked X"),
  or of "with" before a participle ("ended with Roe asking X").
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_rules import FINITE_TAGS, WHEN_ENTITIES
from fivew.quotes_speaker_conjuncts import SPEAKING_ENTS, coordinated_opening_speaker

__all__ = ["headline_patient", "misread_noun_subject", "apposed_opening_speaker",
           "dateline_speaker", "dated_opening_speaker", "participle_apposed_speaker",
           "line_opening_speaker", "active_agent", "misread_clause_head", "opening_verb_speaker",
           "opening_object_speaker", "opening_subject", "subordinated_subject", "dashed_speaker",
           "DATELINE_ENTS", "NAME_ENTS", "NOT_SPEAKER_ENTS"]

#: Auxiliary labels that make a participle a finite passive or perfect the parse read right.
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})

#: Parts of speech of a subject that can name a speaker.
SUBJECT_POS = frozenset({"PROPN", "PRON", "NOUN"})

#: Parts of speech of a speaker the parse hung as an apposition inside an opening clause.
APPOSED_SPEAKER_POS = frozenset({"NOUN", "PROPN"})

#: Entity labels of a dateline's place, which the parse may make the subject of the first
#: sentence ("CLEVELAND, July 19 (UPI) — X told ...").
DATELINE_ENTS = frozenset({"GPE", "LOC"})

#: Dashes that open a clause inside a sentence ("It was no accident — Jo Roe, an aide,
#: told X"); a hyphen is left out, as it joins words far more often than clauses.
CLAUSE_DASHES = frozenset({"—", "–", "--", "―"})

#: What ends a dateline: a dash or a colon, maybe after the agency in brackets ("CLEVELAND,
#: July 19 (UPI) — X told", "Beijing (PTI): Four pandas would learn"). An apposition with none
#: of them before it describes the subject, which is then no dateline but a name the tagger
#: took for a place ("Nefzi, a chemistry professor, said" on PolNeAR train; "Bertrand,
#: chairman of the hall of fame, said" on a real page of l3s-gn1).
DATELINE_ENDS = CLAUSE_DASHES | {"-", ":", ")"}


#: Punctuation setting off a parenthetical between a subject and its verb.
PARENTHETICAL_MARKS = frozenset({",", "-", "--", "–", "—"})

#: Parts of speech of the words of a plain noun phrase opening a clause ("Sen. Jo Doe",
#: "the party's chairman", "two senior aides").
OPENING_PHRASE_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PART", "NUM"})

#: Entity labels of a noun that names no speaker, a date or a time. "“...,” he said Monday"
#: hangs the day on the cue as an npadvmod, and
#: :func:`fivew.quotes_speakers._speaker_outside_quote` took it for the speaker: leaving
#: them out there (round 4), PolNeAR train speaker-attributed F1 +0.0002 / 0 (even / odd
#: documents; other figures unchanged); out of
#: :func:`fivew.quotes_subjects.stranded_subject` too, -0.0001 on even documents (there a
#: name in apposition to it speaks instead: "Friday, Texas, leading a coalition of 13
#: states, asked"). A participle on one ("last week calling X") is the clause subject's
#: (:func:`fivew.quotes_subjects._clause_holder`): +0.0001 / 0 on top of the preposition
#: half.
NOT_SPEAKER_ENTS = WHEN_ENTITIES  # a date or a time, as quotes_rules names them

#: Entity labels of an opening noun phrase that names no speaker ("Last week, ...", "Two
#: of them, ...").
OPENING_NOT_SPEAKER_ENTS = NOT_SPEAKER_ENTS | {"CARDINAL", "PERCENT", "MONEY", "ORDINAL"}


def headline_patient(cue: Any, subject: Any) -> bool:
    """Whether ``subject`` is the patient of a title-case headline passive ("Senator Accused
    Of Lying", "Agency Charged With Fraud"): the cue a past participle heading its sentence,
    capitalised but not the sentence's first word, with no auxiliary, and ``subject`` its
    "nsubj" before it. PolNeAR train (tuned on even documents): speaker-attributed F1
    +0.0001 / 0 (even / odd); without the title-case test -0.0008 / -0.0007 (past tenses
    the tagger read as participles)."""
    if (cue is None or subject is None or cue.tag_ != "VBN" and not _said_to(cue)
            or cue.dep_ != "ROOT" or not cue.text.istitle() or cue.is_sent_start):
        return False
    if any(c.dep_ in AUXILIARY_DEPS for c in cue.children):
        return False
    return bool(subject.head.i == cue.i and subject.dep_ == "nsubj" and subject.i < cue.i)


def _said_to(cue: Any) -> bool:
    """'Phillips Said to Succeed Brooks': a headline's "is said to", read as a past tense
    with an infinitive (a real page of l3s-gn1 made Phillips the one who said it)."""
    return cue.text.lower() == "said" and any(
        c.dep_ == "xcomp" and any(a.text.lower() == "to" for a in c.children)
        for c in cue.children)


def misread_noun_subject(cue: Any) -> Any:
    """The subject of a cue verb the tagger read as a noun heading its sentence ("Lee
    claims he won"): the "nsubj" the parse hangs on it before it, else None. PolNeAR train
    (tuned on even documents): speaker-attributed F1 +0.0001 / +0.0001 (even / odd);
    asking for a clausal complement as well: +0.0001 / 0."""
    if cue is None or cue.pos_ != "NOUN" or cue.dep_ != "ROOT":
        return None
    return next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i
                 and c.pos_ in SUBJECT_POS), None)


def apposed_opening_speaker(cue: Any, opening: Any) -> Any:
    """The speaker of a finite cue without a subject that the parse hung as an apposition
    inside ``opening``, a clause or phrase on the cue's left ("Although X is Y, an official
    who spoke anonymously said ...": "official" an apposition of "Y"): the last such noun
    whose phrase runs right up to the cue, else None. PolNeAR train (tuned on even
    documents): speaker-attributed F1 +0.0001 / +0.0001 (even / odd). Also a person's name
    the parse hung on a preposition after a comma, up to the cue and its adverbs (+0.0003 /
    0)."""
    end = cue.i - 1
    while end > opening.i and cue.doc[end].dep_ in ("advmod", "aux", "neg") \
            and cue.doc[end].head.i == cue.i:
        end -= 1  # "At an event in Akron, Ohio, 62-year-old Brenda Roe also railed": the
        # parse hangs the name on "in"
    last = _before_relative_aside(cue.doc, cue.i - 1, opening.i)
    # with such an aside, the name's phrase ends before it or takes it in (up to the dash)
    ends = {cue.i - 1} if last == cue.i - 1 else {last, cue.i - 2}
    found = [t for t in opening.subtree if
             t.dep_ == "appos" and t.pos_ in APPOSED_SPEAKER_POS and t.right_edge.i in ends
             or t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and t.dep_ == "pobj"
             and t.right_edge.i == end and t.doc[t.left_edge.i - 1].text == ","
             or _closing_name(t, end)]
    # "Making her way around X, Clinton and husband Bill, thanked ...": names run on as
    # conjuncts, see :func:`fivew.quotes_speaker_conjuncts.coordinated_opening_speaker`
    return found[-1] if found else coordinated_opening_speaker(cue, opening)


def _before_relative_aside(doc: Any, end: int, start: int) -> int:
    """The last token before a relative clause set off by dashes that ``end`` closes ("When
    Jo confided her worries, Jo 2077 – who had an avatar of a big yellow C – reassured her":
    the name ends before the first dash, or the aside hangs on it), else ``end``. From a
    real page of fundus-eval, its quote left without a speaker; PolNeAR train, dev and the
    other 249 real pages unchanged."""
    if doc[end].text not in CLAUSE_DASHES:
        return end
    opener = next((k for k in range(end - 1, start, -1) if doc[k].text == doc[end].text), None)
    if opener is None or doc[opener + 1].tag_ not in ("WP", "WDT"):
        return end
    return opener - 1


def _closing_name(tok: Any, end: int) -> bool:
    """'Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that
    ...': a person's name the parse ran on from the opening phrase (a conjunct of "Nevada"
    or the object of its preposition), set off by a comma, with an apposition of its own
    reaching the comma before the cue (``end``). PolNeAR train: speaker-attributed F1 0 /
    +0.0001 (even / odd documents; it fires once, rightly); real pages unchanged."""
    doc = tok.doc
    if not (tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON" and tok.dep_ in ("pobj", "conj")
            and tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == ","):
        return False
    return tok.right_edge.i == end - 1 and doc[end].text == "," and any(
        c.dep_ == "appos" for c in tok.children)


def dateline_speaker(tok: Any, subject: Any) -> Any:
    """'CLEVELAND, July 19 (UPI) — Former Attorney General Jane Roe told ...': the parse
    makes the dateline's place the subject of cue ``tok`` and the speaker its apposition
    (the news agency in brackets is none). Only an apposition before the cue: one after it
    is a description of the content ("X alleges that ..., a claim that ..."), and only after
    the dateline's end (:data:`DATELINE_ENDS`). PolNeAR train: speaker-attributed F1
    +0.0003 / +0.0002 (even / odd documents, on top of
    :func:`fivew.quotes_subjects._inverted_subject`); the dateline's end changes no quote of
    PolNeAR and 2 of 371 real pages, each now with its speaker's name."""
    if subject.ent_type_ not in DATELINE_ENTS:
        return None
    doc = subject.doc
    names = [c for c in subject.children if c.dep_ == "appos" and subject.i < c.i < tok.i
             and c.pos_ in APPOSED_SPEAKER_POS and c.ent_type_ not in DATELINE_ENTS
             and c.doc[c.i - 1].text != "("
             and any(t.text in DATELINE_ENDS for t in doc[subject.i + 1 : c.i])]
    return names[-1] if names else None


#: Parts of speech of a word whose object the parse may have taken for the subject after it.
OBJECT_TAKING_POS = frozenset({"VERB", "ADP"})


def opening_object_speaker(tok: Any, subject: Any) -> Any:
    """'To understand the real Dred Scott, Chief Justice Roberts said, one should visit this
    museum': the parse takes the object of the opening clause for the subject of the cue
    ``tok`` and the speaker for its apposition. The apposition, a person's name running
    right up to the cue, speaks where an opening clause of the cue comes before the subject;
    None otherwise. From a wrong speaker seen on PolNeAR dev (dev scores unchanged: its
    content also takes the opening clause); on train one speaker changed, to the name of
    the same person ("conservative commentator Jonah Goldberg"). Also where the parse hangs
    the opening clause on the content's verb, when the word before the subject would take it
    as its object; the name then ends the first fragment too
    (:func:`fivew.quotes_complements._own_start`): the same dev sentence, in context, now
    right (dev speaker-attributed F1 0.7805 -> 0.7810); PolNeAR train and 250 real pages
    unchanged."""
    doc = tok.doc
    before = doc[subject.left_edge.i - 1] if subject.left_edge.i > tok.sent.start else None
    if not any(c.dep_ in ("advcl", "prep") and c.i < subject.i for c in tok.children) and not (
            before is not None and before.pos_ in OBJECT_TAKING_POS):
        return None  # the opening clause may hang elsewhere ("To understand the real Dred
        # Scott, Chief Justice Roberts said, one should visit": on "visit"), but the word
        # before the subject still takes it as its object
    return next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.ent_type_ == "PERSON" and c.right_edge.i == tok.i - 1
                 and tok.doc[c.left_edge.i - 1].text == ","), None)  # not "X, an officer of
    # the agency Lodestar Universal said", the agency's name hung on X


#: Entity labels of a name that can speak, found inside a fronted date.
NAME_ENTS = SPEAKING_ENTS

#: Most tokens between the end of that name and the cue: a bracketed party and state
#: ("Sen. Jane Roe (D-MA) said" leaves 5); set by hand.
DATED_NAME_MAX_GAP = 6


def dated_opening_speaker(cue: Any, subject: Any) -> Any:
    """'Thursday at the coalition's conference, Sen. Lindsey Graham (R-SC) called out X':
    the parse takes the fronted date for the cue's subject and hangs the speaker in the phrase
    after it; the speaker is the last name there (not part of a longer name) that ends right
    before the cue, else None. A date is no speaker; PolNeAR train has two such cues on even
    documents (no change to speaker-attributed F1 at four digits: the gold speaker of one is
    a pronoun before it)."""
    if cue is None or subject is None or subject.ent_type_ != "DATE" or subject.pos_ == "PRON":
        return None
    if not subject.i < cue.i:
        return None
    names = [t for t in subject.doc[subject.i + 1 : cue.i] if t.pos_ == "PROPN"
             and t.ent_type_ in NAME_ENTS and t.dep_ != "compound"
             and cue.i - t.i <= DATED_NAME_MAX_GAP]
    return names[-1] if names else None


#: Entity labels of a name apposed to a person's name that is a speaker of its own: a person,
#: or a name the tagger left unlabelled ("Darran Whiting").
APPOSED_NAME_ENTS = frozenset({"PERSON", ""})


def participle_apposed_speaker(subject: Any, cue: Any) -> Any:
    """'One pastor supporting Mr. Cruz, Darran Whiting of a church in Marion, said ...': the
    parse hangs the speaker's name as an apposition on the name ending a participle phrase
    that qualifies the subject; a person's name does not appose another person's, so the
    name running up to the comma before the cue is the speaker, else None. Called from
    :func:`fivew.quotes_speakers.speaker_of`. PolNeAR train: speaker-attributed F1 +0.0001 /
    0 (even / odd documents), content unchanged."""
    if cue is None or subject is None or subject.pos_ != "NOUN" or cue.i < 2:
        return None
    doc = cue.doc
    if doc[cue.i - 1].text != "," or not any(c.dep_ == "acl" for c in subject.children):
        return None
    for tok in subject.subtree:
        if (tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.ent_type_ in APPOSED_NAME_ENTS
                and tok.head.ent_type_ == "PERSON" and doc[tok.left_edge.i - 1].text == ","
                and tok.right_edge.i == cue.i - 2):
            return tok
    return None


#: Dependency labels of the words between a cue and the noun phrase opening its line that
#: belong to the cue ("Mrs. Clinton often says", "Roe has not said").
CUE_LEAD_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})

#: Parts of speech of the words of a plain noun phrase opening a line ("Mrs. Clinton",
#: "The party's chairman").
LINE_OPENING_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PART", "NUM"})


def line_opening_speaker(cue: Any, subject: Any) -> Any:
    """'..., said Jared Bernstein, a former adviser to Joseph R. Biden Jr.\\n\\nMrs. Clinton
    often says she ...': the parser runs the sentence on over the paragraph break, hangs
    the name opening the cue's paragraph on the paragraph before and gives the cue that
    paragraph's subject. When the subject found stands in an earlier line than the cue and
    the cue's line is a plain noun phrase up to the cue (and its auxiliaries and adverbs),
    that phrase's head is the speaker; else None. Found among PolNeAR train's wrong
    speakers (even documents): speaker-attributed F1 +0.0002 / +0.0006 (even / odd
    documents), content unchanged; with the source span kept to its paragraph as well
    (:func:`fivew.quotes_speakers._in_paragraph`, which mostly drops a timestamp line, "9:55
    p.m.\n\nDonald Trump"), +0.0001 / +0.0006."""
    if cue is None or subject is None or not subject.i < cue.i:
        return None
    doc = cue.doc
    start = next((i + 1 for i in range(cue.i - 1, subject.i, -1) if "\n" in doc[i].text), None)
    if start is None:
        return None
    end = cue.i
    while end > start and doc[end - 1].head.i == cue.i and doc[end - 1].dep_ in CUE_LEAD_DEPS:
        end -= 1
    phrase = doc[start:end]
    if not len(phrase) or any(t.pos_ not in LINE_OPENING_POS for t in phrase):
        return None
    heads = [t for t in phrase if not start <= t.head.i < end or t.head.i == t.i]
    if len(heads) != 1 or heads[0].pos_ not in APPOSED_SPEAKER_POS:
        return None
    return heads[0]


def active_agent(cue: Any) -> bool:
    """Whether the "agent" the parse hangs on ``cue`` is a "by" phrase of one of its
    objects, not its agent: the cue is active, with a subject of its own and no passive
    auxiliary ("Top aides acknowledged as much in an article Monday by Jo Roe": the aides,
    not the article's writer, acknowledged it). PolNeAR train: speaker-attributed F1 +0.0001 /
    0 (even / odd documents; one cue), content unchanged."""
    return (any(c.dep_ == "nsubj" for c in cue.children)
            and not any(c.dep_ == "auxpass" for c in cue.children) and cue.tag_ != "VBN")


def misread_clause_head(tok: Any) -> Any:
    """The verb whose subject cue ``tok`` speaks for: the participle, where the parse made the
    participle the main verb and hung the cue on it as an adverbial clause with no
    subordinating word ("Protesters marching through the streets chanted “What curfew?”");
    or the main verb, for a participle opening the sentence that the parse made the subject
    of the clause it governs; else None. PolNeAR speaker-attributed F1, each of the two:
    train +0.0000 / +0.0001 and +0.0000 / +0.0000 (even / odd), dev +0.0005 (where its case
    was found). The cue may also hang on the participle as a clause of its own, where the
    participle has the subject ("Sen. Richard J. Durbin (D-Ill.), noting the size of
    Sanders's following, said, “...”", from PolNeAR train's errors: odd documents +0.0001,
    the one changed; even and dev unchanged)."""
    head = tok.head
    if tok.tag_ == "VBG" and tok.dep_ in ("csubj", "csubjpass") and tok.i == tok.sent.start:
        # "Claiming X is designed to Y, Trump told Fox ...": the opening participle read as
        # the subject of the clause it governs; the main clause's subject claims
        root = tok.sent.root
        return root if root.i > tok.i and any(c.dep_ == "nsubj" for c in root.children) else None
    if tok.dep_ == "parataxis" and head.dep_ == "ROOT" and head.i < tok.i and not any(
            c.dep_ == "nsubj" for c in head.children):
        return None  # "..., noting X, said": only where the participle has the subject
    if tok.dep_ not in ("advcl", "parataxis") or tok.tag_ not in ("VBD", "VBZ") or (
            head.tag_ != "VBG") or any(c.dep_ in ("mark", "nsubj", "nsubjpass")
                                       for c in tok.children):
        return None
    return head


def opening_verb_speaker(tok: Any) -> Any:
    """The speaker a reporting verb opening its sentence names right after it, where the
    parse reads the verb as part of that name ("Said Ellis: “I don't get the sense ...”":
    "Said" a compound of "Ellis"); else None. PolNeAR speaker-attributed F1: train
    +0.0000 / +0.0000 (even / odd), dev +0.0005 (where the case was found)."""
    head = tok.head
    if tok.dep_ != "compound" or tok.tag_ not in ("VBD", "VBZ") or tok.i != tok.sent.start:
        return None
    return head if head.pos_ == "PROPN" and head.i > tok.i else None


def opening_subject(tok: Any) -> Any:
    """'Halvorsen, in the wake of a new survey, told reporters ...': a noun phrase opening the
    cue's clause (its sentence or, where the parser ran a sentence over a line break, its
    line), then a parenthetical set off by commas or dashes right up to the cue. The parser
    hangs such a subject on the sentence before or on the parenthetical. Found among PolNeAR
    train's finite cues without a source (even documents); speaker-attributed F1 +0.0003 /
    +0.0003 (even / odd), no speaker made wrong."""
    doc = tok.doc
    start = tok.sent.start
    for i in range(tok.i - 1, start - 1, -1):
        if "\n" in doc[i].text:
            start = i + 1
            break
    end = tok.i - 1
    while end > start and doc[end].dep_ in ("aux", "neg", "advmod"):
        end -= 1  # "Trump, speaking later, did not mention ..."
    if end <= start or doc[end].text not in PARENTHETICAL_MARKS:
        return None
    if doc[start].pos_ == "ADP":  # "On his way out, Roe - in a line aimed at X - declared":
        # after an opening phrase (+0.0001 / 0)
        start = next((i + 1 for i in range(start, end) if doc[i].text == ","), start)
    k = start
    while k < end and doc[k].pos_ in OPENING_PHRASE_POS:
        k += 1
    nouns = [t for t in doc[start:k] if t.pos_ in ("PROPN", "NOUN")]
    if not nouns or k >= end or doc[k].text not in PARENTHETICAL_MARKS:
        return None
    if nouns[-1].ent_type_ in OPENING_NOT_SPEAKER_ENTS:
        return None  # "Last week, ..."
    return nouns[-1]


#: Words opening an adverbial clause that the parser may read as a preposition, making the
#: clause's subject its object ("as Jane Roe attacked X", "while the mayor insisted").
SUBORDINATORS = frozenset({"as", "while", "because", "after", "before", "since", "until",
                           "although", "though", "when", "once"})


#: Words whose object a participle right after it is said of ("The conversation ended with
#: Roe asking X": Roe asks).
PARTICIPLE_SUBORDINATORS = frozenset({"with"})

#: Parts of speech of a subordinated subject: a name or a pronoun (a common noun after "as"
#: is mostly a real preposition's object: "defended Sanders as a mainstream candidate").
NAME_POS = frozenset({"PROPN", "PRON"})


def subordinated_subject(tok: Any) -> Any:
    """The speaker of a finite cue without a subject that hangs, as an adverbial clause, on
    the verb a subordinating word also hangs on, read as a preposition whose object runs
    right up to the cue ("The drumbeat grew louder Wednesday as Jane Roe, the mayor's
    daughter, attacked X": Jane Roe), or as a conjunct ("Opposition grew as Jo Roe, a
    judge, criticized X": Jo Roe, not the subject of "grew"); else None. Found among
    PolNeAR train's matched contents without a speaker (even documents): speaker-attributed
    F1 +0.0001 / 0 (even / odd), dev unchanged. A participle right after "with" and a name
    is the name's ("The conversation ended with Maddow asking X"; +0.0001 / 0, dev
    unchanged)."""
    words = SUBORDINATORS if tok.tag_ in FINITE_TAGS else PARTICIPLE_SUBORDINATORS
    if tok.dep_ not in ("advcl", "conj") or tok.tag_ not in (FINITE_TAGS | {"VBG"}) or any(
            c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for c in tok.children):
        return None
    doc = tok.doc
    before = tok.i - 1
    if tok.tag_ != "VBG":  # a participle follows right after ("sided with X, saying": not X)
        while before > tok.sent.start and doc[before].pos_ == "PUNCT":
            before -= 1
    word = next((c for c in tok.head.children if c.dep_ == "prep" and c.i < tok.i
                 and c.text.lower() in words and before <= c.right_edge.i < tok.i), None)
    objects = [c for c in word.children if c.dep_ == "pobj"] if word is not None else []
    if not objects or objects[0].pos_ not in NAME_POS or tok.head.tag_ not in FINITE_TAGS:
        return None  # "defended X as a mainstream candidate, mocked Y": a preposition;
        # "A woman later identified as Jo Roe, an activist, demanded": one on a participle
    return objects[0]


def dashed_speaker(tok: Any, subject: Any = None) -> Any:
    """'And it wasn't a one-off — Brendan Buck, a spokesman for Ryan, told POLITICO that
    ...': the parse hangs the name opening the clause after a dash as an apposition of the
    noun before the dash, and either makes that noun the subject of the cue ``tok`` (given
    as ``subject``) or makes the cue, with no subject, a conjunct of the first clause's
    verb, whose subject ("it") the cue would take. A name opening right after the dash whose
    phrase (with its own apposition) runs right up to the cue, or to the cue's adverbs and
    auxiliaries, speaks; else None. From a wrong speaker on PolNeAR train (even documents):
    speaker-attributed F1 +0.0001 / 0 (even / odd), dev and 250 real pages unchanged."""
    if subject is None and (tok.dep_ != "conj" or tok.tag_ not in FINITE_TAGS or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)):
        return None
    doc = tok.doc
    end = tok.i - 1
    while end > 0 and doc[end].dep_ in ("advmod", "aux", "neg") and doc[end].head.i == tok.i:
        end -= 1  # "— Jo Roe, an aide, also told"
    first = tok.head.i + 1 if subject is None else subject.i + 1
    return next((t for t in doc[first : end + 1]
                 if t.dep_ == "appos" and doc[t.left_edge.i - 1].text in CLAUSE_DASHES
                 and t.right_edge.i == end and not any(c.dep_ == "conj" for c in t.children)
                 and (t.pos_ == "PROPN" and t.head.i == subject.i if subject is not None
                      else t.pos_ in APPOSED_SPEAKER_POS)), None)  # not "The candidates —
    # Jo Roe, Al Poe and Bo Lee — hoped": several people, the subject names them all
