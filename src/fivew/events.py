"""Stage ``events``: what happened, to whom, where, when, how sure, and who says so.

Reads ``Article._doc`` (the spaCy parse), ``entities``, ``quotes``, ``places``, ``times``
and ``published``; writes ``Article.events`` and ``Article.figures``. It runs after the
quotes and places stages and uses what they found; with no quotes or places it still codes
events, reading sources off the reporting verbs and leaving ``place`` empty.

Each event is coded to PLOVER (type and mode) from one sentence, by general rules on the
dependency parse (the words are in ``resources/events_lexicon.json``, the rules in
:mod:`fivew.events_rules`, the parts in :mod:`fivew.events_parts`):

1. **Triggers**: event verbs and licensed event nouns ("launched an offensive").
2. **Frames** turn a trigger into what the sentence says of it: "ready to fight" is a
   THREATEN (conditional when an "if" clause hangs on it), "hoped to hold talks" an AGREE
   (planned), "need support"/"called for" a REQUEST, "refused to hand it over" a REJECT
   (mode yield), "should not be recognised" in reported speech a REQUEST by the speaker.
   Events inside an "if" clause are conditions, not events.
3. **Modality**: negated ("no reports of fighting"), planned ("will"), ongoing ("were
   heading"), claimed (a material event inside someone's quote: its ``claimant`` is the
   quote), else occurred.
4. **Disputes**: a negated event in a later quote from another source, within
   DISPUTE_MAX_SENTENCES, disputes the nearest claimed event of a compatible type: it joins
   that event's ``claims`` with stance "disputes" and the event is ``disputed``.
5. **Anaphora**: "the operation ... carried out by local militia groups" in the next
   sentence names the actor of the event just reported; the words go to ``references``.
   Nothing else crosses a sentence, except a pronoun resolved to an entity.

Time is the expression nearest the event in the parse, else the dateline (``time_basis``
"dateline"). PLOVER is mapped to CAMEO roots and ACLED types by :mod:`fivew.events_tables`;
:mod:`fivew.events_acled` adds the classifier's ACLED-style sub-event type per sentence.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from fivew.article import Article, Claim, Event, Participant, Quote, Span
from fivew.events_acled import add_acled_subtypes
from fivew.events_parts import (
    Index,
    figures,
    object_of,
    participant,
    place_of,
    quote_source,
    subject_of,
    time_of,
)
from fivew.events_rules import (
    FORCE_TYPES,
    PARTICLE_DEPS,
    REQUEST_AUX,
    VERBAL_TYPES,
    Lexicon,
    Trigger,
    aux_words,
    condition_of,
    frame_of,
    frame_word,
    in_condition,
    lemmas,
    load_lexicon,
    negated,
    tense_modality,
    triggers,
)
from fivew.events_tables import acled_type, cameo_root

__all__ = ["find_events", "DISPUTE_MAX_SENTENCES"]

#: A denial disputes a claim made at most this many sentences before it.
DISPUTE_MAX_SENTENCES = 2

#: Confidence of an event: a base by kind of trigger, raised when a frame or an entity
#: supports it. Hand-set on the seed story; re-run ``fivew evaluate events`` (PLOVER
#: records) after changing them.
CONFIDENCE_VERB = 0.7
CONFIDENCE_NOUN = 0.6
CONFIDENCE_FRAME_BONUS = 0.1
CONFIDENCE_ACTOR_BONUS = 0.1
CONFIDENCE_MAX = 0.95

#: Nouns that refer back to an armed event ("the operation").
ANAPHOR_NOUNS = frozenset({"operation", "attack", "offensive", "assault", "raid", "campaign"})

#: A frame word further than this many words from its event word is left out of the
#: trigger span ('want to make the Taliban realise ... negotiation': the trigger is
#: 'negotiation'; 'refused to hand it over' keeps 'refused').
TRIGGER_MAX_GAP = 4

#: Particles kept in a trigger span ('took back', 'hand over', 'called for').
PHRASAL_PARTICLES = frozenset({"back", "over", "out", "down", "up", "off", "for", "on"})

#: Modalities that point forward in time: an expression before the dateline cannot date them.
FORWARD_MODALITIES = frozenset({"planned", "threatened", "conditional"})

_REFUSE_MODES = {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AGREE": "meet",
                 "AID": "assist", "SUPPORT": "assist", "COOPERATE": "assist"}
_STANDALONE_FRAMES = {"request": "REQUEST", "refuse": "REJECT", "threaten": "THREATEN"}
_STANDALONE_REQUESTS = frozenset({"call for", "call on", "demand", "urge", "appeal"})


@dataclass
class _Draft:
    sent_no: int
    sent: Any
    tokens: list[Any]
    content: Any
    type: str
    mode: str | None
    modality: str
    actor: Participant | None
    recipient: Participant | None
    quote: Quote | None
    confidence: float
    place: str | None = None
    claims: list[Claim] = field(default_factory=list)
    references: list[Span] = field(default_factory=list)
    drop: bool = False


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _tok_span(text: str, tokens: list[Any]) -> Span:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    return _span(text, start, end)


def _between_party(sent: Any, a: Any, b: Any, idx: Index, actor: str | None) -> Any:
    """A named party between a frame word and its content ('want to make the Taliban
    realise ... negotiation'): the other side of a wish or request."""
    lo, hi = sorted((a.i, b.i))
    for tok in sent.doc[lo + 1:hi]:
        eid = idx.entity_at(tok.idx, tok.idx + len(tok))
        if eid and eid != actor and idx.entity_types.get(eid) in ("ORG", "PERSON", "GROUP"):
            return tok
    return None


def _reporter(tok: Any, lex: Lexicon) -> Any:
    """Without quotes: the subject of the reporting verb above ``tok``, if any."""
    for anc in tok.ancestors:
        if any(lem in lex.reporting_verbs for lem in lemmas(anc)):
            return next((c for c in anc.children if c.dep_ == "nsubj"), None)
    return None


def _draft(trig: Trigger, sent_no: int, sent: Any, lex: Lexicon, idx: Index,
           used_frames: set[int]) -> _Draft | None:
    type_, mode = trig.type, trig.mode
    modality = tense_modality(trig)
    tokens = [trig.tok] if trig.anchor is trig.tok else [trig.anchor, trig.tok]
    actor_tok = subject_of(trig.anchor)
    if trig.nominal and actor_tok is None:
        actor_tok = next((c for c in trig.tok.children if c.dep_ == "poss"), None)
    recipient_tok = object_of(trig.tok) or (object_of(trig.anchor) if trig.nominal else None)
    confidence = CONFIDENCE_NOUN if trig.nominal else CONFIDENCE_VERB
    is_negated = negated(trig, lex)
    found = frame_of(trig.anchor, lex) or (frame_of(trig.tok, lex) if trig.nominal else None)
    if found is not None:
        kind, ftok = found
        used_frames.add(ftok.i)
        tokens = sorted({*tokens, ftok}, key=lambda t: t.i)
        cond = condition_of([ftok, trig.anchor])
        actor_tok = subject_of(ftok) if kind != "deny" else actor_tok
        confidence += CONFIDENCE_FRAME_BONUS
        if kind in ("ready", "threaten", "desire") and type_ in FORCE_TYPES:
            type_, mode = "THREATEN", "violence"
            modality = "conditional" if cond is not None else "threatened"
            if cond is not None:
                recipient_tok = subject_of(cond) or recipient_tok
        elif kind in ("ready", "desire"):
            if type_ in ("CONSULT", "AGREE", "COOPERATE"):
                type_, mode = "AGREE", None
            modality = "conditional" if cond is not None else "planned"
            if recipient_tok is None:
                actor_id = participant(actor_tok, idx)
                recipient_tok = _between_party(sent, ftok, trig.tok, idx,
                                               actor_id.entity_id if actor_id else None)
        elif kind == "request":
            type_, mode = "REQUEST", lex.request_modes.get(type_, "change")
            modality = "conditional" if cond is not None else "occurred"
            recipient_tok = object_of(ftok, frozenset({"on", "upon"}))
            if recipient_tok is not None and recipient_tok.i in (trig.tok.i, trig.anchor.i):
                recipient_tok = None  # 'need support': the object is what is asked for
        elif kind == "refuse":
            type_, mode = "REJECT", _REFUSE_MODES.get(type_, "change")
            modality = "occurred"
            recipient_tok = None
        elif kind == "deny":
            is_negated = True
        if any(c.dep_ == "neg" for c in ftok.children):
            modality = "negated"
    elif is_negated:
        modality = "negated"
    quote = idx.quote_for(trig.tok)
    actor = participant(actor_tok, idx)
    if found is None and aux_words(trig.anchor) & REQUEST_AUX and quote and quote.speaker:
        # '(he said) a regime should not be recognised by the international community'
        recipient_tok = actor_tok
        s = quote.speaker
        actor = Participant(start=s.start, end=s.end, text=s.text, entity_id=s.entity_id)
        mode = "change" if is_negated else lex.request_modes.get(type_, "change")
        type_, modality = "REQUEST", "occurred"
    if found is not None and found[0] == "deny":
        modality = "negated"
    tokens += [c for t in (trig.tok, trig.anchor) for c in t.children
               if c.dep_ in PARTICLE_DEPS and c.lower_ in PHRASAL_PARTICLES]
    if found is not None and abs(found[1].i - trig.tok.i) > TRIGGER_MAX_GAP:
        tokens = [t for t in tokens if t is not found[1]]
    return _Draft(sent_no, sent, tokens, trig.tok, type_, mode, modality, actor,
                  participant(recipient_tok, idx), quote, confidence)


def _standalone(ftok: Any, kind: str, sent_no: int, sent: Any, lex: Lexicon,
                idx: Index) -> _Draft | None:
    """A request, refusal or threat with no event under it ('called for a government')."""
    type_ = _STANDALONE_FRAMES.get(kind)
    if type_ is None or in_condition(ftok):
        return None
    mode = None
    key = next((k for k in lex.frames if k in (ftok.lemma_.lower(),) or
                any(k == f"{lem} {c.lower_}" for lem in lemmas(ftok) for c in ftok.children)),
               None)
    obj = object_of(ftok, frozenset({"for"}))
    if type_ == "REQUEST":
        if key not in _STANDALONE_REQUESTS or obj is None:
            return None
        mode = next((lex.request_objects[lem] for lem in lemmas(obj)
                     if lem in lex.request_objects), None)
    modality = "negated" if any(c.dep_ == "neg" for c in ftok.children) else "occurred"
    content = obj if obj is not None else ftok
    tokens = [ftok] + [c for c in ftok.children if c.dep_ == "prep" and key and
                       key.endswith(" " + c.lower_)]
    return _Draft(sent_no, sent, tokens, content, type_, mode, modality,
                  participant(subject_of(ftok), idx), None, idx.quote_for(content),
                  CONFIDENCE_VERB)


def _claims(d: _Draft, lex: Lexicon, degraded: bool) -> None:
    """Link a draft to the quote that reports it; a material event in someone else's words
    is 'claimed'."""
    q = d.quote
    if q is not None and q.speaker is not None:
        source = Span(start=q.speaker.start, end=q.speaker.end, text=q.speaker.text)
        entity = quote_source(q)
        d.claims.append(Claim(stance="asserts", quote_id=q.id, source=source, entity_id=entity))
        speaker_is_actor = d.actor is not None and d.actor.entity_id is not None and \
            d.actor.entity_id == q.speaker.entity_id
        if d.actor is None and d.type in VERBAL_TYPES and q.speaker.entity_id:
            s = q.speaker
            d.actor = Participant(start=s.start, end=s.end, text=s.text, entity_id=s.entity_id)
            speaker_is_actor = True
        if not speaker_is_actor and d.modality in ("occurred", "ongoing"):
            d.modality = "claimed"
        return
    if degraded:
        who = _reporter(d.content, lex)
        if who is not None:
            source = Span(start=who.idx, end=who.idx + len(who), text=who.text)
            d.claims.append(Claim(stance="asserts", source=source))
            if d.type not in VERBAL_TYPES and d.modality in ("occurred", "ongoing"):
                d.modality = "claimed"


def _disputes(drafts: list[_Draft], text: str) -> None:
    """A negated event in a later quote by another source disputes a claimed one."""
    for n, denial in enumerate(drafts):
        if denial.modality != "negated" or not denial.claims:
            continue
        denier = denial.claims[0]
        for claimed in reversed(drafts[:n]):
            if denial.sent_no - claimed.sent_no > DISPUTE_MAX_SENTENCES:
                break
            if claimed.drop or claimed.modality != "claimed" or not claimed.claims:
                continue
            compatible = claimed.type == denial.type or (
                claimed.type in FORCE_TYPES and denial.type in FORCE_TYPES)
            asserter = claimed.claims[0]
            same_source = bool(asserter.entity_id and asserter.entity_id == denier.entity_id) or (
                asserter.quote_id is not None and asserter.quote_id == denier.quote_id) or (
                asserter.source is not None and denier.source is not None
                and asserter.source.text.lower() == denier.source.text.lower())
            if compatible and not same_source:
                if all(c.quote_id != denier.quote_id or c.stance != "disputes"
                       for c in claimed.claims):
                    claimed.claims.append(denier.model_copy(update={
                        "stance": "disputes",
                        "evidence": _span(text, denial.sent.start_char, denial.sent.end_char)}))
                denial.drop = True
                break


def _anaphora(doc: Any, sents: list[Any], drafts: list[_Draft], idx: Index) -> None:
    """'the operation, which he said had been carried out by local militia groups': the
    agent names the actor of the armed event of the sentence before."""
    for sent_no, sent in enumerate(sents):
        for tok in sent:
            if tok.lemma_.lower() not in ANAPHOR_NOUNS or not any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
                continue
            earlier = [d for d in drafts if d.sent_no == sent_no - 1 and not d.drop
                       and d.type in FORCE_TYPES and d.modality != "negated"]
            if len(earlier) != 1:
                continue
            target = earlier[0]
            agent = next((g for t in tok.subtree for c in t.children if c.dep_ == "agent"
                          for g in c.children if g.dep_ == "pobj"), None)
            target.references.append(_span(idx.text, tok.idx - 4 if doc[tok.i - 1].lower_ ==
                                           "the" else tok.idx, tok.idx + len(tok)))
            if agent is not None and (target.actor is None or target.actor.entity_id is None):
                target.actor = participant(agent, idx)


def _time(d: _Draft, article: Article, lex: Lexicon) -> dict[str, Any]:
    t = time_of(d.tokens, d.sent, article.times, lex)
    if t is not None and d.modality in FORWARD_MODALITIES and article.published and \
            t.value and t.value[:10] < article.published[:10] and t.value[:1].isdigit():
        t = None  # 'hoped to hold talks ... a week ago': the past dates another verb
    if t is not None:
        return {"time": t.id, "time_value": t.value, "time_basis": "expression"}
    if article.published:
        return {"time": None, "time_value": article.published[:10], "time_basis": "dateline"}
    return {}


def find_events(article: Article) -> Article:
    """Write ``article.events`` and ``article.figures`` from the parse and earlier stages."""
    doc = article._doc
    if doc is None or len(doc.text) != len(article.text):
        article.note_error("events", "E501", "no parse of the full text: events not coded")
        return article
    lex = load_lexicon()
    idx = Index(article)
    article.figures = figures(article, doc, idx, lex)
    sents = list(doc.sents)
    drafts: list[_Draft] = []
    for sent_no, sent in enumerate(sents):
        used_frames: set[int] = set()
        for trig in triggers(sent, lex):
            if not in_condition(trig.tok):
                d = _draft(trig, sent_no, sent, lex, idx, used_frames)
                if d is not None:
                    drafts.append(d)
        for tok in sent:
            kind = frame_word(tok, lex)
            if kind is not None and tok.i not in used_frames:
                d = _standalone(tok, kind, sent_no, sent, lex, idx)
                if d is not None:
                    drafts.append(d)
    degraded = not article.quotes
    for d in drafts:
        _claims(d, lex, degraded)
    _disputes(drafts, article.text)
    _anaphora(doc, sents, drafts, idx)
    kept = [d for d in drafts if not d.drop]
    per_sentence = Counter(d.sent_no for d in kept)
    article.events = [_event(n, d, article, idx, lex, per_sentence[d.sent_no] == 1)
                      for n, d in enumerate(kept, start=1)]
    return add_acled_subtypes(article)


def _event(n: int, d: _Draft, article: Article, idx: Index, lex: Lexicon, sole: bool) -> Event:
    """The record's event for a draft; ``sole``: the only event of its sentence."""
    text = article.text
    material = d.type not in VERBAL_TYPES or d.type in ("REJECT",)
    place = place_of([t for t in d.tokens], idx, objects=material)
    confidence = d.confidence + (CONFIDENCE_ACTOR_BONUS if d.actor and d.actor.entity_id else 0)
    ev_start, ev_end = d.sent.start_char, d.sent.end_char
    while ev_end > ev_start and text[ev_end - 1].isspace():
        ev_end -= 1
    figs = [f.id for f in article.figures if ev_start <= f.start < ev_end and (
        sole or any(p is not None and p.start <= f.start < p.end for p in (d.actor, d.recipient)))]
    asserts = [c for c in d.claims if c.stance == "asserts"]
    return Event(
        id=f"ev{n}", type=d.type, mode=d.mode, modality=d.modality,  # type: ignore[arg-type]
        trigger=_tok_span(text, d.tokens), evidence=_span(text, ev_start, ev_end),
        actor=d.actor, recipient=d.recipient, place=place, **_time(d, article, lex),
        claimant=asserts[0].quote_id if asserts else None, claims=d.claims,
        disputed=any(c.stance == "disputes" for c in d.claims), figures=figs,
        references=d.references, cameo=cameo_root(d.type, d.mode),
        acled=acled_type(d.type, d.mode), confidence=min(CONFIDENCE_MAX, confidence))
