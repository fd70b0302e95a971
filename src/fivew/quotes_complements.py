"""What a verb cue reports where its clausal complement or object does not say.

:func:`fivew.quotes_verbs.parse_attributions` reads a cue's content off the clause or the
object it governs. These rules read it where the parse gives neither, where the verb is
no listed cue but its complement makes it one, or where the content lies around the cue
rather than under it:

- a **"that" or "whether" clause** of any verb ("Maybe he figures that X", "is trying to
  determine whether X"): a verb taking such a clause reports what someone says or thinks;
- a **gerund** after a listed cue ("Erdogan laments hosting the migrants");
- a **topic preposition** after a listed cue ("apologized for X", "knew of X");
- a **passive**: "X is seen as Y" (X and the "as" phrase) and "X was echoed by Y" (X, the
  agent being the source);
- a **trailing report** the parse did not make a parataxis ("X, the poll found."), also
  where the parse makes the cue the root of its sentence ("Sorry, the mayor said.");
- an **object past a spliced clause** ("Turnout is falling, the unions are still
  backing the plan"): the object, not the clause before the cue;
- an **"as" clause** ("As the Times reported, X"; "X, as he noted", "as one aide put it"):
  the clause it hangs on;
- a **pronoun object** of an evaluative cue ("strongly supported him"), too short otherwise;
- an **interrupted content** ("The economy, he said, is strong"): both fragments (a
  **colon** after the cue's clause, "He declared: ...", is read in
  :mod:`fivew.quotes_colons`).

Each was tuned on PolNeAR train's even-numbered documents and kept only where the
odd-numbered ones gained too (figures in each docstring: content-overlap F1, then
speaker-attributed F1, even / odd documents, from the rules before it); re-run
``fivew evaluate quotes`` after changing one.
"""

from __future__ import annotations

from typing import Any

from fivew import quotes_misparsed_speakers as misparsed
from fivew.quotes_addressees import addressee
from fivew.quotes_channels import channel_clause
from fivew.quotes_extents import closed_quote_then_adverbial, reported_contrast
from fivew.quotes_objects import agent_role
from fivew.quotes_rules import (
    ADDRESSEE_VERBS,
    CLOSING_QUOTES,
    FINITE_TAGS,
    RELATIVE_TAGS,
    WHEN_ENTITIES,
    Bounds,
    QuoteLists,
    cue_lemma,
    has_own_subject,
    is_mark,
    load_quote_lists,
    span_words,
    trim_tokens,
)

__all__ = ["clause_start", "that_clause", "gerund_content", "passive_content",
           "topic_content", "trailing_report", "interrupted_parts",
           "framing_content", "TOPIC_PREPS", "FRAMING_VERBS",
           "pronoun_object", "spliced_object"]

#: Verbs that take a "that" clause without saying or thinking it: the copula ("the point is
#: that"), "remain" ("the question remains whether"), entailment ("this means that") and
#: causation ("ensure that"). Found among the false positives on PolNeAR train (even).
NOT_THAT_CUES = frozenset({"be", "mean", "ensure", "remain"})

#: Contracted copulas, which the small model lemmatises wrongly ("’s" as "’").
COPULA_NORMS = frozenset({"'s", "'re", "'m"})

#: Words opening an interrogative complement that reports a question or doubt ("determine
#: whether", "asked if"); "why", "how", "what" open as many free relatives ("That's why
#: ...") and lost speaker-attributed F1 on PolNeAR train (even: -0.0011).
WH_OPENERS = frozenset({"whether", "if"})

#: Prepositions whose object is what a reporting or attitude verb is about ("apologized for
#: X", "knew of X", "wonder about X", "fought over X"); "to", "with", "in", "on" name the
#: addressee, place, time or channel ("told to", "spoke with", "said in a statement").
#: PolNeAR train: each of the five gains on its own (leaving one out loses on even or odd
#: documents); adding "on" lost 0.0007 / 0.0006 content-overlap F1.
TOPIC_PREPS = frozenset({"about", "of", "against", "for", "over"})

#: Nouns of a stretch of time after a topic preposition, which say when, not what ("appeared
#: in drag for the first time", "for a while", "for the moment"; the model tags no date).
TIME_SPAN_NOUNS = frozenset({"time", "while", "moment"})

#: Verbs whose passive with an agent says who made a work, not what they said of it ("The
#: report was written by two economists", "This website is published by X"). PolNeAR train:
#: content-overlap F1 +0.0001 / -0.0001, speaker-attributed F1 +0.0001 / 0 (even / odd
#: documents: "The proposal, written by an unpledged delegate" is marked); on 371 real pages
#: a site's "This website is published by ..." on 3 pages no longer a quote.
AUTHORSHIP_VERBS = frozenset({"write", "publish", "author", "pen"})

#: Entity labels of a preposition's object that make it no topic ("argued for two hours").
NOT_TOPIC_ENTS = frozenset({"DATE", "TIME", "ORDINAL", "CARDINAL", "QUANTITY", "PERCENT",
                            "MONEY"})

#: Dependency labels the parse gives a trailing "..., the poll found." when it does not
#: make it a parataxis (which :mod:`fivew.quotes_verbs` reads already).
TRAILING_DEPS = frozenset({"relcl", "conj", "advcl", "ccomp", "acl"})


def clause_start(head: Any) -> int:
    """First token of what a clause says, past a leading question put to the speaker
    ("Asked about the wall, he said ...": the asking is the reporter's, not the claim)."""
    start = int(head.left_edge.i)
    for child in head.children:
        if (child.i < head.i and child.dep_ == "advcl" and child.left_edge.i == start
                and child.tag_ == "VBN" and cue_lemma(child) in ADDRESSEE_VERBS):
            start = child.right_edge.i + 1
    return start


def that_clause(tok: Any) -> tuple[int, int, str] | None:
    """'Maybe he figures that X', 'She continued that X', 'is trying to determine whether X':
    a verb not listed as a cue that governs a clause opened by "that" (or "whether", "if")
    attributes it, a verb taking such a clause reporting speech or thought (figure, reckon,
    recall, determine). PolNeAR train: content-overlap F1 +0.0019 / +0.0018,
    speaker-attributed F1 +0.0002 / +0.0014 ("whether"/"if": +0.0002 / 0, +0.0005 / 0)."""
    if cue_lemma(tok) in NOT_THAT_CUES or tok.norm_ in COPULA_NORMS:
        return None
    for child in tok.children:
        if child.dep_ != "ccomp" or child.i < tok.i:
            continue
        opener = tok.doc[child.left_edge.i]
        if opener.lower_ in WH_OPENERS or (opener.lower_ == "that" and opener.dep_ == "mark"
                                          and opener.head.i == child.i):
            return child.left_edge.i, child.right_edge.i, "that_clause"
    return None


def gerund_content(tok: Any, lemma: str, lists: QuoteLists) -> tuple[int, int, str] | None:
    """'Erdogan laments hosting the migrants', 'has proposed taxing carbon emissions': a
    gerund after a listed cue, with no object between them, is what it reports (the
    infinitive, "vowed to X", is read in :mod:`fivew.quotes_verbs`). PolNeAR train:
    content-overlap F1 +0.0017 / +0.0017, speaker-attributed F1 +0.0016 / +0.0014."""
    gerunds = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
               and c.tag_ == "VBG" and c.i > tok.i]
    if not gerunds or any(c.dep_ == "dobj" and c.i < gerunds[0].i for c in tok.children):
        return None
    rule = "attitude_clause" if lemma in lists.attitude else "speech_clause"
    return gerunds[0].left_edge.i, gerunds[0].right_edge.i, rule


def passive_content(tok: Any, lemma: str, lists: QuoteLists,
                    completed: bool) -> tuple[int, int, str] | None:
    """The content of a passive cue (``completed``: it has an object complement, "was
    accused of lying", read in :mod:`fivew.quotes_verbs`):

    - 'Sanders is seen as empowering voters', 'the states are widely viewed as Clinton
      strongholds': the "as" phrase, which :func:`fivew.quotes_verbs.parse_attributions`
      joins to the one seen; nobody is its source unless an agent is named. PolNeAR train:
      content-overlap F1 +0.0008 / +0.0008, speaker-attributed F1 +0.0008 / +0.0007.
    - 'Sanders' stridency was echoed by O'Malley': with no complement, the one the passive
      is about, the agent being the source. PolNeAR train: content-overlap F1 +0.0002 /
      +0.0012, speaker-attributed F1 +0.0002 / +0.0010.
    """
    patients = [c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i]
    if not patients:
        return None
    if lemma in lists.raising_passive or lemma in lists.object_content:
        roles = [c for c in tok.children if c.i > tok.i and c.dep_ == "prep" and c.lower_ == "as"]
        if roles:
            return roles[0].i, roles[0].right_edge.i, "passive"
    if (not completed and lemma not in ADDRESSEE_VERBS and lemma not in AUTHORSHIP_VERBS
            and any(c.dep_ == "agent" for c in tok.children)):
        role = agent_role(tok)
        if role is not None:
            return role.i, role.right_edge.i, "passive"
        return patients[0].left_edge.i, patients[0].right_edge.i, "object"
    return None


#: Verbs that frame someone or something "as" what they are said to be ("cast her rivals
#: as part of the old guard", "painted the mayor as unfit", "presents herself as a
#: physician"): cues only with an object and an "as" phrase, since without one they mostly
#: say nothing ("cast a ballot", "presented the award", "identified the victim"). Their
#: gold cues were among the most frequent unlisted ones of the attributions missed on
#: PolNeAR train (even documents). PolNeAR train, content-overlap F1 +0.0015 / +0.0005,
#: even / odd, when read as attitude verbs needing a clause or any object complement; the
#: "as" phrase alone keeps the gain and drops "cast their ballots for X".
FRAMING_VERBS = frozenset({"cast", "paint", "present", "identify", "frame", "regard",
                           "position"})


def framing_content(tok: Any) -> tuple[int, int, str] | None:
    """'Ortiz has cast her rivals as part of the old guard': a framing verb (see
    :data:`FRAMING_VERBS`) reports its object with the "as" phrase; the parse hangs that
    phrase on the verb or on the object."""
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
    if not objects:
        return None
    obj = objects[0]
    roles = [c for c in (*tok.children, *obj.children)
             if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i]
    if not roles:
        return None
    return obj.left_edge.i, max(obj.right_edge.i, *(r.right_edge.i for r in roles)), "object"


def topic_content(tok: Any) -> tuple[int, int, str] | None:
    """'Sanders apologized to his supporters for the breach', 'she knew of the research':
    with no clause or object, the object of a topic preposition after a listed cue is what
    it attributes. PolNeAR train: content-overlap F1 +0.0030 / +0.0027, speaker-attributed
    F1 +0.0010 / +0.0019 (asking that no word of the object be a date or number, not only
    its head, lost 0.0005 / 0.0002)."""
    channel = channel_clause(tok)  # "wrote in a letter that X" (see fivew.quotes_channels)
    if channel is not None:
        return channel
    if _after_quote(tok):
        return None  # "“It's fine,” Trump said of waterboarding": the topic, not the content
    for child in tok.children:
        if child.i > tok.i and child.dep_ == "prep" and child.lower_ in TOPIC_PREPS:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects and objects[0].ent_type_ not in NOT_TOPIC_ENTS and not _time_span(
                    objects[0]):
                return objects[0].left_edge.i, objects[0].right_edge.i, "particle"
    return None


def _time_span(noun: Any) -> bool:
    """'for the first time', 'for a while': a stretch of time, not a topic; not with a
    clause of its own, which the parse may hang there ("said for the first time that some
    emails ... have been located"). PolNeAR train: one topic after a quote dropped ("said of
    their time in the administration"), content exact 0 / +0.0001, the rest unchanged; dev
    unchanged; on 371 real pages 1 wrong content dropped ("appeared in drag for the first
    time")."""
    return bool(noun.lemma_.lower() in TIME_SPAN_NOUNS
                and not any(c.dep_ in ("relcl", "acl") for c in noun.children))


def _after_quote(tok: Any) -> bool:
    """'“We will win,” he said of the government': whether the cue ``tok`` follows a quoted
    clause it governs. What it says is that quote; a topic phrase after it ("of X", "about
    X", "over X") says whom it is about, or where it was said ("said over breakfast"), and
    is no content of its own. PolNeAR train: content-overlap F1 -0.0001 / 0,
    speaker-attributed F1 -0.0002 / +0.0001, content exact +0.0003 / +0.0022 (even / odd
    documents; PolNeAR's annotators add the topic to the quote's attribution in about a
    third of such sentences and leave it out in the rest). On 371 real pages (fundus-eval,
    l3s-gn1) it dropped 5 topic quotes, all wrong ("the final game", "the United States
    government"), and made 'Hasselbeck would later say of the sequence, “and he was in slow
    motion”' a direct quote. Only a quoted clause: an unquoted one before the verb is as
    often the parse's mistake ("Morale has suffered, employees complain of Mr. Kim's lack of
    communication"), the topic then being the content."""
    doc = tok.doc
    return any(c.dep_ in ("ccomp", "parataxis") and c.i < tok.i
               and any(is_mark(t) for t in doc[max(0, c.left_edge.i - 1) : tok.i])
               for c in tok.children)


def trailing_report(tok: Any, lemma: str, lists: QuoteLists) -> tuple[int, int, str] | None:
    """'Eighty-four percent of Latino voters view Trump unfavorably, the poll found.': a cue
    with nothing after it, its subject set off by a comma after a clause, reports that
    clause however the parse hangs it (here as a relative clause of "Trump"). PolNeAR
    train: content-overlap F1 +0.0002 / +0.0001, speaker-attributed F1 +0.0001 / +0.0001.
    A verb of address may have its addressee after it (see
    :func:`fivew.quotes_addressees.addressee`; +0.0001 / 0, speaker-attributed +0.0001 /
    0), as may a time or a medium ("the budget office reported on Tuesday -- a development
    that ...", the parse hanging the verb on the clause before; content-overlap F1 +0.0001 /
    0, speaker-attributed +0.0001 / 0, dev unchanged)."""
    if tok.dep_ == "ROOT" and lemma in lists.speech:
        return _root_report(tok)
    if tok.dep_ not in TRAILING_DEPS or any(
            c.i > tok.i and not c.is_punct and c.dep_ != "npadvmod" and not addressee(c, lemma)
            and not _when_or_medium(c, lists) for c in tok.children):
        return None
    doc = tok.doc
    # a finite verb's subject is the one nearest it: the parse may hang words of the clause
    # before it on the verb as a subject too ("it possible for people ... to organize, she
    # said"; PolNeAR train: content-overlap F1 0 / +0.0001, speaker-attributed 0 / +0.0001);
    # not a participle's ("said Robin Maynard, half joking": "half" is no subject)
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    subjects = subjects[-1:] if tok.tag_ in FINITE_TAGS else subjects[:1]
    if not subjects or subjects[0].left_edge.i < 1 or doc[subjects[0].left_edge.i - 1].text != ",":
        return None
    if any(_when_or_medium(c, lists) for c in tok.children) and (
            tok.head.i > tok.i or subjects[0].tag_ in RELATIVE_TAGS):
        return None  # "If X, she suggested in a tweet, Y": the cue interrupts its content;
        # "Sykes, who lamented on his show, “...”": a relative clause
    if tok.i + 1 < len(doc) and not doc[tok.i + 1].is_punct and not any(
            (addressee(c, lemma) or _when_or_medium(c, lists)) and c.left_edge.i == tok.i + 1
            for c in tok.children):
        return None
    root = tok
    for _ in range(64):
        if root.head.i == root.i:
            break
        root = root.head
    right = subjects[0].left_edge.i - 2
    if right <= root.left_edge.i:
        return None
    rule = "speech_clause" if lemma in lists.speech else "attitude_clause"
    return clause_start(root), right, rule


def _when_or_medium(child: Any, lists: QuoteLists) -> bool:
    """Whether ``child`` is a phrase saying when or through what a report was made ("on
    Tuesday", "in a statement")."""
    if child.dep_ != "prep":
        return False
    objects = [c for c in child.children if c.dep_ == "pobj"]
    return bool(objects) and (objects[0].ent_type_ in WHEN_ENTITIES or (
        child.lower_ in lists.medium_preps and objects[0].lemma_ in lists.medium_nouns))


#: Closing quote marks between a reported clause and the comma before its speaker (a
#: single closing quote too).
_CLOSERS = CLOSING_QUOTES | {"’"}

#: What may follow a root speech verb that reports the clause before it: "Sorry, Sanders
#: said.", "..., said the mayor", "..., he said Tuesday".
_ROOT_AFTER_DEPS = frozenset({"punct", "npadvmod", "nsubj"})

#: Children of a root speech verb that open the sentence without being what was said
#: ("On Sunday, she disclosed ...", "Last month, 26 percent said ...").
_ROOT_OPENER_DEPS = frozenset({"prep", "npadvmod", "cc", "pcomp"})


def _root_report(tok: Any) -> tuple[int, int, str] | None:
    """'Sorry, the mayor said.': a speech verb the parse makes the root of its sentence,
    with nothing after it but its subject, punctuation or a time, and a comma before its
    subject (or before the verb, when the subject follows it), reports what comes before
    the comma. PolNeAR train: content-overlap F1 +0.0001 / +0.0001, speaker-attributed F1
    +0.0001 / +0.0001 (even / odd documents); with leading prepositional phrases and
    prepositions after the verb it lost (-0.0004 / -0.0002: "On Sunday, she disclosed
    ...", "apologized for X")."""
    doc = tok.doc
    if any(c.i > tok.i and c.dep_ not in _ROOT_AFTER_DEPS for c in tok.children):
        return None
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects or (subjects[0].i < tok.i < subjects[-1].i):
        return None  # a second subject after the verb is a misparsed object ("Later in the
        # broadcast, Lopez praised pilot Maria Ortiz, who ...")
    edge = subjects[0].left_edge.i if subjects[0].i < tok.i else min(
        [tok.i, *(c.left_edge.i for c in tok.children
                  if c.i < tok.i and c.dep_ in ("advmod", "aux"))])
    comma = edge - 1
    while comma > 0 and doc[comma].text in _CLOSERS:
        comma -= 1
    if comma < 1 or doc[comma].text != ",":
        return None
    start = tok.sent.start
    if any(c.dep_ in _ROOT_OPENER_DEPS and start <= c.i < comma for c in tok.children):
        return None
    right = edge - 1 if doc[edge - 1].text in _CLOSERS else comma - 1
    return (start, right, "speech_clause") if right >= start else None


def spliced_object(tok: Any, lemma: str, obj: Any, clauses: list[Any]) -> bool:
    """'There is an inquiry into the deal, the courts are still ordering the release of the
    files': a cue whose only clauses come before it, with a subject of its own before it and
    an object after it, reports the object; the clause before is another sentence spliced
    on with a comma (the parse makes it the cue's complement). Not so for a verb of address
    ("X, he told reporters"), a bare pronoun ("X, she said it") or a clause holding a quote
    mark (where the object is mostly a misparse: "“...,” added Murphy"). PolNeAR train:
    content-overlap F1 +0.0004 / +0.0009, speaker-attributed F1 +0.0007 / +0.0015 (even /
    odd documents); without the subject and quote-mark conditions +0.0003 / +0.0006. What
    else such a cue governs on its right ("..., the mayor decided to resign") is read by
    :func:`fivew.quotes_verbs.parse_attributions` without the clause."""
    return bool(
        lemma not in ADDRESSEE_VERBS and obj.i > tok.i
        and not (obj.pos_ == "PRON" and obj.left_edge.i == obj.right_edge.i)
        and obj.ent_type_ != "PERSON"  # "X, Kennedy wrote Linick": to whom, not what
        and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
        and not any(is_mark(t) for c in clauses for t in c.subtree))


def interrupted_parts(doc: Any, tok: Any, left: int, right: int, bounds: Bounds,
                      line_start: int = 0) -> list[tuple[int, int]]:
    """The two fragments of a content the cue interrupts, or [] when it does not.

    "The economy, he said, is strong" (the cue hangs on the content's verb) and "The
    campaign, Smith said, has been a disaster" (the parse makes the content's subject a
    second subject of the cue): PolNeAR annotates both fragments as one content.
    """
    first: tuple[int, int] | None = None
    second: tuple[int, int] | None = None
    if tok.dep_ == "parataxis":
        head = tok.head
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.i > tok.i:
            # "The difference now, Mr. Smith told me, is that ...": the parse hung the cue
            # on the subject; the content's verb follows the cue (PolNeAR dev content-overlap
            # F1 +0.0007; train and 371 real pages unchanged)
            head = head.head
        start = clause_start(head)
        own = _own_start(doc, tok)  # "After X, Hebert said, Y": "After X" is the content's
        if min(start, tok.left_edge.i) < own and tok.right_edge.i < head.right_edge.i:
            first = (min(start, tok.left_edge.i), own - 1)
            second = (tok.right_edge.i + 1, bounds[tok.i][1] - 1)
            if reported_contrast(doc[second[0] : second[1] + 1], load_quote_lists()):
                return []  # "X, she says, but she cautions that Y"
            if closed_quote_then_adverbial(doc, _quote_opening(doc, first[0]), first[1],
                                           second[0]):
                second = None  # "“The bullying,” Wallace said, as the crowd cheered"
    elif left > tok.i:
        subjects = sorted((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                           and c.i < tok.i), key=lambda c: c.i)
        if len(subjects) >= 2 and doc[subjects[0].right_edge.i + 1].text == "," and not (
                _whole_clause_after(tok, left, right)):
            first = (subjects[0].left_edge.i, subjects[0].right_edge.i)
            second = (left, right)
    if first is not None and second is None:
        span = trim_tokens(doc, *first)
        return [span] if span is not None else []
    if first is None or second is None:
        return []
    # the first fragment stays in the cue's paragraph too (the parse may run a sentence
    # over a line break: "X.\n\nTrump, Sexton said, has ..."; PolNeAR train: speaker-
    # attributed F1 +0.0005 / +0.0002, even / odd documents)
    first = (max(first[0], line_start), first[1])
    spans = [trim_tokens(doc, *first), trim_tokens(doc, *second)]
    if any(span is None or span_words(doc, span) < 1 for span in spans):
        return []
    return [span for span in spans if span is not None]


def _quote_opening(doc: Any, left: int) -> int:
    """The opening mark of the quote whose last sentences start at token ``left`` ('"I
    never said that. I never said that," Trump said, after ...': the parse's clause is the
    second sentence), where only whole sentences of the quote stand between; else
    ``left``. PolNeAR train: 1 attribution split rightly (content-exact F1 +0.0002 on even
    documents); dev and 371 real pages unchanged. Read for all quotes (not only here) it
    also changed how a trailing "as he traced her career" or "blaming ..." joined a quote,
    and lost 0.0001 / 0.0001."""
    if is_mark(doc[left]):
        return left
    i = left - 1
    while i >= 0 and not is_mark(doc[i]) and "\n" not in doc[i].text:
        i -= 1
    if i < 0 or not is_mark(doc[i]) or not any(t.text in (".", "!", "?") for t in doc[i:left]):
        return left
    if i > 0 and doc[i - 1].is_punct and not doc[i - 1].is_space:
        return left  # a closing mark after a quote's last word: no quote opens there
    return i


def _whole_clause_after(tok: Any, left: int, right: int) -> bool:
    """'Former Sports Minister Patricia Ferguson, Labour MSP for Glasgow Maryhill, said the
    plan failed': whether what follows the cue is a clause with a subject of its own. The
    first of two subjects before the cue is then no fragment of the content ("The campaign,
    Smith said, has been a disaster" lacks one) but the speaker's name, an opening phrase
    or the speaker itself misparsed ("Tuesday at Baldwin Wallace University in Berea, OH,
    ...", "Most Republican voters in Alabama, Georgia and Virginia said they ..."). A real
    page of l3s-gn1 made "Former Sports Minister Patricia Ferguson" a quote of "said".
    PolNeAR train: content-overlap F1 0 / 0, speaker-attributed F1 0 / 0, content exact
    +0.0004 / +0.0001 (even / odd documents; 6 wrong fragments dropped); dev: content-overlap
    F1 .8239 -> .8242, speaker-attributed .7750 -> .7757, exact .6157 -> .6160. On 371 real
    pages 5 wrong fragments dropped ("a film called, what else, Breaking News showed us")."""
    return any(left <= c.i <= right and c.dep_ in ("ccomp", "xcomp", "parataxis")
               and has_own_subject(c) for c in tok.children)


def _own_start(doc: Any, tok: Any) -> int:
    """First token of a parenthetical cue's own words: its subject, when what the parse hangs
    on the cue before the subject is set off by a comma ("After X, Hebert said, Y"): that
    phrase opens the first fragment (before, the cue had no first fragment then). PolNeAR
    train: content-overlap F1 +0.0001 / +0.0002, speaker-attributed F1 +0.0001 / +0.0002
    (even / odd documents)."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    named = misparsed.opening_object_speaker(tok, subjects[0]) if subjects else None
    if named is not None:
        return int(named.left_edge.i)  # "To understand the real Dred Scott, Chief Justice
        # Roberts said, ...": the subject the parse shows is the opening clause's object
    if subjects and subjects[0].left_edge.i > tok.left_edge.i and doc[
            subjects[0].left_edge.i - 1].text == ",":
        return int(subjects[0].left_edge.i)
    return int(tok.left_edge.i)


#: Personal pronouns an evaluative cue's one-word object may be ("strongly supported
#: him", "criticized them"): PolNeAR attributes the stance, pronoun and all.
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "this", "us", "me", "you"})
#: ... and those a passive cue's patient with an agent may be ("who was backed by X").
PATIENT_PRONOUNS = frozenset({"who", "which", "whom", "he", "she", "they", "it", "i", "we"})


def pronoun_object(doc: Any, tok: Any, lemma: str, span: tuple[int, int],
                   lists: QuoteLists) -> bool:
    """'Both senators strongly supported him': a cue of ``object_content_verbs`` whose
    content is only its pronoun object still attributes its stance (PolNeAR train: +0.0004 /
    +0.0001, speaker +0.0005 / +0.0001, even / odd; with participles, "supporting him", odd
    lost 0.0001 / 0.0002), as does a passive cue's pronoun patient with an agent
    (:data:`PATIENT_PRONOUNS`; +0.0001 / +0.0002, speaker +0.0002 / +0.0002)."""
    if tok.tag_ == "VBG":
        return False  # "spent $5,000 supporting him": what the money did, not a stance
    words = [t for t in doc.char_span(*span, alignment_mode="expand") or [] if not t.is_punct]
    if len(words) == 1 and words[0].lower_ in PATIENT_PRONOUNS and words[0].head.i == tok.i:
        return words[0].dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in tok.children)
    return bool(len(words) == 1 and words[0].lower_ in OBJECT_PRONOUNS
                and words[0].dep_ == "dobj" and words[0].head.i == tok.i
                and lemma in lists.object_content)
