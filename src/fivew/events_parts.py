"""The parts of an event read off the parse: who, to whom, where, when, and figures.

Each function takes a token of the spaCy parse and the record's annotations, and returns
the record's ids and spans; none looks beyond the sentence except to resolve a pronoun.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from fivew.article import Article, Figure, Participant, Quote, Span
from fivew.events_rules import Lexicon, lemmas

#: Prepositions that put an event at a place ('in', 'towards' ...).
PLACE_PREPS = frozenset({"in", "at", "near", "on", "into", "towards", "toward", "across",
                         "inside", "outside", "around", "to", "onto", "through", "from"})

#: Prepositions that name the other party of an event.
RECIPIENT_PREPS = frozenset({"with", "against", "on", "upon", "at", "to", "towards"})

#: At most this many heads between a time expression and the event it dates ('took back
#: ... bordering Panjsher last week': 2; 'the fall of Kabul on Sunday' is 6 from 'took').
TIME_MAX_HOPS = 3

#: A third-person pronoun outside a quote looks back this many characters for its person.
PRONOUN_LOOKBACK = 300

_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "ours", "mine"})
_THIRD_PERSON = frozenset({"he", "she", "him", "her", "his", "hers"})
_THING = frozenset({"it", "its"})
_RELATIVE = frozenset({"which", "who", "that", "whom", "whose"})
_QUANTITY_HEADS = frozenset({"hundred", "thousand", "dozen", "score", "million", "number",
                             "hundreds", "thousands", "dozens", "scores", "millions"})
_QUALIFIERS = ("more than", "less than", "fewer than", "at least", "up to", "about",
               "around", "nearly", "almost", "over", "some", "roughly", "approximately")
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20,
                 "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000,
                 "dozen": 12, "hundreds": 100, "thousands": 1000, "dozens": 12,
                 "million": 1_000_000, "millions": 1_000_000, "scores": 20}
_SKIP_NUMBER_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"})


class Index:
    """Entity mentions, places and quotes of a record, looked up by character offset."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        mentions = sorted((m.start, m.end, e.id, e.type) for e in article.entities
                          for m in e.mentions)
        self._mentions = mentions
        self._mention_starts = [m[0] for m in mentions]
        self._places = sorted((m.start, m.end, p.id) for p in article.places
                              for m in p.mentions)
        self.quotes = sorted(article.quotes, key=lambda q: q.end - q.start)
        self.persons = [(m[0], m[2]) for m in mentions if m[3] == "PERSON"]
        self.entity_types = {e.id: e.type for e in article.entities}
        self.place_of_entity = {p.entity_id: p.id for p in article.places if p.entity_id}

    def entity_at(self, start: int, end: int) -> str | None:
        i = bisect.bisect_right(self._mention_starts, end) - 1
        while i >= 0:
            s, e, eid, _ = self._mentions[i]
            if s < end and start < e:
                return eid
            if e < start - 200:
                break
            i -= 1
        return None

    def place_at(self, start: int, end: int) -> str | None:
        for s, e, pid in self._places:
            if s < end and start < e:
                return pid
        return None

    def quote_at(self, pos: int) -> Quote | None:
        """The innermost quote whose content holds offset ``pos``."""
        for q in self.quotes:
            if q.start <= pos < q.end:
                return q
        return None

    def quote_for(self, tok: Any) -> Quote | None:
        """The quote that reports the word ``tok``: of the quotes whose content holds it, the
        innermost whose cue governs it in the parse, else the innermost."""
        holding = [q for q in self.quotes if q.start <= tok.idx < q.end]
        if len(holding) < 2:
            return holding[0] if holding else None
        above = [a.idx for a in tok.ancestors]
        for q in holding:
            if q.cue is not None and any(q.cue.start <= i < q.cue.end for i in above):
                return q
        return holding[0]

    def person_before(self, pos: int) -> str | None:
        best = None
        for start, eid in self.persons:
            if pos - PRONOUN_LOOKBACK <= start < pos:
                best = eid
        return best


def quote_source(q: Quote) -> str | None:
    """The entity a quote comes from: its speaker's, else the unnamed source's affiliation."""
    if q.speaker is None:
        return None
    return q.speaker.entity_id or q.speaker.affiliation_entity_id


def resolve_pronoun(tok: Any, idx: Index) -> str | None:
    """The entity a pronoun stands for: 'we' in a quote is its speaker, 'he'/'his' in
    reported speech its speaker, else the person named just before; 'it' a place before."""
    low = tok.lower_
    quote = idx.quote_at(tok.idx)
    if low in _FIRST_PERSON:
        return quote.speaker.entity_id if quote and quote.speaker else None
    if low in _THIRD_PERSON:
        if quote is not None and quote.kind != "direct" and quote.speaker is not None:
            if quote.speaker.entity_id:
                return quote.speaker.entity_id
        return idx.person_before(tok.idx)
    if low in _THING:
        for t in reversed(list(tok.sent)[: tok.i - tok.sent.start]):
            eid = idx.entity_at(t.idx, t.idx + len(t))
            if eid and idx.entity_types.get(eid) == "PLACE":
                return eid
    return None


def np_span(tok: Any) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``tok``: its left modifiers and itself,
    plus an 'of' complement after a quantity ('hundreds of fighters')."""
    left = tok.left_edge
    while left.i < tok.i and (left.is_punct or left.dep_ in ("cc", "punct")):
        left = left.doc[left.i + 1]
    right = tok
    if tok.lemma_.lower() in _QUANTITY_HEADS or tok.like_num:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            right = of.right_edge
    return left.idx, right.idx + len(right)


#: Post-modifiers that belong to a party's name: 'the last bastion in the country',
#: 'rebels loyal to Machar', 'his counterpart, President Mattarella' (ConfliBERT's source
#: and target spans take them in; measured on its even-numbered sentences).
PARTY_PREPS = frozenset({"of", "in", "from", "at", "near", "on", "for", "to"})
PARTY_DEPS = frozenset({"appos", "amod", "acl", "npadvmod", "nummod"})


def party_span(tok: Any, skip: Any = None) -> tuple[int, int]:
    """Character span of a party: its noun phrase with the prepositional phrases,
    appositions and participles after its head, short of ``skip`` (the event's own word:
    'police' in 'police firing on the mob')."""
    start, end = np_span(tok)
    right = None
    for c in tok.children:
        if skip is not None and c.i >= skip.i:
            break
        if c.i > tok.i and ((c.dep_ == "prep" and c.lower_ in PARTY_PREPS) or
                            c.dep_ in PARTY_DEPS):
            right = c.right_edge
    if right is not None:
        while right.i > tok.i and (right.is_punct or right.dep_ in ("cc", "punct")):
            right = right.doc[right.i - 1]
        end = max(end, right.idx + len(right))
    return start, end


def participant(tok: Any | None, idx: Index, skip: Any = None) -> Participant | None:
    """The record's view of the party a head noun names, with its entity where known;
    its span stops short of ``skip``."""
    if tok is None:
        return None
    if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
        tok = tok.head.head
    if tok.ent_type_ in _SKIP_NUMBER_ENTS:  # 'on February 5', 'for a sixth day': no party
        return None
    start, end = party_span(tok, skip if skip is not None and skip.i > tok.i else None)
    entity = idx.entity_at(tok.idx, tok.idx + len(tok))
    if entity is None and tok.pos_ == "PRON":
        entity = resolve_pronoun(tok, idx)
    if entity is None:
        for child in tok.children:
            if child.dep_ in ("compound", "poss", "nmod", "amod"):
                entity = (resolve_pronoun(child, idx) if child.pos_ == "PRON"
                          else idx.entity_at(child.idx, child.idx + len(child)))
                if entity:
                    break
    return Participant(start=start, end=end, text=idx.text[start:end], entity_id=entity)


def subject_of(tok: Any) -> Any:
    """The subject of ``tok``'s clause, climbing through 'ready to', 'hoped to', 'refused to'."""
    current = tok
    for _ in range(4):
        subj = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass", "expl")),
                    None)
        agent = next((g for c in current.children if c.dep_ == "agent"
                      for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None:
            return agent
        if subj is not None and subj.dep_ == "nsubj":
            return subj
        if subj is not None:  # passive without agent: the actor is unknown
            return None
        if current.head.i == current.i:
            return None
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.pos_ in (
                "NOUN", "PROPN"):  # 'police firing on the mob', 'men carrying guns'
            return current.head
        if current.dep_ in ("xcomp", "acomp", "ccomp", "pcomp") or _shares_subject(current):
            current = current.head
            continue
        return None
    return None


#: Subordinators of an adverbial clause that shares its subject with the main verb
#: ('fired at the mob, killing three'; 'arrested them after raiding the house').
SHARED_SUBJECT_MARKS = frozenset({"after", "before", "while", "by", "without", "in", "on",
                                  "to"})


def _shares_subject(verb: Any) -> bool:
    """A verb with no subject of its own that takes its head's: a coordinated verb
    ('opened fire and killed'), a participial or purpose clause ('killing three', 'to
    disperse the mob')."""
    if verb.pos_ not in ("VERB", "AUX") or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "conj":
        return True
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VB"):
        marks = [c.lower_ for c in verb.children if c.dep_ in ("mark", "aux")]
        return all(m in SHARED_SUBJECT_MARKS for m in marks)
    return False


def object_of(tok: Any, preps: frozenset[str] = RECIPIENT_PREPS, skip: Any = None) -> Any:
    """The direct object of ``tok`` (other than ``skip``), else the object of one of its
    prepositions."""
    for c in tok.children:
        if c.dep_ in ("dobj", "dative") and (skip is None or c.i != skip.i):
            return c
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    if tok.dep_ == "nsubjpass" and tok.head.pos_ == "VERB":  # 'an offensive was launched on X'
        return object_of(tok.head, preps)
    return None


def place_of(tokens: list[Any], idx: Index, objects: bool) -> str | None:
    """The place an event happens at: a place in a 'in/at/towards ...' phrase on the event's
    words (and, for a material event, on its object), never one in another clause."""
    heads = list(tokens)
    if objects:
        heads += [c for t in tokens for c in t.children if c.dep_ == "dobj"]
    for head in heads:
        if objects and head.dep_ == "dobj":
            pid = idx.place_at(head.idx, head.idx + len(head))
            if pid is None and head.pos_ == "PRON":  # 'hand it over': it = Panjsher
                pid = idx.place_of_entity.get(resolve_pronoun(head, idx) or "")
            if pid:
                return pid
        for prep in (c for c in head.children if c.dep_ == "prep"):
            if prep.lower_ not in PLACE_PREPS:
                continue
            frontier = [g for g in prep.children if g.dep_ == "pobj"]
            for _ in range(3):  # 'in the northern province of Baghlan'
                nxt = []
                for obj in frontier:
                    pid = idx.place_at(obj.idx, obj.idx + len(obj))
                    if pid:
                        return pid
                    nxt += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj"]
                    nxt += [c for c in obj.children if c.dep_ == "compound"]
                frontier = nxt
    return None


def time_of(tokens: list[Any], sent: Any, times: list[Any], lex: Lexicon) -> Any:
    """The time expression of the sentence nearest in the parse to the event's words, if its
    path reaches them within TIME_MAX_HOPS heads without passing a reporting verb."""
    targets = {t.i for t in tokens}
    best: tuple[int, Any] | None = None
    for t in times:
        if not (sent.start_char <= t.start < sent.end_char):
            continue
        span = sent.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        current = span.root
        for hops in range(1, TIME_MAX_HOPS + 1):
            if current.head.i == current.i:
                break
            current = current.head
            if current.i in targets:
                if best is None or hops < best[0]:
                    best = (hops, t)
                break
            if any(lem in lex.reporting_verbs for lem in lemmas(current)):
                break
    return best[1] if best else None


def _number_value(tok: Any) -> float | None:
    text = tok.lower_.replace(",", "")
    try:
        return float(text)
    except ValueError:
        return float(_NUMBER_WORDS[text]) if text in _NUMBER_WORDS else None


def _unit(tok: Any, lex: Lexicon) -> Any:
    """What a number counts: its head noun, the noun after 'of', or what 'numbered' it."""
    if tok.dep_ in ("nummod", "quantmod") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        obj = next((g for g in of.children if g.dep_ == "pobj"), None)
        if obj is not None:
            return obj
    if tok.dep_ in ("dobj", "attr") and tok.head.lemma_ in ("number", "total", "reach"):
        verb = tok.head
        while verb.dep_ == "ccomp" and verb.head.i != verb.i:  # 'which one aide said numbered'
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                break
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ not in _RELATIVE:
            return subj
        for anc in tok.ancestors:  # 'his forces, which (one aide said) numbered 6,000'
            if anc.dep_ == "relcl":
                return anc.head
    return None


_QUALIFIER_RE = re.compile(r"(?:{})\s*$".format("|".join(re.escape(q) for q in _QUALIFIERS)),
                           re.IGNORECASE)


def figures(article: Article, doc: Any, idx: Index, lex: Lexicon) -> list[Figure]:
    """Numbers of people, fighters, places ... that the article reports, with their source."""
    out: list[Figure] = []
    for tok in doc:
        if tok.ent_type_ in _SKIP_NUMBER_ENTS:
            continue
        if not (tok.like_num or tok.lower_ in ("hundreds", "thousands", "dozens", "scores")):
            continue
        if tok.dep_ == "compound" or tok.head.like_num and tok.head.i != tok.i:
            continue
        value = _number_value(tok)
        unit = _unit(tok, lex)
        if value is None or unit is None or tok.lower_ == "one":
            continue
        if not any(lem in lex.figure_units for lem in lemmas(unit)):
            continue
        start, end = tok.idx, tok.idx + len(tok)
        m = _QUALIFIER_RE.search(article.text[max(0, start - 20):start])
        qualifier = None
        if m:
            qualifier = m.group(0).strip().lower()
            start = start - (len(article.text[max(0, tok.idx - 20):tok.idx]) - m.start())
        elif tok.lower_ in ("hundreds", "thousands", "dozens", "scores"):
            qualifier = tok.lower_
        quote = idx.quote_for(tok)
        source = None
        if quote is not None and quote.speaker is not None:
            s = quote.speaker
            source = Span(start=s.start, end=s.end, text=s.text)
        u_start, u_end = np_span(unit)
        out.append(Figure(
            id=f"f{len(out) + 1}", start=start, end=end, text=article.text[start:end],
            value=value, qualifier=qualifier, unit=unit.text if unit.i > tok.i
            else article.text[u_start:u_end], quote_id=quote.id if quote else None, source=source))
    return out
