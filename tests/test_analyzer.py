"""The analyzer: each cue family, negatives, carried-over scope, independence, offsets."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from generator.analysis import Analysis, Claim, Registry, RegistryEntry, analyze, load_lexicon


def one(text: str, registry: Registry) -> Claim:
    claims = analyze(text, registry).claims
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


def kinds(claim: Claim) -> set[str]:
    return {r.kind for r in claim.reasons}


# -- the seed (the canonical example; the analyzer never sees its text as special) --


@pytest.fixture(scope="module")
def seed(seed_body: str, registry: Registry) -> Analysis:
    return analyze(seed_body, registry)


def by_start(analysis: Analysis, prefix: str) -> Claim:
    return next(c for c in analysis.claims if c.text.startswith(prefix))


def test_seed_tass_sentences_are_single_source_tass(seed: Analysis) -> None:
    for prefix in ("According to a recent TASS report", "TASS suggests"):
        claim = by_start(seed, prefix)
        assert "single-source" in claim.labels
        assert "tass" in [s.id for s in claim.sources]
        assert "opinion" not in claim.labels


def test_seed_the_report_carries_tass_forward(seed: Analysis) -> None:
    for prefix in ("The report highlights", "The report underscores"):
        claim = by_start(seed, prefix)
        assert claim.labels == ["single-source"]
        (reason,) = [r for r in claim.reasons if r.label == "single-source"]
        assert reason.kind == "carried-over" and reason.cue == "The report"
        origin = next(c for c in seed.claims if c.id == reason.from_claim)
        assert "TASS" in origin.text


def test_seed_hedged_and_anonymous_sentences_are_unverified(seed: Analysis) -> None:
    expected = {
        "The ongoing conflict": "hedge",
        "This revelation": "anonymous-source",
        "The Main Intelligence Directorate": "hedge",
        "Amid these developments": "hedge",
        "According to sources close": "anonymous-source",
        "This directive comes": "vague-report",
    }
    for prefix, kind in expected.items():
        claim = by_start(seed, prefix)
        assert "unverified" in claim.labels, prefix
        assert kind in kinds(claim), prefix
        assert "single-source" not in claim.labels, prefix


def test_seed_interpretive_sentences_are_opinion_only(seed: Analysis) -> None:
    for prefix in (
        "This development raises",
        "Putin’s emphasis",
        "The implications of these reports",
        "Meanwhile, within Russia",
        "As the war grinds on",
        "For some, joining",
        "The coming months will likely",
    ):
        claim = by_start(seed, prefix)
        assert claim.labels == ["opinion"], (prefix, claim.labels)


def test_seed_first_tass_claim_matches_the_contract_example(seed: Analysis) -> None:
    claim = by_start(seed, "According to a recent TASS report")
    assert claim.labels == ["single-source", "unverified"]
    assert [(s.id, s.name, s.kind) for s in claim.sources] == [
        ("tass", "TASS", "state-media"),
        (None, "Russian law enforcement sources", "anonymous"),
    ]
    cues = [(r.label, r.kind, r.cue) for r in claim.reasons]
    assert cues == [
        ("single-source", "named-source", "According to"),
        ("unverified", "anonymous-source", "law enforcement sources"),
    ]


# -- attribution --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "According to Reuters, the talks collapsed on Monday.",
        "Reuters reported that the talks collapsed.",
        "The talks collapsed, Reuters said.",
        "The talks collapsed, said Reuters.",
        "Reuters' report says the talks collapsed.",
        "A Reuters investigation found the talks collapsed.",
        "Reuters further noted that the talks collapsed.",
    ],
)
def test_named_registry_source_is_single_source(text: str, registry: Registry) -> None:
    claim = one(text, registry)
    assert claim.labels == ["single-source"]
    assert [s.id for s in claim.sources] == ["reuters"]


def test_a_speaker_and_the_outlet_that_carried_the_words_are_one_chain(registry: Registry) -> None:
    claim = one("In an interview with Reuters, the minister described the collapse.", registry)
    assert claim.labels == ["single-source"]
    assert [s.id for s in claim.sources][:1] == ["reuters"] and "the minister" in [s.name for s in claim.sources]


def test_unknown_named_speaker_is_kept_by_name(registry: Registry) -> None:
    claim = one('"We will hold the line," General Oleksandr Syrskyi said.', registry)
    assert claim.labels == ["single-source"]
    (source,) = claim.sources
    assert (source.id, source.name, source.kind) == (None, "General Oleksandr Syrskyi", "unknown")


def test_appositive_between_speaker_and_verb(registry: Registry) -> None:
    claim = one("John Smith, a spokesman for the ministry, said the talks had failed.", registry)
    assert [s.name for s in claim.sources] == ["John Smith"]


def test_registry_aliases_match_case_possessive_and_script(registry: Registry) -> None:
    assert [s.id for s in one("ТАСС сообщил. ", registry).sources] in ([], ["tass"])
    claim = one("The Associated Press reported the fire.", registry)
    assert [s.id for s in claim.sources] == ["ap"]
    assert one("The map was drawn.", registry).labels == []  # "ap" inside words never matches


@pytest.mark.parametrize(
    "text",
    [
        "That said, the economy grew by 3 percent.",
        "It is easier said than done.",
        "The weather was warm and the market was busy.",
        "The company will publish its results on Friday.",
        "The data show unemployment fell to 4 percent.",
        "The ongoing conflict on the Eastern Front has revealed new trenches.",
    ],
)
def test_non_attribution_sentences_stay_unmarked(text: str, registry: Registry) -> None:
    assert one(text, registry).labels == []


# -- carried-over attribution -----------------------------------------------------


def test_carried_over_until_a_new_source_is_named(registry: Registry) -> None:
    text = (
        "Reuters reported the strike. The agency added that three people died. "
        "AFP said the port was closed. The agency also said ships were turned back."
    )
    claims = analyze(text, registry).claims
    assert [s.id for s in claims[1].sources] == ["reuters"]
    assert claims[1].reasons[0].from_claim == "c1"
    assert [s.id for s in claims[3].sources] == ["afp"]
    assert claims[3].reasons[0].from_claim == "c3"


def test_carried_over_stops_at_a_new_section(registry: Registry) -> None:
    claims = analyze(
        "Reuters reported the strike.\n\n## Aftermath\n\nThe report says the port closed.", registry
    ).claims
    # Not Reuters's report: the report, whatever it is, is what the sentence rests on.
    assert [s.name for s in claims[-1].sources] == ["The report"]
    assert kinds(claims[-1]) == {"named-source"}


def test_carried_over_crosses_paragraphs_within_a_section(registry: Registry) -> None:
    claims = analyze("TASS reported the strike.\n\nThe weather was cold.\n\nIt also says ships left.", registry).claims
    assert claims[-1].labels == ["single-source"]
    assert kinds(claims[-1]) == {"carried-over"}


def test_plain_text_with_one_paragraph_per_line_reads_as_paragraphs(registry: Registry) -> None:
    # As `explainer import` reads it: no blank line anywhere, every line ends a sentence.
    lines = "TASS reported the strike near the port.\nThe details were sparse.\nPutin has reportedly left Moscow.\n"
    claims = analyze(lines, registry).claims
    assert [c.labels for c in claims] == [["single-source"], [], ["unverified"]]  # the report stays in its paragraph
    as_markdown = analyze(lines.replace("\n", "\n\n"), registry).claims
    assert [c.labels for c in as_markdown] == [c.labels for c in claims]


def test_a_paragraph_wrapped_over_lines_is_still_one_paragraph(registry: Registry) -> None:
    wrapped = (
        "TASS reported the strike near the port, citing the\nport authority. The details of the strike were\nsparse.\n"
    )
    claims = analyze(wrapped, registry).claims
    assert len(claims) == 2
    assert claims[1].labels == ["single-source"]  # a detail of the report, in its paragraph


def test_anaphor_prefers_a_source_of_matching_kind(registry: Registry) -> None:
    claims = analyze("Reuters and the Kremlin said talks failed. The agency added that troops moved.", registry).claims
    assert [s.id for s in claims[1].sources] == ["reuters"]


def test_a_document_without_antecedent_is_its_own_source(registry: Registry) -> None:
    claim = one("The congressional report said the servers had been breached.", registry)
    assert [s.name for s in claim.sources] == ["The congressional report"]
    # Figures and data are evidence of nobody in particular: no source, so no mark.
    assert one("The figures highlight a shift in tactics.", registry).labels == []


# -- anonymous, vague, hedges -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Sources close to the leadership say the plan is ready.", "anonymous-source"),
        ("Officials said the road was closed.", "anonymous-source"),
        ("Western intelligence sources believe the plant is damaged.", "anonymous-source"),
        ("A person familiar with the matter said the deal was done.", "anonymous-source"),
        ("Insiders expect a reshuffle.", "anonymous-source"),
        ("Critics argue the plan is too expensive.", "anonymous-source"),
        ("There are reports of shelling near the border.", "vague-report"),
        ("It is reported that the convoy was attacked.", "vague-report"),
        ("Some say the vote was rigged.", "anonymous-source"),
        ("The minister reportedly resigned.", "hedge"),
        ("The suspect allegedly fled the country.", "hedge"),
        ("The letter was purportedly signed by the general.", "hedge"),
        ("The leader is said to be furious.", "hedge"),
        ("He is believed to have left the city.", "hedge"),
        ("The claim could not be independently verified.", "hedge"),
        ("Unconfirmed footage shows a burning tank.", "hedge"),
    ],
)
def test_unverified_cue_families(text: str, kind: str, registry: Registry) -> None:
    claim = one(text, registry)
    assert "unverified" in claim.labels
    assert kind in kinds(claim)


def test_a_named_sources_claim_is_its_claim_not_a_hedge(registry: Registry) -> None:
    claim = one("TASS claims that the village was captured.", registry)
    assert claim.labels == ["single-source"]


# -- independence -----------------------------------------------------------------------


def test_independent_owners_corroborate(registry: Registry) -> None:
    claim = one("TASS and Reuters reported that the bridge was destroyed.", registry)
    assert claim.labels == ["corroborated"]
    assert [s.id for s in claim.sources] == ["tass", "reuters"]


def test_shared_owner_is_still_single_source(registry: Registry) -> None:
    claim = one("TASS and RIA Novosti reported that the bridge was destroyed.", registry)
    assert claim.labels == ["single-source"]
    assert "shared-owner" in kinds(claim)


def test_independence_follows_the_registry_data() -> None:
    same = Registry({"a": RegistryEntry("a", "Alpha", owner="X"), "b": RegistryEntry("b", "Beta", owner="X")})
    different = Registry({"a": RegistryEntry("a", "Alpha", owner="X"), "b": RegistryEntry("b", "Beta", owner="Y")})
    text = "Alpha and Beta reported the fire."
    assert one(text, same).labels == ["single-source"]
    assert one(text, different).labels == ["corroborated"]


def test_state_agency_citing_anonymous_police_is_both(registry: Registry) -> None:
    claim = one("Xinhua, citing unnamed police sources, said the bridge was closed.", registry)
    assert claim.labels == ["single-source", "unverified"]


# -- opinion --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This development raises serious questions about the army's readiness.",
        "The decision reflects a strategic attempt to calm investors.",
        "The episode serves as a stark reminder of the cost of war.",
        "The coming weeks will likely determine the outcome.",
        "The move may represent a turning point for the region.",
        "The government must act now to protect workers.",
        "I think this is a terrible idea.",
    ],
)
def test_opinion_cue_families(text: str, registry: Registry) -> None:
    claim = one(text, registry)
    assert claim.labels == ["opinion"]
    assert all(r.label == "opinion" for r in claim.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "The plan is a disaster that will likely fail, Reuters said.",
        "Officials said the move reflects a strategic attempt to calm markets.",
        '"This is a stark reminder of the cost of war," the mayor said.',
    ],
)
def test_attributed_opinion_belongs_to_the_source(text: str, registry: Registry) -> None:
    assert "opinion" not in one(text, registry).labels


def test_single_weak_evaluation_word_is_not_opinion(registry: Registry) -> None:
    assert one("The storm caused dramatic flooding in the north.", registry).labels == []


# -- reasons and offsets --------------------------------------------------------------------


def test_every_label_has_a_reason_with_a_span_inside_the_claim(seed_body: str, registry: Registry) -> None:
    for claim in analyze(seed_body, registry).labelled:
        assert {r.label for r in claim.reasons} == set(claim.labels)
        for reason in claim.reasons:
            assert claim.start <= reason.start < reason.end <= claim.end
            assert seed_body[reason.start : reason.end] == reason.cue


def test_offsets_are_code_points_on_unicode_text(registry: Registry) -> None:
    body = "Ёлка 🎄 горит. Reuters reported the fire 👍🏽 near Café Noëĺ. Officials said it spread.\n"
    analysis = analyze(body, registry)
    for claim in analysis.claims:
        assert body[claim.start : claim.end] == claim.text
    labelled = analysis.labelled
    assert [c.labels for c in labelled] == [["single-source"], ["unverified"]]


def test_empty_and_whitespace_bodies() -> None:
    for body in ("", "   \n\n", "```\ncode only\n```\n"):
        analysis = analyze(body)
        assert analysis.claims == []
        assert analysis.summary() == {
            "claims": 0,
            "single-source": 0,
            "unverified": 0,
            "corroborated": 0,
            "opinion": 0,
        }


def test_huge_input_is_analysed_completely(registry: Registry) -> None:
    paragraph = "Reuters reported the strike. The weather was cold. Officials said the port closed.\n\n"
    body = paragraph * 5000  # about 420 kB
    analysis = analyze(body, registry)
    assert len(analysis.claims) == 15000
    # Every paragraph is labelled as it is alone: nothing is dropped or cut short.
    one = analyze(paragraph, registry).summary()
    assert one["single-source"] and one["unverified"]
    assert analysis.summary() == {key: count * 5000 for key, count in one.items()}


def test_ids_are_positions_of_all_sentences(registry: Registry) -> None:
    analysis = analyze("Plain one. Officials said two. Plain three.", registry)
    assert [c.id for c in analysis.claims] == ["c1", "c2", "c3"]
    assert [c.id for c in analysis.labelled] == ["c2"]


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(LookupError, match="no cue lexicon for language 'xx'; available: en"):
        load_lexicon("xx")


# -- the lexicon is data ------------------------------------------------------------------


def test_a_new_cue_needs_only_a_data_file(tmp_path: Path, registry: Registry) -> None:
    from generator.analysis.lexicon import LEXICON_DIR, lexicon_from_file

    text = "The minister is whispered to have resigned."
    assert one(text, registry).labels == []
    data = yaml.safe_load((LEXICON_DIR / "en.yml").read_text(encoding="utf-8"))
    data["hedges"].append("is whispered to")
    custom = tmp_path / "en.yml"
    custom.write_text(yaml.safe_dump(data), encoding="utf-8")
    for name in data["data_files"].values():
        shutil.copy(LEXICON_DIR / name, tmp_path / name)
    claims = analyze(text, registry, lexicon=lexicon_from_file(custom)).claims
    assert claims[0].labels == ["unverified"]
    assert claims[0].reasons[0].cue == "is whispered to"


def test_unknown_word_list_in_a_cue_is_reported(tmp_path: Path) -> None:
    from generator.analysis.lexicon import lexicon_from_file

    custom = tmp_path / "xx.yml"
    custom.write_text("hedges: ['{nosuchlist}']\n", encoding="utf-8")
    with pytest.raises(LookupError, match=re.escape("unknown word list '{nosuchlist}'")):
        lexicon_from_file(custom)


def test_case_folding_keeps_offsets() -> None:
    from generator.analysis.cues import fold

    text = "İstanbul REPORTEDLY ẞ"
    assert len(fold(text)) == len(text)
    assert fold(text).endswith("reportedly ß")


def test_a_misspelt_family_is_an_error_not_a_family_switched_off(tmp_path: Path) -> None:
    from generator.analysis.lexicon import LexiconError, lexicon_from_file

    custom = tmp_path / "xx.yml"
    custom.write_text("language: xx\nhegdes: [reportedly]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=re.escape("xx.yml:2: unknown key 'hegdes'")):
        lexicon_from_file(custom)


def test_a_word_yaml_reads_as_a_boolean_is_an_error(tmp_path: Path) -> None:
    from generator.analysis.lexicon import LexiconError, lexicon_from_file

    custom = tmp_path / "xx.yml"
    custom.write_text("language: xx\nword_lists:\n  prepositions: [in, on, at]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="True is not text; write it in quotes"):
        lexicon_from_file(custom)


def test_a_cue_that_could_never_match_is_an_error(tmp_path: Path) -> None:
    from generator.analysis.lexicon import LexiconError, lexicon_from_file

    custom = tmp_path / "xx.yml"
    custom.write_text("language: xx\nhedges: ['may have (been )?']\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="ends a group with a space"):
        lexicon_from_file(custom)


def test_the_writers_may_have_is_a_hedge(registry: Registry) -> None:
    (found,) = analyze("The fire may have started in the kitchen.", registry).claims
    assert found.labels == ["unverified"]
    assert [r.cue for r in found.reasons] == ["may have"]
