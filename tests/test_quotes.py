"""The ``quotes`` stage: quote marks, cues, speakers; textacy's cases, the seed, PolNeAR."""

from __future__ import annotations

import json
from typing import Any

import pytest

from fivew.article import Article, Provenance, offset_problems
from fivew.entities import find_entities
from fivew.quotes import find_quotes
from fivew.quotes_marks import quote_marks

from .conftest import SHARED_DATA, shared_path

TEXTACY_CASES = SHARED_DATA / "quotes" / "textacy-cases" / "direct_quotations_cases.jsonl"

#: Floors of the PolNeAR gate on :data:`GOLD_SLICE`, pinned just below what was measured (on
#: dev[:30], 2026-11-29, fifteenth session: content overlap F1 0.822, speaker-attributed F1 0.776,
#: cue F1 0.809; fourteenth: 0.820 / 0.776 / 0.806; thirteenth: 0.814 / 0.770 / 0.804; 2026-11-27,
#: seventh session that day: 0.813 / 0.769 / 0.804; at the end of the fifth and sixth 0.813 / 0.768
#: / 0.804; of the fourth 0.813 / 0.765 / 0.804; of the third 0.814 / 0.760 / 0.803; of the second
#: 0.785 / 0.727 / 0.770, of the first 0.785 / 0.728 / 0.770; before that 0.785 / 0.726 / 0.769,
#: 0.782 / 0.721 / 0.766, 0.775 / 0.710 / 0.762, 0.759 / 0.693 / 0.751, 0.759 / 0.691 / 0.744, 0.758
#: / 0.690 / 0.742, 0.743 / 0.672 / 0.730, 0.740 / 0.661 / 0.726, 0.738 / 0.660 / 0.725, 0.731 /
#: 0.655 / 0.720, 0.697 / 0.595 / 0.707, first set at 0.617 / 0.538 / 0.648). Lowering one needs a
#: reason in the commit; re-measure with ``fivew evaluate quotes`` (or
#: :func:`fivew.evaluate.quotes.quotes`).
GOLD_SLICE = 30
CONTENT_OVERLAP_F1_FLOOR = 0.818
SPEAKER_F1_FLOOR = 0.772
CUE_F1_FLOOR = 0.805
#: The baseline must stay clearly below fivew on the same slice.
BASELINE_MARGIN = 0.15
#: Ceiling of the expected calibration error of the quotes' confidence on the same slice
#: (measured 0.030 with the confidences calibrated on PolNeAR train by rule and speaker,
#: 0.031 by rule alone, 2026-11-27; 0.083 on all of dev with the hand-set values before).
CONFIDENCE_ECE_CEILING = 0.05
#: The surest band (0.9 and above) must be right this much more often than the 0.5 band:
#: a confidence calibrated only on average, the same for every quote, would not be.
CONFIDENCE_SPREAD = 0.2


def make_article(nlp: Any, text: str, language: str | None = "en") -> Article:
    article = Article(id="t", text=text, language=language,
                      provenance=Provenance(input="-", fivew_version="test",
                                            processed_at="1970-01-01T00:00:00+00:00"))
    if language in (None, "en"):
        article._doc = nlp(text)
        find_entities(article)
    return find_quotes(article)


def found_triples(nlp: Any, text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, cue, content) of each quote found in ``text``, offsets checked."""
    article = make_article(nlp, text)
    assert offset_problems(article) == []
    return [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.text)
            for q in article.quotes]


def has_mark(text: str) -> bool:
    return any(ch in text for ch in "\"“”«»")


# --------------------------------------------------------------------------- quote marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said, "I love cats."', ['"I love cats."']),
        ("He said, “I love cats.”", ["“I love cats.”"]),
        ("“A,” he said. “B.”", ["“A,”", "“B.”"]),
        ("The horses' carrots are 'fine'.", []),
        ('a stray close" then "an open', []),
        ("“First paragraph.\n\n“Second one.”", ["“First paragraph.", "“Second one.”"]),
        ("“Unclosed paragraph.\n\nNot a quote.", []),
        ("«Me encantan»", ["«Me encantan»"]),
        ("He said ''it is fine'' today.", ["''it is fine''"]),
        ("The horses'' carrots", []),
        # curly quotes nested in a straight one stay inside it; a curly pair right after a
        # stray straight mark is the quote
        ('"Nothing was done with the “treasure trove” it found," he said.',
         ['"Nothing was done with the “treasure trove” it found,"']),
        ('"“You don’t win,” Roe said.', ["“You don’t win,”"]),
    ],
)
def test_quote_marks(text: str, expected: list[str]) -> None:
    spans, _ = quote_marks(text)
    assert [text[s:e] for s, e in spans] == expected


def test_multi_paragraph_quote_is_one_quote(nlp: Any) -> None:
    text = ("The senator spoke at length. “We will not give up,” she said. “This fight is far "
            "from over and we will keep going.\n\n“Nobody should doubt our resolve on this "
            "matter at all.”")
    article = make_article(nlp, text)
    last = article.quotes[-1]
    assert last.text.startswith("“This fight") and last.text.endswith("matter at all.”")
    assert last.kind == "direct" and last.speaker is not None and last.speaker.text == "she"
    assert offset_problems(article) == []


def test_colon_and_according_to(nlp: Any) -> None:
    text = ("The minister said: “Prices will fall next year.” According to the central bank, "
            "inflation has peaked.")
    article = make_article(nlp, text)
    cues = {q.cue.text for q in article.quotes if q.cue}
    assert "said" in cues and "According to" in cues
    according = next(q for q in article.quotes if q.cue and q.cue.text == "According to")
    assert according.text == "inflation has peaked"
    assert according.speaker is not None and according.speaker.text == "the central bank"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object and its complement are what is attributed
        ("Delgado has repeatedly accused Reyes of wasting public money.",
         ("Delgado", "accused", "Reyes of wasting public money")),
        ("At a rally on Tuesday, Trump called Clinton a liar.",
         ("Trump", "called", "Clinton a liar")),
        # ... with the complement misparsed: an adjective after the object's last noun, or
        # a noun object of the one named
        ("Still, he called Cole's public squabble with the intelligence community unusual.",
         ("he", "called", "Cole's public squabble with the intelligence community unusual")),
        ("The council went further, with Mayor Ann Cole calling Marsh a fraud.",
         ("Mayor Ann Cole", "calling", "Marsh a fraud")),
        # a poll shows its object in a standing: a small clause, even with a pronoun
        ("Among harbour workers, the Mercury poll shows her with a lead of 12 points.",
         ("the Mercury poll", "shows", "her with a lead of 12 points")),
        ("Despite polls showing her well behind, Cole campaigned in every ward of the port.",
         ("polls", "showing", "her well behind")),
        # "call upon" as "call on"
        ("The mayor called upon the board to reopen the pier.",
         ("The mayor", "called upon", "the board to reopen the pier")),
        # noun cues: the possessor is the source
        ("Senator Warren renewed her call for a ban on stock trading.",
         ("her", "call for", "a ban on stock trading")),
        ("Trump's assertion that the election was rigged drew criticism.",
         ("Trump's", "assertion", "that the election was rigged")),
        # a transcript turn, and a colon closing the cue's clause
        ("HALVORSEN: Governor Maria Ostrova released a statement on Sunday about the flood "
         "response.",
         ("HALVORSEN", ":",
          "Governor Maria Ostrova released a statement on Sunday about the flood response")),
        ("The Marsh Institute website notes: It would be hard to exaggerate its reach.",
         ("The Marsh Institute website", "notes", "It would be hard to exaggerate its reach")),
        # two apostrophes as a double quote mark
        ("Mr. Haldane said, ''Slogans don't fix it. Anger doesn't fix it.''",
         ("Mr. Haldane", "said", "''Slogans don't fix it. Anger doesn't fix it.''")),
        # "see X as Y": a view, with its object complement
        ("Okafor sees the bridge project as a chance to win back suburban families.",
         ("Okafor", "sees", "the bridge project as a chance to win back suburban families")),
        # ... even when the parse hangs an earlier clause on the verb
        ("Brannigan is hopeful about the vote, in part because he sees Moreau as a peacemaker.",
         ("he", "sees", "Moreau as a peacemaker")),
        # a participle going on from the speaker is a claim of its own: the first content
        # ends before it, and the speaker carries over
        ("Delacroix insisted that he had grown the Liberal caucus, claiming that he is the "
         "reason for record membership.",
         ("Delacroix", "insisted", "that he had grown the Liberal caucus")),
        ("Delacroix insisted that he had grown the Liberal caucus, claiming that he is the "
         "reason for record membership.",
         ("Delacroix", "claiming", "that he is the reason for record membership")),
        # particles the parse hangs elsewhere; a particle before the verb is none of its
        ("In March, the bishop called for Halvorsen to step down from the council.",
         ("the bishop", "called for", "Halvorsen to step down from the council")),
        ("On Saturday, Sanders called on Governor Snyder to resign over the crisis.",
         ("Sanders", "called on", "Governor Snyder to resign over the crisis")),
        # "called to X": the infinitive is what is called for
        ("Most recently, the mayor called to ban cars from the old town.",
         ("the mayor", "called", "to ban cars from the old town")),
        # a colon before a quote: the words before it are not the quoted speaker's
        ("Murphy lamented the churn of his job: “There is just a ton of paperwork with this "
         "job,” he said.",
         ("he", "said", "“There is just a ton of paperwork with this job,”")),
        # speakers the parse leaves without a subject relation to the cue
        ("Speaking in Leeds, Okafor, without naming him, also accused Brannigan of neglecting "
         "the north.",
         ("Okafor", "accused", "Brannigan of neglecting the north")),
        # ... here a name after a place set off by commas ("in X, Ohio, Y")
        ("At a June campaign event in St. Clairsville, Ohio, 62-year-old Brenda Johnson also "
         "railed against immigrants, and explained how much it upset her.",
         ("62-year-old Brenda Johnson", "explained", "how much it upset her")),
        # ... or takes the opening clause's object for the subject, the speaker for its
        # apposition
        ("To understand the real Abraham Lincoln, Professor Ann Hale said, students should "
         "read his letters.",
         ("Professor Ann Hale", "said", "students should read his letters")),
        # ... or makes it an apposition of a day opening the sentence
        ("Thursday, Oklahoma, leading a coalition of 10 states, asked a federal judge to block "
         "the rules in time for the harvest.",
         ("Oklahoma", "asked", "a federal judge to block the rules in time for the harvest")),
        # ... or joins the cue to a verb inside the quote it closes
        ("''If Reagan had gone with Kemp, I would have been sitting in prison for a long "
         "time,'' Mr. Halvorsen, now 79 and retired in Salem, Ore., said by telephone this "
         "week.",
         ("Mr. Halvorsen", "said", "''If Reagan had gone with Kemp, I would have been sitting "
          "in prison for a long time,''")),
        ("Okafor, meanwhile, who has no such endorsements, said that fact tells you everything "
         "about the contest.",
         ("Okafor", "said", "that fact tells you everything about the contest")),
        ("Halvorsen jokingly handed the reporter a pen, then says he will take questions from "
         "anyone.",
         ("Halvorsen", "says", "he will take questions from anyone")),
        # a quote mark glued to the words around it
        ("“It makes no sense,”said her sister.",
         ("her sister", "said", "“It makes no sense,”")),
        # a one-word answer is what was said
        ("Asked whether they would back the plan, most of the delegates said yes.",
         ("most of the delegates", "said", "yes")),
    ],
)
def test_attribution_patterns(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue interrupting its content: one attribution, two fragments sharing the cue
        ("The economy, he said, is stronger than it has been in years.",
         ("he", "said", ["The economy", "is stronger than it has been in years"])),
        ("The plan, according to officials, would cost billions of dollars.",
         ("officials", "according to", ["The plan", "would cost billions of dollars"])),
        ("The campaign, Smith said in an interview, has been a disaster for the party.",
         ("Smith", "said", ["The campaign", "has been a disaster for the party"])),
        # ... also where the parse hangs the cue on the content's subject
        ("The difference now, Mr. Okafor told me, is that he is the anchor of a news show.",
         ("Mr. Okafor", "told", ["The difference now",
                                 "is that he is the anchor of a news show"])),
        # ... but not where a whole clause follows the cue: the first subject is the speaker
        # named, the second its title
        ("Former Sports Minister Patricia Ferguson, Labour MSP for Glasgow Maryhill, said the "
         "plan failed.",
         ("Former Sports Minister Patricia Ferguson", "said", ["the plan failed"])),
        # a raising verb names nobody: what seems so is part of the content
        ("Brannigan seems to be the typical Dublin politician.",
         (None, "seems", ["Brannigan", "to be the typical Dublin politician"])),
        # an adjective cue after a copula
        ("Some Republicans are concerned that Okafor could split the caucus.",
         ("Some Republicans", "concerned", ["that Okafor could split the caucus"])),
        # one survey is the source of what it found
        ("In the latest Ipsos poll, Okafor's lead over Moreau narrowed to 9 points.",
         ("the latest Ipsos poll", "In", ["Okafor's lead over Moreau narrowed to 9 points"])),
        # ... of the noun and the relative clause it stands in
        ("Lena Ortiz added 14 points for St. Mary's, which on Monday became the top-ranked "
         "team in the Harbour Times poll.",
         ("the Harbour Times poll", "in",
          ["St. Mary's, which on Monday became the top-ranked team"])),
        # a passive cue: the one criticized is part of the content, the agent its source
        ("Trump was criticized by Cruz for skipping the debate.",
         ("Cruz", "criticized", ["Trump", "for skipping the debate"])),
        # ... also where the agent comes last
        ("The plan was dismissed as unworkable by the opposition.",
         ("the opposition", "dismissed", ["The plan", "as unworkable"])),
    ],
)
def test_attribution_fragments(nlp: Any, text: str,
                               expected: tuple[str | None, str, list[str]]) -> None:
    speaker, cue, fragments = expected
    assert [(speaker, cue, fragment) for fragment in fragments] == found_triples(nlp, text)


def test_polls_in_general_are_no_source(nlp: Any) -> None:
    """'in the polls' is a standing, not one survey's finding (PolNeAR train: mostly wrong)."""
    assert make_article(nlp, "Trump leads Cruz by 13 points in the polls.").quotes == []


def test_quote_after_a_full_stop_goes_on_from_the_quoted_speaker(nlp: Any) -> None:
    """The parser runs "“A,” X said, pointing out Y. “B.”" into one sentence; "B" is X's
    quote under "said", not part of what "pointing out" attributes."""
    text = ("''Forty years ago, this street was full,'' Ms. Varga said, pointing out where the "
            "old bakery used to stand. ''But nobody shops here any more.''")
    article = make_article(nlp, text)
    last = article.quotes[-1]
    assert last.text == "''But nobody shops here any more.''"
    assert last.cue is not None and last.cue.text == "said"
    assert last.speaker is not None and last.speaker.text == "Ms. Varga"
    pointing = next(q for q in article.quotes if q.cue and q.cue.text == "pointing out")
    assert pointing.text == "where the old bakery used to stand"


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton met John Kasich in Ohio on Monday. She said the talks had gone well.",
        "John Kasich met Hillary Clinton in Ohio on Monday. She said the talks had gone well.",
    ],
)
def test_pronoun_agrees_in_gender(nlp: Any, text: str) -> None:
    """'she' skips the nearer subject when his given name is a man's."""
    article = make_article(nlp, text)
    speaker = article.quotes[0].speaker
    assert speaker is not None and speaker.text == "She"
    assert speaker.entity_id == _entity(article, "Hillary Clinton")


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        ("Senator John Smith criticised the Justice Department on Monday. It said the "
         "emails were classified.", "It", "Justice Department"),
        ("Hillary Clinton spoke to the Democrats in Ohio. They said the campaign was going "
         "well.", "They", "Democrats"),
    ],
)
def test_it_and_they_stand_for_bodies(nlp: Any, text: str, pronoun: str, name: str) -> None:
    article = make_article(nlp, text)
    speaker = article.quotes[-1].speaker
    assert speaker is not None and speaker.text == pronoun
    assert speaker.entity_id == _entity(article, name)


@pytest.mark.parametrize(
    ("text", "description", "name"),
    [
        ("His top aide, Tad Devine, said the primary will go on.", "His top aide", "Tad Devine"),
        ("One of the men, Jessie Elkins, 70, had served in Vietnam and said he was convinced "
         "that the war was lost.", "One of the men", "Jessie Elkins"),
    ],
)
def test_description_with_a_name_in_apposition(nlp: Any, text: str, description: str,
                                               name: str) -> None:
    """The speaker's mention stays as written; its entity is the name set after it."""
    article = make_article(nlp, text)
    speaker = next(q.speaker for q in article.quotes if q.cue and q.cue.text == "said")
    assert speaker is not None and speaker.text == description
    assert speaker.entity_id == _entity(article, name)


def test_lone_surname_speaker_the_model_did_not_tag(nlp: Any) -> None:
    """A surname alone as a speaker stands for the person named in full before it, even
    where the model tagged it no name ("Wykes" a plural noun)."""
    article = make_article(nlp, "Til Wykes, a professor at King's College, led the study. "
                                "Wykes said the results were clear.")
    speaker = next(q.speaker for q in article.quotes if q.cue and q.cue.text == "said")
    assert speaker is not None and speaker.text == "Wykes"
    assert speaker.entity_id == _entity(article, "Til Wykes")


def test_quote_takes_its_cue_from_its_own_paragraph(nlp: Any) -> None:
    text = ('"Everyone slips up on a long tour," Okafor said. "If I had the chance again, '
            'I would."\n\n"I have backed him for a decade," Lindqvist said.')
    article = make_article(nlp, text)
    owner = {q.text: q.speaker.text for q in article.quotes if q.speaker}
    assert owner['"If I had the chance again, I would."'] == "Okafor"
    assert owner['"I have backed him for a decade,"'] == "Lindqvist"


def test_non_english_gives_no_quotes_and_a_note(nlp: Any) -> None:
    article = make_article(nlp, "«Me encantan los gatos», afirmó Burtón.", language="es")
    assert article.quotes == []
    assert [(e.stage, e.code) for e in article.errors] == [("quotes", "E108")]


def test_no_doc_is_no_crash() -> None:
    article = Article(id="t", text="He said “hello there, friends”.", language="en",
                      provenance=Provenance(input="-", fivew_version="t", processed_at="x"))
    assert find_quotes(article).quotes == []


# --------------------------------------------------------------------------- textacy cases


def _textacy_cases() -> list[Any]:
    if not TEXTACY_CASES.exists():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{TEXTACY_CASES} is absent"))]
    cases = []
    for line in TEXTACY_CASES.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        marks = []
        if case.get("status") == "disabled_upstream":
            marks.append(pytest.mark.skip(reason=case.get("note") or "disabled upstream"))
        cases.append(pytest.param(case, id=case["id"], marks=marks))
    return cases


@pytest.mark.parametrize("case", _textacy_cases())
def test_textacy_direct_quotation_cases(nlp: Any, case: dict[str, Any]) -> None:
    language = case.get("lang", "en")
    article = make_article(nlp, case["text"], language=language)
    assert offset_problems(article) == []
    if language != "en":
        assert article.quotes == [] and article.errors[0].code == "E108"
        return
    quoted = [q for q in article.quotes if has_mark(q.text)]
    if "expected_speaker_tokens" in case:
        tokens = [t for q in quoted for t in (q.speaker.text.split() if q.speaker else [])]
        assert tokens == case["expected_speaker_tokens"]
        return
    direct = [q for q in quoted if q.kind == "direct"]
    got = [(q.speaker.text.split() if q.speaker else [], q.cue.text.split() if q.cue else [],
            q.text) for q in direct]
    want = [(e["speaker"], e["cue"], e["content"]) for e in case["expected"]]
    assert got == want


# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed_article(nlp: Any, seed_text: str) -> Article:
    from fivew.pipeline import extract_articles

    article = next(extract_articles([str(shared_path("seed", "000_80265781f5d8720f.txt"))]))
    assert isinstance(article, Article)
    article._doc = nlp(article.text)
    return find_quotes(article)


def _entity(article: Article, name: str) -> str:
    return next(e.id for e in article.entities if e.name == name)


def test_seed_direct_quotes_are_massouds(seed_article: Article) -> None:
    """Massoud's quoted words: three whole quotes (two said by "he", one continuing his
    reported speech) and the partial quotes "brutality" and "totalitarian regime" inside
    his reported speech; the sixth quoted stretch, "after local state officials ...", is
    the Taliban statement's."""
    massoud = _entity(seed_article, "Ahmad Massoud")
    taliban = _entity(seed_article, "Taliban")
    direct = [q for q in seed_article.quotes if q.kind == "direct"]
    assert len(direct) == 3
    assert all(q.speaker is not None and q.speaker.entity_id == massoud for q in direct)
    assert sum(q.speaker.text.lower() == "he" for q in direct if q.speaker) == 2
    stretches, _ = quote_marks(seed_article.text)
    owners = []
    for start, end in stretches:
        outer = min((q for q in seed_article.quotes if q.start <= start and end <= q.end),
                    key=lambda q: q.start)
        assert outer.speaker is not None
        owners.append(outer.speaker.entity_id or outer.speaker.affiliation_entity_id)
    assert owners.count(massoud) == 5 and owners.count(taliban) == 1
    first = direct[0]
    assert first.text.startswith("“We want to make the Taliban realise")
    assert first.cue is not None and first.cue.text == "told"
    assert first.medium is not None and first.medium.text == "Reuters by telephone"
    assert offset_problems(seed_article) == []


def test_seed_reported_claims(seed_article: Article) -> None:
    taliban = _entity(seed_article, "Taliban")
    massoud = _entity(seed_article, "Ahmad Massoud")
    by_content = {q.text: q for q in seed_article.quotes}
    official = by_content["an offensive had been launched on Panjsher"]
    assert official.kind == "indirect" and official.speaker is not None
    assert official.speaker.description == "A Taliban official"
    assert official.speaker.entity_id is None
    assert official.speaker.affiliation_entity_id == taliban
    aide = next(q for q in seed_article.quotes if q.text.startswith("there were no signs"))
    assert aide.speaker is not None and aide.speaker.description == "an aide to Massoud"
    assert aide.speaker.affiliation_entity_id == massoud
    one_aide = next(q for q in seed_article.quotes if "numbered more than 6,000" in q.text
                    and q.speaker and q.speaker.description)
    assert one_aide.speaker is not None and one_aide.speaker.description == "one aide"
    assert one_aide.speaker.affiliation_entity_id == massoud
    assert one_aide.text == "numbered more than 6,000"  # the aide's claim ends with its clause
    organised = next(q for q in seed_article.quotes
                     if q.text.startswith("he had not organised the operation"))
    assert organised.speaker is not None and organised.speaker.entity_id == massoud
    called = next(q for q in seed_article.quotes if q.cue and q.cue.text == "called for")
    assert called.text.startswith("an inclusive, broad-based government")
    assert called.speaker is not None and called.speaker.entity_id == massoud
    regime = next(q for q in seed_article.quotes if "“totalitarian regime”" in q.text)
    assert regime.kind == "mixed" and regime.speaker is not None
    assert regime.speaker.entity_id == massoud
    feed = next(q for q in seed_article.quotes if q.cue and q.cue.text == "saying")
    assert feed.speaker is not None and feed.speaker.affiliation_entity_id == taliban
    assert feed.medium is not None and "Alemarah Twitter feed" in feed.medium.text


# --------------------------------------------------------------------------- PolNeAR gate


@pytest.mark.gold
def test_polnear_dev_slice_floor() -> None:
    from fivew.evaluate.quotes import quotes

    path = shared_path("data", "quotes", "polnear")
    result = quotes(path, "dev", limit=GOLD_SLICE)
    fivew, baseline = result["fivew"], result["baseline"]
    assert fivew["content_overlap"]["f1"] >= CONTENT_OVERLAP_F1_FLOOR
    assert fivew["speaker_attributed"]["f1"] >= SPEAKER_F1_FLOOR
    assert fivew["cue"]["f1"] >= CUE_F1_FLOOR
    assert fivew["content_overlap"]["f1"] >= baseline["content_overlap"]["f1"] + BASELINE_MARGIN
    confidence = result["confidence"]
    assert confidence["ece"] <= CONFIDENCE_ECE_CEILING, confidence
    right = {band["from"]: band["right"] for band in confidence["bands"]}
    assert right[0.9] >= right[0.5] + CONFIDENCE_SPREAD, confidence


def test_scorer_weights_each_annotator_of_a_text(tmp_path: Any) -> None:
    """A text with several annotators' files counts once: each file weighs 1/n, the
    expectation of PolNeAR's own reader, which picks one annotator at random."""
    from fivew.evaluate.quotes import Attr, documents, score

    text = "Smith said the plan would fail."
    split = tmp_path / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "a.txt").write_text(text, encoding="utf-8")
    full = "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 30\tthe plan would fail\n"
    (split / "attributions" / "a_x1.ann").write_text(
        full + "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n", encoding="utf-8")
    (split / "attributions" / "a_x2.ann").write_text("", encoding="utf-8")
    [(name, _, golds)] = documents(tmp_path, "dev")
    assert name == "a" and [len(g) for g in golds] == [1, 0]
    counts: dict[str, float] = dict.fromkeys(
        ("pred", "gold", "exact", "overlap", "speaker", "pred_cue", "gold_cue", "cue",
         "cue_exact", "gold_quoted", "overlap_quoted", "speaker_quoted"), 0.0)
    pred = [Attr([(11, 30)], [(6, 10)], [(0, 5)])]
    for gold in golds:
        score(text, pred, gold, counts, 1 / len(golds))
    assert counts["pred"] == 1.0 and counts["gold"] == 0.5 and counts["speaker"] == 0.5


def test_annotator_agreement_scores_every_ordered_pair() -> None:
    """Three annotators, two of whom agree on one attribution and one who found none: each
    ordered pair weighs 1/6, so the text's agreement is the share of pairs that match."""
    from fivew.evaluate.quotes import _KEYS, Attr, _metrics, annotator_agreement

    text = "Smith said the plan would fail."
    found = [Attr([(11, 30)], [(6, 10)], [(0, 5)])]
    other_speaker = [Attr([(11, 30)], [(6, 10)], [(11, 14)])]
    counts = dict.fromkeys(_KEYS, 0.0)
    annotator_agreement(text, [found, found, []], counts)
    # Pairs (0,1) and (1,0) match; (0,2), (1,2) predict one with no gold, (2,0), (2,1) miss one.
    assert counts["pred"] == pytest.approx(4 / 6) and counts["gold"] == pytest.approx(4 / 6)
    assert counts["overlap"] == pytest.approx(2 / 6) and counts["speaker"] == pytest.approx(2 / 6)
    assert _metrics(counts)["content_overlap"]["f1"] == pytest.approx(0.5)
    counts = dict.fromkeys(_KEYS, 0.0)
    annotator_agreement(text, [found, other_speaker], counts)
    metrics = _metrics(counts)
    assert metrics["content_overlap"]["f1"] == 1.0 and metrics["speaker_attributed"]["f1"] == 0.0


@pytest.mark.gold
def test_polnear_reports_annotator_agreement() -> None:
    """The annotator-training split (four texts, six annotators each) gives the ceiling
    beside fivew's score on the same texts."""
    from fivew.evaluate.quotes import format_report, quotes

    result = quotes(shared_path("data", "quotes", "polnear"), "annotator-training")
    agreement = result["agreement"]
    assert agreement["documents"] == 4
    assert 0.5 < agreement["annotators"]["content_overlap"]["f1"] < 1.0
    assert agreement["fivew"]["content_overlap"] == result["fivew"]["content_overlap"]
    assert "annotators agree at content overlap F1" in format_report(result)


def test_verb_with_an_object_after_a_closed_quote_does_not_report_it(nlp: Any) -> None:
    # "He taught it ...": a new sentence that says something of its own; the quote goes on
    # from the speaker before it, while "“...,” he beamed" still reports the quote before it
    text = ("The bot is the work of Sam Okafor. “It was just something I wanted to use "
            "myself,” Okafor says. “I was living in another city, away from my friends and "
            "family.” He taught it the principles of his psychology degree.")
    assert [(who, cue) for who, cue, _ in found_triples(nlp, text)][-1] == ("Okafor", "says")
    assert ("he", "beamed", "“We won,”") in found_triples(nlp, "“We won,” he beamed.")


def test_unlisted_verb_after_a_full_stop_does_not_report_the_quote_before(nlp: Any) -> None:
    # a full stop after the closing mark ends the quote's sentence: "did" says nothing of the
    # partial quote before it, as "beamed" right after a comma does
    text = ("The governor has granted the police chief “extended leave of absence”. He did "
            "so after the prosecutor's visit.")
    assert found_triples(nlp, text) == []


def test_unlisted_verb_after_a_quote_ending_in_a_full_stop_does_not_report_it(
        nlp: Any) -> None:
    # a full stop closing the quote's words ends its sentence as one after the closing mark
    # does: "’s" (the parse's verb) is no cue, and the quote goes on from its speaker; an
    # ellipsis leaves the sentence open, and so does a small letter after the full stop
    text = ("“The river has never been this low,” Ines Okoro said. “We need rain within the "
            "week.” It’s unclear if the mayor is aware of that.")
    assert [(who, cue) for who, cue, _ in found_triples(nlp, text)] == [
        ("Ines Okoro", "said"), ("Ines Okoro", "said")]
    assert ("he", "mused", "“We will see...”") in found_triples(nlp, "“We will see...” he mused.")


def test_cue_in_a_parenthesis_after_a_quote_does_not_report_it(nlp: Any) -> None:
    # "(X declined to comment.)" is an aside: the quote before it goes on from its speaker
    text = ("Ann Roe, a retired judge, told me that his allies “will defend the decision.” "
            "His critics, however, “will see this as another broken promise.” (The mayor "
            "declined to comment for this story.)")
    quote = next(q for q in make_article(nlp, text).quotes if "broken promise" in q.text)
    assert quote.cue is not None and quote.cue.text != "declined"


def test_quote_goes_on_from_the_quoted_speaker_further_back_in_its_paragraph(nlp: Any) -> None:
    # no speech verb in the sentences just before: the quote is the quoted speaker's, not
    # the worrying's
    text = ("“It felt just like talking to a friend,” Okafor says. The bot lived in her pocket. "
            "It was patient and always there. Okafor didn’t have to worry about being boring. "
            "“I could talk over and over.”")
    assert [(who, cue) for who, cue, _ in found_triples(nlp, text)][-1] == ("Okafor", "says")


def test_title_as_the_object_of_a_verb_is_no_quote(nlp: Any) -> None:
    # a show's name shot, not words said, though a reporting verb follows in the sentence
    text = ("He was shooting “Harbour Lights of Dover,” one of nine versions of his show, "
            "while promoting a memoir, which will be published this week.")
    assert not any("Harbour Lights" in content for _, _, content in found_triples(nlp, text))
    # a quote a reporting verb governs stays, in title case too
    told = found_triples(nlp, "She told the board, “We Will Win.”")
    assert ("She", "told", "“We Will Win.”") in told


def test_title_after_a_possessive_is_no_quote_when_it_opens_a_sentence(nlp: Any) -> None:
    # the parse ends the sentence before the show's name; the name is no one's words
    text = ("Mr. Cole took the swipe at his likely election opponent Monday night on Harbour "
            "FM’s “Late Night With Ben Marsh.”")
    assert not any("Late Night" in content for _, _, content in found_triples(nlp, text))
