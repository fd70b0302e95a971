"""Verbs of asking and telling with only an addressee after them: no cue.

"a reporter asking Trump after an event in Iowa", "he told The Huffington Post": with a
person, an organisation or an audience for its only object and nothing said after it, the
verb says whom the words went to, not what they were, and
:func:`fivew.quotes_noncues.not_a_cue` drops it. Where a clause before the verb is what was
told ("X, his top aide told The Huffington Post") the verb stays a cue
(:func:`fivew.quotes_complements.trailing_report`); whom the words went to is then its
addressee (:mod:`fivew.quotes_addressees`). Found among the false positives on PolNeAR
train; figures in the docstring (content-overlap F1, then speaker-attributed F1, even / odd
documents).
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_complements import trailing_report
from fivew.quotes_rules import load_quote_lists

__all__ = ["addressee_only", "ASKING_TELLING_VERBS", "AUDIENCE_NOUNS"]


#: Verbs of asking and telling whose object is the one asked or told; with nothing else
#: after them ("a reporter asking Trump after an event", "he told The Huffington Post") the
#: parse found no question or message, and the addressee is no content (unless a clause
#: before it is what was told: "X, his top aide told The Huffington Post", see
#: :func:`fivew.quotes_complements.trailing_report`).
#: Written for fivew: 5 such cues on PolNeAR train even documents, none right; 4 on odd,
#: none right.
ASKING_TELLING_VERBS = frozenset({"ask", "tell"})

#: Dependents that give an asking or telling verb a content of its own ("told X that Y",
#: "asked X to Y", "asked X if Y", "asked X a question").
_ADDRESSEE_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "advcl", "dative", "parataxis", "oprd",
                                     "acomp", "attr"})

#: Prepositions that give an asking or telling verb its topic ("asked X about Y", "asked X
#: for Y", "told X of Y"); others say when or where ("after an event", "on Sunday").
_TOPIC_PREPS = frozenset({"about", "for", "of", "on", "over", "regarding", "with"})


def addressee_only(tok: Any) -> bool:
    """'asking Trump after an event in Iowa', 'told The Huffington Post': a verb of
    :data:`ASKING_TELLING_VERBS` with only a person, organisation or pronoun for its object and
    no clause, second object or preposition after it says whom the words went to, not what
    they were. PolNeAR train: content-overlap F1 +0.0001 / +0.0002, speaker-attributed F1
    +0.0002 / +0.0001 (even / odd documents). Without the last three guards (a clause
    before the verb, a quote in its sentence, a comma after the object) it lost 0.0002
    content-overlap F1 on even documents: "X, he told the AP", 'told the AP, “...”'. A
    quote before the verb (“...,” he told Fox News) does not hold it back, nor a participle
    set off after the object ("told reporters, referring to X"), and the addressee may be
    one of :data:`AUDIENCE_NOUNS` ("told the cheering crowd"): PolNeAR train exact content
    F1 +0.0004 / +0.0005 (addressees no longer a fragment of a quote's content: “...” |
    "ABC News" | “...”), overlap unchanged, dev unchanged; 1 of 380 real pages changed
    (Sarkozy "told reporters" no longer a quote)."""
    if tok.lemma_.lower() not in ASKING_TELLING_VERBS:
        return False
    if trailing_report(tok, tok.lemma_.lower(), load_quote_lists()) is not None:
        return False  # "X, his top aide told The Huffington Post": X is what was told
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if len(objects) != 1 or any(
            c.dep_ in _ADDRESSEE_CONTENT_DEPS and not _set_off_participle(c)
            or c.dep_ == "prep" and c.i > tok.i and _topic_prep(c) for c in tok.children):
        return False  # "X, he told the AP": the clause before is what he told
    if any(t.is_quote and t.i > tok.i for t in tok.sent):
        return False  # 'told the AP, “We ...”': the quote is what was told
    obj = objects[0]
    after = obj.right_edge.i + 1
    if after < len(tok.doc) and tok.doc[after].text == "," and after + 1 < tok.sent.end and (
            tok.doc[after + 1].tag_ != "VBG"):  # "told reporters, referring to X": see below
        return False  # "told the Daily News, tax relief is ...": a clause the parse lost
    return bool(obj.i > tok.i and (obj.pos_ in ("PRON", "PROPN")
                                   or obj.ent_type_ in ("PERSON", "ORG", "NORP")
                                   or obj.lemma_.lower() in AUDIENCE_NOUNS))


#: Common nouns of those words are addressed to ("told reporters", "told the crowd").
#: Written for fivew.
AUDIENCE_NOUNS = frozenset({
    "reporter", "journalist", "crowd", "audience", "supporter", "voter", "viewer",
    "listener", "reader", "student", "lawmaker", "legislator", "delegate", "colleague",
    "guest", "attendee", "follower", "fan", "congregation", "press"})


def _set_off_participle(clause: Any) -> bool:
    """Whether ``clause`` is a participle set off by a comma after the verb ("“...”
    Sarkozy told reporters, referring to X"): it goes on about the telling, it is not what
    was told. Seen on a real page (l3s-gn1)."""
    doc = clause.doc
    return bool(clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i > clause.head.i
                and clause.left_edge.i > 0 and doc[clause.left_edge.i - 1].text == ",")


def _topic_prep(prep: Any) -> bool:
    """Whether a preposition after an asking or telling verb gives what was asked or told:
    one of :data:`_TOPIC_PREPS`, or one holding a clause ("told X at a debate that Y")."""
    return prep.lower_ in _TOPIC_PREPS or any(t.pos_ in ("VERB", "AUX") for t in prep.subtree)
