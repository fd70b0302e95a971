"""Grouping of the ``entities`` stage: candidate mentions into the article's entities, and
each entity's canonical name (:func:`group`, :func:`canonical`)."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable

from fivew.entities_bearers import bearer_by_title, title_before
from fivew.entities_lists import EntityLists, fold, load_lists
from fivew.entities_names import (
    RULE_LABEL,
    Candidate,
    is_acronym_of,
    list_type,
    name_key,
    name_of,
    similar_names,
)
from fivew.places_lists import DEMONYMS

__all__ = ["group", "canonical", "person_words", "dictionary_word", "reads_as_name",
           "SURNAME_PARTICLES"]

#: Votes for a key's type: a mention typed by a rule counts RULE_VOTE, one typed by the
#: model 1, and a lone word that is the last word of a full PERSON name in the article gets
#: SURNAME_VOTE more for PERSON ("Henderson" after "Fritz Henderson", even where the model
#: called it a place). Re-run ``fivew evaluate entities`` after changing these.
RULE_VOTE = 10
SURNAME_VOTE = 3


def person_words(key: str, titles: frozenset[str]) -> list[str]:
    """The words of a name's key, leading titles dropped ("mr trump" -> trump)."""
    words = key.split()
    while len(words) > 1 and words[0] in titles:
        words.pop(0)
    return words


def _written_words(name: str, titles: frozenset[str]) -> list[str]:
    """The words of a name as written, each as a key, leading titles dropped: a hyphenated
    surname stays one word ("Douglas Holtz-Eakin" -> douglas, holtz-eakin), so that a lone
    "Holtz-Eakin" is his surname (the key writes hyphens as spaces)."""
    # each word folded as in a key, possessives kept ("Mottisfont’s Easter" is no name)
    words = [fold(word).replace(".", "") for word in name_of(name).split()]
    return person_words(" ".join(w for w in words if w), titles)


#: Particles an Arabic surname opens with, written with a hyphen, that the name drops when
#: it stands alone ("Mohamed al-Fayed" ... "Mr Fayed", "Bashar al-Assad" ... "Assad").
SURNAME_PARTICLES = frozenset({"al", "el", "ad", "an", "as", "ash", "at", "az", "ul", "bin",
                               "ibn"})


def _surnames(words: list[str]) -> set[str]:
    """The surname of a full name's words as it may stand alone: the last word, and for
    "al-Fayed" also "fayed"."""
    last = words[-1]
    parts = last.split("-")
    if len(parts) > 1 and parts[0] in SURNAME_PARTICLES:
        return {last, "-".join(parts[1:])}
    return {last}


def reads_as_name(words: list[str]) -> bool:
    """Whether a full name's words before its surname are words, as a person's are ("Jo
    Roe"; not "Mottisfont's Easter" or "Frank @ Toronto", which the model calls people)."""
    return all(w.isalpha() for w in words[:-1])


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


#: Types the model gives a lone surname of a person the article names in full: an
#: organisation or a place, also a group or other ("Covic" GROUP after "Ante Covic",
#: "Clemens" OTHER after "Roger Clemens"; on 371 real pages of fundus-eval and l3s-gn1
#: the two added 5 surnames to their person, all rightly, and "American" to "Alvin Ailey
#: American" before demonyms were left out). MEANTIME unchanged.
MISREAD_SURNAME_TYPES = frozenset({"ORG", "PLACE", "GROUP", "OTHER"})


def _surname_misread(text: str, key: str, voted: str, members: list[Candidate],
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
    if (voted not in MISREAD_SURNAME_TYPES or key in lists.place_names or key in companies
            or list_type(key, lists) or key in DEMONYMS):
        return False  # "American" after "Alvin Ailey American" (Dance Theater, read a person)
    surname = key.replace(" ", "-")  # as :func:`_written_words` writes a hyphenated one
    if surname not in named_people or not (named_people[surname] or any(
            c.label == "PERSON" for c in members)):
        return False  # "Manchester United" ... "United": no sign that either is a person
    # a repeat the rules added (:func:`_add_missed`) took the model's type: no rule set it
    return not any((c.fixed and c.label != RULE_LABEL) or text[c.start : c.end].isupper()
                   for c in members)


#: Last words of a company's full name ("Ford Motor Co.", "Dell Inc."): its first word
#: alone is then the company, not the surname of a person of the same name.
COMPANY_DESIGNATORS = frozenset({
    "inc", "corp", "co", "ltd", "llc", "plc", "lp", "company", "corporation", "group",
    "motor", "motors", "holdings",
})


def group(text: str, cands: list[Candidate]) -> list[list[Candidate]]:
    """Group candidates into entities.

    - Mentions with the same key (folded name) are one entity; their type is the vote of
      their mentions (see :data:`RULE_VOTE`, :data:`SURNAME_VOTE`).
    - People: full names merge only when equal up to middle initials, so "Ahmad Massoud"
      and "Ahmad Shah Massoud" stay two people. A lone word ("Massoud", possessive
      stripped) that is the last word of full names in the article joins the one with the
      most full-name mentions, ties going to the one named first: a writer calls the main
      bearer of a surname by the surname alone and names the others in full; a title
      before it may single out another ("Mrs. Clinton", see :mod:`fivew.entities_bearers`).
      Only a lone word voted PERSON joins a person; a lone word the model typed ORG or PLACE
      is voted PERSON when it is the surname of such a full name, unless it names a place
      or a company (:func:`_surname_misread`). No spelling-variant matching for people.
    - Other types: keys that are spelling variants (:func:`similar_names`) or an acronym
      of one another ("EU"/"European Union") merge within one type.
    """
    lists = load_lists()
    by_key: dict[str, list[Candidate]] = {}
    for c in cands:
        by_key.setdefault(name_key(text[c.start : c.end]), []).append(c)
    words_of = {k: _written_words(text[g[0].start : g[0].end], lists.person_titles)
                for k, g in by_key.items()}
    surnames = {
        surname
        for k, g in by_key.items()
        if len(words_of[k]) > 1 and any(c.type == "PERSON" for c in g)
        for surname in _surnames(words_of[k])
    }
    companies = {k.split()[0] for k in by_key
                 if " " in k and k.split()[-1] in COMPANY_DESIGNATORS}
    # surnames of full names that read as a person's, and whether one of them is named: a
    # given name or title leads, or a word that is no English word ("Mikheil", "Christiane"),
    # unlike "Propel Choi", "Soccer Chelsea"
    named_people: dict[str, bool] = {}
    for k, g in by_key.items():
        words = words_of[k]
        if len(words) > 1 and any(c.type == "PERSON" for c in g) and reads_as_name(words):
            named = (k.split()[0] in lists.person_titles or words[0] in lists.given_names
                     or not dictionary_word(words[0]))
            for surname in _surnames(words):
                named_people[surname] = named_people.get(surname, False) or named
    key_type: dict[str, str] = {}
    for key, members in by_key.items():
        votes: Counter[str] = Counter()
        for c in members:
            votes[c.type] += RULE_VOTE if c.fixed else 1
        # the word itself, a hyphenated one whole ("Holtz-Eakin"); with a title it is none
        lone = words_of[key][0] if words_of[key] == [key.replace(" ", "-")] else None
        if lone in surnames:
            votes["PERSON"] += SURNAME_VOTE
        order = [c.type for c in members] + ["PERSON"]
        key_type[key] = max(votes, key=lambda t: (votes[t], -order.index(t)))
        if lone in surnames and _surname_misread(text, key, key_type[key], members, companies,
                                                 named_people, lists):
            key_type[key] = "PERSON"
        for c in members:
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
            if _same_person(words_of[a], words_of[b]):
                parent[find(a)] = find(b)
    for key in list(by_key):
        words = words_of[key]
        if len(words) != 1 or key_type[key] != "PERSON":
            continue
        bearers = [k for k in full if words[0] in _surnames(words_of[k])]
        if not bearers:
            continue
        roots = {find(k) for k in bearers}
        counts = {r: sum(len(by_key[k]) for k in by_key if find(k) == r and k in full)
                  for r in roots}
        best = max(roots, key=lambda r: (counts[r], -min(first(k) for k in full if find(k) == r)))
        parent[find(key)] = best
        if len(roots) > 1:  # "Mr. Clinton" and "Mrs. Clinton": see fivew.entities_bearers
            titled = {r: [(title_before(text, c, lists.person_titles), words_of[k][0])
                         for k in bearers if find(k) == r for c in by_key[k]] for r in roots}
            for c in list(by_key[key]):
                title = title_before(text, c, lists.person_titles)
                root = bearer_by_title(title, titled) if title else None
                if root is not None and root != best:
                    sub = f"{key}\x00{root}"
                    by_key.setdefault(sub, []).append(c)
                    words_of[sub], key_type[sub], parent[sub] = words, "PERSON", root
                    by_key[key].remove(c)
            if not by_key[key]:
                del by_key[key]

    # Organisations: "the Post" after "The Washington Post"
    for key, root in _short_org_names(text, by_key, key_type, first).items():
        parent[find(key)] = find(root)
    # Other types: spelling variants and acronyms.
    others = [k for k in by_key if key_type[k] != "PERSON" and find(k) == k]
    for i, a in enumerate(others):
        for b in others[:i]:
            if key_type[a] != key_type[b] or find(a) == find(b):
                continue
            if similar_names(a, b) or is_acronym_of(a, b) or is_acronym_of(b, a):
                parent[find(a)] = find(b)

    groups: dict[str, list[Candidate]] = {}
    for key in sorted(by_key, key=first):
        groups.setdefault(find(key), []).extend(by_key[key])
    return [sorted(g, key=lambda c: c.start) for g in groups.values()]


#: Organisation names that "the" and their last word name something else: "the House" is
#: Congress's, not the White House. On a third of PolNeAR train, 15 short names joined a
#: longer one this way, 2 of them "the House" to "White House" before this list.
OTHER_THAN_LAST_WORD = frozenset({"white house"})


def _short_org_names(text: str, by_key: dict[str, list[Candidate]], key_type: dict[str, str],
                     first: Callable[[str], int]) -> dict[str, str]:
    """One-word organisation names that stand for the one longer organisation name the
    article gave before and that ends with the same word, written after "the" ("The
    Washington Post ... the Post said", "the Justice Department ... the Department"):
    key -> the longer name's key. None where two such names end with it ("the New York
    Times", "the Los Angeles Times": "the Times" is left alone), or where the longer name is
    one of :data:`OTHER_THAN_LAST_WORD`."""
    found = {}
    for key, members in by_key.items():
        if key_type[key] != "ORG" or " " in key:
            continue
        longer = [k for k in by_key if key_type[k] == "ORG" and " " in k
                  and k.split()[-1] == key and first(k) < first(key)
                  and k not in OTHER_THAN_LAST_WORD]
        after_the = all(text[max(0, c.start - 4):c.start].lower() == "the " for c in members)
        if len(longer) == 1 and after_the:
            found[key] = longer[0]
    return found


#: Titles a person's canonical name drops when a full name follows ("Prof Gavin Yamey",
#: "Sgt John Hocking"); titles of rank by birth or faith stay ("Prince Charles", "Mullah
#: Omar", "Sheikh Hasina"), as the name is known with them.
KEPT_TITLES = frozenset({"king", "queen", "prince", "princess", "pope", "lord", "lady", "dame",
                         "sir", "sheikh", "imam", "mullah", "maulvi", "father", "msgr"})


def _untitled(name: str, titles: frozenset[str]) -> str:
    """A person's name without the leading titles of :func:`person_words` (not those of
    :data:`KEPT_TITLES`), where two words or more are left."""
    words, dropped = name.split(), titles - KEPT_TITLES
    while len(words) > 2 and fold(words[0]).rstrip(".") in dropped:
        words.pop(0)
    return " ".join(words)


def canonical(text: str, members: list[Candidate]) -> str:
    """The fullest name: most words, then not in capitals, then most used, then first used;
    a person's without a leading title where a full name follows (:func:`_untitled`)."""
    names = [name_of(text[c.start : c.end]) for c in members]
    if members and members[0].type == "PERSON":
        names = [_untitled(n, load_lists().person_titles) for n in names]
    counts = Counter(names)
    return max(names, key=lambda n: (len(n.split()), not n.isupper() or len(n) <= 4,
                                     counts[n], -names.index(n)))
