"""Where a verb cue's content starts and ends.

:func:`fivew.quotes_verbs.parse_attributions` reads a content off the clause or the object a
cue governs; PolNeAR's contents run on over what the parse hangs elsewhere ("said she wanted
change, but found him ...", "defended his call to raise the wage"). Here:

- :func:`to_sentence_end` stretches a content after its cue to the end of its sentence, and
  stops before a cue of another claim: the cue's own next predicate ("proposed X, and
  pushed to Y"), a reporting verb further on (just before it, see :func:`_before_clause`)
  or an "according to", also one the parse hangs inside the clause
  (:func:`_inner_according`);
- :func:`subject_start` starts a clause whose subject the parse hung on the cue right after
  the cue ("said about half of X reflected Y");
- :func:`trailing_parts` takes what goes on after "X, he said," as a second fragment ("The
  plan will be helped, Roe said, by the weather"; also "which, his advisers believe, would
  Y", parsed as a relative clause).

Tuned on PolNeAR train's even-numbered documents, confirmed on the odd-numbered ones
(figures in each docstring: content-overlap F1, then speaker-attributed F1, even / odd).
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_bounds import governed_end
from fivew.quotes_false_uses import anonymity_words
from fivew.quotes_phrases import per_source_noun
from fivew.quotes_rules import (
    RELATIVE_TAGS,
    WHEN_ENTITIES,
    Bounds,
    QuoteLists,
    cue_lemma,
    is_mark,
    span_words,
    trim_tokens,
)

__all__ = ["to_sentence_end", "is_cue", "subject_start", "trailing_parts", "held_aside",
           "reported_contrast", "NOUN_MODIFIER_DEPS"]

#: How a reporting verb further on hangs when it only describes a noun of the content, and
#: the content runs on over it: an adjective ("posted comments about an alleged rape") or
#: a participle or infinitive after its noun ("leaders in Congress, responding to the
#: unions, ...", "contract lobbying for banks"). Tuned on PolNeAR train even documents
#: (adding "acl": content-overlap F1 +0.0001 / +0.0002, speaker-attributed F1 0 / +0.0001,
#: even / odd; also relative clauses: -0.0002 / -0.0001, also "pcomp" gained less on even
#: documents, also conjuncts lost 0.0015)
NOUN_MODIFIER_DEPS = frozenset({"amod", "acl"})


def is_cue(tok: Any, lists: QuoteLists) -> bool:
    """Whether ``tok`` is a listed cue: a reporting, attitude or particle verb."""
    lemma = cue_lemma(tok)
    return lemma in lists.speech or lemma in lists.attitude or lemma in lists.particles


def to_sentence_end(doc: Any, tok: Any, right: int, lists: QuoteLists, bounds: Bounds) -> int:
    """Stretch a clause after its cue to the end of the sentence: PolNeAR's content runs on
    over coordinated and appended clauses ("said she wanted change, but found him ..."), and
    the parse often cuts the clause short (also over quoted words: "pledged that he is in
    favour of free trade, but wants “smarter” deals"). Stops before another reporting verb
    (see :func:`_before_clause`), and at the end of a constituent before a governing cue (see
    :func:`governed_end`)."""
    end = bounds[tok.i][1] - 1
    reported = _reported_conjunct(doc, tok, right, lists)
    if reported is not None:
        return reported
    source = _inner_according(doc, tok, right)
    if source is not None:
        return source
    # "Although he ..., X hopes"; "Asked which county ..., he demurred: “...”"
    governed = governed_end(tok, lambda head: is_cue(head, lists) or introduces_quote(head))
    end = end if governed is None else max(right, min(end, governed))
    enclosed = _enclosed_relative_end(doc, tok)
    end = end if enclosed is None else max(right, min(end, enclosed))
    # "proposed that X, and pushed to Y": the cue's own next predicate, a cue itself, is an
    # attribution of its own; the content stops before it (and its "and")
    own = [c.i for c in tok.children if c.dep_ == "conj" and c.i > right and is_cue(c, lists)]
    if own:
        starts = [c.i for c in tok.children if c.dep_ in ("cc", "punct") and right < c.i < own[0]]
        return int(max(right, min(starts or own) - 1))
    for i in range(right + 1, end + 1):
        other = doc[i]
        if other.pos_ == "VERB" and cue_lemma(other) in lists.speech \
                and other.dep_ not in NOUN_MODIFIER_DEPS \
                and not any(c.dep_ == "aux" and c.lower_ == "to" for c in other.children):
            return _before_clause(doc, other, right)
        if other.lower_ == "according" and i + 1 <= end and doc[i + 1].lower_ == "to":
            # "declined to renew it, according to X": the rest is X's attribution (PolNeAR
            # train: content-overlap F1 +0.0002, speaker-attributed F1 +0.0004, on even and
            # odd documents)
            return right
        if other.lower_ == "per" and per_source_noun(doc, other, bounds, lists) is not None:
            return right  # "backed the rule, per the party's bylaws": as above
    return int(end)


#: Dependents after a reporting verb that say what it reports ("said the plan failed",
#: "urged reform", "speculated about his health"); "had responded positively" reports
#: nothing.
REPORTED_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "parataxis"})


def _reported_conjunct(doc: Any, tok: Any, right: int, lists: QuoteLists) -> int | None:
    """Where a content after cue ``tok`` ends before a clause joined to it that reports with
    a subject of its own ("said the party doesn't care and one in four said it was
    hostile"), else None: that clause is an attribution of its own, and PolNeAR gives no
    token to two. Not a second "that" clause of the cue, nor one whose subject is a
    relative pronoun, nor a verb with a particle ("what adds up to") or that reports nothing
    ("had responded positively"). PolNeAR train: content-overlap F1 +0.0001 / 0,
    speaker-attributed +0.0002 / +0.0001, cue +0.0003 / +0.0001, exact +0.0003 / +0.0002
    (even / odd documents); dev content-overlap and speaker -0.0001 (one content PolNeAR
    runs on over "and some speculated about ..."), cue +0.0003, exact +0.0006; on 250 real
    pages 3 contents end there, each joined report now a claim of its own."""
    for other in doc[tok.i + 1 : right + 1]:
        if (other.dep_ == "conj" and other.pos_ == "VERB" and cue_lemma(other) in lists.speech
                and tok.i < other.head.i < other.i
                and any(c.dep_ == "nsubj" and c.i < other.i and c.tag_ not in ("WDT", "WP")
                        for c in other.children)
                and not any(c.dep_ in ("mark", "prt") for c in other.children)
                and any(c.dep_ in REPORTED_DEPS and c.i > other.i for c in other.children)):
            start = min([other.left_edge.i, *(c.i for c in other.head.children
                                              if c.dep_ in ("cc", "punct")
                                              and other.head.i < c.i < other.i)])
            end = start - 1
            while end > tok.i and (doc[end].lower_ in _LOOSE_ENDS or doc[end].is_space):
                end -= 1
            return end if end > tok.i else None
    return None


def introduces_quote(verb: Any) -> bool:
    """Whether ``verb`` introduces a quote with a colon right before its opening mark ("he
    demurred: “...”"), listed as a reporting verb or not: what it governs after the colon
    is its claim, and a cue in a constituent before it ("Asked which county ...") ends its
    content with the constituent (see :func:`governed_end`). PolNeAR train: content-overlap
    F1 0 / +0.0001, speaker-attributed F1 0 / +0.0001, exact +0.0001 / +0.0003 (even / odd
    documents; 3 contents ended before such a verb, all now right); dev unchanged; 1 real
    page of 371 changed (a content ended before "... is presented as a witness: “...”")."""
    doc = verb.doc
    return any(c.dep_ == "punct" and c.text == ":" and c.i > verb.i and c.i + 1 < len(doc)
               and is_mark(doc[c.i + 1]) for c in verb.children)


#: Verbs that take a clause without "that" ("those who fear a vengeful West will become
#: ..."): in a relative clause with no clause of its own the parse has often taken the
#: clause's noun for the object and its verb for the sentence's, so the content runs on.
BARE_CLAUSE_VERBS = frozenset({"say", "think", "believe", "fear", "feel", "suspect", "know",
                               "argue", "claim", "insist", "hope", "assume", "guess",
                               "suppose", "worry", "predict", "contend", "expect", "warn"})

#: Marks that close a relative clause set off inside the clause around it.
_ENCLOSING_MARKS = frozenset({",", "—", "–", ")"})


def _enclosed_relative_end(doc: Any, tok: Any) -> int | None:
    """The last token of a relative clause inside the subject of a later verb ("his forces,
    which one aide said numbered 6,000, would need X"; "young people who are recommended
    for diversion will have a lawyer"): a claim there ends with its clause, and what
    follows is the outer sentence's. Where a mark closes the clause before that verb
    (PolNeAR train: content-overlap F1 0 / +0.0001, speaker-attributed F1 0 / +0.0003,
    exact +0.0011 / +0.0009, even / odd documents), and, where the noun is the verb's
    subject, before the verb, its auxiliaries or the first mark, whichever comes first (the
    parse often ends the clause early: "who wants to unseat Rep. Debbie Wasserman Schultz is
    reaping ..."). The latter came from a real page of trafilatura-eval whose content ran on
    into the main clause; PolNeAR train: exact +0.0003 / +0.0007, content-overlap F1 -0.0001
    / -0.0004, speaker-attributed F1 +0.0001 / -0.0003 (the losses mostly predictions that
    had overlapped an unrelated gold claim with the words they wrongly took in). Not where
    a verb of :data:`BARE_CLAUSE_VERBS` has no clause of its own, nor before "be" where the
    cue has no object ("the danger he sees for these plans is X": X is what he sees). A
    relative clause ending its sentence runs on (narrowing every relative-clause cue to its
    subtree lost .0018 content F1 on both halves)."""
    if tok.dep_ != "relcl" or tok.head.i > tok.i:
        return None
    after = tok.right_edge.i + 1
    verb = tok.head.head
    deps = {c.dep_ for c in tok.children}
    misread = tok.lemma_ in BARE_CLAUSE_VERBS and "ccomp" not in deps
    cleft = verb.lemma_ == "be" and not deps & {"dobj", "ccomp", "xcomp"}
    if (after < len(doc) and tok.head.dep_ in ("nsubj", "nsubjpass") and verb.i >= after
            and not misread and not cleft):
        starts = [c.i for c in verb.children
                  if c.dep_ in ("aux", "auxpass", "neg") and tok.i < c.i < verb.i]
        starts += [i for i in range(after, verb.i) if doc[i].text in _ENCLOSING_MARKS]
        return int(min(starts, default=verb.i) - 1)
    if after >= len(doc) or doc[after].text not in _ENCLOSING_MARKS:
        return None
    return int(tok.right_edge.i) if after < tok.head.head.i else None


#: Tokens left off the end of a content stretched up to the next claim's clause.
_LOOSE_ENDS = frozenset({",", ";", ":", "and", "but", "or", "—", "–", "-", "--", "("})


def _before_clause(doc: Any, verb: Any, right: int) -> int:
    """Last token before a reporting verb further on in the sentence ("defended his call to
    raise the wage, saying ...": the content runs to "wage"), loose punctuation and
    conjunctions left off. Before, the content did not run on at all when such a verb
    followed. PolNeAR train: content-overlap F1 +0.0032 / +0.0029, speaker-attributed F1
    +0.0022 / +0.0027 (even / odd documents); ending before the verb's whole subtree instead
    (its subject and all) gained less (+0.0027 / +0.0025), and so did ending before the
    largest constituent holding it (+0.0014 / +0.0015); running on past it to the end of the
    sentence gained almost nothing (+0.0001 / +0.0001), and stopping before the verb's
    subject (+0.0028 / +0.0026) or before attitude verbs too (+0.0027 / +0.0017) less. An
    infinitive goes on with the content ("called on leaders to add penalties"): +0.0002 /
    +0.0006 more (speaker-attributed F1 +0.0001 / +0.0006), and so does a participle used as
    an adjective ("posted comments about an alleged rape"): +0.0005 / +0.0004 more
    (speaker-attributed F1 +0.0003 / +0.0002); stopping only before a
    participle, a verb with a subject of its own or the cue's own next predicate lost
    (-0.0012 / -0.0006). The content also ends before the verb's subject set off by a comma
    ("X is expected to Y, they say") and before a colon opening a quote ("lamented X: “...,”
    he said"), where the words are the next claim's (content-overlap F1 unchanged,
    speaker-attributed F1 +0.0002 / 0; ending before any quote mark, or the quote the verb
    reports, lost 0.0002 / 0.0002)."""
    end = verb.i - 1
    # a relative clause the later verb heads ends the content before its relative pronoun,
    # not after it ("offered ammunition to Republicans who say ...": the content was
    # "... to Republicans who"; PolNeAR gives the clause its own attribution). PolNeAR
    # train: content-exact F1 +0.0001 / +0.0001, content-overlap F1 0 / -0.0001,
    # speaker-attributed F1 -0.0001 / 0 (even / odd documents; the losses a fragment
    # "comments that were" that had overlapped an unrelated gold claim); dev unchanged
    opener = doc[verb.left_edge.i]
    # (or before its preposition: "a speech to the Senate, in which he said ..." ended in
    # "in which he"; 1 real content of 371 pages, 3 of PolNeAR train, scores unchanged)
    relative = opener.tag_ in ("WDT", "WP") or opener.dep_ == "prep" and (
        opener.i + 1 < verb.i and doc[opener.i + 1].tag_ in ("WDT", "WP"))
    if verb.dep_ == "relcl" and relative and right < opener.i < verb.i \
            and not any(is_mark(t) for t in doc[opener.i:verb.i]):
        end = opener.i - 1
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is not None and doc[subject.left_edge.i - 1].text == ",":
        end = subject.left_edge.i - 1  # "X, they say": the speaker is the next claim's
    # not past a colon that opens the quote the verb reports ("lamented X: “...,” he said")
    end = next((k - 1 for k in range(right + 1, end) if doc[k].text == ":"
                and is_mark(doc[k + 1])), end)
    # nor the preposition whose object the verb is ("explain her support for the deal by
    # emphasizing ...": the content ended in "by"). PolNeAR train: content-exact F1
    # +0.0006 / +0.0002, the rest unchanged (even / odd documents); on 371 real pages 6
    # contents lose such a last word
    while end > right and (doc[end].lower_ in _LOOSE_ENDS or doc[end].is_space
                           or doc[end].i == verb.head.i and verb.dep_ == "pcomp"):
        end -= 1
    return int(max(right, end))



#: Dependency labels of a clause's own subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def subject_start(tok: Any, clause: Any) -> int | None:
    """'The agency said roughly a third of the shortfall came from lower fees': where
    the parse hangs the subject of a cue's clause on the cue ("about half ..." a
    prepositional phrase of "said"), leaving the clause without one, the content starts
    right after the cue, unless a comma or "that" comes between. PolNeAR train:
    content-overlap F1 +0.0006 / +0.0005, speaker-attributed F1 +0.0005 / +0.0006 (even /
    odd documents); also leaving out gaps before a clause opened by "that" ("said on
    Thursday that ...") lost on odd documents (-0.0003 content-overlap F1)."""
    if clause.i < tok.i or clause.left_edge.i <= tok.i + 1:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return None
    gap = tok.doc[tok.i + 1 : clause.left_edge.i]
    # quote marks are no break ('said the days when the nation had "a unifying story" ...
    # are gone'; PolNeAR train: content-overlap F1 0 / +0.0003, speaker-attributed
    # +0.0002 / +0.0003, even / odd documents)
    if any(t.is_punct and not is_mark(t) or t.lower_ == "that" for t in gap):
        return None
    if tok.doc[clause.left_edge.i].lower_ == "that":
        return None  # "said on NBC's ''Meet the Press'' that X": the gap is no subject
    return int(tok.i + 1)


#: Dependents of a reporting verb, right after it, that belong to the cue ("he said
#: Tuesday", "said Smith").
CUE_OWN_DEPS = frozenset({"nsubj", "npadvmod", "advmod", "prt"})

#: How what follows "X, he said," hangs on the cue when it goes on with X ("The plan
#: will be helped, Roe said, by the weather"; "X, he added, and Y").
TRAILING_PART_DEPS = frozenset({"prep", "conj", "cc", "advcl", "xcomp", "dep", "ccomp",
                                "dobj", "attr", "acomp", "oprd"})

def trailing_parts(doc: Any, tok: Any, left: int, right: int, bounds: Bounds,
                   lists: QuoteLists) -> list[tuple[int, int]]:
    """'The plan will be helped, Roe said, by the mild weather': a content before
    its reporting verb goes on after the cue and its subject, past a comma, with words the
    parse hangs on the cue; both fragments are the content. Not a participle (", adding
    ..."), a time or a medium ("X, he said, in an interview"). PolNeAR train:
    content-overlap F1 +0.0004 / +0.0004, speaker-attributed F1 +0.0006 / +0.0005 (even /
    odd documents); only prepositions, conjuncts and clauses (no objects, adverbial clauses
    or loose dependents) gained +0.0005 / +0.0002; leaving out phrases with "in" ("X, she
    said, in a swipe at Y") changed nothing."""
    aside = _relative_aside(doc, tok, lists)
    if right >= tok.i or (cue_lemma(tok) not in lists.speech and aside is None):
        return []
    end = bounds[tok.i][1] - 1
    j = tok.i + 1
    for child in sorted(tok.children, key=lambda c: c.i):
        if child.i == j and child.dep_ in CUE_OWN_DEPS:
            j = child.right_edge.i + 1
    if j >= end or doc[j].text != ",":
        return []
    k = j + 1
    node = doc[k]
    while node.head.i != tok.i and node.head.i != node.i:
        node = node.head
    if aside is None and (node.head.i != tok.i or node.dep_ not in TRAILING_PART_DEPS
                      or node.tag_ == "VBG"):
        return []
    words = doc[k : end + 1]
    if reported_contrast(words, lists) or closed_quote_then_adverbial(doc, left, right, k):
        return []  # "“The bullying,” Wallace said, as the crowd cheered": the quote is closed
    if any(t.ent_type_ in WHEN_ENTITIES or t.lemma_ in lists.medium_nouns
           or t.lower_ in anonymity_words() for t in words):
        return []  # "X, he said, on condition of anonymity": why unnamed, not what said
    left = left if aside is None else max(left, aside)  # "which", "the 1920 election"
    spans = [trim_tokens(doc, left, right), trim_tokens(doc, k, end)]
    if any(span is None or span_words(doc, span) < 1 for span in spans):
        return []
    return [span for span in spans if span is not None]


def closed_quote_then_adverbial(doc: Any, left: int, right: int, after: int) -> bool:
    """Whether a content (tokens ``left`` to ``right``) is one closed quote and the words
    from token ``after``, past the cue and a comma, open with a preposition, a conjunction
    or a participle: they say how or when the quote was said ("“Quiet,” he demanded, as Bush
    continued to interject"; "“...,” Rubio said, in response to a question"), no fragment
    of its content. Where they open otherwise ("“Only you, Dinesh,” she said, would use
    ...", the writer leaving out the marks) they go on with it. With the "as" clause after a
    quote's cue (fivew.quotes_asides.as_clause): PolNeAR train content-overlap F1 +0.0001 /
    0, speaker-attributed F1 +0.0001 / 0, content exact +0.0009 / +0.0005 (even / odd
    documents); dev content exact .6160 -> .6165, the rest unchanged; on 371 real pages 3
    quotes of 3 pages lose such words ("Mubarak said, through a translator")."""
    opener = doc[after] if after < len(doc) else None
    return bool(opener is not None and (opener.pos_ in ADVERBIAL_OPENERS
                                        or opener.tag_ in ("VBG", "VBN"))
                and whole_quote(doc, left, right))


#: Parts of speech opening an adverbial phrase or clause after a cue ("as", "in", "with").
ADVERBIAL_OPENERS = frozenset({"ADP", "SCONJ"})


def whole_quote(doc: Any, left: int, right: int) -> bool:
    """Whether tokens ``left`` to ``right`` are one quote, opening and closing mark
    included (the opening mark may stand right before ``left``, the closing one, after a
    comma, right after ``right``)."""
    if left > 0 and is_mark(doc[left - 1]):
        left -= 1  # the opening mark left out of the content's tokens
    words = [t for t in doc[left : right + 1] if not t.is_space]
    if len(words) < 2 or not is_mark(words[0]) or any(is_mark(t) for t in words[1:-1]):
        return False
    if is_mark(words[-1]):
        return True
    # the parse may hang the closing mark, and the comma before it, on the cue
    after = doc[right + 1 : min(len(doc), right + 1 + CLOSING_MARK_REACH)]
    closing = next((t for t in after if is_mark(t)), None)
    return closing is not None and all(t.is_punct for t in doc[right + 1 : closing.i])


#: Tokens after a quote's last word within which its closing mark stands ('it,”').
CLOSING_MARK_REACH = 3


#: What a cue's object or clause hangs by: a cue with none of them after it reports nothing
#: of its own.
_OWN_CONTENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "prep", "advcl"})


def _relative_aside(doc: Any, tok: Any, lists: QuoteLists) -> int | None:
    """First token of the content of a parenthetical "X, we might recall, Y" or "which, his
    advisers believe, would Y" that the parse took for a relative clause of the noun
    before it (a reporting or attitude verb between commas with nothing after it), or None:
    the noun the clause hangs on, or the relative pronoun before the comma. The words after
    the second comma go on with the content, as in PolNeAR. Not where the subject holds a
    relative word ("McCain, whose war heroism Trump belittled, with ..."): a true relative
    clause. PolNeAR train: content-overlap F1 +0.0001 / 0, speaker-attributed F1 +0.0002 /
    0, exact +0.0003 / 0 (even / odd documents; 2 contents on the even ones, both then exact,
    none on the odd ones)."""
    lemma = cue_lemma(tok)
    if tok.dep_ != "relcl" or (lemma not in lists.speech and lemma not in lists.attitude):
        return None
    if any(c.dep_ in _OWN_CONTENT_DEPS and c.i > tok.i for c in tok.children):
        return None
    first = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if first is None or not (tok.right_edge.i == tok.i or tok.right_edge.i == tok.i + 1
                             and doc[tok.i + 1].text == ","):
        return None
    opening = tok.left_edge.i
    while opening < first.left_edge.i and doc[opening].text == ",":
        opening += 1  # the parse may hang the opening comma on the cue
    lead = doc[opening : first.left_edge.i]  # "which ,"
    if opening == 0 or doc[opening - 1].text != "," or (lead and lead[-1].text != ","):
        return None
    if any(not t.is_punct and t.tag_ not in RELATIVE_TAGS for t in lead) or any(
            t.tag_ in RELATIVE_TAGS or t.tag_ == "WP$" for t in first.subtree):
        return None  # "McCain, whose war heroism Trump belittled, with ...": a true clause
    pronoun = next((t for t in lead if t.tag_ in RELATIVE_TAGS), None)
    return int(pronoun.i if pronoun is not None else tok.head.left_edge.i)


#: Subjects of an aside that names nobody ("you know", "I think", "Yes, we know, X", "and,
#: it seems, Y").
_ADDRESS_SUBJECTS = frozenset({"you", "i", "we", "it"})

#: Marks that open an aside.
_ASIDE_MARKS = frozenset({",", "—", "–", "--"})


def held_aside(tok: Any, lemma: str, lists: QuoteLists) -> bool:
    """Whether an attitude verb the parse makes a parataxis is an aside between a clause's
    subject and its verb naming who holds the clause ("Such efforts, they believe, will
    render X moot", "Ryan's endorsement, many think, is only a matter of time"): a subject
    of its own, other than "you", "I", "we" or "it", a mark before that and a comma after
    the verb. Before, only reporting verbs got the clause there. Asides elsewhere ("to
    become, he hopes, Bush 45", "X, his allies believe — backers he will need") got the
    wrong words, and so did one after a fronted phrase ("at that point, many think, Trump
    would be ...": PolNeAR left it out; speaker-attributed F1 -0.0001 on odd documents).
    PolNeAR train: content-overlap F1 +0.0002 / 0, speaker-attributed F1 +0.0002 / 0, cue
    F1 +0.0003 / 0 (even / odd documents)."""
    if lemma not in lists.attitude or lemma in lists.raising or tok.head.i < tok.i:
        return False
    if not any(c.dep_ in SUBJECT_DEPS and c.i < tok.i for c in tok.head.children):
        return False  # "at that point, many think, Trump would be ...": no subject before
    doc = tok.doc
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subject is None or subject.lower_ in _ADDRESS_SUBJECTS or subject.left_edge.i == 0:
        return False
    last = tok.right_edge.i
    closing = doc[last].text if doc[last].is_punct else (
        doc[last + 1].text if last + 1 < len(doc) else "")
    return doc[subject.left_edge.i - 1].text in _ASIDE_MARKS and closing == ","


def reported_contrast(words: Any, lists: QuoteLists) -> bool:
    """Whether the words after "X, she says," are "but" and a claim of its own ("but she
    cautions that Y", a reporting verb with its own subject), which PolNeAR gives its own
    attribution: the words are then no second fragment of X (here and in
    :func:`fivew.quotes_complements.interrupted_parts`). PolNeAR train: content-overlap F1
    +0.0001 / 0, speaker-attributed F1 +0.0001 / 0, exact +0.0002 / 0 (even / odd
    documents); any "but" part, "while" and "whereas" too: exact -0.0001 on odd documents,
    and so did a reporting verb inside a quote ('but "we don't ask them ..."')."""
    if len(words) < 2 or words[0].lower_ != "but":
        return False
    for t in words:
        if is_mark(t):
            return False  # 'but "we don't ask them ..."': the speaker's words go on
        if is_cue(t, lists) and t.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in t.children):
            return True
    return False


def _inner_according(doc: Any, tok: Any, right: int) -> int | None:
    """Last token of a clause after cue ``tok`` that the parse runs on over a trailing ",
    according to X" ("said turnout was up, according to exit polls"), or None. PolNeAR
    gives the sentence, "said" and all, to "according to": the cue's content ends before
    the phrase, and the "according to" attribution holds the cue. PolNeAR train:
    content-overlap F1 0 / 0, speaker-attributed F1 +0.0001 / +0.0005 (even / odd
    documents)."""
    for i in range(tok.i + 2, min(right, len(doc) - 2) + 1):
        if doc[i].lower_ == "according" and doc[i + 1].lower_ == "to" and doc[i - 1].text == ",":
            end = i - 1
            while end > tok.i + 1 and (doc[end].lower_ in _LOOSE_ENDS or doc[end].is_space):
                end -= 1
            return int(end)
    return None
