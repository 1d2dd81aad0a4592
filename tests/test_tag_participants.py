"""n_participants: persons randomised or enrolled, as stated (TAXONOMY 6, rule N1)."""

from __future__ import annotations

import pytest

from synth.records import AbstractSection, Record
from synth.tag.participants import tag_participants


def _count(abstract: str, *, design: str = "rct", label: str | None = None) -> int | None:
    record = Record(pmid="1", title="Massage trial", abstract=(AbstractSection(abstract, label),))
    return tag_participants(record, design=design)[0]


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        ("120 adults with chronic neck pain were randomised to massage or exercise.", 120),
        ("We enrolled 1,204 pregnant women at four antenatal clinics.", 1204),
        ("Thirty-six nursing-home residents took part.", 36),
        ("One hundred and twenty infants were recruited from two NICUs.", 120),
        ("A total of 88 participants completed baseline measures.", 88),
        # the total in brackets first, then the arms that add up to it
        (
            "Adults with knee osteoarthritis (n = 125) were randomized to weekly massage "
            "(n = 63) or usual care (n = 62).",
            125,
        ),
        # two periods compared, each with its size
        (
            "Infants admitted in 2013 (before period, n = 48) and in 2014 (after period, "
            "n = 52) were studied.",
            100,
        ),
        # a total named for the first of two groups: both groups count
        (
            "A total of 45 women with fibromyalgia and 30 age-matched healthy controls "
            "received one massage.",
            75,
        ),
        ("The study included 45 consecutive outpatients with knee OA.", 45),
        ("Participants (n = 72) were aged 65 years or older.", 72),
        ("Women were randomised to massage (n = 31) or relaxation (n = 29).", 60),
        ("Volunteers were randomised to massage or rest (25 per group).", 50),
        ("Patients were randomised to three groups (20 per group).", 60),
        ("We compared 18 preterm neonates who were massaged with 18 control infants.", 36),
        ("Over 12 weeks, 40 women received three sessions a week.", 40),
        ("Of 150 people screened, 64 were randomized to massage or rest.", 64),
        ("Participants (N = 64) were randomly assigned to two arms.", 64),
        ("A convenience sample of 60 nursing students took part.", 60),
        ("Patients were divided into two groups of 30 patients each.", 60),
        ("Thirty patients in each group received massage or rest.", 60),
        ("We allocated 25 women per arm to three arms.", 75),
        ("Children aged 3-6 years with autism (n = 46) were randomised to massage.", 46),
        ("Office workers with neck pain were randomised (n = 40) to massage or a leaflet.", 40),
        ("Preterm neonates (n = 58; gestational age 30-34 weeks) were assigned at random.", 58),
        ("Ventilated patients were allocated at random (n = 60) to massage or usual care.", 60),
        ("We interviewed 19 massage therapists working in three hospices.", 19),
        ("Nine experienced rock climbers took part in two test sessions.", 9),
        (
            "Four adult wards took part. We enrolled 230 patients admitted for surgery.",
            230,
        ),
        ("Twenty-four paramedics performed chest compressions on a manikin.", 24),
        (
            "Carers on one ward (n = 22) had weekly hand massage, while carers on a "
            "second ward (n = 20) had none.",
            42,
        ),
        ("We surveyed 214 municipal licensing officials.", 214),
        # the pool a sentence starts from gives way to the enrolled count
        ("Of the 72 women who were eligible, 64 agreed to participate.", 64),
        ("Of 3412 women, 921 (27%) had practised perineal massage.", 3412),
        ("Of 1,527 women originally randomised, 1,019 (67%) responded.", 1527),
        # a survey counts its respondents, not the invitations
        (
            "A questionnaire was sent between March and May 2006 to the 540 midwives of 28 "
            "hospitals. Three hundred and twelve midwives replied (57.8%).",
            312,
        ),
        ("A postal survey was sent in 2003 to 1000 therapists, and 554 (55%) returned it.", 554),
        ("An online questionnaire went out to 2,200 nurses by email; 731 answered (33%).", 731),
        # staff are people, also after a modifier ("hospital staff"); a minimum is no count
        (
            "Forty-one hospital staff enrolled in an 8-week chair massage programme, and 30 "
            "staff completed the final questionnaire.",
            41,
        ),
        ("Each session needs a treatment couch and at least two staff trained in CPR.", None),
        (
            "Of 3,105 members who were invited to complete the module, 2,480 did so "
            "(response rate 79.9%).",
            2480,
        ),
        ("Massage was administered to 30 patients in the experimental group.", 30),
        # a concurrent control group named after its count
        (
            "Nineteen residents of one ward received massage, while 18 residents of a similar "
            "ward served as controls.",
            37,
        ),
        (
            "We compared 112 men with prostate cancer (cases) and 98 men with a benign biopsy "
            "(controls).",
            210,
        ),
        # places, even with words between noun and place
        ("Two adult intensive care units took part. Thirty-eight nurses took part.", 38),
        ("Five focus groups were held with 27 midwives from hospital and community settings.", 27),
        # ... but persons who attend a place are persons
        ("Three hundred men attending a clinic for skin disease were asked about massage.", 300),
        ("Two hundred mothers visiting a clinic completed the survey.", 200),
        # the sample a survey was sent to is a pool; those who answered are the count ...
        ("A random sample of 800 physiotherapists, of whom 436 responded, was surveyed.", 436),
        ("A questionnaire was offered to 540 consecutive outpatients; 401 (74%) returned it.", 401),
        # an ordinal is no unit of time: "second-year students"
        ("Participants: 64 second-year physiotherapy students.", 64),
        # those eligible, then those randomised: the randomised count (N1)
        ("Of 940 screened, 301 met the eligibility criteria and 188 were randomized.", 188),
        ("Of 1,100 patients invited, 736 enrolled.", 736),
        ("Of 150 screened, 90 with heel pain for at least 1 month were randomized.", 90),
        # athletes named by their sport or event
        ("Forty-two sprinters were randomly divided into two groups.", 42),
        # arms by place: one received massage, the other routine support
        (
            "Mothers at hospital A received breast massage (n=40); mothers at hospital B "
            "received routine lactation support (n=44).",
            84,
        ),
        ("Sixty finishers of a 100-km race chose massage or rest.", 60),
        # ... but those analysed of the enrolled are no head count (N1)
        ("In all, 620 patients were enrolled, of whom 590 were analysed.", 620),
        (
            "In this trial in 15 hospices, patients with cancer took part. Three hundred and "
            "eighty patients were randomised.",
            380,
        ),
        (
            "A reference group of 40 infants without colic was followed. One hundred infants "
            "were randomised.",
            100,
        ),
        ("Fifty-eight hospitalised hospice patients took part.", 58),
        ("Thirty-six farmers with chronic low back pain received Thai massage.", 36),
        (
            "One hundred and twenty patients were randomized. A total of 112 patients completed "
            "the trial.",
            120,
        ),
        # a split by sex is one count
        ("Participants (12 men, 12 women) were randomly assigned to massage or rest.", 24),
        ("We recruited 15 women and 12 men with chronic neck pain.", 27),
        ("Thirty-one volunteers (16 females and 15 males) took part.", 31),
        # thin-space thousands, as typeset journals print them
        ("Records of 12\u2009406 patients treated with massage were analysed.", 12406),
        # eyes (or other body parts) of persons: the persons count
        ("A total of 96 eyes of 58 patients received eyelid massage.", 58),
        # a threshold is no count: the women with scores above it were randomised
        (
            "Women with ISI scores above 14 were randomly assigned to massage or rest. "
            "Thirty-eight women took part.",
            38,
        ),
        # arm sizes stated first, then their sum: the sum is the total
        (
            "On one ward 18 residents received hand massage and on the other 16 residents "
            "received usual care (n = 34).",
            34,
        ),
        # a per-arm size stated with the allocation
        ("Children aged 2-6 years were enrolled; 35 children were allocated to each group.", 70),
        ("Two centres took part; 20 children were included in each group.", 40),
        # a postal survey: the questionnaires returned are the respondents
        (
            "A questionnaire was mailed to 600 physiotherapists; 402 (67%) were returned.",
            402,
        ),
        # the arms' sizes without a person noun
        (
            "Participants were 43 older adults: 22 in the experimental group and 21 in the "
            "control group.",
            43,
        ),
        (
            "Older adults living alone took part, 22 in the experimental group and 21 in the "
            "control group.",
            43,
        ),
        # clusters named by place, and arm sizes given with their noun in brackets
        (
            "Twelve homes were randomised. Residents with dementia were enrolled: 88 in "
            "intervention homes and 80 in control homes.",
            168,
        ),
        (
            "Two units were assigned to the intervention (29 residents) or the comparison "
            "condition (27 residents).",
            56,
        ),
        # a screened pool in brackets beside the arms
        (
            "Adults were screened by telephone (n = 412); 97 attended a baseline visit and 64 "
            "were randomised to massage (n = 32) or wait-list (n = 32).",
            64,
        ),
        # arm sizes after a person noun ("with the same nurse (n = 38)") are still arms
        (
            "Patients were approached (n = 110); 76 consented and were randomised to hand "
            "massage (n = 38) or conversation with the same nurse (n = 38).",
            76,
        ),
        # "agreed and were randomised", "underwent massage", two samples that took part
        (
            "Of 210 women screened, 96 were eligible and 78 agreed and were randomised to "
            "massage or sham.",
            78,
        ),
        (
            "Of 412 patients referred, 56 were excluded because of a bruit, and 356 underwent "
            "massage.",
            356,
        ),
        ("Players from the first team (n = 23) and the reserve squad (n = 19) took part.", 42),
        # procedures are no persons; two periods compared add up; a bracketed split
        # after a count is its breakdown; "forty-two" is one number
        ("A total of 1,200 CSMs were performed in 1,054 patients.", 1054),
        (
            "This study compared 42 ICU patients who had usual care in the first period with "
            "42 patients admitted in the second period, who had massage.",
            84,
        ),
        ("Sixty-four patients (32 intervention, 32 controls) were randomly allocated.", 64),
        ("Forty-two patients were randomised to massage or rest.", 42),
        # "surveyed all N ... by post": invitations; "we surveyed N women": respondents
        (
            "We surveyed all 3,000 registered massage therapists by post. 1,204 therapists "
            "responded (40%).",
            1204,
        ),
        ("We surveyed 412 women working in 58 massage parlours.", 412),
        # a disease type is no count; arm sizes after the clusters in brackets
        (
            "We studied balance in type 2 diabetic patients with neuropathy. Sixty patients were "
            "randomly divided into two groups.",
            60,
        ),
        (
            "Eight homes were randomly allocated to hand massage (4 facilities, 49 residents) or "
            "usual care (4 facilities, 47 residents).",
            96,
        ),
        # clinicians are people; teams are not
        ("Semi-structured interviews with 18 physiotherapists were analysed.", 18),
        ("Interviews were held with 12 midwives in two hospitals.", 12),
        # places before the people: "Two inpatient hospices in England; 40 adults"
        ("Two inpatient hospices in England; 40 adults with advanced cancer.", 40),
        # a number in words repeated in digits
        ("Twenty (20) women who had received massage were interviewed.", 20),
        ("Eighty (80) patients scheduled for coronary angiography were randomized.", 80),
        # two samples named in parallel add up
        (
            "Secretions were obtained from 96 men with pelvic pain and from 40 asymptomatic "
            "men attending for vasectomy.",
            136,
        ),
        (
            "Blood flow was measured in 12 normal subjects and in 8 patients with paralysis.",
            20,
        ),
        # the last year of a span is no count
        (
            "Infants seen between 2012 and 2014 were assigned to massage (n = 108) or "
            "observation (n = 104).",
            212,
        ),
        # a share of those asked: the ones who took part count
        ("23 of 30 eligible parents (77%) enrolled and 21 completed the study.", 23),
        # a survey mailed to a sample: its respondents count
        (
            "A questionnaire was mailed to a random sample of 1,500 massage therapists; 820 "
            "(55%) responded.",
            820,
        ),
        ("Sixty-two doctors and nurses performed two minutes of chest compressions.", 62),
        # the condition between the number and the verb
        (
            "Of 210 people screened, 56 with chronic headache were randomised to massage or "
            "placebo. One participant reported neck soreness.",
            56,
        ),
        # arm sizes after the arm's name
        ("Adults were randomised to massage (massage, n = 51) or to a wait-list (n = 49).", 100),
        # a pool, then those whose parents consented
        (
            "Of 164 eligible infants, parents of 120 gave consent and the infants were randomised.",
            120,
        ),
        # arms filled in turn
        (
            "The first 30 consecutive patients formed the control group and the next 30 "
            "received foot massage.",
            60,
        ),
        # arms on two wards, one given usual care
        (
            "Residents of one home (n = 26) received foot massage twice weekly; residents of "
            "the other home (n = 24) received usual nursing care.",
            50,
        ),
        # a pool, then those who met the criteria
        ("Of 1,906 patients screened, 1,244 met the inclusion criteria.", 1244),
        # "N in total" is a stated total
        (
            "Four wards were randomised and patients were enrolled consecutively, 212 in "
            "total (ward enrolments 48 to 58).",
            212,
        ),
        # arm sizes named by their arms in brackets
        ("Of those allocated, 52 (massage) and 49 (rest) were included in the analysis.", 101),
        # units of two counted in persons right after
        ("Twelve couples (24 participants) were interviewed at home.", 24),
        # a hyphenated compound after the number is no time unit
        ("Eighty day-case patients were randomly allocated to massage or rest.", 80),
        # a survey's year is no head count
        (
            "We analysed the 2017 National Health Survey adult file. Adults reporting back "
            "pain (n = 5210) were included.",
            5210,
        ),
        # children examined at follow-up, when no other count is given (N1)
        ("At the 18-month visit, 71 children were assessed.", 71),
        # one returned questionnaire a respondent
        (
            "A survey was posted to 900 physiotherapists; 388 completed questionnaires were "
            "returned.",
            388,
        ),
        # "infant-massage classes" name classes, not infants; the pairs are the count
        (
            "Mothers were assigned to six weekly infant-massage classes or usual care. Two "
            "hundred and four mother-infant pairs were randomised.",
            204,
        ),
        # the eligible who were randomised, not the completers counted later (N1)
        (
            "Of 530 patients screened, 180 were eligible and were randomized to massage or"
            " mobilization. A total of 165 participants completed the follow-up.",
            180,
        ),
        # "of 20 women each" is a size per group; "20 women each received" is not
        (
            "A quasi-experimental study with an intervention group and a non-randomised control"
            " group of 20 women each.",
            40,
        ),
        ("In a pilot study, 12 women each received two massages.", 12),
        # arms by place, the comparison arm given standard education: their sum
        (
            "Nulliparous women in the intervention centre (n = 92) were taught perineal massage;"
            " women in the other centre (n = 94) received standard antenatal education.",
            186,
        ),
        # the arms' sizes listed in one bracket: their sum
        ("Infants on a postnatal ward (n = 31 massage, n = 29 control) had a heel prick.", 60),
        ("Dialysis patients took part (experimental group 24, control group 26).", 50),
        ("Dialysis patients took part (Experimental Group 24, Control Group 25).", 49),
        ("Women were randomised (oil massage n = 40, dry massage n = 38, no massage n = 41).", 119),
        # arms filled in turn, across a semicolon
        (
            "The first 30 patients formed the control group and rested for 10 minutes; the next"
            " 30 received a back massage.",
            60,
        ),
        # a share of the sample with an event: the "of" names the sample, not a pool
        (
            "Of 1450 patients (mean age 74 years), 6 (0.4%) had a transient neurological"
            " deficit and one patient had a stroke.",
            1450,
        ),
        # thousands in a bracket, with the people named after them
        ("We studied a national sample of adults (n = 2,350 adults).", 2350),
        # "N who ... were randomised" after a screened pool; "N underwent carotid sinus
        # massage" after those excluded
        (
            "Of 180 nurses screened, 120 who reported neck pain for at least 3 months were"
            " randomised.",
            120,
        ),
        (
            "Of 410 consecutive attenders, 52 had contraindications and 358 underwent carotid"
            " sinus massage.",
            358,
        ),
        # samples named one after another in a list of nouns, with no verb between them
        ("Questionnaires were returned by 52 patients, 31 relatives and 44 staff.", 127),
        ("Eighteen adults with stage 2 hypertension and 18 normotensive volunteers.", 36),
        # ... but not a whole and its split by sex, nor those who completed
        ("We enrolled 90 patients, 45 women and 45 men.", 90),
        ("Sixty patients were randomised and 54 completed the study.", 60),
        # two arms told in parallel, each with what it received
        (
            "By ward, 24 residents received an evening hand massage and 24 residents a warm"
            " footbath for 10 days.",
            48,
        ),
        ("One hundred and fifty patients received massage after surgery.", 150),
        # the dead counted at autopsy are the persons studied
        ("Injuries were recorded in 150 consecutive autopsies of adults after CPR.", 150),
        ("Rib fractures were found in 64 of 90 decedents who had received CPR.", 90),
        # the control arm named after its count, in the same sentence
        (
            "Eighteen patients in the experimental group had meridian massage; seventeen"
            " patients in the control group received routine care.",
            35,
        ),
        # a planned sample is no count
        (
            "A sample size calculation required 80 participants. Seventy-six patients were"
            " randomised to massage or rest.",
            76,
        ),
        # respondents, pairs, and a matching ratio that is no count
        ("A questionnaire went to 140 clinic heads; 96 directors responded.", 96),
        ("Of 2,310 pairs enrolled at birth, 1,980 were seen at one year.", 2310),
        (
            "Each case was matched with up to three controls; 120 cases and 350 controls"
            " took part.",
            470,
        ),
    ],
)
def test_head_counts(abstract: str, expected: int) -> None:
    assert _count(abstract) == expected


@pytest.mark.parametrize(
    "abstract",
    [
        "Pain fell by 30% at 12 weeks (p = 0.02) in the massage group.",
        "Patients aged 45 to 70 years received 10 sessions of 30 min each.",
        "In 2019, 148 treatment episodes were analysed.",
        "Players from two university volleyball teams took part.",
        "Over the course, 12 sessions completed the programme for most clients.",
        "Between May and October 2019 we recruited nurses from two hospitals.",
        "The massage group (n = 8) improved; the control group size was not given.",
        "Doses of 50 mg were used on 3 occasions.",
        "A total of 1,412 (61.2%) of the total prescriptions named massage.",
        "A total of 3,250 specimens were collected during massage sessions.",
        "On average 12\u00b75 patients per centre received massage.",  # a middle-dot decimal
        # withdrawals by arm are no head count
        "Twelve in the massage group and nine in the control group withdrew.",
        # a person noun as the modifier of a thing
        "Mothers were randomised to eight weekly infant massage classes or usual care.",
    ],
)
def test_numbers_that_are_not_head_counts(abstract: str) -> None:
    assert _count(abstract) is None


def test_total_wins_over_earlier_group_sizes() -> None:
    text = "Ten women and 12 men were screened. A total of 20 participants were randomised."
    assert _count(text) == 20


def test_earliest_count_wins_over_later_subgroups() -> None:
    text = "64 patients were randomised. Of these, 58 patients completed the 8-week follow-up."
    assert _count(text) == 64


def test_background_sections_are_skipped() -> None:
    record = Record(
        pmid="1",
        title="Massage trial",
        abstract=(
            AbstractSection("A survey of 5,000 adults found back pain common.", "BACKGROUND"),
            AbstractSection("40 office workers were randomised.", "METHODS"),
        ),
    )
    assert tag_participants(record, design="rct")[0] == 40


@pytest.mark.parametrize("design", ["review", "systematic_review", "protocol", "animal_lab"])
def test_designs_without_participant_counts(design: str) -> None:
    count, evidence = tag_participants(
        Record(pmid="1", title="t", abstract=(AbstractSection("We will enrol 200 adults."),)),
        design=design,
    )
    assert count is None
    assert evidence[0].where == "default"


def test_case_report_without_a_number_counts_one_patient() -> None:
    text = "A 52-year-old man developed a haematoma after a deep-tissue massage."
    assert _count(text, design="case_report") == 1


def test_a_title_count_serves_when_the_abstract_states_none() -> None:
    record = Record(pmid="1", title="Scar massage after burns in children: report of four cases")
    assert tag_participants(record, design="case_report")[0] == 4


# Counts read across the title and several sections: (why, title, sections, design, expected)
RECORD_CASES = [
    (
        "a size per group times the groups the title names",
        "Back massage after stroke: a quasi-experimental three-group study",
        [
            (
                "METHODS",
                "Patients were allocated by ward to massage, massage plus hand massage, or"
                " routine care (34 per group).",
            )
        ],
        "controlled_trial",
        102,
    ),
    (
        "a title's count is the sample, for any design",
        "Back massage before chemotherapy in 64 women: a randomised trial",
        [(None, "Women were allocated to massage or quiet rest.")],
        "rct",
        64,
    ),
    (
        "a title's count wins over a subgroup in the abstract",
        "Prostatic massage and semen culture: a study of 152 men with pelvic pain",
        [("RESULTS", "Of 190 men asked, most gave samples. Bacteria grew in 23 men (15%).")],
        "observational",
        152,
    ),
    (
        "arms only analysed in a later section do not replace the randomised count",
        "Massage trial",
        [
            ("METHODS", "Forty adults were randomised to massage or sham."),
            ("RESULTS", "In all, 18 (massage) and 17 (sham) were analysed."),
        ],
        "rct",
        40,
    ),
]


@pytest.mark.parametrize(
    ("title", "sections", "design", "expected"),
    [case[1:] for case in RECORD_CASES],
    ids=[case[0] for case in RECORD_CASES],
)
def test_counts_across_title_and_sections(title, sections, design, expected) -> None:
    abstract = tuple(AbstractSection(text, label) for label, text in sections)
    record = Record(pmid="1", title=title, abstract=abstract)
    assert tag_participants(record, design=design)[0] == expected


def test_a_setting_section_names_places_not_people() -> None:
    record = Record(
        pmid="1",
        title="Views on post-match massage in elite rugby: a qualitative study",
        abstract=(
            AbstractSection("Two professional rugby union clubs in England.", "SETTING"),
            AbstractSection(
                "Eighteen participants: ten players and eight therapists.", "PARTICIPANTS"
            ),
        ),
    )
    assert tag_participants(record, design="qualitative")[0] == 18


def test_evidence_names_the_section_and_phrase() -> None:
    record = Record(
        pmid="1", title="t", abstract=(AbstractSection("96 nurses were recruited.", "METHODS"),)
    )
    count, evidence = tag_participants(record, design="rct")
    assert count == 96
    assert evidence[0].where == "abstract:METHODS"
    assert "96 nurses" in evidence[0].text


def test_other_person_nouns() -> None:
    assert _count("Twelve manual wheelchair users with spinal cord injury took part.") == 12


def test_across_sections_first_count_holds_unless_a_later_section_states_a_total() -> None:
    def sections(*texts: str) -> Record:
        labels = ("METHODS", "RESULTS", "CONCLUSIONS")
        return Record(
            pmid="1",
            title="Massage trial",
            abstract=tuple(AbstractSection(t, lab) for t, lab in zip(texts, labels, strict=False)),
        )

    later_count = sections("40 office workers were randomised.", "32 participants completed it.")
    assert tag_participants(later_count, design="rct")[0] == 40
    later_total = sections("Office workers were randomised.", "A total of 64 participants were")
    assert tag_participants(later_total, design="rct")[0] == 64
    total_after_count = sections(
        "40 office workers were recruited.", "A total of 36 participants were randomised."
    )
    assert tag_participants(total_after_count, design="rct")[0] == 36
    # (a later total of those analysed is no more than the enrolled count: N1)
    analysed_total = sections(
        "Ninety women were enrolled and randomised (n = 45 each).",
        "A total of 81 women (41 and 40) were included in the analysis.",
    )
    assert tag_participants(analysed_total, design="rct")[0] == 90


def test_an_editorial_counts_no_participants_of_its_own() -> None:
    record = Record(
        pmid="1",
        title="Massage for preterm infants: weighing the evidence",
        abstract=(
            AbstractSection(
                "In this issue, a randomised trial of 120 stable preterm infants reports "
                "greater weight gain with massage."
            ),
        ),
        publication_types=("Editorial", "Comment"),
    )
    assert tag_participants(record, design="other")[0] is None
    # a consensus study names its own experts
    delphi = Record(
        pmid="2",
        title="Safety of massage in cancer: a Delphi consensus",
        abstract=(AbstractSection("Forty-two experts took part in three Delphi rounds."),),
        publication_types=("Consensus Development Conference",),
    )
    assert tag_participants(delphi, design="other")[0] == 42
