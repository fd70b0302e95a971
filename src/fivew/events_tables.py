"""Export tables for events: PLOVER to CAMEO root codes and to ACLED event types.

Facts taken from the codebooks, not code: the PLOVER manual's CAMEO-to-PLOVER table
(``../shared/data/events/plover/CAMEO2PLOVER-2021.txt``), the CAMEO 1.1b3 manual and
ACLED's published list of event types and sub-event types. The CASE 2021 task-2 labels
(ACLED-style sub-event codes such as ``AIR_STRIKE``) map onto the same ACLED names.
"""

from __future__ import annotations

#: PLOVER type -> CAMEO root code (two digits), from the CAMEO-to-PLOVER table read backwards.
PLOVER_TO_CAMEO: dict[str, str] = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "ACCUSE": "11", "REQUEST": "10", "REJECT": "12",
    "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17",
    "ASSAULT": "18",
}

#: (PLOVER type, mode) pairs whose CAMEO root differs from the type's: armed fighting is
#: CAMEO 19 (193 small arms, 194 artillery, 195 aerial, 192 occupy territory), mass
#: violence 20; a PLOVER ACCUSE that is an investigation is CAMEO 09.
MODE_TO_CAMEO: dict[tuple[str, str], str] = {
    ("ASSAULT", "firearms"): "19", ("ASSAULT", "heavy-weapons"): "19",
    ("ASSAULT", "aerial"): "19", ("ASSAULT", "drone"): "19", ("COERCE", "seize"): "17",
    ("ASSAULT", "massacre"): "20", ("ASSAULT", "cleansing"): "20",
    ("ASSAULT", "unconventional"): "20", ("ACCUSE", "investigate"): "09",
}

#: ACLED event types and their sub-event types (ACLED codebook).
ACLED_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack",
                                   "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"),
}

#: (PLOVER type, mode or None) -> "ACLED type / sub-event type". A PLOVER type whose events
#: ACLED does not record (verbal acts: REQUEST, ACCUSE ...) has no entry.
PLOVER_TO_ACLED: dict[tuple[str, str | None], str] = {
    ("ASSAULT", None): "Battles / Armed clash",
    ("ASSAULT", "firearms"): "Battles / Armed clash",
    ("ASSAULT", "aerial"): "Explosions/Remote violence / Air/drone strike",
    ("ASSAULT", "drone"): "Explosions/Remote violence / Air/drone strike",
    ("ASSAULT", "heavy-weapons"): "Explosions/Remote violence / Shelling/artillery/missile attack",
    ("ASSAULT", "explosives"): "Explosions/Remote violence / Remote explosive/landmine/IED",
    ("ASSAULT", "suicide-attack"): "Explosions/Remote violence / Suicide bomb",
    ("ASSAULT", "unconventional"): "Explosions/Remote violence / Chemical weapon",
    ("ASSAULT", "sexual"): "Violence against civilians / Sexual violence",
    ("ASSAULT", "abduct"): "Violence against civilians / Abduction/forced disappearance",
    ("ASSAULT", "beat"): "Violence against civilians / Attack",
    ("ASSAULT", "primitive"): "Violence against civilians / Attack",
    ("ASSAULT", "assassinate"): "Violence against civilians / Attack",
    ("ASSAULT", "execute"): "Violence against civilians / Attack",
    ("ASSAULT", "torture"): "Violence against civilians / Attack",
    ("ASSAULT", "massacre"): "Violence against civilians / Attack",
    ("ASSAULT", "cleansing"): "Violence against civilians / Attack",
    ("ASSAULT", "crowd-control"): "Protests / Excessive force against protesters",
    ("ASSAULT", "destroy"): "Strategic developments / Looting/property destruction",
    ("PROTEST", None): "Protests / Peaceful protest",
    ("PROTEST", "demo"): "Protests / Peaceful protest",
    ("PROTEST", "boycott"): "Protests / Peaceful protest",
    ("PROTEST", "hunger"): "Protests / Peaceful protest",
    ("PROTEST", "strike"): "Protests / Peaceful protest",
    ("PROTEST", "obstruct"): "Protests / Peaceful protest",
    ("PROTEST", "riot"): "Riots / Violent demonstration",
    ("COERCE", "arrest"): "Strategic developments / Arrests",
    ("COERCE", "seize"): "Battles / Non-state actor overtakes territory",
    ("MOBILIZE", None): "Strategic developments / Other",
    ("MOBILIZE", "troops"): "Strategic developments / Other",
    ("MOBILIZE", "militia"): "Strategic developments / Other",
    ("MOBILIZE", "police"): "Strategic developments / Other",
    ("RETREAT", "withdraw"): "Strategic developments / Non-violent transfer of territory",
    ("AGREE", None): "Strategic developments / Agreement",
    ("RETREAT", "ceasefire"): "Strategic developments / Agreement",
}

#: CASE 2021 task-2 label -> "ACLED type / sub-event type" (the five labels outside ACLED,
#: ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO and ATTRIB, map to None).
CASE2021_TO_ACLED: dict[str, str | None] = {
    "ARMED_CLASH": "Battles / Armed clash",
    "GOV_REGAINS_TERIT": "Battles / Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Battles / Non-state actor overtakes territory",
    "CHEM_WEAP": "Explosions/Remote violence / Chemical weapon",
    "AIR_STRIKE": "Explosions/Remote violence / Air/drone strike",
    "SUIC_BOMB": "Explosions/Remote violence / Suicide bomb",
    "ART_MISS_ATTACK": "Explosions/Remote violence / Shelling/artillery/missile attack",
    "REM_EXPLOS": "Explosions/Remote violence / Remote explosive/landmine/IED",
    "GRENADE": "Explosions/Remote violence / Grenade",
    "SEX_VIOL": "Violence against civilians / Sexual violence",
    "ATTACK": "Violence against civilians / Attack",
    "ABDUCT_DISSAP": "Violence against civilians / Abduction/forced disappearance",
    "PEACE_PROTEST": "Protests / Peaceful protest",
    "PROTEST_WITH_INTER": "Protests / Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Protests / Excessive force against protesters",
    "VIOL_DEMONSTR": "Riots / Violent demonstration",
    "MOB_VIOL": "Riots / Mob violence",
    "AGREEMENT": "Strategic developments / Agreement",
    "ARREST": "Strategic developments / Arrests",
    "CHANGE_TO_GROUP_ACT": "Strategic developments / Change to group/activity",
    "DISR_WEAP": "Strategic developments / Disrupted weapons use",
    "HQ_ESTABLISHED": "Strategic developments / Headquarters or base established",
    "PROPERTY_DISTRUCT": "Strategic developments / Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Strategic developments / Non-violent transfer of territory",
    "OTHER": "Strategic developments / Other",
    "ORG_CRIME": None, "NATURAL_DISASTER": None, "MAN_MADE_DISASTER": None,
    "DIPLO": None, "ATTRIB": None,
}


def cameo_root(type_: str, mode: str | None) -> str | None:
    """The CAMEO root code of a PLOVER (type, mode)."""
    if mode is not None and (type_, mode) in MODE_TO_CAMEO:
        return MODE_TO_CAMEO[(type_, mode)]
    return PLOVER_TO_CAMEO.get(type_)


def acled_type(type_: str, mode: str | None) -> str | None:
    """The ACLED 'event type / sub-event type' of a PLOVER (type, mode), if ACLED codes it."""
    return PLOVER_TO_ACLED.get((type_, mode)) or PLOVER_TO_ACLED.get((type_, None))
