"""Verb cues of the ``quotes`` stage: attributions read off the dependency parse.

:func:`parse_attributions` walks the parse once for cue words (reporting and attitude verbs,
"called for", "according to", a "statement ... saying", naming verbs with an object
complement, "called him a liar", raising verbs, "Trump seems to be ...") and for each takes:

- its **content**: the clausal complement, run on to the end of the sentence; the object
  with its complement ("accused him of lying"), or in the passive the subject with it
  ("he was accused (by X) of lying"); the rest of the line after a colon ("he
  declared: ..."); both sides of a cue that interrupts it ("The economy, he said, is
  strong"; "X, according to Y, Z"), as two fragments of one attribution; the clause
  around "in the CBS poll", whose source is the poll (those two phrases are read by
  :mod:`fivew.quotes_phrases`). A content never leaves the cue's paragraph, and a content
  before its cue starts after a colon that introduces a quote.
- its **source**: the subject nearest the cue, the agent of a passive, the controller of
  an infinitive ("led Wasserman Schultz to announce"), the noun a participle modifies or
  the one who issued it ("sent out a press release saying"); for a finite cue the parse
  gives no subject, the speaker it hung elsewhere on the cue's left
  (:func:`fivew.quotes_subjects.stranded_subject`). A raising verb ("X seems to", "X is
  expected to") has no source: what seems so is part of the content; nor has a passive
  without an agent ("Ginsburg is known for ...", its subject being what the claim is about).
- the cue's own span.

Where clause and object say nothing, :mod:`fivew.quotes_complements` reads a gerund, a
topic preposition ("apologized for X"), a passive ("is seen as"), a trailing report ("X, the
poll found"), an object past a spliced clause (what else the cue governs on its right is
read here then), and makes any verb with a "that" clause a cue, and contents
around a cue ("as" clauses, interrupted contents); :mod:`fivew.quotes_colons` the
words after a colon, :mod:`fivew.quotes_objects` an object and its complement,
:mod:`fivew.quotes_particles` a particle's object ("called for X"); whom the words went to
is no content (:mod:`fivew.quotes_addressees`). Where a
content starts and ends (stretched to its sentence's end, "X, he said, Y"):
:mod:`fivew.quotes_extents`; verbs that are no cues ("That said, ..."):
:mod:`fivew.quotes_noncues`. Sources: :mod:`fivew.quotes_subjects`. Word lists:
``resources/quotes.json``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fivew.quotes_addressees import addressee, named_addressee
from fivew.quotes_adjacent import inverted_name, misread_inverted_clause
from fivew.quotes_antecedents import PERSON_ROLE_NOUNS
from fivew.quotes_asides import WORDING_VERBS, as_clause
from fivew.quotes_colons import colon_content
from fivew.quotes_comparing import COMPARING_VERBS, comparison_content
from fivew.quotes_complements import (
    FRAMING_VERBS,
    clause_start,
    framing_content,
    gerund_content,
    interrupted_parts,
    passive_content,
    pronoun_object,
    spliced_object,
    that_clause,
    topic_content,
    trailing_report,
)
from fivew.quotes_conjuncts import with_conjunct
from fivew.quotes_constructions import construal, verdict
from fivew.quotes_experiencers import experiencer_object
from fivew.quotes_extents import (
    ADVERBIAL_OPENERS,
    held_aside,
    subject_start,
    to_sentence_end,
    trailing_parts,
)
from fivew.quotes_false_uses import anonymity_purpose
from fivew.quotes_findings import document_finding
from fivew.quotes_mentions import source_chars
from fivew.quotes_misread import misread_complement
from fivew.quotes_nesting import cut_before
from fivew.quotes_noncues import not_a_cue
from fivew.quotes_objects import (
    completes,
    is_bare_pronoun,
    names_noun_before,
    naming_content,
    object_complement,
    standing_content,
)
from fivew.quotes_particles import particle_content
from fivew.quotes_phrases import according_to, per_source, survey_in
from fivew.quotes_rules import (
    ADDRESSEE_VERBS,
    CONFIDENCE,
    WHEN_ENTITIES,
    Attribution,
    QuoteLists,
    cue_lemma,
    enough_words,
    is_mark,
    line_bounds,
    load_quote_lists,
    only_when,
    sentence_bounds,
    token_end,
    trim_tokens,
)
from fivew.quotes_subjects import (
    FINITE_TAGS,
    cue_subject,
    extraposed,
    passive_patient,
    raised_subject,
    raising_complement,
    stranded_subject,
)

__all__ = ["parse_attributions"]

def _only_when_span(doc: Any, span: tuple[int, int]) -> bool:
    """Whether a content span holds nothing but a date or time ("campaigned with X on
    Wednesday" read as content "Wednesday"): it says when, not what. PolNeAR train: such
    verb-cue contents were wrong 8 times of 8; content-overlap F1 0 / 0, speaker-attributed
    F1 +0.0001 / 0 (even / odd documents)."""
    return only_when(doc.char_span(span[0], span[1], alignment_mode="expand") or [])


def _before_semicolon_clause(doc: Any, tok: Any, left: int, right: int,
                             line_start: int) -> int:
    """The content's last token before a semicolon after the cue that opens a clause with
    its own subject ("Unions love TPP; labor unions do not", "calls it her 'gene'; rivals
    deride it"): that clause is another sentence, not what the cue reports. Not inside a
    quote (an odd number of quote marks before it in its paragraph), whose semicolons are
    the speaker's, nor before a parallel clause with the same subject or verb. PolNeAR
    train: content-exact F1 +0.0006 / +0.0003, content-overlap F1 0 / -0.0001,
    speaker-attributed F1 -0.0001 / -0.0001 (even / odd documents: 17 contents shortened,
    14 to the gold's extent, 2 where PolNeAR keeps the clause after: "One view is that X;
    he recognized Y", "Clinton knows Sanders will run ...; she did the same ..."); dev
    unchanged; on 371 real pages 8 contents of 8 pages shortened, all to the cue's own
    clause ("Many commentators predict failure; others concede ..."). A content before the
    cue does not reach over a semicolon either ("He posed for cameras; once, he wrote to
    X"; see parse_attributions): PolNeAR train speaker-attributed F1 +0.0001 / +0.0002,
    content-overlap F1 0 / -0.0001 (chance overlaps of wrong contents lost); dev
    content-overlap .8242 -> .8244, speaker .7757 -> .7759; on 371 real pages 2 wrong
    contents dropped, and 2 more cut at a semicolon once quote marks are counted from the
    paragraph's start."""
    for i in range(max(left, tok.i + 1), right):
        if doc[i].text != ";" or sum(is_mark(t) for t in doc[line_start:i]) % 2:
            continue  # a semicolon inside a quote is the speaker's
        first = doc[i + 1]
        subject = next((t for t in doc[i + 1 : right + 1] if t.dep_ in ("nsubj", "nsubjpass")
                        and t.left_edge.i == first.i and t.head.i > t.i), None)
        if subject is None or subject.head.pos_ not in ("VERB", "AUX"):
            continue
        before = next((t for t in doc[left:i] if t.dep_ in ("nsubj", "nsubjpass")), None)
        if before is not None and (before.lemma_.lower() == subject.lemma_.lower()
                                   or before.head.lemma_ == subject.head.lemma_):
            # "the problem was X; the problem was Y", "Apple holds X; Nike holds Y": one
            # statement in parallel clauses
            continue
        return i - 1
    return right


def _interrupted_that_clause(doc: Any, left: int, right: int, last: int) -> int:
    """Where a content ends that opens with "that," and a clause set off by commas ("said
    that, since the Times insisted on two sources, she asked Cohen to ..."): past that
    clause, at the end of the sentence (token ``last``), where the parse ended it at the
    second comma (it made "said" a complement of "asked"). On 371 real pages 1 content
    of 1 page; PolNeAR unchanged."""
    if not (doc[left].lower_ in ("that", "whether") and left + 1 < right
            and doc[left + 1].text == "," and right < last and doc[right + 1].text == ","):
        return right
    return last


def _possessed_gerund_end(doc: Any, right: int) -> int:
    """Where a content ends in a possessive whose gerund the parse hung elsewhere
    ("complained about the United States' backing independence for Kosovo": the content was
    "the United States"): at the end of the gerund's phrase, the gerund a cue inside it
    (see :func:`fivew.quotes_nesting.split_point`). PolNeAR train content-overlap F1 0 /
    +0.0002, speaker-attributed 0 / +0.0001 (even / odd documents); dev and 371 real pages
    unchanged."""
    if right + 1 < len(doc) and doc[right].tag_ == "POS" and doc[right + 1].tag_ == "VBG":
        return int(doc[right + 1].right_edge.i)
    return right


def _after_closed_quote(doc: Any, tok: Any) -> bool:
    """Whether an inverted cue follows the closing mark of the quote it introduces ("“...,”
    said Schuster, although ..."): what follows it past the speaker opening with a
    preposition, a conjunction or a participle says how or when, and is none of its content
    (see :func:`fivew.quotes_extents.closed_quote_then_adverbial`). On 371 real pages 2
    contents of 2 pages dropped; PolNeAR unchanged."""
    return (tok.i > 1 and is_mark(doc[tok.i - 1]) and doc[tok.i - 2].is_punct
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i for c in tok.children))


def _object_before_clause(tok: Any, lemma: str, left: int, lists: QuoteLists) -> int:
    """Where the content starts when the cue's object runs straight into the clause the
    parse made its complement: the object starts it when the clause is a relative one
    without "that" on it ("cited disparaging remarks Trump had made about Machado": the
    content was "Trump had made ...") or the object is a noun of what is said and the
    clause its "that" clause ("pressing his attack that Clinton is not qualified",
    "tweeted his call that ..."). Not an addressee ("told reporters Trump was", "assured
    the crowd that"; any object before a clause was tried first: it took in addressees, "his
    audience", "hesitant donors"). PolNeAR dev content-exact F1 +0.0005, train -0.0001 /
    +0.0001 (even / odd documents), overlap and speaker unchanged; 2 real contents."""
    objects = [c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i
               and c.right_edge.i + 1 == left]
    if not objects or lemma in ADDRESSEE_VERBS or objects[0].pos_ != "NOUN":
        return left
    noun, opener = objects[0], tok.doc[left]
    if opener.dep_ == "mark" and opener.lower_ == "that":
        said = noun.lemma_.lower() in lists.noun_cues or noun.lower_ in lists.noun_cues
        return int(noun.left_edge.i) if said else left
    if (opener.dep_ in ("nsubj", "det") and not noun.ent_type_
            and noun.lemma_.lower() not in PERSON_ROLE_NOUNS):
        return int(noun.left_edge.i)
    return left


def _content_range(doc: Any, tok: Any, lists: QuoteLists, spliced: bool = False,
                   sentence: tuple[int, int] | None = None) -> tuple[int, int, str] | None:
    """Token range (inclusive) of what the cue ``tok`` attributes, and how it was found;
    ``spliced``: the clauses before the cue are none of its complements, but a clause
    spliced on before it with a comma ("Turnout fell, the mayor decided to resign");
    ``sentence``: the cue's sentence (first and end token), after which no clause is its
    complement ('“...,” Khamenei said on X. “His conscience was hurting.”': the parse
    hung the next sentence's verb on "said", past "X.", whose full stop it did not see as
    the sentence's end, and the content was "on X."; 1 such quote on 371 real pages,
    PolNeAR train and dev unchanged). One before it may be (a line break ends a sentence,
    and pages with hard-wrapped lines put a quote's clause on the line before its cue)."""
    lemma = cue_lemma(tok)
    aside = as_clause(tok, lemma, lists)
    if aside is not None:
        return aside
    clauses = [c for c in tok.children if c.dep_ == "ccomp" and not (spliced and c.i < tok.i)
               and not misread_inverted_clause(tok, c)  # "announced Rivers as they sat"
               and (sentence is None or c.i < sentence[1])]
    clauses = clauses or (misread_complement(tok) if lemma in lists.speech else [])
    if lemma in lists.raising and not clauses:
        # "Cruz seemed lost", "voters appear fatigued": the complement is the content
        comps = [c for c in tok.children if c.i > tok.i and raising_complement(c)]
        if comps:
            return comps[0].left_edge.i, comps[-1].right_edge.i, "attitude_clause"
    if clauses and all(c.i < tok.i for c in clauses):
        # "Viguerie is upbeat ..., because he sees Cruz as a uniter": the clause on the left
        # is no complement of the cue when an object with its complement (or a spliced
        # clause, see spliced_object), or any object of an object-content verb ("Listen
        # below: Later, she praised X"; +0.0001 / +0.0001, speaker +0.0002 / 0), follows it
        objects = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
        titled = bool(objects) and names_noun_before(objects[0])  # "in his book, “Title”"
        objects = [] if titled else objects
        right = object_complement(tok, objects[0]) if objects else -1
        if objects and (right > objects[0].i or spliced_object(tok, lemma, objects[0], clauses)
                        or lemma in lists.object_content):
            return objects[0].left_edge.i, max(right, objects[0].right_edge.i), "object"
        # "Turnout fell, the mayor decided to resign" / "..., X ignores losses" / "..., she
        # would support raising taxes": whatever the cue governs on its right (an
        # infinitive, a gerund, a particle's object, an object) is its content; the clause
        # on its left is another sentence spliced on. PolNeAR train: content-overlap F1
        # +0.0010 / +0.0005, speaker-attributed F1 +0.0014 / +0.0004 (even / odd; asking
        # for a subject before the cue, as spliced_object does, or for no quote mark in the
        # clause gained less on even documents: +0.0008, +0.0006). The object of a verb of
        # address is its addressee, no content ("X, he told reporters"), but what it
        # governs past the object is ("X, they asked him about the files"; speaker-
        # attributed F1 +0.0002 / 0, content-overlap F1 0 / 0); so is a lone person's name
        # after a speech verb ("X, Kennedy wrote Linick"; not "X, the poll showed Clinton
        # with a lead")
        after = None if titled else _content_range(doc, tok, lists, True, sentence)
        if after is not None and after[0] > tok.i and (after[2] != "object" or (
                lemma not in ADDRESSEE_VERBS and not named_addressee(doc, after, lemma, lists))):
            return after
    if clauses:
        left = subject_start(tok, clauses[0]) or min(c.left_edge.i for c in clauses)
        right = max(c.right_edge.i for c in clauses)
        left = _object_before_clause(tok, lemma, left, lists)
        # "hoping to avoid any misstep that could undermine his lead just a day before X"
        # (the parse made "lead" a verb): an infinitive between the cue and the clause
        # starts the content (PolNeAR train: content-overlap F1 +0.0002 / +0.0003,
        # speaker-attributed +0.0003 / +0.0004, even / odd documents)
        left = min([left, *(c.left_edge.i for c in tok.children if c.dep_ == "xcomp"
                            and tok.i < c.i < left and c.tag_ == "VB")])
        rule = "speech_clause" if lemma in lists.speech else "attitude_clause"
        return left, right, rule
    particle = particle_content(tok, lemma, lists)
    if particle is not None:
        return particle
    if lemma in lists.speech:
        # "economists say taxing consumption encourages savings": the small model makes the
        # gerund subject of the clause an xcomp of the cue, and the clause its ccomp
        gerunds = [c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                   and c.i > tok.i and any(g.dep_ == "ccomp" and g.i > c.i for g in c.children)]
        if gerunds:
            return gerunds[0].left_edge.i, gerunds[0].right_edge.i, "speech_clause"
    xcomps = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
              and not anonymity_purpose(tok, c)]  # "said on condition of anonymity to ..."
    if xcomps and (any(a.dep_ == "aux" and a.lower_ == "to" for a in xcomps[0].children)
                   or lemma in lists.speech and xcomps[0].tag_ in FINITE_TAGS):
        # a finite xcomp of a speech verb is a clause the parse mislabelled ("which he argued
        # seeks to ..."): PolNeAR train, content-overlap F1 +0.0001 / 0, speaker-attributed
        # F1 +0.0001 / 0 (even / odd documents)
        objects = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i < xcomps[0].i]
        left = objects[0].left_edge.i if objects else xcomps[0].left_edge.i
        rule = "attitude_clause" if lemma in lists.attitude else "speech_clause"
        return left, xcomps[0].right_edge.i, rule
    gerund = gerund_content(tok, lemma, lists)
    if gerund is not None:
        return gerund
    passive = any(c.dep_ == "nsubjpass" for c in tok.children)
    completed = any(c.i > tok.i and completes(c) for c in tok.children)
    reported = passive_content(tok, lemma, lists, completed) if passive else None
    if reported is not None:
        return reported
    if lemma in lists.object_content and passive:
        # "he was accused (by X) of lying", "described as": the complement, not the agent
        comps = [c for c in tok.children if c.i > tok.i and completes(c)]
        if comps:
            return comps[0].left_edge.i, max(c.right_edge.i for c in comps), "passive"
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if (shown := standing_content(tok, lemma, objects)) is not None:
        return shown  # "the poll shows her with a net positive"
    if (objects and lemma in lists.clause_only and object_complement(tok, objects[0]) < 0
            and not document_finding(tok, lemma)):  # "the audit found X" (quotes_findings)
        return None  # "maintained some clout", "find jobs": no claim without a clause
    if objects and lemma in ADDRESSEE_VERBS and (told := trailing_report(tok, lemma, lists)):
        return told  # "X, his aide told Reuters": the object is the addressee, no content
    if objects and _told_only(tok, objects[0], lemma):
        return None  # "“...,” she told the paper.": the one told, after a quote that is the
        # content; it was a content of its own, "the paper"
    if objects and (lemma in lists.object_content or not is_bare_pronoun(objects[0])
                    or object_complement(tok, objects[0]) > objects[0].i):
        # "accused Trump of lying", "described the dinner as a celebration", "called him a liar"
        right = max(objects[0].right_edge.i, object_complement(tok, objects[0]))
        return objects[0].left_edge.i, right, "object"
    if not objects and (stated := verdict(tok, lemma, lists)) is not None:
        return stated  # "pleaded not guilty"
    answers = [c for c in tok.children if c.dep_ == "intj" and c.i > tok.i]
    if answers and lemma in lists.speech:
        return answers[0].i, answers[0].i, "speech_clause"  # "72 percent said yes"
    if tok.dep_ == "parataxis" and (lemma in lists.speech or held_aside(tok, lemma, lists)):
        head = tok.head  # "The economy is strong, he said."
        if tok.i > head.i:
            return clause_start(head), tok.left_edge.i - 1, "speech_clause"
        return tok.right_edge.i + 1, head.right_edge.i, "speech_clause"
    return trailing_report(tok, lemma, lists) or topic_content(tok) or construal(tok, lemma, lists)


#: Verbs whose object alone, ending the sentence, is only the one addressed: "remind",
#: "urge" and the other verbs of address report what their object is reminded of or urged
#: to ("reminding Americans of Clinton's statements": PolNeAR train lost a match).
TOLD_ONLY_VERBS = frozenset({"tell"})


def _told_only(tok: Any, obj: Any, lemma: str) -> bool:
    """Whether cue ``tok`` has nothing after it but ``obj``, the one addressed, a plain noun
    phrase ending the sentence (see :func:`fivew.quotes_addressees.addressee`): "“...,” she
    told the paper." Not "reminded Trump of X" (what the cue governs past the object is the
    content) nor "urging those calling for X" (a clause inside the object) nor "told the
    world the real reason" (a thing told after the one told). On 250 real pages 3 such
    addressees are no longer contents ("the paper", "a documentarian", "this newspaper");
    PolNeAR train exact +0.0001 / +0.0001 (even / odd documents), dev unchanged."""
    return (lemma in TOLD_ONLY_VERBS and addressee(obj, lemma) and obj.i > tok.i
            and not any(c.i > obj.i and not c.is_punct or c.dep_ == "dative"
                        for c in tok.children)  # "told the world the real reason for X"
            and not any(t.pos_ in ("VERB", "AUX") for t in obj.subtree))


def _clause_after(tok: Any) -> int:
    """Where the clause the cue ``tok`` governs after itself begins, else -1: with a clause
    before the cue too ("The plan failed, Jo Roe told reporters on Monday that it was
    over", "“...,” he said in an interview, “...”"), the words between the cue and that
    clause are the cue's (the one told, the time, the occasion), not the content's. Only a
    clause opened by "that" or by a quote mark after a comma: the parse also hangs on the cue
    clauses that begin inside a phrase of the cue ("told a crowd that the campaign
    estimated at 3,000", "said of people whose rights were restored, “...”"). With
    :func:`_addressee_before_clause`: PolNeAR train exact +0 / +0.0002 (even / odd
    documents), other scores unchanged; dev exact +0.0005; 2 of 250 real pages, both
    contents now without the addressee."""
    doc = tok.doc
    return min((c.left_edge.i for c in tok.children if c.dep_ == "ccomp"
                and c.left_edge.i > tok.i + 1
                and (c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"
                     or is_mark(c.left_edge) and doc[c.left_edge.i - 1].text == ",")),
               default=-1)


#: Verbs whose object right after them is the one addressed before a "that" clause ("told
#: reporters that", "assured residents that"); not "Says EgyptAir Crash Seems Like ...", a
#: headline whose subject the parse made an object of "Says".
CLAUSE_ADDRESSEE_VERBS = ADDRESSEE_VERBS | {"assure", "inform", "warn", "promise", "notify",
                                            "persuade", "convince"}


def _addressee_before_clause(tok: Any, child: Any) -> bool:
    """Whether ``child`` of cue ``tok`` is the one told, right after the cue and before a
    clause the cue also governs ("The plan failed, Jo Roe told reporters that it was over"):
    with a clause before the cue too, the content after the cue starts after the addressee
    (the medium, see :mod:`fivew.quotes_addressees`)."""
    return (child.dep_ in ("dobj", "dative") and child.left_edge.i == tok.i + 1
            and cue_lemma(tok) in CLAUSE_ADDRESSEE_VERBS
            and any(c.dep_ == "ccomp" and c.i > child.i for c in tok.children))


def _after_colon(doc: Any, start: int, end: int) -> int:
    """Where the words of a "“...,” he said" content begin: after a colon that introduces
    them ("Murphy lamented the churn of his job: “There's just a ton of ...,” he said"),
    the words before it being the writer's or another cue's."""
    for i in range(end - 1, start, -1):
        if doc[i].text == ":" and is_mark(doc[i + 1]):
            return i + 1
    return start


def _cue_span(doc: Any, tok: Any, content: tuple[int, int]) -> tuple[int, int]:
    """The cue's characters: the verb, with its particle when the content hangs on it."""
    end = token_end(tok)
    particles = load_quote_lists().particles.get(cue_lemma(tok), frozenset())
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if (after is not None and after.dep_ in ("prep", "prt", "mark") and after.i < content[0]
            and after.lower_ in particles
            and not any(c.ent_type_ in WHEN_ENTITIES for c in after.children)):
        end = token_end(after)
    return int(tok.idx), end


def parse_attributions(doc: Any, quote_starts: Sequence[int] = ()) -> list[Attribution]:
    """Every attribution the parse shows, in one pass over the tokens; ``quote_starts``
    are character offsets of quotes that open a sentence (they end the one before)."""
    lists = load_quote_lists()
    found: list[Attribution] = []
    bounds = sentence_bounds(doc, quote_starts)
    lines = line_bounds(doc)
    for tok in doc:
        lower = tok.lower_
        if lower == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            attr = according_to(doc, tok, bounds)
            if attr is not None:
                found.append(attr)
            continue
        if lower == "in":
            attr = survey_in(doc, tok, bounds, lists)
            if attr is not None:
                found.append(attr)
            continue
        if lower == "per":
            attr = per_source(doc, tok, bounds, lists)
            if attr is not None:
                found.append(attr)
            continue
        if tok.pos_ != "VERB" or (tok.i and doc[tok.i - 1].text in ("<", "</")) or not_a_cue(tok):
            continue  # "<tweet ...>": markup, not a verb; "That said, ..." (quotes_noncues)
        lemma = cue_lemma(tok)
        if lemma not in lists.speech and lemma not in lists.attitude:
            # an unlisted verb is a cue with its particle ("called for"), as a naming verb
            # ("named X as Y": before, naming verbs without a particle were never read;
            # PolNeAR train, content-overlap F1 +0.0002 / 0) or with a "that" clause
            rng = particle_content(tok, lemma, lists) if lemma in lists.particles else None
            if rng is None and lemma in lists.naming:
                rng = naming_content(tok)
            if rng is None and lemma in FRAMING_VERBS:
                rng = framing_content(tok)  # "cast the Clintons as ..."
            if rng is None and lemma in COMPARING_VERBS:
                rng = comparison_content(tok)  # "compared Trump to ..."
            if rng is None and lemma in WORDING_VERBS:
                rng = as_clause(tok, lemma, lists)  # "as one aide put it"
            if rng is None:
                rng = that_clause(tok)
        else:
            rng = colon_content(doc, tok) or _content_range(doc, tok, lists,
                                                            sentence=bounds[tok.i])
        if rng is None:
            continue
        left, right, rule = rng
        if left <= tok.i <= right:  # "which he said had been ...": content after the cue
            after = max(tok.i, _clause_after(tok) - 1, *(
                c.right_edge.i for c in tok.children
                if c.i < tok.i or c.dep_ in ("nsubj", "advmod", "aux", "neg")
                or _addressee_before_clause(tok, c)))
            left, right = (after + 1, right) if right > after + 1 else (left, tok.left_edge.i - 1)
        if rule in ("speech_clause", "attitude_clause", "that_clause", "object", "particle",
                    "passive") and left > tok.i:
            right = to_sentence_end(doc, tok, right, lists, bounds)
        if rule == "passive":  # "dismissed as alarmist by his opponents": the agent speaks
            right = min([right] + [c.i - 1 for c in tok.children
                                   if c.dep_ == "agent" and left < c.i <= right])
            # "the Gulf is known as the Persian Gulf and nothing could be calculated to ...":
            # a clause with a subject of its own joined to the passive is no part of its role
            # (371 real pages: 5 contents of 4 pages end there; PolNeAR train: 1 content
            # shortened, scores and dev unchanged)
            cuts = [cut_before(c, tok) for c in tok.children
                    if c.dep_ == "conj" and left < c.i <= right
                    and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
            right = min([right] + [cut - 1 for cut in cuts if cut is not None])
        if right < tok.i:
            left = _after_colon(doc, left, right)
        block_quote = rule == "colon_paragraph"  # "He added:" and the next paragraph
        if block_quote:
            rule = "speech_clause"
        else:
            # content stays in the cue's paragraph (the parser's sentences may run over one)
            left, right = max(left, lines[tok.i][0]), min(right, lines[tok.i][1] - 1)
            right = _before_semicolon_clause(doc, tok, left, right, lines[tok.i][0])
        right = _interrupted_that_clause(doc, left, right, bounds[tok.i][1] - 1)
        right = _possessed_gerund_end(doc, right)
        if right < tok.i and any(t.text == ";" for t in doc[right + 1 : tok.i]):
            continue  # "He posed for cameras; once, he wrote to X": a sentence of its own
        if left > tok.i and _after_closed_quote(doc, tok):
            opener = next((t for t in doc[left : right + 1] if not t.is_punct), None)
            if opener is not None and (opener.pos_ in ADVERBIAL_OPENERS
                                       or opener.tag_ in ("VBG", "VBN")):
                continue  # "“...,” said Schuster, although Dudek is waiting": the quote's when
        if lemma in lists.raising and any(
            c.dep_ == "xcomp" and (cue_lemma(c) in lists.speech or cue_lemma(c) in lists.attitude)
            and _content_range(doc, c, lists) is not None
            for c in tok.children
        ):
            # "Rubio seemed to offer a caveat": the attribution is the inner cue's, when the
            # inner verb reports something; "appears to have declined 3 percent", "seem to
            # agree" keep their own (PolNeAR train: content-overlap F1 +0.0003 / +0.0002,
            # speaker-attributed F1 +0.0002 / 0, even / odd documents)
            continue
        parts = (interrupted_parts(doc, tok, left, right, bounds, lines[tok.i][0])
                 or trailing_parts(doc, tok, left, min(right, lines[tok.i][1] - 1), bounds, lists))
        subject = cue_subject(tok)
        if subject is None and tok.tag_ in FINITE_TAGS:
            subject = stranded_subject(tok)
        subject = subject or inverted_name(tok)  # "“...,” announced Rivers as they sat"
        raised = raised_subject(tok, lemma, subject, left, lists)
        unsourced = False
        if raised is not None:
            # "Trump seems to be ...", "The decision is expected to be ...": what seems so is
            # part of the content, and nobody is named as holding it
            first = trim_tokens(doc, raised.left_edge.i, raised.right_edge.i)
            rest = trim_tokens(doc, left, right)
            parts = [first, rest] if first is not None and rest is not None else parts
            subject = None
        elif rule == "passive":
            # "Trump was criticized (by X) for Y": the one criticized is part of what is
            # attributed, and the source is the agent, when one is named
            patient = next(c for c in tok.children if c.dep_ == "nsubjpass")
            first = trim_tokens(doc, patient.left_edge.i, patient.right_edge.i)
            rest = trim_tokens(doc, left, right)
            parts = [first, rest] if first is not None and rest is not None else parts
            subject = subject if subject is not None and subject.i != patient.i else None
        elif (subject is not None and tok.dep_ == "conj" and subject.head.i == tok.head.i
              and lemma in lists.raising and any(raising_complement(c) for c in tok.children)):
            # "He sounded subdued and seemed to take hope": a raising verb in a conjunct has no
            # source either (PolNeAR train: speaker-attributed F1 +0.0003 / 0)
            subject, unsourced = None, True
        elif passive_patient(tok, subject):
            # "Ginsburg is known for her liberal bent": the patient of a passive with no
            # agent is what the claim is about, not who holds it (see PASSIVE_SPEAKER_VERBS)
            subject, unsourced = None, True
        elif subject is not None and subject.lower_ == "it" and (
                lemma in lists.raising or rule == "that_clause" or extraposed(tok, subject)):
            # "it appears that ...", "it helped that ...", "it is hard to imagine ...": an
            # expletive subject names no source, and the clause is attributed to nobody
            # (before, "it appears that" was dropped: PolNeAR train, content-overlap F1
            # +0.0005 / +0.0005); "it amazes me that ...": the one it strikes holds it
            subject, unsourced = experiencer_object(tok), True
        span = (parts[0][0], parts[-1][1]) if parts else trim_tokens(doc, left, right)
        if span is None or not (enough_words(doc, span) or rule == "object"
                                and pronoun_object(doc, tok, lemma, span, lists)):
            continue
        if _only_when_span(doc, span):
            continue  # "campaigned with X on Wednesday": a date, not a content
        if subject is None:
            # what "is seen as" something, or "appears" so, is attributed to nobody named; a
            # cue that is no reporting verb needs a source otherwise
            if (lemma not in lists.speech and raised is None and not unsourced
                    and rule != "passive"):
                continue
            rule = "no_source"
        attr = Attribution(
            cue=_cue_span(doc, tok, (left, right)),
            content=span,
            kind="direct" if block_quote else "indirect",
            confidence=CONFIDENCE[rule],
            cue_token=tok,
            parts=parts,
            extra={"block_quote": True} if block_quote else {},
        )
        if subject is not None:
            attr.source = source_chars(subject)
            attr.source_head = subject
        found.append(attr)
    return [with_conjunct(attr) for attr in found]
