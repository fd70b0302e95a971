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

Who did it and to whom (:mod:`fivew.events_links`): the subject is carried to coordinated,
participial and purpose clauses ("opened fire and killed", "fired at the mob, killing
three"); a passive's agent acts and its subject suffers ("were killed by police"), and a
harm names its agent through its cause ("killed in police firing"); the weapon of "opened
fire" or "fired rounds" is no recipient; the second of two subjects of a joint act is its
recipient. A failure to act ("failed to stop", "did not intervene", "looked the other
way") is the intervention, negated. An act the actor says it will do is a THREATEN when
hostile and an AGREE when cooperative. What crosses sentences (steps 4 and 5) is in
:mod:`fivew.events_discourse`.

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
from fivew.events_discourse import DISPUTE_MAX_SENTENCES, anaphora, disputes
from fivew.events_links import (
    JOINT_TYPES,
    between_party,
    cause_agent,
    failure_word,
    failures,
    harm_head,
    joint_recipient,
    noun_agent,
    patient_of,
    phrase_object,
    reporter_of,
    stated_intent,
)
from fivew.events_parts import (
    RECIPIENT_PREPS,
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
    hyphen_prefix,
    in_condition,
    lemmas,
    load_lexicon,
    negated,
    tense_modality,
    triggers,
)
from fivew.events_tables import acled_type, cameo_root

__all__ = ["find_events", "DISPUTE_MAX_SENTENCES"]

#: Confidence of an event: a base by kind of trigger, raised when a frame or an entity
#: supports it. Hand-set on the seed story; re-run ``fivew evaluate events`` (PLOVER
#: records) after changing them.
CONFIDENCE_VERB = 0.7
CONFIDENCE_NOUN = 0.6
CONFIDENCE_FRAME_BONUS = 0.1
CONFIDENCE_ACTOR_BONUS = 0.1
CONFIDENCE_MAX = 0.95

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


def _draft(trig: Trigger, sent_no: int, sent: Any, lex: Lexicon, idx: Index,
           used_frames: set[int]) -> _Draft | None:
    type_, mode = trig.type, trig.mode
    modality = tense_modality(trig)
    tokens = [trig.tok] if trig.anchor is trig.tok else [trig.anchor, trig.tok]
    actor_tok = subject_of(trig.anchor)
    if trig.nominal and actor_tok is None:
        actor_tok = next((c for c in trig.tok.children if c.dep_ == "poss"), None)
    recipient_tok = object_of(trig.tok) or (object_of(trig.anchor) if trig.nominal else None)
    harm = harm_head(trig.tok) if trig.nominal or trig.tok.dep_ == "acl" else None
    if harm is not None:  # 'two were killed in police firing': the harm is the event's
        tokens.append(harm)
        recipient_tok = patient_of(harm) or subject_of(harm)
        actor_tok = actor_tok or noun_agent(trig.tok)
    elif not trig.nominal:
        actor_tok = actor_tok or cause_agent(trig.tok, lex)
        if type_ == "AID":  # 'provided aid to X', 'gave X a grant': the receiver
            recipient_tok = object_of(trig.tok, frozenset({"to"}), skip=next(
                (c for c in trig.tok.children if c.dep_ == "dobj"), None)) or recipient_tok
        weapon = phrase_object(trig.tok, lex)  # 'opened fire on the mob': not 'fire'
        if weapon is not None:
            tokens.append(weapon)
            recipient_tok = object_of(weapon.head, RECIPIENT_PREPS - {"to"}, skip=weapon)
        patient = patient_of(trig.tok)  # 'were taken into custody at ...': the patient
        if patient is not None and (recipient_tok is None or recipient_tok.dep_ == "pobj"):
            recipient_tok = patient
        if type_ in JOINT_TYPES:
            recipient_tok = joint_recipient(trig.tok, actor_tok, frozenset({"with"}))
    prefix = hyphen_prefix(trig.tok)
    if prefix is not None:  # 'lathi-charged'
        tokens.append(prefix)
    if actor_tok is not None and prefix is not None and actor_tok.i == prefix.i:
        actor_tok = next((c for c in actor_tok.children if c.dep_ == "compound"), None)
    if recipient_tok is not None and recipient_tok.i == trig.tok.i:
        recipient_tok = None  # 'resorted to firing': the event itself
    confidence = CONFIDENCE_NOUN if trig.nominal else CONFIDENCE_VERB
    is_negated = negated(trig, lex) or failure_word(trig.anchor, lex) is not None
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
                recipient_tok = between_party(sent, ftok, trig.tok, idx,
                                               actor_id.entity_id if actor_id else None)
        elif kind == "request":
            type_, mode = "REQUEST", lex.request_modes.get(type_, "change")
            modality = "conditional" if cond is not None else "occurred"
            recipient_tok = object_of(ftok, frozenset({"on", "upon"}))
            if recipient_tok is not None and recipient_tok.i in (trig.tok.i, trig.anchor.i):
                recipient_tok = None  # 'need support': the object is what is asked for
        elif kind == "refuse":
            type_, mode = "REJECT", _REFUSE_MODES.get(type_, "change")
            modality = "occurred"  # 'rejected an Australian ultimatum': who made it
            recipient_tok = noun_agent(trig.tok) if trig.nominal else None
        elif kind == "deny" and type_ == "REQUEST":  # 'dismissed an appeal'
            type_, mode, modality = "REJECT", None, "occurred"
            actor_tok, recipient_tok = subject_of(ftok), None
        elif kind == "deny":
            is_negated = True
        if any(c.dep_ == "neg" for c in ftok.children):
            modality = "negated"
    elif not is_negated and modality == "planned":  # 'said they would boycott': a threat
        type_, mode, modality = stated_intent(trig, type_, mode, lex)
    elif is_negated:
        modality = "negated"
    quote = idx.quote_for(trig.tok)
    actor = participant(actor_tok, idx, skip=trig.tok)
    reporter = None if quote else reporter_of(trig.anchor, lex)
    if found is None and aux_words(trig.anchor) & REQUEST_AUX and (
            quote and quote.speaker or reporter is not None):
        # '(he said) a regime should not be recognised by the international community'
        recipient_tok = actor_tok
        if quote and quote.speaker:
            s = quote.speaker
            actor = Participant(start=s.start, end=s.end, text=s.text, entity_id=s.entity_id)
        else:  # 'Russia said that Sudan must return the helicopter'
            actor = participant(reporter, idx)
        mode = "change" if is_negated else lex.request_modes.get(type_, "change")
        type_, modality = "REQUEST", "occurred"
    if found is not None and found[0] == "deny" and type_ != "REJECT":
        modality = "negated"
    tokens += [c for t in (trig.tok, trig.anchor) for c in t.children
               if c.dep_ in PARTICLE_DEPS and c.lower_ in PHRASAL_PARTICLES or
               c.lower_ == "dead" and c.dep_ != "nsubj"]  # 'shot dead'
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
    recipient = None
    if type_ == "REQUEST":
        clause = next((c for c in ftok.children if c.dep_ == "ccomp"), None)
        if obj is None and clause is not None:  # 'demanded that the US cancel its plans'
            recipient = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            obj, mode = (clause, "change") if recipient is not None else (None, None)
        if key not in _STANDALONE_REQUESTS or obj is None:
            return None
        mode = mode or next((lex.request_objects[lem] for lem in lemmas(obj)
                             if lem in lex.request_objects), None)
    modality = "negated" if any(c.dep_ == "neg" for c in ftok.children) else "occurred"
    content = obj if obj is not None else ftok
    tokens = [ftok] + [c for c in ftok.children if c.dep_ == "prep" and key and
                       key.endswith(" " + c.lower_)]
    return _Draft(sent_no, sent, tokens, content, type_, mode, modality,
                  participant(subject_of(ftok), idx), participant(recipient, idx),
                  idx.quote_for(content), CONFIDENCE_VERB)


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
        who = reporter_of(d.content, lex)
        if who is not None:
            source = Span(start=who.idx, end=who.idx + len(who), text=who.text)
            d.claims.append(Claim(stance="asserts", source=source))
            if d.type not in VERBAL_TYPES and d.modality in ("occurred", "ongoing"):
                d.modality = "claimed"


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
        found = triggers(sent, lex)
        for trig in found:
            if not in_condition(trig.tok):
                d = _draft(trig, sent_no, sent, lex, idx, used_frames)
                if d is not None:
                    drafts.append(d)
        coded = {t.tok.i for t in found}
        for trig in failures(sent, lex):  # 'police failed to stop the mob'
            d = None if trig.tok.i in coded else _draft(trig, sent_no, sent, lex, idx,
                                                         used_frames)
            if d is not None:
                d.type, d.mode, d.modality = "COERCE", None, "negated"
                d.actor = d.actor or participant(noun_agent(trig.tok), idx)
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
    disputes(drafts, article.text)
    anaphora(doc, sents, drafts, idx)
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
