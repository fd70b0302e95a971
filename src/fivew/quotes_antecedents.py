"""Antecedents of the ``quotes`` stage's pronoun speakers, and what the speaker rules look up.

- :class:`Context` holds sentences, entity mentions by offset, quoted stretches, and the
  gender each person entity allows a pronoun (:func:`entity_gender`: a title before one of
  its mentions, else its given name, from ``resources/quotes_names.json``).
- :func:`antecedent` finds the entity a "he"/"she"/"they"/"it" stands for: the nearest
  sentence first, subjects first, an earlier speaker past a quote's sentences.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from fivew.article import Article, Entity, Speaker
from fivew.entities_lists import name_gender
from fivew.quotes_rules import load_quote_lists, quote_sentence_starts

__all__ = ["Context", "antecedent", "described_antecedent", "entity_gender", "PRONOUN_TYPES",
           "PRONOUN_GENDER", "PERSON_ROLE_NOUNS", "FIRST_PERSON_WORDS"]

#: Entity types a pronoun can stand for.
PRONOUN_TYPES = {"PERSON": ("PERSON",), "PLURAL": ("ORG", "GROUP"), "ORG": ("ORG",)}

#: Gender a third-person pronoun asks of a person.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def entity_gender(entity: Entity, text: str) -> str | None:
    """'m', 'f' or None (unknown) for a person: from a title before one of its mentions
    ("Mrs. Clinton") or its given name ("Hillary Clinton")."""
    for mention in entity.mentions:
        before = text[max(0, mention.start - 12) : mention.start].lower().split()
        words = mention.text.lower().replace(".", "").split()
        titles = ([before[-1].rstrip(".")] if before else []) + words[:1]
        for title in titles:
            found = name_gender(title)
            if found is not None:
                return found
    words = entity.name.lower().split()
    return name_gender(given=words[0], full_name=len(words) > 1) if words else None


#: Pronouns that, right after a name, are that person's: a possessive joined to it ("Kathryn
#: Barger and her supporters", "Trevor Drayton and his son") or a reflexive ("Barger
#: herself"). Any possessive later in the sentence was tried first: on 688 real pages it
#: gave "Condoleezza Rice" a man's pronoun ("Rice said the president and his ...") and
#: changed as many speakers wrongly as rightly.
_GENDERED_AFTER = {"his": "m", "himself": "m", "her": "f", "herself": "f"}

#: Words that may stand between a name and a possessive joined to it.
_JOINING_WORDS = frozenset({"and", ",", "with"})


def pronoun_gender(ctx: Context, entity: Entity) -> str | None:
    """The gender a person's name shows by a pronoun right after it (see
    :data:`_GENDERED_AFTER`) where the name lists and titles say nothing ("Kathryn", "Trevor"
    are in neither list); the gender when all such pronouns agree. Before, a "he" could
    stand for "Kathryn Barger" (a real page of fundus-eval)."""
    doc, votes = ctx.doc, set()
    for mention in entity.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        after = doc[span.end : min(span.end + 3, span.sent.end)]
        for n, tok in enumerate(after):
            if tok.lower_ in _GENDERED_AFTER and tok.pos_ == "PRON" and (
                    tok.lower_.endswith("self") and n == 0 or tok.dep_ == "poss" and n > 0):
                votes.add(_GENDERED_AFTER[tok.lower_])
                break
            if tok.lower_ not in _JOINING_WORDS:
                break
    return votes.pop() if len(votes) == 1 else None


#: Pronouns that, in the clause whose subject a name is, are that person's (see
#: :func:`clause_gender`).
_CLAUSE_PRONOUNS = {"he": "m", "she": "f", "his": "m", "her": "f", "himself": "m",
                    "herself": "f"}

#: Fewest pronouns of one gender, and none of the other, for :func:`clause_gender` to give
#: a person that gender.
CLAUSE_GENDER_MIN_VOTES = 2


def clause_gender(ctx: Context, entity: Entity) -> str | None:
    """The gender a person's name shows by the pronouns of the clauses it is the subject
    of, where the name lists, titles and a pronoun right after it say nothing: "she" or "he"
    subject of the verb's complement clause ("Supriya Jindal figured she knew what she was
    doing"), and a possessive or reflexive of the verb's own words, not of a clause inside
    them ("Jindal shouted to her husband"; "Rice said the president and his aides" is no
    vote). At least :data:`CLAUSE_GENDER_MIN_VOTES` pronouns, all of one gender: a "said he
    would" may be another man's. Before, "he" went to "Supriya Jindal", whose given name the
    lists do not know, on a real page of l3s-gn1 (3 quotes now Bobby Jindal's; no other
    real page changed). On PolNeAR train it gives 15 persons a gender, all rightly ("Corey
    Lewandowski", "Haleh Karimi", "Berhanu Nega"); scores unchanged (a pronoun speaker is
    matched by its span)."""
    doc, votes = ctx.doc, []
    for mention in entity.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.dep_ != "nsubj":
            continue
        verb = span.root.head
        for child in verb.children:
            if child.dep_ == "ccomp":
                votes += [_CLAUSE_PRONOUNS[c.lower_] for c in child.children
                          if c.dep_ == "nsubj" and c.lower_ in ("he", "she")]
            elif child.i != span.root.i and child.dep_ not in _OTHER_CLAUSES:
                votes += [_CLAUSE_PRONOUNS[t.lower_] for t in child.subtree
                          if (t.dep_ == "poss" and t.lower_ in ("his", "her")
                              or t.lower_ in ("himself", "herself"))
                          and _own_words(t, child)]
    found = set(votes)
    return found.pop() if len(found) == 1 and len(votes) >= CLAUSE_GENDER_MIN_VOTES else None


#: Dependents of a verb that are clauses of their own, whose pronouns may be anyone's.
_OTHER_CLAUSES = frozenset({"ccomp", "conj", "advcl", "parataxis", "relcl", "acl", "xcomp"})


def _own_words(token: Any, top: Any) -> bool:
    """Whether no clause of its own stands between ``token`` and ``top`` above it."""
    while token.i != top.i:
        if token.dep_ in _OTHER_CLAUSES:
            return False
        token = token.head
    return True


#: Words of a direct quote in the first person singular: "I" before a lower-case word or
#: an apostrophe ("I want", "I’m"; not "World War I"), "me", "my", "myself". Whoever is
#: quoted saying them is a person: 'Ramos said: "The chairman knows I want Berbatov to
#: stay ..." He added: ...' (the model typed "Ramos" and "Juande Ramos" organisations, and
#: "He" went to "Spurs", on a real page of l3s-gn1).
FIRST_PERSON_WORDS = re.compile(r"\bI(?=[’'][a-z]| [a-z])|\b(?:[Mm]e|[Mm]y|[Mm]yself)\b")


class Context:
    """What the speaker rules look up: sentences, entity mentions, quoted stretches."""

    def __init__(self, article: Article, doc: Any, chunks: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = article.text
        # a quote opening a sentence after a full stop starts one, whatever the parser says
        self.sent_starts = sorted({s.start_char for s in doc.sents}
                                  | set(quote_sentence_starts(self.text, chunks)))
        self.chunk_starts = [c[0] for c in chunks]
        self.chunks = chunks
        mentions: list[tuple[int, int, Entity]] = []
        for entity in article.entities:
            mentions.extend((m.start, m.end, entity) for m in entity.mentions)
        mentions.sort(key=lambda m: m[0])
        self.mentions = mentions
        self.mention_starts = [m[0] for m in mentions]
        self.entities = article.entities
        self.entity_by_id = {entity.id: entity for entity in article.entities}
        self._genders: dict[str, str | None] = {}
        self.first_person: set[str] = set()  # see :meth:`heard_in_first_person`

    def sentence_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def quoted(self, char: int) -> bool:
        n = bisect.bisect_right(self.chunk_starts, char) - 1
        return n >= 0 and self.chunks[n][0] <= char < self.chunks[n][1]

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping ``start:end``."""
        n = bisect.bisect_left(self.mention_starts, end)
        for m_start, m_end, entity in reversed(self.mentions[max(0, n - 8) : n]):
            if m_start < end and start < m_end:
                return entity
        return None

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        lo = bisect.bisect_left(self.mention_starts, start)
        hi = bisect.bisect_left(self.mention_starts, end)
        return [m for m in self.mentions[lo:hi] if m[1] <= end]

    def gender(self, entity: Entity) -> str | None:
        """:func:`entity_gender`, else :func:`pronoun_gender`, else :func:`clause_gender`,
        worked out once per entity."""
        if entity.id not in self._genders:
            found = entity_gender(entity, self.text)
            if found is None and entity.type == "PERSON":
                found = pronoun_gender(self, entity) or clause_gender(self, entity)
            self._genders[entity.id] = found
        return self._genders[entity.id]

    def heard_in_first_person(self, entity_id: str, contents: list[tuple[int, int]]) -> None:
        """Note that ``entity_id`` was heard saying ``contents``, a direct quote: one who says
        "I" or "my" is a person, whatever type the model gave the name, and "he" or "she"
        may stand for it afterwards (see :data:`FIRST_PERSON_WORDS`)."""
        if any(FIRST_PERSON_WORDS.search(self.text, s, e) for s, e in contents):
            self.first_person.add(entity_id)

    def agrees(self, entity: Entity, types: tuple[str, ...], gender: str | None) -> bool:
        """Whether a pronoun asking for ``types`` and ``gender`` can stand for ``entity``."""
        if entity.type not in types and not (
                "PERSON" in types and entity.id in self.first_person):
            return False
        found = self.gender(entity) if gender is not None else None
        return found is None or found == gender


def _antecedent_sentences(ctx: Context, sentence: int) -> list[int]:
    """The sentences a pronoun in ``sentence`` looks back over for an earlier speaker,
    nearest first: its own and ``antecedent_max_sentences`` before it, not counting
    sentences that open inside a quote (see :func:`antecedent`)."""
    window = load_quote_lists().antecedent_max_sentences
    sentences, counted = [], 0
    for n in range(sentence, -1, -1):
        sentences.append(n)
        if n != sentence and not ctx.quoted(ctx.sent_starts[n]):
            counted += 1
        if counted >= window:
            break
    return sentences


def antecedent(ctx: Context, pos: int, types: tuple[str, ...], gender: str | None,
               speakers: list[tuple[int, Speaker]],
               content: tuple[int, int] | None = None) -> Entity | None:
    """The entity a pronoun at ``pos`` stands for: nearest sentence first, subjects first,
    skipping entities whose type or gender the pronoun rules out. A name that is no subject
    inside the pronoun's own quote's ``content`` is what the speaker speaks of, taken only
    where no other name is found: "Even that sum would not buy cards capable of displaying
    Windows Aero Graphics, it said" (the agency named before), not "Microsoft will cut
    jobs, it said".

    Names are looked for in the pronoun's sentence and ``antecedent_max_sentences`` before
    it; an earlier speaker further back, past sentences that open inside a quote, which
    name no one: "Rakeyia Scott can be heard yelling ... “Don't shoot him,” she says.
    “Don't shoot him. He has no weapon. ...” She then urges ...". On PolNeAR dev this
    resolves 10 pronouns left unresolved before: 7 rightly, 3 to the earlier speaker's
    wrong "Obama" (a surname alone has no gender to rule out "she"). PolNeAR's scores do
    not move, since they match a pronoun speaker by its span."""
    sentence = ctx.sentence_of(pos)
    named_from = sentence - load_quote_lists().antecedent_max_sentences
    sentences = _antecedent_sentences(ctx, sentence)
    lo = ctx.sent_starts[sentences[-1]]
    by_id = {entity.id: entity for _, _, entity in ctx.mentions_in(lo, pos)}
    # and those that spoke there as a description ("the agency said" after "... Agency
    # (BECTA)"), not as a pronoun: a chain of "he"s may have gone wrong
    pronouns = load_quote_lists().pronouns
    by_id.update((s.entity_id, ctx.entity_by_id[s.entity_id]) for at, s in speakers
                 if lo <= at < pos and s.entity_id in ctx.entity_by_id
                 and s.text.lower() not in pronouns)
    # earlier speakers by sentence, found once: the window may reach far back past quotes
    spoke: dict[int, list[Speaker]] = {}
    for at, speaker in speakers:
        if lo <= at < pos and speaker.entity_id in by_id:
            spoke.setdefault(ctx.sentence_of(at), []).append(speaker)
    spoken_of: Entity | None = None
    # a content in the first person ("“I don't think the conventional wisdom” -- that
    # Bloomberg is perceived as X -- “is going to last,” he says") is the speaker's own:
    # any name in it, subject or not, is what the speaker speaks of
    in_first_person = content is not None and bool(FIRST_PERSON_WORDS.search(ctx.text, *content))
    pronoun = ctx.doc.char_span(pos, pos + 1, alignment_mode="expand")
    for n in sentences:
        s_lo = ctx.sent_starts[n]
        s_hi = ctx.sent_starts[n + 1] if n + 1 < len(ctx.sent_starts) else len(ctx.text)
        s_hi = min(s_hi, pos)
        found: list[tuple[int, Entity]] = []
        for start, end, entity in ctx.mentions_in(s_lo, s_hi) if n >= named_from else []:
            if not ctx.agrees(entity, types, gender) or ctx.quoted(start):
                continue
            span = ctx.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and pronoun is not None and _relative_object(pronoun.root,
                                                                             span.root):
                continue
            subject = span is not None and span.root.dep_ in ("nsubj", "nsubjpass")
            if content is not None and content[0] <= start < content[1] and (in_first_person or (
                    not subject and span is not None and not _in_subject(span.root))):
                spoken_of = spoken_of or entity
                continue
            found.append((0 if subject else 1, entity))
        for speaker in spoke.get(n, []):
            entity = by_id[speaker.entity_id or ""]
            if ctx.agrees(entity, types, gender):
                found.append((0, entity))
        if found:
            return min(found, key=lambda f: f[0])[1]
    return spoken_of


def _relative_object(pronoun: Any, noun: Any) -> bool:
    """'An exception is Madonna, whom he describes giving him a snarl': whether ``pronoun``
    is the subject of a relative clause on ``noun`` whose relative pronoun is no subject.
    The noun is then that clause's object and not what the pronoun stands for (a real page
    of fundus-eval gave RuPaul's "he" to Madonna, the nearest name, whose gender no name
    list knows, and so the four quotes of his after it); "Madonna, who said she ..." may
    still be hers. On 371 real pages 5 speakers of 1 page changed, all rightly; PolNeAR
    train: one "he" moved rightly to "Will" ("Chris Christie, whom he describes as"), the
    scores unchanged (they match a pronoun by its span)."""
    return bool(pronoun.dep_ in ("nsubj", "nsubjpass") and pronoun.head.dep_ == "relcl"
                and pronoun.head.head.i == noun.i)


def _in_subject(token: Any) -> bool:
    """Whether ``token`` stands inside its clause's subject ("the trade group for the Blue
    Cross plans ... as it commented": the plans' group may be what "it" stands for)."""
    while token.pos_ not in ("VERB", "AUX") and token.head is not token:
        if token.dep_ in ("nsubj", "nsubjpass"):
            return True
        token = token.head
    return False


#: Nouns of a person's role or kin that a "he" or "she" may stand for when they head an
#: unnamed source ("A police spokesman said X. He added Y."), by the gender they ask for
#: (None: either). Written for fivew, the heads of unnamed sources on 688 real pages
#: (fundus-eval, l3s-gn1) among them; roles of emergencies and travel ("coastguard",
#: "paramedic", "passenger", ...) added where a "He said:" after "A Dover coastguard said"
#: was left with no one.
PERSON_ROLE_NOUNS: dict[str, str | None] = {
    **dict.fromkeys(("spokesman", "chairman", "man", "husband", "father", "son", "brother",
                     "boy", "uncle", "nephew", "grandson", "businessman", "congressman",
                     "policeman"), "m"),
    **dict.fromkeys(("spokeswoman", "chairwoman", "woman", "wife", "mother", "daughter",
                     "sister", "girl", "aunt", "niece", "granddaughter", "businesswoman",
                     "congresswoman", "policewoman"), "f"),
    **dict.fromkeys((
        "spokesperson", "official", "aide", "adviser", "advisor", "source", "officer",
        "minister", "commander", "witness", "resident", "lawyer", "attorney", "doctor",
        "analyst", "expert", "diplomat", "employee", "worker", "member", "leader", "director",
        "manager", "coach", "player", "driver", "friend", "neighbour", "neighbor", "teacher",
        "student", "soldier", "victim", "survivor", "owner", "farmer", "fighter", "militant",
        "colonel", "general", "lieutenant", "captain", "chief", "president", "governor",
        "mayor", "senator", "lawmaker", "legislator", "judge", "prosecutor", "investigator",
        "journalist", "reporter", "correspondent", "writer", "author", "researcher",
        "scientist", "professor", "economist", "activist", "organizer", "protester",
        "supporter", "critic", "opponent", "candidate", "voter", "citizen", "villager",
        "elder", "cleric", "priest", "imam", "pastor", "staffer", "executive", "founder",
        "partner", "colleague", "relative", "cousin", "negotiator", "envoy", "ambassador",
        "representative", "strategist", "consultant", "veteran", "parent", "child",
        "patient", "nurse", "surgeon", "physician", "coastguard", "paramedic", "firefighter",
        "detective", "sergeant", "constable", "rescuer", "medic", "pilot", "dentist",
        "engineer", "passenger", "refugee", "bystander", "eyewitness"), None),
}


#: First words of a definite description. A singular one ("the director", "the secretary
#: general", "the first son") is mostly someone the article names, and a "he" after it is
#: theirs: on 688 real pages, of 30 pronouns sampled that were read as such a source, 7 were
#: wrong this way and 1 right.
DEFINITE_OPENERS = frozenset({"the", "this", "that", "our", "my", "your"})


#: Singular nouns of a group of people that a "they" may stand for when they head an unnamed
#: source ("Magnuson's family said they have forgiven Ramage ... They asked he be
#: sentenced to ...": before, "They" went to "Newmarket", a place named two sentences back,
#: on a real page of l3s-gn1). Written for fivew; nouns of a body that is mostly named
#: ("government", "campaign", "company") are left to the referents of
#: :mod:`fivew.quotes_referents`, and "public" (mostly "the public's"). On 371 real pages 2
#: quotes of 1 page changed, rightly; PolNeAR train: 4 "they"s moved from the group
#: "Republican" or "GOP" to "his team" (3) and "his family, friends and employees", rightly
#: (scores unchanged: a pronoun speaker is matched by its span).
COLLECTIVE_NOUNS = frozenset({"family", "couple", "crowd", "staff", "crew", "team", "panel",
                              "jury", "audience"})


def described_antecedent(ctx: Context, pos: int, role: str, gender: str | None,
                         speakers: list[tuple[int, Speaker]]) -> tuple[int, Speaker] | None:
    """The nearest earlier unnamed source a pronoun at ``pos`` may stand for, with the
    sentence it spoke in: "Officials said X. They added Y.", "A police spokesman said X. He
    added Y." (before, such a "they" or "he" was left with nothing, or given a name further
    back). A "they" takes a plural description, a "he" or "she" a singular one that is no
    definite description (:data:`DEFINITE_OPENERS`), headed by one of
    :data:`PERSON_ROLE_NOUNS` of its gender; within ``antecedent_max_sentences``."""
    first = ctx.sentence_of(pos) - load_quote_lists().antecedent_max_sentences
    for at, earlier in sorted(speakers, key=lambda s: -s[0]):
        if at >= pos or not earlier.description or earlier.entity_id:
            continue
        if ctx.sentence_of(at) < first:
            break
        span = ctx.doc.char_span(earlier.start, earlier.end, alignment_mode="expand")
        named = ctx.entity_at(earlier.start, earlier.start + 1)
        if span is None or span.root.pos_ == "PRON" or named is not None and (
                named.type == "PERSON") and not (
                role == "PLURAL" and any(t.tag_ == "POS" for t in span)):
            continue  # "Fraser - a quiet, thoughtful man": the person named, not described
            # (a "they" may stand for a group a name owns: "Magnuson's family")
        head = span.root
        if role == "PLURAL" and (head.tag_ in ("NNS", "NNPS") or head.tag_ == "NN"
                                 and head.lemma_.lower() in COLLECTIVE_NOUNS
                                 and not any(c.tag_ == "POS" for c in head.children)):
            # not a possessive ("the team's coach")
            return ctx.sentence_of(at), earlier
        wanted = PERSON_ROLE_NOUNS.get(head.lemma_.lower(), "") if head.tag_ == "NN" else ""
        definite = span[0].lower_ in DEFINITE_OPENERS  # "the director": a named one, mostly
        if role == "PERSON" and wanted != "" and (wanted is None or wanted == gender) and (
                not definite):
            return ctx.sentence_of(at), earlier
    return None


#: How many sentences back a pronoun speaker may go on from the last speaker of the same
#: pronoun (see :func:`chained_antecedent`); a conventional bound (about a long
#: profile's page), not tuned.
CHAIN_MAX_SENTENCES = 30


def chained_antecedent(ctx: Context, pos: int, pronoun: str,
                       speakers: list[tuple[int, Speaker]]) -> str | None:
    """The entity most of the earlier speakers given as the same pronoun ("he") were
    resolved to (the nearest of them on a tie), for a pronoun at ``pos`` that
    :func:`antecedent` found no name for: in a profile the subject's name may stand many
    quotes back ("“...,” he said" throughout), and no other name that agrees stands nearer,
    or :func:`antecedent` would have taken it. The most, not the nearest: one of those
    earlier pronouns may have gone to another name in its own window."""
    first = ctx.sentence_of(pos) - CHAIN_MAX_SENTENCES
    votes: dict[str, int] = {}
    for at, earlier in sorted(speakers, key=lambda s: -s[0]):
        if at >= pos:
            continue
        if ctx.sentence_of(at) < first:
            break
        if earlier.entity_id and earlier.text.lower() == pronoun:
            votes[earlier.entity_id] = votes.get(earlier.entity_id, 0) + 1
    # dicts keep insertion order, nearest first: max() keeps the first of equal counts
    return max(votes, key=lambda k: votes[k]) if votes else None
