"""Speakers of the ``quotes`` stage: who a cue's subject is, and the medium of the cue.

- :class:`Context` (:mod:`fivew.quotes_antecedents`) holds what the rules look up:
  sentences, entity mentions by offset, quoted stretches, and the gender and number each
  entity allows a pronoun.
- :func:`speaker_of` links a named subject to the article entity it mentions; "he"/"she"
  (and "his"/"her") to the nearest person named before it whose given name or title does not
  contradict the pronoun (subjects first); "they"/"their" to an organisation or group (or
  people named together); "it"/"its" to an organisation; "who" to the noun it qualifies. A
  speaker the model did not tag takes the entity it refers to where one is sure
  (:mod:`fivew.quotes_referents`: a lone surname, a name tagged elsewhere, "the agency"
  after one agency named). An unnamed source ("an aide to Massoud") keeps its description
  and gets the entity named inside it as affiliation. A subject the parse found inside the
  quote ("“I support Cruz,” X tells Y") gives way to the speaker named outside it; the
  subject of a verb taking a noun cue aimed at it or caused by it ("X faced questions about
  Y", "The memos raised doubts about Y") is no speaker. A noun cue without a source takes
  the people named in its "of"/"among" phrase, and a document given as the source its maker
  where the text names one (:mod:`fivew.quotes_controllers`). Cues the tagger mislabels
  (:mod:`fivew.quotes_misparsed_speakers`): a title-case headline passive ("Mayor Accused Of
  Fraud") names no source; a cue verb read as a noun ("Lee claims he won") keeps its
  subject.
- :func:`medium_of`: the addressee and channel hanging on the cue ("told Reuters by
  telephone", "in a statement", "on the Taliban's Alemarah Twitter feed").

Given names and titles live in ``resources/quotes_names.json`` (written for fivew).
"""

from __future__ import annotations

from typing import Any

from fivew.article import Entity, Span, Speaker
from fivew.quotes_agents import NOMINAL_POS, unheld_noun_cue
from fivew.quotes_antecedents import (
    PRONOUN_GENDER,
    PRONOUN_TYPES,
    Context,
    antecedent,
    chained_antecedent,
    described_antecedent,
    entity_gender,
)
from fivew.quotes_controllers import artifact_author, of_holder, quoted_person
from fivew.quotes_included_holders import included_holder
from fivew.quotes_mentions import name_after_title, source_chars
from fivew.quotes_misparsed_speakers import (
    NOT_SPEAKER_ENTS,
    dated_opening_speaker,
    headline_patient,
    misread_noun_subject,
    opening_verb_speaker,
    participle_apposed_speaker,
)
from fivew.quotes_referents import (
    described_organisation,
    same_name_bearer,
    surname_bearer,
    titled_person,
)
from fivew.quotes_rules import (
    Attribution,
    load_quote_lists,
    token_end,
)
from fivew.quotes_subjects import cue_subject

__all__ = ["Context", "speaker_of", "medium_of", "entity_gender"]

#: Dependency labels the parse gives the speaker named after a cue that follows a quote,
#: when it does not make it the subject ("“Meh,” wrote a Trump supporter", "“...,” added
#: a Democrat"); see :func:`_speaker_outside_quote`.
OUTSIDE_SPEAKER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "npadvmod", "attr", "appos",
                                  "dative", "advmod", "dep"})


def _speaker_outside_quote(ctx: Context, attr: Attribution) -> None:
    """A cue outside a quote whose subject the parse found inside it ("“Yes, I back
    the plan,” Jo Marsh, head of the growers' union, tells the Courier": "I") is
    said by whom the text names outside the quote: the first name or noun between the quote
    and the cue that heads its phrase, else a noun hanging on the cue after it ("“Meh,”
    wrote a Trump supporter"), else the name or noun right before the cue, which the parse
    may hang on a word inside the quote ("“...: We will achieve justice,” Tulsa police
    Chief Chuck Jordan said": PolNeAR dev's one case, +0.0005 speaker-attributed F1; none on
    train); where none is found, the parse's subject stays (giving no source instead lost
    0.0002 on each half). PolNeAR train: 12 of 19 such subjects were wrong (even
    documents); speaker-attributed F1 +0.0006 / +0.0007."""
    cue = attr.cue_token
    doc = cue.doc
    found = None
    lo = cue.i
    while lo > 0 and not ctx.quoted(int(doc[lo - 1].idx)) and "\n" not in doc[lo - 1].text:
        lo -= 1
    for tok in doc[lo : cue.i]:
        if (tok.pos_ in NOMINAL_POS and not lo <= tok.head.i < cue.i
                and tok.ent_type_ not in NOT_SPEAKER_ENTS):
            found = tok
            break
    if found is None and cue.tag_ == "VBG" and cue.lower_ != "according":
        # 'he continued, “I believe ...,” citing a story': the participle goes on from the
        # nearest verb outside the quote that has a subject there; its object is what it
        # is about (a real page gave 4 quotes to "a story"; PolNeAR train speaker-attributed
        # F1 0 / +0.0001, even / odd; with "according": 2 "according to" sources lost)
        found = next((c for v in cue.ancestors if not ctx.quoted(int(v.idx))
                      for c in v.children if c.dep_ == "nsubj" and not ctx.quoted(int(c.idx))),
                     None)
    elif found is None:
        found = next((c for c in cue.children if c.i > cue.i and c.dep_ in OUTSIDE_SPEAKER_DEPS
                      and c.pos_ in NOMINAL_POS and c.ent_type_ not in NOT_SPEAKER_ENTS
                      and not ctx.quoted(int(c.idx))), None)
    if found is None and lo < cue.i and doc[cue.i - 1].pos_ in NOMINAL_POS:
        found = doc[cue.i - 1]  # "“...,” Tulsa police Chief Chuck Jordan said": the parse
        # hung the name on a word inside the quote; the name right before the cue says it
    if found is not None:
        attr.source = source_chars(found)
        attr.source_head = found


#: The subject pronoun a possessive stands beside when both are one person ("she revised
#: her statement").
POSSESSIVE_SUBJECT = {"his": "he", "her": "she", "their": "they", "its": "it"}

#: How a noun cue hangs on the verb whose subject owns it: as its object ("he made his
#: support clear"), or through a preposition ("he expanded upon his calls for"). PolNeAR
#: train: speaker-attributed F1 +0.0005 / +0.0003 (even / odd documents); objects only,
#: +0.0004 / +0.0002; the verb's own "nsubj" only (not a conjunct's or controller's),
#: +0.0005 / +0.0001; a copula ("has been mild in his critiques") as the verb lost 0.0001.
#: PolNeAR dev: 0 (its one case, a misparse with two objects, is left out; that guard
#: changed nothing on train).
OWNED_CUE_DEPS = frozenset({"dobj", "pobj"})


def _owner_subject(head: Any, cue: Any) -> Any:
    """The subject pronoun that owns a noun cue: in "he made his support for X clear" the
    possessor "his" and the subject "he" are one person, and the clause's subject, not the
    possessive inside its object, is the mention that says it (PolNeAR marks "he"; both
    resolve to the same entity, whose mentions hold no pronouns, so the span decides).
    None unless the verb's subject is the possessive's own subject pronoun."""
    if (cue is None or head.dep_ != "poss" or head.head.i != cue.i
            or cue.dep_ not in OWNED_CUE_DEPS):
        return None
    verb = cue.head
    if cue.dep_ == "pobj":
        verb = verb.head if verb.dep_ == "prep" else None
    if verb is None or verb.pos_ != "VERB" or sum(c.dep_ == "dobj" for c in verb.children) > 1:
        return None  # two objects: the parse hung an apposition on the verb ("faced a
        # number of controversies - most recently her decision to ...")
    subject = cue_subject(verb)
    return subject if subject is not None and subject.lower_ == POSSESSIVE_SUBJECT.get(
        head.lower_) else None


def _named_apposition(head: Any) -> Any:
    """The name set after a common-noun source in apposition ("His successor, Jay Roe,
    said", "One pastor backing X, Ann Poe of Y, said"): the speaker's entity is looked up
    through it, the source span staying the subject's mention. PolNeAR train: speaker-
    attributed F1 +0.0003 / +0.0003 (even / odd documents); widening the source span over
    the name as well changed nothing more. Also after a number ("One of the men, Jessie
    Elkins, 70, said"; speaker-attributed F1 0 / +0.0002). Also a name set after its title
    with no comma (:func:`fivew.quotes_mentions.name_after_title`, "Canucks forward Taylor
    Pyatt said"): 12 speakers of 371 real pages found their person; PolNeAR unchanged."""
    if head is None or head.pos_ not in ("NOUN", "NUM"):
        return None
    return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.i > head.i and (head.doc[c.left_edge.i - 1].text == ","
                                       or name_after_title(c))), None) or (
        _unhung_apposition(head))


def _unhung_apposition(head: Any) -> Any:
    """'CEO of the Blue Bulls Company, Barend van Graan, said': a person's name set off by
    commas right after the source's phrase and right before a verb, which the parse did
    not hang on the source (here a parataxis of "said"); a token of the name, else None.
    On 371 real pages (fundus-eval, l3s-gn1) 2 speakers gained their person, both rightly
    ("disputed by another swimmer, Dorothy Cochrane Logan, also known as ..."); PolNeAR
    train and its scores unchanged."""
    doc = head.doc
    start = head.right_edge.i + 1
    if start + 2 >= len(doc) or doc[start].text != ",":
        return None
    end = start + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    if end == start + 1 or end + 1 >= len(doc) or doc[end].text != ",":
        return None
    if doc[end + 1].pos_ != "VERB" and not (doc[end + 1].pos_ == "ADV"
                                           and doc[end + 2].pos_ == "VERB"):
        return None
    return next((t for t in doc[start + 1 : end] if t.ent_type_ == "PERSON"), None)


def _apposed_name(head: Any) -> Any:
    """The name a common noun stands in apposition to ("Braynard, a South Carolina native
    who writes fiction": Braynard), through which a relative pronoun's speaker is looked
    up. PolNeAR train: speaker-attributed F1 +0.0001 / 0 (even / odd documents)."""
    if head is None or head.pos_ != "NOUN" or head.dep_ != "appos":
        return None
    return head.head if head.head.pos_ == "PROPN" and head.head.i < head.i else None


def _in_paragraph(text: str, source: tuple[int, int], head: Any) -> tuple[int, int]:
    """``source`` cut to the paragraph of its head: a mention does not cross a line break,
    where the parser ran a sentence over one ("12:30 p.m.\n\nHillary Clinton is telling",
    "... Biden Jr.\n\nMrs. Clinton often says", see
    :func:`fivew.quotes_misparsed_speakers.line_opening_speaker`). PolNeAR train:
    speaker-attributed F1 -0.0001 / 0 (even / odd documents; one gold source stands in the
    line before the head the parse gave it, "according to the F.A.A.\n\nMost people")."""
    start, end = source
    if head is None or not start <= head.idx < end:
        return start, end
    start = max(start, text.rfind("\n", start, head.idx) + 1)
    stop = text.find("\n", head.idx, end)
    end = start + len(text[start:stop].rstrip()) if stop >= 0 else end
    return start, end


def _relative_clause(pronoun: Any, cue: Any) -> Any:
    """The relative clause a "who"/"which" speaker opens: the cue's own ("X, who said
    ..."), or the clause the pronoun is the subject of when the cue hangs inside it ("a
    lawyer who is a staunch opponent of ...", "Hillary Clinton — who's called for ...").
    PolNeAR speaker-attributed F1: train +0.0000 / +0.0002 (even / odd), dev +0.0005."""
    if cue is not None and cue.dep_ == "relcl":
        return cue
    clause = pronoun.head if pronoun is not None else None
    if clause is not None and pronoun.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "relcl":
        return clause
    return None


def _name_before_relative(pronoun: Any) -> Any:
    """The person named right before ", who" ("talks with Olmert and Israeli President
    Shimon Peres, who said ...", where the parse hangs the relative clause on "talks"):
    a name set off by a comma before the pronoun is what it stands for. On 371 real pages
    1 speaker of 1 page resolved so, rightly; PolNeAR unchanged."""
    doc = pronoun.doc
    if pronoun.lower_ != "who" or pronoun.i < 2 or doc[pronoun.i - 1].text != ",":
        return None
    name = doc[pronoun.i - 2]
    return name if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" else None


def _copula_subject(noun: Any) -> Any:
    """'Kaine is a former civil rights lawyer who ...': the named subject of the copula
    the noun completes, else None."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"),
                None)


def speaker_of(ctx: Context, attr: Attribution,
               speakers: list[tuple[int, Speaker]]) -> Speaker | None:
    """The speaker of ``attr``; ``speakers`` are those of the attributions before it."""
    if attr.source_head is not None and attr.cue_token is not None and ctx.quoted(
            int(attr.source_head.idx)) and not ctx.quoted(attr.cue[0]):
        _speaker_outside_quote(ctx, attr)  # "“I support Cruz,” X tells Y": not "I"
    if attr.source_head is not None:
        # "The documents raised questions about X", "X will face questions about Y": the
        # verb's subject holds no claim (see :func:`fivew.quotes_agents.unheld_noun_cue`)
        found = ctx.entity_at(int(attr.source_head.idx), token_end(attr.source_head))
        if unheld_noun_cue(attr.cue_token, attr.source_head, found.type if found else None):
            attr.source, attr.source_head = None, None
    if headline_patient(attr.cue_token, attr.source_head):
        attr.source, attr.source_head = None, None  # "Mayor Accused Of Hiding Funds"
    if attr.source is None and attr.cue_token is not None:
        holder = of_holder(attr.cue_token)  # "the confidence of his campaign that X"
        if holder is None:
            holder = misread_noun_subject(attr.cue_token)  # "Lee claims he won": a noun
        # "has made several statements, including a call for X": the maker's call
        holder = holder or included_holder(attr.cue_token, cue_subject)
        holder = holder or opening_verb_speaker(attr.cue_token)  # "Said Ellis: “...”"
        if holder is not None:
            attr.source, attr.source_head = source_chars(holder), holder
    if attr.source_head is not None:
        # "according to a statement released by X": X (see quotes_controllers)
        author = artifact_author(attr.source_head, load_quote_lists().artifacts)
        if author is not None:
            attr.source, attr.source_head = source_chars(author), author
    if attr.source is None:
        return None
    if attr.source[0] < attr.cue[0] < attr.source[1]:
        # "“...,” a voice-over in the ad states.": the parse hung the misread cue inside
        # its subject (fivew.quotes_misread); the source ends before the cue
        attr.source = (attr.source[0], len(ctx.text[: attr.cue[0]].rstrip(" ,")))
    elif attr.source[0] == attr.cue[0] and attr.cue[1] < attr.source[1]:  # "Said Ellis:"
        after = ctx.text[attr.cue[1] : attr.source[1]]
        attr.source = (attr.source[1] - len(after.lstrip()), attr.source[1])
    lists = load_quote_lists()
    head = attr.source_head
    owner = _owner_subject(head, attr.cue_token) if head is not None else None
    owner = owner or dated_opening_speaker(attr.cue_token, head)  # "Thursday at X, Roe said"
    owner = owner or participle_apposed_speaker(head, attr.cue_token)  # "A fan of X, Roe, said"
    if owner is not None:
        attr.source, attr.source_head, head = source_chars(owner), owner, owner
    start, end = _in_paragraph(ctx.text, attr.source, head)
    head = _named_apposition(head) or head  # "His successor, Jay Roe, said": Roe
    speaker = Speaker(start=start, end=end, text=ctx.text[start:end])
    role = lists.pronouns.get(head.lower_) if head is not None else None
    relative = _relative_clause(head, attr.cue_token) if role == "RELATIVE" else None
    if relative is not None:
        # "X, who said ...": resolved through X, span stays "who"
        head = _name_before_relative(head) or relative.head
        head = _copula_subject(head) or head
        start, end = source_chars(head)
        head = _apposed_name(head) or _named_apposition(head) or head
        role = lists.pronouns.get(head.lower_)
    if role in PRONOUN_TYPES and head is not None and head.pos_ == "PRON":
        pos, gender = int(head.idx), PRONOUN_GENDER.get(head.lower_)
        entity = antecedent(ctx, pos, PRONOUN_TYPES[role], gender, speakers, attr.content)
        described = described_antecedent(ctx, pos, role, gender, speakers)
        if described is not None and (entity is None or described[0] > _last_sentence(
                ctx, entity, pos, speakers, described[1])):
            # "A police spokesman said X. He added Y.": the unnamed source, nearer than any name
            # (in the same sentence the name goes first: "He said his forces, which one aide
            # said numbered 6,000, would ... “...,” he said")
            speaker.description = described[1].description
            speaker.affiliation_entity_id = described[1].affiliation_entity_id
            return speaker
        speaker.entity_id = entity.id if entity else chained_antecedent(
            ctx, pos, head.lower_, speakers)  # "“...,” he said" many quotes on
        return speaker
    if head is not None and head.pos_ == "PRON":
        return speaker  # "I", "we", "you": no entity guessed
    if speaker.text.lower() in ORDER_REFERENCES:
        one = _latter_or_former(ctx, start, ORDER_REFERENCES[speaker.text.lower()])
        if one is not None:  # "Oliver joins Charli XCX to present. The latter shouts"
            speaker.entity_id = one.id
            return speaker
    entity = ctx.entity_at(int(head.idx), token_end(head)) if head is not None else None
    named = head is not None and (head.pos_ == "PROPN" or head.is_title
                                  and head.pos_ not in NOT_NAME_POS)
    if named and (entity is None
                  or entity.type in NOT_SPEAKER_TYPES and entity.name == head.text):
        # "Wykes said" after "Til Wykes" (the tagger may take "Wykes" for a plural noun)
        entity = surname_bearer(ctx, head) or entity
    if named and entity is None:  # "BECTA wrote" after "BECTA warned"
        entity = same_name_bearer(ctx, speaker.text)
    if entity is not None and entity.type != "PLACE" or (
        entity is not None and head is not None and head.pos_ == "PROPN"
    ):
        speaker.entity_id = entity.id if entity else None
        return speaker
    span = ctx.doc.char_span(start, end, alignment_mode="expand") if entity is None else None
    organisation = described_organisation(ctx, span) if span is not None else None
    organisation = organisation or (titled_person(ctx, span) if span is not None else None)
    if organisation is not None:  # "the agency said" after "the ... Agency (BECTA) said"
        speaker.entity_id = organisation.id
        return speaker
    # An unnamed source: keep its description, and the entity it is affiliated with.
    speaker.description = ctx.text[start:end]
    inside = [m for m in ctx.mentions_in(start, end) if m[2].type != "PLACE"]
    inside = inside or ctx.mentions_in(start, end)
    owner = _possessor(ctx, head, speakers) if head is not None and not inside else None
    if inside:
        speaker.affiliation_entity_id = inside[0][2].id
    elif owner is not None:
        speaker.affiliation_entity_id = owner.id  # "his spokesman": the one "his" stands for
    elif head is not None:
        lemma = head.lemma_.lower()
        for _, earlier in reversed(speakers):
            if earlier.description and earlier.affiliation_entity_id:
                words = {w.lower().rstrip("s") for w in earlier.description.split()}
                if lemma.rstrip("s") in words:
                    speaker.affiliation_entity_id = earlier.affiliation_entity_id
                    break
    return speaker


#: Speakers that refer by order to one of the two named just before: the last of them
#: (-1) or the one before it (-2).
ORDER_REFERENCES = {"the latter": -1, "the former": -2}

#: Entity types "the latter" / "the former" may stand for.
ORDER_TYPES = frozenset({"PERSON", "ORG", "GROUP"})


def _latter_or_former(ctx: Context, pos: int, which: int) -> Any:
    """The entity "the latter" (``which`` -1) or "the former" (-2) at ``pos`` stands for:
    of the last two people, organisations or groups named in its sentence and the one
    before, outside quotes, the later or the earlier ("Saltburn's Alison Oliver joins
    Charli XCX to present. The latter shouts out ...": Charli XCX); None unless two are
    named. From real pages (fundus-eval: 3 quotes of 1 page, where "the latter" was left
    a bare description; two were a "Speaking of which" misread as a cue, see
    :mod:`fivew.quotes_noncues`, and the third names a singer the model did not tag);
    PolNeAR has no such speaker."""
    sentence = ctx.sentence_of(pos)
    lo = ctx.sent_starts[max(0, sentence - 1)]
    order: list[Any] = []
    for start, _, entity in ctx.mentions_in(lo, pos):
        if entity.type in ORDER_TYPES and not ctx.quoted(start):
            order = [e for e in order if e.id != entity.id] + [entity]
    return order[which] if len(order) >= 2 else None


#: Parts of speech of a capitalised word that is no surname ("The One to Watch").
NOT_NAME_POS = frozenset({"NUM", "PRON", "DET"})

#: Entity types of a lone name speaking that the model got wrong where a person's full
#: name ends with it ("Covic" a group, "Lara" a place). Not an organisation: "Tata says"
#: after "Ratan N. Tata" is the company as often.
NOT_SPEAKER_TYPES = frozenset({"PLACE", "GROUP", "OTHER"})


def _last_sentence(ctx: Context, entity: Entity, pos: int, speakers: list[tuple[int, Speaker]],
                   described: Speaker) -> int:
    """The sentence ``entity`` was last named or spoke in before ``pos``, a name inside the
    ``described`` source ("a spokesman for Smith") left out."""
    named = [m.start for m in entity.mentions
             if m.start < pos and not described.start <= m.start < described.end]
    named += [at for at, s in speakers if at < pos and s.entity_id == entity.id]
    return ctx.sentence_of(max(named)) if named else -1


def _possessor(ctx: Context, head: Any, speakers: list[tuple[int, Speaker]]) -> Entity | None:
    """The entity a possessive pronoun on an unnamed source stands for ("his spokesman",
    "her husband", "its website"), found as a pronoun speaker's is (:func:`antecedent`).
    Before, only a name inside the description gave an affiliation ("an aide to Massoud");
    on 688 real pages (fundus-eval, l3s-gn1) 48 of 56 descriptions opening with "his",
    "her", "its" or "their" had none."""
    poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    role = load_quote_lists().pronouns.get(poss.lower_) if poss is not None else None
    if poss is None or role not in PRONOUN_TYPES:
        return None
    return antecedent(ctx, int(poss.idx), PRONOUN_TYPES[role], PRONOUN_GENDER.get(poss.lower_),
                      speakers)


def medium_of(ctx: Context, attr: Attribution, contents: list[tuple[int, int]]) -> Span | None:
    """Addressee and channel of the cue: 'told Reuters by telephone', 'in a statement'."""
    medium: Span | None = attr.extra.get("medium")  # set where it was found: "@SpeakerRyan"
    if medium is not None:
        return medium
    tok = attr.cue_token
    if tok is None or "speaker_of" in attr.extra:
        return None
    lists = load_quote_lists()
    parts: list[Any] = []
    if quoted_person(tok) is not None:  # "State television quoted X as saying": the medium
        parts.extend(c for c in tok.head.head.children if c.dep_ == "nsubj")
    holders = [tok]
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in lists.artifacts:
        holders.append(tok.head)  # "a statement on <feed> saying"
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("dative", "dobj") and tok.lemma_.lower() in ("tell", "inform",
                                                                            "brief", "notify"):
                if child.pos_ in ("PROPN", "NOUN") or ctx.entity_at(child.idx, token_end(child)):
                    parts.append(child)
            elif child.dep_ == "prep" and child.lower_ in lists.medium_preps:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and (objects[0].lemma_.lower() in lists.medium_nouns
                                or (objects[0].pos_ == "PROPN" and ctx.entity_at(
                                    objects[0].idx, token_end(objects[0])))):
                    parts.append(objects[0] if holder is not tok else child)
    if not parts:
        return None
    start = min(int(p.left_edge.idx) for p in parts)
    end = max(token_end(p.right_edge) for p in parts)
    if any(s < end and start < e for s, e in contents) or start < attr.cue[1] <= start:
        return None
    return Span(start=start, end=end, text=ctx.text[start:end])
