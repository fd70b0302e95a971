"""Article entities a speaker refers to where the entities stage left it without one.

The entities stage tags names; a speaker it did not tag may still be someone the article
names elsewhere:

- :func:`surname_bearer`: a lone surname ("Wykes said" after "Til Wykes");
- :func:`same_name_bearer`: a name tagged as an entity's mention elsewhere in the article
  but not here ("BECTA wrote" after "BECTA warned");
- :func:`described_organisation`: a definite description made of words of an organisation's
  name named before ("the agency said" after "the British Educational Communications and
  Technology Agency (BECTA) said").

- :func:`titled_person`: a definite description made of the words of the title one person
  was named with ("the commissioner said" after "commissioner Bud Selig"; "the French
  president" after "French President Nicolas Sarkozy").

People are looked for by their title only, never by any other description ("the man", "the
director" where no director was named with that title): two people of one article share
such a noun too often, and a wrong merge of two people is worse than a speaker left
unresolved.
"""

from __future__ import annotations

from typing import Any

from fivew.article import Entity
from fivew.quotes_antecedents import Context
from fivew.quotes_headlines import title_cased

__all__ = ["described_organisation", "same_name_bearer", "surname_bearer", "titled_person"]


def surname_bearer(ctx: Context, head: Any) -> Entity | None:
    """The person a lone surname as a speaker stands for where the model did not tag it as
    theirs ("Wykes said" after "Til Wykes", or tagged as an organisation: "Mendes"): the
    person whose name ends with it, the one with most mentions where several do, as the
    entities stage groups a surname (:func:`fivew.entities_grouping.group`). On 371 real
    pages (fundus-eval, l3s-gn1) the speakers of 17 pages changed entity this way, those of
    16 rightly ("Covic" to Ante Covic, "Dr Kirschner" to Diana Kirschner, "Wykes", tagged a
    plural noun, to Til Wykes), 1 wrongly ("This Easter" to a "person" the model made of
    "Mottisfont's Easter"); letting an
    organisation be overridden too sent "Tata says" to Ratan N. Tata and "NASA" to "George
    Diller - NASA". PolNeAR scores unchanged (a speaker matches by its span there)."""
    word = head.text.removesuffix("’s").removesuffix("'s")
    bearers = [e for e in ctx.entities if e.type == "PERSON" and " " in e.name
               and e.name.split()[-1] == word and " - " not in e.name]
    return max(bearers, key=lambda e: len(e.mentions)) if bearers else None


def same_name_bearer(ctx: Context, name: str) -> Entity | None:
    """The one entity that has a mention reading exactly ``name`` (a speaker the model did
    not tag where it stands: "BECTA wrote" after "BECTA warned"); None where no entity or
    several do, or where it is a place (a lone surname may be a town's name too)."""
    name = name.removesuffix("’s").removesuffix("'s")  # "BECTA's report", as a surname
    bearers = {e.id: e for e in ctx.entities
               if e.type != "PLACE" and any(m.text == name for m in e.mentions)}
    return next(iter(bearers.values())) if len(bearers) == 1 else None


#: Words that may open a description of an organisation named before ("the agency", "this
#: ministry"). Not possessives ("our company" is the speaker's own, unnamed).
DESCRIPTION_OPENERS = frozenset({"the", "this"})

#: Tags of the words a description of an organisation may hold before its noun: adjectives
#: and nouns of the name ("the European commission"), no name or number of its own.
DESCRIPTION_MODIFIER_TAGS = frozenset({"JJ", "NN"})

#: Types of entity a description may stand for (see the module notes on people).
DESCRIBED_TYPES = frozenset({"ORG", "GROUP"})

#: Nouns that name a place, a people or a text as often as an organisation: "the state" is
#: rarely the Islamic State, "the city" rarely Kansas City's football team, "the news" (in
#: "since the news broke") no "Latest News" link of the page, "the report" no Drudge Report.
UNDESCRIBING_NOUNS = frozenset({"state", "city", "country", "nation", "county", "world",
                                "people", "region", "province", "news", "report",
                                "statement", "story", "letter", "article"})


def described_organisation(ctx: Context, span: Any) -> Entity | None:
    """The organisation a definite description ``span`` (a spaCy Span: "the agency", "the
    European commission") stands for: the one organisation named before it whose name holds
    each of its words after "the" (any case); none where two do ("the guild" after the
    Writers Guild and the Screen Actors Guild). A singular common noun only, with nothing
    but adjectives and nouns before it: "the agency's report", "the agencies", "the state
    news agency" (a word not in the name) stay descriptions. None where the noun stands for
    another one between that name and the description ("the trade group for X ... the
    group": that one, unnamed). Names found only alone on a line (a link: "Latest News") or
    in a title-cased line (a headline the model read as a name: "Terror Suspect Named By
    Police") are passed over."""
    if len(span) < 2 or span[0].lower_ not in DESCRIPTION_OPENERS:
        return None
    words = span[1:]
    noun = words[-1]
    if noun.tag_ != "NN" or noun.lower_ in UNDESCRIBING_NOUNS or any(
            t.tag_ not in DESCRIPTION_MODIFIER_TAGS for t in words):
        return None
    wanted = {t.lower_ for t in words}
    doc, text = span.doc, ctx.text
    named: dict[str, tuple[int, Entity]] = {}  # each organisation the words fit: last mention
    for m_start, m_end, entity in ctx.mentions_in(0, span.start_char):
        if entity.id in named:
            named[entity.id] = (m_end, entity)
            continue
        if entity.type not in DESCRIBED_TYPES or not wanted <= set(entity.name.lower().split()):
            continue
        line_start = text.rfind("\n", 0, m_start) + 1
        line_end = text.find("\n", m_end)
        line_end = len(text) if line_end < 0 else line_end
        line = doc.char_span(line_start, line_end, alignment_mode="expand")
        words_of_line = [t for t in line if not t.is_space] if line is not None else []
        if text[line_start:line_end].strip() != text[m_start:m_end] and not title_cased(
                words_of_line):  # a name alone on its line is a link or a credit
            named[entity.id] = (m_end, entity)
    if len(named) != 1:
        return None  # "the guild" after the Writers Guild and the Screen Actors Guild
    m_end, entity = next(iter(named.values()))
    between = doc.char_span(m_end, span.start_char, alignment_mode="contract")
    name_words = set(entity.name.lower().split())
    for token in between if between is not None else ():
        if token.lemma_.lower() == noun.lemma_.lower() and ctx.entity_at(
                token.idx, token.idx + 1) is None and _other_one(token, name_words):
            return None
    return entity


def _other_one(noun: Any, name_words: set[str]) -> bool:
    """Whether ``noun`` (of the same word as a description) stands for something else than
    the organisation whose name has ``name_words``: a word not in the name before it ("the
    trade group for X"), or "a"/"an" ("an agency" is one not named before); not "the
    agency" said again."""
    for child in noun.children:
        if child.i < noun.i and (child.lower_ in ("a", "an") or child.dep_ in (
                "amod", "compound", "nmod") and child.lower_ not in name_words):
            return True
    return False


#: Tags of the words of a person's title, and of a description that repeats it ("the
#: French president", "the Prime Minister").
TITLE_WORD_TAGS = frozenset({"JJ", "NN", "NNP"})

#: Nouns of an office a person may be titled by, one an article seldom gives two people
#: without naming both with it ("the president", "the commissioner", "the campaign
#: manager"). Written for fivew from the titles before names on PolNeAR train and 380 real
#: pages. Roles many people of one story hold are left out ("the candidate" after
#: "Republican candidate Donald Trump" was Hillary Clinton, "the actress" another actress
#: than the one so titled; nor "man", "official", "player", "coach": "The coach quickly
#: recovered" was Joe Paterno, never titled, not "coach Darnell"), and so are nouns the parse
#: hangs on a name that are no title ("Poll: Clinton and Sanders in dead heat", "Sanders,
#: 46 percent to 44", "the company Theranos"). A title's head must be one of them.
TITLE_NOUNS = frozenset({
    "president", "minister", "secretary", "senator", "congressman", "congresswoman",
    "representative", "governor", "mayor", "judge", "justice", "chancellor", "premier",
    "commissioner", "ambassador", "envoy", "admiral", "general", "colonel", "commander",
    "director", "inspector", "prosecutor", "sheriff", "chairman", "chairwoman", "chair",
    "spokesman", "spokeswoman", "spokesperson", "ceo", "executive", "founder", "king", "queen",
    "prince", "princess", "emperor", "monarch", "pope", "ayatollah", "rabbi", "bishop",
    "cardinal", "imam", "sheikh", "speaker", "pollster", "columnist", "diplomat",
    "manager", "treasurer", "comptroller", "auditor", "superintendent", "marshal", "warden",
    "ombudsman", "rapporteur", "dean", "provost", "publisher", "editor", "host", "anchor"})


#: Dependencies of the words of a title on the name or on each other ("French President
#: Nicolas Sarkozy", "Trump campaign manager Corey Lewandowski").
TITLE_DEPS = frozenset({"compound", "amod", "nmod"})

#: Words of a title that make it another office than the bare noun ("former President
#: Donald Trump" is not "the president" of an article of 2024; "Deputy Minister X" is not
#: "the minister"): a title holding one the description lacks is no match.
OTHER_OFFICE_WORDS = frozenset({"former", "ex", "late", "then", "outgoing", "incoming",
                                "acting", "deputy", "vice", "assistant", "interim"})


def titled_person(ctx: Context, span: Any) -> Entity | None:
    """The person a definite description ``span`` ("the commissioner", "the French
    president") stands for: the one person named before it with a title that holds each of
    its words after "the" ("commissioner Bud Selig", "French President Nicolas Sarkozy",
    "Poland's new prime minister, Donald Tusk", "Bud Selig, the commissioner,"), and no word
    of :data:`OTHER_OFFICE_WORDS` it lacks; none where two people fit ("the president" after
    President Obama and President Putin), or where one of that noun not named stands
    between ("a minister ... the minister")."""
    if len(span) < 2 or span[0].lower_ != "the":
        return None
    words = span[1:]
    noun = words[-1]
    if noun.tag_ not in ("NN", "NNP") or noun.lower_ not in TITLE_NOUNS or any(
            w.tag_ not in TITLE_WORD_TAGS for w in words):
        return None
    wanted = {w.lower_ for w in words}
    doc = span.doc
    titled: dict[str, tuple[int, Entity]] = {}  # each person the words fit: last mention
    for m_start, m_end, entity in ctx.mentions_in(0, span.start_char):
        if entity.type != "PERSON":
            continue
        mention = doc.char_span(m_start, m_end, alignment_mode="expand")
        head, title = _title(mention, entity.name) if mention is not None else ("", set())
        if head == noun.lower_ and wanted <= title and not (title & OTHER_OFFICE_WORDS) - wanted:
            titled[entity.id] = (m_end, entity)
        elif entity.id in titled:
            titled[entity.id] = (m_end, entity)
    if len(titled) != 1:
        return None
    m_end, entity = next(iter(titled.values()))
    between = doc.char_span(m_end, span.start_char, alignment_mode="contract")
    for token in between if between is not None else ():
        if token.lemma_.lower() == noun.lemma_.lower() and any(
                c.lower_ in ("a", "an") for c in token.children if c.i < token.i):
            return None  # "a minister ... the minister": another one, unnamed
    return entity


def _title(mention: Any, name: str) -> tuple[str, set[str]]:
    """The title a person's ``mention`` (a spaCy Span) is named with: its head noun and its
    words, from the words of the mention's phrase before the name ("French President" of
    "French President Nicolas Sarkozy", of a mention "President Abbas" too) or, failing
    those, of the noun phrase the name stands in apposition to ("Poland's new prime
    minister, Donald Tusk", "Bud Selig, the commissioner of baseball"); ("", set()) where
    there is none. Words of the entity's ``name`` are no title ("Bud" of "Bud Selig")."""
    root = mention.root
    named = set(name.lower().split())
    words = [t for t in mention if t.tag_ in TITLE_WORD_TAGS and t.lower_ not in named]
    words += [t for t in root.lefts if t.i < mention.start and t.dep_ in TITLE_DEPS
              and t.tag_ in TITLE_WORD_TAGS]
    words += [c for t in list(words) for c in t.lefts
              if c.dep_ in TITLE_DEPS and c.tag_ in TITLE_WORD_TAGS and c not in words]
    if words:
        head = max(words, key=lambda t: t.i)  # the word next to the name
        return _title_word(head), {_title_word(t) for t in words}
    doc = mention.doc
    # set off after the name, and closed by a mark ("Bud Selig, the commissioner of baseball,
    # said"), not running on into a clause ("... and Mika Brzezinski, the Democratic
    # presidential candidate stated that ...", a new sentence's subject)
    apposed = [c for c in root.children if c.dep_ == "appos" and c.i > root.i
               and c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].is_punct]
    if root.dep_ == "appos" and root.head.i < mention.start:
        apposed.append(root.head)
    for head in apposed:
        if head.tag_ in ("NN", "NNP"):
            return head.lower_, {head.lower_} | {_title_word(c) for c in head.lefts if c.dep_
                                                 in TITLE_DEPS and c.tag_ in TITLE_WORD_TAGS}
    return "", set()


#: Abbreviated titles before a name, by the noun a description repeats them with ("Gov.
#: John Kasich ... the governor").
TITLE_ABBREVIATIONS = {"gov": "governor", "sen": "senator", "rep": "representative",
                       "gen": "general", "adm": "admiral", "amb": "ambassador",
                       "col": "colonel", "supt": "superintendent", "insp": "inspector",
                       "pres": "president", "secy": "secretary", "cmdr": "commander"}


def _title_word(token: Any) -> str:
    """A title word as a description would repeat it: lower case, abbreviations spelt out."""
    word = token.lower_.rstrip(".")
    return TITLE_ABBREVIATIONS.get(word, str(token.lower_))
