"""Which of several people sharing a surname a lone surname with a title stands for.

A lone surname joins the full name it ends (see :func:`fivew.entities_grouping.group`).
Where two people in the article bear it ("Clarence Thomas" and "Ginni Thomas", "Bill
Clinton" and "Hillary Clinton"), the title before it tells them apart: a title of one
gender ("Mr. Clinton", "Mrs. Clinton") goes to the one bearer of that gender, known from
a given name or a gendered title before the full name; any other title ("Justice Thomas")
to the one bearer named in full after the same title ("Supreme Court Justice Clarence
Thomas"). Without a title, or where the title fits both or neither, the surname goes where
:func:`~fivew.entities_grouping.group` sends it.
"""

from __future__ import annotations

from fivew.entities_lists import fold, name_gender
from fivew.entities_names import Candidate

__all__ = ["title_before", "bearer_by_title"]


def title_before(text: str, mention: Candidate, titles: frozenset[str]) -> str | None:
    """The title a mention opens with ("Mrs. Clinton") or that stands right before it
    ("Justice Thomas", where the model left the title out of the name), folded."""
    words = [fold(w).rstrip(".") for w in text[mention.start : mention.end].split()]
    if len(words) > 1 and words[0] in titles:
        return words[0]
    before = text[max(0, mention.start - 24) : mention.start]
    if not before.endswith((" ", "\n")):
        return None
    previous = [fold(w).rstrip(".") for w in before.split()]
    return previous[-1] if previous and previous[-1] in titles else None


def bearer_by_title(title: str, bearers: dict[str, list[tuple[str | None, str]]]) -> str | None:
    """The one bearer a lone surname after ``title`` stands for, or None where the title
    does not single one out. ``bearers`` maps each bearer (an entity root) to the title
    before and the given name of each of its full-name mentions."""
    wanted = name_gender(title)
    if wanted is not None:
        fits = [root for root, named in bearers.items()
                if any(name_gender(t, given, full_name=True) == wanted for t, given in named)
                and not any(name_gender(t, given, full_name=True) not in (wanted, None)
                            for t, given in named)]
    else:
        fits = [root for root, named in bearers.items() if any(t == title for t, _ in named)]
    return fits[0] if len(fits) == 1 else None
