"""Language data: the analyzer's knowledge of a language, loaded from a YAML file and its data files.

A lexicon is validated and compiled once per language and cached; the stages
only ever see compiled patterns and word sets, so adding a cue is an edit to
``lexicons/<lang>.yml``. The file is checked against the schema below: an
unknown key, an unknown ``{word_list}`` or a missing data file is an error
naming the file and line, because a misspelt family would otherwise switch a
whole cue family off without a word.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .cues import LexiconError, compile_cues, fold, fragments
from .prefilter import Plan, plan
from .yamlnodes import error_line, error_message, load_with_lines

LEXICON_DIR = Path(__file__).parent / "lexicons"

#: Families that are lists of cue phrases (regular-expression fragments).
PHRASE_FAMILIES = (
    "speech_verbs",
    "finding_verbs",
    "source_frames",
    "relay_frames",
    "document_frames",
    "authored_frames",
    "speech_nouns",
    "joining_frames",
    "joining_agents",
    "independent_confirmations",
    "channel_frames",
    "spoken_in",
    "fillers",
    "hedges",
    "verification_failures",
    "hedge_adjectives",
    "modal_hedges",
    "vague_quantities",
    "vague_reports",
    "answered_reports",
    "anonymous_phrases",
    "attribution_negatives",
    "refusals",
    "unsourced_figures",
    "covert_acts",
    "battlefield_claims",
    "criminal_records",
    "figures_of_record",
)
#: Families that are sets of plain words.
WORD_SETS = ("not_names", "name_connectors", "title_connectors", "interviewer_labels", "answer_labels")
#: Word lists the stages use by name (each also usable in cues as ``{name}``).
NAMED_LISTS = (
    "institutions",
    "offices",
    "anonymous_groups",
    "plural_endings",
    "anonymous_persons",
    "professions",
    "person_nouns",
    "faceless_nouns",
    "joint_speakers",
    "company_words",
    "outlet_words",
    "outlet_nouns",
    "outlet_staff",
    "contact_participles",
    "outlet_verbs",
    "kin",
    "display_verbs",
    "gerund_prepositions",
    "restated_claims",
    "confirming_verbs",
    "repeating_verbs",
    "repetition_adverbs",
    "restated_events",
    "perception_verbs",
    "counting_verbs",
    "expectation_modals",
    "expectation_anchors",
    "rule_openers",
    "documents",
    "instrument_words",
    "taken_down_prepositions",
    "nationality_endings",
    "agent_endings",
    "fronted_clause_openers",
    "circumstance_openers",
    "evidence_nouns",
    "record_adjectives",
    "unnamed_records",
    "published_pieces",
    "report_nouns",
    "report_authors",
    "public_bodies",
    "prepositions",
    "figure_nouns",
    "number_words",
    "legal_context",
    "spokespeople",
    "vague_quantifiers",
    "frequent_words",
    "clause_verbs",
    "clause_openers",
    "inclusion_openers",
    "generic_bodies",
    "spoken_documents",
    "body_possessives",
    "legal_hedges",
    "relatives",
    "pronouns",
    "personal_pronouns",
    "plural_pronouns",
    "body_pronouns",
    "possessive_determiners",
    "subject_pronouns",
    "asked_question_words",
    "verb_coordinators",
    "person_relatives",
    "verb_relatives",
    "clause_words",
    "phrase_end_words",
    "complementizers",
    "question_words",
    "naming_participles",
    "naming_openers",
    "exclaiming_words",
    "record_anchors",
    "ranked_events",
    "occasions",
    "attribute_prepositions",
    "superlative_anchors",
    "record_periods",
    "attributive_hedges",
    "again_modifiers",
    "period_openers",
    "company_nouns",
    "plural_bodies",
    "determiners",
    "articles",
    "definite_determiners",
    "employment_verbs",
    "official_act_verbs",
    "settlement_nouns",
    "maker_participles",
    "view_participles",
    "place_prepositions",
    "affiliation_prepositions",
    "holder_prepositions",
    "origin_prepositions",
    "first_person_words",
    "noun_complements",
    "writing_verbs",
    "compound_prefixes",
    "compound_suffixes",
    "noun_determiners",
    "definite_groups",
    "indefinites",
    "group_openers",
    "coordinators",
    "object_prepositions",
    "authorship_prepositions",
    "publication_participles",
    "venue_participles",
    "authored_verbs",
    "respondent_nouns",
    "poll_nouns",
    "ballot_phrases",
    "surveyed_prepositions",
    "partitive_prepositions",
    "quantity_openers",
    "name_final_words",
    "addressing_participles",
    "interview_nouns",
    "interviewee_prepositions",
    "venue_prepositions",
    "approximate_quantities",
    "relaying_words",
    "absence_determiners",
    "title_abbreviations",
    "abbreviations",
    "starting_points",
    "intransitive_speech_verbs",
    "introducing_verbs",
    "object_relatives",
    "achieved_infinitives",
    "causative_verbs",
    "newer_past_verbs",
    "degree_adverbs",
    "kin_nouns",
    "absolute_openers",
    "comparatives",
    "clause_subordinators",
    "correlatives",
    "affiliated_groups",
    "record_bodies",
    "contested_verbs",
    "distributive_phrases",
    "reply_verbs",
    "asking_verbs",
    "wondering_verbs",
    "report_verbs",
    "negations",
    "absences",
    "time_prepositions",
    "nobody_words",
    "contraction_endings",
    "past_participle_endings",
    "adverb_endings",
    "passive_auxiliaries",
    "modal_auxiliaries",
    "perfect_auxiliaries",
    "infinitive_markers",
    "catenative_verbs",
    "authored_texts",
    "authoring_adverbs",
    "gerund_time_prepositions",
    "question_openers",
    "body_possessive",
    "date_relatives",
    "agreement_words",
    "inverting_verbs",
    "inverting_say",
    "masculine_pronouns",
    "feminine_pronouns",
    "masculine_titles",
    "feminine_titles",
    "participle_endings",
    "clause_only_verbs",
    "topic_prepositions",
    "topic_on_verbs",
    "topic_on_prepositions",
    "reply_topic_prepositions",
    "plural_subject_pronouns",
    "definite_articles",
    "agent_prepositions",
    "passive_complements",
    "on_not_topic",
)
DATA_FILES = ("common_words",)
TOP_LEVEL = frozenset({"language", "data_files", "word_lists", "anaphors", "opinion", *PHRASE_FAMILIES, *WORD_SETS})
OPINION_KEYS = frozenset({"threshold", "families"})
FAMILY_KEYS = frozenset({"weight", "cues", "end_of_sentence", "case_sensitive", "in_attributed"})


@dataclass(frozen=True)
class OpinionFamily:
    name: str
    weight: float
    pattern: re.Pattern[str]
    #: Only counts at the very end of a sentence (a question mark, say).
    end_of_sentence: bool = False
    #: Matched against the text as written rather than folded ("I", not "i").
    case_sensitive: bool = False
    #: Counts in a sentence that credits a source too (the writer's framing of what was said).
    in_attributed: bool = False

    @property
    def key(self) -> str:
        """Its name among the families a body is scanned for (``Lexicon.patterns``, ``plans``)."""
        return f"opinion:{self.name}"

    @property
    def scanned(self) -> bool:
        """Found by scanning the folded body once, like the phrase families (not as written, and not
        only at a sentence's end)."""
        return not self.case_sensitive and not self.end_of_sentence


@dataclass(frozen=True)
class Anaphor:
    pattern: re.Pattern[str]
    #: Source kinds this reference prefers ("the agency" → news agencies); empty = any.
    kinds: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    language: str
    #: Every phrase family and named word list, compiled for folded text.
    patterns: dict[str, re.Pattern[str]]
    #: Word sets and named word lists, folded, for membership tests.
    words: dict[str, frozenset[str]]
    anaphors: tuple[Anaphor, ...]
    opinion: tuple[OpinionFamily, ...]
    opinion_threshold: float
    #: Lower-case words of the language and their usual part of speech.
    common_words: dict[str, str]
    #: Fillers at the end of a text: what stands between a speaker and its verb, read backwards.
    filler_tail: re.Pattern[str]
    #: Per pattern (families by name, opinion families as "opinion:<name>"): where its cues
    #: can be (key words), or None when it must be scanned in full.
    plans: dict[str, Plan | None]

    # Word sets the stages combine, made once per lexicon rather than per document or per call.

    @functools.cached_property
    def openers(self) -> frozenset[str]:
        """Words that open a definite or an indefinite reference ("the", "a", "his")."""
        return self.words["determiners"] | self.words["definite_determiners"]

    @functools.cached_property
    def speaker_heads(self) -> frozenset[str]:
        """Nouns that name a body or a person: the head of a source named only by description."""
        words = self.words
        return words["institutions"] | words["offices"] | words["person_nouns"] | words["spokespeople"] | words["kin"]

    @functools.cached_property
    def outlet_terms(self) -> frozenset[str]:
        """Words that make a name an outlet's ("ABC News", "the Daily Telegraph", "the broadcaster")."""
        return self.words["outlet_words"] | self.words["outlet_nouns"]

    @functools.cached_property
    def unnamed_people(self) -> frozenset[str]:
        """One person a reader cannot identify after "a" or "another" ("a shopkeeper", "a baker")."""
        return self.words["anonymous_persons"] | self.words["person_nouns"] | self.words["professions"]

    @functools.cached_property
    def person_heads(self) -> frozenset[str]:
        """Nouns that head a phrase meaning one person ("the lead author", "the defendant", "the mayor")."""
        return self.unnamed_people | self.words["offices"] | self.words["spokespeople"]

    @functools.cached_property
    def person_titles(self) -> frozenset[str]:
        """What a person is or does, as a title ("senator", "first lady", "hacker"): two of them joined
        by "and" are one person ("the former first lady and U.S. senator")."""
        return self.words["offices"] | self.words["person_nouns"]

    @functools.cached_property
    def countable_heads(self) -> frozenset[str]:
        """People, offices and bodies whose plural, nobody named, is a vague source ("plaintiffs", "unions")."""
        return self.unnamed_people | self.words["offices"] | self.words["institutions"]

    @functools.cached_property
    def unnamed_only(self) -> frozenset[str]:
        """People a story only ever leaves unnamed: "the aide" is the aide of an anonymous account."""
        return self.words["anonymous_persons"] - self.words["person_nouns"] - self.words["offices"]

    @functools.cached_property
    def reports(self) -> frozenset[str]:
        """Reports and their authors, whose details a paragraph goes on giving ("the study", "the team")."""
        return self.words["report_nouns"] | self.words["report_authors"]

    @functools.cached_property
    def makers(self) -> frozenset[str]:
        """Prepositions that name who made a document or where it appeared ("by Gallup", "in The Lancet")."""
        return self.words["authorship_prepositions"] | self.words["venue_prepositions"]

    @functools.cached_property
    def bodies(self) -> frozenset[str]:
        """Words that make a name a body's, which "he" or "she" never refers to."""
        return self.words["institutions"] | self.words["company_words"] | self.words["outlet_words"]

    @functools.cached_property
    def scanned_opinion(self) -> tuple[str, ...]:
        """The keys of the opinion families found by scanning the body."""
        return tuple(family.key for family in self.opinion if family.scanned)

    @functools.cached_property
    def key_words(self) -> frozenset[str]:
        """Every key word of every planned family: the words a body's index keeps."""
        keyed = [frozenset(p.keys) | p.sentence_keys for p in self.plans.values() if p is not None]
        return frozenset().union(*keyed)


@functools.cache
def available_languages() -> tuple[str, ...]:
    """The languages explainer ships a lexicon for, listed once per process (every article asks)."""
    return tuple(sorted(p.stem for p in LEXICON_DIR.glob("*.yml")))


@functools.cache
def load_lexicon(language: str = "en") -> Lexicon:
    """The built-in lexicon of ``language``, compiled once per process."""
    path = LEXICON_DIR / f"{language}.yml"
    if not re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", language) or not path.is_file():
        raise LookupError(f"no cue lexicon for language '{language}'; available: {', '.join(available_languages())}")
    return lexicon_from_file(path, language)


def lexicon_from_file(path: Path, language: str = "en") -> Lexicon:
    """Validate and compile a lexicon data file; a second language is just another such file."""
    try:
        data, lines = load_with_lines(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}:{error_line(exc) or 1}: not valid YAML ({error_message(exc)})") from exc
    if not isinstance(data, dict):
        raise LexiconError(f"{path}:1: a lexicon is a mapping of families to cues")
    _check_keys(path, data, lines)
    _check_values(path, data, lines)
    word_lists = {str(k): [str(w) for w in v or []] for k, v in (data.get("word_lists") or {}).items()}
    try:
        patterns = {name: compile_cues(_strings(data, name), word_lists=word_lists) for name in PHRASE_FAMILIES}
        for name in NAMED_LISTS:
            patterns[name] = compile_cues(word_lists.get(name, []))
        anaphors = tuple(
            Anaphor(
                re.compile(f"(?<!\\w)(?:{fragments([str(cue)], False, word_lists)[0]})(?!\\w)"),
                frozenset(kinds or ()),
            )
            for cue, kinds in (data.get("anaphors") or {}).items()
        )
        opinion, threshold = _opinion(path, data.get("opinion") or {}, lines, word_lists)
    except LexiconError as exc:
        raise LexiconError(f"{path}: {exc}") from exc
    words = {name: frozenset(fold(w) for w in _strings(data, name)) for name in WORD_SETS}
    words.update({name: frozenset(fold(w) for w in word_lists.get(name, [])) for name in NAMED_LISTS})
    files = data.get("data_files") or {}
    frequent = words["frequent_words"]
    plans = {name: plan(fragments(_strings(data, name), False, word_lists), frequent) for name in PHRASE_FAMILIES}
    for family in opinion:
        if family.scanned:
            cues = [str(c) for c in (data["opinion"]["families"][family.name.replace("-", "_")]["cues"])]
            plans[family.key] = plan(fragments(cues, False, word_lists), frequent)
            patterns[family.key] = family.pattern
    return Lexicon(
        language=str(data.get("language", language)),
        patterns=patterns,
        words=words,
        anaphors=anaphors,
        opinion=opinion,
        opinion_threshold=threshold,
        # (the data file predates some verbs: "emailed", "texted", in the lexicon as past forms)
        common_words=_common_words(path, files.get("common_words")) | dict.fromkeys(words["newer_past_verbs"], "VBD"),
        filler_tail=re.compile(f"(?<!\\w)(?:{'|'.join(fragments(_strings(data, 'fillers'), False, word_lists))})\\s*$"),
        plans=plans,
    )


def _strings(data: dict[str, Any], key: str) -> list[str]:
    return [str(item) for item in data.get(key) or []]


def _check_values(path: Path, data: dict[str, Any], lines: dict[tuple[Any, ...], int]) -> None:
    """Every cue and word is text: an unquoted ``on`` or ``no`` is a YAML boolean, not a word."""

    def walk(value: object, where: tuple[Any, ...]) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, (*where, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, bool | int | float) or item is None:
                    line = lines.get((*where, index), 1)
                    raise LexiconError(f"{path}:{line}: {item!r} is not text; write it in quotes")
                walk(item, (*where, index))

    walk(data, ())


def _check_keys(path: Path, data: dict[str, Any], lines: dict[tuple[Any, ...], int]) -> None:
    def refuse(key: object, where: tuple[Any, ...], allowed: frozenset[str] | tuple[str, ...]) -> None:
        raise LexiconError(
            f"{path}:{lines.get(where, 1)}: unknown key '{key}'; known keys: {', '.join(sorted(allowed))}"
        )

    for key in data:
        if key not in TOP_LEVEL:
            refuse(key, (key,), TOP_LEVEL)
    for key in data.get("data_files") or {}:
        if key not in DATA_FILES:
            refuse(key, ("data_files", key), DATA_FILES)
    opinion = data.get("opinion") or {}
    for key in opinion:
        if key not in OPINION_KEYS:
            refuse(key, ("opinion", key), OPINION_KEYS)
    for name, spec in (opinion.get("families") or {}).items():
        for key in spec or {}:
            if key not in FAMILY_KEYS:
                refuse(key, ("opinion", "families", name, key), FAMILY_KEYS)


def _opinion(
    path: Path, spec: dict[str, Any], lines: dict[tuple[Any, ...], int], word_lists: dict[str, list[str]]
) -> tuple[tuple[OpinionFamily, ...], float]:
    families = []
    for name, family in (spec.get("families") or {}).items():
        if not isinstance(family, dict) or not family.get("cues"):
            line = lines.get(("opinion", "families", name), 1)
            raise LexiconError(f"line {line}: opinion family '{name}' needs a list of cues")
        families.append(
            OpinionFamily(
                name=str(name).replace("_", "-"),
                weight=float(family.get("weight", 1.0)),
                pattern=compile_cues(
                    [str(c) for c in family["cues"]],
                    case_sensitive=bool(family.get("case_sensitive")),
                    bounded=not family.get("end_of_sentence"),
                    word_lists=word_lists,
                ),
                end_of_sentence=bool(family.get("end_of_sentence")),
                case_sensitive=bool(family.get("case_sensitive")),
                in_attributed=bool(family.get("in_attributed")),
            )
        )
    return tuple(families), float(spec.get("threshold", 1.0))


def _data_lines(path: Path, name: object) -> list[list[str]]:
    """Tab-separated rows of a data file beside ``path``; ``#`` lines are comments."""
    if name is None:
        return []
    target = path.parent / str(name)
    if not target.is_file():
        raise LexiconError(f"{path}: data file '{name}' is missing (looked for {target})")
    rows = target.read_text(encoding="utf-8").splitlines()
    return [row.split("\t") for row in rows if row and not row.startswith("#")]


def _common_words(path: Path, name: object) -> dict[str, str]:
    """Word -> tag; a word written with an apostrophe also under the typographic one ("isn’t"), as news
    sets it."""
    tags = {row[0]: (row[1] if len(row) > 1 else "") for row in _data_lines(path, name)}
    return tags | {word.replace("'", "’"): tag for word, tag in tags.items() if "'" in word}
