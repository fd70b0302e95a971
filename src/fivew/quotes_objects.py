"""The object of a verb cue and what completes it: "accused him of lying", "described the
dinner as a celebration", "called him a liar", "sees the party as badly informed".

:func:`fivew.quotes_verbs.parse_attributions` takes a cue's object as its content when
something completes it (or the cue is one whose object is what it attributes); these
helpers say where that complement ends, and read naming verbs ("called him a liar"),
which are cues only with one."""

from __future__ import annotations

from typing import Any

from fivew.quotes_rules import is_mark

__all__ = ["completes", "object_complement", "is_bare_pronoun", "naming_content",
           "standing_content",
           "names_noun_before", "agent_role", "AGENT_ROLE_PREPS"]

#: Prepositions after a cue's object that belong to what is attributed ("accused him of
#: lying", "blamed Bush for the crisis", "described it as a celebration").
OBJECT_COMPLEMENT_PREPS = frozenset({"of", "for", "as", "over"})

#: Labels the parse gives an "as" predicate of a cue's object ("sees the party as badly
#: informed"), with "as" on the participle, not the verb; an "as" clause with one of
#: OWN_SUBJECTS is a clause of its own ("kept the rules as they were"). PolNeAR train:
#: content-overlap F1 0 / +0.0002, speaker-attributed F1 +0.0001 / +0.0002 (even / odd).
AS_PREDICATE_DEPS = frozenset({"advcl", "xcomp", "ccomp", "acomp", "oprd", "conj"})
OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def completes(child: Any) -> bool:
    """Whether a cue's child completes its object: 'of lying', 'as a celebration', 'a liar',
    'in supporting the war' ("questioning Clinton's judgment in supporting the war in Iraq":
    an "in" with a gerund; PolNeAR dev content-overlap F1 +0.0007, speaker-attributed
    +0.0007; train +0.0001 / +0.0002, +0.0001 / +0.0002, even / odd documents; 1 real
    content of 371 pages)."""
    return bool(child.dep_ in ("oprd", "xcomp", "ccomp") or (
        child.dep_ == "prep" and child.lower_ in OBJECT_COMPLEMENT_PREPS) or (
        child.dep_ == "prep" and child.lower_ == "in"
        and any(c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG" for c in child.children)))


def _as_predicate(child: Any, obj: Any) -> bool:
    """Whether ``child`` of a cue is an "as" predicate of its object ``obj`` (see
    :data:`AS_PREDICATE_DEPS`): 'sees the party as insufficiently committed'."""
    opener = child.doc[child.left_edge.i]
    return bool(child.dep_ in AS_PREDICATE_DEPS and opener.i == obj.right_edge.i + 1
                and opener.lower_ == "as"
                and not any(c.dep_ in OWN_SUBJECTS for c in child.children))


def object_complement(tok: Any, obj: Any) -> int:
    """Last token of what completes a cue's object: 'of lying', 'as a celebration', 'a liar'."""
    right = -1
    for child in tok.children:
        if child.i > obj.i and (completes(child) or _as_predicate(child, obj)):
            right = max(right, child.right_edge.i)
    for child in obj.children:
        # "saw the comment as a dig at the military": the parse hangs the "as" phrase on the
        # object; it still says what the object is taken for (PolNeAR dev content-overlap
        # F1 +0.0001, speaker-attributed +0.0001; train -0.0001 / +0.0002, 0 / +0.0002, even
        # / odd documents; 371 real pages unchanged)
        if (child.dep_ == "prep" and child.lower_ == "as" and child.i > obj.i
                and child.doc[child.i - 1].lower_ != "such"  # "points, such as X": examples
                and any(c.dep_ == "pobj" for c in child.children)):
            right = max(right, child.right_edge.i)
    return right


def is_bare_pronoun(tok: Any) -> bool:
    """'said it', 'saw them': an object with nothing to attribute in it."""
    return bool(tok.pos_ == "PRON" and tok.left_edge.i == tok.right_edge.i)


#: Dependencies of the role a naming verb gives ("was named the director"); an "as" phrase
#: is one too ("named Fiorina as his running mate", "who was named as a leader of X").
#: Reading both, and the passive with its role, for naming verbs (gold cues of attributions
#: with no prediction, PolNeAR train, even documents): content-overlap F1 +0.0001 /
#: +0.0002, speaker-attributed F1 +0.0002 / +0.0003 (even / odd documents).
NAMING_ROLE_DEPS = frozenset({"oprd", "attr"})


def naming_content(tok: Any) -> tuple[int, int, str] | None:
    """'called him a liar', 'named Ortiz as her deputy': a naming verb is a cue only with an
    object and its complement; in the passive, with the role it gives ('was named the
    director'), which :func:`fivew.quotes_verbs.parse_attributions` joins to the one named.
    The small model misparses the complement in two ways read here too: as an adjective
    after the object's last noun ("called Clinton's squabble with the intelligence
    community unusual") and as the object of the one named ("calling Trump[xcomp] a
    fascist[dobj]"). PolNeAR train, with "call upon": 4 gained, 1 lost (content-overlap F1
    0 / +0.0002, speaker-attributed -0.0001 / +0.0001, even / odd); dev unchanged."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    roles = [c for c in tok.children if c.dep_ in NAMING_ROLE_DEPS and c.i > tok.i
             or c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i]
    if objects:
        right = object_complement(tok, objects[0])
        if right > objects[0].i and any(c.dep_ in ("oprd", "xcomp", "ccomp") or c in roles
                                        for c in tok.children):
            return objects[0].left_edge.i, right, "object"
        last = tok.doc[objects[0].right_edge.i]
        if last.pos_ == "ADJ" and last.dep_ == "amod" and last.head.i < last.i:
            # "called Clinton's squabble with the intelligence community unusual": the
            # complement, parsed as an adjective after the last noun of the object
            return objects[0].left_edge.i, last.i, "object"
    elif roles and any(c.dep_ == "nsubjpass" and c.i < tok.i for c in tok.children):
        # "Viguerie was named the executive director", "who was named as a leader of the
        # coalition": the role, joined to the one named (a passive has no source but its agent)
        return roles[0].left_edge.i, roles[-1].right_edge.i, "passive"
    # the small model often misparses "called X “Y”" / "called X an ''Aunt Tom''": take
    # the words after the verb when they hold a complement or a quoted name
    after = [c for c in tok.children if c.i > tok.i and c.dep_ not in (
        "cc", "conj", "punct", "advcl", "prep", "npadvmod", "advmod", "prt")]
    if not after or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].dep_ == "prt":
        return None
    right = max(c.right_edge.i for c in after)
    words = tok.doc[tok.i + 1 : right + 1]
    # "calling Trump a fascist" parsed with "a fascist" as the object of "Trump"
    named = any(t.dep_ in ("oprd", "appos") or is_mark(t) or t.dep_ == "dobj"
                and t.head.pos_ in ("NOUN", "PROPN") for t in words)
    if named and right > tok.i + 1:
        return tok.i + 1, right, "object"
    return None


def names_noun_before(obj: Any) -> bool:
    """'wrote in her memoir, “Still Standing.”': an object in quote marks right after a comma
    that follows the object of a preposition is that noun's title (an apposition the parse
    hangs on the verb), not what the cue reports. Before, a cue whose clause lies on its left
    took the title as its content. PolNeAR train: content-overlap F1 +0.0002 / 0,
    speaker-attributed F1 +0.0001 / 0 (even / odd documents)."""
    doc, start = obj.doc, obj.left_edge.i
    return bool(start >= 3 and is_mark(doc[start - 1]) and doc[start - 2].text == ","
                and doc[start - 3].dep_ == "pobj")


#: Prepositions of a passive cue's complement that the small model hangs on the agent
#: ("will be remembered by historians as a liberal champion", "is viewed more positively by
#: Republicans than Clinton").
AGENT_ROLE_PREPS = frozenset({"as", "than"})


def agent_role(tok: Any) -> Any:
    """The "as"/"than" phrase of passive cue ``tok`` that the parse hangs inside its agent
    ("remembered by historians as a liberal champion"): the complement of what is
    attributed, which :func:`fivew.quotes_verbs.parse_attributions` joins to the one the
    passive is about (content "Obama ... as a liberal champion"); None if there is none
    ("echoed by such outlets as Breitbart", "by websites, such as X" name the agents).
    PolNeAR train: content-overlap F1 +0.0001 / 0, speaker-attributed F1 +0.0001 / 0,
    exact content +0.0003 / +0.0001 (even / odd documents)."""
    for agent in (c for c in tok.children if c.dep_ == "agent"):
        for t in agent.subtree:
            if (t.dep_ == "prep" and t.lower_ in AGENT_ROLE_PREPS and t.head.i != agent.i
                    and t.head.pos_ in ("NOUN", "PROPN", "PRON")
                    and t.doc[t.i - 1].lower_ != "such"  # "outlets, such as X"
                    and not any(c.lower_ == "such" for c in t.head.children)):  # "such X as"
                return t
    return None


#: Verbs whose object and the standing after it form what is reported ("the poll shows her
#: with a net positive of 51 points", "polls showing her well behind", "the poll has shown
#: Trump in the lead"); written for fivew from PolNeAR train's missed "show" cues.
SMALL_CLAUSE_VERBS = frozenset({"show"})

#: Prepositions of such a standing ("with a lead", "in the lead", "at 40 percent").
STANDING_PREPS = frozenset({"with", "in", "at"})


def standing_content(tok: Any, lemma: str, objects: list[Any]) -> tuple[int, int, str] | None:
    """The object of a :data:`SMALL_CLAUSE_VERBS` cue with the standing the cue gives it (an
    adverb, an adjective or a phrase of :data:`STANDING_PREPS` after the object), or None.
    The last object is the one: the parse may take a relative "that" for another ("a row
    that the poll has shown Trump in the lead"). A bare pronoun object alone was no content
    before ("shows her"). PolNeAR content-overlap / speaker-attributed F1: train even
    +0.0001 / +0.0002, odd +0.0001 / +0.0001, dev +0.0002 / +0.0003."""
    if lemma not in SMALL_CLAUSE_VERBS or not objects:
        return None
    obj = objects[-1]
    standing = [c for c in tok.children if c.i > obj.i and (
        c.dep_ in ("advmod", "acomp") or c.dep_ == "prep" and c.lower_ in STANDING_PREPS)]
    if not standing:
        return None
    return int(obj.left_edge.i), max(int(c.right_edge.i) for c in standing), "object"
