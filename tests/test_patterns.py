"""How journalists attribute, one pattern family at a time (sentences written for these tests).

Each family of the accuracy work has cases that must be marked and hard
negatives that must not: the labelling guideline ("Where the line falls" in
docs/contracts.md) in executable form.
"""

from __future__ import annotations

import pytest

from generator.analysis import Claim, Registry, RegistryEntry, analyze


def labels(text: str, registry: Registry) -> list[str]:
    claims = analyze(text, registry).claims
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0].labels


def claim(text: str, registry: Registry) -> Claim:
    (found,) = analyze(text, registry).claims
    return found


def kinds(c: Claim) -> set[str]:
    return {r.kind for r in c.reasons}


# -- cue words read in their role ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capitalised word inside a name is not a verb or a cue.
        ("The United States imposed new tariffs on steel.", []),
        ("Business Insider reported that the merger had closed.", ["single-source"]),
        ("The Financial Times opened a bureau in Lisbon.", []),
        # "alleged" qualifying a noun in a factual account of a case.
        ("A trial over alleged fraud opened in Lyon on Monday.", []),
        ("The mayor was charged with alleged bribery in 2019.", []),
        # A named source's hedge or doubt verb is that source's claim.
        ("Reuters claimed the tanker had sunk near the strait.", ["single-source"]),
        ("The Guardian reports that more arrests are likely.", ["single-source"]),
        ("The ministry alleged that the convoy carried weapons.", ["single-source"]),
    ],
)
def test_cue_words_are_read_in_their_role(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    "text", ["The court heard evidence from twelve witnesses.", "The inquest heard the case in private."]
)
def test_a_court_hearing_no_clause_credits_nobody(text: str, registry: Registry) -> None:
    assert claim(text, registry).sources == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trial continues.", []),
        ("The search for the missing climbers continued.", []),
        ('"We will rebuild," the mayor continued.', ["single-source"]),
    ],
)
def test_going_on_is_no_speech_unless_words_came_before(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She was determined to finish the race.",
        "The board will determine whether the rules apply.",
        'The law gives towns "local control" over zoning, letting them determine building heights.',
        "His argument with the referee lasted a minute.",
        "The ministry plans to announce that the base will close.",
        "Demand for the vaccine fell sharply in March.",
        "The job is demanding.",
        # what a speaker said is the noun an object relative clause refers to, not a claim
        "The bill expanded the services that Senator Ruiz demanded.",
        "Profits beat the figure that analysts expected.",
    ],
)
def test_determination_and_arguments_that_say_nothing(text: str, registry: Registry) -> None:
    assert claim(text, registry).sources == []


def test_a_hedge_on_the_attribution_itself_still_counts(registry: Registry) -> None:
    assert labels("TASS reportedly said the bridge had been hit.", registry) == ["single-source", "unverified"]


# -- attribution recall ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The minister dismissed the allegations as propaganda.", "The minister"),
        ("Senator Ruth Okonjo revealed that the bill had stalled in committee.", "Senator Ruth Okonjo"),
        ("The governor denied that the levee had been neglected.", "The governor"),
        ("Bishop Adeyemi condemned the attack on the clinic.", "Bishop Adeyemi"),
        ("The union urged members to reject the offer.", "The union"),
        ("Mayor Lena Hoffmann posted on Twitter that the curfew was lifted.", "Mayor Lena Hoffmann"),
        ("Poland's foreign minister, Anna Nowak, said the border would stay open.", "Anna Nowak"),
        ("The World Health Organization said the outbreak was contained.", "The World Health Organization"),
        ('"The water is safe to drink," said Dr Amara Diallo.', "Dr Amara Diallo"),
        ("The plant will close in March, the company said.", "the company"),
        ("Boeing did not answer questions, saying the inquiry was ongoing.", "Boeing"),
        # A name with its age and a description; a description set off by dashes.
        ("Tomasz Wrona, 34, a welder from Gdynia, said the yard had shut.", "Tomasz Wrona"),
        ("Ines Duarte — a nurse at the county clinic — says the ward is short of beds.", "Ines Duarte"),
        # Abbreviated titles do not end the speaker's name.
        ('"The vaccine works," said Dr. Kwame Mensah, the lead investigator.', "Dr. Kwame Mensah"),
        ("Gov. Hal Brennan said the roads would reopen on Monday.", "Gov. Hal Brennan"),
        # A verb of speech coordinated with another verb of the same subject.
        ("Okafor left the hearing early and said the panel was biased.", "Okafor"),
        ("But the Court of Appeals for the 9th Circuit overruled and said the map was lawful.", "Court of Appeals"),
        # A speaker described by an adjective the word list tags as one ("the incumbent").
        ("The Republican incumbent said that her position had not changed.", "The Republican incumbent"),
        # A document that speaks, named by a description rather than a title.
        ("Twelve workstations were compromised, the congressional report said.", "the congressional report"),
        # A document speaks for whoever made it.
        ("The judge ruled on Friday, according to a press release from Harbour Watch.", "Harbour Watch"),
        # An opening phrase says where or how, not who; the speaker follows it.
        ("Speaking to Radio Kolo, Ewa Marsh, the firm's chief executive, said sales fell.", "Ewa Marsh"),
        ("In a KTV interview last year, Ewa Marsh said sales had fallen.", "Ewa Marsh"),
        # "about" before an amount is "approximately", not a topic.
        ("The budget office said about half of the shortfall came from tax cuts.", "The budget office"),
        # A lawyer speaks for a client on the record.
        ("The family saw the video on Thursday, lawyers for the family said.", "lawyers for the family"),
        # An unnamed document whose author the sentence names after all.
        ('"Exports are banned," according to a tweet on Monday by Trade Minister Ana Ruiz.', "Ana Ruiz"),
        ("According to a statement released by the mayor's office, the bridge is closed.", "the mayor's office"),
        # After a comma, a participle's speaker is the sentence's subject, not the noun before the comma.
        ("Ana Ruiz posted a message blaming Oskar Lind, saying the deal was off.", "Ana Ruiz"),
        # "with" opens a clause with its own subject.
        ("The airline was grounded, with the regulator saying that safety checks had failed.", "the regulator"),
        # The antecedent of a relative pronoun, nearest to it; speakers opened by "both".
        ("Crowds gathered at the home of Mayor Ana Ruiz, who told the press the dam was safe.", "Mayor Ana Ruiz"),
        ("The embassy declined the request and said the family had left the country.", "The embassy"),
        ('Boeing referred to the jet involved as a "cargo plane".', "Boeing"),
        # Verbs of one subject listed with commas: the subject speaks, not the object before the comma.
        ("Ruiz spoke Catalan, quoted the poet Maragall and laid a wreath.", "Ruiz"),
        # What someone said, named by a noun after the speaker's possessive.
        ("Despite Lind's allegations of fraud, Ruiz was sworn in.", "Lind"),
        ("The ministry's claim that the dam held was repeated on Friday.", "The ministry"),
        # A record speaks for itself, though nobody is named.
        ("The van ran a red light, according to traffic camera footage.", "traffic camera footage"),
        # What a speaker was able to say is said; what it plans to say is not (below).
        ("The fire service was able to determine that the blaze had started in a kitchen.", "The fire service"),
        # A demand or a proposal with what was demanded or proposed.
        ("The farmers' union demanded that the border be closed to imports.", "The farmers' union"),
        ("The minister proposed that the levy be halved.", "The minister"),
        # What someone argued, named by its kind and a clause; a finding with a clause; a text quoted.
        ("The council's argument was that the bridge could not be repaired.", "The council"),
        ("The insurer's position is that the flood was foreseeable.", "The insurer"),
        ("The fire service determined that the blaze had started in the kitchen.", "The fire service"),
        ('The contract states: "No vessel may fish within the bay."', "The contract"),
        # What a court or an inquest heard is the evidence put before it.
        ("The court heard that the driver had been using his phone.", "The court"),
        ("The tribunal heard how the manager had ignored the complaints.", "The tribunal"),
        ("The inquest heard she had been discharged the day before.", "The inquest"),
        ("The jury heard the lorry driver was over the limit.", "The jury"),  # no "that"
        # Researchers publish under their institution's name: on the record.
        ("Researchers at Leiden University posted findings showing the dyke had sunk.", "Leiden University"),
        # Speech acts named by a phrase.
        ("Ana Ruiz drew attention to the ferry as another way off the island.", "Ana Ruiz"),
        ("Mayor Ana Ruiz joined the calls by residents for a new bridge.", "Mayor Ana Ruiz"),
        ("Oskar Lind had signalled an intent to stand but decided against it.", "Oskar Lind"),
        ("Ana Ruiz has long been sharply critical of the dam project.", "Ana Ruiz"),
        ("Ana Ruiz has since said she would vote for the dam.", "Ana Ruiz"),  # since then
        ("First his deputy, the engineer Ana Ruiz, announced the dam would close.", "Ana Ruiz"),  # "First": no name
        # A description with a relative clause, set off after a name (and an age), is the named person.
        ("Ana Ruiz, 32, a former aide to the mayor who said she would march, was arrested.", "Ana Ruiz"),
        # Calling something a name in quotation marks, however long the thing called.
        ("Tom Weller interjected, calling the mayor's new harbour levy “a tax on fishing.”", "Tom Weller"),
        ("Ana Ruiz has intimated that the port will close.", "Ana Ruiz"),
        ("Ana Ruiz lauded the crew for their “quiet courage.”", "Ana Ruiz"),
        ("Ana Ruiz is standing by an accusation she made that the council lied.", "Ana Ruiz"),
        ("Ana Ruiz boasted that the port had never been busier.", "Ana Ruiz"),
        ("Ana Ruiz derided efforts by some councillors to keep their distance.", "Ana Ruiz"),
        # A description or a relative clause between dashes (two hyphens in plain-text copy) is about the name.
        (
            "Tom Weller -- co-author of Harbour Lights, a book on Ana Ruiz's career -- said the port would close.",
            "Tom Weller",
        ),
        (
            "On the council, Ana Ruiz — whose husband signed the Harbour Act into law — has said the toll will stay.",
            "Ana Ruiz",
        ),
        ("Ruiz led Weller in a recent poll from the Kelden Institute.", "the Kelden Institute"),
    ],
)
def test_ordinary_speech_acts_credit_their_speaker(text: str, speaker: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["single-source"]
    assert any(speaker in s.name or s.name in speaker for s in found.sources), found.sources


def test_details_of_a_report_in_its_paragraph_are_the_reports(registry: Registry) -> None:
    claims = analyze(
        "The survey found that rents rose by 9 percent. The steepest rises were in the north. "
        "Wages grew by 2 percent.\n\nThe city was founded in 1203.",
        registry,
    ).claims
    assert [c.labels for c in claims] == [["single-source"]] * 3 + [[]]
    assert {r.kind for r in claims[1].reasons} == {"carried-over"}


def test_details_after_a_named_outlets_report_are_the_outlets(registry: Registry) -> None:
    claims = analyze(
        "NBC News reported on Sunday that the party had divided the seats. Ana Ruiz won 8 and Oskar Lind won 6.",
        registry,
    ).claims
    assert claims[-1].labels == ["single-source"]
    assert [s.name for s in claims[-1].sources] == ["NBC News"]


def test_a_persons_words_do_not_carry_to_the_details_after_them(registry: Registry) -> None:
    claims = analyze("The mayor said the bridge would reopen. It was built in 1931.", registry).claims
    assert claims[-1].labels == []


def test_a_document_described_by_its_head_speaks(registry: Registry) -> None:
    found = claim('The summary of the ruling read in part: "The order was void."', registry)
    assert found.labels == ["single-source"]
    assert [s.name for s in found.sources] == ["The summary of the ruling"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The survey by the Rowan Institute put the Green Party on 34% and Labour on 29%.",
            "the Rowan Institute",  # its maker, as for "A poll by Estat"
        ),
        ("A poll by Estat gave the Green Party a narrower lead of two points.", "Estat"),
        ("Of 25 economists polled by Estat, 22 predicted no change.", "Estat"),
        # When it came out may stand between the document and its maker.
        ("A poll released last month by Estat found that the mayor led by nine points.", "Estat"),
        ("A study published on Monday by the Rowan Institute showed that rents rose.", "the Rowan Institute"),
        ("A report issued in March by the port authority found that exports fell.", "the port authority"),
        # What it found without "that": the maker's name before the document, its finding as an object.
        ("A Rowan Institute poll released Monday found the mayor leading by nine points.", "Rowan Institute"),
    ],
)
def test_what_a_named_poll_finds_is_the_polls(text: str, source: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["single-source"]
    assert [s.name for s in found.sources] == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a Harlow poll, the Green Party led Labour by 12 points.", ["Harlow"]),
        ("In the 2024 Ostrava survey of farmers, most backed the plan.", ["Ostrava"]),
        ("In a survey of 2,000 adults, most backed the plan.", []),  # nobody named: nobody credited
    ],
)
def test_a_poll_named_by_its_maker_opens_the_claim(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    "between",
    [
        "Oskar Lind, whose party won 12% of the vote in 2022, wants a referendum.",  # a relative clause
        "Oskar Lind spoke in Riga. Speaking at a rally, the crowd cheered him.",  # "Speaking" is no name
    ],
)
def test_he_is_the_subject_the_sentence_before_is_about(between: str, registry: Registry) -> None:
    claims = analyze(f"Ana Varga promised reform. {between} He has said he would hold a vote.", registry).claims
    assert [s.name for s in claims[-1].sources] == ["Oskar Lind"]


def test_she_in_what_a_speaker_said_is_the_speaker(registry: Registry) -> None:
    claims = analyze(
        "Alan Cho entered the race in May.\n\n"
        "One of his rivals, state treasurer Mia Lee, said on Twitter that she welcomed the competition.",
        registry,
    ).claims
    assert [s.name for s in claims[-1].sources] == ["Mia Lee"]


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        ("Professor Ines Berg of Aalborg University", "Professor Ines Berg of Aalborg University"),
        ("Dr. Ines Berg of the Niels Bohr Institute", "Ines Berg of the Niels Bohr Institute"),
        # "at" and "from" tie her to it as "of" does
        ("Professor Ines Berg at Aalborg University", "Professor Ines Berg at Aalborg University"),
        ("Dr. Ines Berg from the Institute of Physics", "Ines Berg from the Institute of Physics"),
    ],
)
def test_a_person_named_with_an_institution_is_she(speaker: str, name: str, registry: Registry) -> None:
    """ "Professor X of Y University": the words after "of" name where she works, not what she is."""
    claims = analyze(
        f"Tomas Reyes said the results were clear. {speaker} said the signal could come from the star. "
        "Dust clouds, she said, can produce similar patterns.",
        registry,
    ).claims
    assert [s.name for s in claims[-1].sources] == [name]


def test_he_is_the_spokesman_of_a_body_who_spoke_last(registry: Registry) -> None:
    """ "A government spokesman": a person (the head word says so), whom "he" may stand for."""
    claims = analyze(
        "Prime Minister Ada Voss was told the plan was unaffordable. A government spokesman said no "
        'decision had been taken. "We do not comment on speculation," he said.',
        registry,
    ).claims
    assert [s.name for s in claims[-1].sources] == ["A government spokesman"]


def test_the_publication_itself_is_nobody_a_description_stands_for(registry: Registry) -> None:
    claims = analyze(
        "Wikinews contacted the ministry but received no reply. "
        'The actor posted on Instagram that he was "heartbroken".',
        registry,
    ).claims
    assert [s.name for s in claims[-1].sources] == ["The actor"]


def test_the_newspaper_is_the_outlet_introduced_as_a_daily(registry: Registry) -> None:
    claims = analyze(
        "Porto will sell its striker for €30 million, Portuguese sports daily Record reported. "
        "According to the newspaper, the clubs agreed on the fee last week.",
        registry,
    ).claims
    assert [s.name for s in claims[-1].sources] == ["Record"]


def test_a_counted_group_is_no_he(registry: Registry) -> None:
    """ "At least four Democrats … He said": a group of four is nobody's "he"; the person before it is."""
    claims = analyze(
        "Governor Ruth Hale cannot run again. At least four Democrats have entered the race. "
        "She said the field was strong.",
        registry,
    ).claims
    assert [s.name for s in claims[-1].sources] == ["Governor Ruth Hale"]


def test_it_is_the_body_the_sentence_is_about(registry: Registry) -> None:
    claims = analyze(
        "Police put the crowd at 15,000. The government removed a subsidy that it said cost $2 billion a year.",
        registry,
    ).claims
    assert [s.name for s in claims[-1].sources] == ["The government"]


def test_it_is_the_company_the_sentence_before_is_about_not_the_analysts(registry: Registry) -> None:
    claims = analyze(
        "Analysts at Harbour Capital wrote that the deal was sound.\n\n"
        "CellCore, founded in 2015, supplies batteries to carmakers. "
        "It reported a loss of $210 million last year.",
        registry,
    ).claims
    assert [s.name for s in claims[-1].sources] == ["CellCore"]


def test_the_company_is_no_agency_whose_name_has_a_companys_word(registry: Registry) -> None:
    """ "the Nordic Energy Agency": "Energy" names companies, but an agency says what it is."""
    claims = analyze(
        "Demand will double by 2030, according to the Nordic Energy Agency. Shares in Brannvik fell. "
        "The company said it was studying the forecast.",
        registry,
    ).claims
    assert "the Nordic Energy Agency" not in [s.name for s in claims[-1].sources]


def test_it_is_never_a_group_of_people(registry: Registry) -> None:
    claims = analyze(
        "Analysts at Harbour Capital wrote that the deal was sound.\n\nIt said spending would rise.", registry
    ).claims
    assert all(s.name != "Analysts at Harbour Capital" for s in claims[-1].sources)


def test_a_bodys_forecasts_are_the_bodys(registry: Registry) -> None:
    found = claim("The bank's forecasts show growth of 1.2% next year.", registry)
    assert found.labels == ["single-source"]
    assert [s.name for s in found.sources] == ["The bank"]


def test_the_figures_are_no_person_named_before(registry: Registry) -> None:
    claims = analyze(
        "Ivana Kral spoke on Monday. Marek Halas said the figures showed that voters wanted change.", registry
    )
    assert [s.name for s in claims.claims[-1].sources] == ["Marek Halas"]


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        (
            "Tea lowers blood pressure, according to a study published in the journal Hearts.",
            ["single-source"],
            "Hearts",
        ),
        ("A study published in the journal Hearts found that tea helps.", ["single-source"], "Hearts"),
        ("Tea helps, according to a study published on Monday in the journal Hearts.", ["single-source"], "Hearts"),
        ("Tea lowers blood pressure, according to a study published in March.", ["unverified"], "a study"),
        ("According to a report posted on Facebook, the bridge collapsed.", ["unverified"], "a report"),  # a platform
        (
            "The firm hid the fees, according to a complaint filed in federal court in Ohio.",  # a court record
            ["single-source"],
            "a complaint filed in federal court",
        ),
    ],
)
def test_a_journal_vouches_for_the_study_it_published(
    text: str, expected: list[str], source: str, registry: Registry
) -> None:
    found = claim(text, registry)
    assert found.labels == expected
    assert [s.name for s in found.sources] == [source]


def test_a_verb_after_its_subject_is_not_inverted(registry: Registry) -> None:
    found = claim("As many as 40 percent of voters said they could not support Ana Ruiz.", registry)
    assert all("Ana Ruiz" not in s.name for s in found.sources)


def test_a_bare_comma_before_an_inverted_verb_still_finds_the_speaker(registry: Registry) -> None:
    # Regression: a comma with nothing before it once broke the search for the speaker.
    assert [s.name for s in claim("He left;,said Ana Ruiz.", registry).sources] == ["Ana Ruiz"]


def test_an_anonymous_frame_ends_at_the_next_clause(registry: Registry) -> None:
    found = claim("Twelve were reported by industry sources while the Harbour Post reports eleven.", registry)
    assert found.labels == ["single-source", "unverified"]
    assert "industry sources" in [s.name for s in found.sources]


def test_a_person_described_by_age_is_the_person_named_before(registry: Registry) -> None:
    claims = analyze(
        'Tomasz Wrona runs the bakery on Main Street. "He was kind," said the 46-year-old.', registry
    ).claims
    assert claims[-1].labels == ["single-source"]
    assert [s.name for s in claims[-1].sources] == ["Tomasz Wrona"]


@pytest.mark.parametrize(
    "text",
    [
        "The company will publish its results on Friday.",  # a plan, not something said
        "The ongoing conflict on the Eastern Front has revealed new trenches.",  # an object, not a speaker
        "The report was published in 2019.",  # no one speaks
        "Police reported to the scene within minutes.",  # "reported to" a place
        "That said, the economy grew by 3 percent.",
        "The letter was purportedly written by the rebel commander.",  # a passive, an adverb inside
        "Easier said than done, as the old saying goes.",  # a noun after an adjective
        "Florida is not a Super Tuesday state, but both candidates campaigned there.",  # "state", a noun
        "Costa reported from Washington.",  # a credit line
        "(Reporting by Ana Costa; Editing by Tom Reid.)",
        "The campaign did not respond to a request for comment.",  # said nothing
        "Airfleets, a database detailing the fleet, was founded in 2001.",  # a description
        "The team contacted experts in an effort to establish further details.",  # a noun
        "The tool runs several unit tests on its source code.",  # not a source
        "The tanker was last known to be in the Java Sea.",  # a fact, not a hedge
        "She reported them to the city auditor.",  # filing a report, not saying
        "He reported the theft to police the next morning.",
        "The suspect was questioned by police on Monday.",  # an act, not a source
        "In 2023, the maker recalled hundreds of engines over a flaw.",  # a product recall
        "The union has called a meeting of its members for Friday.",  # an act
        "The government put the plan on hold.",  # not a poll's figure
        "Her injuries were not life-threatening.",  # a verb inside a compound
        "Sewage flowed for 300 hours, far more than the company had disclosed.",  # a comparison
        "Few share the values she believes in.",  # a creed, not a statement
        "The senator did not revisit her Wall Street remarks in the speech.",  # a noun after a possessive
        "Sales fell, while Chinese brands doubled their share of the market.",  # a plural noun, then its verb
    ],
)
def test_hard_negatives_for_attribution(text: str, registry: Registry) -> None:
    assert "single-source" not in labels(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        "Okafor's last recording was a live album from 2014.",  # a noun after a possessive
        "Wanjiru was the Berlin Marathon defending champion.",  # a participle before its noun
        "The provincial government declared a state of emergency on Monday.",  # an official act
        "Later, Okafor found early success with a jazz quartet.",  # "found" without a clause
        "The senator tweeted about the floods that hit the valley.",  # a topic, not content
        "The ministry commented on the report.",  # a topic too
        "Lind called Okafor an hour later.",  # a telephone call
        "The two firms called off a merger in May.",
        "The tribunal found that the contract was void.",  # a ruling: public record, not a claim
        "The band recorded four albums before splitting up in 1968.",  # music, not a record
        "She contended for the party's nomination but withdrew.",  # competed
        "The president flew to the city, observing the rescue work.",  # watched
        "Ruiz led the count by nearly 300 pledged delegates.",  # a participle before its noun
        "Seventy-two percent of the workers were women.",  # a number, not a name
        "Don't blame the drivers.",  # a contraction, not a name
        "The new jet gives the airline, and its brand, a lift.",  # "brand", a noun
        "The film was written and directed by Ines Duarte.",  # a credit
        "Ruiz won the primary, adding to her lead in the delegate count.",
        "Ruiz won the primary, claiming 41 percent of the vote.",
        "The storm claimed the life of a firefighter.",
        "Lind testified before the committee on Tuesday.",  # no content
        "Lind would not say whether he would run again.",  # nothing said
        "Lind's claims were widely mocked.",  # a noun with nothing said after it
        "Unemployment fell, according to data.",  # evidence of nobody in particular
        "Ruiz, who welcomed the delegates to the town hall, chaired the talks.",  # hosting, not words
        "Ruiz isn't saying much about the harbour deal.",  # saying nothing
    ],
)
def test_speech_verbs_without_content_credit_no_one(text: str, registry: Registry) -> None:
    assert labels(text, registry) == []


@pytest.mark.parametrize(
    "text",
    [
        "The inspector found that the contract was void.",
        "The contract was void, the inspector found.",
        "The governor declared: the curfew ends tonight.",
        'The senator tweeted about the floods: "The valley will be rebuilt."',
        "The ministry commented on Monday that the report was flawed.",  # a day, not a topic
        "The ministry commented on how the report could hurt the town.",  # what it said
        # "they" in a clause of the sentence, with nobody before: those the sentence is about
        "Senate Democrats blocked the bill because they said the wording was a trap.",
        "The mayor, despite admitting that the dam leaked, kept the road open.",  # the subject admits
        "The Crowd Counting Consortium counted about 5,000 marchers.",  # whoever counted gives the figure
        'Okafor called Lind a "liar" on his radio show.',  # what he called someone
        "The inspector declared the tunnel's ventilation system to be unsafe.",  # a small clause
    ],
)
def test_the_same_verbs_with_content_credit_their_speaker(text: str, registry: Registry) -> None:
    assert labels(text, registry) == ["single-source"]


def test_a_person_described_rather_than_named_is_the_person_named_before(registry: Registry) -> None:
    analysis = analyze(
        "Marta Kowalczyk starred in the film.\n\nThe actress said the shoot had lasted a year.\n", registry
    )
    described = analysis.claims[-1]
    assert described.labels == ["single-source"]
    assert [s.name for s in described.sources] == ["Marta Kowalczyk"]


def test_a_description_with_nobody_named_before_stands_for_itself(registry: Registry) -> None:
    # One particular person or outlet the story introduced, even when no name is left in reach.
    for text, source in [
        ("The actress said the shoot had lasted a year.", "The actress"),
        ("The newspaper said that whoever wins should fix the roads first.", "The newspaper"),
        ("The plan would cost $3 billion, according to the newspaper.", "the newspaper"),
    ]:
        found = claim(text, registry)
        assert "single-source" in found.labels, text
        assert [s.name for s in found.sources] == [source]


def test_a_person_named_by_occupation_is_the_person_named_before(registry: Registry) -> None:
    analysis = analyze(
        'Ruth Kessler runs the largest bakery in Dayton.\n\nThe former baker said, "She is behind on every order."\n',
        registry,
    )
    assert [s.name for s in analysis.claims[-1].sources] == ["Ruth Kessler"]


@pytest.mark.parametrize(
    "text",
    [
        "A plumber said the pipes had burst.",
        '"There are more candidates in the race than ever," added another Ohio Republican.',
        '"The children do not like him," the source said.',
        '"The county will find a way to corrupt it," wrote one commenter.',
        "Aid groups estimate that a million people need shelter.",
        # one of several unnamed people, picked out ("The other said", "The second said")
        "The other said the minister had left early.",
    ],
)
def test_one_unnamed_person_is_anonymous(text: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert "unverified" in found.labels
    assert "anonymous" in {s.kind for s in found.sources}


def test_an_unnamed_source_telling_an_outlet_is_both_labels(registry: Registry) -> None:
    found = claim('"The children do not like him," this source told the Times.', registry)
    assert found.labels == ["single-source", "unverified"]


@pytest.mark.parametrize(
    "text",
    [
        "The source of the leak was a cracked pipe.",
        "Kane added another goal in the second half.",
        "The winner of the lottery collected the prize on Monday.",
        # A determiner before a verb form makes it a noun; "put the" credits only an estimate.
        "Some details of the episode, though, remain murky.",
        "The mayor hopes to cement her lead and put the nomination out of reach on Tuesday.",
        # A title in quotation marks is no one's words; a credit line and a noun in apposition
        # credit no one; a verb form right after another verb is its object.
        'Parishioners pass around copies of his memoir, "Gifted Hands," and watch the film.',
        "Samantha Ortiz contributed reporting from Charleston.",
        "The governor campaigned in Maine and Vermont, states that vote on Tuesday.",
        "A small group of donors pushes tally beyond the total for 2012.",
        "The senator can't count on holding onto that support.",
    ],
)
def test_hard_negatives_for_unnamed_people(text: str, registry: Registry) -> None:
    assert labels(text, registry) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will be out of flour by Friday," Lopez said about the shortage.', "Lopez"),
        (
            "Jacob Hale, a plumbing contractor who attended the meeting with Mr. Ortiz, blamed the mayor.",
            "Jacob Hale",
        ),
        ("The mayor will resign before the recess, predicted Anna Berg, the former state treasurer.", "Anna Berg"),
        ("The report was published on time, the mayor admitted.", "the mayor"),
        ("The ministry put the death toll at 40.", "The ministry"),
        ("Senator Tom Reyes (D-Ohio), a candidate for governor, tweeted a warning.", "Senator Tom Reyes"),
        ('"Tea is good for you," said the lead author, Maya Osei.', "Maya Osei"),  # the description, then the name
        ('"Tea is good," said the mayor, adding that coffee was too.', "the mayor"),  # not "Tea", quoted
        ('"Tea is good," said Ana Ruiz, the mayor, adding that coffee was too.', "Ana Ruiz"),
        ('In 2024 the European Commission said press freedom had "deteriorated".', "the European Commission"),
    ],
)
def test_speakers_around_long_descriptions_and_inverted_verbs(text: str, speaker: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["single-source"]
    assert [s.name for s in found.sources] == [speaker]


def test_a_sentence_headed_by_its_speakers_name(registry: Registry) -> None:
    analysis = analyze(
        "Kovacs: the budget leaves the hospitals short of money.\n\n"
        "Poll: most voters want lower taxes.\n\n"
        "Finance minister Ilona Kovacs spoke in Budapest; a poll was published the same day.\n",
        registry,
    )
    headed, poll, _ = analysis.claims
    assert headed.labels == ["single-source"] and [s.name for s in headed.sources] == ["Kovacs"]
    # A label the text never uses as a name elsewhere ("Poll:") is no speaker.
    assert poll.sources == []


def test_a_quotation_opened_after_its_speakers_own_clause(registry: Registry) -> None:
    analysis = analyze(
        'Senator Ruth Okonjo spoke on local radio, "The levee will not hold. We warned them in May."\n\n'
        'The Hadley Bridge, "built to last", collapsed in 2019.\n',
        registry,
    )
    quoted, described = analysis.claims
    assert quoted.labels == ["single-source"]
    assert [s.name for s in quoted.sources] == ["Senator Ruth Okonjo"]
    # A quotation after a name with no verb of its own before it: nobody is speaking.
    assert described.sources == []


def test_every_sentence_of_a_quotation_rests_on_its_speaker(registry: Registry) -> None:
    analysis = analyze(
        'The mayor spoke at noon. "We are ready. The dams will hold. Nobody needs to leave," she said.\n\n'
        "The rain eased overnight.\n",
        registry,
    )
    quoted = [c for c in analysis.claims if "dams" in c.text]
    assert quoted and all("single-source" in c.labels for c in quoted)
    assert analysis.claims[-1].labels == []


def test_a_quotation_after_its_speaker_and_the_next_one_in_the_paragraph(registry: Registry) -> None:
    analysis = analyze('Health Minister Jonas Berg said: "The wards are full." "We need more nurses."\n', registry)
    assert all(c.labels == ["single-source"] for c in analysis.claims), [(c.text, c.labels) for c in analysis.claims]


def test_a_paragraph_introduced_with_a_colon_is_the_speakers(registry: Registry) -> None:
    analysis = analyze(
        "The coast guard released the radio call, reported by Reuters as follows:\n\n"
        "Is anyone still on board? Can you reach the stern?\n",
        registry,
    )
    assert all("single-source" in c.labels for c in analysis.claims)
    assert all("opinion" not in c.labels for c in analysis.claims)


def test_interview_answers_rest_on_the_interviewee_and_questions_carry_no_mark(registry: Registry) -> None:
    body = (
        "Our reporter spoke with the engineer Maria Quint.\n\n"
        "**Q:** What failed first?\n\n"
        "**Quint:** The pumps failed. We should have replaced them years ago.\n\n"
        "**Q:** Will the town flood again?\n\n"
        "**Quint:** I think it will, unless the wall is raised.\n\n"
        "**Q:** Are you aware the Red Cross said the wall was too low?\n\n"
        "**Quint:** We told them so.\n"
    )
    analysis = analyze(body, registry)
    questions = [c for c in analysis.claims if c.text.rstrip().endswith("?")]
    answers = [c for c in analysis.claims if "pumps" in c.text or "replaced" in c.text or "I think" in c.text]
    # A question claims nothing, even one that reports what someone said.
    assert questions and all(c.labels == [] for c in questions)
    assert answers and all(c.labels == ["single-source"] for c in answers)
    assert all(s.name == "Quint" for c in answers for s in c.sources)


def test_the_writers_paragraph_after_the_last_answer_is_not_the_answer(registry: Registry) -> None:
    body = (
        "Our reporter spoke with the engineer Maria Quint.\n\n"
        "**Q:** What failed first?\n\n"
        "**Quint:** The pumps failed.\n\n"
        "**Q:** Will the town flood again?\n\n"
        "**Quint:** I think it will.\n\n"
        "It also depends on the rain.\n\n"  # more of her answer
        "The council said it would raise the wall. A spokesman for the mayor did not respond.\n"
    )
    claims = analyze(body, registry).claims
    assert [s.name for s in claims[-3].sources] == ["Quint"]
    assert claims[-1].labels == [] and claims[-1].sources == []


def test_a_background_paragraph_after_the_last_answer_is_the_writers(registry: Registry) -> None:
    body = (
        "Our reporter spoke with the engineer Maria Quint.\n\n"
        "**Q:** What failed first?\n\n"
        "**Quint:** The pumps failed.\n\n"
        "**Q:** Will the town flood again?\n\n"
        "**Quint:** Only if the wall stays as it is. We have warned the council.\n\n"
        "The town last flooded in 2011, when the river rose four metres.\n"
    )
    claims = analyze(body, registry).claims
    assert [s.name for s in claims[-2].sources] == ["Quint"]
    assert claims[-1].sources == []


def test_an_opening_question_without_a_label_is_still_a_question(registry: Registry) -> None:
    body = (
        "Wikinews spoke with the engineer Maria Quint.\n\n"
        "When did you first see the crack, and what did you think?\n\n"
        "((Quint)) In March. I thought the wall would hold.\n\n"
        "((WN)) Do you still think so?\n\n"
        "((Quint)) No.\n"
    )
    claims = analyze(body, registry).claims
    opening = next(c for c in claims if c.text.startswith("When did you"))
    assert opening.labels == []  # not the writer's opinion: the interviewer asking


def test_a_question_label_run_into_its_first_word_is_still_a_question(registry: Registry) -> None:
    """A "Q" whose colon or bold was lost on import ("QThe port lost money"): the interviewer's turn."""
    body = (
        "Mara Lind, the new harbour master, spoke to us this week.\n\n"
        "QWhy stay?\n\n"
        "A: Because the town needs it. I think the ferries will return.\n\n"
        "QThe port lost money for three years. You stayed anyway.\n\n"
        "A: The channel is deeper now.\n"
    )
    claims = analyze(body, registry).claims
    prompt = [c for c in claims if "lost money" in c.text or "stayed anyway" in c.text]
    assert len(prompt) == 2 and all(c.labels == [] and c.sources == [] for c in prompt)
    assert [s.name for s in claims[-1].sources] == ["Mara Lind"]


def test_a_name_opening_on_q_is_no_question_label(registry: Registry) -> None:
    body = "QAnon followers rallied on Sunday.\n\nNote: updated.\n\nQAnon pages said the vote was rigged.\n"
    assert [s.name for s in analyze(body, registry).claims[-1].sources] == ["QAnon"]


def test_a_transcript_quoted_whole_keeps_its_labels(registry: Registry) -> None:
    """Each paragraph of a transcript quoted whole opens with a quotation mark before its label."""
    body = (
        "On Sunday's broadcast, Governor Ana Ruiz said the debate would go ahead.\n\n"
        "Partial transcript as follows:\n\n"
        "\"HOLM: Let's start with the debate. Will the rival be there?\n\n"
        '"RUIZ: Well, look, the rival will not be there. The debate is serious business.\n\n'
        '"HOLM: Do you see the two as equivalent?\n\n'
        '"RUIZ: No. The plan is the only one that pays for itself.\n'
    )
    claims = analyze(body, registry).claims
    answers = [c for c in claims if "serious business" in c.text or "pays for itself" in c.text]
    assert len(answers) == 2 and all([s.name for s in c.sources] == ["RUIZ"] for c in answers)
    # A line introducing what follows is no one's turn.
    assert next(c for c in claims if c.text.startswith("Partial")).sources == []


def test_he_or_she_is_a_person_never_an_outlet(registry: Registry) -> None:
    claims = analyze(
        "Mayor Ana Ruiz visited the flooded district on Monday. AFP reported that the river had burst its banks. "
        '"We will rebuild," she said.',
        registry,
    ).claims
    assert [s.name for s in claims[-1].sources] == ["Mayor Ana Ruiz"]


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        ("A city accountant noticed the invoices in 2021.", ["A city accountant"]),  # unnamed: anonymous
        ("Officials inspected the road on Monday.", ["Mayor Ana Ruiz"]),  # a group (and a weekday) is no "she"
        ("A local group protested on Monday.", ["Mayor Ana Ruiz"]),  # a body is no "she"
        ("A video of the meeting was posted online.", ["Mayor Ana Ruiz"]),  # nor a document
    ],
)
def test_he_or_she_is_the_person_last_mentioned(between: str, expected: list[str], registry: Registry) -> None:
    claims = analyze(
        f"Mayor Ana Ruiz said the road would reopen. {between} She said the work was done.", registry
    ).claims
    assert [s.name for s in claims[-1].sources] == expected
    assert claims[-1].labels == (["unverified"] if expected != ["Mayor Ana Ruiz"] else ["single-source"])


@pytest.mark.parametrize(
    ("before", "expected", "source"),
    [
        (
            "Researchers at Leeds University tested the drug on mice.",
            ["single-source"],
            "Researchers at Leeds University",
        ),
        ("Residents fled the town on Monday.", ["unverified"], "Residents"),
    ],
)
def test_they_is_the_group_just_mentioned(before: str, expected: list[str], source: str, registry: Registry) -> None:
    claims = analyze(f"The ministry said the dam was safe. {before} They said the water rose fast.", registry).claims
    assert claims[-1].labels == expected
    assert [s.name for s in claims[-1].sources] == [source]


def test_the_company_is_the_company_not_the_outlet_that_reported_on_it(registry: Registry) -> None:
    claims = analyze(
        "Veltra Motors will cut 4,000 jobs, the company said. The Daily Courier reported similar figures. "
        "The Kassel workers' union said it would fight the cuts. Laura Brandt told analysts the cuts were needed. "
        "She said the company expected to save money. The union said it would strike.",
        registry,
    ).claims
    assert [s.name for s in claims[4].sources] == ["Laura Brandt", "Veltra Motors"]
    assert [s.name for s in claims[5].sources] == ["The Kassel workers' union"]


def test_the_company_is_the_one_introduced_as_a_company(registry: Registry) -> None:
    claims = analyze(
        "Eleven people died, according to the civil protection agency. The train, run by state rail company "
        "CP, was full. In a statement, CP said it was saddened. The company said the train was inspected in May.",
        registry,
    ).claims
    assert [s.name for s in claims[-1].sources] == ["CP"]


@pytest.mark.parametrize(
    ("introduced", "body"),
    [("The council leader, Janet Moss,", "the council"), ("Party chairman Tom Reed", "The party")],
)
def test_a_body_is_not_the_person_whose_title_has_its_word(introduced: str, body: str, registry: Registry) -> None:
    claims = analyze(
        f"{introduced} said the libraries were empty. Visits rose in 2024, according to {body.lower()}. "
        f"{body[0].upper()}{body[1:]} said the figures were checked.",
        registry,
    ).claims
    assert [s.name.lower() for s in claims[1].sources] == [body.lower()]
    assert [s.name.lower() for s in claims[2].sources] == [body.lower()]


@pytest.mark.parametrize(
    "text",
    [
        "Investigators have not commented on the cause.",
        "Police declined to comment.",
        "The rail operator could not be reached for comment.",
    ],
)
def test_a_refusal_is_no_detail_of_the_report_before_it(text: str, registry: Registry) -> None:
    claims = analyze(f"The Daily Courier reported that the train was speeding. {text}", registry).claims
    assert claims[-1].labels == []


def test_a_possessive_document_refers_back_to_its_owner(registry: Registry) -> None:
    claims = analyze("Tesco sold 22 stores. The chain's press release reported a profit of 9 million.", registry).claims
    assert claims[-1].labels == ["single-source"]


def test_pronouns_and_references_back_carry_the_source(registry: Registry) -> None:
    analysis = analyze(
        "Interfax reported the strike. The agency added that two people were hurt. "
        "It also said the airport stayed open.",
        registry,
    )
    assert [s.id for c in analysis.claims for s in c.sources] == ["interfax", "interfax", "interfax"]
    assert {r.kind for c in analysis.claims[1:] for r in c.reasons} == {"carried-over"}


# -- anonymous people --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "An aide to the prime minister said the vote would be delayed.",
        "A senior European diplomat said the talks had stalled.",
        "A shopkeeper said the market had been shelled twice.",
        "One mother said her son had been admitted to hospital twice.",  # kin of nobody named
        "A council member who asked not to be named said the budget was short.",
        "Ministry officials said the bridge would reopen.",
        "Local media reported that the mayor had resigned.",
        "Multiple news outlets reported the arrest.",
        "An analysis of the footage showed two launchers.",
        "A person close to the negotiations said the deal had collapsed.",  # not "the negotiations"
        "The deal fell through, according to a publishing executive familiar with the talks.",
        "Household income rose to $56,700 in November, according to one research firm.",  # which firm?
        "Opposition leaders accused the cabinet of ignoring the warnings.",  # a capitalised group, not a name
        "Union leaders said the strike would go ahead.",
        "Opposition MPs said the contracts should be cancelled.",
        "The raids came in what analysts describe as retaliation for the blockade.",  # "what" opens a clause
        '"The plant will close," said the spokesman, who declined to be named.',  # inverted, then unnamed
        "A soldier near the front, who gave only his call sign, Kit, said the enemy was advancing.",
        "A government minister, speaking privately, said the plan was dead.",
        "A senior Labour MP said the plan was doomed.",  # one unnamed member of a named party
        "One minister said the budget would be late.",
    ],
)
def test_unnamed_people_are_anonymous(text: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["unverified"]
    assert "anonymous-source" in kinds(found)


@pytest.mark.parametrize(
    "text",
    [
        "A spokeswoman for the city council confirmed the closure.",
        "Police said the driver was arrested.",
        "Russian state television said the dam had burst.",
        # Observers or experts of a named body speak for it, on the record.
        "Observers from the Council of Europe said the vote was competitive.",
        "Experts at the World Health Organization said the risk was low.",
    ],
)
def test_institutions_on_the_record_are_named(text: str, registry: Registry) -> None:
    assert labels(text, registry) == ["single-source"]


def test_a_named_outlet_citing_unnamed_people_is_both(registry: Registry) -> None:
    found = claim("Reuters, citing two security sources, said the convoy turned back.", registry)
    assert found.labels == ["single-source", "unverified"]


def test_an_outlet_quoting_someone_as_saying_is_one_chain(registry: Registry) -> None:
    found = claim("Interfax quoted the transport ministry as saying the line had reopened.", registry)
    assert found.labels == ["single-source"]  # relayed, not corroborated
    assert {s.name for s in found.sources} == {"Interfax", "the transport ministry"}
    unnamed = claim("Interfax quoted a port official as saying the line had reopened.", registry)
    assert unnamed.labels == ["single-source", "unverified"]


def test_an_outlet_citing_unnamed_people_relays_without_a_verb_of_its_own(registry: Registry) -> None:
    found = claim("The Lisbon Herald, citing unnamed officials, gave the same date for the vote.", registry)
    assert found.labels == ["single-source", "unverified"]
    assert {s.name for s in found.sources} == {"Lisbon Herald", "unnamed officials"}


def test_an_unnamed_person_described_by_a_participle_or_clause_is_the_person(registry: Registry) -> None:
    found = claim("A senior official, speaking on condition of anonymity, said the talks had stalled.", registry)
    assert found.labels == ["unverified"]
    assert [s.name for s in found.sources] == ["A senior official"]  # named without the description,
    assert "on condition of anonymity" in [r.cue for r in found.reasons]  # whose words are a reason
    relative = claim("A soldier near the front, who gave only his call sign, Kit, said the enemy was near.", registry)
    assert [s.name for s in relative.sources] == ["A soldier near the front"]


def test_the_unnamed_a_paper_cites_end_before_the_clause_of_what_they_said(registry: Registry) -> None:
    found = claim("The paper quoted two people close to the governor who said the budget would be cut.", registry)
    assert found.labels == ["single-source", "unverified"]
    assert "people close to the governor" in [s.name for s in found.sources]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A document word inside an office's name does not make the country the speaker.
        (
            "Norway's accident investigation office said it had opened an inquiry.",
            "Norway's accident investigation office",
        ),
        ("The central bank signalled that it could cut rates in June.", "The central bank"),
        ("The minister hinted that the fuel tax would rise.", "The minister"),
    ],
)
def test_bodies_and_their_hints_credit_the_body(text: str, source: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["single-source"]
    assert [s.name for s in found.sources] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "The firm was paid twice, according to invoices obtained by the Herald.",
        "The ministry knew of the fault, according to documents seen by the Herald.",
        "The strike hit a school, according to video geolocated by the Herald.",
    ],
)
def test_the_outlet_that_saw_the_documents_vouches_for_them(text: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["single-source"]
    assert [s.name for s in found.sources] == ["Herald"]


@pytest.mark.parametrize("surname", ["Mills", "Banks", "Fields"])
def test_a_surname_that_is_also_a_plural_is_the_person_once_introduced(surname: str, registry: Registry) -> None:
    claims = analyze(
        f"Union leader Sara {surname} spoke first.\n\n{surname}, who leads the union, said the vote was unanimous.",
        registry,
    ).claims
    assert [s.name for s in claims[-1].sources] == [surname]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Tom Lee was quoted as saying that the company would not budge.", ["Tom Lee"]),
        ("Tom Lee was quoted by the Herald as saying the strike would cost millions.", ["Tom Lee", "Herald"]),
    ],
)
def test_the_one_quoted_as_saying_speaks(text: str, sources: list[str], registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["single-source"]
    assert [s.name for s in found.sources] == sources


def test_the_reporters_could_not_verify_counts_after_a_sources_verb(registry: Registry) -> None:
    found = claim(
        "The army claimed its forces had taken the village, a claim that could not be independently verified.",
        registry,
    )
    assert found.labels == ["single-source", "unverified"]
    assert "hedge" in kinds(found)


def test_a_participle_after_a_determiner_is_no_clause_for_a_finding(registry: Registry) -> None:
    """ "rates found in the developed world": "found" describes the rates; nobody found anything."""
    found = claim("Norway has some of the lowest crime rates found in the developed world.", registry)
    assert found.sources == [] and "anonymous-source" not in kinds(found)


def test_who_rejected_a_claim_is_the_phrase_after_it(registry: Registry) -> None:
    """ "…, a claim the organisers rejected": the organisers, not "a claim the organisers"."""
    found = claim("The mayor said the march was paid for from abroad, a claim the organisers rejected.", registry)
    assert [s.name for s in found.sources] == ["The mayor", "the organisers"]


def test_an_outlet_a_speaker_confirmed_to_carried_the_words(registry: Registry) -> None:
    found = claim("The carmaker confirmed to Reuters that it had cut 200 jobs.", registry)
    assert found.labels == ["single-source"]  # one chain, not two voices
    assert [s.name for s in found.sources] == ["The carmaker", "Reuters"]


def test_a_pronoun_that_reports_is_no_vague_report(registry: Registry) -> None:
    claims = analyze("Anna Berg spoke first. She reports that the plan failed.", registry).claims
    assert claims[-1].labels == ["single-source"]
    assert [s.name for s in claims[-1].sources] == ["Anna Berg"]


def test_records_that_show_are_no_speaker_of_their_own(registry: Registry) -> None:
    """ "The man, records show, …": "records" is the noun the verb after it belongs to."""
    found = claim("The pilot, records show, flew the plane twice a year.", registry)
    assert all(s.name != "The pilot" for s in found.sources)


@pytest.mark.parametrize(
    "text",
    [
        "Ms Hassan's family said she was kind.",
        "Hassan's family said she was kind.",
        # a partner, however described, is no more the person named than a family is
        "Hassan's former partner said she was kind.",
        "Hassan's fiancé said she was kind.",
    ],
)
def test_the_family_of_someone_named_speaks_as_the_family(text: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["single-source"]
    assert [s.name for s in found.sources] == [text.split(" said")[0]]


def test_the_listener_a_speaker_told_is_no_source(registry: Registry) -> None:
    """ "told us", "told him": the reporter or a person spoken to, not an outlet that carried the words."""
    for listener in ("us", "me", "him", "them"):
        found = claim(f"A spokeswoman for the port told {listener} the ministry had approved the plan.", registry)
        assert [s.name for s in found.sources] == ["A spokeswoman for the port"], listener


# -- relay is not corroboration ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said the dam was intact, according to Interfax.", ["single-source"]),
        ("A resident said the road was flooded, according to Reuters.", ["single-source", "unverified"]),
        ("The Associated Press, citing the same document, said the plan was approved.", ["single-source"]),
        ("Deputy Mayor Petra Lind told the BBC that the schools would reopen.", ["single-source"]),
        ("Reuters confirmed the figure, as did the BBC.", ["corroborated"]),
        ("According to Reuters and the BBC, the talks collapsed.", ["corroborated"]),
        ("Estimates by the United Nations and the Red Cross put the toll at 40.", ["corroborated"]),
        ("Ruiz led in recent polls from the Kelden Institute and the Marlow Herald.", ["corroborated"]),
        ("TASS and RIA Novosti reported the strike.", ["single-source"]),  # one owner
        ("The ship was seized on Saturday, the governments of Norway and Chile said.", ["corroborated"]),
        ("No one was hurt, according to Dalby Fire and Rescue Service.", ["single-source"]),  # one body's name
        ("Hale & Morrow said the engine had been checked.", ["single-source"]),  # "&" joins one name
        ("The Blue Note label said the album would be reissued.", ["single-source"]),  # "label": a noun here
    ],
)
def test_relay_is_one_chain_and_independent_sources_corroborate(
    text: str, expected: list[str], registry: Registry
) -> None:
    assert labels(text, registry) == expected


def test_two_sources_saying_different_things_do_not_corroborate(registry: Registry) -> None:
    assert "corroborated" not in labels("Reuters said six died; the BBC reported the bridge was closed.", registry)
    # Rivals claiming victory contest each other's claim.
    found = claim("Both Ana Ruiz and Oskar Lind claimed victory in the runoff.", registry)
    assert found.labels == ["single-source"]
    assert kinds(found) == {"named-source"}


def test_independence_follows_the_registry_owners() -> None:
    same = Registry({"a": RegistryEntry("a", "Alpha", owner="X"), "b": RegistryEntry("b", "Beta", owner="X")})
    other = Registry({"a": RegistryEntry("a", "Alpha", owner="X"), "b": RegistryEntry("b", "Beta", owner="Y")})
    assert labels("Alpha and Beta reported the fire.", same) == ["single-source"]
    assert labels("Alpha and Beta reported the fire.", other) == ["corroborated"]


# -- vague passives and hedges ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Explosions were also reported near the airport.",
        "By some accounts, the crowd stretched for a mile.",
        "The general was widely suspected of ordering the raid.",
        "The new levy may reduce demand for imported fuel.",
        "The fire could possibly have started in the kitchen.",
        "It is likely that the pipeline was damaged.",
        "He is widely regarded as the architect of the plan.",
        "According to one estimate, the repairs will take a year.",
        "A suspected gas leak caused the blast.",
        "The fire was probably started by a cigarette.",
        "It was intimated that the engine had failed.",
        "The delay is probably due to a shortage of parts.",  # after a copula: the claim is hedged
        "The stolen cars were possibly exported.",
        "His letters may be regarded as the first account of the mine.",
        "It seems widely accepted that the bridge was badly built.",
        "Allegations of abuse came to light in 2019.",
        "The same engine type has been linked to several incidents.",  # linked by whom?
        "The new rules may result in longer queues at the border.",
        "Allegations that the mayor took bribes have dogged his career.",
        "Video shared on social media showed smoke rising over the depot.",  # whose? checked by whom?
        "Drivers who use the app may also be safer in other ways.",  # a comparison guessed at
        "The damage may be worse than the council admits.",
        "The chapel is sometimes considered the oldest in the county.",  # considered by whom?
        "It is hoped that the ferry will run again by spring.",  # hoped by whom?
        "The cellar is known to have sheltered smugglers.",  # known to whom?
        "Maybe the old rules of the port still apply.",  # the writer's guess
        "An apparently fictitious company made the donation.",  # an adverb hedges the adjective after it
    ],
)
def test_vague_passives_and_hedges_are_unverified(text: str, registry: Registry) -> None:
    assert "unverified" in labels(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        "The council may meet on Friday if the roads are clear.",
        "The plant can produce 300 turbines a year.",
        "The report was published on Tuesday.",
        "The senator met the likely nominee in Ohio.",  # "likely" describing a noun
        "Younger voters were more likely to back the plan.",  # compared, not doubted
        "The drummer was widely known as a perfectionist.",  # a fact about him
        "The fraud came to light in 2021, when a clerk noticed the invoices.",  # its discovery, told
        "There were no immediate reports of damage.",  # the absence of reports is no vague report
        "No further reports of flooding came in overnight.",
        "No deaths have been reported.",  # a report of nothing
        "The chapel was considered for listing by the county council.",  # an act, its agent named
        "Maybe 20 minutes later, the ferry left.",  # an estimate's "maybe", not a guess at what is so
        "Among likely Labour voters, 60 percent back the plan.",  # a poll's "likely voters"
        "The sample included 900 likely voters.",
    ],
)
def test_possibility_and_ability_are_not_hedges(text: str, registry: Registry) -> None:
    assert labels(text, registry) == []


# -- unsourced consequential claims ------------------------------------------------------


def test_an_unsourced_battlefield_claim_is_unverified(registry: Registry) -> None:
    found = claim("Government forces recaptured the village of Lesna on Tuesday.", registry)
    assert found.labels == ["unverified"] and "unsourced-act" in kinds(found)
    sourced = claim("Air defences shot down two drones over the capital, the mayor said.", registry)
    assert sourced.labels == ["single-source"]


@pytest.mark.parametrize(
    "text",
    [
        "At least 40 people were killed in the blast.",
        "Hundreds of civilians have been killed in strikes on the city this year.",
        "Sales dropped in 2018 after two small children died from a faulty heater.",  # the count after a year
        "Thousands attended the vigil in the main square.",
        "The death toll rose to 31 on Wednesday.",
        "The outage could cost as much as 2 billion euros a week.",  # the writer's own estimate
        "The army fired 40 missiles at the port overnight.",  # a battlefield count
    ],
)
def test_unsourced_figures_are_unverified(text: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert "unverified" in found.labels and "unsourced-figure" in kinds(found)


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was built in 1998.",
        "The driver, Amira Hassan, 29, was pronounced dead at the scene.",  # an age, not a count
        "Ortega won 52 percent of the vote.",
        "Officials said 40 people were killed in the blast.",  # sourced: the officials' claim
        "The two passengers turned out to be sisters.",  # people the text knows, not a count
    ],
)
def test_public_record_and_sourced_figures_are_not_unsourced(text: str, registry: Registry) -> None:
    assert "unsourced-figure" not in kinds(claim(text, registry))


# -- opinion ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It is difficult to imagine voters forgiving this.",
        "The tariffs will hurt families.",
        "That is the wrong priority.",
        "The ruling marks a turning point for press freedom.",
        "The council should rethink the plan before winter.",
        "The law must be repealed.",
        "But the numbers do not add up.",
        "What the country needs is not another target but a serious building programme.",
        "Until the government accepts that, its promises will ring hollow.",
        "The plan drops a pledge to build social housing, a retreat that will hit the poorest families hardest.",
        "The verdict sends a clear message that no official is above the law.",
        "It is imperative to cut the cost of government.",
        "Everyone knows how this story ends.",
        "The verdict is a major blow to the mayor's plans.",
        "This is the clearest sign yet that the boom is over.",
        "Pensioners deserve a straight answer.",
        "In truth, the reforms changed little.",
        "The result is a setback for the governor, who had hoped for a landslide.",
        "Some defections from the coalition may be inevitable.",  # the writer's guess at the outcome
        "The farm vote could be decisive in a close race.",
        "The mayor should correct the record.",  # a record set straight, not a ranking "on record"
        # A fact-checker's verdicts.
        "First, the ministry is correct.",
        "So the senator got that wrong.",
        "It is not unreasonable for the mayor to claim credit.",
        "The mayor would do well to publish the figures.",
    ],
)
def test_the_writers_judgements_and_predictions_are_opinion(text: str, registry: Registry) -> None:
    assert labels(text, registry) == ["opinion"]


@pytest.mark.parametrize("text", ["When I arrived, the shop was shut.", "It is not the Europe I grew up in."])
def test_the_writers_own_i_after_a_capital_is_still_theirs(text: str, registry: Registry) -> None:
    assert "opinion" in labels(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        "The storm caused dramatic flooding in the north.",
        "The committee will meet on Friday.",
        "Turnout was 61 percent, the highest since 2005.",
        "The senator called the plan a disaster.",  # the senator's judgement, not the writer's
        "The court could void the rules, should the appeals court strike them down.",  # a condition
        '"This is the wrong priority," the mayor said.',
        "The agreement still needs to be ratified by members.",  # a procedure, not advice
        "The bridge should reopen early next week.",  # expected by a date, not advised
        "Under the plan, tenants should receive refunds within a month.",  # what a rule says
        "Applicants must be vaccinated before travel.",
        "Quarterly sales fell short of analysts' expectations.",  # a business fact, not a verdict
        "The central bank sent a signal on Monday that rates would rise.",  # an act, reported
        "The bill is set to be voted on next week.",  # a schedule, not a forecast
        "Reporters asked the mayor whether the plan was a mistake.",  # a question reported
        "The unrest is the worst the country has seen since 2019.",  # a ranking that can be checked
        "The rainfall was the highest on record for May.",
        "The reporter spoke to Ruiz about why her party is the best choice for farmers.",
        "His book The Distance Between Us describes the town.",  # a title, not the writer's "us"
        "In 2019, Feeding Our Future distributed food aid.",
        # A Roman one after a name is no "I" of the writer's.
        "The bridge was built before World War I and restored in 1990.",
        "The palace was a gift from King Charles I to his wife.",
        # The newsroom's own reporting, in the first person plural.
        "Photos taken by our reporter outside the court show the doors were locked.",
        "Our correspondent in the capital counted six armoured vehicles.",
        "I asked the ministry to explain the figures.",  # the reporter's reporting, in the singular
        "While the vote was still fresh, I interviewed a dozen councillors about it.",
        "The only way to be sure is to test the samples in a laboratory.",  # not "To be sure, …"
        "Police found no signs of forced entry.",
        # Someone speaks, even when the story never says who "he" is: not the writer's verdict.
        "He said the ruling was a blow to press freedom.",
        '"The farm vote could be decisive," the senator said.',  # the senator's guess
        "The ministry said the figure was incorrect.",
        "The crews had a week to get it right.",  # a task, not a verdict
        "The correct address was printed on Monday.",
    ],
)
def test_neutral_report_and_credited_opinion_are_not_the_writers(text: str, registry: Registry) -> None:
    assert "opinion" not in labels(text, registry)


def test_the_writers_framing_of_what_someone_did_is_both(registry: Registry) -> None:
    found = claim("He also promoted an unsubstantiated conspiracy theory about the vote.", Registry())
    assert "opinion" in found.labels


def test_a_sources_own_framing_stays_the_sources(registry: Registry) -> None:
    found = claim("TASS suggests that the number is merely the tip of the iceberg.", registry)
    assert found.labels == ["single-source"]


def test_a_thousands_separator_does_not_cut_a_speakers_phrase(registry: Registry) -> None:
    found = claim("The queues were long, and 5,000 residents of the city complained.", registry)
    assert found.labels == ["unverified"]
    assert [s.name for s in found.sources] == ["5,000 residents of the city"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Several advocates for stem cell research said the vote was a setback.",
            "Several advocates for stem cell research",
        ),
        ("Some critics of stem cell funding said the rule was weak.", "Some critics of stem cell funding"),
    ],
)
def test_a_verbs_bare_form_after_a_preposition_is_a_noun_of_the_speakers_phrase(
    text: str, speaker: str, registry: Registry
) -> None:
    found = claim(text, registry)
    assert found.labels == ["unverified"]
    assert [s.name for s in found.sources] == [speaker]


@pytest.mark.parametrize(
    ("document", "credited"),
    [
        ("a complaint she filed in federal court", ["Maria Lopez"]),
        ("a statement she posted on Facebook", ["Maria Lopez"]),
        ("documents she obtained", []),  # a reader of the documents, not their maker
    ],
)
def test_a_document_a_pronoun_made_is_its_makers_account(
    document: str, credited: list[str], registry: Registry
) -> None:
    analysis = analyze(
        f"Maria Lopez, a nurse, sued the hospital in May.\n\nIt cut her shifts, according to {document}.\n", registry
    )
    found = [c for c in analysis.claims if "according to" in c.text]
    assert [s.name for c in found for s in c.sources] == credited
    assert [c.labels for c in found] == [["single-source"] if credited else []]


@pytest.mark.parametrize(
    ("text", "labels", "speaker"),
    [
        (
            "A source familiar with the governor's thinking said the talks had failed.",
            ["unverified"],
            "A source familiar with the governor's thinking",
        ),
        (
            "People familiar with her thinking say she has changed her mind.",
            ["unverified"],
            "People familiar with her thinking",
        ),
        ("The Daily Ledger's reporting indicated that the donors were unaware.", ["single-source"], "Daily Ledger"),
    ],
)
def test_a_gerund_after_a_possessive_is_a_noun_before_the_verb(
    text: str, labels: list[str], speaker: str, registry: Registry
) -> None:
    found = claim(text, registry)
    assert found.labels == labels
    assert [s.name for s in found.sources] == [speaker]


def test_a_possessed_gerund_before_a_noun_makes_no_verb_of_it(registry: Registry) -> None:
    # "closing" describes the remarks: the remarks are a noun, nobody says anything here
    assert labels("The senator made the attack the centre of his closing remarks at the debate.", registry) == []


POLL_STORY = (
    "A Rowan Institute poll released Monday found the mayor leading by nine points.\n\n"
    "Six in 10 say she is decisive.\n\n"
    "Just 28 percent of voters said they had a positive view of her rival.\n\n"
    "About four out of 10 Kelden voters say the economy comes first.\n"
)


def test_a_share_of_a_polls_respondents_is_the_poll_named_before(registry: Registry) -> None:
    claims = analyze(POLL_STORY, registry).claims
    assert [[s.name for s in c.sources] for c in claims] == [["Rowan Institute"]] * 4
    assert all(c.labels == ["single-source"] for c in claims)


@pytest.mark.parametrize(
    ("before", "credited"),
    [
        ("Exit polls told a tale of two parties.", []),  # the last poll named has no maker
        ("Mayor Lee, who leads in the polls, said she would win.", []),  # a speaker beside "polls", no maker
        ("Mayor Lee conceded when polls closed at 8 p.m.", ["Rowan"]),  # the polls people vote at: no survey
    ],
)
def test_a_share_of_respondents_is_the_last_polls_only(before: str, credited: list[str], registry: Registry) -> None:
    analysis = analyze(f"A Rowan poll found the mayor ahead.\n\n{before}\n\nSix in 10 say she is decisive.\n", registry)
    share = next(c for c in analysis.claims if c.text.startswith("Six in 10"))
    assert [s.name for s in share.sources] == credited
    assert "opinion" not in share.labels  # what the respondents said is not the writer's


def test_a_count_of_other_things_is_no_respondents(registry: Registry) -> None:
    text = "A Rowan poll found the mayor ahead.\n\nWith three-quarters of precincts tallied, she led by nine points.\n"
    assert analyze(text, registry).claims[1].sources == []


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("A Rowan poll of American voters has, however, revealed that the mayor led.", ["Rowan"]),
        ("An entrance poll of Kelden Democratic caucus-goers is showing that the mayor led.", []),
    ],
)
def test_whom_a_poll_asked_is_not_who_made_it(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


@pytest.mark.parametrize(
    "text",
    [
        "The mayor will join the lawsuit, according to one of her senior aides.",
        "Two of the firm's engineers said the bridge was unsafe.",
        # a count of people before them
        "Dozens of engineers say the bridge was unsafe.",
        "Closing the bridge too late, a wide array of engineers say, put lives at risk.",
    ],
)
def test_unnamed_members_of_a_group_are_anonymous(text: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["unverified"]
    assert [s.kind for s in found.sources] == ["anonymous"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # a slash between two makers' names (only the first is known here as a name on its own)
        ("In a Reuters/Kelden poll released Monday, 31% of voters said they were enthusiastic.", "Reuters"),
        ("Some 20 percent of people in a recent Rowan poll said the mayor was right.", "Rowan"),
    ],
)
def test_the_poll_a_share_of_respondents_is_named_in(text: str, credited: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["single-source"]
    assert [s.name for s in found.sources] == [credited]


@pytest.mark.parametrize(
    "text",
    [
        "“We are close,” said an official involved in the negotiations.",
        "“We are close,” says a person involved in the talks.",
    ],
)
def test_an_inverted_unnamed_speaker_described_by_a_participle(text: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["unverified"]
    assert [s.kind for s in found.sources] == ["anonymous"]


@pytest.mark.parametrize(
    "text",
    [
        "“Yet another county we would have won,” another supporter wrote on a forum.",
        "One voter said the queue had taken three hours.",
    ],
)
def test_a_supporter_or_a_voter_nobody_names_is_anonymous(text: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["unverified"]
    assert [s.kind for s in found.sources] == ["anonymous"]


@pytest.mark.parametrize(
    ("text", "labels", "source"),
    [
        (
            "According to the exit poll conducted by Kelden Research, the mayor led.",
            ["single-source"],
            "Kelden Research",
        ),
        ("The Kelden Observer found that one in four homes stood empty.", ["single-source"], "Kelden Observer"),
        # people, whatever the case
        ("“She is too far behind,” said a Kelden Democrat.", ["unverified"], "a Kelden Democrat"),
    ],
)
def test_a_word_that_ends_a_name_is_no_unnamed_group(
    text: str, labels: list[str], source: str, registry: Registry
) -> None:
    found = claim(text, registry)
    assert found.labels == labels
    assert [s.name for s in found.sources] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday morning Mayor Lee made a third attempt to end the row, writing on Twitter that the real issue was the budget.",
        "On Tuesday Mayor Lee hammered home her message, declaring that the real issue was the budget.",
    ],
)
def test_a_participle_after_a_clause_opened_by_a_time_without_comma(text: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["single-source"]  # the speaker's "real issue", not the writer's opinion
    assert [s.name for s in found.sources] == ["Mayor Lee"]


@pytest.mark.parametrize(
    ("text", "opinion"),
    [
        ("The town mourned after what was the worst attack on its market in years.", False),
        ("It was the worst mass shooting in the state's history.", False),
        # a judgement of the writer's, not a ranking by toll
        ("The closure was the worst mistake of the council's term.", True),
        ("It was a cowardly attack on the market.", True),
    ],
)
def test_an_event_ranked_by_its_toll_is_no_opinion(text: str, opinion: bool, registry: Registry) -> None:
    assert ("opinion" in labels(text, registry)) is opinion


def test_a_name_telling_reporters_is_a_speaker_not_a_kind_of_reporter(registry: Registry) -> None:
    text = (
        "The fire sparked a debate, with Senator Ruth Kessler telling reporters on Thursday the council was at fault."
    )
    found = claim(text, registry)
    assert found.labels == ["single-source"]
    assert [s.name for s in found.sources] == ["Senator Ruth Kessler"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The mayor led, according to early results of exit polls conducted for the television networks by Rowan Research.",
            "Rowan Research",
        ),
        (
            "Revenue rose 3 percent, according to figures released Friday by the Kelden Institute.",
            "the Kelden Institute",
        ),
        (
            "The mayor leads, according to the results of the latest Rowan University poll released Wednesday.",
            "Rowan University",
        ),
        ("Union members favored the mayor, according to polling by the Kelden Institute.", "the Kelden Institute"),
        ("The council will be shut out, according to an interview with Mayor Jane Holt.", "Mayor Jane Holt"),
    ],
)
def test_the_maker_a_long_frame_names(text: str, source: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["single-source"]
    assert [s.name for s in found.sources] == [source]


def test_unnamed_people_interviewed_are_anonymous(registry: Registry) -> None:
    found = claim("The mayor will be shut out, according to interviews with a dozen party leaders.", registry)
    assert found.labels == ["unverified"]
    assert [s.kind for s in found.sources] == ["anonymous"]


@pytest.mark.parametrize(
    ("text", "labels", "source"),
    [
        (
            "The Foreign Ministry less than two weeks ago said that the files had been moved.",
            ["single-source"],
            "Foreign Ministry",
        ),
        ("But security specialists say the leaked files might not be genuine.", ["unverified"], "security specialists"),
    ],
)
def test_a_time_ago_between_speaker_and_verb_and_unnamed_specialists(
    text: str, labels: list[str], source: str, registry: Registry
) -> None:
    found = claim(text, registry)
    assert found.labels == labels
    assert [s.name for s in found.sources] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A quotation and its "that" clause before an inverted verb: the speaker comes after the verb.
        ('"It is very unlikely" that the mayor can catch Holt, said Ana Ruiz, a former campaign manager.', "Ana Ruiz"),
        # A past tense no word list holds, right after a name, is the subject's verb.
        (
            "Mr. Dorsan backpedaled on his forecast that Veltra would recover within a year, and blamed the "
            "fall in steel prices.",
            "Dorsan",
        ),
        # A party and state in brackets are no part of the speaker's name.
        ("Sen. Jane Holt (D-N.Y.) said the bill would pass.", "Sen. Jane Holt"),
        ("Gov. Ana Ruiz (D) announced the deal on Monday.", "Gov. Ana Ruiz"),
        # Someone's response, named by its kind, introducing what they said.
        ("The mayor's response was: “We will rebuild the bridge.”", "The mayor"),
        # A description ending in a name, then the speaker's own name.
        ("The head of the group backing Mayor Ana Ruiz, Tom Berg, praised the plan.", "Tom Berg"),
        # An opening phrase without its comma names the outlet that asked, not the speaker.
        ("In a Reuters interview Holt declared that the bill would pass.", "Holt"),
        # One of a group, described after the name: not a clause of its own ("co-authors" is no verb).
        ("Sen. Ana Ruiz, one of the few co-authors still in office, said the report was filed.", "Sen. Ana Ruiz"),
        # A gerund after a preposition and an adverb: the sentence's subject speaks.
        ("Ana Ruiz began her presidency by essentially telling the council to wait.", "Ana Ruiz"),
        # A sentence adverb set off by commas between a speaker (with a relative clause) and the verb.
        ("The agency that drafted the rules, for example, said the problem was not requiring an ID.", "The agency"),
        # A long aside in brackets between the speaker and the verb.
        (
            "Sen. Ana Ruiz (a Vermont Democrat so young she has been mistaken for an intern) says she was late.",
            "Sen. Ana Ruiz",
        ),
        # A participle after a comma set inside closing quotation marks (American style) …
        (
            'Mr. Berg, who made millions on the bank, told investors the fears were "overblown," adding that it had upside.',
            "Berg",
        ),
        # … and after a clause whose own verb has its subject before it.
        (
            "Ana Ruiz, clearly frustrated, responded by pointing at the crowd, saying the campaign was wrong.",
            "Ana Ruiz",
        ),
        # A quotation opening the sentence is no part of the subject who introduces the next one.
        (
            "“Promise me you will stay,” Ana Ruiz sings to the mayor before asking him, “Where do we go from here?”",
            "Ana Ruiz",
        ),
    ],
)
def test_the_speaker_is_not_a_name_inside_what_surrounds_them(text: str, source: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["single-source"]
    assert [(s.name, s.mention) for s in found.sources] == [(source, source)]


@pytest.mark.parametrize(
    "text",
    [
        # (a capitalised common word opening the sentence is no name: "unnaturalized" is no verb here)
        "Many unnaturalized adoptees try to stay out of sight, telling few people about their situation.",
    ],
)
def test_an_unknown_past_tense_after_an_opening_word_is_no_verb(text: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert [s.name for s in found.sources] == ["Many unnaturalized adoptees"]


@pytest.mark.parametrize(
    "text",
    [
        "Let me just say that the hall was not full of dentists.",
        "Send tips/quotes/stories to the newsroom at the address below.",
    ],
)
def test_a_command_opening_the_sentence_is_nobody_s_name(text: str, registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == []


def test_places_listed_after_a_preposition_are_where_the_speakers_are(registry: Registry) -> None:
    found = claim("Most voters in Ohio, Texas and Iowa said they felt betrayed by their party.", registry)
    assert found.labels == ["unverified"]
    assert [s.name for s in found.sources] == ["Most voters in Ohio, Texas and Iowa"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor leads in polls from Quinnipiac and Rowan University, by 8 points and 11 points, respectively.",
        "Ana Ruiz and Tom Berg blamed each other for the collapse of the talks.",
    ],
)
def test_speakers_each_saying_their_own_do_not_corroborate(text: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["single-source"]
    assert len(found.sources) == 2


@pytest.mark.parametrize(
    "text",
    [
        # Two adjectives of one noun are one speaker, not "Current" and "former officials".
        "Current and former officials said the agency had become a shell of itself.",
        # … and the subject a participle's clause refers to is read before its relative clause.
        "Current and former officials who spoke with the newspaper said the agency had become a shell of "
        "itself, too focused on defending its chair, rather than promoting the interests of the party.",
    ],
)
def test_adjectives_coordinated_before_a_noun_name_one_group(text: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["unverified"]
    assert {s.name for s in found.sources} == {"Current and former officials"}


def test_he_is_never_a_group_named_before(registry: Registry) -> None:
    text = (
        "While the NATO security operators who had mocked the plan left the country, the chief stayed "
        'in the city.\n\n"We were there to find out who attacked us," he said.'
    )
    sources = [s.name for c in analyze(text, registry).claims for s in c.sources]
    assert "the NATO security operators" not in sources


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A columnist for the news site Veltra Daily said he was ashamed of the deal.", "A columnist"),
        ('"We realized it was all lies," said one owner of a shop on the square.', "one owner of a shop"),
        ("The mayor pushed a reporter aside, she and another reporter said.", "another reporter"),
    ],
)
def test_unnamed_columnists_reporters_and_owners_are_anonymous(text: str, source: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert "unverified" in found.labels
    assert any(s.kind == "anonymous" and s.name.startswith(source) for s in found.sources)


@pytest.mark.parametrize(
    ("text", "anonymous"),
    [
        ("Rivals said the mayor was wrong about the bridge.", ["Rivals"]),
        ("Friends and former foes say the mayor is right about the bridge.", ["Friends and former foes"]),
        (
            "Holt and his rivals for the nomination have said they will scrap the tax.",
            ["his rivals for the nomination"],
        ),
    ],
)
def test_rivals_and_foes_nobody_names_are_anonymous(text: str, anonymous: list[str], registry: Registry) -> None:
    found = claim(text, registry)
    assert "unverified" in found.labels and "opinion" not in found.labels
    assert [s.name for s in found.sources if s.kind == "anonymous"] == anonymous


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The mayor is reaffirming that the inquiry is independent.", "The mayor"),
        ("Ana Ruiz reiterated that the talks were over.", "Ana Ruiz"),
        # A body's officer is a person "he" can refer back to.
        (
            "Finance Committee Chairman Tom Berg spoke with the mayor on Monday. But he reiterated that there "
            "will be no hearing.",
            "Finance Committee Chairman Tom Berg",
        ),
    ],
)
def test_saying_it_again_is_a_speech_act(text: str, source: str, registry: Registry) -> None:
    claims = analyze(text, registry).claims
    assert [s.name for s in claims[-1].sources] == [source]
    assert claims[-1].labels == ["single-source"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The ministry strongly denied that troops were in the town.", "The ministry"),
        ("Ana Ruiz, exasperated, famously responded: “What difference does it make?”", "Ana Ruiz"),
        ("Most of the rabbis generally affirm that the text is old.", "Most of the rabbis"),
    ],
)
def test_an_adverb_between_speaker_and_verb(text: str, source: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert [s.name for s in found.sources] == [source]


def test_an_auxiliary_capitalised_in_a_headline_is_nobody_s_name(registry: Registry) -> None:
    text = "Ruiz: And Then There Was the One.\n\nA man won by saying what he truly believed all along."
    assert "Was" not in [s.name for c in analyze(text, registry).claims for s in c.sources]


def test_an_answer_is_the_person_asked(registry: Registry) -> None:
    text = "A reporter asked Ana Ruiz how she felt on polling day. She replied: “The bigger the turnout, the better.”"
    claims = analyze(text, registry).claims
    assert [s.name for s in claims[-1].sources] == ["Ana Ruiz"]
    assert claims[-1].labels == ["single-source"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # An event a name only tells apart says nothing itself.
        ("The Lisbon bombing was a turning point, highlighting how exposed the port had become.", []),
        ("The Dorval floods showed that the levees were too low.", []),
        # The audience someone spoke to is not a source.
        ("Ana Ruiz told a Tulsa audience that the plant would stay open.", ["Ana Ruiz"]),
        ("The minister told a Senate Budget Committee hearing that the money had been spent.", ["The minister"]),
        # A hard negative: a name's own campaign still speaks.
        ("The Ruiz campaign said the figures were wrong.", ["The Ruiz campaign"]),
    ],
)
def test_an_occasion_named_after_a_place_or_person_says_nothing(
    text: str, credited: list[str], registry: Registry
) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


def test_the_owner_of_an_occasion_is_whom_a_pronoun_stands_for(registry: Registry) -> None:
    claims = analyze("Ana Ruiz's rally ended early. She said the hall was too small.", registry).claims
    assert [s.name for s in claims[-1].sources] == ["Ana Ruiz"]


def test_a_relative_clause_in_a_dashed_aside_describes_its_name(registry: Registry) -> None:
    text = (
        "A former party leader -- Tom Berg, who lost the 2019 election to Ruiz -- said the plan “offers nothing new.”"
    )
    found = claim(text, registry)
    assert [s.name for s in found.sources] == ["Tom Berg"]
    assert found.labels == ["single-source"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # In a Title Case headline, the capitalised verb is still a verb, and its speaker the name before.
        ("Ana Ruiz Says The Plant Will Close By March.\n\nThe plant employs 300 people.", ["Ana Ruiz"]),
        # … not the adverb or modal before the verb, nor a name inside what was said.
        ("Tom Berg Just Announced Who He Would Pick As Deputy.\n\nBerg spoke on Monday.", ["Tom Berg"]),
        ("Ruiz Says She Never Promised To Close The Plant.\n\nShe spoke on Monday.", ["Ruiz"]),
        # A description in capitals names nobody: common words the text never capitalises inside a sentence.
        ("Retired Officer Reveals What Happened Inside The Base.\n\nThe base closed in 2019.", []),
        # Hard negative: a sentence in capitals throughout is left alone.
        ("NEW FIGURES SHOW THE PLANT WILL CLOSE.\n\nThe plant employs 300 people.", []),
    ],
)
def test_a_title_case_headline_s_verb_and_speaker(text: str, credited: list[str], registry: Registry) -> None:
    headline = analyze(text, registry).claims[0]
    assert [s.name for s in headline.sources] == credited


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # What unnamed people have describes them: the whole phrase is the source, still unnamed.
        (
            "Inspectors with knowledge of the audit said the accounts had been altered.",
            "Inspectors with knowledge of the audit",
        ),
        (
            "Two lawmakers without a vote on the panel said the hearing was a sham.",
            "Two lawmakers without a vote on the panel",
        ),
        # Hard negative: after a comma, "with" opens a clause and its own speakers.
        ("The count ended in chaos, with officials saying the ballots were lost.", "officials"),
        # A plural subject after its verb.
        ("The levy will cost more than it raises, argue critics of the plan.", "critics of the plan"),
        # A profession after "a" is nobody named.
        ("A neurosurgeon who treated the boy said the injury was severe.", "A neurosurgeon"),
        # A politician's associates or operatives are nobody named.
        ("Associates say she is likely to run for mayor again next year.", "Associates"),
        ("Party operatives point out that turnout fell in every district.", "Party operatives"),
    ],
)
def test_unnamed_people_described_by_what_they_have(text: str, source: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert [(s.name, s.kind) for s in found.sources] == [(source, "anonymous")]
    assert found.labels == ["unverified"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A party and state after a name, and a name that opens with "Our", are nobody's first person.
        ("Sen. Ana Ruiz (I-Maine) voted against the bill on Tuesday.", []),
        ("The ads were paid for by Our Future Fund, a group opposed to the mayor.", []),
        ("Our Future Fund raised $2 million last month.", []),
        # Hard negatives: the writer's own "I" and "our" still are.
        ("I think the bill is a mistake.", ["opinion"]),
        ("Our leaders have failed the city.", ["opinion"]),
    ],
)
def test_names_that_look_like_the_first_person(text: str, expected: list[str], registry: Registry) -> None:
    assert claim(text, registry).labels == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # An adverb of time before the opening phrase's preposition: still where or when, not who.
        (
            "Shortly after the announcement of the judge's death, Council Majority Leader Ana Maria Ruiz "
            "(D-Tulsa) issued a statement saying that the council should not fill the seat.",
            "Council Majority Leader Ana Maria Ruiz",
        ),
        (
            "Ever since she left the party, Ana Ruiz has been a loud critic, attacking the mayor and saying "
            "the budget is a fraud.",
            "Ana Ruiz",
        ),
        # … and "while" or "when" before a participle.
        (
            "While celebrating big wins in four county races on Tuesday night, Ana Ruiz mocked the record of "
            "her rival, saying he would be a poor mayor.",
            "Ana Ruiz",
        ),
    ],
)
def test_an_adverb_of_time_opening_the_sentence(text: str, source: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert [s.name for s in found.sources] == [source]
    assert found.labels == ["single-source"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # Places listed between dashes say which places, not who speaks: never two named sources.
        (
            "If the mayor loses here, insiders in the next two states — Ostland and Westmark — said her "
            "campaign would be over.",
            "insiders in the next two states",
        ),
        ("Party officials in three cities — Lyon, Nantes and Lille — said the buses would run.", "Party officials"),
    ],
)
def test_places_listed_in_a_dashed_aside_are_no_sources(text: str, source: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert [(s.name, s.kind) for s in found.sources] == [(source, "anonymous")]
    assert found.labels == ["unverified"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # One person with two titles, the first abbreviated: never two sources.
        (
            "Former Ostland Gov. and Liberal Party Chairman Tom Berg said the vote would be close.",
            ["Former Ostland Gov. and Liberal Party Chairman Tom Berg"],
        ),
        # An office named in common words and "and", then its holder.
        (
            "Housing and Urban Renewal Secretary Ana Ruiz said the rules would change.",
            ["Housing and Urban Renewal Secretary Ana Ruiz"],
        ),
        # A public body named in common words, its last word a body's word in the plural.
        (
            "Ostland Citizenship and Immigration Services said the forms had changed.",
            ["Ostland Citizenship and Immigration Services"],
        ),
        # Hard negative: two companies are two sources.
        ("Veltra and Nordlys Group said the deal was done.", ["Veltra", "Nordlys Group"]),
    ],
)
def test_one_name_joined_by_and(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # What a speaker cites as a reason is nobody's words, whoever owns it.
        ('"This race is ours," Berg said, citing Ruiz\u2019s low turnout and Veltra\u2019s weak sales.', ["Berg"]),
        ("The council delayed the vote, citing Ostland's budget troubles.", ["The council"]),
        # Hard negative: a document someone made is still their words, relayed.
        ("The ministry said 40 people died, citing the governor\u2019s report.", ["The ministry", "the governor"]),
    ],
)
def test_a_reason_cited_is_no_source(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


def test_a_profession_after_the_is_someone_named_before(registry: Registry) -> None:
    claims = analyze("Tom Berg retired in May. The former surgeon said the ward had been closed.", registry).claims
    assert claims[-1].labels == ["single-source"]


def test_a_common_word_opening_a_sentence_before_a_plural_noun_is_no_speaker(registry: Registry) -> None:
    text = "Tom Berg spoke on Monday. Cost estimates, he added, were based on a prototype."
    claims = analyze(text, registry).claims
    assert [s.name for s in claims[-1].sources] == ["Tom Berg"]


def test_a_brand_with_its_capital_inside_is_a_name(registry: Registry) -> None:
    found = claim("Readers spent four minutes a day on the site, according to recent data from dataPulse.", registry)
    assert [s.name for s in found.sources] == ["dataPulse"]
    assert found.labels == ["single-source"]


def test_a_description_with_a_verb_s_form_before_a_name_in_a_frame(registry: Registry) -> None:
    found = claim("According to conservative talk show host Ana Ruiz, the plan reeks of panic.", registry)
    assert [s.name for s in found.sources] == ["Ana Ruiz"]
    assert found.labels == ["single-source"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A document on a body's own website is the body's.
        ("A statement on the ministry's website says the road is shut.", ["the ministry"]),
        ("A notice on the Veltra campaign's website states that donors will be refunded.", ["the Veltra campaign"]),
        # Hard negatives: a name with a preposition inside owns its document whole; an unnamed source
        # familiar with a body's work stays unnamed.
        ("The Centre for Aviation's database lists the plane as grounded.", ["The Centre for Aviation"]),
        ("A source familiar with the bank's audit said the losses were larger.", ["A source familiar with the bank"]),
    ],
)
def test_a_document_on_a_body_s_website(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A verb of speech inside a parenthesis the name stands outside is not the name's.
        ("The veteran had PTSD (post-traumatic stress disorder) for years.", []),
        ("The agency runs TCR (traffic claim review) audits.", []),
        # Hard negative: an aside closed before the verb leaves the name its speaker.
        ("Ana Ruiz (D-Ore.) said the bill would pass.", ["Ana Ruiz"]),
    ],
)
def test_a_verb_inside_an_aside_is_not_the_name_s_before_it(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # Criticism said aloud is a speech act.
        ("Mayor Ana Ruiz blasted the council for its reckless budget.", ["Mayor Ana Ruiz"]),
        ("The union lambasted the plan on Monday.", ["The union"]),
        ("Tom Berg chided the board for the delay.", ["Tom Berg"]),
        # Hard negatives: the physical acts and the nouns.
        ("The crew blasted through the rock on Monday.", []),
        ("Storm winds slammed into the coast overnight.", []),
        ("The students held a mock trial on Friday.", []),
        ("Tom Berg faced ridicule after the vote.", []),
    ],
)
def test_criticism_said_aloud_has_a_speaker(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # "he" or "she" in a clause after the person the sentence is about, nobody else named between.
        ("Ana Ruiz spoke first. Tom Berg drew outrage in 2010 when he blasted the ruling.", ["Tom Berg"]),
        (
            "Ana Ruiz spoke first. Tom Berg said little. Mara Lind was booed when she said the plan was dead.",
            ["Mara Lind"],
        ),
        # Hard negatives: a name the pronoun's words are about; a clause of its own after a semicolon.
        ("Ana Ruiz spoke first. Veltra, she predicted, would fold.", ["Ana Ruiz"]),
        ("Tom Berg spoke first. Veltra shut the account; it gave no reason, but he suspects a rival.", ["Tom Berg"]),
        # "he" or "she" is its clause's whole subject, not the end of a description ("her rival after she").
        ("Ana Ruiz spoke first. Mara Lind mocked her rival after she said the plan was dead.", ["Mara Lind"]),
        # The person the pronoun's relative clause is about, or who was asked; not one spoken of ("who he").
        (
            "Ana Ruiz spoke first. Tenney fought council leader Ray Halbritter, who led the campaign to rename "
            "the Westport Rovers stadium because he claimed the name was racist.",
            ["Ray Halbritter"],
        ),
        (
            "Ana Ruiz spoke first. The moderator raised the affair, asking Tom Berg why he had criticized the mayor.",
            ["Tom Berg"],
        ),
        ("Ana Ruiz spoke first. Tom Berg called for an inquiry into Mara Lind, who he accused of lying.", ["Tom Berg"]),
    ],
)
def test_a_pronoun_after_the_sentence_s_subject_is_that_person(
    text: str, credited: list[str], registry: Registry
) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # The manner of saying it is still saying it.
        ("“The food was cold,” Tom Berg joked.", ["Tom Berg"]),
        ("“Who pays for it?” the mayor wondered.", ["the mayor"]),
        ("Tom Berg groused to a crowd in Leeds that the paper was unfair.", ["Tom Berg"]),
        ("The senator lamented that the bill had died.", ["The senator"]),
        ("Mara Lind bragged that her numbers were huge.", ["Mara Lind"]),
        ("Ana Ruiz has railed against the tariffs for months.", ["Ana Ruiz"]),
        # A participle opening a Title Case headline leaves its verb of speech a verb.
        ("Railing Against Rivals, Ruiz Vows To Cut Bus Fares In Half.", ["Ruiz"]),
        # Hard negatives: a crowd's chant, a noise, a plea in court.
        ("The crowd chanted his name as he left.", []),
        ("Fans began shouting and pointing at the stage.", []),
        ("The crew pleaded guilty on Monday.", []),
    ],
)
def test_the_manner_of_saying_it_has_a_speaker(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # Someone reported inside another's words is not whom "she" or "the poll" next refers back to.
        (
            "Ana Ruiz spoke on Monday. She said that although Tom Berg had praised the plan, it came late. "
            "“It is a mess,” she said.",
            ["Ana Ruiz"],
        ),
        (
            "A Veltra poll showed that although Tom Berg has touted his record, voters prefer Mara Lind. "
            "The poll also found that turnout would fall.",
            ["Veltra"],
        ),
        # Hard negative: two speakers side by side, the later one the nearer.
        (
            "Tom Berg said the plan was late, and Mara Lind replied that it was not. “We will see,” she said.",
            ["Mara Lind"],
        ),
    ],
)
def test_the_speaker_reporting_is_referred_back_to_not_the_one_reported(
    text: str, credited: list[str], registry: Registry
) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # The relative right before the verb stands for the people named before it; it is no part of them.
        ("There are some economists who argue that the tax should be abolished.", ["some economists"]),
        ("But there are some engineers who think the bridge is unsafe.", ["some engineers"]),
        # Hard negative: "many of whom" is whole.
        ("The bill angered farmers, many of whom say the subsidy is too small.", ["many of whom"]),
    ],
)
def test_a_relative_before_the_verb_is_no_part_of_its_speaker(
    text: str, credited: list[str], registry: Registry
) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


def test_the_writer_speaking_as_we_is_no_detail_of_the_report_before(registry: Registry) -> None:
    text = (
        "If every firm paid tax on its offshore profits, the researchers tallied, the treasury would gain "
        "$80 billion. Fixing our tax code alone is not the answer to reducing our deficit."
    )
    assert analyze(text, registry).claims[-1].sources == []


def test_a_detail_quoting_our_is_still_the_report_s(registry: Registry) -> None:
    text = (
        "If every firm paid tax on its offshore profits, the researchers tallied, the treasury would gain "
        "$80 billion. The gap is “a hole in our budget” as wide as the defence bill."
    )
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == ["the researchers"]


@pytest.mark.parametrize(
    "text",
    [
        "A growing number of economists say the plan will fail.",
        "And a significant number of Democrats said they were fine with the rules.",
        "An increasing number of doctors warn that the clinics are understaffed.",
    ],
)
def test_a_number_of_people_counted_is_anonymous(text: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["unverified"]
    assert [s.kind for s in found.sources] == ["anonymous"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # "should" in a question the sentence reports, asked by a verb or a preposition: a debate, not a verdict.
        ("Lawmakers who back the reform disagree over how far it should go.", []),
        ("The panel discussed how the agency should handle the backlog.", []),
        # Hard negatives: "how" opening an exclamation, or after a comma, is the writer's own voice.
        ("How wrong they were, and how badly we should judge them for it.", ["opinion"]),
        ("The council must stop pretending and should fund the clinics now.", ["opinion"]),
    ],
)
def test_should_in_a_reported_how_question_is_no_verdict(text: str, labels: list[str], registry: Registry) -> None:
    assert claim(text, registry).labels == labels


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # What someone was made out to be, in words.
        ("Even Tom Berg has knocked the council's rules as undemocratic.", ["Tom Berg"]),
        ("The ad portrays Tom Berg as a career politician.", ["The ad"]),
        ("Mara Lind cast her rival as weak on crime.", ["Mara Lind"]),
        # Hard negatives: the physical acts, a vote cast.
        ("Volunteers knocked on doors as the polls opened.", []),
        ("Hundreds cast their votes for other candidates as the count went on.", []),
        ("The crew painted the fence as part of the cleanup.", []),
    ],
)
def test_what_someone_was_made_out_to_be_is_said(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # A representative for someone speaks for them on the record, as a spokesperson does.
        ("A representative for Mr. Holm said the inquiry had nothing to do with the ministry.", ["single-source"]),
        # Hard negative: unnamed representatives of a company are its officials, anonymous.
        ("Veltra representatives said the plant would reopen.", ["unverified"]),
    ],
)
def test_a_representative_for_someone_speaks_for_them(text: str, labels: list[str], registry: Registry) -> None:
    assert claim(text, registry).labels == labels


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # "even" before the speaker and "here" or "there" after it are no part of who speaks.
        ("Even the organizer of the march said the route was too narrow.", ["the organizer of the march"]),
        ("Even some of the mayor's allies have described the plan as a mistake.", ["some of the mayor's allies"]),
        ("Officials there said the road would reopen on Monday.", ["Officials"]),
        ("Her campaign workers here said they had knocked on every door.", ["Her campaign workers"]),
        # … nor "why" opening the clause the speaker is in.
        ("Turnout fell, which is why organizers there say the vote should move.", ["organizers"]),
    ],
)
def test_words_around_a_speaker_that_do_not_change_who_speaks(
    text: str, credited: list[str], registry: Registry
) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


@pytest.mark.parametrize(
    "text",
    [
        "Workers packed the hall. Most of them said they had loved working at the plant.",
        "Dozens of drivers waited. All of them said the route had been closed without notice.",
    ],
)
def test_most_of_them_is_an_unnamed_crowd(text: str, registry: Registry) -> None:
    last = analyze(text, registry).claims[-1]
    assert last.labels == ["unverified"] and [s.kind for s in last.sources] == ["anonymous"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # "That person" opening a sentence is the unnamed one again, not a clause's "that".
        (
            "A person familiar with the talks said a deal was close. That person said the mayor had walked out.",
            ["unverified"],
        ),
        ("An aide to the mayor said the plan was dead. That aide said the vote would be delayed.", ["unverified"]),
    ],
)
def test_that_person_is_the_unnamed_one_again(text: str, labels: list[str], registry: Registry) -> None:
    last = analyze(text, registry).claims[-1]
    assert last.labels == labels and [s.kind for s in last.sources] == ["anonymous"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # What someone called a thing, the name in quotation marks right after the verb, is their word.
        ("The city sought the summit to shed what Mayor Ana Ruiz called “a perception problem.”", ["Mayor Ana Ruiz"]),
        ("Bloomberg put his fortune at $2.9 billion, which Tom Berg called ''a disgrace.''", ["Tom Berg"]),
        # Hard negatives: a name given to a thing after an indefinite noun or "so".
        ("Tom Berg set up a website called “Leave If Veltra Wins” that pitches the island.", []),
        ("The so- called ‘special relationship’ was tested again.", []),
    ],
)
def test_what_someone_called_a_thing_in_quotation_marks(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


def test_a_relative_clause_set_off_by_commas_only_describes_the_subject(registry: Registry) -> None:
    text = (
        "Ana Ruiz spoke first. Speaker Tom Berg, who was slow to endorse Mr. Holm, was blunter about "
        "the rift - what he called ''our arguments.''"
    )
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == ["Speaker Tom Berg"]


def test_it_is_never_a_person_introduced_by_title(registry: Registry) -> None:
    text = (
        "A Veltra report was published on Monday. Veltra's chief executive, Tom Berg, called the ruling "
        "political. It also points out that the penalties are light."
    )
    assert analyze(text, registry).claims[-1].sources == []


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # "should" in the clause someone else's verb of speech reports, said or not, is no verdict.
        ("Tom Berg was jeered after he refused to say that the bridge should be closed.", []),
        ("The mayor continued to complain that the council had been unfair to her.", ["single-source"]),
        # Hard negatives: "we" in such a clause is still the writer; the writer's own imperative; a noun.
        ("Mara Lind understands that the threat is the people we let in.", ["opinion"]),
        ("Observe that the council should act now, before it is too late.", ["opinion"]),
        ("The council made a claim that should embarrass everyone.", ["opinion"]),
    ],
)
def test_a_clause_someone_else_reports_is_no_verdict(text: str, labels: list[str], registry: Registry) -> None:
    assert claim(text, registry).labels == labels


@pytest.mark.parametrize(
    "text",
    [
        # "They" right after an unnamed group spoke is that group, not the last person named.
        "Tom Holm declined to comment. The campaign sought bids from many firms, according to sources. "
        "They said the campaign signed a deal with the firm.",
        "Ana Ruiz wrote to the board. People who have fought fraud say the bank could do more. "
        "They point to tools that have cut fraud elsewhere.",
    ],
)
def test_they_after_an_unnamed_group_is_that_group(text: str, registry: Registry) -> None:
    last = analyze(text, registry).claims[-1]
    assert last.labels == ["unverified"] and [s.kind for s in last.sources] == ["anonymous"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # "…, say some Democrats": the speakers after the verb.
        (
            "A quieter campaign may not be a bad thing, say some Democrats, who recall the last race.",
            ["some Democrats"],
        ),
        # Hard negative: "say" set off by commas means "for example" and credits nobody.
        ("Tom Berg spoke on Monday. Even if she narrows the gap to, say, single digits, she could gain.", []),
    ],
)
def test_say_inverted_and_say_for_example(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # "he" or "she" is never a website, nor a run of a Title Case headline's capitalised words.
        ("GunMart.com listed the gun on Monday. “I am a free man,” he told reporters.", []),
        ("Gun Seller Auctions Off Weapon Used In Shooting.\n\n“I am a free man,” he told reporters.", []),
        # "the group" is the body that spoke, not the outlet it spoke to.
        (
            "The Holm Foundation did not want to comment, telling KTV 5 that it was busy. "
            "“We are focused on our mission,” the group said.",
            ["The Holm Foundation"],
        ),
    ],
)
def test_references_back_skip_websites_headlines_and_channels(
    text: str, credited: list[str], registry: Registry
) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


def test_a_question_the_writer_asks_is_no_detail_of_the_report_before(registry: Registry) -> None:
    text = (
        "As the Herald reported today, the inspector general issued subpoenas to the foundation. "
        "Why did the inspector general issue the subpoenas?"
    )
    assert analyze(text, registry).claims[-1].sources == []


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # "she" is never a name the story writes as "Mr. …", whoever spoke last.
        ("Mrs. Lind said the plan was late. Mr. Berg said the plan was dead. “It is not,” she said.", ["Lind"]),
        # Hard negatives: "he" is still him; a full name beside "Mrs. …" of the same surname is someone else.
        ("Ms. Lind said the plan was dead. Mr. Berg agreed. “We will see,” he said.", ["Berg"]),
        (
            "Mrs. Holm spoke at noon. Former Mayor Tom Holm said the plan was late. “It is not,” he said.",
            ["Former Mayor Tom Holm"],
        ),
    ],
)
def test_he_or_she_is_never_a_name_titled_for_the_other(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A participle that describes the noun after it is no verb: the subject runs on to the name.
        (
            "Many voters said they would stay home. But one prominent critic, syndicated columnist Ada Vance, "
            "disagrees and is telling them she believes they are wrong.",
            ["Ada Vance"],
        ),
        ("A protester of the armed takeover, Lee Marsh, says he saw no difference.", ["Lee Marsh"]),
        # Hard negative: a participle with its own object after the subject is still the verb.
        ("Tom Berg said the deal was off. The board, shaken by the news, said it would meet.", ["The board"]),
    ],
)
def test_a_participle_before_a_noun_describes_it(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A person told by their office is a listener, not an outlet that carried the words.
        ("Prager told Senator Mark Holm the plan would fail.", ["Prager"]),
        ("The author told website founder Gil Bart he would run.", ["The author"]),
        # Hard negative: an outlet told still carries them.
        ("The minister told the BBC the talks would resume.", ["The minister", "BBC"]),
    ],
)
def test_a_person_told_by_office_is_no_outlet(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # "add" with only an object is an act, not a statement.
        ("Later, the mayor added buses, and then he cut the fares.", []),
        (
            "The county had added the additional day, known as Green Day because the dates overlapped with the "
            "window for registration, after voters faced delays.",
            [],
        ),
        # Hard negatives: with a clause, a quotation or after one, it is speech.
        ("The minister added the government would review the decision.", ["The minister"]),
        ("“We are ready,” added Smith.", ["Smith"]),
        ("Smith added, “We are ready.”", ["Smith"]),
        # A participle set off by commas is read past to the clause's verb.
        ("The inspectors found the plant, built in 1970, was unsafe.", ["The inspectors"]),
    ],
)
def test_adding_a_thing_is_no_statement(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A calculation credits its maker with what it found.
        ("Lena Ortiz, an economist at a bank, calculates that 9,000 jobs pay less than $15.", ["Lena Ortiz"]),
        (
            "The Transport Department calculated that 2 million drivers would pay the toll.",
            ["The Transport Department"],
        ),
        # Hard negatives: calculating a thing, and a calculated move, say nothing.
        ("Ohio was still calculating turnout on Wednesday, but officials expected a record.", ["officials"]),
        ("It was a shrewd and calculated political move by the mayor.", []),
    ],
)
def test_a_calculation_is_its_makers_finding(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # The subject of a clause right after a document is its maker, who speaks through it.
        (
            "The toll rose to 40, according to a report the health ministry published on Monday.",
            ["the health ministry"],
        ),
        ("Turnout fell, according to figures her campaign released.", ["her campaign"]),
        ("Rents will rise, according to a fact sheet officials released.", ["officials"]),
        # Hard negative: a document published by someone is theirs too, read the other way round.
        ("The toll rose to 40, according to a report published by the health ministry.", ["the health ministry"]),
    ],
)
def test_a_documents_maker_in_the_clause_after_it(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A contraction set with a typographic apostrophe is the word it is with a straight one.
        ("Mayor Lena Holt didn’t concede defeat, either.", []),
        (
            "The channel’s chief isn’t kowtowing to candidate Dana Holt, who has threatened to skip the debate.",
            ["Dana Holt"],
        ),
        # Adverbs alone before a comma open the sentence; they are nobody's name.
        ("More recently, he’s spoken out against the law, citing his record.", []),
    ],
)
def test_typographic_apostrophes_and_opening_adverbs(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


def test_a_participle_in_a_relative_clause_is_its_persons(registry: Registry) -> None:
    text = "The nominee met Paul Ryan, who surprised the party by declaring he could not support him."
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == ["Paul Ryan"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # An evaluative word inside a capitalised slogan or title is the slogan's, not the writer's.
        ("Why was the mayor wearing a Keep Our Town Great Forever hat?", []),
        # Hard negatives: the writer's own word, and a headline's, still count.
        ("Why was the mayor wearing such a great hat?", ["opinion"]),
        ("Democrats Should Be Very Nervous About Their Terrible Turnout Numbers", ["opinion"]),
    ],
)
def test_a_slogans_words_are_not_the_writers(text: str, labels: list[str], registry: Registry) -> None:
    assert analyze(text, registry).claims[-1].labels == labels


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_cues_read_either_apostrophe(apostrophe: str, registry: Registry) -> None:
    """A cue written with a straight apostrophe in the lexicon matches the typographic one too."""
    found = f"The study didn{apostrophe}t exclude the possibility of a leak."
    advice = f"Let{apostrophe}s hope the council listens."
    assert analyze(found, registry).claims[0].sources[0].name == "The study"
    assert analyze(advice, registry).claims[0].labels == ["opinion"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # Going on speaking is speaking: the verb after "began to", "continued to" is the speaker's.
        ("Mayor Dana Holt continued to insist she would win.", ["Mayor Dana Holt"]),
        ("The rebels have begun to argue that the truce is over.", ["The rebels"]),
        ("Prices rose as unions continue to warn that the deal was a mistake.", ["unions"]),
        # Auxiliaries joined by "and" are one verb's: the subject before them speaks.
        (
            "Holt is no expert, which is why Lee Marsh has and will continue to advise her that the budget is short.",
            ["Lee Marsh"],
        ),
        # A no-break space between words is a space.
        ("Police were able\xa0to determine that the car had come from the base.", ["Police"]),
        # Hard negative: what is planned has not been said.
        ("Mayor Dana Holt plans to insist she would win.", []),
    ],
)
def test_going_on_speaking_and_joined_auxiliaries(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # A suggestion denied hedges nothing.
        ("The mayor did not suggest retaliation.", []),
        ("The affidavit does not indicate whether the officer was questioned.", []),
        # Hard negative: evidence that suggests is a hedge.
        ("The early figures suggest that turnout was high.", ["unverified"]),
    ],
)
def test_a_denied_suggestion_is_no_hedge(text: str, labels: list[str], registry: Registry) -> None:
    assert analyze(text, registry).claims[-1].labels == labels


@pytest.mark.parametrize(
    ("text", "credited", "labels"),
    [
        # A body named in capitals whose last word is a group's ("Workers") is on the record.
        (
            "The contract covers 100 workers, according to the Communications Workers of America.",
            ["Communications Workers of America"],
            ["single-source"],
        ),
        # Hard negative: the same group in lower case is nobody named.
        ("The contract covers 100 shops, the workers said.", ["the workers"], ["unverified"]),
    ],
)
def test_a_body_named_for_its_members_is_named(
    text: str, credited: list[str], labels: list[str], registry: Registry
) -> None:
    found = analyze(text, registry).claims[-1]
    assert ([s.name for s in found.sources], found.labels) == (credited, labels)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # "should" in a question someone else asks or wonders is theirs, not the writer's advice.
        ("The defeat has caused many to wonder if a younger candidate should run.", []),
        ("The mayor has yet to explain why the fees should be kept.", []),
        # Hard negatives: the writer's own wondering, "no wonder", and an "if" after "say" (a condition).
        ("I wonder if the council should act now.", ["opinion"]),
        ("No wonder the council should act now.", ["opinion"]),
        ("It is a fine thing to say if you agree with it, and we should all say it.", ["opinion"]),
    ],
)
def test_should_in_a_question_someone_else_asks(text: str, labels: list[str], registry: Registry) -> None:
    assert analyze(text, registry).claims[-1].labels == labels


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A possessive, an adjective, then a verb's form: a noun ("Lee's over-the-top comments").
        ("Her plan is a harder sell to voters than Dana Holt's fire-breathing vows to scrap the tax.", []),
        ("Ohio is Lee Marsh's second-best showing in the race.", []),
        # Hard negative: the verb after a name is still a verb.
        ("Dana Holt vows to scrap the tax.", ["Dana Holt"]),
    ],
)
def test_a_possessed_noun_after_its_adjective_is_no_verb(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A negative that covers the cue's verb silences it, even when the cue runs on past it.
        ("Most Northern states that will vote in March have large cities.", []),
        # Hard negative: the verb itself.
        ("The report states that the toll rose.", ["The report"]),
    ],
)
def test_a_negative_over_the_verb_silences_the_cue(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # Whose "claim that" it is: the name its possessive ends, even after a preposition.
        (
            "The governor blamed the media for making an issue out of Dana Holt’s claim that the mayor lied.",
            ["The governor", "Dana Holt"],
        ),
        ("Readers asked about Lee Marsh's assertion that most emails were kept.", ["Lee Marsh"]),
        # Hard negative: a group's possessive is still the group.
        ("The court heard the officials' claims that the vote was rigged.", ["the officials"]),
    ],
)
def test_a_claim_is_its_possessors(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited", "labels"),
    [
        # Papers named without their maker are an unnamed document's word.
        ("The mayor sold the plane in 2010, records show.", ["records"], ["unverified"]),
        ("The campaign is nearly broke — new filings show it has $1 million left.", ["new filings"], ["unverified"]),
        # An owner's papers are on the record: a court's, a state's, a company's.
        ("Court records show the firm paid $2 million.", ["Court records"], ["single-source"]),
        ("The chain has 7,600 staff, according to company documents.", ["company documents"], ["single-source"]),
        # Hard negative: an outlet whose name ends in a document's word is the outlet.
        (
            "Lee Marsh told the National Post he had received many emails.",
            ["Lee Marsh", "National Post"],
            ["single-source"],
        ),
    ],
)
def test_papers_without_a_maker_are_unnamed(
    text: str, credited: list[str], labels: list[str], registry: Registry
) -> None:
    found = analyze(text, registry).claims[-1]
    assert ([s.name for s in found.sources], found.labels) == (credited, labels)


def test_a_pronoun_after_a_year_is_the_whole_subject(registry: Registry) -> None:
    text = "Mary Holt spoke on Monday. In 2010 she said of the council: “Nobody is stopping them.”"
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == ["Mary Holt"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # What someone called a person named in two or three words, or a thing in doubled apostrophes.
        ("Ms. Lind called Mrs. Berg an ''enemy of the people.''", ["Lind"]),
        ("The senator has called climate change a hoax invented by rivals.", ["The senator"]),
        ("Ms. Berg, who was at the convention, called what she saw ''shameful.''", ["Berg"]),
        # … with the person described between commas.
        ("Ms. Lind called Mr. Berg, her rival in the race, a coward.", ["Lind"]),
        # Hard negatives: calling people somewhere, or on the telephone, is no statement.
        ("The mayor called reporters into a room.", []),
        ("The mayor called Mr. Berg, the owner of the shop, an hour later.", []),
    ],
)
def test_what_someone_called_a_named_person(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


def test_an_unnamed_poll_named_next_through_a_reference_back(registry: Registry) -> None:
    """ "a new statewide poll" is the poll the next sentence names, even when that sentence names it by
    referring back to the headline's maker."""
    text = (
        "The poll by the Harbor Institute showed Lind ahead.\n\n"
        "Lind and Berg are locked in a tight race in the state, a new statewide poll has found.\n\n"
        "The poll, released on Wednesday, showed Lind leading Berg by two points."
    )
    claims = analyze(text, registry).claims
    assert [s.name for s in claims[1].sources] == ["the Harbor Institute"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # The outlet a piece ran in speaks through it, registered or not.
        ("An article in The Harbor Ledger said the plan was a failure.", ["Harbor Ledger"]),
        ("A long editorial in the Ledger said the plan was a failure.", ["Ledger"]),
        # Hard negatives: a registered outlet stays the registry's; places after results are no venue.
        ("A report in The New York Times said the plan was a failure.", ["The New York Times"]),
        ("The campaign said the results in Iowa and Ohio show a two-man race.", ["The campaign"]),
    ],
)
def test_the_outlet_a_piece_ran_in_speaks(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # Calling someone names in the writer's own voice is the writer's verdict.
        ("Editor's note: the mayor is a serial liar and a bigot who has pledged to close the library.", ["opinion"]),
        ("Voters have abandoned the party for an authoritarian demagogue.", ["opinion"]),
        # Hard negative: someone else calling names is theirs.
        ("The senator called his rival a liar.", ["single-source"]),
    ],
)
def test_names_called_in_the_writers_voice(text: str, labels: list[str], registry: Registry) -> None:
    assert analyze(text, registry).claims[-1].labels == labels


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # The speaker of a relative clause is the noun phrase right before it, not the clause around it.
        ("On Wednesday, the mayor dismissed critics who called the remarks sexist.", ["the mayor", "critics"]),
        # Hard negatives: a description set off by commas, and people described by the clause.
        ("Ada Vance, the polling expert who founded the site, wrote that the race was close.", ["Ada Vance"]),
        ("People who know the mayor said she would run.", ["People"]),
    ],
)
def test_a_relative_clauses_speaker_is_the_phrase_before_it(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # "so far" is a time and "most" before a noun a count: neither is the writer's verdict.
        ("Most council members have remained silent, so far, as the two men traded criticism.", []),
        ("The mayor has so far won the most wards, giving him a lead in delegates.", []),
        # Hard negatives: "too far" and a superlative of judgement are.
        ("The plan goes too far, and it is the most shameful idea yet.", ["opinion"]),
    ],
)
def test_so_far_and_most_voters_are_no_verdicts(text: str, labels: list[str], registry: Registry) -> None:
    assert analyze(text, registry).claims[-1].labels == labels


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A retort with its words is speech.
        ("The mayor fired back that the voters had backed her twice.", ["The mayor"]),
        ("Asked about the flap, Mr. Berg shot back: “That would be good.”", ["Berg"]),
        # Hard negative: gunfire.
        ("The troops fired back, killing two attackers.", []),
    ],
)
def test_a_retort_is_speech(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A source's name never ends on the preposition of what comes after it.
        ("The mayor has been criticized by some of her rivals for failing to campaign.", ["some of her rivals"]),
        ("The professor, accused by the government of plotting a coup, fled.", ["the government"]),
    ],
)
def test_a_sources_name_ends_before_a_preposition(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # Each body's one holder of an office is on the record, however many bodies.
        ("The heads of both shipping firms said there was no obligation to register.", ["single-source"]),
        ("The chief executives of the two banks said the merger was off.", ["single-source"]),
        ("The heads of the two lobbying firms said there was no obligation to register.", ["single-source"]),
        ("The lawyers for both men said the charges were false.", ["single-source"]),
        # Hard negatives: people nobody names, in or out of the bodies.
        ("Executives of both banks said the merger was off.", ["unverified"]),
        ("The executives of both banks said the merger was off.", ["unverified"]),
        ("Two leading economists said the plan would fail.", ["unverified"]),
    ],
)
def test_office_holders_of_named_bodies_are_on_the_record(text: str, labels: list[str], registry: Registry) -> None:
    assert analyze(text, registry).claims[-1].labels == labels


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # "they" after a listener's name opens the next clause: the speakers of "told" conclude, not AP.
        ("The heads of both firms told AP they concluded there was no obligation.", ["told", "they"]),
        # Hard negative: a capital "I" may end a name ("Survey I").
        ("Survey I consistently showed less bias than the others.", ["showed"]),
    ],
)
def test_a_pronoun_after_a_listeners_name_is_the_next_clauses_subject(
    text: str, cues: list[str], registry: Registry
) -> None:
    assert [r.cue for r in analyze(text, registry).claims[-1].reasons] == cues


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # After a clause and its comma, the people a relative clause restricts speak.
        (
            "The deals did not require the aides to cooperate with the Senate, sources who read them told Reuters.",
            ["sources", "Reuters"],
        ),
        (
            "Although there is no overlap with Sanders's team, a White House official who spoke anonymously to"
            " discuss strategy said the rift was real.",
            ["a White House official"],
        ),
        # Hard negatives: the speaker named already, and a share of a group.
        ('"We will win," said Ada Vance, a council member who ran twice.', ["Ada Vance"]),
        ("The plan angered the councillors, many of whom say it is unlawful.", ["many of whom"]),
    ],
)
def test_the_people_a_relative_clause_restricts_speak_after_a_clause(
    text: str, credited: list[str], registry: Registry
) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A clause "and" opens before an inverted verb is what was said: the speaker comes after the verb.
        (
            "The refusal did not go over well with the senators, and the meeting deteriorated from there, said one"
            " aide in the room.",
            ["one aide"],
        ),
        # Hard negative: the last of a list of speakers.
        ("Germany, France, and Italy said the talks had failed.", ["Germany", "France", "Italy"]),
    ],
)
def test_a_coordinated_clause_before_an_inverted_verb_is_no_speaker(
    text: str, credited: list[str], registry: Registry
) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A horizontal bar is a dash, and a dateline before it is a place, never the subject.
        ("WASHINGTON ― The ministry said the talks had failed.", ["The ministry"]),
        ("WASHINGTON — After bragging for a year about its low costs, the campaign is spending more freely.", []),
        (
            "BUENA PARK, Calif. - Rallying workers who struggle to get by, Ada Vance tried to empathize and promised change.",
            ["Ada Vance"],
        ),
        # A verb after an aside between dashes has its subject before the aside, not after the verb.
        (
            "The film — which features historians and activists, among others — explains America’s treatment of"
            " prisoners.",
            [],
        ),
        # An aside opening with a participle describes the name before it, who speaks.
        (
            "On Friday, Holm — mentioned by the Ledger as a likely pick — told reporters that he would accept.",
            ["Ledger", "Holm"],
        ),
        # Hard negative: an inverted verb after a dash still has its speaker after it.
        ("“We will win” — said the mayor on Monday.", ["the mayor"]),
    ],
)
def test_dashes_datelines_and_asides(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # An inverted verb set off by commas inside its clause: the speaker comes after the verb.
        ("The contrast with the mayor, said Ada Vance, would be clear to every voter.", ["Ada Vance"]),
        ("And the mayor, said Vance, who remains a friend, does not forgive.", ["Vance"]),
        # Hard negatives: a speaker and her description before the verb; a filler set off by commas.
        ("Ada Vance, a council member, said the vote would be close.", ["Ada Vance"]),
        ("The mayor, meanwhile, said the vote would be close.", ["The mayor"]),
    ],
)
def test_an_inverted_verb_set_off_by_commas(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # After a causative verb, the bare infinitive is not yet said.
        ("The win may let the Texas senator argue that he is the front-runner.", []),
        ("A second-place finish could help Vance cast the race as a two-way contest.", []),
        ("That insistence makes the Chinese comments particularly galling to him.", []),
        # Hard negative: the past reports what was done.
        ("The loss helped Vance argue that she was the outsider.", ["Vance"]),
    ],
)
def test_a_speech_verb_after_a_causative_is_not_yet_said(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # An office or kin of someone named speaks for itself, not its possessor.
        ("Ada Vance's eldest daughter said the cause mattered.", ["Ada Vance's eldest daughter"]),
        (
            "Libertarian candidate Gary Holm’s doctor is calling him “extremely fit.”",
            ["Libertarian candidate Gary Holm’s doctor"],
        ),
        ("“That was outrageous,” Vance's former campaign strategist said.", ["Vance's former campaign strategist"]),
        ("Vance’s Democratic opponent, Senator Lars Holm, also praised the ruling.", ["Senator Lars Holm"]),
        # ... and "the campaign" after it is the campaign, not its manager.
        (
            "Ada Vance’s campaign manager says he is gratified by the decision. The campaign’s statement then"
            " declares “the matter is now concluded.”",
            ["The campaign"],
        ),
    ],
)
def test_an_office_of_someone_named_is_not_its_possessor(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # "a Democrat" describes the person named before it: "she" is the name, not the description.
        (
            "Smaller bonuses are the last thing state Representative Ada Vance, a Democrat, wants to hear about."
            ' "We need the plant," she said.',
            ["Representative Ada Vance"],
        ),
        # Hard negative: a name alone is still the name.
        (
            'Smaller bonuses are the last thing Ada Vance wants to hear about. "We need the plant," she said.',
            ["Ada Vance"],
        ),
    ],
)
def test_an_indefinite_description_is_no_name_to_refer_back_to(
    text: str, credited: list[str], registry: Registry
) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # An infinitive after a finding verb's object is no clause of what was found.
        ("Holm hasn't found the way to do that, at least so far.", []),
        # Hard negative: a clause with its own verb is.
        ("The audit found the agency paid twice for the same work.", ["The audit"]),
    ],
)
def test_an_infinitive_is_no_finding(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # What was said came first, set off by a comma; a time or place may follow the verb.
        ("The plant will close, the mayor added on Monday.", ["the mayor"]),
        ("Vance won the primary, the Associated Press declared on Thursday.", ["Associated Press"]),
        # Reading aloud is no statement; reading with a colon or a clause is.
        ("The mayor reads from a prepared text at every rally.", []),
        ("The statement reads: the plant will close.", ["The statement"]),
        # Hard negative: an act after a clause that is no speaker's.
        ("The march began downtown, but not before organizers paid tribute to the victims.", []),
    ],
)
def test_what_was_said_before_the_speaker_and_its_verb(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A progressive verb is the clause's own, not a participle describing its subject: the speaker of a
        # later verb is its own subject.
        (
            "Governor Holm is joining his rival in calling for an inquiry after the Associated Press reports that"
            " half of the meetings were with donors.",
            ["Associated Press"],
        ),
        # Hard negatives: a participle describing the people who speak, also inside a relative clause.
        ("Residents living near the plant said the air smelled of sulphur.", ["Residents"]),
        ("Officials who are working on the plan said it would pass.", ["Officials"]),
    ],
)
def test_a_progressive_verb_describes_no_speaker(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


def test_a_hashtag_is_nobody_he_stands_for(registry: Registry) -> None:
    claims = analyze(
        "A spokesman, Ken Abboud, said there were a million tweets. The hashtag #UneBougiePourParis was also"
        " trending. ''The streets were deserted,'' he said.",
        registry,
    ).claims
    assert [s.name for s in claims[-1].sources] == ["Ken Abboud"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A quotation after the verb is what was said, whatever "that" opens the clause.
        (
            'The debate grew so heated over who backed which bill that Gov. Ada Vance said, "I need a translator."',
            ["Gov. Ada Vance"],
        ),
        # Hard negatives: the object of a relative clause, and the people a relative clause describes.
        ("The council expanded the services that Mr. Holm demanded.", []),
        ("Critics who noted that the plan was late said it would fail.", ["Critics"]),
    ],
)
def test_a_clause_that_opens_after_a_question_has_its_own_speaker(
    text: str, credited: list[str], registry: Registry
) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # A verb of speech right after its pronoun subject inside a relative clause: the claim is theirs.
        ("Holm spoke on Monday. His beef was with Kelly, who he claims has been unfair to him.", ["single-source"]),
        (
            "Holm spoke on Monday. The problem is the deals, which he estimates will not expire for a decade.",
            ["single-source"],
        ),
        # Hard negative: a plural noun and its verb.
        ("Insurance claims have risen sharply since the flood.", []),
    ],
)
def test_a_verb_right_after_its_pronoun_subject(text: str, labels: list[str], registry: Registry) -> None:
    assert analyze(text, registry).claims[-1].labels == labels


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # When a source spoke is no part of who it is.
        ("According to the ministry last week, the toll rose to 40.", ["the ministry"]),
        ("An analysis released by the department last month reveals how swift the rise is.", ["the department"]),
        (
            "Several experts cautioned, as did the Vance campaign itself, that the plan might change.",
            ["Several experts", "the Vance campaign"],
        ),
        # Hard negative: a capitalised word ending a name is the name's.
        ("According to NBC's Today, the toll rose to 40.", ["NBC News"]),
    ],
)
def test_a_time_after_a_source_is_no_part_of_it(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # An unnamed document with its adjectives is its maker's or its venue's.
        ("The mayor will likely win, according to a new article in Politico.", ["Politico"]),
        ("The toll rose, according to a lengthy internal memo by the ministry.", ["the ministry"]),
        # Hard negative: a document and a place.
        ("The toll rose, according to a new report in Kyiv.", ["a new report"]),
    ],
)
def test_an_unnamed_document_with_adjectives_is_its_makers(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A participle after an adverb of degree is an adjective.
        ("The white paper is strikingly straightforward and relatively detailed.", []),
        # Hard negatives: adverbs of manner before a verb.
        ("Holm too suggested that the tanker had sunk.", ["Holm"]),
        ("Jewish groups also widely condemned the proposal as unconstitutional.", ["Jewish groups"]),
    ],
)
def test_a_participle_after_a_degree_adverb_is_an_adjective(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


def test_he_who_spoke_last_is_as_recent_as_a_name_beside_him(registry: Registry) -> None:
    claims = analyze(
        'Holm is more tactful.\n\nIn his stump speech, a cheerful riff on how open markets ("Uber for everything")'
        " and engaged voters can mend the country, he tells one joke about Trump. The Republican nominee, he said,"
        " watched the games to see how high the vaulters could go.",
        registry,
    ).claims
    assert [s.name for s in claims[-1].sources] == ["Holm"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A quotation paragraph crediting nobody goes on from the speaker of the paragraph before.
        (
            'Ada Vance said the party was split.\n\n"Moderates are running out of time to find a candidate."',
            ["Ada Vance"],
        ),
        # Hard negative: a paragraph with its own speaker.
        (
            'Ada Vance said the party was split.\n\n"Moderates are running out of time," a delegate said.',
            ["a delegate"],
        ),
    ],
)
def test_a_quotation_paragraph_goes_on_from_the_speaker_before(
    text: str, credited: list[str], registry: Registry
) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # A letter of an abbreviation is no "I".
        ("The rebels are supplied by the C.I.A. and other agencies.", []),
        ("They would not tell the I.R.S. anything it does not already know.", []),
        # Hard negative: the writer's "I".
        ("I think the plan will fail.", ["opinion"]),
    ],
)
def test_an_abbreviations_letter_is_no_first_person(text: str, labels: list[str], registry: Registry) -> None:
    assert analyze(text, registry).claims[-1].labels == labels


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A participle listed among a noun's adjectives is no verb.
        ("Vance clinched an outright majority of regular, pledged delegates.", []),
        # Hard negative: a description set off by commas, then the verb.
        ("The mayor, visibly angry, pledged support for the farmers.", ["The mayor"]),
    ],
)
def test_a_participle_listed_among_adjectives_is_no_verb(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # A name's last word, capitalised after "the", is the name: a newspaper, not an unnamed observer.
        ("In a statement to the Observer, her adviser, Jake Holm, said the plan was sound.", ["single-source"]),
        # Hard negative: the person, written in lower case.
        ("The observer said the vote was fair.", ["unverified"]),
    ],
)
def test_the_observer_capitalised_is_a_name(text: str, labels: list[str], registry: Registry) -> None:
    assert analyze(text, registry).claims[-1].labels == labels


def test_a_law_ending_a_sentence_is_nobody_she_stands_for(registry: Registry) -> None:
    claims = analyze(
        "Senator Lars Holm advocates tax increases of $15 trillion; Mrs. Vance seeks an additional $1 trillion in"
        " revenue.\n\nHe calls for a single-payer health care system; Mrs. Vance aims to build on President"
        " Obama's Affordable Care Act.\n\nHe proposes breaking up banks; she backs tougher regulations but"
        " embraces the 2010 law.\n\nHe calls for $1 trillion in new spending; she calls for $275 billion - half"
        " of what her husband's Treasury secretary has advocated.",
        registry,
    ).claims
    assert [s.name for s in claims[-1].sources] == ["Vance"]


def test_she_after_a_semicolon_is_the_subject_of_her_own_clause(registry: Registry) -> None:
    claims = analyze(
        "Holm said he would appoint judges. The legislature passed a measure that would ban the clinics; Gov. Ada"
        " Vance, who opposes the ban, vetoed the bill because she said it was unconstitutional.",
        registry,
    ).claims
    assert [s.name for s in claims[-1].sources] == ["Gov. Ada Vance"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # An unnamed description, then the name: the person is named.
        ("''We are anxious,'' said another local user, Johanna Holm.", ["single-source"]),
        ("''The odds are even,'' said another leading advocate, Andrew J. Vance.", ["single-source"]),
        # Hard negative: a first name given alone keeps them unnamed.
        ("''We are anxious,'' said a resident, Ana, who gave only her first name.", ["unverified"]),
    ],
)
def test_an_unnamed_description_then_the_name(text: str, labels: list[str], registry: Registry) -> None:
    assert analyze(text, registry).claims[-1].labels == labels


def test_people_counted_are_never_it(registry: Registry) -> None:
    claims = analyze(
        "The email, released by the Harbor Trust, was sent late on Tuesday. Two Americans were killed at each"
        " location.\n\n“I just tried you on the phone,” it reads.",
        registry,
    ).claims
    assert [s.name for s in claims[-1].sources] == ["the Harbor Trust"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # Two titles of one person joined by "and", a title's complement included.
        (
            "The former secretary of state and current Democratic presidential nominee said she would run.",
            ["The former secretary of state and current Democratic presidential nominee"],
        ),
        # Hard negative: two people, each with a determiner.
        ("The mayor and the governor said the bridge would reopen.", ["The mayor", "the governor"]),
    ],
)
def test_two_titles_of_one_person(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A sentence ending on someone agreeing or explaining introduces the quotation after it.
        (
            'Professor Ada Vance agreed. "Moderates are running out of time to find a candidate."',
            ["Professor Ada Vance"],
        ),
        (
            'Professor Ada Vance disagreed.\n\n"Moderates are running out of time to find a candidate."',
            ["Professor Ada Vance"],
        ),
        # Hard negative: a sentence that does not end on such a verb.
        ('Professor Ada Vance teaches history. "Moderates are running out of time to find a candidate."', []),
    ],
)
def test_a_sentence_ending_on_agreement_introduces_the_quotation(
    text: str, credited: list[str], registry: Registry
) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # One of a faith, a party or a people is nobody named.
        ("Another Muslim who prayed at the center said he heard the man talk of immorality.", ["unverified"]),
        ("A Democrat said the vote was rigged.", ["unverified"]),
        # Hard negatives: a named outlet's piece, and a comment posted (a noun).
        ("A DW report said the vote was rigged.", ["single-source"]),
        ("Vance posted a Twitter comment of her own, saying, “We are so excited!”", ["single-source"]),
    ],
)
def test_one_of_a_faith_or_party_is_nobody_named(text: str, labels: list[str], registry: Registry) -> None:
    assert analyze(text, registry).claims[-1].labels == labels


def test_she_after_a_woman_who_withheld_her_name_is_still_unnamed(registry: Registry) -> None:
    claims = analyze(
        "At a drugstore, a cashier was shaken by the harsh talk about Muslims she has heard.\n\n"
        '"One man said we should start fighting back," said the woman, who like many in the town did not want to be'
        " quoted by name.\n\n"
        '"Too much hate," she said, blaming some of it on candidate Lars Holm.\n\n'
        '"I think he is causing a lot of this," she said.',
        registry,
    ).claims
    assert [c.labels for c in claims[-3:]] == [["unverified"]] * 3


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # Saying no or yes to something is a vote or a refusal, no statement.
        ("Holm said no to the Iraq war.", []),
        ("Voters said yes to the levy in May.", []),
        # Hard negative: "no" opening what was said.
        ("Holm said no one was hurt.", ["Holm"]),
    ],
)
def test_saying_no_to_something_is_no_statement(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # A person's strategists or analysts are unnamed people of her camp.
        ("Mrs. Vance's campaign strategists say they believe turnout will be high.", ["unverified"]),
        # Hard negative: researchers at a named institution publish on its record.
        ("Researchers at Imperial College London said the vaccine was safe.", ["single-source"]),
    ],
)
def test_a_persons_strategists_are_unnamed(text: str, labels: list[str], registry: Registry) -> None:
    assert analyze(text, registry).claims[-1].labels == labels


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # Of a person and their kin named together, the possessive says whom "she" or "he" is.
        (
            "“I did know him,” Vance said.\n\nVance and her husband, the former mayor Lars Holm, attended"
            " Trump’s wedding in 2005. She has since said that she went because it would be fun.",
            ["Vance"],
        ),
        (
            "“I did know her,” Holm said.\n\nHolm and his wife, the former mayor Ada Holm, attended Vance’s"
            " wedding in 2005. He has since said that he went because it would be fun.",
            ["Holm"],
        ),
    ],
)
def test_a_person_and_their_kin_named_together(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # Verbs newer than the common-word data are verbs too.
        ("Ada Vance, the campaign's chair, emailed supporters on Monday, telling them, “We will win.”", ["Ada Vance"]),
        ("The Vermont senator texted supporters saying: “The struggle continues.”", ["The Vermont senator"]),
    ],
)
def test_newer_verbs_are_verbs(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # "Those close to him" are unnamed, as "people close to him" are.
        ("Governor Holm spoke on Monday. Those close to him say he would consider Ada Vance.", ["unverified"]),
        # Hard negative: voters who declined to state a party are no source.
        (
            "Those who declined to state a party may vote, and the poll shows Vance ahead.",
            ["single-source"],
        ),
    ],
)
def test_those_close_to_someone_are_unnamed(text: str, labels: list[str], registry: Registry) -> None:
    assert analyze(text, registry).claims[-1].labels == labels


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A verb of speech closing a clause of time says nothing: the act is what the clause dates.
        ("After the minister testified, the committee changed its focus.", []),
        ("Even after the growth slowed, the lending continued.", []),
        ("But even after the growth slowed, the lending continued.", []),
        ("And when the rain stopped, the work continued.", []),
        # … nor does one ending a sentence with nothing said before it: a noun, or an act.
        ("Most revealing were the senators' favourite television shows.", []),
        ("Over 200 firefighters responded.", []),
        # Hard negatives: a verb set off in the main clause, a quotation after the comma, what came first.
        ("Before the vote, Smith said, the plan was safe.", ["Smith"]),
        ("But after the vote, Smith said the plan was safe.", ["Smith"]),
        ('When asked whom she backed, Ms. Holm smiled and said, "I am waiting."', ["Holm"]),
        ("The bridge was built in 1950 and rebuilt in 1990, records show.", ["records"]),
        ("''You are a total loser!'' the note says.", ["the note"]),
    ],
)
def test_a_verb_of_speech_that_says_nothing(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # The "she" after a clause of time is the person that clause is about.
        ("After the minister testified, she said the plan was dead.", ["the minister"]),
        ("Shortly after Ada Holm landed, she said the plan was dead.", ["Ada Holm"]),
        # Hard negatives: a condition is part of what was said; a second person makes "she" unclear.
        ("If Smith loses, he said, the party will split.", []),
        ("After Vance met Ada Holm, she said the plan was dead.", []),
    ],
)
def test_she_after_a_clause_of_time(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # An act in answer, an adverb between.
        ("The city responded quickly by closing the bridge.", []),
        # A noun before a relative clause, not a verb with its clause.
        ("Voters went to the polls in Ohio and Michigan, Midwest states that have lost factories.", []),
        # A plural noun before its own bare verb.
        ("The Smith comments begin at the ten-minute mark.", []),
        (
            "Ada Holm spoke on Monday. Her cost estimates remain below $9 billion, but she has said the state will pay.",
            ["Ada Holm"],
        ),
        # Hard negatives: words in answer, a verb's clause, a name after the verb.
        ("The mayor responded angrily by saying the plan was dead.", ["The mayor"]),
        ("The report states that the bridge is unsafe.", ["The report"]),
        ("A super PAC answers Holm ad with one of its own.", ["PAC"]),
    ],
)
def test_words_of_speech_that_are_acts_or_nouns(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # "showing" set off after a clause about people: what the clause tells, not what they show.
        ("Four people were slightly injured, showing how dangerous the crossing has become.", []),
        ("Ada Holm spoke first. She focused on the budget, showing that she would not back down.", []),
        # Hard negatives: a document set off the same way, and people with what they showed.
        ("The report was published on Monday, showing that the dam had failed.", ["The report"]),
        ("Doctors showed that the drug works.", ["Doctors"]),
    ],
)
def test_showing_after_a_clause_about_people(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A live blog's heading is no speaker, however often it recurs.
        ("The Latest: Storm closes three schools in the county.\n\nUpdates to The Latest follow hourly.", []),
        # Hard negative: a person named again, heading what they said.
        ("Graham: Trump is destroying the party.\n\nOn Monday, Graham spoke in Ohio.", ["Graham"]),
    ],
)
def test_a_live_blogs_heading_is_no_speaker(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[0].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A name given to a thing, its article taken with it.
        ("He joined a resistance movement called the Ethiopian People's Party.", []),
        # Waiting, not counting; withholding, not denying.
        ("Clevelanders are counting down to the city's big moment.", []),
        ("The consulate denied her a visa.", []),
        ("Ada Holm and Lars Vance agreed to split the primaries, denying him a first-ballot victory.", []),
        # Hard negatives: a denial of what was said, and of wrongdoing.
        ("Smith denied her claims on Monday.", ["Smith"]),
        ("Smith denied any wrongdoing.", ["Smith"]),
    ],
)
def test_naming_counting_down_and_withholding(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # Verbs of manner put their speaker after a quotation too.
        ('"Gun owners should leave their weapons at home," opined the Plain Dealer.', ["Plain Dealer"]),
        ('"It was a fraud," scoffed Ada Holm.', ["Ada Holm"]),
        # A child is someone nobody names; "some" may open a clause whose verb has its object after it.
        ('Another child responded, "That is the mayor\'s husband."', ["Another child"]),
        ("Some accused the council of lying.", ["Some"]),
        # Hard negatives: verbs that take a person as their object, a participle after "some", a count.
        ("Holm praises, laments Vance's legacy.", ["Holm"]),
        ("Some accused men were freed on Monday.", []),
        ("More than 1.5 million registered Missouri voters turned out, Kander said.", ["Kander"]),
    ],
)
def test_verbs_of_manner_and_unnamed_people(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A noun after "the" and a name: the name's show, report or claim, nobody speaking.
        ("The national committee is welcoming the Sanders show as a distraction.", ["The national committee"]),
        ("Turnout has fallen since the Holm claim to have brought in new voters.", []),
        # Votes on appointments, not confirmations of facts.
        ("By this point, Democrats had confirmed 68 judicial nominees.", []),
        # Hard negatives: the same words with a clause after them, and a confirmation of a fact.
        ("The Democrats report that the plan is dead.", ["Democrats"]),
        ("With each vote, the Republicans show how weak they are.", ["Republicans"]),
        ("The ministry confirmed that two judges had resigned.", ["The ministry"]),
    ],
)
def test_a_noun_after_a_name_and_votes_on_appointments(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A participle's clause opening the sentence: its speaker is the subject after it.
        ("Noting that both men battled the media, Ada Holm put her finger on one facet of the race.", ["Ada Holm"]),
        ('After saying her foot was "so swollen I could barely walk," Ada Holm was taken to hospital.', ["Ada Holm"]),
        # Hard negatives: a count, a speaker of the clause's own, a description nobody was named as.
        ("Counting her delegates, Ada Holm is 71 short of the number needed.", []),
        ("Listing his ventures she added, Lars Vance is a proven failure.", []),
        ("After saying he was nervous, the man ended up beside the governor.", []),
    ],
)
def test_a_participle_opening_the_sentence(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # Where a document set it out, named as the place it was said.
        ("As stated in Holm's commentary, there are conflicting stories about the deal.", ["Holm"]),
        ("As noted in the Guardian, the bridge is unsafe.", ["The Guardian"]),
        # A verb set off by commas with a time after it: what was said is around it.
        ("The bridge, Holm recalled on Monday, was built in 1950.", ["Holm"]),
        # Hard negatives: a chapter is no source; a relative clause sets nothing off.
        ("As described in chapter two, the bridge is unsafe.", []),
        ("Holm, who recalled on Monday, left early.", []),
    ],
)
def test_as_stated_in_and_verbs_set_off_with_a_time(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # The writer agreeing, vouching for a danger, judging by an adverb, framing with a loaded idiom.
        ("In this regard, they are right.", ["opinion"]),
        ("But the risk is real.", ["opinion"]),
        ("A council member rightly likened the deal to a giveaway.", ["opinion"]),
        ("They wring their hands about candidates who mention it.", ["opinion"]),
        # Hard negatives: a condition, a place, a size.
        ("When he is right, the fund earns billions of dollars.", []),
        ("The station is right next to the river.", []),
        ("The bank was given tremendous new powers in 2015.", []),
    ],
)
def test_the_writer_agreeing_and_vouching(text: str, labels: list[str], registry: Registry) -> None:
    assert [label for c in analyze(text, registry).claims for label in c.labels] == labels


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A reporter's credit line, winning, talk at a table, what one has, a noun after a name's possessive.
        ("Ada Holm reported from Midway Atoll, and Lars Vance from Kaneohe Bay, Hawaii.", []),
        ("Holm won the caucus, claiming her third victory of the night.", []),
        ("As Holm joked with his friend at the table, his brother grew impatient.", []),
        ("Besides China, Vietnam and Taiwan have claims in the area.", []),
        ("The police will coordinate with her Secret Service detail.", []),
        ("Holm spent Wednesday filming television shows in New York.", []),
        # Hard negatives: a declaration of victory, and a joke told to the press.
        ("Holm claimed victory in Iowa on Monday.", ["Holm"]),
        ('Holm spoke in Leeds. "I would vote against them," he joked with reporters.', ["Holm"]),
    ],
)
def test_credit_lines_wins_and_nouns(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # A view held by a crowd nobody names, whoever they are: "many", "some" and a verb of judging.
        ("Some potters find hand building more rewarding.", ["unverified"]),
        ("Many view the treaty as a failure.", ["unverified"]),
        ("Many readers felt betrayed by the ending.", ["unverified"]),
        # … and the agentless passive of citing: cited by whom?
        ("The album is often cited as the band's best.", ["unverified"]),
        # Hard negatives: a difficulty, not a view; a source named as the one citing.
        ("Some residents found it hard to sleep.", []),
        ("The album was cited by Rolling Stone as the best of the year.", ["single-source"]),
    ],
)
def test_views_of_a_crowd_nobody_names(text: str, labels: list[str], registry: Registry) -> None:
    assert [label for c in analyze(text, registry).claims for label in c.labels] == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # A story nobody can be asked about.
        ("According to legend, the king hid the treasure here.", ["unverified"]),
        ("Legend has it that the king hid the treasure here.", ["unverified"]),
        ("According to local tradition, the well never runs dry.", ["unverified"]),
        # Hard negative: a tradition written about is no source.
        ("The tradition dates from 1850.", []),
    ],
)
def test_legend_and_tradition_are_nobodys(text: str, labels: list[str], registry: Registry) -> None:
    assert [label for c in analyze(text, registry).claims for label in c.labels] == labels


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # Assuring someone of something is saying it.
        ("Holm is assuring voters she is tough enough to lead.", ["Holm"]),
        ('"Vance is no racist," Holm assured the crowd.', ["Holm"]),
        # Hard negatives: a guarantee, an idiom, an adjective.
        ("The team is assured of a place in the final.", []),
        ("Rest assured, the bridge will open.", []),
        ("It was an assured performance.", []),
    ],
)
def test_assuring_is_saying(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # Loaded words join the writer's other judgements: with another one, the sentence is opinion.
        ("The governor's much-vaunted plan is deeply flawed.", ["opinion"]),
        # Hard negative: one loaded word alone is not enough.
        ("The council was accused of meddling in the tender.", ["unverified"]),
    ],
)
def test_loaded_words_weigh_with_other_judgements(text: str, labels: list[str], registry: Registry) -> None:
    assert [label for c in analyze(text, registry).claims for label in c.labels] == labels


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # Responding to something names what was answered, not what was said.
        ("David Waters responded to Henry's tweet.", []),
        # Winning some victories; a court refusing bail; a name's noun at the end of its phrase.
        ("The senator struggled in the south, instead claiming some victories in the Midwest.", []),
        ("Shooter's friend denied bail.", []),
        ("A judge may not enforce it because of Pagliano's Fifth Amendment claims.", []),
        # Hard negatives: a reply with its words, a headline's reply, a book that details.
        ("Holm responded to the report, saying it was wrong.", ["Holm"]),
        ('Holm replied to questions: "We are fine."', ["Holm"]),
        ("Marco Rubio Responds To Question About Minimum Wage By Saying We Need Fewer Philosophers.", ["Marco Rubio"]),
        ("Schweizer's Clinton Cash details several foreign donations.", ["Schweizer's Clinton Cash"]),
    ],
)
def test_replies_to_something_and_nouns_after_names(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A participle describing the noun before it makes that word a noun, not a verb.
        ("Donors are paying for the ads, records filed on Sunday revealed.", ["records"]),
        # A document whose maker is named before it stays the maker's, whoever released it.
        (
            "The bill topped $80,000, according to a New Jersey Watchdog report released by the governor's office.",
            ["New Jersey Watchdog", "the governor's office"],
        ),
        ("The contractors left, according to a congressional timeline.", ["a congressional timeline"]),
        # Hard negatives: a document with no maker before it, and documents seen by an outlet.
        (
            "The bill topped $80,000, according to a report released by the governor's office.",
            ["the governor's office"],
        ),
        ("Voters back Holm, according to documents seen by the Herald.", ["Herald"]),
    ],
)
def test_participles_after_nouns_and_named_makers(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A surname that is also an adjective ends a name, and the past form after it is its verb.
        ("Senator Todd Young urged colleagues to back the bill.", ["Senator Todd Young"]),
        ("Mayor Lisa Strong warned residents to stay home.", ["Mayor Lisa Strong"]),
        ("The city of Nice urged people to stay indoors.", ["The city of Nice"]),
        # Hard negative: an adjective after its article, before a participle and its noun.
        ("The Republican pledged delegates met in Ohio.", []),
    ],
)
def test_a_surname_that_is_an_adjective(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


def test_a_surname_that_is_a_filler_after_a_title(registry: Registry) -> None:
    # "long" may stand between a speaker and its verb ("has long said"); after "Mr." it is a name.
    claim = analyze("Mr. Long warned that the dam could fail.", registry).claims[0]
    assert [s.name for s in claim.sources] == ["Long"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A present participle after a name, before its noun: "the Chicago Marathon defending champion".
        ("The Chicago Marathon defending champion said she was ready.", ["The Chicago Marathon defending champion"]),
        ("A Reuters rolling poll shows Holm at the top with 36 percent.", ["Reuters"]),
        # Hard negative: a capital that only opens the sentence.
        ("Several leading analysts said the plan would fail.", ["analysts"]),
    ],
)
def test_a_participle_after_a_name_before_its_noun(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


def test_the_newsrooms_own_reporting_is_no_detail_of_a_report(registry: Registry) -> None:
    analysis = analyze(
        "Marine Traffic's tracking database shows contact on January 6. In addition to asking local"
        " authorities, Wikinews sought expert input on the data.",
        registry,
    )
    assert [s.name for s in analysis.claims[0].sources] == ["Marine Traffic"]
    assert analysis.claims[1].sources == []


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # Cities named together speak each for itself; "this past week" is a time between speaker and verb.
        ("In Britain, the cities of Leeds and York said they would light landmarks.", ["Leeds", "York"]),
        ("Holm, the party chairman, this past week announced the creation of a website.", ["Holm"]),
    ],
)
def test_cities_named_together_and_this_past_week(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # Someone else's purpose, a trend: reported, not the writer's interpretation.
        ("Several hundred demonstrators took to the streets to raise concerns about police.", []),
        ("Polls see her in the run-off despite her growing popularity.", []),
        # Hard negatives: the writer's interpretation.
        ("This raises questions about the plan.", ["opinion"]),
        ("The council pressed ahead despite its own warning.", ["opinion"]),
    ],
)
def test_purposes_and_trends_are_no_interpretation(text: str, labels: list[str], registry: Registry) -> None:
    assert [label for c in analyze(text, registry).claims for label in c.labels] == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # A compound and the writer's aside: no advice.
        ("The aides feel they have enough to do without a should-be ally.", []),
        ("It should be noted that two researchers were hired.", []),
        # Hard negative: advice.
        ("The council should act now.", ["opinion"]),
    ],
)
def test_should_in_a_compound_or_an_aside_advises_nothing(text: str, labels: list[str], registry: Registry) -> None:
    assert [label for c in analyze(text, registry).claims for label in c.labels] == labels


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # Rejecting a treaty or a budget is a vote or a decision, not words.
        ("Two weeks earlier, Dutch voters dealt a blow to the union by rejecting a treaty.", []),
        ("The residents rejected the proposal in a referendum.", []),
        # Hard negative: rejecting what someone said.
        ("The ministry rejected the claims as false.", ["The ministry"]),
    ],
)
def test_rejecting_a_treaty_is_a_decision(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A retort with its words after a comma and a quotation.
        ('Holm shot back, "I suppose I could have stayed home."', ["Holm"]),
        # Hard negative: gunfire.
        ("Troops fired back, killing two attackers.", []),
    ],
)
def test_a_retort_with_its_quotation_after_a_comma(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A verb that shares an infinitive's "to" or a modal with the verb before it is not said yet.
        ("Holm needs to sell herself and tell more jokes.", []),
        ("Holm plans to visit Ohio and say the plant will stay open.", []),
        ("Holm will visit Ohio and announce that she is running.", []),
        # Hard negatives: past forms with their own tense.
        ("Holm visited Ohio and announced that she is running.", ["Holm"]),
        ("Holm wants to win and says she will.", ["Holm"]),
    ],
)
def test_a_verb_sharing_an_infinitive_is_not_said_yet(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # Casting something as something is saying what it is.
        ("The mayor framed the vote as a choice between growth and decline.", ["The mayor"]),
        # Hard negatives: a setup, a picture frame.
        ("He was framed for the murder.", []),
        ("The framed photographs hung in the hall.", []),
    ],
)
def test_framing_something_as_something(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # "most likely" before a verb, or set off by a comma, is the writer not being sure.
        ("The keeper most likely left the gate open after the storm.", ["unverified"]),
        ("The blaze was most likely started by a discarded cigarette.", ["unverified"]),
        ("Most likely, the ferry sank within minutes.", ["unverified"]),
        # Hard negatives: a comparison with "to", "than" or "that", and a likely thing.
        ("Older residents were more likely to vote than students.", []),
        ("The storm makes it more likely that the harvest is late.", []),
        ("The most likely route runs along the coast.", []),
    ],
)
def test_most_likely_before_a_verb_is_a_hedge(text: str, labels: list[str], registry: Registry) -> None:
    assert [label for c in analyze(text, registry).claims for label in c.labels] == labels


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A name after "called" or "named" names the noun before it: one phrase, whose head speaks.
        (
            "Fishermen from a village called Lamu said the catch had collapsed.",
            ["Fishermen from a village called Lamu"],
        ),
        ("A singer in a band named Nightfall said the tour was off.", ["A singer in a band named Nightfall"]),
        # Hard negative: the noun before "called" is the speaker the name names.
        ("A charity called Open Doors said the shelter was full.", ["Open Doors"]),
    ],
)
def test_a_name_given_by_called_belongs_to_the_noun_before_it(
    text: str, credited: list[str], registry: Registry
) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # Families nobody names are people nobody names, as relatives are.
        ("The families of the miners said the rescue came too late.", ["anonymous"]),
        ("Families of the passengers warned that the airline was hiding the truth.", ["anonymous"]),
        # Hard negative: one family, whose member is named, speaks on the record.
        ("Hassan's family said he was innocent.", ["unknown"]),
    ],
)
def test_unnamed_families_are_people_nobody_names(text: str, kinds: list[str], registry: Registry) -> None:
    assert [s.kind for c in analyze(text, registry).claims for s in c.sources] == kinds


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A clause opening the sentence ("As …,", "When …,", "Although …,") is read past: the participle's
        # speaker is the subject after it.
        (
            "As the votes were counted, Mayor Ana Ruiz took the stage, predicting that she would win.",
            ["Mayor Ana Ruiz"],
        ),
        (
            "Although the polls had closed, Mayor Ana Ruiz toured the city, insisting that the count was fair.",
            ["Mayor Ana Ruiz"],
        ),
        (
            "Mayor Ana Ruiz said she would stay. When results came in, she gave a speech, predicting that she would win.",
            ["Mayor Ana Ruiz", "Mayor Ana Ruiz"],
        ),
        # Hard negative: "As" opening the speaker's own clause.
        ('As Tom Ridge, a former secretary, put it: "The barbarians are inside."', ["Tom Ridge"]),
    ],
)
def test_a_participles_speaker_is_found_past_an_opening_clause(
    text: str, credited: list[str], registry: Registry
) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A surname that is also a noun, opening the sentence before a verb of speech and its "that".
        ("Rice estimates that the repairs will cost $4 million.", ["Rice"]),
        ("Bush claims that the count was fair.", ["Bush"]),
        # Hard negatives: a noun modifying a plural, and a legend (nobody to ask).
        ("Rescue teams reached the village on Monday.", []),
        ("Legend claims that the bridge was built in a night.", []),
    ],
)
def test_a_surname_that_is_a_noun_before_its_verb_of_speech(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # A group, team or panel of people nobody names is people nobody names.
        ("A team of researchers said the vaccine had failed its trial.", ["anonymous"]),
        ("A delegation of farmers told the minister that prices had collapsed.", ["anonymous"]),
        # Hard negative: the team that is named speaks on the record.
        ("The Red Cross team said the road was open.", ["unknown"]),
    ],
)
def test_a_group_of_unnamed_people_is_anonymous(text: str, kinds: list[str], registry: Registry) -> None:
    assert [s.kind for c in analyze(text, registry).claims for s in c.sources] == kinds


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # A question set out after "asked …:" is the asker's words, not the writer's "you" or "?".
        ("The moderator asked the candidates a simple question: Do you trust the polls?", ["single-source"]),
        ("Judge Ana Ruiz asked: Why did you wait a year?", ["single-source"]),
        # Hard negative: the writer's own question to the reader.
        ("Do you trust the polls?", ["opinion"]),
    ],
)
def test_a_question_after_asked_and_a_colon_is_the_askers(text: str, labels: list[str], registry: Registry) -> None:
    assert [label for c in analyze(text, registry).claims for label in c.labels] == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # Advice, a message or a warning set out after a colon is its giver's words.
        ("The mayor had a message for the protesters: Go home.", ["single-source"]),
        ("Senator Ana Ruiz has some advice for her party: Don’t underestimate the governor.", ["single-source"]),
        # Hard negatives: no words set out; the writer's own advice.
        ("The mayor had a message for the protesters.", []),
        ("Don’t underestimate the governor.", ["opinion"]),
    ],
)
def test_advice_set_out_after_a_colon_is_the_givers(text: str, labels: list[str], registry: Registry) -> None:
    assert [label for c in analyze(text, registry).claims for label in c.labels] == labels


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A document whose maker is named speaks for its maker, whoever obtained or saw it.
        ("A memo from the Port Authority obtained by Reuters warns that the pier will close.", ["the Port Authority"]),
        ("A letter from Mayor Ana Ruiz seen by the Herald says that the budget is short.", ["Mayor Ana Ruiz"]),
        # Hard negative: with no maker named, the outlet that obtained it is the one to name.
        ("A memo obtained by Reuters warns that the pier will close.", ["Reuters"]),
    ],
)
def test_a_documents_named_maker_speaks_whoever_obtained_it(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # A recommendation in what a court found is the court's finding, on the record, not the writer's.
        ("The court found that the ban should be lifted.", []),
        ("The tribunal found that the minister must resign.", []),
        # Hard negative: the writer's own recommendation beside the court's act.
        ("The court met on Monday, and the ban should be lifted.", ["opinion"]),
    ],
)
def test_a_recommendation_inside_a_finding_is_not_the_writers(text: str, labels: list[str], registry: Registry) -> None:
    assert [label for c in analyze(text, registry).claims for label in c.labels] == labels


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # Advising someone on a matter is a job (a bank on a merger, an aide on policy), not words.
        ("Halden Partners, which advises big companies on mergers, grew fast.", []),
        ("Halden Partners advised on two of the deals.", []),
        ("She is advising the mayor on housing.", []),
        # Hard negatives: advice with its content.
        ("Police advised residents to stay indoors.", ["Police"]),
        ("The ministry advised that travel should be avoided.", ["The ministry"]),
    ],
)
def test_advising_on_a_matter_is_a_job(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A quoted title, its comma inside the closing mark, is part of the speaker's description.
        ('Ana Ruiz, the author of "Cities Underwater," said the sea wall would fail.', ["Ana Ruiz"]),
        ("Ana Ruiz, who wrote “Cities Underwater,” said the sea wall would fail.", ["Ana Ruiz"]),
        # Hard negatives: the quotation before the verb is what was said; a quoted phrase without the
        # comma names nobody.
        ('"The sea wall will fail," said Ana Ruiz.', ["Ana Ruiz"]),
        ('Voters cheered his "law and order" speech.', []),
    ],
)
def test_a_quoted_title_inside_a_speakers_description(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A relative clause after a clause that ends on a name: the name is whom "who" stands for.
        ("First there was the editor Ana Ruiz, who, after a long silence, said the paper would close.", ["Ana Ruiz"]),
        ("The bus hit Tom Kay, who, after a week in hospital, said the driver was drunk.", ["Tom Kay"]),
        # Hard negative: a clause ending on no name names nobody.
        ("The bus hit a cyclist, who, after a week in hospital, said the driver was drunk.", ["a cyclist"]),
    ],
)
def test_who_after_a_clause_ending_on_a_name_is_that_name(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # Saying or revealing nothing about something is no claim.
        ("The governor has revealed almost nothing about her plans.", []),
        ("The senator said little about the deal, according to an aide.", ["an aide"]),
        # Hard negatives: "nothing" or "little" opening what was said.
        ("The governor said nothing would change.", ["The governor"]),
        ("The governor said little had changed since May.", ["The governor"]),
    ],
)
def test_saying_nothing_about_something_is_no_claim(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # The writer judging an act right: "was right to" and any verb.
        ("The council was right to close the pier.", ["opinion"]),
        ("Voters are right to distrust the new figures.", ["opinion"]),
        # Hard negatives: a place, a right held.
        ("The office is right to the left of the door.", []),
        ("Residents have the right to appeal.", []),
    ],
)
def test_right_to_do_something_is_the_writers_judgement(text: str, labels: list[str], registry: Registry) -> None:
    assert [label for c in analyze(text, registry).claims for label in c.labels] == labels


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # A name ending the sentence leaves the full stop to the sentence, however short its last word.
        ("The ban was announced in a statement from Deputy Mayor Anna K. Low.", "Deputy Mayor Anna K. Low"),
        ('"We will rebuild," said Lena Holm of the Institute of Sea Law.', "Lena Holm of the Institute of Sea Law"),
        # Hard negatives: a word written with its own full stop keeps it.
        ("The figures were confirmed in a statement from Harbor Freight Inc.", "Harbor Freight Inc."),
        ('"We will rebuild," said Tom Reyes Jr.', "Tom Reyes Jr."),
    ],
)
def test_a_name_ending_a_sentence_leaves_its_full_stop(text: str, mention: str, registry: Registry) -> None:
    assert [s.mention for c in analyze(text, registry).claims for s in c.sources] == [mention]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A report someone owns is theirs, not a rumour: the speaker's own medium, a possessive.
        ("The council said in its annual report that rents rose by a third.", ["single-source"]),
        ("Dr. Holm said in her report that the wall was unsafe.", ["single-source"]),
        # Hard negatives: a report nobody owns is vague.
        ("A report that the mayor resigned was denied.", ["unverified"]),
        ("Reports that the mayor resigned spread quickly.", ["unverified"]),
    ],
)
def test_a_report_with_an_owner_is_no_vague_report(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What a monitor documented is its finding; two monitors documenting it corroborate it.
        ("Human Rights Watch documented at least 40 killings in the province.", ["single-source"]),
        ("Human Rights Watch and Amnesty International both documented the killings.", ["corroborated"]),
        # Hard negatives: a film about a life finds nothing; "documents" is the noun.
        ("The film documented the life of a fisherman.", []),
        ("The council documents were stored in a basement.", []),
    ],
)
def test_documenting_is_finding(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A document the speaker's verb talks about is someone else's: "the report" is not the spokesman's.
        (
            'A spokesman for the mayor called a report on donors "outrageous."\n\nThe report listed 40 meetings.',
            ["The report"],
        ),
        # Hard negatives: the document the speaker spoke in, or wrote, is theirs.
        (
            "A spokesman for the mayor said in a statement that talks had failed.\n\nThe statement listed 40 meetings.",
            ["A spokesman for the mayor"],
        ),
        ("The agency said it had issued a report.\n\nThe report listed 40 meetings.", ["The agency"]),
    ],
)
def test_a_document_talked_about_is_not_the_speakers(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # Figures or data a body releases with what they show are its account.
        ("The ministry released figures that show unemployment rising.", ["The ministry"]),
        ("The statistics office published data on Monday suggesting exports fell.", ["The statistics office"]),
        # Hard negatives: what is released is no account (stolen data, an album).
        ("Hackers released data stolen from the clinic.", []),
        ("The band released a new album.", []),
    ],
)
def test_released_figures_are_the_releasers(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Belittling something as "little more than" or "nothing but" one thing weighs with a second cue.
        ("The plan is little more than a stunt, and a cynical one.", ["opinion"]),
        ("The speech was nothing but bluster and a dangerous one.", ["opinion"]),
        # Hard negatives: a measure of time or share, beside a cue that alone is not enough.
        ("A little more than a year later, the council signed the most ambitious plan in its history.", []),
        ("The party won little more than half the seats in a dramatic count.", []),
    ],
)
def test_little_more_than_a_measure_is_no_belittling(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Where the news came from is its source; confirmed independently by another, it is corroborated.
        ("The news came from the band's website.", ["single-source"]),
        ("The figure came from the city council.", ["single-source"]),
        (
            "The news came from the club's website and was independently confirmed by Reuters.",
            ["corroborated"],
        ),
        # Hard negatives: money or smoke coming from somewhere is no account.
        ("The money came from donors.", []),
        ("The smoke came from a kitchen on the third floor.", []),
    ],
)
def test_where_the_news_came_from(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An adverb that condemns the way something is done weighs with the word it loads.
        ("The lenders used shamelessly predatory tactics.", ["opinion"]),
        ("The forms are needlessly complex and the rules confusing.", ["opinion"]),
        # Hard negatives: one loaded word alone, or the adverb inside a named speaker's words.
        ("The forms are complex.", []),
        ('"The forms are needlessly complex," the auditor said.', ["single-source"]),
    ],
)
def test_an_adverb_that_condemns(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A view someone holds of a thing is theirs, as a belief is: not the writer's opinion.
        ("Mayor Vance regards the bridge as a disaster.", ["single-source"]),
        ("Mayor Vance sees the levy as a shameful waste.", ["single-source"]),
        ("Mayor Vance considers the plan reckless.", ["single-source"]),
        # Hard negatives: a view nobody holds by name, a child's age, a meeting.
        ("The bridge was regarded as a disaster.", ["unverified"]),
        ("Mayor Vance saw the film as a child.", []),
        ("The council considers the plan on Monday.", []),
    ],
)
def test_a_view_held_is_the_holders(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # Doubt cast on someone's quality or claim, criticism and credit for what they did, are speech.
        ("Senator Ruiz questioned Mr. Vance's honesty.", ["Senator Ruiz"]),
        ("Mayor Holm has questioned the council's figures.", ["Mayor Holm"]),
        ("Ms. Ruiz attacked the mayor for failing to act.", ["Ruiz"]),
        ("Ms. Ruiz attacked Mr. Vance over his ties to the firm.", ["Ruiz"]),
        ("The governor credited volunteers with saving the town.", ["The governor"]),
        # Hard negatives: an interview by the police, an assault, money paid in, a question put to voters.
        ("Police questioned the driver's wife for hours.", []),
        ("Rebels attacked the town for three days.", []),
        ("The bank credited the account with 500 dollars.", []),
        ("Voters were asked whether they trusted the mayor.", []),
    ],
)
def test_doubt_and_criticism_are_speech(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The writer judging a course right, after a contracted "is" and with two judgements joined.
        ("It's the right thing to do.", ["opinion"]),
        ("Raising the levy is the smart and responsible choice.", ["opinion"]),
        # Hard negatives: a thing described, not a course judged.
        ("It's the only road to the village.", []),
        ("The bridge is the right height for the barges.", []),
    ],
)
def test_the_right_thing_to_do(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The writer's stance adverb counts in a sentence that credits someone, outside their words.
        ("Sadly, the mayor said the pier would close.", ["single-source", "opinion"]),
        ("Mr. Vance cynically dismissed the report as a smear.", ["single-source", "opinion"]),
        ("Unsurprisingly, the levy passed.", ["opinion"]),
        # Hard negatives: the speaker's own stance, and a manner of thinking.
        ('"Sadly, we must close the pier," the mayor said.', ["single-source"]),
        ("Patients had difficulty thinking clearly for days.", []),
    ],
)
def test_the_writers_stance_beside_a_source(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Please" opens a request, never a name; "the guides I wrote" are the writer's own.
        ("Please read the two guides I wrote in 2014 for tenants.", ["opinion"]),
        # Hard negatives: a title's numeral, a statement read out.
        ("Survey I wrote that most tenants were satisfied.", ["single-source"]),
        ("Please note the statement read: we will appeal.", ["single-source"]),
    ],
)
def test_please_and_the_writers_own_i(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A participle joining a predicate "is" opened is a passive: the subject is praised, not praising.
        ("Ms. Holm is more experienced and widely praised for her work.", []),
        ("The mayor was popular and hailed as a hero.", []),
        # Hard negatives: a verb with its object or clause is active.
        ("Smith is angry and said the vote was rigged.", ["Smith"]),
        ("The mayor smiled and praised the crews.", ["The mayor"]),
    ],
)
def test_a_passive_joined_to_an_adjective(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A name, its office at length and a description of the body it serves: the name speaks.
        (
            "Mark Dale, chairman of the board of Harbor Partners, the network's funding arm, said it would wait.",
            ["Mark Dale"],
        ),
        (
            "Greta Lund, chief executive officer of Nordic Jets, a consulting firm and charter broker for "
            "companies and families, said prices rose.",
            ["Greta Lund"],
        ),
        # Hard negative: a clause set off before the speaker is what was said, not a description.
        ("The board of Harbor Partners met for seven hours on Friday, Mark Dale said.", ["Mark Dale"]),
    ],
)
def test_a_name_and_its_office_at_length(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A website named by its address is a source, in lower case too, and the address is whole.
        ("The couple ran a bakery in Angers, according to ouest-france.fr.", ["ouest-france.fr"]),
        (
            "Speaking to Portfolio.hu, Anna Berg, the firm's chief executive, said sales fell.",
            ["Anna Berg", "Portfolio.hu"],
        ),
        # Hard negative: a sentence's full stop after a word is no address.
        ("Sales fell in Angers. According to the mayor, the bakery closed.", ["the mayor"]),
    ],
)
def test_a_website_named_by_its_address(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for c in analyze(text, registry).claims for s in c.sources] == credited


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Blame read off a resemblance, with nobody saying so, is unverified.
        ("The bombing bore the hallmarks of a rebel faction.", ["unverified"]),
        ("The hack bears all the fingerprints of a state agency.", ["unverified"]),
        # Hard negatives: in a source's words it is the source's; a loom's marks are a description.
        ("The bombing bore the hallmarks of a rebel faction, police said.", ["single-source"]),
        ("The cloth bears the marks of the weaver's loom.", []),
    ],
)
def test_blame_read_off_a_resemblance(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_documents_speak_and_are_no_ones_he_or_she(registry: Registry) -> None:
    analysis = analyze(
        "Jane Moss sued the county in May.\n\n"
        "Along with other allegations, the suit claims that the sheriff lied.\n\n"
        '"My dear friends," the conference speaker says into the camera.\n',
        registry,
    )
    suit, speaker = analysis.claims[1], analysis.claims[2]
    assert [s.name for s in suit.sources] == ["the suit"]
    assert [s.name for s in speaker.sources] == ["Jane Moss"]  # a person, never "the suit"


def test_a_clause_only_verb_after_its_quotation_credits_the_speaker(registry: Registry) -> None:
    text = 'The plan would "end all the care we know," Senator Ruth Kessler declared in an interview Thursday.'
    assert [s.name for s in claim(text, registry).sources] == ["Senator Ruth Kessler"]
    assert labels("The court declared a state of emergency on Monday.", registry) == []


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        # The phrase before a relative clause speaks, not the clause's object.
        ("People who know the mayor said the roads would be fixed.", "People", ["unverified"]),
        (
            "Senior campaign advisers who have run the numbers argue that she will win.",
            "Senior campaign advisers",
            ["unverified"],
        ),
        (
            '"They are drawing votes," Nate Silver, the polling guru who founded the website tweeted on Wednesday.',
            "Nate Silver",
            ["single-source"],
        ),
        # Opening phrases that say when or how are not the subject of a participle's speaker.
        (
            'On Thursday, after remaining neutral, Warren endorsed Clinton, saying, "She is a fighter."',
            "Warren",
            ["single-source"],
        ),
        # An unnamed subject of a participle is anonymous, not nobody.
        ("His chief aide doubled down on the attacks, saying she is experienced.", "His chief aide", ["unverified"]),
        # A title before the name after an inverted verb.
        (
            '"Thanks for welcoming us," said master of ceremonies Asab Tabchi, a Syrian engineer.',
            "Asab Tabchi",
            ["single-source"],
        ),
        # A relative clause after the descriptions does not hide the name.
        (
            "Paul Porter, a truck driver from Ava, Mo., who is a union member, said he received a raise.",
            "Paul Porter",
            ["single-source"],
        ),
        ('"It is more of the same," says a narrator.', "a narrator", ["unverified"]),
    ],
)
def test_speakers_past_clauses_titles_and_descriptions(
    text: str, speaker: str, expected: list[str], registry: Registry
) -> None:
    found = claim(text, registry)
    assert found.labels == expected
    assert [s.name for s in found.sources] == [speaker]


def test_the_unnamed_person_of_an_account_stays_unnamed(registry: Registry) -> None:
    analysis = analyze(
        "A person familiar with the talks said the deal was close. "
        '"It is a matter of days," the person added.\n\n"It is bizarre," the aide said in a statement.\n',
        registry,
    )
    assert [c.labels for c in analysis.claims] == [["unverified"]] * 3


def test_a_document_is_its_writers_not_the_addressees(registry: Registry) -> None:
    analysis = analyze(
        'Jane Moss wrote to the board in May.\n\nThe email went on to say, "We have been successful."\n', registry
    )
    assert [s.name for s in analysis.claims[-1].sources] == ["Jane Moss"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A document issued by the sentence's subject says what its participle says.
        ("The ministry issued a statement denying that the bridge fell.", ["single-source"]),
        (
            'Mayor Ruth Kessler posted a message on Twitter blaming the storm, saying there was "no warning."',
            ["single-source"],
        ),
        # Not a document in apposition, nor one without content.
        ("Airfleets, a database detailing the fleet, was founded in 2001.", []),
        ("The company published a database detailing the fleet.", []),
    ],
)
def test_a_document_speaks_for_whoever_issued_it(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_an_answer_labelled_a_rests_on_the_person_introduced_before(registry: Registry) -> None:
    analysis = analyze(
        "We spoke to Senator Orrin Hatch about the court.\n\n"
        "Q: How many nominees have you seen?\n\n"
        "A: I have presided over more nominees than anyone.\n\n"
        "Q: Will you vote for him?\n\n"
        "A: No. I will not.\n",
        registry,
    )
    intro, *turns = analysis.claims
    assert intro.labels == []  # the newsroom's own reporting step is no opinion
    answers = [c for c in turns if c.labels]
    assert len(answers) == 3
    assert {s.name for c in answers for s in c.sources} == {"Senator Orrin Hatch"}


def test_an_answer_labelled_a_rests_on_whom_the_introduction_is_about(registry: Registry) -> None:
    """Not on whoever it names last: the reporters, or a judge the interview was about."""
    analysis = analyze(
        "Q&A with Governor Lena Ortiz.\n\n"
        "Governor Lena Ortiz toured the flooded valley on Monday. Ortiz later spoke with our reporter "
        "Tom Reed about the dam and about Judge Anna Berg, who blocked the repairs.\n\n"
        "Q: Will the dam hold?\n\n"
        "A: I believe it will hold through the winter.\n\n"
        "Q: And the ruling?\n\n"
        "A: We will appeal it.\n",
        registry,
    )
    answers = [c for c in analysis.claims if c.text.startswith("A:")]
    assert len(answers) == 2
    assert {s.name for c in answers for s in c.sources} == {"Governor Lena Ortiz"}


def test_every_item_of_a_list_a_report_introduces_is_the_reports(registry: Registry) -> None:
    analysis = analyze(
        "The audit by the Rowan Institute found that:\n\n"
        "- the port overspent by 2 million euros;\n"
        "- three of its five cranes were idle;\n"
        "- no director was told.\n\n"
        "Key dates:\n\n"
        "- the port opened in 1998\n"
        "- it was sold in 2011\n",
        registry,
    )
    items = [c for c in analysis.claims if c.text[:1].islower()]
    assert len(items) == 5
    assert all([s.name for s in c.sources] == ["The audit by the Rowan Institute"] for c in items[:3])
    assert all(c.sources == [] for c in items[3:])  # a list no one introduced rests on no one


def test_a_book_speaks(registry: Registry) -> None:
    assert labels('"She wrote about it after she left," the book said.', registry) == ["single-source"]


def test_a_live_blogs_headings_are_no_interview(registry: Registry) -> None:
    analysis = analyze(
        "The Latest: Three towns cast the first votes of the primary.\n\nStill to come:\n\n"
        "Donald Trump still leads the race for delegates.\n\nThe Latest: Rubio exits the race.\n\n"
        "Clinton already scored victories in Florida.\n",
        registry,
    )
    assert [c.labels for c in analysis.claims if c.labels] == []


@pytest.mark.parametrize(
    "text",
    [
        "The city said the road would reopen on Monday.",
        "The town released a statement Wednesday saying the comments were based on opinion.",
        "The advisory panel recommends unspecified adjustments.",
    ],
)
def test_local_governments_and_panels_speak_on_the_record(text: str, registry: Registry) -> None:
    assert labels(text, registry) == ["single-source"]


def test_a_state_of_emergency_is_nobody_speaking(registry: Registry) -> None:
    assert labels("The state of emergency was lifted on Monday.", registry) == []


def test_a_realistic_report_keeps_its_sources_apart(registry: Registry) -> None:
    analysis = analyze(
        "Floodwaters swept through the town on Tuesday, killing at least 14 people, according to the "
        "regional emergency service.\n\n"
        "The plant's operator, Rivergate Energy, denied the claim.\n\n"
        "Governor Alan Chu declared a state of emergency on Wednesday. He said the state would cover the cost.\n\n"
        "The disaster is the deadliest since 1998, when a landslide killed many.\n",
        registry,
    )
    toll, denial, act, pledge, background = analysis.claims
    # A source named only by description is a source: the toll is not unsourced.
    assert toll.labels == ["single-source"]
    assert [s.name for s in toll.sources] == ["the regional emergency service"]
    assert [s.name for s in denial.sources] == ["Rivergate Energy"]
    # "He" is the governor named just before, not the company that spoke earlier.
    assert [s.name for s in pledge.sources] == ["Governor Alan Chu"]
    assert act.labels == []  # an official act
    assert background.labels == []  # a year is no count


@pytest.mark.parametrize(
    "text",
    [
        "The player kept receiving video data from the server.",  # a frame's object, not a source
        "Senators condemned the act, citing the move as an abuse of power.",
    ],
)
def test_descriptions_that_name_no_source(text: str, registry: Registry) -> None:
    assert "single-source" not in labels(text, registry)


def test_a_study_published_in_a_journal_and_its_details(registry: Registry) -> None:
    analysis = analyze(
        "A new study published in The Lancet found that the drug reduced deaths by 20 percent. "
        "The researchers tracked 4,000 patients over five years. "
        "Patients who took the drug were less likely to be admitted to hospital.\n",
        registry,
    )
    finding, method, detail = analysis.claims
    assert finding.labels == ["single-source"]  # the journal's study, its figure not unsourced
    assert [s.name for s in finding.sources] == ["Lancet"]
    assert method.labels == detail.labels == ["single-source"]  # details of the study, in its paragraph
    assert {r.kind for r in detail.reasons} == {"carried-over"}


def test_an_association_speaks_on_the_record(registry: Registry) -> None:
    found = claim(
        "The plan would have cut funding for 1,200 laboratories, the university association estimated.", registry
    )
    assert found.labels == ["single-source"]


def test_a_participle_after_an_attributed_clause_is_the_same_speakers(registry: Registry) -> None:
    found = claim(
        "Shells hit the port overnight, the city's military said on Thursday, adding that two people were hurt.",
        registry,
    )
    assert [s.name for s in found.sources] == ["the city's military"]


@pytest.mark.parametrize("unnamed", ["A senior official", "An American witness", "A lawmaker in the north"])
def test_the_unnamed_person_referred_to_again_stays_anonymous(unnamed: str, registry: Registry) -> None:
    head = unnamed.split()[-1] if " in " not in unnamed else unnamed.split()[1]
    analysis = analyze(f"{unnamed} said the talks had failed. The {head} added that a vote was delayed.\n", registry)
    assert analysis.claims[1].labels == ["unverified"]
    assert [s.name for s in analysis.claims[1].sources] == [unnamed]


def test_the_named_person_so_described_is_no_anonymous_one(registry: Registry) -> None:
    analysis = analyze(
        "A resident said the water rose fast. The mayor, Ann Hale, said the dam held. The mayor added that "
        "the road would reopen.\n",
        registry,
    )
    assert analysis.claims[2].labels == ["single-source"]


def test_one_of_an_anonymous_group_is_anonymous(registry: Registry) -> None:
    analysis = analyze(
        "Two senior diplomats told Reuters that the talks had stalled. One of them said the other side was "
        '"not serious".\n',
        registry,
    )
    assert analysis.claims[1].labels == ["unverified"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UN refugee agency and the Red Cross both put the figure at over 6 million.", ["corroborated"]),
        # Two descriptions of one person are one source.
        ("Retired FBI agent and terrorism specialist Ali Soufan told NPR the group was weakened.", ["single-source"]),
    ],
)
def test_bodies_named_in_common_words_can_corroborate(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_a_business_report(registry: Registry) -> None:
    analysis = analyze(
        'Chief executive Sara Lind told analysts on a conference call that the second half "will be tough".\n\n'
        "Some investors have questioned whether the company's strategy is working.\n\n"
        "Higher rates will almost certainly hurt households.\n",
        registry,
    )
    call, doubt, forecast = analysis.claims
    assert call.labels == ["single-source"]  # analysts on the call are the audience, not a source
    assert doubt.labels == ["unverified"]  # a vague group questioning
    assert forecast.labels == ["opinion"]  # the writer's prediction; "almost certainly hurt" counts nobody


def test_a_court_report(registry: Registry) -> None:
    analysis = analyze(
        "It was not immediately clear when Delaney would appear in court.\n\n"
        "The Associated Press could not independently confirm the amount.\n\n"
        "City council member James Ortiz told CNN the council had raised concerns in 2019.\n\n"
        'An audit released in March found "significant weaknesses" in the controls.\n',
        registry,
    )
    unclear, unconfirmed, told, audit = analysis.claims
    assert unclear.labels == unconfirmed.labels == ["unverified"]  # the writer's own caveats
    assert [s.name for s in told.sources] == ["James Ortiz", "CNN"]  # the outlet ends at its name
    assert audit.labels == ["unverified"]  # whose audit? (a date between it and its verb changes nothing)


def test_an_obituary(registry: Registry) -> None:
    analysis = analyze(
        "Holm died at her home in Oslo after a long illness, her son Erik said in a post on Facebook.\n\n"
        'Critics hailed her 1972 album "Northern Lights" as a masterpiece.\n\n'
        "In the election, the Social Democrats won 31.2 percent of the vote, according to official results.\n",
        registry,
    )
    death, acclaim, result = analysis.claims
    assert [s.name for s in death.sources] == ["Erik"]  # Facebook carried the post; it is no source
    assert acclaim.labels == ["unverified"]  # unnamed critics
    # An election result is public record (never unverified), but the sentence names its document.
    assert result.labels == ["single-source"]
    assert [s.name for s in result.sources] == ["official results"]


def test_markdown_around_a_speaker_changes_nothing(registry: Registry) -> None:
    analysis = analyze(
        "The [World Health Organization](https://www.who.int) warned that the toll could rise.\n\n"
        '"We are racing against time," WHO regional director Hans Kluge said.\n\n'
        "The **Kremlin** said the talks failed.\n",
        registry,
    )
    linked, acronym, bold = analysis.claims
    assert [s.name for s in linked.sources] == ["The World Health Organization"]
    assert [s.name for s in acronym.sources] == ["Hans Kluge"]  # "WHO" is a name, not a relative pronoun
    assert bold.labels == ["single-source"]


def test_a_body_referred_to_is_never_the_person_who_spoke_last(registry: Registry) -> None:
    company = analyze(
        "Alder Motors said demand was weak. Jan Novak, an analyst, said the cuts were overdue. "
        "The company said it would cut jobs.\n",
        registry,
    ).claims[2]
    team = analyze(
        '"It needs to be confirmed," said Dr. Jane Wu, a planetary scientist. '
        "The lake lies 1.5 kilometres below the ice, the team estimates.\n",
        registry,
    ).claims[1]
    assert [s.name for s in company.sources] == ["Alder Motors"]
    assert [s.name for s in team.sources] == ["the team"]  # not Dr. Wu, who is not of the team


def test_a_poll_report(registry: Registry) -> None:
    analysis = analyze(
        "Labour leads by 12 points, according to a YouGov poll published on Sunday.\n\n"
        "The poll of 2,000 adults found that 42 percent would vote Labour.\n\n"
        "The two parties issued a joint statement on Monday saying they had agreed to hold three debates.\n",
        registry,
    )
    lead, poll, statement = analysis.claims
    assert [s.name for s in lead.sources] == ["YouGov"]
    assert [s.name for s in poll.sources] == ["YouGov"]  # "the poll of 2,000 adults" is YouGov's poll
    assert statement.labels == ["single-source"]  # the parties' statement, not an anonymous one


def test_a_report_by_an_office_is_the_offices(registry: Registry) -> None:
    analysis = analyze(
        "Her deputy, Tom Hale, will serve as acting mayor, the city clerk's office said.\n\n"
        "The mayor has faced pressure since a report by the state auditor in March accused her office of "
        "mismanaging funds.\n",
        registry,
    )
    assert [s.name for s in analysis.claims[1].sources] == ["the state auditor"]  # not Tom Hale


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A possessive document is its possessor's, not the outlet's named last.
        (
            "Tesco's unit is too big for one sale, according to Gazeta Wyborcza. The chain's press release "
            "reported 22 sold units.",
            "The chain",
        ),
        ("The officials' report said the bridge fell.", "The officials"),
    ],
)
def test_a_possessive_document_is_its_possessors(text: str, source: str, registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Researchers at Imperial College London posted findings estimating that the outbreak may exceed 1,000 cases.",
            ["single-source"],
        ),
        ("The research team posted their findings online before official publication.", []),  # an act
    ],
)
def test_posting_credits_only_what_is_said(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_british_single_quotes_carry_their_speaker(registry: Registry) -> None:
    analysis = analyze(
        "‘We cannot keep borrowing,’ the chancellor told MPs. ‘The country must live within its means. "
        "There is no other way.’\n\n"
        "Fans of ‘’My Little Pony’’ met in 2016. In 2017, the club was closed.\n\n"
        "The Joneses’ car was hit. It was towed away.\n",
        registry,
    )
    claims = analysis.claims
    assert [c.labels for c in claims[:3]] == [["single-source"]] * 3  # every sentence of the quotation
    assert [c.labels for c in claims[3:]] == [[]] * 4  # wiki italics and a possessive open no quotation


def test_a_company_named_in_its_own_announcement(registry: Registry) -> None:
    analysis = analyze(
        "Apple will invest $500 billion in the United States, the company announced on Monday.\n\n"
        "Analysts at Morgan Stanley said much of the spending had already been planned.\n",
        registry,
    )
    announcement, analysts = analysis.claims
    assert [s.name for s in announcement.sources] == ["Apple"]
    assert {r.kind for r in announcement.reasons} == {"named-source"}  # named in the sentence itself
    assert analysts.labels == ["single-source"]  # a named bank's analysts publish on the record


def test_one_of_those_just_named_speaks_for_nobody_named(registry: Registry) -> None:
    analysis = analyze(
        'Some users said they had tried the remedy. One wrote that it "cured" her within a day.\n\n'
        "No one said anything.\n",
        registry,
    )
    users, one, nobody = analysis.claims
    assert users.labels == one.labels == ["unverified"]
    assert nobody.labels == []


def test_the_parties_to_a_joint_statement_corroborate_it(registry: Registry) -> None:
    analysis = analyze(
        "Tesco and Salling Group announced their agreement on Thursday.\n\n"
        "The regulator has to approve the deal. The parties said they expect a decision this year.\n\n"
        "The minister said he believed the bridge would reopen.\n",
        registry,
    )
    parties, belief = analysis.claims[2], analysis.claims[3]
    assert parties.labels == ["corroborated"]
    assert [s.name for s in parties.sources] == ["Tesco", "Salling Group"]
    assert belief.labels == ["single-source"]  # "he believed" is what the minister said, not a second source


def test_a_description_with_a_complement_refers_back_like_its_head(registry: Registry) -> None:
    analysis = analyze("Jan Novak won the seat in May. The member of parliament said the vote was rigged.\n", registry)
    assert [s.name for s in analysis.claims[-1].sources] == ["Jan Novak"]
    alone = analyze("The member of parliament said the vote was rigged.\n", registry).claims[0]
    assert alone.labels == ["single-source"]


def test_a_war_that_claimed_lives_is_no_one_claiming(registry: Registry) -> None:
    found = claim("They stand at the center of a struggle that has already claimed thousands of lives.", registry)
    assert found.sources == []  # a toll, not a speaker's claim
    assert found.labels == ["unverified"]  # and nobody gives it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A document is not the person who spoke last, unless that person made one there.
        (
            "His lawyer, Ines Vogt, told reporters he would appeal.\n\n"
            "According to the indictment, the official steered nine contracts to one firm.",
            ["the indictment"],
        ),
        (
            "Ines Vogt criticised the plan in a statement. The statement said the plan would cost billions.",
            ["Ines Vogt"],
        ),
        # Another document is not the one named before; a body is no document.
        (
            "According to the indictment, the firm paid bribes.\n\nAccording to the ruling, it broke the law.",
            ["the ruling"],
        ),
        ("According to the indictment, the firm paid bribes.\n\nThe court said the firm broke the law.", ["The court"]),
    ],
)
def test_a_document_refers_back_only_to_who_could_have_made_it(
    text: str, expected: list[str], registry: Registry
) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Orlen Foods said in a filing with the Securities and Exchange Commission that sales fell.",
        "The minister said in a letter to the European Commission that the plan was dead.",
        "Orlen Foods said in an email to staff that 300 jobs would go.",
    ],
)
def test_who_receives_a_letter_or_filing_is_no_source(text: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["single-source"]
    assert len(found.sources) == 1


def test_an_interview_names_the_outlet_that_held_it(registry: Registry) -> None:
    found = claim("Berg said in an interview with the BBC that she would run again.", registry)
    assert "BBC" in [s.mention for s in found.sources]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company's losses are a warning sign for the whole industry.", ["opinion"]),
        ("The defeat was a wake-up call for the party.", ["opinion"]),
        ("The attack came as a red flag was raised over the fort.", []),
        # An employer's size is background, like its founding year; a toll is not.
        ("Orlen Foods, founded in 1998, employs about 13,000 people worldwide.", []),
        ("The fire killed 12 people at a plant that employed 300 workers.", ["unverified"]),
    ],
)
def test_framing_metaphors_and_employer_size(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A report that only sent someone out is not what the claim rests on.
        ("Officers were called to Mill Lane at about 2:15 a.m. after reports of gunfire.", []),
        ("Firefighters responded to reports of smoke in the basement.", []),
        ("The minister resigned amid reports that he had lied.", ["unverified"]),
        ("There were reports of explosions near the dam.", ["unverified"]),
        # Framing words before an inverted speaker are that speaker's; the writer's own are opinion.
        ("The real question is who pays, the mayor said.", ["single-source"]),
        ("The real question is who pays, said Ines Berg, the mayor of Lyon.", ["single-source"]),
        ("Her real test will be whether she can govern with a hostile parliament.", ["opinion"]),
        ("The findings could transform the lives of millions of patients.", ["opinion"]),
    ],
)
def test_answered_reports_and_whose_framing(text: str, expected: list[str], registry: Registry) -> None:
    assert sorted(labels(text, registry)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A description in apposition names nobody else, whatever its words ("think" is no verb here).
        ("The Halden Institute, a think tank, said the plan would fail.", ["The Halden Institute"]),
        ("The Halden Institute, a Geneva-based think tank, said the plan would fail.", ["The Halden Institute"]),
        ("The Halden Institute, a Geneva think tank, said the plan would fail.", ["The Halden Institute"]),
        # A name hyphenated into a description is not the one speaking.
        ("Pro-Kremlin military bloggers said the assault had failed.", ["Pro-Kremlin military bloggers"]),
        ("Kremlin-backed media said the assault had failed.", ["Kremlin-backed media"]),
        ("The Kremlin said the assault had failed.", ["Kremlin"]),
        # "counter" speaks only before its clause.
        ("The company countered that the figures were wrong.", ["The company"]),
        ("Supporters counter that prices will fall.", ["Supporters"]),
        ("She paid at the counter and left.", []),
    ],
)
def test_appositions_compounds_and_replies(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.mention for s in claim(text, registry).sources] == expected


def test_a_countrys_television_is_named_whole(registry: Registry) -> None:
    found = claim("Viktor Tregubov told Ukrainian television that the attack had failed.", registry)
    assert [s.mention for s in found.sources] == ["Viktor Tregubov", "Ukrainian television"]


def test_the_figures_are_the_data_makers(registry: Registry) -> None:
    text = (
        "Unemployment fell to 6.4 percent in October, data from Eurostat showed on Thursday. The rate was "
        "below the 6.5 percent expected by economists polled by Reuters. The figures suggest the labour "
        "market has held up."
    )
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == ["Eurostat"]
    # The maker named after the data, not whoever spoke of them since.
    released = (
        "The figures, released by the health service, show that 390,000 patients waited a year. Health "
        "Secretary Tom Reade said the figures were disappointing. The union rejected that claim. The Rowan "
        "Trust, a think tank, said the figures showed a service in crisis."
    )
    assert [s.name for s in analyze(released, registry).claims[-1].sources] == ["The Rowan Trust", "the health service"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Acts done out of sight, stated by the writer with no source: who saw them?
        ("The minister secretly met the rebel leader in Geneva last month.", ["unverified"]),
        ("Behind closed doors, the two leaders agreed to delay the vote.", ["unverified"]),
        ("The two sides held secret talks in Oman.", ["unverified"]),
        ("The two envoys had met secretly in Oman a week before the vote.", ["unverified"]),
        # In a source's words they are the source's claim; a public act is none.
        ("The meeting was held in secret, the mayor said.", ["single-source"]),
        ("The band quietly released a new album on Friday.", []),
        ("The envoys met in Oman; the talks were broadcast live.", []),
    ],
)
def test_covert_acts_need_a_source(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected
    if expected == ["unverified"]:
        assert kinds(claim(text, registry)) == {"unsourced-act"}


@pytest.mark.parametrize(
    "text",
    [
        "While the economy added around 292,000 jobs in December, exports fell.",
        "The club added two players to its squad.",
        "In primary after primary, young voters just aren’t showing up.",
    ],
)
def test_counts_added_and_showing_up_are_not_speech(text: str, registry: Registry) -> None:
    assert labels(text, registry) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A common noun opening a sentence with its complement names nobody; a name with "of" does.
        ("Share of voters who say the economy is the top issue: 41 percent.", []),
        ("Bank of Ostrava said profits rose.", ["Bank of Ostrava"]),
        ("Shell said profits rose.", ["Shell"]),
    ],
)
def test_a_sentence_opening_noun_with_of_is_no_name(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.mention for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clause with its own subject before an inverted verb: the speaker comes after the verb.
        (
            "The rent will rise, but for some, the losses would outstrip the gains, said Ana Batchelder.",
            ["Ana Batchelder"],
        ),
        ("The plan will fail, the losses will grow, said Ines Berg.", ["Ines Berg"]),
        # Verbs of one subject, listed: the subject speaks.
        ("The mayor spoke for an hour, said she was proud.", ["The mayor"]),
        # A relative clause describes its antecedent, commas and all; a writer's trade is no speech.
        ("Oskar Lind, who once served in Iran, Turkey and France, praised the plan.", ["Oskar Lind"]),
        ("Nia Braynard, a Carolina native who writes fiction on the side, said the plan would fail.", ["Nia Braynard"]),
    ],
)
def test_inverted_speakers_after_clauses_and_relative_clauses(
    text: str, expected: list[str], registry: Registry
) -> None:
    assert [s.mention for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Polls with no maker are a vague crowd of sources; a named pollster is one source.
        ("According to exit polls, the senator had a ten-point lead among older voters.", ["unverified"]),
        ("Polls show the race is tied.", ["unverified"]),
        ("A Gallup poll showed the race was tied.", ["single-source"]),
        ("The polls closed at 8 p.m.", []),
    ],
)
def test_polls_without_a_maker(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Lyon, France": the country goes with the city; a person's name in apposition still speaks.
        ("A woman from Lyon, France, said the plan would fail.", ["A woman from Lyon"]),
        ("A teacher in Leeds, Anna Berg, said the plan would fail.", ["Anna Berg"]),
    ],
)
def test_a_place_and_its_country_are_no_speaker(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.mention for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A second source confirming the claim named before in the sentence corroborates it.
        ("The death was announced by the club and confirmed by Reuters.", ["corroborated"]),
        ("The death was announced by the club and independently confirmed by Reuters.", ["corroborated"]),
        ("The company said sales fell, and Reuters confirmed the figure.", ["corroborated"]),
        ("The club said the player had died, a claim independently verified by the BBC.", ["corroborated"]),
        # Confirming something else is a second claim, not corroboration.
        (
            "The company said sales fell, but Reuters confirmed that the chief executive had resigned.",
            ["single-source"],
        ),
        ("The report was confirmed by Reuters.", ["single-source"]),
    ],
)
def test_confirmation_by_a_second_source(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A criminal past stated with no source needs one; in a source's words it is the source's.
        ("A man accused of arson had previously served two prison sentences.", ["unverified"]),
        ("The suspect was known to police.", ["unverified"]),
        ("The suspect had a criminal record, police said.", ["single-source"]),
        ("She served as prime minister from 2010.", []),
        # The passive of a charge accuses nobody; the passive of a speech act names its speaker.
        ("A man accused of setting fire to a shop appeared in court.", []),
        ("The plan was criticised by the union.", ["single-source"]),
        ("The claim was denied by the Kremlin.", ["single-source"]),
        ("He was widely criticised for the decision.", ["unverified"]),
    ],
)
def test_criminal_records_and_passive_speech(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A ranking by a measure nobody can take is a verdict; one on a measure is a record.
        ("It is the most important free-speech case the court has decided in a decade.", ["opinion"]),
        ("The storm was the most powerful on record.", []),
        # Research with no maker is a vague crowd of sources.
        ("Research shows that sleep matters.", ["unverified"]),
    ],
)
def test_subjective_rankings_and_research_without_a_maker(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_the_club_is_no_university_named_before(registry: Registry) -> None:
    text = "A study by Halden University found that sleep matters.\n\nShe was the coach of the year, the club said."
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == ["the club"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "close to the family" says whom the unnamed are close to; they are the speakers.
        ("Sources close to the family said the lawyer had been warned.", ["Sources close to the family"]),
        ("A source close to the family said the lawyer had been warned.", ["A source close to the family"]),
        (
            "Totals are unclear, with twelve reported by industry sources while The Jakarta Post reports eleven.",
            ["industry sources", "The Jakarta Post"],
        ),
    ],
)
def test_people_close_to_someone_stay_unnamed(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.mention for s in claim(text, registry).sources] == expected


def test_framing_idioms(registry: Registry) -> None:
    text = "The crackdown shows no sign of easing, and the silence of its allies is deafening."
    assert labels(text, registry) == ["opinion"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verdict on a ranking is the writer's; a ranking on a measure needs a source.
        ("He was one of the greatest pianists of the century.", ["opinion"]),
        ("It is one of the largest companies in Europe.", ["unverified"]),
    ],
)
def test_rankings_verdict_or_measure(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_a_first_name_that_is_also_a_plural(registry: Registry) -> None:
    found = claim("Miles Davis once said that the pianist was one of his biggest influences.", registry)
    assert [s.mention for s in found.sources] == ["Miles Davis"]


def test_a_place_at_the_end_of_a_sentence_is_not_she(registry: Registry) -> None:
    text = "The firm is one of the largest in Europe. She said sales had doubled."
    assert not any(s.name.startswith("Europe") for s in analyze(text, registry).claims[-1].sources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the Commission" is the body named with that word, not the sentence's subject.
        (
            "Orlen Foods was fined by the European Commission, the Commission announced on Monday.",
            ["European Commission"],
        ),
        # The one named most recently, even when it has not spoken.
        (
            "The European Commission said it would act.\n\nThe Federal Trade Commission sued the firm in 2020. "
            "The commission said the firm had bought rivals to crush them.",
            ["Federal Trade Commission"],
        ),
    ],
)
def test_the_commission_is_the_one_named_with_that_word(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == expected


@pytest.mark.parametrize(
    "text", ["Meteorologists warned that more rain was expected.", "Pollsters said the race was tight."]
)
def test_professions_in_the_plural_are_unnamed(text: str, registry: Registry) -> None:
    assert labels(text, registry) == ["unverified"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Figures are nobody's, unless an institution's.
        ("According to council figures, the zone has cut pollution by 10 percent.", ["single-source"]),
        ("According to government data, crime fell by 10 percent.", ["single-source"]),
        ("According to the data, crime fell by 10 percent.", []),
    ],
)
def test_an_institutions_figures_are_a_source(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Without more funding, these numbers will only get worse.", ["opinion"]),
        ("The minister said the numbers would get worse.", ["single-source"]),
    ],
)
def test_the_writers_forecast_of_worse(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_an_interview_in_bold_bracketed_labels_and_the_narrative_after_it(registry: Registry) -> None:
    text = (
        "We spoke to candidate Lena Ortiz.\n\n"
        "**((Wikinews))** Your opponents say you have no experience.\n\n"
        "**Lena Ortiz:** I ran a business for fifteen years.\n\n"
        "**((Wikinews))** What would you do first?\n\n"
        "**Lena Ortiz:** Freeze rents in council-owned buildings.\n\n"
        "Ortiz faces the mayor in the election on 4 May. A poll by the Riverton Gazette put the mayor ahead by six points."
    )
    claims = analyze(text, registry).claims
    assert claims[1].labels == []  # the interviewer's turn claims nothing
    assert [s.name for s in claims[2].sources] == ["Lena Ortiz"]
    assert claims[-2].labels == []  # the writer again, not her answer
    assert [s.name for s in claims[-1].sources] == ["Riverton Gazette"]


def test_a_qa_with_bold_questions_and_unlabelled_answers(registry: Registry) -> None:
    text = (
        "Dr. Ines Varga runs the soil laboratory at Kelden University. We asked her about the drought.\n\n"
        "**How bad is it?**\n\n"
        "The worst I have seen. We have lost half the topsoil in places. That worries me.\n\n"
        "**Should farmers change crops?**\n\n"
        "Many already have.\n\n"
        "Varga's laboratory is funded by the regional government.\n"
    )
    claims = analyze(text, registry).claims
    questions = [c for c in claims if c.text.startswith("**")]
    assert [c.labels for c in questions] == [[], []]  # a question claims nothing, "should" or not
    answers = [c for c in claims[3:] if not c.text.startswith("**")][:-1]
    assert [[s.name for s in c.sources] for c in answers] == [["Ines Varga"]] * 4  # "We", "me": hers
    assert claims[-1].labels == []  # the writer again, speaking of her
    # One bold question is no transcript.
    single = analyze("**Is this the end?**\n\nThe vote is on Friday. We think it will pass.\n", registry)
    assert "opinion" in single.claims[-1].labels


def test_a_bold_statement_prompting_in_a_qa_is_a_question(registry: Registry) -> None:
    text = (
        "Dr. Ines Varga runs the soil laboratory at Kelden University. We asked her about the drought.\n\n"
        "**How bad is it?**\n\nThe worst I have seen.\n\n"
        "**Some farmers say they were never warned.**\n\nI understand them. We will do better.\n\n"
        "**Should farmers change crops?**\n\nMany already have.\n\n"
        "**Funding**\n\nVarga's laboratory is funded by the regional government.\n"
    )
    claims = analyze(text, registry).claims
    prompt = next(c for c in claims if c.text.startswith("**Some farmers"))
    assert prompt.labels == []  # the interviewer's prompt, not a vague source's claim
    after = claims[claims.index(prompt) + 1]
    assert [s.name for s in after.sources] == ["Ines Varga"]
    assert claims[-1].labels == []  # a bold subheading is no prompt: the writer again


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Losing him for nothing would be a disaster for the club.", ["opinion"]),
        ("The coach said losing him would be a disaster.", ["single-source"]),
    ],
)
def test_a_conditional_verdict(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The new housing plan is long on promises and short on detail.",
        "There is little reason to think this government will do better.",
        "The plan relies on developers, who have every incentive to build slowly.",
        "Without more council housing, the crisis will deepen.",
        "To be fair, the new rules make sense.",
        "Building on the green belt will anger voters in the seats it needs to win.",
        "Housing is the defining issue for a generation of young people.",
    ],
)
def test_editorial_framing(text: str, registry: Registry) -> None:
    assert labels(text, registry) == ["opinion"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name inside the phrase makes it that outlet, not "the agency" named before.
        (
            "TASS said the plan failed. The man was accused of spying, the judiciary's Mizan news agency reported.",
            ["the judiciary's Mizan news agency"],
        ),
        ("TASS said the plan failed. The Russian news agency said the talks were over.", ["TASS"]),
    ],
)
def test_a_named_agency_is_no_reference_back(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The boom looks increasingly like a bubble.", ["opinion"]),
        ("The rally is starting to look like a rout.", ["opinion"]),
        ("Analysts said the boom looks increasingly like a bubble.", ["unverified"]),
    ],
)
def test_the_writers_resemblances(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An act in answer is no speech; words in answer are.
        ("Protesters threw bottles, and officers responded with tear gas.", []),
        ("Police responded by firing tear gas.", []),
        ("The ministry responded by saying the claims were false.", ["single-source"]),
        # Two counts of one crowd: the police's and the organisers' (unnamed people).
        (
            "Police estimated the crowd at about 20,000, while organisers put the figure at more than 50,000.",
            ["single-source", "unverified"],
        ),
    ],
)
def test_responses_and_rival_counts(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Whom a speaker told is a source only when it is an outlet; an audience is nobody's source.
        ("Mr Vance told reporters outside the court that he would appeal.", ["Vance"]),
        ("The minister told parliament that the budget was balanced.", ["The minister"]),
        ("Ms Orlov told the Senate that the figures were wrong.", ["Orlov"]),
        ("Ms Orlov told state television that the figures were wrong.", ["Orlov", "state television"]),
    ],
)
def test_an_audience_told_is_no_outlet(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Unnamed people counted in the plural, irregular plurals included.
        ("Two businessmen testified that they had paid the mayor in cash.", ["unverified"]),
        ("Three women said the bus had not stopped.", ["unverified"]),
        ("Firefighters said the blaze was under control by midnight.", ["unverified"]),
        # An act done in answer to a report credits nobody.
        ("Firefighters responded to reports of smoke in a warehouse.", []),
    ],
)
def test_unnamed_people_in_the_plural(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A noun after its modifier is no verb ("tally", not "tallies", would follow "the official").
        ("The commission told parties to wait for the official tally.", ["The commission"]),
        # A participle between an article and its noun describes the document that speaks.
        ("The leaked report found that the dam had not been inspected.", ["The leaked report"]),
        # "that" with a verb after it opens a relative clause: the noun before it speaks.
        ("The firm that built the bridge said the cracks were cosmetic.", ["The firm"]),
        ("The agency that funded the study said it had no influence.", ["The agency"]),
        # … but not the "that" of what was said (whose unnamed papers are a second, embedded source).
        ("Inspectors warned that leaked documents showed a cover-up.", ["Inspectors", "documents"]),
    ],
)
def test_nouns_participles_and_relatives_around_a_speaker(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count of people written in words is as consequential as one in digits.
        ("Seventeen people remain missing after the landslide.", ["unverified"]),
        ("Twenty-three miners were trapped underground.", ["unverified"]),
        ("Nine of the ten judges agreed with the ruling.", []),
        # An estimate nobody is said to have made; with its maker, it is the maker's.
        ("Turnout was estimated at around 58 per cent.", ["unverified"]),
        ("The damage has been estimated at two billion euros.", ["unverified"]),
        ("Turnout was estimated at 58 per cent by the electoral commission.", []),
    ],
)
def test_counts_in_words_and_estimates_without_a_maker(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A body described ("the central bank") is its own source, not the sentence's first word.
        ("Inflation rose to 6 per cent in March, the central bank said.", ["the central bank"]),
        ("Exports fell for a third month, the statistics office said.", ["the statistics office"]),
        # "the company" alone refers back to the company the sentence is about.
        ("Veltrix will close two plants, the company said on Friday.", ["Veltrix"]),
    ],
)
def test_a_described_body_speaks_for_itself(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Researchers whose finding a named study reports are its authors, not a second source.
        (
            "Scientists have found that the vaccine protects children, according to a study in The Lancet.",
            ["single-source"],
        ),
        (
            "Researchers say the reef is recovering, according to a paper in the journal Coral Science.",
            ["single-source"],
        ),
        ("Scientists have found that the vaccine protects children.", ["unverified"]),
        # A place after a document is no publication.
        ("According to a report in Harbin, the bridge was closed.", ["unverified"]),
    ],
)
def test_a_study_and_the_journal_it_appeared_in(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A second agent of the same passive confirms the same claim.
        ("The figure was confirmed by Reuters, as well as by the BBC.", ["corroborated"]),
        ("The toll was confirmed by the health ministry and later by the Red Cross.", ["corroborated"]),
        # … but two agents of different things corroborate nothing.
        (
            "The gunman was described by The Guardian as a former soldier and by the BBC as a student.",
            ["single-source"],
        ),
    ],
)
def test_a_second_agent_of_the_same_passive(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Surely a city that can afford a new stadium can afford to keep its pools open.", ["opinion"]),
        ("The water rose slowly but surely through the night.", []),
    ],
)
def test_surely_is_the_writers_stance(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A body named by its office beside a name: two speakers, neither a reference back.
        ("According to the ministry and the Red Cross, the toll rose to 40.", ["the ministry", "Red Cross"]),
        ("The ministry and the Red Cross said the toll rose to 40.", ["The ministry", "Red Cross"]),
    ],
)
def test_a_body_by_its_office_beside_a_name(text: str, expected: list[str], registry: Registry) -> None:
    found = claim(text, registry)
    assert [s.name for s in found.sources] == expected
    assert found.labels == ["corroborated"]


def test_a_name_with_its_acronym_in_brackets(registry: Registry) -> None:
    found = claim("A strong earthquake struck off the coast, the Andean Geological Service (AGS) reported.", registry)
    assert [s.name for s in found.sources] == ["Andean Geological Service (AGS)"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capitalised modifier opening a sentence is no name: the people after it are unnamed.
        ("Fellow musicians said his timing was unmatched.", ["unverified"]),
        ("Young voters said the debate changed nothing.", ["unverified"]),
        ("Two shopkeepers said the market had been shut for a week.", ["unverified"]),
        ("Two plaintiffs said the advertisements followed private conversations.", ["unverified"]),
        # … while a name opening a sentence still speaks on the record.
        ("Young said the debate changed nothing.", ["single-source"]),
    ],
)
def test_a_modifier_opening_a_sentence_is_no_name(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_a_capitalised_document_word_inside_a_name(registry: Registry) -> None:
    found = claim("A monitoring group, the Archive of Public Gatherings, put the number at 35,000.", registry)
    assert [s.name for s in found.sources] == ["the Archive of Public Gatherings"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An outlet's own people report for it, in the plural too.
        ("Reuters reporters said the depot was still burning on Friday.", ["Reuters"]),
        # What an outlet's witness or unnamed people saw rests on them …
        ("A Reuters witness saw at least three bodies near the checkpoint.", ["Reuters"]),
        ("Witnesses saw the van speed away from the square.", ["Witnesses"]),
        # … but a place or a period "sees" nothing.
        ("The city saw heavy rain on Monday.", []),
        ("The region saw a sharp rise in admissions last winter.", []),
    ],
)
def test_an_outlets_staff_and_what_witnesses_saw(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Sounds and sights nobody is said to have noticed, fears and presumptions nobody holds.
        ("Several explosions were heard near the harbour overnight.", ["unverified"]),
        ("Casualties were feared after the roof gave way.", ["unverified"]),
        ("The trawler is presumed lost with its crew.", ["unverified"]),
        # … and credit nobody gives by name.
        ("The mayor is credited with saving the town.", ["unverified"]),
        # A hearing in court, a fear someone holds and money paid in are no such thing.
        ("The appeal will be heard in March.", []),
        ("He was feared by his rivals.", []),
        ("The account was credited with 500 dollars.", []),
    ],
)
def test_agentless_perception_fear_and_presumption(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_a_speaker_after_a_relative_clause_and_its_main_clause(registry: Registry) -> None:
    found = claim(
        "The ferry, which was carrying 60 passengers, ran aground near the harbour on Sunday, the port's "
        "harbour master, Captain Ines Moreau, told local radio station Radio Sud.",
        registry,
    )
    assert [s.name for s in found.sources][:1] == ["Captain Ines Moreau"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Researchers tied to an institution publish on the record; placed in a country, they are unnamed.
        ("Researchers at Halden University said the reef was recovering.", ["single-source"]),
        ("Scientists in Norway say they have made a plastic that dissolves in seawater.", ["unverified"]),
    ],
)
def test_researchers_at_an_institution_or_in_a_country(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_a_participle_inside_an_apposition_is_not_the_subjects_verb(registry: Registry) -> None:
    *_, denial = analyze(
        "The UN said convoys were blocked. The Northern Front, the paramilitary group fighting the army, "
        "denied blocking aid and accused the army of shelling markets.",
        registry,
    ).claims
    assert [s.name for s in denial.sources] == ["Northern Front"]  # not the UN, as if "the group" referred back


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The writer's comparison of what something looks like is their interpretation.
        ("Calling a vote now looks less like confidence than desperation.", ["opinion"]),
        ("The deal looks more like a surrender than a compromise.", ["opinion"]),
        # In a source's words it is the source's.
        ("The sky looked more like evening than noon, a witness said.", ["unverified"]),
    ],
)
def test_the_writers_comparisons(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The reporter could not check it: unverified, in whatever words.
        ("It was not immediately possible to verify the footage.", ["unverified"]),
        ("The Associated Press was unable to verify the video.", ["unverified"]),
        ("Reuters has not been able to verify the report.", ["unverified"]),
        ("Reuters was not able to independently verify the footage.", ["unverified"]),
        # A verification that did not happen credits nobody; one that did credits its outlet.
        ("The footage has not been verified by the BBC.", ["unverified"]),
        ("The footage was verified by the BBC.", ["single-source"]),
        # … but being able to check it, or being unable to do something else, says nothing of the sort.
        ("It is possible to verify the figures on the ministry's website.", []),
        ("Rescuers were unable to reach the village.", []),
    ],
)
def test_verification_failures_in_other_words(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nobody speaking credits nobody.
        ("No group has claimed responsibility for the bombing.", []),
        ("Nobody claimed responsibility for the bombing.", []),
        ("The group claimed responsibility for the bombing in a statement.", ["single-source"]),
    ],
)
def test_nobody_speaking_credits_nobody(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Bodies in the plural, none named, are a vague source, before or after a passive verb.
        ("The reform was criticised by unions.", ["unverified"]),
        ("The decision was condemned by opposition parties.", ["unverified"]),
        ("Unions said the strike would go ahead on Monday.", ["unverified"]),
        # … while the unions a story already named are a reference back.
        ("The unions said the strike would go ahead on Monday.", ["single-source"]),
    ],
)
def test_unnamed_bodies_in_the_plural(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A reaction named by its source.
        ("The bill has drawn criticism from rights groups.", ["unverified"]),
        ("The plan drew sharp criticism from the European Commission.", ["single-source"]),
        ("The team drew from its reserves.", []),
    ],
)
def test_a_reaction_from_its_source(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A report's finding is its claim, object and all, and so is its maker's.
        ("The study found a link between coffee and longer lives.", ["The study"]),
        ("A study by Halden University found a link between coffee and longer lives.", ["Halden University"]),
        ("The audit, released on Monday, found widespread fraud.", ["The audit"]),
        # … not a find in a clause of its own, nor a physical find.
        ("After the report was published, police found a body.", []),
        ("Divers found the wreck at a depth of 300 metres.", []),
        # A day's statement is nobody's.
        ("Friday's statement said the talks would resume.", []),
    ],
)
def test_what_a_report_found(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What could be seen is a sight, not the writer's forecast; what something could be seen as is.
        ("Thick black smoke could be seen across the city.", []),
        ("The move could be seen as a sign of weakness.", ["opinion"]),
        ("The deal could be seen by some as a surrender.", ["opinion"]),
    ],
)
def test_a_sight_is_no_forecast(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_a_headlines_noun_is_nobodys_name(registry: Registry) -> None:
    # "Train" opens a headline: a common word there is no person "the operator" could mean.
    headline = analyze(
        "# Train derails near Lindenfeld\n\nA regional train derailed on Tuesday, according to the state rail operator.\n",
        registry,
    )
    assert [s.name for s in headline.claims[-1].sources] == ["the state rail operator"]
    # A common word that is a name elsewhere in the text ("Donald Young") still is one.
    named = analyze("Donald Young won the race. Young arrived in Paris on Monday. He said the race was hard.", registry)
    assert [s.name for s in named.claims[-1].sources] == ["Young"]


def test_an_outlet_told_is_never_the_person_referred_to(registry: Registry) -> None:
    analysis = analyze(
        "A spokesman for the fire service, Jonas Berger, told the broadcaster NDR that the fire was out.\n\n"
        "According to a person familiar with the inquiry, the driver had reported a problem with the brakes.\n",
        registry,
    )
    assert "NDR" not in [s.name for s in analysis.claims[-1].sources]
    assert "unverified" in analysis.claims[-1].labels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Data an institution publishes speak for it, though nobody is named …
        ("Official data show inflation rose to 3 percent.", ["Official data"]),
        ("Inflation rose to 3 percent, government figures showed.", ["government figures"]),
        ("Waiting lists grew to 7.8 million, official figures published on Thursday show.", ["official figures"]),
        ("According to council figures, 300 homes were flooded.", ["council figures"]),
        # … bare data are nobody's.
        ("Inflation rose to 3 percent, data showed.", []),
    ],
)
def test_data_on_the_record(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What unnamed people saw rests on them; what institutions "saw" is only what they had.
        ("Residents saw smoke rising from the plant.", ["Residents"]),
        ("Hospitals saw a surge in admissions.", []),
        ("Emergency departments saw record numbers in September.", []),
    ],
)
def test_only_people_see(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Unnamed people an outlet reached speak; the outlet only carries their words.
        ("Residents contacted by Reuters said the shelling continued.", ["Residents", "Reuters"]),
        ("People interviewed by the BBC said they had not been warned.", ["People", "BBC"]),
        ("Residents reached by telephone said the shelling continued.", ["Residents"]),
        ("Two residents reached by phone described heavy shelling.", ["Two residents"]),
        # A named speaker reached by phone is still named.
        ("The minister, reached by telephone, said the talks had failed.", ["The minister"]),
    ],
)
def test_people_an_outlet_reached_speak(text: str, expected: list[str], registry: Registry) -> None:
    found = claim(text, registry)
    assert [s.name for s in found.sources] == expected
    assert ("unverified" in found.labels) == (found.sources[0].kind == "anonymous")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The writer weighing the evidence.
        ("The Tigers look like genuine title contenders this season.", ["opinion"]),
        ("On this evidence, the reform has failed.", ["opinion"]),
        ("It is the council's neglect that lies at the root of the problem.", ["opinion"]),
        # … not a likeness, nor a root that is literal.
        ("The boy looks like his father.", []),
        # "For good" is for ever, no verdict; "a good decision" is one.
        ("The factory closed for good in March.", []),
        ("Closing it was a good decision.", ["opinion"]),
    ],
)
def test_the_writer_weighing_the_evidence(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A figure nobody is said to have given.
        ("He joined from Venlo for a reported 4 million euros.", ["unverified"]),
        ("The club paid a reported fee of 30 million pounds.", ["unverified"]),
        # … not a case that was reported to someone.
        ("It was the first reported case of the disease in the region.", []),
    ],
)
def test_a_reported_figure(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_for_good_is_no_verdict_in_a_reason(registry: Registry) -> None:
    found = claim("Leaders must act now, or the reefs will be lost for good.", registry)
    assert found.labels == ["opinion"]
    assert [r.cue for r in found.reasons] == ["must act"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Unnamed people described by what they know speak, whoever they told (their count is part of them).
        (
            "Two people with knowledge of the plan told Bloomberg News that the cuts would hit Ireland.",
            ["Two people with knowledge of the plan", "Bloomberg News"],
        ),
        ("People with knowledge of the plan said the cuts would hit Ireland.", ["People with knowledge of the plan"]),
    ],
)
def test_people_with_knowledge_speak(text: str, expected: list[str], registry: Registry) -> None:
    found = claim(text, registry)
    assert [s.mention for s in found.sources] == expected
    assert "unverified" in found.labels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Whom a document went to, or was against, is not who speaks in it.
        ("A complaint filed with the regulator alleges that the bank misled customers.", ["A complaint"]),
        ("A lawsuit filed against the firm alleges that it hid losses.", ["A lawsuit"]),
        # … its maker and where it appeared are.
        ("A report released on Monday by the auditor said costs had doubled.", ["the auditor"]),
        ("A study published on Monday in the journal Hearts found that tea helps.", ["Hearts"]),
        # A gerund after "of" has no speaker: the accused act is no one's words.
        ("A lawsuit accuses the insurer of wrongly denying claims.", ["A lawsuit"]),
    ],
)
def test_a_documents_recipient_and_an_accused_act_do_not_speak(
    text: str, expected: list[str], registry: Registry
) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


def test_where_researchers_work_set_off_by_commas_is_who_they_are(registry: Registry) -> None:
    analysis = analyze(
        "The researchers, from the University of Kelden in Norway, analysed 2,000 samples. "
        "They found that the bacteria were depleted in people with depression.\n",
        registry,
    )
    found = analysis.claims[-1]
    assert found.labels == ["single-source"]
    assert "University of Kelden" in found.sources[0].name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The writer's speculation about what may come one day; a source's is the source's.
        ("If that holds, the vaccine could one day protect millions.", ["opinion"]),
        ("The researchers said the vaccine could one day protect millions.", ["single-source"]),
        ("One day, the river flooded the town.", []),
    ],
)
def test_what_could_one_day_happen(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_a_study_teams_figures_carry_through_its_paragraph(registry: Registry) -> None:
    analysis = analyze(
        "The highest rate noted by the team was in Oregon, with 15 cases per 100,000 people. "
        "Vermont had the lowest rate, at three per 100,000 people.\n",
        registry,
    )
    noted, lowest = analysis.claims
    # The passive's agent speaks, not its subject ("The highest rate").
    assert [s.name for s in noted.sources] == ["the team"]
    # The next figure in the paragraph is the team's, not an unsourced one.
    assert lowest.labels == ["single-source"]
    assert [s.name for s in lowest.sources] == ["the team"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What a finding leaves open or closes is its source's claim.
        ("The report did not exclude a second leak.", ["The report"]),
        ("Police ruled out foul play.", ["Police"]),
        # … excluding someone from something is an act.
        ("The committee excluded him from the vote.", []),
    ],
)
def test_what_a_finding_leaves_open_or_closes(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A theory put forward is said.
        ("The authors hypothesise that the virus jumped from bats.", ["single-source"]),
        ("In the manifesto, the writer posits a coming collapse.", ["single-source"]),
        # … what was supposed to happen was not.
        ("He was supposed to arrive on Monday.", []),
    ],
)
def test_a_theory_put_forward(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A passive ends its clause: the verb after it is the sentence's own.
        (
            "An employee who attended a meeting where the change was announced said staff were told to keep quiet.",
            ["An employee"],
        ),
        ("A driver whose licence was suspended said the rules were unfair.", ["A driver"]),
    ],
)
def test_the_verb_after_a_passive_clause(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


def test_a_statements_details_carry_through_its_paragraph(registry: Registry) -> None:
    analysis = analyze(
        "Officers arrested a man at the scene, Kelden Police said in a statement. Two victims were taken to "
        "hospital. One of them is in a critical condition.\n\n"
        "The centre reopened on Sunday.\n",
        registry,
    )
    stated, taken, critical, reopened = analysis.claims
    assert stated.labels == ["single-source"]
    assert [s.name for s in taken.sources] == [s.name for s in critical.sources] == ["Kelden Police"]
    assert reopened.labels == []  # a new paragraph is the writer's again
    # Said without a statement, a person's words do not carry into the writer's details.
    spoken = analyze("The fire is out, the mayor said. The victims were taken to hospital.", registry)
    assert spoken.claims[-1].labels == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What someone said, named by a noun with its speaker after it.
        (
            "The minister ruled out tax rises, despite warnings from economists that the plan fails.",
            ["The minister", "economists"],
        ),
        ("Despite assurances from the ministry that the water was safe, residents boiled it.", ["the ministry"]),
        ("He denied allegations from former staff that he had bullied them.", ["former staff"]),
    ],
)
def test_words_named_by_a_noun_and_their_speaker(text: str, expected: list[str], registry: Registry) -> None:
    names = [s.name for s in claim(text, registry).sources]
    assert names[-len(expected) :] == expected


def test_the_opposition_is_a_body_on_the_record(registry: Registry) -> None:
    assert [s.name for s in claim("The opposition accused the government of dishonesty.", registry).sources] == [
        "The opposition"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A ranking anchored in time can be checked: no verdict, even as the sentence's last words.
        ("It was the worst flooding in the region for a century.", []),
        ("It was the best harvest in decades.", []),
        ("It was the worst result on record.", []),
        # … a period that anchors nothing leaves the verdict standing.
        ("The outcome is a grim verdict on a decade of neglect.", ["opinion"]),
        ("That was the worst decision of his career.", ["opinion"]),
    ],
)
def test_a_ranking_anchored_in_time(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The reason for a refusal is no source and no statement.
        ("A spokesman for the firm declined to comment, citing an ongoing investigation.", []),
        # … a relay still is one.
        ("The ministry, citing unnamed officials, said the talks had failed.", ["single-source", "unverified"]),
    ],
)
def test_the_reason_for_a_refusal(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The phrase a participle clause describes speaks, not the participle's object.
        ("Officials speaking on condition of anonymity said the talks had stalled.", ["Officials"]),
        ("Residents living near the plant said the smell was unbearable.", ["Residents"]),
        ("The firm operating the plant said it had shut the reactor.", ["The firm"]),
        # … also with a word that is more often a noun, when a determiner follows it.
        ("Experts monitoring the embargo said weapons still reached the rebels.", ["Experts"]),
        # … a participle modifying a noun opens no clause.
        ("The city's parking enforcement office said fines would rise.", ["The city's parking enforcement office"]),
        ("The planning committee said the tower was too tall.", ["The planning committee"]),
    ],
)
def test_a_participle_clause_describes_its_speaker(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What was heard rests on whoever heard it.
        ("Explosions were heard by residents across the city.", ["unverified"]),
        ("Residents heard explosions across the city.", ["unverified"]),
        # (what a court heard is the evidence before it: on the record, one source)
        ("The court heard that the defendant had fled.", ["single-source"]),
        ("He was seen by a doctor on Monday.", []),
        # A tribute with no words is an act; with words it is said.
        ("Mourners paid tribute to the victims on Sunday.", []),
        ('The prime minister paid tribute to him as "a giant of our politics".', ["single-source"]),
    ],
)
def test_what_was_heard_and_tributes(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An outlet's own reporting is its claim; anyone else learning something says nothing.
        ("The Kelden Times has learned that the mayor will resign.", ["Kelden Times"]),
        ("Reuters understands that the bid will be rejected.", ["Reuters"]),
        ("Students have learned that the exam is cancelled.", []),
        # A publication's name ends with its word; a study in it is the journal's.
        ("The drug cut kidney failure by a third, according to a study in Nephrology Today.", ["Nephrology Today"]),
        ("USA Today reported that the bill would pass.", ["USA Today"]),
    ],
)
def test_an_outlets_own_reporting_and_its_name(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A claim named again and vouched for by a second, independent speaker.
        ("The ministry said 40 people had died, a figure the Red Cross confirmed.", ["corroborated"]),
        ("The ministry said 40 people had died, a figure that the Red Cross later confirmed.", ["corroborated"]),
        # … not one contested.
        ("The rebels said they had captured the town, a claim the army denied.", ["single-source"]),
    ],
)
def test_a_claim_named_again_and_confirmed(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_both_is_no_part_of_a_speakers_name(registry: Registry) -> None:
    found = claim("According to both the health ministry and the Red Cross, 40 people have died.", registry)
    assert found.sources[0].name == "the health ministry"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A person shows a bearing, not a finding; a record or a video shows what it found.
        ("Judge Maria Ellis said the defendant had shown no remorse.", ["Judge Maria Ellis"]),
        ("The defendant showed no emotion as the verdict was read.", []),
        ("The video shows soldiers firing on protesters.", ["The video"]),
    ],
)
def test_a_persons_bearing_is_no_finding(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fear with what is feared is a statement of its holder; a fear for someone is not.
        ("Officials fear the toll could rise.", ["unverified"]),
        ("The minister fears that the deal will collapse.", ["single-source"]),
        ("Residents fear for their lives.", []),
    ],
)
def test_a_fear_stated(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Commentary's idioms in the writer's voice.
        ("The stakes could hardly be higher.", ["opinion"]),
        ("That may be wishful thinking.", ["opinion"]),
        # … not a physical limit, nor a speaker's verdict.
        ("The patient could hardly breathe.", []),
        ("The mayor said the plan was wishful thinking.", ["single-source"]),
    ],
)
def test_commentarys_idioms(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A past, a motive, a battlefield loss, stated with no one cited.
        ("The gunman had a history of domestic violence.", ["unverified"]),
        ("The suspect had previously served time for robbery.", ["unverified"]),
        ("The attacker was motivated by hatred of immigrants.", ["unverified"]),
        ("The army has lost more than 5,000 tanks since the invasion began.", ["unverified"]),
        # … a career, a habit of winning, or a source's words are not.
        ("He served 20 years in the navy.", []),
        ("The team has a history of winning titles.", []),
        ("He served two years for fraud, police said.", ["single-source"]),
    ],
)
def test_a_past_a_motive_a_loss_stated_with_no_one_cited(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A disaster's usual epithets are incidental adjectives, no verdict.
        ("A devastating earthquake struck on Monday, killing dozens in a tragic night.", []),
        # … a verdict on a decision is one.
        ("The decision was a devastating blow, a tragic mistake.", ["opinion"]),
    ],
)
def test_a_disasters_epithets(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # People an outlet polled are unnamed people it cites: the outlet's word and theirs.
        ("Analysts polled by Reuters expect the bank to hold rates.", ["single-source", "unverified"]),
        ("Voters surveyed by Gallup said the economy was their main concern.", ["single-source", "unverified"]),
        # … researchers behind a named study are its authors, no second source.
        ("Scientists have found a new species, according to a study in The Lancet.", ["single-source"]),
    ],
)
def test_people_an_outlet_polled(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "If it should …" supposes; it recommends nothing.
        ("If it should continue at this rate, the cost would swallow the budget.", []),
        ("If they should lose, the coalition would collapse.", []),
        ("The council should scrap the plan.", ["opinion"]),
    ],
)
def test_a_supposition_is_no_recommendation(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Words of verdict in the writer's voice.
        "The claims are spurious and the timing is puzzling.",
        "It was an ill-conceived, half-baked plan.",
        "The response has been shambolic.",
    ],
)
def test_words_of_verdict(text: str, registry: Registry) -> None:
    assert labels(text, registry) == ["opinion"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A court's order and filings are documents that speak for themselves.
        ("Some of the men had no criminal record, according to court filings.", ["single-source"]),
        ("The order said the men could not be deported.", ["single-source"]),
        # … order kept or intended is no document.
        ("Police restored order after the clashes.", []),
        ("She resigned in order to protect the party.", []),
    ],
)
def test_court_orders_and_filings(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_a_family_speaks_as_one(registry: Registry) -> None:
    found = claim("According to his family, he had been driving home from work.", registry)
    assert found.labels == ["single-source"]
    assert [s.name for s in found.sources] == ["his family"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Results a body published are that body's.
        (
            "The president won 54 percent of the vote, according to preliminary results from the electoral commission.",
            ["the electoral commission"],
        ),
        # A common word opening the sentence is no commission's name; a company may bear one.
        ("Turnout was 68 percent, the commission said.", ["the commission"]),
        ("Apple will invest 500 billion dollars, the company announced.", ["Apple"]),
        # A name with a model number is the maker's product, not the body that speaks.
        (
            "An Embraer 190 flown by a regional carrier landed safely after one of its engines failed, the airline said.",
            ["the airline"],
        ),
    ],
)
def test_results_and_the_body_that_gave_them(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Harbor Foods and Keller Brands have agreed to merge, the two companies announced on Monday.",
        "Norway and Chile have agreed to share the fishing grounds, both governments said.",
    ],
)
def test_parties_named_as_the_subject_of_their_joint_statement(text: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["corroborated"]
    assert len(found.sources) == 2


def test_the_parties_of_a_joint_statement_must_be_named(registry: Registry) -> None:
    # Nobody named together: "the two companies" alone rest on nothing a reader can weigh twice.
    assert "corroborated" not in labels("The deal is worth 4 billion euros, the two companies announced.", registry)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A later sentence names the claim again and a second, independent speaker vouches for it.
        (
            "At least 42 people died in the flooding, the regional government said. The Red Cross confirmed the figure.",
            ["corroborated"],
        ),
        ("The BBC reported that the minister would resign. Reuters confirmed the report.", ["corroborated"]),
        # … not the same speaker again, nor new content confirmed, nor a claim denied.
        (
            "The Red Cross said 300 people had been infected. The Red Cross confirmed the figure again on Tuesday.",
            ["single-source"],
        ),
        ("Police said two men had been arrested. The Red Cross confirmed that 12 people had died.", ["single-source"]),
        ("The army said it had captured the town. The rebels denied the claim.", ["single-source"]),
    ],
)
def test_a_claim_confirmed_in_the_next_sentence(text: str, expected: list[str], registry: Registry) -> None:
    assert analyze(text, registry).claims[0].labels == expected


def test_a_document_qualified_by_its_makers_name(registry: Registry) -> None:
    analysis = analyze(
        "The Russian defence ministry said 40 soldiers had died. The Ukrainian army said it had retaken the "
        "village. The town was destroyed, according to the Russian statement.",
        registry,
    )
    ministry, _, destroyed = analysis.claims
    assert destroyed.sources == ministry.sources  # not the army that spoke last


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verdict after a pronoun's contracted verb, a verdict in a noun, a sentence opening on
        # the writer's comparison.
        ("It’s an impressive feat.", ["opinion"]),
        ("That's a pipe dream.", ["opinion"]),
        ("The housing plan is a missed opportunity.", ["opinion"]),
        ("Worse, the council has dropped its target for social housing.", ["opinion"]),
        ("More importantly, nobody asked the residents.", ["opinion"]),
        ("The move smacks of desperation.", ["opinion"]),
        ("The policy has been an unmitigated failure.", ["opinion"]),
        ("This was always going to end badly.", ["opinion"]),
        ("It's more than clear that the scheme is not working.", ["opinion"]),
        ("It is not clear whether the scheme works.", ["unverified"]),
        ("But it's nothing more than a tax cut for the rich.", ["opinion"]),
        ("And remember that the pandemic isn't over.", ["opinion"]),
        ("This anxiety speaks to two decades of neglect.", ["opinion"]),
        ("The minister spoke to reporters on Monday.", []),
        ("That spokesman speaks to reporters every day.", []),
        # … not distance, a possessive, or things getting worse.
        ("It's a long way from the capital.", []),
        ("The situation got worse, and the army withdrew.", []),
        ("The council's report on housing was published on Monday.", []),
    ],
)
def test_verdicts_in_commentary(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A definite description speaks with any verb of speech, as it does with "said".
        ("The rebels denied that troops had crossed the border.", ["The rebels"]),
        ("The rebels said that troops had crossed the border.", ["The rebels"]),
        # … but a finding's subject that is an event is the writer's framing, not a speaker.
        ("The episode underscores how fragile the peace really is.", []),
    ],
)
def test_a_description_speaking_with_any_verb(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


def test_an_outlet_referred_to_by_what_the_story_called_it(registry: Registry) -> None:
    analysis = analyze(
        "According to the newspaper De Telegraaf, the man had been at a bar. The newspaper said he had left alone.",
        registry,
    )
    assert [s.name for s in analysis.claims[1].sources] == ["De Telegraaf"]


def test_the_figures_named_inside_a_frame(registry: Registry) -> None:
    text = (
        "Waiting lists rose to 7.8 million, according to NHS England figures released on Thursday.\n\n"
        "The figures show that 380,000 patients had waited more than a year.\n"
    )
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == ["NHS England"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A public body's statement is that body on the record.
        ("The plan was approved, according to a government statement.", ["single-source"]),
        ("A police report said the driver had been drinking.", ["single-source"]),
        # … a document or a person nobody can place is not.
        ("The plan was approved, according to a company document.", ["unverified"]),
        ("A report said the driver had been drinking.", ["unverified"]),
        ("A government official said the plan was approved.", ["unverified"]),
    ],
)
def test_a_public_bodys_statement(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two names for one speaker, set off by commas, are one source, however many verbs.
        ("Her death was announced by her son, Luc, who said she had died in her sleep.", ["single-source"]),
        # A vague view, even with its holders: "regarded by critics as".
        ("The album is regarded by critics as a classic.", ["unverified"]),
        ("The album is regarded by many critics as a classic.", ["unverified"]),
        # The reporter's loaded framing.
        ("After months of bluster, the senator performed a humiliating climb-down.", ["opinion"]),
    ],
)
def test_appositions_vague_views_and_loaded_framing(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_a_view_held_by_a_named_body_is_not_vague(registry: Registry) -> None:
    assert "unverified" not in labels("The album is regarded by the BBC as a classic.", registry)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quarrel is no argument made.
        ("The two men had argued over money before the shooting.", []),
        ("The couple argued with neighbours about the noise.", []),
        # … an argument made is its maker's.
        ("Prosecutors argued the defendant had planned the attack for months.", ["single-source"]),
        ("The lawyers argued for a lighter sentence.", ["single-source"]),
    ],
)
def test_a_quarrel_and_an_argument(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The outlet a sentence opens on carries what the unnamed speaker says.
        ("Speaking to the BBC, a resident said the water was rising.", ["single-source", "unverified"]),
        ("Speaking to Reuters, two officials said the talks had stalled.", ["single-source", "unverified"]),
        # … an audience is no outlet.
        ("Speaking to reporters, a resident said the water was rising.", ["unverified"]),
    ],
)
def test_an_outlet_opening_the_sentence_carries_the_words(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_a_mention_closes_no_parenthesis_it_did_not_open(registry: Registry) -> None:
    found = claim("At least 61 migrants drowned, the International Organization for Migration (IOM) said.", registry)
    assert [(s.name, s.mention) for s in found.sources] == [
        ("the International Organization for Migration", "the International Organization for Migration")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The writer's framing before a speaker whose clause follows the verb: both labels.
        ("In a cynical move, the minister announced that the hospital would close.", ["single-source", "opinion"]),
        # … but words before an inverted speaker are the speaker's.
        ("The real problem is who pays, the mayor said.", ["single-source"]),
    ],
)
def test_framing_before_a_speaker_and_its_clause(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A product recall is no memory told.
        ("Baby food recalled over lead contamination fears", []),
        # … a memory with what was remembered is the speaker's.
        ("Anna Berg recalled that the room went silent.", ["single-source"]),
        ("The room went silent, Anna Berg recalled.", ["single-source"]),
    ],
)
def test_a_recall_and_a_memory(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A common word opening the sentence is no maker of the footage: the footage is what is shown.
        ("Television footage showed firefighters spraying water on the wreckage.", ["Television footage"]),
        ("Footage on local television showed firefighters at work.", ["Footage on local television"]),
        # … a name is.
        ("CCTV footage showed the men entering the building.", ["CCTV"]),
        ("Eurostat figures showed prices rising.", ["Eurostat"]),
    ],
)
def test_footage_and_its_maker(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A refusal told claims nothing, as "declined to comment" does not.
        ("The ministry said it would not comment on the report.", []),
        ("The minister told reporters she would not comment.", []),
        ('Ana Ruiz said she "won\'t give any comments at this time".', []),
        # … what someone else did not do is a claim.
        ("Police said the suspect did not respond to questions.", ["single-source"]),
    ],
)
def test_a_refusal_told(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Co-defendants denying together confirm nothing for each other.
        ("Miller and Smith both denied the charges.", ["single-source"]),
        # … parties to an agreement announcing it do.
        ("Hamas and Israel both said the ceasefire would hold.", ["corroborated"]),
    ],
)
def test_denials_together_are_no_corroboration(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A second speaker saying the same thing corroborates it …
        ("The Kremlin said the talks had failed, and the US State Department said the same.", ["corroborated"]),
        # … saying something the same day does not.
        (
            "The Kremlin said the talks had failed, and the US State Department said the same day that "
            "sanctions would follow.",
            ["single-source"],
        ),
    ],
)
def test_saying_the_same(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One public body of two places is one source.
        ("Her family has been informed, Avon and Somerset Police said.", ["single-source"]),
        # … two companies are two.
        ("Tesco and Salling Group said the deal would close in June.", ["corroborated"]),
        # A decision is no claim disputed: the union's members voted, the union said so.
        ("The union said its members had rejected an offer of a 5 percent rise.", ["single-source"]),
        ("The ministry rejected claims that troops had crossed the border.", ["single-source"]),
    ],
)
def test_one_body_of_two_places_and_a_rejected_offer(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capitalised modifier does not name a group of people nobody names.
        ("The species died out after European settlers blamed it for killing sheep.", ["European settlers"]),
        ("German carmakers warned that tariffs would hurt sales.", ["German carmakers"]),
        # … nor the maker of data.
        ("Eurostat figures showed prices rising.", ["Eurostat"]),
    ],
)
def test_a_group_with_a_capitalised_modifier(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place's size is background, not a toll.
        ("In Sant'Agata, a village of about 2,000 people, almost every house was flooded.", []),
        ("The town had a population of about 60,000 before the war.", []),
        # … the toll in the same sentence is not.
        ("The quake struck a town of 5,000 people, killing 40 people.", ["unverified"]),
        # An idiom is no count.
        ("In a flooded village, residents count the cost", []),
        ("Residents counted 14 bodies in the street.", ["unverified"]),
    ],
)
def test_a_places_size_and_counting_the_cost(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name's lowercase particle is part of it.
        ('Manager Erik ten Hag called the injury "a big blow".', ["Manager Erik ten Hag"]),
        # … hyphenated to the surname too.
        ("President Karim al-Rashid said the border would reopen.", ["President Karim al-Rashid"]),
        ("Its leader, Omar el-Haddad, said the talks had failed.", ["Omar el-Haddad"]),
        # … and it may open the name where the first name is left out.
        ('After the vote, van Dijk tweeted, "We will appeal."', ["van Dijk"]),
        # Hard negative: a word that only joins a name's words opens none.
        ("Critics of Congress said the bill was dead.", ["Critics of Congress"]),
    ],
)
def test_a_names_lowercase_particle(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


def test_an_agentless_forecast_is_vague(registry: Registry) -> None:
    assert labels("China's economy is forecast to grow by 3.2 percent this year.", registry) == ["unverified"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A forecaster's view is its claim.
        ("The fund now sees the euro area growing by just 0.5 percent next year.", ["single-source"]),
        # … seeing a thing is no forecast.
        ("The fund saw its offices flooded in the storm.", []),
    ],
)
def test_a_forecasters_view(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_a_qa_with_q_and_a_labels_answers_as_the_person_introduced(registry: Registry) -> None:
    text = (
        "Maria Lopes, 52, has worked as a nurse at Lisbon's Santa Maria hospital for 25 years. "
        "She spoke to us about the first weeks of the pandemic.\n\n"
        "**Q: What do you remember?**\n\nA: Fear, mostly. We had no masks.\n\n"
        "**Q: Did the management warn staff?**\n\nA: No. I think they did not know themselves.\n"
    )
    claims = analyze(text, registry).claims
    assert claims[1].labels == []  # the newsroom spoken to is not the writer's opinion
    answers = [c for c in claims if c.sources]
    assert answers and {s.name for c in answers for s in c.sources} == {"Maria Lopes"}  # not "Lisbon's Santa Maria"
    assert [s.name for s in answers[-1].sources] == ["Maria Lopes"]  # "I think" is hers, not "Did"'s


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The outlet an unnamed person told, named before, carries the words.
        (
            "ABC News reported that residents had ignored the orders. A farmer told the broadcaster that he "
            "had lost 200 sheep.",
            ["single-source", "unverified"],
        ),
        # … with no "that" before what was told.
        (
            "According to the newspaper El Diario, the bridge fell. Residents told the newspaper they had no water.",
            ["single-source", "unverified"],
        ),
        # … an outlet nobody named before is no source.
        ("Two sources told the newspaper that the raid was planned for weeks.", ["unverified"]),
        # A forecaster's forecast is its claim.
        ("The Bureau of Meteorology forecast that temperatures would fall on Sunday.", ["single-source"]),
        ("IMF cuts global growth forecast", []),
    ],
)
def test_the_outlet_told_and_a_forecast(text: str, expected: list[str], registry: Registry) -> None:
    assert analyze(text, registry).claims[-1].labels == expected


def test_pictures_posted_by_someone_are_theirs(registry: Registry) -> None:
    found = claim("Footage posted online by the army showed the bridge had collapsed.", registry)
    assert found.labels == ["single-source"]
    assert [s.name for s in found.sources] == ["the army"]  # the army's footage, not "Footage" besides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A document set off with its maker speaks for the maker.
        ("The report, by the transport inspector general, said the agency knew.", ["the transport inspector general"]),
        (
            "The study, led by Anna Berg of Stockholm University, found that sleep matters.",
            ["Anna Berg of Stockholm University"],
        ),
        # … who saw it is no maker (an outlet that obtained it still carries it).
        ("The report, seen by Reuters, said the plant would close.", ["Reuters"]),
    ],
)
def test_a_document_and_its_maker_in_apposition(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


def test_an_unnamed_document_named_in_the_next_sentence(registry: Registry) -> None:
    analysis = analyze(
        "Controllers were overworked, according to a report released on Thursday. The report, by the "
        "transport inspector general, said the agency had known since 2019.",
        registry,
    )
    lead, named = analysis.claims
    assert lead.labels == ["single-source"]  # one document, named a sentence later
    assert lead.sources == named.sources


def test_a_reports_detail_is_its_words_hedges_and_all(registry: Registry) -> None:
    analysis = analyze(
        "The bank's forecasts show growth of 1.2% next year. Unemployment is projected to rise slightly, to 4.3%.",
        registry,
    )
    assert analysis.claims[1].labels == ["single-source"]  # the bank's projection, not an agentless hedge
    # … also when "the bank" refers back to a body that spoke before.
    referred = analyze(
        "The Bank of Norland kept its rate at 4.5%, saying inflation was falling.\n\nThe bank's forecasts "
        "show growth of 1.2% next year. Unemployment is projected to rise slightly, to 4.3%.\n",
        registry,
    )
    assert referred.claims[2].labels == ["single-source"]


def test_the_newsrooms_own_check_is_no_detail_of_the_report(registry: Registry) -> None:
    analysis = analyze(
        "Veltron is in talks to buy Quasar, The Wall Street Journal reported, citing people familiar with the "
        "matter. A deal could come next week, the newspaper said. Reuters could not immediately verify the report.",
        registry,
    )
    check = analysis.claims[-1]
    assert check.labels == ["unverified"]  # the check itself, in the article's voice
    assert not check.sources  # not the Journal's words


@pytest.mark.parametrize(
    "text",
    [
        # The document a subject put up somewhere says what its participle says, for the subject.
        "The group posted a message on its website on the dark web saying it had stolen patient data.",
        "The ministry issued a statement on its website denying that troops had crossed the border.",
    ],
)
def test_a_document_put_up_somewhere_speaks_for_who_put_it_up(text: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["single-source"]
    assert [s.name for s in found.sources] in (["The group"], ["The ministry"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" or "she" is no journal or broadcaster the text named as one, nor a report's detail.
        ("The study was published in the journal Nature. He said he would not resign.", []),
        ("The broadcaster NOS reported the fire. She said it was huge.", []),
        # … a person named before still is.
        ("Anna Berg spoke to the broadcaster NOS. She said the fire was huge.", ["Anna Berg"]),
    ],
)
def test_she_is_no_outlet(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == expected


def test_the_person_in_apposition_not_the_owner_of_the_office(registry: Registry) -> None:
    found = claim('Deutsche Bahn\'s head of human resources, Martin Seiler, called the deal "a compromise".', registry)
    assert [s.name for s in found.sources] == ["Martin Seiler"]


def test_both_sides_named_together_in_the_sentence_before(registry: Registry) -> None:
    analysis = analyze(
        "The strike was called off after the GDL union and Deutsche Bahn reached an agreement. "
        "Both sides confirmed the deal in separate statements.",
        registry,
    )
    confirmed = analysis.claims[-1]
    assert confirmed.labels == ["corroborated"]
    assert [s.name for s in confirmed.sources] == ["the GDL union", "Deutsche Bahn"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verdict credited to people nobody names is theirs: unverified, not the writer's opinion.
        ("Her album is widely considered one of the finest jazz records of the decade.", ["unverified"]),
        ("He is widely regarded as one of the greatest drummers of all time.", ["unverified"]),
        # … the writer's own verdict before it stays the writer's.
        ("It was a terrible decision, and it is widely seen as a mistake.", ["unverified", "opinion"]),
    ],
)
def test_a_verdict_credited_to_the_unnamed_many(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "such a" intensifying a verdict is the writer's; pointing back at a plan it is not.
        ("It was such a waste.", ["opinion"]),
        ("Such a move would require a vote in parliament.", []),
        ("No country has tried such a plan before.", []),
    ],
)
def test_such_a_verdict_and_such_a_plan(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Counts, spans of time and measures are no evaluation.
        ("The storm hit just a day after the most recent evacuation order.", []),
        ("Only a few residents stayed behind, in the most remote villages.", []),
        ("The company is the most valuable in Europe, worth just over 500 billion dollars.", []),
        # … words of verdict still are.
        ("It is merely a gimmick.", ["opinion"]),
        ("This is the most shameful episode in the party's history.", ["opinion"]),
    ],
)
def test_counts_times_and_measures_are_no_evaluation(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A stance adverb modifying the word after it is no stance.
        ("Clearly marked exits were blocked.", []),
        ("Clearly, the government has failed.", ["opinion"]),
    ],
)
def test_a_stance_adverb_and_an_adverb_of_a_word(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Engineers have long warned that the old dam is unsafe.", ["unverified"]),
        ("The governor has always said that the old dam is safe.", ["single-source"]),
    ],
)
def test_an_adverb_of_time_between_speaker_and_verb(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_a_coordinated_verb_speaks_for_the_subject_of_its_own_clause(registry: Registry) -> None:
    found = claim(
        "The mayor kept her seat, the returning officer said, but her rivals refused to concede and accused "
        "the council of losing ballots.",
        registry,
    )
    assert [s.mention for s in found.sources] == ["the returning officer", "her rivals"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor won the recount, but the rivals said the count was unfair.",
        "The leading candidate said the count was unfair.",
        "The count was unfair, the elected council said.",
    ],
)
def test_a_description_after_a_conjunction_or_with_a_participle_speaks(text: str, registry: Registry) -> None:
    assert labels(text, registry) == ["single-source"]


def test_a_participle_and_its_place_is_no_finding(registry: Registry) -> None:
    found = claim("Tracks found near the lake suggest that wolves came back.", registry)
    assert found.labels == ["unverified"] and found.sources == []


def test_an_answer_that_reports_others_is_still_the_answerers(registry: Registry) -> None:
    body = (
        "Our reporter spoke with the councillor Mara Lind.\n\n"
        "**Q:** Can the city afford the tram?\n\n"
        "**Lind:** It can.\n\n"
        "**Q:** Your rivals say the city cannot afford it.\n\n"
        "**Lind:** They said the same about the bridge, and it came in under budget.\n"
    )
    last = analyze(body, registry).claims[-1]
    assert "Lind" in [s.name for s in last.sources]
    assert "Your" not in [s.name for s in last.sources]  # a determiner after a label is no name
    assert "single-source" in last.labels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The theory was refuted by some historians.", ["unverified"]),
        ("The figure was contradicted by the finance ministry.", ["single-source"]),
        ("The strikes appear designed to cut the city off.", ["unverified"]),
    ],
)
def test_a_passive_speech_act_and_an_apparent_purpose(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The port authority and Reuters said the tanker had left without clearance.",
        "Both the regional government and Radio Maendeleo said the tanker had left without clearance.",
    ],
)
def test_a_described_body_and_a_name_said_it_together(text: str, registry: Registry) -> None:
    assert labels(text, registry) == ["corroborated"]


def test_a_title_joined_by_and_is_still_one_person(registry: Registry) -> None:
    found = claim("The county's Fire and Rescue Commissioner Ann Hale said the blaze was out.", registry)
    assert found.labels == ["single-source"]


def test_it_after_a_body_described_with_nobody_speaking_before(registry: Registry) -> None:
    claims = analyze("The central bank cut its rate to 2%. It said inflation had eased.", registry).claims
    assert [c.labels for c in claims] == [[], ["single-source"]]
    assert claims[1].sources[0].name == "The central bank"


def test_the_writers_hedge_before_a_speakers_words_still_counts(registry: Registry) -> None:
    found = claim(
        "The rate rise had been widely expected after the union, Unite, announced that its members had won a 5% pay rise.",
        registry,
    )
    assert found.labels == ["single-source", "unverified"]
    assert "widely expected" in {r.cue for r in found.reasons}


def test_a_source_s_own_hedge_stays_its_claim(registry: Registry) -> None:
    assert labels("The ministry said the spill was widely expected to spread.", registry) == ["single-source"]


def test_it_after_a_document_described_with_its_maker(registry: Registry) -> None:
    claims = analyze(
        "The new survey, by economists at Lund University and published in the journal Economica, used tax records. "
        "It found that rents had doubled.",
        registry,
    ).claims
    assert claims[1].labels == ["single-source"]
    assert claims[1].sources[0].name == "The new survey"


def test_he_after_a_person_with_a_bodys_word_in_his_title(registry: Registry) -> None:
    claims = analyze(
        "The attacker, a 30-year-old man from Graz, had no licence, police chief Karl Brenner told reporters. "
        "He said the motive was unclear.",
        registry,
    ).claims
    assert [s.name for s in claims[1].sources] == ["Karl Brenner"]
    assert claims[1].labels == ["single-source"]


def test_a_denial_in_a_relative_clause_leaves_the_writers_hedge(registry: Registry) -> None:
    found = claim(
        "The militia is believed to buy drones from abroad, which the neighbouring government denies.", registry
    )
    assert found.labels == ["single-source", "unverified"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prosecutors have charged 13 people over the collapse.", []),
        ("The court sentenced four officers to prison.", []),
        ("The blast killed 13 people.", ["unverified"]),
    ],
)
def test_the_figure_of_an_official_act_is_public_record(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Several speakers addressed the crowd from the steps of the town hall.", []),
        ("The tracker showed more than 12,000 reports of problems, the company said.", ["single-source"]),
        ("There were reports of gunfire near the port.", ["unverified"]),
    ],
)
def test_a_vague_count_and_a_counted_report_are_no_claims_of_their_own(
    text: str, expected: list[str], registry: Registry
) -> None:
    assert labels(text, registry) == expected


def test_a_first_name_given_for_anonymity_stays_anonymous(registry: Registry) -> None:
    claims = analyze(
        'One marcher, a teacher who asked to be identified only as Ruth, said she had come by bus. "It was cold," she said.',
        registry,
    ).claims
    assert claims[1].labels == ["unverified"]
    assert [s.kind for s in claims[1].sources] == ["anonymous"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If the city wants more nurses, housing is the obvious place to start.", ["opinion"]),
        ("The regulator has been far too willing to trust the banks.", ["opinion"]),
        ("The river was too high to cross on Monday.", []),
        ("The old bridge was too weak to carry lorries.", []),
    ],
)
def test_an_obvious_choice_and_an_excessive_attitude_are_the_writers(
    text: str, expected: list[str], registry: Registry
) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The result was a shock to many observers, who had predicted a narrow win.", ["unverified"]),
        ("In many towns the water supply was cut for a week.", []),
    ],
)
def test_a_crowd_of_unnamed_observers_after_a_preposition(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ship was carrying grain, according to its Danish owner, Nordhavn Shipping.", ["Nordhavn Shipping"]),
        ("According to the ministry, Reuters said the ship was carrying grain.", ["the ministry", "Reuters"]),
    ],
)
def test_a_description_given_its_name_after_a_comma(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The figures could not be immediately verified.", ["unverified"]),
        ("The donor pig was edited to remove genes that could trigger rejection.", ["unverified"]),
        ("The tariffs could trigger a trade war.", ["opinion"]),
    ],
)
def test_a_late_check_and_what_a_thing_can_do(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_another_source_also_reporting_the_event_corroborates_it(registry: Registry) -> None:
    claims = analyze(
        "Gunmen seized a cargo ship off Somalia on Monday, the EU naval force said. "
        "The monitoring firm Seawatch also reported the seizure.",
        registry,
    ).claims
    assert claims[0].labels == ["corroborated"]


def test_also_reporting_a_new_detail_corroborates_nothing(registry: Registry) -> None:
    claims = analyze(
        "Two soldiers were hurt in the raid, the army said. The ministry also reported the deaths of two civilians.",
        registry,
    ).claims
    assert claims[0].labels == ["single-source"]


def test_who_is_among_a_group_describes_it_and_the_group_speaks(registry: Registry) -> None:
    found = claim(
        "Independent auditors who checked the ballots, including a team from the Lund Institute, said they were genuine.",
        registry,
    )
    assert found.labels == ["unverified"]
    assert [s.name for s in found.sources] == ["Independent auditors"]


def test_a_maker_ends_before_a_preposition_and_a_count(registry: Registry) -> None:
    found = claim("Forms gathered by the union from more than 300 branches show that pay fell.", registry)
    assert [s.name for s in found.sources] == ["the union"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The free-travel zone now covers more than 400 million people.", []),
        ("The landslide buried 300 homes.", ["unverified"]),
    ],
)
def test_an_areas_size_is_background(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The results, published in the journal Cell, suggest the virus is older than thought.", ["Cell"]),
        ('A statement from the palace read: "The Queen is resting."', ["the palace"]),
    ],
)
def test_where_a_document_came_out_and_a_palace_on_the_record(
    text: str, expected: list[str], registry: Registry
) -> None:
    assert [s.name for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There are fears that the toll from the landslide could rise.", ["unverified"]),
        ("There were queues at the border on Monday.", []),
    ],
)
def test_fears_nobody_is_said_to_hold(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_the_group_is_the_body_that_spoke_just_before(registry: Registry) -> None:
    claims = analyze(
        "The Kivu Monitoring group said 30 villagers were killed. The ADF denied attacking civilians. "
        "In a statement, the group said its fighters had only targeted soldiers.",
        registry,
    ).claims
    assert [s.name for s in claims[2].sources] == ["ADF"]


def test_the_group_is_not_a_company_that_spoke_paragraphs_before(registry: Registry) -> None:
    claims = analyze(
        "Veltra said it would appeal. A company spokesperson said no data had leaked.\n\n"
        "The complaint was filed by Privacy First, a Dutch campaign group. The group said the fine was fair.",
        registry,
    ).claims
    assert all(s.name not in ("Veltra", "A company spokesperson") for s in claims[-1].sources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government forces captured the town of Marwa on Sunday.", ["unverified"]),
        ("The rebels destroyed four tanks near the river.", ["unverified"]),
        ("Government forces captured the town of Marwa on Sunday, the army said.", ["single-source"]),
        ("A traffic camera captured the moment of the crash.", []),
    ],
)
def test_a_battlefield_claim_with_no_source(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attacker had been radicalised in prison.", ["unverified"]),
        ("The carmaker knew about the faulty brakes for years.", ["unverified"]),
        ("The carmaker knew about the faulty brakes for years, the lawsuit alleges.", ["single-source"]),
        # A motive: the act paid back another, which someone must say.
        ("The depot was burned in retaliation for the arrests.", ["unverified"]),
        ("Rebels shelled the port in revenge for the raid.", ["unverified"]),
        ("The depot was burned in retaliation for the arrests, the army said.", ["single-source"]),
        # Hard negative: a vote to retaliate is the public act itself.
        ("The council voted to retaliate against the levy.", []),
    ],
)
def test_a_hidden_mind_or_hidden_knowledge_with_no_source(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Reuters said the talks had failed.\n\nAccording to its website, Veltra Motors employs 300 people.",
        "Reuters said the talks had failed.\n\nVeltra Motors paid its chief executive $2 million, according to its annual report.",
    ],
)
def test_its_document_belongs_to_the_body_the_sentence_is_about(text: str, registry: Registry) -> None:
    assert [s.name for s in analyze(text, registry).claims[-1].sources] == ["Veltra Motors"]


def test_a_document_nobody_named_is_not_the_last_speakers(registry: Registry) -> None:
    claims = analyze(
        "The ministry said the talks had failed.\n\nAccording to the indictment, Hale paid the bribes in cash.",
        registry,
    ).claims
    assert [s.name for s in claims[-1].sources] == ["the indictment"]


@pytest.mark.parametrize(
    "text",
    [
        "The driver fled on foot, according to police and witnesses.",
        "Police and witnesses said the driver fled on foot.",
    ],
)
def test_a_body_on_the_record_and_people_nobody_names_together(text: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["single-source", "unverified"]
    assert [s.kind for s in found.sources] == ["unknown", "anonymous"]


def test_a_body_and_data_together_credit_the_body(registry: Registry) -> None:
    found = claim("The plane was carrying 200 passengers, according to the airline and flight-tracking data.", registry)
    assert found.labels == ["single-source"]
    assert [s.name for s in found.sources] == ["the airline"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry turned down the offer, a decision that has drawn criticism.", ["unverified"]),
        ("The bill has drawn criticism from the Law Society.", ["single-source"]),
    ],
)
def test_a_reaction_nobody_is_said_to_have_had(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The literal sense of a commentary idiom is no opinion.
        ("The festival extends far beyond the old town.", []),
        ("The road was widened at the expense of the county council.", []),
        ("The curfew remains in effect until Sunday.", []),
        ("The documentary explores conspiracy theories about the moon landing.", []),
        ("It is easy to see the lake from the summit.", []),
        # The idiom itself still is.
        ("Its impact goes far beyond the city.", ["opinion"]),
        ("The cuts came at the expense of patient safety.", ["opinion"]),
        ("It is hard to see how the plan can work.", ["opinion"]),
    ],
)
def test_a_commentary_idiom_and_its_literal_sense(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge will close for a month, which means drivers must take a detour.", []),
        ("Two vaccines are being tested in clinical trials.", []),
        ("No one knows how many people were on board the ferry.", ["unverified"]),
        ("The cause of the outbreak remains largely unknown.", ["unverified"]),
        ("The warnings were ignored by the crew, investigators found.", ["unverified"]),
        ("This means the plan will fail.", ["opinion"]),
        ("The government must act now.", ["opinion"]),
        # an adverb between the modal and the verb changes nothing, either way
        ("The government must now act to protect renters.", ["opinion"]),
        ("Every claim must also be submitted by March.", []),
    ],
)
def test_rules_trials_and_what_nobody_knows_are_no_opinion(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Her neighbour, who did not want to be named, said the warnings came too late.",
        "A teacher who asked to remain anonymous said the school had closed.",
    ],
)
def test_more_ways_of_withholding_a_name(text: str, registry: Registry) -> None:
    assert labels(text, registry) == ["unverified"]


@pytest.mark.parametrize(
    "text",
    [
        'Hale, whom police described as "a person of interest", has not been charged.',
        "The man, who police said was armed, was arrested near the station.",
    ],
)
def test_a_relative_clause_with_a_subject_of_its_own_credits_that_subject(text: str, registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == ["police"]


def test_a_speaker_inside_a_relative_clause_leaves_the_rest_to_the_writer(registry: Registry) -> None:
    found = claim("The pill, which the maker says is safe, has been linked to liver damage.", registry)
    assert found.labels == ["single-source", "unverified"]
    assert "has been linked to" in {r.cue for r in found.reasons}


def test_the_ministry_after_a_ministry_the_registry_files_as_military(registry: Registry) -> None:
    claims = analyze(
        "Russia's defence ministry said 12 drones were downed. The ministry added that two fell near Moscow.",
        registry,
    ).claims
    assert claims[1].sources[0].name == claims[0].sources[0].name


def test_the_embassy_is_not_the_kremlin(registry: Registry) -> None:
    claims = analyze(
        'Kremlin spokesman Dmitry Peskov called the claims "absurd".\n\nThe embassy said it was monitoring the situation.',
        registry,
    ).claims
    assert [s.name for s in claims[1].sources] == ["The embassy"]


def test_an_outlets_relay_by_reference_back(registry: Registry) -> None:
    claims = analyze(
        "Xinhua reported that the storm had made landfall. The agency quoted a local official as saying 12 people were missing.",
        registry,
    ).claims
    assert claims[1].labels == ["single-source", "unverified"]
    assert "Xinhua" in [s.name for s in claims[1].sources]


def test_the_airline_is_no_news_outlet(registry: Registry) -> None:
    claims = analyze(
        "Xinhua reported that the storm had made landfall.\n\nThe airline cancelled flights, citing the weather.",
        registry,
    ).claims
    assert "Xinhua" not in [s.name for s in claims[1].sources]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exit polls by the broadcaster NOS showed the liberals in first place.", ["NOS"]),
        ("Surveys by the Lund Institute show that trust has fallen.", ["Lund Institute"]),  # once
    ],
)
def test_polls_and_surveys_speak_for_who_made_them(text: str, expected: list[str], registry: Registry) -> None:
    assert [s.name.removeprefix("the ") for s in claim(text, registry).sources] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Experts not involved in the study said the findings were plausible.",
        "Engineers based in the capital said the bridge was safe.",
    ],
)
def test_people_a_past_participle_describes_speak(text: str, registry: Registry) -> None:
    assert labels(text, registry) == ["unverified"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The climber died in an apparent fall.", ["unverified"]),
        ("A trial over alleged fraud opened in Lyon on Monday.", []),
        ("It emerged on Monday that the minister had resigned.", ["unverified"]),
    ],
)
def test_an_apparent_cause_and_a_fact_that_emerged(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_without_citing_sources_cites_nobody(registry: Registry) -> None:
    found = claim("The Herald reported, without citing sources, that the mayor would resign.", registry)
    assert found.labels == ["single-source"]
    assert [s.name for s in found.sources] == ["Herald"]


def test_the_company_is_no_other_body_described_in_common_words(registry: Registry) -> None:
    claims = analyze(
        "The army said 20 fighters were killed, while the rebels said they had lost two.\n\n"
        "The company said the outage lasted an hour.",
        registry,
    ).claims
    assert "the rebels" not in [s.name for s in claims[-1].sources]


def test_a_four_letter_title_abbreviation_does_not_end_the_source(registry: Registry) -> None:
    found = claim('According to Prof. Ann Lund of Uppsala University, the results are "promising".', registry)
    assert [s.name for s in found.sources] == ["Prof. Ann Lund of Uppsala University"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2011, a flood in the same valley killed more than 300 people.", []),
        ("In May 1998, a ferry sank off the coast, killing 80 passengers.", []),
        ("In the valley, a flood killed more than 300 people.", ["unverified"]),
        # A year in the toll's own clause dates the event, however it is written …
        ("An earlier epidemic in the province from 2009 to 2011 killed nearly 900 people.", []),
        ("The 2011 flood in the same valley killed more than 300 people.", []),
        # … but not a toll counted from a year on, nor one in another clause than the year.
        ("Since 2020 the fever has killed 2,300 people in the province.", ["unverified"]),
        ("Sales of the drug fell in 2018 after two patients died from a faulty batch.", ["unverified"]),
    ],
)
def test_a_toll_in_a_sentence_set_in_a_past_year_is_background(
    text: str, expected: list[str], registry: Registry
) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The database does not list any ships of that class.", ["single-source"]),
        ("The minister did not say whether he would resign.", []),
    ],
)
def test_a_document_saying_what_it_does_not_hold_and_a_speaker_saying_nothing(
    text: str, expected: list[str], registry: Registry
) -> None:
    assert labels(text, registry) == expected


def test_every_name_of_a_list_speaks(registry: Registry) -> None:
    found = claim("Amnesty International, Oxfam and the Red Cross said the trial was unfair.", registry)
    assert [s.name for s in found.sources] == ["Amnesty International", "Oxfam", "Red Cross"]
    assert found.labels == ["corroborated"]


def test_examples_of_a_group_announcing_their_own_plans_corroborate_nothing(registry: Registry) -> None:
    found = claim("Big carmakers including Volvo, Skoda, Fiat, and Seat have announced plans to cut jobs.", registry)
    assert found.labels == ["single-source"]


def test_someone_and_their_lawyer_are_one_side(registry: Registry) -> None:
    found = claim("Anna Berg and her lawyer said they would appeal the ruling.", registry)
    assert found.labels == ["single-source"]


@pytest.mark.parametrize(
    "text",
    [
        "Three of the judges said the law was void.",
        "Several of the passengers said the crew had not warned them.",
    ],
)
def test_a_count_of_unnamed_members_speaks_anonymously(text: str, registry: Registry) -> None:
    assert "unverified" in labels(text, registry)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scientists from Chile and Peru said the glacier was shrinking.", ["unverified"]),
        ("Researchers from the University of Tartu said the glacier was shrinking.", ["single-source"]),
    ],
)
def test_where_people_come_from_is_no_institution_without_a_bodys_word(
    text: str, expected: list[str], registry: Registry
) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fleetwatch, a database of airliners, states the airline flies the A320. It does not, however, list any 737s.",
        "The ministry, meanwhile, said the talks had stalled.",
    ],
)
def test_a_sentence_adverb_set_off_by_commas_stands_between_speaker_and_verb(text: str, registry: Registry) -> None:
    assert analyze(text, registry).claims[-1].labels == ["single-source"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The named outlet's own "it emerged": its claim, single-source only.
        ("It emerged that the mayor had sold the land, the Tribune reported.", ["single-source"]),
        ("Blasts were reported near the depot, according to Reuters.", ["single-source"]),
        # Reports nobody names stay unverified, with or without a named source after them.
        ("Blasts were reported near the depot.", ["unverified"]),
        ("According to unconfirmed reports, the general was killed.", ["unverified"]),
    ],
)
def test_a_vague_report_in_a_named_sources_words_is_that_sources_claim(
    text: str, expected: list[str], registry: Registry
) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An -ing form between a verb and its object's noun describes the noun: nobody speaks.
        ("The defendant had sent threatening messages to the judge.", []),
        ("The inspectors found revealing gaps in the records.", []),
        # A verb that goes on into the participle, or an auxiliary: the subject speaks.
        ("The union kept warning members that the plant would close.", ["single-source"]),
        ("The union was warning members that the plant would close.", ["single-source"]),
        # A continuous form speaks as the simple one does.
        ("The mayor is telling residents that the water is safe.", ["single-source"]),
        ("Officials are saying the bridge is unsafe.", ["unverified"]),
        ("The senator is calling for an inquiry into the contract.", ["single-source"]),
        # A passive still does not: the speaker is not the subject.
        ("The plan was announced on Monday.", []),
    ],
)
def test_an_ing_form_after_a_verb_describes_its_object_after_an_auxiliary_speaks(
    text: str, expected: list[str], registry: Registry
) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The toll of an event a year dates is background, like any record.
        ("It was the worst flood since 1998, when 40 people drowned in the valley.", []),
        # A toll with no date or source is still the writer's unsourced figure.
        ("At least 40 people drowned in the valley.", ["unverified"]),
    ],
)
def test_a_toll_dated_by_a_year_just_before_it_is_background(
    text: str, expected: list[str], registry: Registry
) -> None:
    assert labels(text, registry) == expected


def test_a_damning_verdict_of_the_writers_is_opinion(registry: Registry) -> None:
    assert labels("The closure is a damning verdict on a decade of cuts.", registry) == ["opinion"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Reports the story named before are no vague ones.
        ("Reuters reported the cuts on Monday.\n\nShares fell 3% after the reports.", []),
        ("Shares fell 3% amid reports of job cuts.", ["unverified"]),
    ],
)
def test_reports_referred_back_to_are_not_vague(text: str, expected: list[str], registry: Registry) -> None:
    assert analyze(text, registry).claims[-1].labels == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Commentary's verdicts, predictions and demands, in the writer's own voice.
        ("The new levy will do nothing for the families who need help most.", ["opinion"]),
        ("Without more staff, the waiting lists will only grow longer.", ["opinion"]),
        ("The scheme is a giveaway to landlords.", ["opinion"]),
        ("Patients deserve honesty about the trade-offs.", ["opinion"]),
        # The writer's own question, asked to be answered one way.
        ("Why should anyone trust the council now?", ["opinion"]),
        # A question someone else asked is theirs; a plain forecast is no verdict.
        ("Reporters asked why anyone should trust the council now.", []),
        ("The bridge will reopen in May.", []),
    ],
)
def test_commentarys_verdicts_predictions_and_questions(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize("text", ["Companies said the rules were unfair.", "Charities say the cuts will hurt."])
def test_a_plural_of_a_bodys_word_is_bodies_nobody_names(text: str, registry: Registry) -> None:
    assert labels(text, registry) == ["unverified"]


@pytest.mark.parametrize(
    "text",
    [
        "Did the minister say the plan was dead?",
        "Has the council responded to the petition?",
        "Q: Did the ministry confirm the figures?",
    ],
)
def test_a_question_opened_by_its_auxiliary_credits_nobody(text: str, registry: Registry) -> None:
    assert not any(c.sources for c in analyze(text, registry).claims)


def test_a_pronoun_after_an_interview_question_is_not_the_questions_subject(registry: Registry) -> None:
    text = (
        "Reporters spoke with Amara Okafor, a marine biologist in Lagos.\n\n"
        "**Q**: What is causing the bleaching?\n\n"
        "**Okafor**: Warmer water, without question.\n\n"
        "**Q**: Has the government responded?\n\n"
        "**Okafor**: Not really. They announced a task force last year, but it has never met."
    )
    last = analyze(text, registry).claims[-1]
    assert [s.name for s in last.sources] == ["Okafor"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A belief about a cause is its holder's claim.
        ("Investigators suspect the fire was started deliberately.", ["unverified"]),
        ("The coroner suspected that the man had been poisoned.", ["single-source"]),
        # The noun and the hedge are not beliefs anyone holds here.
        ("Police arrested a suspect the next day.", []),
        ("A suspected gas leak caused the blast.", ["unverified"]),
    ],
)
def test_who_suspects_holds_the_claim(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize("outlet", ["The Guardian", "The New York Times", "Meduza", "Bloomberg"])
def test_the_shipped_registrys_newspapers_report_what_they_have_learned(outlet: str, registry: Registry) -> None:
    found = claim(f"{outlet} understands that the minister offered to resign.", registry)
    assert found.labels == ["single-source"]
    assert found.sources[0].id is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An estimate nobody is said to have made, before its figure.
        ("The strike cost the airline an estimated $50 million.", ["unverified"]),
        # Someone's estimate is theirs.
        ("The strike cost the airline an estimated $50 million, the union said.", ["single-source"]),
    ],
)
def test_an_estimate_nobody_made(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_a_second_source_saying_the_same_a_sentence_later_corroborates(registry: Registry) -> None:
    first, second = analyze("The UN said the camp had been hit. The Red Cross said the same.", registry).claims
    assert first.labels == ["corroborated"]
    assert {s.name for s in first.sources} == {"United Nations", "Red Cross"}
    assert second.labels == ["single-source"]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # The thing the claim spoke of, named again as what is confirmed: the claim rests on both.
        ("The Globe and Mail later confirmed the merger.", ["corroborated"]),
        # Something the claim did not speak of is new content, not a confirmation of it.
        ("The Globe and Mail later confirmed the layoffs.", ["single-source"]),
        ("Reuters later confirmed the merger.", ["single-source"]),  # the same source again
    ],
)
def test_a_later_confirmation_of_the_thing_a_claim_spoke_of_corroborates(
    second: str, expected: list[str], registry: Registry
) -> None:
    first = analyze(f"Reuters reported in May that the two banks had agreed a merger. {second}", registry).claims[0]
    assert first.labels == expected


@pytest.mark.parametrize(
    "text",
    [
        "According to Reuters, which cited three diplomats, the talks collapsed on Friday.",
        "Reuters, which cited three diplomats, said the talks collapsed.",
    ],
)
def test_an_outlet_citing_unnamed_people_in_a_relative_clause(text: str, registry: Registry) -> None:
    assert labels(text, registry) == ["single-source", "unverified"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nobody has vouched for it: unverified, whoever shows it.
        ("The video, which has not been verified, shows soldiers beating a man.", ["single-source", "unverified"]),
        ("The footage has not been verified.", ["unverified"]),
        # Confirmed later after all.
        ("His death was not confirmed until Friday.", []),
    ],
)
def test_a_claim_nobody_has_verified(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_the_company_after_a_one_word_name_that_spoke_of_its_own_is_that_name(registry: Registry) -> None:
    first, second = analyze(
        "Veltra said its profits would fall by 40% this year. The company confirmed the figure in a filing.", registry
    ).claims
    # One speaker twice: no corroboration.
    assert first.labels == second.labels == ["single-source"]
    assert [s.name for s in second.sources] == ["Veltra"]
    # A person's name is no company's.
    *_, last = analyze("Kowalski said profits would fall. The company added that jobs would go.", registry).claims
    assert [s.name for s in last.sources] == ["The company"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name the neighbourhood gave, nobody named: unverified.
        ("The victim, named locally as Jan Kowalski, died at the scene.", ["unverified"]),
        # A question someone investigates names no speaker.
        ("The watchdog said it was investigating whether officers had responded too slowly.", ["single-source"]),
    ],
)
def test_a_local_naming_and_an_investigated_question(text: str, expected: list[str], registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == expected
    assert all(not s.name.lower().startswith("whether") for s in found.sources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "telling" with nobody told is the adjective; telling the truth or a joke tells nothing in particular.
        ("It is telling that nobody from the council came.", []),
        ("The candidate told a joke about the weather.", []),
        # Someone told something is.
        ("The mayor is telling residents that the water is safe.", ["single-source"]),
    ],
)
def test_telling_as_an_adjective_and_tales_told(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_telling_the_truth_is_no_statement_of_the_teller(registry: Registry) -> None:
    *_, last = analyze("Maria Berg was the only witness. She was telling the truth, her lawyer said.", registry).claims
    assert [s.name for s in last.sources] == ["her lawyer"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The publication itself is no second source.
        ("A protester told Wikinews the police had used tear gas.", ["unverified"]),
        ("Speaking to our reporter, a nurse said the ward was full.", ["unverified"]),
        # Another outlet is: it relays the unnamed speaker.
        ("A protester told the BBC the police had used tear gas.", ["single-source", "unverified"]),
    ],
)
def test_the_publication_a_speaker_told_is_no_source(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An -ing form after a preposition of time or means is the subject's own statement.
        ("The minister resigned after announcing that the plan had failed.", ["single-source"]),
        ("The surgeon was applauded upon announcing that the mayor was alive.", ["single-source"]),
        ("The company responded by saying it had done nothing wrong.", ["single-source"]),
        # Nothing said, or only a leave-taking.
        ("He left the room without saying a word.", []),
        ("The minister said goodbye to his staff on Friday.", []),
    ],
)
def test_a_statement_made_after_or_by_saying(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_a_story_someone_told_is_theirs(registry: Registry) -> None:
    *_, anecdote = analyze(
        "Anna Kowal ran the bakery for forty years. In a story she often told, she had baked for a king.", registry
    ).claims
    assert anecdote.labels == ["single-source"]
    assert [s.name for s in anecdote.sources] == ["Anna Kowal"]
    # A pronoun author before a speaker named after it is that speaker, no earlier person.
    *_, post = analyze("Anna Kowal ran the bakery. In a post he wrote, Jan Nowak said it had closed.", registry).claims
    assert [s.name for s in post.sources] == ["Jan Nowak"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A person told, described after the name: the listener, not an outlet that carried the words.
        ('"You are very rude," Marta Lind told Jonas Ek, a county councillor.', ["Marta Lind"]),
        ("The minister told Anna Berg, a local teacher, that the school would stay open.", ["The minister"]),
        # An outlet described as one is still the channel.
        ('"We will not leave," Marta Lind told Dagens Tidning, a regional daily.', ["Marta Lind", "Dagens Tidning"]),
        # A person by title, or listeners a name only tells apart, are told, not a channel.
        ("Marta Lind told Mr. Ek last week that the school would close.", ["Marta Lind"]),
        ("The minister told a Storting panel on Tuesday that the school would close.", ["The minister"]),
        ("The minister told Tromsø parents that the school would close.", ["The minister"]),
        # … but an outlet named whole still is.
        ("Marta Lind told Nordlys Avis on Monday that the school would close.", ["Marta Lind", "Nordlys Avis"]),
    ],
)
def test_the_person_a_speaker_told_is_a_listener_not_a_channel(
    text: str, credited: list[str], registry: Registry
) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


def test_a_pronoun_subject_goes_on_with_the_same_person(registry: Registry) -> None:
    # The sentence between is about "He" again: its other names (whom he may vote for) are not "he".
    *_, quote = analyze(
        "Tomas Berg, a retired welder, said the mill had to reopen. He came to the rally, though he may vote "
        'for Governor Ilse Brandt or Senator Piet Vos. "I want jobs back," he said.',
        registry,
    ).claims
    assert [s.name for s in quote.sources] == ["Tomas Berg"]


@pytest.mark.parametrize(
    "quote",
    [
        # A pronoun's contracted verb, a question word: no one's name, so no one "he" can be.
        "“I’ve known him for years,”",
        "“We're ready for it,”",
        "“How could I refuse?”",
    ],
)
def test_words_that_are_nobodys_name_are_not_he_or_she(quote: str, registry: Registry) -> None:
    text = f"{quote} the governor said, before adding that he was the better candidate."
    assert [s.name for s in claim(text, registry).sources] == ["the governor"]


def test_an_acronym_is_not_he_or_she(registry: Registry) -> None:
    *_, last = analyze(
        "Ana Ruiz ran the depot. CCTV recorded her car leaving at noon. She said the depot had been empty.", registry
    ).claims
    assert [s.name for s in last.sources] == ["Ana Ruiz"]


def test_two_apostrophes_quote_as_a_double_mark_does(registry: Registry) -> None:
    # Plain-text wire copy sets quotations in two apostrophes; the next paragraph's quotation is the speaker's.
    claims = analyze(
        "Marta Lind, the harbour master, said: ''We cannot wait any longer.\n\n"
        "''The pier will not survive another winter, and the town knows it.''",
        registry,
    ).claims
    assert [c.labels for c in claims] == [["single-source"], ["single-source"]]
    assert [s.name for s in claims[1].sources] == ["Marta Lind"]


def test_a_paragraph_of_quotation_alone_goes_on_with_the_last_speaker(registry: Registry) -> None:
    # A paragraph that is only a quotation, after a paragraph that ended on someone's quoted words.
    *_, last = analyze(
        "“We will not close the library,” said Mayor Ana Ruiz. “It is the heart of the town.”\n\n"
        "“The budget can carry it for another decade.”",
        registry,
    ).claims
    assert last.labels == ["single-source"]
    assert [s.name for s in last.sources] == ["Mayor Ana Ruiz"]


def test_a_quotation_paragraph_with_its_own_speaker_is_that_speakers(registry: Registry) -> None:
    claims = analyze(
        "“We will not close the library,” said Mayor Ana Ruiz.\n\n“Is that a promise?” Tom Weller asked.",
        registry,
    ).claims
    assert {s.name for c in claims[1:] for s in c.sources} <= {"Tom Weller"}


@pytest.mark.parametrize(
    "text",
    [
        "“Is that a promise?” Tom Weller asked.",
        "“Is that a promise?” asked Tom Weller.",
        "''Who pays for the bridge?'' asked Tom Weller, the council's treasurer.",
        "“Why wait?” Tom Weller asked the mayor.",
        "Tom Weller asked: “Who pays for the bridge?”",
    ],
)
def test_a_quoted_question_is_its_askers(text: str, registry: Registry) -> None:
    found = claim(text, registry)
    assert found.labels == ["single-source"]
    assert [s.name for s in found.sources] == ["Tom Weller"]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Weller asked the council to delay the vote.",  # a request, no words of his quoted
        "When asked, Tom Weller declined to comment.",
        "Tom Weller asked for help.",
    ],
)
def test_asking_without_a_quotation_credits_no_one(text: str, registry: Registry) -> None:
    assert "single-source" not in labels(text, registry)


def test_he_after_a_quotation_the_subject_introduced_is_the_subject(registry: Registry) -> None:
    *_, last = analyze(
        "Marta Lind praised the new cranes.\n\nTom Weller, who ran the port for a decade, sounded gloomy: "
        "“The quay is sinking,” he said.",
        registry,
    ).claims
    assert [s.name for s in last.sources] == ["Tom Weller"]
    # A quotation that says something of the subject is someone else's words about him.
    *_, last = analyze("Marta Lind praised the new cranes.\n\nTom Weller “ruined the port,” she said.", registry).claims
    assert [s.name for s in last.sources] == ["Marta Lind"]


def test_a_name_in_someones_quoted_words_is_no_he(registry: Registry) -> None:
    *_, last = analyze(
        "Tom Weller said he would sail to Bergen. “If Marta Lind becomes mayor, they will stop me,” he said.\n\n"
        "He said he planned to leave in May.",
        registry,
    ).claims
    assert [s.name for s in last.sources] == ["Tom Weller"]


@pytest.mark.parametrize("again", ["the official", "the second official", "the other official"])
def test_an_unnamed_official_described_again_stays_anonymous(again: str, registry: Registry) -> None:
    *_, last = analyze(
        f"“The talks are over,” a senior port official said.\n\n“Nobody will sign,” said {again}.", registry
    ).claims
    assert last.labels == ["unverified"]


def test_a_quotation_going_on_from_an_anonymous_relay_stays_unverified(registry: Registry) -> None:
    *_, last = analyze(
        "“The talks are over,” the Kelden Post reported, quoting an anonymous port official. "
        "“Nobody will sign before spring.”",
        registry,
    ).claims
    assert last.labels == ["single-source", "unverified"]


def test_a_pronoun_in_the_quotation_is_not_who_adds_to_it(registry: Registry) -> None:
    *_, found = analyze(
        "Omar Haddad spoke in the square. “If she wins the vote, the port closes,” Tom Weller said before adding: "
        "“Nobody wants that.”",
        registry,
    ).claims
    assert [s.name for s in found.sources] == ["Tom Weller"]


def test_a_body_named_with_the_is_no_he(registry: Registry) -> None:
    # "the White House", "the Islamic State": a name after "the" is a body or a place, not a person.
    *_, last = analyze(
        "“We will win,” Omar Haddad said.\n\nThe rally ended with a film about the White House.\n\n"
        "“It was a good night,” he said.",
        registry,
    ).claims
    assert [s.name for s in last.sources] == ["Omar Haddad"]
    # … nor a group or a country that spoke ("The Europeans", "the United States").
    *_, last = analyze(
        "Omar Haddad met the envoys. The Europeans derided the deal as toothless, but Haddad signed it. "
        "The accord could not wait, he said.",
        registry,
    ).claims
    assert [s.name for s in last.sources] == ["Haddad"]
    # … but a title before the name keeps the person: "the Rev. Al Sharpton".
    *_, last = analyze("The service was led by the Rev. Hal Dorsey.\n\n“We are here,” he said.", registry).claims
    assert [s.name for s in last.sources] == ["Rev. Hal Dorsey"]


@pytest.mark.parametrize(
    "text",
    [
        # The writer's "I" in a later paragraph is nobody quoted before.
        'Marta Lind said, "The pier is finished."\n\nTomas Berg.\n\nI think the pier touched everyone.',
        'Marta Lind said, "The pier is finished."\n\nI believe the council will find the money.',
    ],
)
def test_the_writers_i_is_not_the_last_speaker(text: str, registry: Registry) -> None:
    last = analyze(text, registry).claims[-1]
    assert last.labels == ["opinion"]
    assert last.sources == []


def test_a_first_lady_is_she_and_one_person_with_two_titles_is_one_source(registry: Registry) -> None:
    *_, quote = analyze(
        'The first lady spoke about her childhood. Later she said, "We were never poor in spirit."', registry
    ).claims
    assert [s.name for s in quote.sources] == ["The first lady"]
    # One determiner before two titles: one person, never two sources corroborating each other.
    both = claim("The former governor and current senator said the bridge was unsafe.", registry)
    assert both.labels == ["single-source"]
    # Two determiners: two people.
    assert claim("The mayor and the governor said the bridge was unsafe.", registry).labels == ["corroborated"]
    # A possessive opens a second person, who speaks only if a verb of speech says so.
    told = claim(
        "Retired detective and author Ola Dahl told Radio Nord the suspect had lived there since he was a "
        "young boy and his father saw a lead.",
        registry,
    )
    assert told.labels == ["single-source"]


@pytest.mark.parametrize("opener", ["Later she said", "Still she insisted", "Then she added"])
def test_an_adverb_before_a_pronoun_is_no_part_of_the_speaker(opener: str, registry: Registry) -> None:
    *_, quote = analyze(
        f'Anna Berg spoke about the harbour. {opener}, "We were never poor in spirit."', registry
    ).claims
    assert [s.name for s in quote.sources] == ["Anna Berg"]


@pytest.mark.parametrize(
    "between",
    [
        # A treaty, two countries, a name used as a modifier, a month: none is "she".
        "Critics want Canada out of the Pacific Fisheries Agreement.",
        "Canada and Mexico later signed the pact.",
        "The Liberal audience cheered.",
        "The hall was full by Feb. 3 last year.",
    ],
)
def test_names_that_are_not_one_person_are_not_she(between: str, registry: Registry) -> None:
    *_, quote = analyze(f'Lena Holm spoke in Ottawa on Monday. {between} "It has failed," she said.', registry).claims
    assert [s.name for s in quote.sources] == ["Lena Holm"]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Holm opened the meeting in Leeds. Asked whether she believed the vote was fair, Anna Berg said she did.",
        "Tomas Holm said the talks had failed. In what she called a last attempt, Anna Berg said they would resume.",
    ],
)
def test_a_pronoun_in_an_opening_clause_is_the_subject_named_after_it(text: str, registry: Registry) -> None:
    *_, last = analyze(text, registry).claims
    assert [s.name for s in last.sources] == ["Anna Berg"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A participle opening a sentence is no one's name; a name that is also a verb still is.
        ("Celebrated speeches of recent years have praised humility.", []),
        ("Drew said the team would win.", ["Drew"]),
        ("Drew Holm said the team would win.", ["Drew Holm"]),
    ],
)
def test_a_participle_opening_a_sentence_is_no_name(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Making something clear is saying it.
        ("The minister made it clear that the talks were over.", ["single-source"]),
        ("Council officials made clear on Monday they had no money for the pier.", ["unverified"]),
        # Being clear is not.
        ("It is not clear whether the pier will reopen.", ["unverified"]),
    ],
)
def test_making_it_clear_is_a_statement(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # What a published piece says is its publisher's.
        ("The Guardian published an article that said the pier would close.", ["The Guardian"]),
        ("The Kelden Herald recently ran a piece that noted the pier had been sold.", ["Kelden Herald"]),
        # A turn of phrase, a thing that goes on, words nobody is named as saying.
        ("That said, the pier may still close.", []),
        ("The council annexed the harbour, starting a feud between two towns that continues.", []),
        ("Voters were drawn to a message that characterizes the council as broken.", []),
    ],
)
def test_a_relative_clause_after_a_published_piece(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The writer telling the reader what not to do, and calling a belief a mistake.
        ("Don't be fooled by the council's promises.", ["opinion"]),
        ("Never forget who paid for the pier.", ["opinion"]),
        ("It is a common misconception that the pier pays for itself.", ["opinion"]),
        # Someone else's "don't", and a negation inside a clause.
        ('The harbour master said: "Don\'t panic."', ["single-source"]),
        ("Police said they do not believe the fire was deliberate.", ["single-source"]),
    ],
)
def test_the_writer_telling_the_reader(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A report whose maker is named after "by", then what it says.
        ("The scrutiny follows a report by the Kelden Herald that the mayor lied.", ["Kelden Herald"]),
        # The maker of a report that goes on to find something is credited once, as the finder.
        ("A 2019 report by the Kelden Institute found that the pier was unsafe.", ["the Kelden Institute"]),
    ],
)
def test_a_report_by_its_maker_that(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A report its maker's name qualifies, and what it says.
        ("A Politico report that the mayor lied angered the council.", ["Politico"]),
        # An article someone else said was written: a relative clause, not the article's words.
        ("Nobody found the Kelden Herald article that Anna Berg said was written about it.", ["Anna Berg"]),
    ],
)
def test_a_report_named_by_its_maker_that(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


def test_a_time_opening_a_sentence_is_no_speaker(registry: Registry) -> None:
    found = claim(
        "Late on Sunday, Governor Ilse Brandt, in a statement read by an aide, announced the pier would close.",
        registry,
    )
    assert [s.name for s in found.sources] == ["Governor Ilse Brandt"]


def test_outlets_joined_by_a_slash_made_one_thing_together(registry: Registry) -> None:
    joint = claim("A New York Times/CBS News poll found that most voters backed the pier.", registry)
    assert joint.labels == ["single-source"]
    assert [s.name for s in joint.sources] == ["The New York Times", "CBS News"]
    assert kinds(joint) == {"joint-source"}
    # The same outlets reporting separately are independent.
    both = claim("The New York Times and CBS News reported that most voters backed the pier.", registry)
    assert both.labels == ["corroborated"]


def test_an_office_and_the_place_it_serves_stay_with_the_name(registry: Registry) -> None:
    found = claim("Ambassador to Norway Lena Holm said that the talks had failed.", registry)
    assert [s.name for s in found.sources] == ["Ambassador to Norway Lena Holm"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A person described by nationality: the description, never someone named "Moldovan".
        ("The Moldovan hacker who leaked the files admitted that he had sold them.", ["The Moldovan hacker"]),
        # A name with a title after it stays the name.
        ("Jan Novak, the Moldovan negotiator, said the talks had failed.", ["Jan Novak"]),
        # … and so is a place or a company a person comes from: the description, not "Leeds".
        ("The Des Moines businessman said the deal had been signed.", ["The Des Moines businessman"]),
        ("The former Veltra executive told reporters that she had warned the board.", ["The former Veltra executive"]),
        # (a representative speaks for the body, on the record, as a spokesman does)
        ("A Radio Ost representative said in a statement that the host was on leave.", ["A Radio Ost representative"]),
    ],
)
def test_a_nationality_before_a_persons_noun_is_no_name(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Calling someone or something a name in quotation marks is a statement.
        ("Mayor Lena Holm called the harbour board “a club for cronies”.", ["single-source"]),
        ("Lena Holm called bankers “fat cats” on Monday.", ["single-source"]),
        ("Lena Holm called the vote “a citizenship election”.", ["single-source"]),
        # Calling an election is holding one.
        ("The prime minister called a snap election for June.", []),
    ],
)
def test_calling_something_a_quoted_name(text: str, expected: list[str], registry: Registry) -> None:
    assert labels(text, registry) == expected


def test_a_pronoun_after_despite_is_the_subject_named_after_it(registry: Registry) -> None:
    *_, last = analyze(
        "Tomas Holm wrote the speech. Despite what she wrote in his speech, Anna Berg said she may vote for him.",
        registry,
    ).claims
    assert [s.name for s in last.sources] == ["Anna Berg"]


def test_a_name_carried_to_he_leaves_its_party_bracket_behind(registry: Registry) -> None:
    *_, quote = analyze('Rep. Ola Berg (D-Ore.) opened the hearing. "We will find out," he said.', registry).claims
    assert [s.name for s in quote.sources] == ["Rep. Ola Berg"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A bare day between a document and its verb, as American copy writes it.
        ("A poll by the Kelden Institute released Wednesday found most voters backed the pier.", ["Kelden Institute"]),
        ("The harbour board Monday said the pier would close.", ["The harbour board"]),
        # … and a part of a month.
        (
            "A poll by the Kelden Institute released in late August found that most voters backed it.",
            ["Kelden Institute"],
        ),
    ],
)
def test_a_bare_day_before_the_verb_is_a_filler(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


def test_the_poll_two_outlets_made_together_is_both_of_theirs(registry: Registry) -> None:
    *_, later = analyze(
        "The mayor leads by 19 points, according to a New York Times/CBS News poll.\n\n"
        "Most voters back the pier, the poll found.",
        registry,
    ).claims
    assert later.labels == ["single-source"]
    assert [s.name for s in later.sources] == ["The New York Times", "CBS News"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # A capitalised adjective before a noun that looks like a verb: the noun, nobody speaking.
        ("The upturn could blunt Republican claims of a slump.", []),
        # The same adjective as a person, and a month before a verb, still speak or date.
        ('"We will win," the Republican said this week.', ["the Republican"]),
        (
            "A Kelden University poll released in late August found that most voters backed the pier.",
            ["Kelden University"],
        ),
    ],
)
def test_a_capitalised_adjective_before_a_noun(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # The person who took the words down is no source; an outlet is the channel.
        ("In an interview with Ola Dahl on his podcast, Anna Berg said the union would fight.", ["Anna Berg"]),
        ("In an interview with the BBC, Anna Berg said the union would fight.", ["BBC", "Anna Berg"]),
        ("In an interview with Kelden Radio, Anna Berg said the union would fight.", ["Kelden Radio", "Anna Berg"]),
        ("In an interview with KLDN, Anna Berg said the union would fight.", ["KLDN", "Anna Berg"]),
        # "According to" names a source, whoever else speaks.
        ("According to Ola Dahl, police said the union would fight.", ["Ola Dahl", "police"]),
    ],
)
def test_the_interviewer_is_no_source(text: str, credited: list[str], registry: Registry) -> None:
    assert [s.name for s in claim(text, registry).sources] == credited
