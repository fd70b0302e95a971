"""Stage ``entities``: named-entity mentions grouped into the article's entities.

Reads the spaCy ``Doc`` left by the ``analyse`` stage; writes ``Article.entities``.

The stage works in three steps, each a small function:

1. **Repair** every model mention by general rules (:func:`_repair`): trim a trailing
   possessive or a generic lowercase place noun ("Panjshir province" -> "Panjshir", PLACE),
   or a reporting verb leading in a quote ("Joked Kimmel: “...”" -> "Kimmel");
   split photo credits on "/" when one side is a news agency ("REUTERS/Mohammad Ismail" ->
   ORG + PERSON); drop adjectives ("totalitarian", "anti-Soviet": a word with no capital or
   an ``anti-``/``pro-`` prefix is a description, not an entity); relabel listed names
   (news agencies and armed/political groups -> ORG, ethnic/religious/political group
   words -> GROUP, "<name> Twitter" and "<name> feed" -> ORG, an outlet); relabel from
   context ("<X> valley", "province of <X>" -> PLACE); relabel an ORG that is a country or
   province name from GeoNames -> PLACE. A type set by a rule beats the model's.
2. **Add** mentions the model missed: listed agencies/groups written in the text, a proper
   noun before a place noun ("Panjsher valley"), and later occurrences or spelling
   variants of a name the article already uses (:func:`_add_missed`).
3. **Group** mentions into entities (:func:`fivew.entities_grouping.group`); the rules are
   documented there.

Decisions: the Taliban (and other armed movements) are ORG - they act as organisations and
both spaCy and MEANTIME label them so; GROUP is for peoples, faiths and political
groupings (spaCy's NORP: "Pashtuns", "Islamist", "Soviet"). Mention spans keep the text as
recognised (a leading "the" stays in the mention); canonical names drop a leading "the"
and a trailing possessive.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Any

from fivew.article import Article, Entity, Mention
from fivew.entities_grouping import (
    SURNAME_PARTICLES,
    canonical,
    dictionary_word,
    group,
    person_words,
    reads_as_name,
)
from fivew.entities_lists import EntityLists, fold, load_lists
from fivew.entities_names import (
    RULE_LABEL,
    SPELLING_MIN_CHARS,
    Candidate,
    edit_distance,
    is_acronym_of,
    list_type,
    name_key,
    name_of,
    similar_names,
    similar_words,
)
from fivew.quotes_rules import past_of_speech_verb

__all__ = ["find_entities", "LABEL_TO_TYPE", "name_key", "name_of", "edit_distance",
           "similar_names", "is_acronym_of"]

#: spaCy (OntoNotes) labels mapped to fivew's entity types; labels not listed
#: (dates, numbers, money ...) are not entities here.
LABEL_TO_TYPE: dict[str, str] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "NORP": "GROUP",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "EVENT": "OTHER",
    "PRODUCT": "OTHER",
    "WORK_OF_ART": "OTHER",
    "LAW": "OTHER",
    "LANGUAGE": "OTHER",
}

#: Place nouns strong enough to make an untagged proper noun before them a place
#: ("Panjsher valley"); the wider ``place_nouns`` list only relabels what the model tagged.
STRICT_PLACE_NOUNS = frozenset({
    "province", "valley", "district", "region", "county", "governorate", "oblast",
    "prefecture", "river", "mountains", "village",
})

#: Shortest surname added where the model left it untagged (:func:`_add_missed`): shorter
#: ones ("Li", "Ng") are too often other words or initials. Set by hand.
SURNAME_MIN_CHARS = 3

# --------------------------------------------------------------------------- repair


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """Compiled once: the adjective-prefix test and the scan for listed names."""
    lists = load_lists()
    prefix = re.compile(
        r"^(?:" + "|".join(map(re.escape, lists.adjective_prefixes)) + r")-", re.IGNORECASE
    )
    scan = None
    if lists.scan_names:
        alternation = "|".join(re.escape(n) for n in lists.scan_names)
        scan = re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])", re.IGNORECASE)
    return prefix, scan


def _context_place(doc: Any, start: int, end: int, nouns: frozenset[str]) -> bool:
    """Whether tokens ``start:end`` sit in '<X> valley' or 'province of <X>'."""
    lists = load_lists()
    if end < len(doc):
        after = doc[end]
        if after.is_lower and after.lower_ in nouns:
            return True
    if start >= 2:
        of, noun = doc[start - 1], doc[start - 2]
        compound = start >= 3 and doc[start - 3].pos_ in ("NOUN", "PROPN")  # "stock capital of"
        if (of.lower_ == "of" and noun.is_lower and noun.lower_ in lists.place_of_nouns
                and not compound):
            return True
    return False


def _classify(doc: Any, start: int, end: int, cand: Candidate) -> Candidate | None:
    """Apply the type rules to a candidate over tokens ``start:end``; None drops it."""
    lists = load_lists()
    prefix, _ = _patterns()
    text = doc[start:end].text  # Doc.text rebuilds the whole text: slice tokens instead
    if not any(ch.isupper() for ch in text) or prefix.match(text):
        return None  # an adjective or description ("totalitarian", "anti-Soviet")
    key = name_key(text)
    listed = list_type(key, lists)
    last = doc[end - 1]
    if listed:
        cand.type, cand.fixed = listed, True
    elif fold(last.text) in lists.platforms and (end - start > 1 or cand.type == "PERSON"):
        # "Alemarah Twitter": an outlet's account; a lone "Twitter" the model calls a person
        # ("fired back on Twitter") is the platform, and must not take a later "he"
        cand.type, cand.fixed = "ORG", True
    elif (
        cand.type == "PERSON"
        and end < len(doc)
        and doc[end].lower_ in lists.platform_nouns
    ):
        cand.type, cand.fixed = "ORG", True  # "<name> feed"
    elif (
        cand.type != "GROUP"  # "region of Persian-speaking Tajiks": an adjective stays GROUP
        and last.pos_ == "PROPN"
        and _context_place(doc, start, end, lists.place_nouns)
    ):
        cand.type, cand.fixed = "PLACE", True
    elif cand.type == "ORG" and not text.isupper() and key in lists.place_names:
        cand.type, cand.fixed = "PLACE", True
    elif cand.type in ("ORG", "PLACE", "OTHER") and _person_shaped(doc[start:end], lists):
        cand.type = "PERSON"  # "Olena Zelenska", whom the model called an organisation
    return cand


def _person_shaped(words: Any, lists: EntityLists) -> bool:
    """Whether two words the model typed ORG, PLACE or OTHER are a person's name: a given
    name (``given_names``) and then a word that is no English word ("Christina Aguilera",
    "Olena Zelenska"; not "Stanley Cup", "Ann Arbor", "Rose Parade"), the given name no
    Arabic article ("Al Jazeera", see :data:`fivew.entities_grouping.SURNAME_PARTICLES`). On
    688 real pages (fundus-eval, l3s-gn1) 77 such ORG or PLACE names open with a given name,
    most of them people's; this retypes 31, all people's, and 3 OTHER names, all people's
    ("Crystal Clanton", a work of art to the model). The word index has some surnames too,
    so "Nikki Haley" is left an organisation."""
    if len(words) != 2 or not all(w.is_title and w.is_alpha for w in words):
        return False
    first, last = fold(words[0].text), fold(words[1].text)
    english = dictionary_word(last) or (last.endswith("s") and dictionary_word(last[:-1]))
    if english or first in SURNAME_PARTICLES:
        return False  # "Tony Awards", "Charlotte Bobcats"; "Al Jazeera", "Al Qaeda"
    return first in lists.given_names


#: Fine tags of a word the model runs into a person's name at its start that is no part of
#: it: an adverb or a conjunction ("Sometimes Simon", on a real page; "Neither Cruz",
#: "Certainly Donald Trump" on PolNeAR train, 7 such names there and on 200 real pages).
#: Not an interjection: "Hello Heart" is a company's name.
NOT_NAME_TAGS = frozenset({"RB", "CC"})


#: Most tokens from the end of a name to the quote its opening verb leads in ("Explained
#: Finjan CTO Yuval Ben-Itzhak, “...”": the quote mark is the 6th token after "Finjan").
LABEL_QUOTE_WINDOW = 12


def _label_verb(doc: Any, start: int, end: int) -> bool:
    """Whether the name ``doc[start:end]`` opens on the capitalised past form of a reporting
    verb that leads in a quote ("Said Porter: “...”", "Joked Kimmel: “...”", "Explained
    Finjan CTO Yuval Ben-Itzhak, “...”"): at the start of a sentence or line, with a quote
    mark before it or after it in the same line (not "Related Sections", a page's heading).
    "Said" is also a given name ("Said Jalili told reporters: “...”"): it counts only
    right before a colon, as a label."""
    first = doc[start]
    if not first.is_title or not past_of_speech_verb(first.lower_):
        return False
    if first.lower_ == "said":
        return end < len(doc) and doc[end].text == ":"
    before = doc[start - 1] if start > 0 else None
    if before is not None and not (first.is_sent_start or before.is_quote
                                   or "\n" in before.text_with_ws):
        return False
    if before is not None and before.is_quote:
        return True
    for tok in doc[end : end + LABEL_QUOTE_WINDOW]:
        if "\n" in tok.text_with_ws:
            return bool(tok.is_quote)
        if tok.is_quote:
            return True
    return False


def _repair(doc: Any, ent: Any) -> list[Candidate]:
    """The candidates one model entity becomes: trimmed, split, relabelled or dropped."""
    lists = load_lists()
    start, end = ent.start, ent.end
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].tag_ == "POS"):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while (end - start > 1 and ent.label_ == "PERSON" and doc[start].text.endswith(".")
           and name_key(doc[start].text) in lists.person_titles):
        start += 1  # "Pres. Obama": the title kept whole by the tokenizer is no part of the name
    while end - start > 1 and ent.label_ == "PERSON" and doc[start].tag_ in NOT_NAME_TAGS:
        start += 1  # "Sometimes Simon's criticisms ...": the adverb opening the sentence
    if end - start > 1 and _label_verb(doc, start, end):
        start += 1  # "Said Porter: “...”": the reporting verb opening a label
    if doc[start].text.endswith(".") and all(
            name_key(doc[i].text) in lists.person_titles or doc[i].is_punct
            for i in range(start, end)):
        return []  # "Lt. Col." tagged as a name of its own: abbreviated titles, no name
    fixed_place = False
    if end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in lists.place_nouns:
        end -= 1  # "Panjshir province": the name is Panjshir, a place
        fixed_place = True
    if end <= start:
        return []
    etype = "PLACE" if fixed_place else LABEL_TO_TYPE[ent.label_]
    slashes = [i for i in range(start, end) if doc[i].text == "/"]
    if slashes:
        parts, lo = [], start
        for i in [*slashes, end]:
            if i > lo:
                parts.append((lo, i))
            lo = i + 1
        if any(name_key(doc[a:b].text) in lists.news_agencies for a, b in parts):
            out = []
            for a, b in parts:
                is_agency = name_key(doc[a:b].text) in lists.news_agencies
                if not is_agency and not all(t.is_title for t in doc[a:b]):
                    continue
                cand = Candidate(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]),
                                 "ORG" if is_agency else "PERSON", ent.label_, fixed=True)
                out.append(cand)  # photo credit: agency / photographer
            return out
    cand = Candidate(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), etype, ent.label_,
                     fixed=fixed_place)
    kept = _classify(doc, start, end, cand)
    return [kept] if kept else []


# --------------------------------------------------------------------------- additions


def _add_missed(doc: Any, cands: list[Candidate]) -> list[Candidate]:
    """Mentions the model missed: listed names, '<X> valley', repeats and variants."""
    lists = load_lists()
    _, scan = _patterns()
    text = doc.text  # built once: Doc.text joins every token on each access
    covered = [False] * (len(text) + 1)
    for c in cands:
        covered[c.start : c.end] = [True] * (c.end - c.start)
    added: list[Candidate] = []

    def add(start: int, end: int, etype: str) -> None:
        if any(covered[start:end]):
            return
        covered[start:end] = [True] * (end - start)
        added.append(Candidate(start, end, etype, RULE_LABEL, fixed=True))

    if scan is not None:
        for m in scan.finditer(text):
            if m.group()[0].isupper():
                add(m.start(), m.end(), list_type(name_key(m.group()), lists) or "ORG")
    # Known single-word names of the article that are no people (people: by surname, below).
    known: dict[str, str] = {}
    for c in cands:
        key = name_key(text[c.start : c.end])
        if c.type in ("PLACE", "ORG", "GROUP") and " " not in key and len(key) >= 3:
            known.setdefault(key, c.type)
    # Surnames of people named in full ("Brian Fallon ... Fallon fired back"): a lone
    # surname the model left untagged is a mention; grouping gives it to the surname's main
    # bearer, as it does a tagged one (see :func:`fivew.entities_grouping.group`).
    surnames = {words[-1] for c in cands if c.type == "PERSON"
                for words in [person_words(name_key(text[c.start : c.end]),
                                           lists.person_titles)]
                if len(words) > 1 and len(words[-1]) >= SURNAME_MIN_CHARS
                and reads_as_name(words)}
    for tok in doc:
        if covered[tok.idx] or tok.pos_ != "PROPN" or not tok.is_title:
            continue
        key = name_key(tok.text)
        etype = known.get(key)
        if etype is None and len(key) >= SPELLING_MIN_CHARS:
            etype = next(
                (t for k, t in known.items() if t == "PLACE" and similar_words(k, key)), None
            )
        if etype is None and _context_place(doc, tok.i, tok.i + 1, STRICT_PLACE_NOUNS):
            etype = "PLACE"
        if etype is None and key in surnames and not _name_goes_on(doc, tok):
            etype = "PERSON"
        if etype is not None:
            add(tok.idx, tok.idx + len(tok.text), etype)
    return cands + added


def _name_goes_on(doc: Any, tok: Any) -> bool:
    """Whether ``tok`` is part of a longer name: a capitalised proper noun beside it
    ("Fallon Industries", "Mary Fallon")."""
    return any(0 <= i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title
               for i in (tok.i - 1, tok.i + 1))


# --------------------------------------------------------------------------- stage


def find_entities(article: Article) -> Article:
    """Write ``article.entities`` from the spaCy analysis of its text."""
    doc = article._doc
    if doc is None:
        return article
    cands: list[Candidate] = []
    for ent in doc.ents:
        if ent.label_ in LABEL_TO_TYPE:
            cands.extend(_repair(doc, ent))
    cands = _add_missed(doc, cands)
    text = doc.text
    entities = []
    for n, members in enumerate(group(text, cands), start=1):
        types = Counter(c.type for c in members)
        mentions = [Mention(start=c.start, end=c.end, text=text[c.start : c.end], label=c.label)
                    for c in members]
        entities.append(Entity(id=f"e{n}", name=canonical(text, members),
                               type=types.most_common(1)[0][0],  # type: ignore[arg-type]
                               mentions=mentions))
    article.entities = entities
    return article
