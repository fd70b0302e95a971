"""Who did what to whom, roughly: actor-role features for the event sentence classifier.

Several ACLED sub-event types differ by who acted, not by what happened: a town seized by
rebels (NON_STATE_ACTOR_OVERTAKES_TER) or retaken by the army (GOV_REGAINS_TERIT);
protesters fired on by police (FORCE_AGAINST_PROTEST) or throwing stones at them
(VIOL_DEMONSTR); one-sided ATTACK or two-sided ARMED_CLASH. Word n-grams see "army" and
"seized" but not which of them goes with which. This module tags three kinds of group in
a text, state forces, non-state armed groups and crowds, and four kinds of action (taking
ground, force, crowd violence, fighting), and names the pairs that occur close together:

- ``r:<group>><action>``: the group comes just before the action (its likely agent), or
  after it as a passive agent ("seized by militants");
- ``r:<action>><group>``: the group comes just after the action (its likely patient), or
  after "from" with a taking ("retook the town from government forces": the loser);
- ``r:first:<group>``: the group named first (headlines lead with the actor);
- ``r:has:<group>`` and ``r:both``: which groups are named, and whether both sides are.

The word lists are fivew's own, written from the ACLED codebook's definitions of the
actors (state forces, rebel groups, political militias, protesters, rioters); they are
text-only, so the same features are computed at training and at inference on any
sentence. They are features of a trained model, never rules on their own.
"""

from __future__ import annotations

import bisect
import re

#: Groups, as regular expressions matched case-insensitively on word boundaries.
GROUPS = {
    "state": r"(?:government|regime|federal|national|state|pro-government|loyalist|"
             r"security|riot|armed) (?:forces?|troops|soldiers|police|personnel)|"
             r"army|armies|troops?|troopers?|soldiers?|military|militaries|police\w*|"
             r"security forces|authorities|law enforcement|gendarme\w*|marines?|"
             r"paratroopers?|national guard|commandos?|officers?|cops?|forces loyal to",
    "nonstate": r"militants?|rebels?|insurgents?|jihadists?|terrorists?|gunmen|"
                r"fighters?|militia\w*|guerrillas?|separatists?|extremists?|"
                r"armed (?:groups?|men)|taliban|al[- ]?shaba+b|isis|isil|islamic state|"
                r"daesh|boko haram|houthis?|hezbollah|al[- ]?qaeda|al[- ]?nusra|"
                r"opposition (?:fighters|forces|groups?)|npa|new people's army",
    "crowd": r"protest(?:e|o)rs?|demonstrators?|rioters?|mobs?|crowds?|activists?|"
             r"students|supporters|marchers|youths?",
}

#: Actions, the same way.
ACTIONS = {
    "take": r"seiz\w*|captur\w*|recaptur\w*|retook|retak\w*|regain\w*|took (?:over|control)|"
            r"tak(?:e|en|ing) (?:over|control)|overr[au]n|liberat\w*|reclaim\w*|"
            r"pushed (?:\w+ )?(?:out|back)|drove (?:\w+ )?out|cleared|took back|"
            r"fell to|control of",
    "force": r"fired|firing|opened fire|shot|tear ?gas|water cannons?|rubber bullets?|"
             r"dispers\w*|beat\w*|suppress\w*|crack\w* down|crackdown|broke up|"
             r"arrest\w*|detain\w*|charged|baton\w*",
    "violence": r"threw|throw\w*|hurl\w*|pelt\w*|torch\w*|set fire|set ablaze|burn\w*|"
                r"vandali[sz]\w*|loot\w*|storm\w*|breach\w*|riot(?:s|ing|ed|ers?)?(?! police)|"
                r"rampag\w*|smash\w*|damag\w*|turned violent",
    "fight": r"clash\w*|fought|fight(?:s|ing)?|battl\w*|exchange\w* (?:of )?fire|gunfight\w*|"
             r"firefight\w*|skirmish\w*|attack\w*|ambush\w*|kill\w*",
}

#: Largest distance in words between a group and an action for them to pair: a subject
#: and its verb, or a verb and its object, seldom lie further apart in these snippets
#: (an adjective, a determiner, an auxiliary or two). Set from that a priori; checked by
#: nested CV of the n-gram model on the even-numbered CASE 2021 snippets: windows 2, 3, 4, 6
#: gave weighted F1 .678, .668, .687, .670.
WINDOW = 4

#: The same for "<taking> ... from <group>": the taken place's name and description lie
#: between ("retook a strategic northwestern town from government forces").
WINDOW_FROM = 8

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


def _compile(table: dict[str, str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, re.compile(rf"\b(?:{pattern})\b")) for name, pattern in
                 table.items())


_GROUPS = _compile(GROUPS)
_ACTIONS = _compile(ACTIONS)


def _spans(low: str, starts: list[int],
           table: tuple[tuple[str, re.Pattern[str]], ...]) -> list[tuple[int, int, str]]:
    """(first word, last word, name) of each match, as word indices into ``starts``."""
    out = []
    for name, pattern in table:
        for m in pattern.finditer(low):
            first = bisect.bisect_right(starts, m.start()) - 1
            last = bisect.bisect_right(starts, m.end() - 1) - 1
            out.append((max(first, 0), max(last, 0), name))
    return sorted(out)


def role_features(text: str) -> set[str]:
    """The actor-role features of ``text`` (names as in the module's docstring)."""
    low = text.lower()
    words = [(m.start(), m.group()) for m in _WORD.finditer(low)]
    starts = [s for s, _ in words]
    if not words:
        return set()
    groups = _spans(low, starts, _GROUPS)
    actions = _spans(low, starts, _ACTIONS)
    out: set[str] = set()
    if groups:
        out.add(f"r:first:{groups[0][2]}")
        kinds = {g for _, _, g in groups}
        out.update(f"r:has:{g}" for g in kinds)
        if len(kinds & {"state", "nonstate", "crowd"}) >= 2:
            out.add("r:both")
    tokens = [w for _, w in words]
    for g_first, g_last, group in groups:
        for a_first, a_last, action in actions:
            if 0 <= a_first - g_last <= WINDOW:  # group, then action: its agent
                out.add(f"r:{group}>{action}")
            elif 0 < g_first - a_last <= WINDOW_FROM:  # action, then group
                between = tokens[a_last + 1:g_first]
                if action == "take" and "from" in between:
                    out.add(f"r:take-from>{group}")
                elif g_first - a_last > WINDOW:
                    continue
                elif "by" in between:
                    out.add(f"r:{group}>{action}")
                else:
                    out.add(f"r:{action}>{group}")
    return out
