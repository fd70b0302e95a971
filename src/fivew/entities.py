"""Stage ``entities``: named-entity mentions grouped into the article's entities.

Reads the spaCy ``Doc`` left by the ``analyse`` stage; writes ``Article.entities``.
"""

from __future__ import annotations

from fivew.article import Article, Entity, Mention

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


def find_entities(article: Article) -> Article:
    """Write ``article.entities`` from the spaCy analysis of its text."""
    doc = article._doc
    if doc is None:
        return article
    groups: dict[tuple[str, str], list[Mention]] = {}
    for ent in doc.ents:
        etype = LABEL_TO_TYPE.get(ent.label_)
        if etype is None:
            continue
        mention = Mention(
            start=ent.start_char, end=ent.end_char, text=ent.text, label=ent.label_
        )
        groups.setdefault((etype, ent.text), []).append(mention)
    article.entities = [
        Entity(id=f"e{n}", name=name, type=etype, mentions=mentions)  # type: ignore[arg-type]
        for n, ((etype, name), mentions) in enumerate(groups.items(), start=1)
    ]
    return article
