"""Stage ``entities``: named-entity mentions grouped into the article's entities.

Reads the spaCy ``Doc`` left by the ``analyse`` stage; writes ``Article.entities``.

The stage works in three steps, each a small function:

1. **Repair** every model mention by general rules (:func:`_repair`): trim a trailing
   possessive or a generic lowercase place noun ("Panjshir province" -> "Panjshir", PLACE);
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
3. **Group** mentions into entities (:func:`_group`); the rules are documented there.

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
from dataclasses import dataclass
from typing import Any

from fivew.article import Article, Entity, Mention
from fivew.entities_lists import EntityLists, fold, load_lists

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

#: Label given to mentions that a rule, not the model, found.
RULE_LABEL = "RULE"

#: Place nouns strong enough to make an untagged proper noun before them a place
#: ("Panjsher valley"); the wider ``place_nouns`` list only relabels what the model tagged.
STRICT_PLACE_NOUNS = frozenset({
    "province", "valley", "district", "region", "county", "governorate", "oblast",
    "prefecture", "river", "mountains", "village",
})

#: Spelling variants: two single words are one name when both have at least
#: SPELLING_MIN_CHARS characters and differ by at most SPELLING_MAX_EDITS edits (one more
#: from SPELLING_LONG_CHARS characters). Calibrated on confusable pairs in
#: tests/test_entities.py (Panjshir/Panjsher and Kandahar/Qandahar merge; Austria/Australia,
#: Slovakia/Slovenia, Iran/Iraq, North/South Korea stay apart). Never used for people.
SPELLING_MIN_CHARS = 6
SPELLING_MAX_EDITS = 1
SPELLING_LONG_CHARS = 10

#: Small words skipped when reading an acronym off a name ("Bank of England" -> BoE/BE).
ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "de", "&"})

#: Votes for a key's type: a mention typed by a rule counts RULE_VOTE, one typed by the
#: model 1, and a lone word that is the last word of a full PERSON name in the article gets
#: SURNAME_VOTE more for PERSON ("Henderson" after "Fritz Henderson", even where the model
#: called it a place). Re-run ``fivew evaluate entities`` after changing these.
RULE_VOTE = 10

#: Shortest surname added where the model left it untagged (:func:`_add_missed`): shorter
#: ones ("Li", "Ng") are too often other words or initials. Set by hand.
SURNAME_MIN_CHARS = 3
SURNAME_VOTE = 3

_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass
class _Cand:
    start: int
    end: int
    type: str
    label: str
    fixed: bool = False  # the type was set by a rule and beats the model's


# --------------------------------------------------------------------------- names


def name_of(text: str) -> str:
    """A mention's text as a name: no leading 'the', no trailing possessive."""
    name = _LEADING_THE.sub("", text.strip())
    if len(name) > 3:
        name = _POSSESSIVE.sub("", name)
    return name.strip()


def name_key(text: str) -> str:
    """Matching key of a name: folded, no dots ('U.S.' == 'US'), hyphens as spaces."""
    return " ".join(fold(name_of(text)).replace(".", "").replace("-", " ").split())


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def similar_words(a: str, b: str) -> bool:
    """Whether two folded words are spelling variants of one name."""
    if a == b:
        return True
    if min(len(a), len(b)) < SPELLING_MIN_CHARS:
        return False
    limit = SPELLING_MAX_EDITS + (min(len(a), len(b)) >= SPELLING_LONG_CHARS)
    return edit_distance(a, b, limit) <= limit


def similar_names(a: str, b: str) -> bool:
    """Same number of words, all equal but at most one, which is a spelling variant."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return len(differing) <= 1 and all(similar_words(x, y) for x, y in differing)


def is_acronym_of(short: str, long: str) -> bool:
    """'eu' is an acronym of 'european union' (keys, folded)."""
    words = [w for w in long.split() if w not in ACRONYM_SKIP]
    return len(words) >= 2 and " " not in short and short == "".join(w[0] for w in words)


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


def _list_type(key: str, lists: EntityLists) -> str | None:
    if key in lists.news_agencies or key in lists.armed_political_groups:
        return "ORG"
    if key in lists.group_words:
        return "GROUP"
    return None


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


def _classify(doc: Any, start: int, end: int, cand: _Cand) -> _Cand | None:
    """Apply the type rules to a candidate over tokens ``start:end``; None drops it."""
    lists = load_lists()
    prefix, _ = _patterns()
    text = doc[start:end].text  # Doc.text rebuilds the whole text: slice tokens instead
    if not any(ch.isupper() for ch in text) or prefix.match(text):
        return None  # an adjective or description ("totalitarian", "anti-Soviet")
    key = name_key(text)
    listed = _list_type(key, lists)
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
    return cand


def _repair(doc: Any, ent: Any) -> list[_Cand]:
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
                cand = _Cand(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]),
                             "ORG" if is_agency else "PERSON", ent.label_, fixed=True)
                out.append(cand)  # photo credit: agency / photographer
            return out
    cand = _Cand(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), etype, ent.label_,
                 fixed=fixed_place)
    kept = _classify(doc, start, end, cand)
    return [kept] if kept else []


# --------------------------------------------------------------------------- additions


def _add_missed(doc: Any, cands: list[_Cand]) -> list[_Cand]:
    """Mentions the model missed: listed names, '<X> valley', repeats and variants."""
    lists = load_lists()
    _, scan = _patterns()
    text = doc.text  # built once: Doc.text joins every token on each access
    covered = [False] * (len(text) + 1)
    for c in cands:
        covered[c.start : c.end] = [True] * (c.end - c.start)
    added: list[_Cand] = []

    def add(start: int, end: int, etype: str) -> None:
        if any(covered[start:end]):
            return
        covered[start:end] = [True] * (end - start)
        added.append(_Cand(start, end, etype, RULE_LABEL, fixed=True))

    if scan is not None:
        for m in scan.finditer(text):
            if m.group()[0].isupper():
                add(m.start(), m.end(), _list_type(name_key(m.group()), lists) or "ORG")
    # Known single-word names of the article that are no people (people: by surname, below).
    known: dict[str, str] = {}
    for c in cands:
        key = name_key(text[c.start : c.end])
        if c.type in ("PLACE", "ORG", "GROUP") and " " not in key and len(key) >= 3:
            known.setdefault(key, c.type)
    # Surnames of people named in full ("Brian Fallon ... Fallon fired back"): a lone
    # surname the model left untagged is a mention; grouping gives it to the surname's main
    # bearer, as it does a tagged one (see :func:`_group`).
    surnames = {words[-1] for c in cands if c.type == "PERSON"
                for words in [_person_words(name_key(text[c.start : c.end]),
                                            lists.person_titles)]
                if len(words) > 1 and len(words[-1]) >= SURNAME_MIN_CHARS}
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


# --------------------------------------------------------------------------- grouping


def _person_words(key: str, titles: frozenset[str]) -> list[str]:
    words = key.split()
    while len(words) > 1 and words[0] in titles:
        words.pop(0)
    return words


def _written_words(name: str, titles: frozenset[str]) -> list[str]:
    """The words of a name as written, each as a key, leading titles dropped: a hyphenated
    surname stays one word ("Douglas Holtz-Eakin" -> douglas, holtz eakin), so that a lone
    "Holtz-Eakin" is his surname (the key writes hyphens as spaces)."""
    words = [name_key(word).replace(" ", "-") for word in name_of(name).split()]
    return _person_words(" ".join(w for w in words if w), titles)


def _same_person(a: list[str], b: list[str]) -> bool:
    """Full names of one person: equal, or equal once middle initials are ignored."""
    if a == b:
        return True
    if len(a) < 2 or len(b) < 2 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    return all(len(w) == 1 for w in a[1:-1]) and all(len(w) == 1 for w in b[1:-1])


@functools.lru_cache(maxsize=1)
def _dictionary_words() -> frozenset[str]:
    from fivew.nlp import load_model

    index = load_model().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(word for pos in ("noun", "verb", "adj", "adv") for word in index[pos])


def dictionary_word(word: str) -> bool:
    """Whether ``word`` (folded) is a common English word: one of the nouns, verbs,
    adjectives and adverbs of the model's lemmatizer index ("propel", "soccer", "mark";
    not "mikheil" or "narendra")."""
    return word in _dictionary_words()


def _surname_misread(text: str, key: str, voted: str, group: list[_Cand],
                     companies: set[str], named_people: dict[str, bool],
                     lists: EntityLists) -> bool:
    """Whether a lone word voted ORG or PLACE is the surname of a person the article names
    in full, misread by the model: no rule typed or lists it, it is no place name of the
    gazetteer list ("Indonesia" after "Garuda Indonesia"), not written in capitals (an
    acronym) and no company's short name (``companies``: "Ford" beside "Ford Motor Co.");
    and something says a person is meant. ``named_people`` maps the surname of each full
    name that reads as a person's (words before the surname, no "’s" or "@") to whether
    that name opens with a given name, a title or no English word (:func:`dictionary_word`);
    without that, the model's own PERSON on one of the lone word's mentions must say so.
    Without those signs the model's full "PERSON" was often a team, a show or a place it
    misread ("Manchester United", "Soccer Chelsea", "Mottisfont’s Easter"): on 688 real
    pages of fundus-eval and l3s-gn1, 17 of 147 changes were wrong; with them 6 of 130
    ("Aston Villa", "American Idol"), and 6 right ones are no longer made.

    The small model calls a lone "Trump", "Sanders" or "Jobs" an organisation wherever
    the word is a company's too: 299 of PolNeAR train's 840 texts split a person so (a
    quote by "Trump" was then an organisation's), and 4 of MEANTIME's 120 (Jobs,
    Papermaster, Mulally: PER wherever its gold marks them)."""
    if (voted not in ("ORG", "PLACE") or key in lists.place_names or key in companies
            or _list_type(key, lists)):
        return False
    surname = key.replace(" ", "-")  # as :func:`_written_words` writes a hyphenated one
    if surname not in named_people or not (named_people[surname] or any(
            c.label == "PERSON" for c in group)):
        return False  # "Manchester United" ... "United": no sign that either is a person
    # a repeat the rules added (:func:`_add_missed`) took the model's type: no rule set it
    return not any((c.fixed and c.label != RULE_LABEL) or text[c.start : c.end].isupper()
                   for c in group)


#: Last words of a company's full name ("Ford Motor Co.", "Dell Inc."): its first word
#: alone is then the company, not the surname of a person of the same name.
COMPANY_DESIGNATORS = frozenset({
    "inc", "corp", "co", "ltd", "llc", "plc", "lp", "company", "corporation", "group",
    "motor", "motors", "holdings",
})


def _group(text: str, cands: list[_Cand]) -> list[list[_Cand]]:
    """Group candidates into entities.

    - Mentions with the same key (folded name) are one entity; their type is the vote of
      their mentions (see :data:`RULE_VOTE`, :data:`SURNAME_VOTE`).
    - People: full names merge only when equal up to middle initials, so "Ahmad Massoud"
      and "Ahmad Shah Massoud" stay two people. A lone word ("Massoud", possessive
      stripped) that is the last word of full names in the article joins the one with the
      most full-name mentions, ties going to the one named first: a writer calls the main
      bearer of a surname by the surname alone and names the others in full. Only a lone
      word voted PERSON joins a person; a lone word the model typed ORG or PLACE is voted
      PERSON when it is the surname of such a full name, unless it names a place or a
      company (:func:`_surname_misread`). No spelling-variant matching for people.
    - Other types: keys that are spelling variants (:func:`similar_names`) or an acronym
      of one another ("EU"/"European Union") merge within one type.
    """
    lists = load_lists()
    by_key: dict[str, list[_Cand]] = {}
    for c in cands:
        by_key.setdefault(name_key(text[c.start : c.end]), []).append(c)
    words_of = {k: _written_words(text[g[0].start : g[0].end], lists.person_titles)
                for k, g in by_key.items()}
    surnames = {
        words_of[k][-1]
        for k, g in by_key.items()
        if len(words_of[k]) > 1 and any(c.type == "PERSON" for c in g)
    }
    companies = {k.split()[0] for k in by_key
                 if " " in k and k.split()[-1] in COMPANY_DESIGNATORS}
    # full names that read as a person's: words before the surname are words ("Mottisfont's
    # Easter", "Frank @ Toronto" are not); named: a given name or title leads, or a word
    # that is no English word ("Mikheil", "Christiane"), unlike "Propel Choi", "Soccer Chelsea"
    plain_people: dict[str, bool] = {}
    for k, g in by_key.items():
        words = words_of[k]
        if len(words) > 1 and any(c.type == "PERSON" for c in g) and all(
                w.isalpha() for w in words[:-1]):
            named = (k.split()[0] in lists.person_titles or words[0] in lists.given_names
                     or not dictionary_word(words[0]))
            plain_people[words[-1]] = plain_people.get(words[-1], False) or named
    key_type: dict[str, str] = {}
    for key, group in by_key.items():
        votes: Counter[str] = Counter()
        for c in group:
            votes[c.type] += RULE_VOTE if c.fixed else 1
        # the word itself, a hyphenated one whole ("Holtz-Eakin"); with a title it is none
        lone = words_of[key][0] if words_of[key] == [key.replace(" ", "-")] else None
        if lone in surnames:
            votes["PERSON"] += SURNAME_VOTE
        order = [c.type for c in group] + ["PERSON"]
        key_type[key] = max(votes, key=lambda t: (votes[t], -order.index(t)))
        if lone in surnames and _surname_misread(text, key, key_type[key], group, companies,
                                                 plain_people, lists):
            key_type[key] = "PERSON"
        for c in group:
            c.type = key_type[key]

    parent = {k: k for k in by_key}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def first(k: str) -> int:
        return min(c.start for c in by_key[k])

    # People: full names first, then lone words.
    full = [k for k in by_key if key_type[k] == "PERSON"
            and len(words_of[k]) > 1]
    for i, a in enumerate(full):
        for b in full[:i]:
            if _same_person(words_of[a],
                            words_of[b]):
                parent[find(a)] = find(b)
    for key in by_key:
        words = words_of[key]
        if len(words) != 1 or key_type[key] != "PERSON":
            continue
        bearers = [k for k in full if words_of[k][-1] == words[0]]
        if not bearers:
            continue
        roots = {find(k) for k in bearers}
        counts = {r: sum(len(by_key[k]) for k in by_key if find(k) == r and k in full)
                  for r in roots}
        best = max(roots, key=lambda r: (counts[r], -min(first(k) for k in full if find(k) == r)))
        parent[find(key)] = best

    # Other types: spelling variants and acronyms.
    others = [k for k in by_key if key_type[k] != "PERSON" and find(k) == k]
    for i, a in enumerate(others):
        for b in others[:i]:
            if key_type[a] != key_type[b] or find(a) == find(b):
                continue
            if similar_names(a, b) or is_acronym_of(a, b) or is_acronym_of(b, a):
                parent[find(a)] = find(b)

    groups: dict[str, list[_Cand]] = {}
    for key in sorted(by_key, key=first):
        groups.setdefault(find(key), []).extend(by_key[key])
    return [sorted(g, key=lambda c: c.start) for g in groups.values()]


def _canonical(text: str, group: list[_Cand]) -> str:
    """The fullest name: most words, then not in capitals, then most used, then first used."""
    names = [name_of(text[c.start : c.end]) for c in group]
    counts = Counter(names)
    return max(names, key=lambda n: (len(n.split()), not n.isupper() or len(n) <= 4,
                                     counts[n], -names.index(n)))


# --------------------------------------------------------------------------- stage


def find_entities(article: Article) -> Article:
    """Write ``article.entities`` from the spaCy analysis of its text."""
    doc = article._doc
    if doc is None:
        return article
    cands: list[_Cand] = []
    for ent in doc.ents:
        if ent.label_ in LABEL_TO_TYPE:
            cands.extend(_repair(doc, ent))
    cands = _add_missed(doc, cands)
    text = doc.text
    entities = []
    for n, group in enumerate(_group(text, cands), start=1):
        types = Counter(c.type for c in group)
        mentions = [Mention(start=c.start, end=c.end, text=text[c.start : c.end], label=c.label)
                    for c in group]
        entities.append(Entity(id=f"e{n}", name=_canonical(text, group),
                               type=types.most_common(1)[0][0],  # type: ignore[arg-type]
                               mentions=mentions))
    article.entities = entities
    return article
