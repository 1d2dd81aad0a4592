"""design: publication types first, then design phrases, D1 and D2 (TAXONOMY 3, 7)."""

from __future__ import annotations

import pytest

from synth.records import AbstractSection, Record
from synth.tag.design import tag_design


def _record(
    title: str, abstract: str = "", types: tuple[str, ...] = ("Journal Article",)
) -> Record:
    sections = (AbstractSection(abstract),) if abstract else ()
    return Record(pmid="1", title=title, abstract=sections, publication_types=types)


@pytest.mark.parametrize(
    ("types", "expected"),
    [
        (("Journal Article", "Randomized Controlled Trial"), "rct"),
        (("Journal Article", "Systematic Review"), "systematic_review"),
        (("Meta-Analysis",), "systematic_review"),
        (("Journal Article", "Review"), "review"),
        (("Case Reports",), "case_report"),
        (("Comment",), "other"),
        (("Editorial",), "other"),
        (("Letter",), "other"),
        (("Clinical Trial Protocol",), "protocol"),
    ],
)
def test_publication_type_decides(types: tuple[str, ...], expected: str) -> None:
    record = _record("Massage and wellbeing", "Participants received massage twice.", types)
    label, evidence = tag_design(record)
    assert label == expected
    assert evidence[0].where == "publication_type"


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        ("Sixty women were randomly assigned to massage or usual care.", "rct"),
        ("In this randomised crossover study, each volunteer had both conditions.", "rct"),
        ("Participants were allocated in random order to massage or rest.", "rct"),
        (
            "A quasi-experimental design with a wait-list control group was used.",
            "controlled_trial",
        ),
        ("This non-randomised trial compared massage with a control group.", "controlled_trial"),
        ("Patients in the massage group were compared with a control group.", "controlled_trial"),
        ("A retrospective cohort of 300 patients was reviewed.", "observational"),
        ("A cross-sectional survey of 512 therapists was mailed.", "observational"),
        ("One-group pretest-posttest design with 30 nurses.", "observational"),
        ("A prospective single-arm study of massage in 25 hospice patients.", "observational"),
        ("A controlled clinical trial compared massage with usual care.", "controlled_trial"),
        (
            "Agitation was lower on the massage unit than on the comparison unit.",
            "controlled_trial",
        ),
        (
            "Thirty rowers, allocated alternately, had a leg massage or sat quietly after the "
            "race; lactate was measured at 20 minutes.",
            "controlled_trial",
        ),
        (
            "Twenty players foam-rolled the quadriceps, hamstrings and calves or rested, in "
            "counterbalanced order.",
            "controlled_trial",
        ),
        (
            "Workers at one company had self-massage; workers at the other company received no "
            "intervention. The Boston Carpal Tunnel Questionnaire score improved more than in "
            "the control group.",
            "controlled_trial",
        ),
        ("A postal questionnaire on massage use was sent to 240 nurses.", "observational"),
        ("A controlled before-and-after study in four care homes.", "controlled_trial"),
        (
            "Two intervention homes gave daily hand massage; two comparison homes continued "
            "usual care.",
            "controlled_trial",
        ),
        (
            "The study compared two consecutive periods in the same unit: usual care, then "
            "a 15-minute massage before surgery.",
            "controlled_trial",
        ),
        # a trial that collects its follow-up by post is still the trial
        (
            "Patients were assigned by ward to exercise plus massage or exercise alone; pain "
            "was assessed at discharge and, by postal questionnaire, six months later.",
            "controlled_trial",
        ),
        (
            "Sprinters ran after massage and after a warm-up on two days; the order of "
            "conditions was decided by the coach.",
            "controlled_trial",
        ),
        (
            "The dominant leg received massage while the non-dominant leg served as an "
            "unmassaged control.",
            "controlled_trial",
        ),
        (
            "Twenty sprinters had massage or an active warm-up a week apart, in a fixed order "
            "(massage first).",
            "controlled_trial",
        ),
        (
            "Eighty men chose either antibiotics plus prostatic massage (n = 42) or antibiotics "
            "alone (n = 38).",
            "controlled_trial",
        ),
        (
            "Clearance was recorded from the massaged and the contralateral, unmassaged muscle "
            "of ten volunteers.",
            "controlled_trial",
        ),
        (
            "Twenty students massaged one quadrant; the other quadrant was brushed and served as "
            "control.",
            "controlled_trial",
        ),
        (
            "In 30 students one side of the mouth was massaged daily while the opposite "
            "quadrant received brushing only.",
            "controlled_trial",
        ),
        (
            "Women were allocated by period: the first 30 had exercise advice, the next 30 the "
            "same advice plus massage. The DASH questionnaire was completed at 3 months.",
            "controlled_trial",
        ),
        (
            "Swimmers had massage or rest on two days in a fixed order; randomisation was not "
            "used.",
            "controlled_trial",
        ),
        (
            "A quasi-experimental study with a single group: 25 women were measured before "
            "and after one massage.",
            "observational",
        ),
        (
            "Weekly chair massage was offered to ward nurses for four weeks, with no control "
            "group; stress was rated before and after.",
            "observational",
        ),
        (
            "Workers at two sites were assigned by site to weekly massage or to no "
            "intervention; pain was rated at baseline and week 10.",
            "controlled_trial",
        ),
        (
            "Thirty older adults were measured before and after 8 weeks of self-massage. The "
            "gain in balance warrants testing in a controlled trial.",
            "observational",
        ),
        (
            "Semi-structured interviews were held with 14 therapists; thematic analysis followed.",
            "qualitative",
        ),
        ("Rats received daily stroking of the abdomen for ten days.", "animal_lab"),
        ("Human fibroblasts were stretched in vitro to mimic massage.", "animal_lab"),
        (
            "Patients were allocated according to odd or even hospital record number to foot"
            " massage or rest.",
            "controlled_trial",
        ),
        (
            "In alternate calendar weeks of admission, infants were massaged by their mothers"
            " or by nurses.",
            "controlled_trial",
        ),
        (
            "Each student massaged one side of the mouth, the side chosen by tossing a coin;"
            " the other side served as control.",
            "rct",
        ),
        (
            "Six massage guns were mounted in a rig and run against a silicone tissue phantom;"
            " stroke force and amplitude were recorded at each speed setting.",
            "animal_lab",
        ),
        (
            "Cultured human skeletal muscle cells were compressed cyclically in a bioreactor; "
            "interleukin-6 release was measured.",
            "animal_lab",
        ),
        ("We report a 34-year-old woman who developed a hematoma after massage.", "case_report"),
        (
            "Participants will be randomized to massage or sham; recruitment begins in 2025.",
            "protocol",
        ),
    ],
)
def test_abstract_phrases_decide_without_publication_types(abstract: str, expected: str) -> None:
    assert tag_design(_record("Massage study", abstract))[0] == expected


def test_d2_database_search_alone_is_a_review() -> None:
    record = _record(
        "Massage in cancer care: what do we know?",
        "PubMed and CINAHL were searched for articles on massage in oncology. "
        "The evidence is summarised by symptom.",
        ("Journal Article", "Review"),
    )
    assert tag_design(record)[0] == "review"


def test_d2_search_plus_pooling_is_a_systematic_review() -> None:
    record = _record(
        "Massage for constipation",
        "Five databases were searched to 2023. Eligibility criteria were RCTs in adults; "
        "data were pooled with a random-effects model.",
    )
    assert tag_design(record)[0] == "systematic_review"


@pytest.mark.parametrize(
    "title",
    [
        "Design and baseline characteristics of a randomised trial of massage for back pain",
        "Rationale and design of a trial of massage for cancer-related fatigue",
    ],
)
def test_a_design_paper_before_results_is_a_protocol(title: str) -> None:
    record = _record(
        title,
        "Adults were randomised to massage or usual care; 312 were enrolled. Outcome results "
        "will be reported separately.",
        ("Randomized Controlled Trial",),
    )
    assert tag_design(record)[0] == "protocol"


def test_predictors_in_a_secondary_analysis_of_a_trial_are_observational() -> None:
    record = _record(
        "Who benefits from massage for neck pain? Predictors of response in a secondary "
        "analysis of a randomized trial",
        "Data from the massage arms of a randomized trial were analysed with logistic regression.",
        ("Randomized Controlled Trial",),
    )
    assert tag_design(record)[0] == "observational"
    # a secondary analysis that compares the randomised arms stays the trial
    arms = _record(
        "Massage and sleep in advanced cancer: secondary analysis of a randomized trial",
        "Patients randomized to massage or simple touch rated their sleep weekly.",
        ("Randomized Controlled Trial",),
    )
    assert tag_design(arms)[0] == "rct"


def test_protocol_title_beats_the_rct_publication_type() -> None:
    record = _record(
        "Massage for cancer fatigue: study protocol for a randomised controlled trial",
        "This trial will enrol 120 survivors.",
        ("Randomized Controlled Trial",),
    )
    assert tag_design(record)[0] == "protocol"


def test_animal_words_do_not_override_human_participants() -> None:
    record = _record(
        "Massage and growth in preterm infants",
        "Earlier work in rats suggested benefits. Infants were randomly assigned to massage.",
    )
    assert tag_design(record)[0] == "rct"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Correction: massage for neck pain", "other"),
        ("Reply to the letter on abdominal massage", "other"),
        ("Letter to the editor: infant massage", "other"),
        ("Correction of congenital muscular torticollis by massage in infants", "rct"),
        ("Response of preterm infants to massage", "rct"),
    ],
)
def test_genre_words_open_a_title_only_as_a_genre(title: str, expected: str) -> None:
    record = _record(title, "Forty infants were randomly assigned to massage or usual care.")
    assert tag_design(record)[0] == expected


@pytest.mark.parametrize(
    ("title", "abstract", "types", "expected"),
    [
        # a case told in a letter is a case report
        ("Asystole during carotid sinus massage", "", ("Case Reports", "Letter"), "case_report"),
        # a retrospective review of patients or procedures is observational
        (
            "Complications of carotid sinus massage: a retrospective review of 3,120 massages",
            "We reviewed the records of all patients tested in our unit.",
            ("Journal Article",),
            "observational",
        ),
        # allocation "at random" in older wording; a side chosen at random
        (
            "Body massage of low-birth-weight infants",
            "Forty infants were assigned at random to massage or routine care.",
            ("Clinical Trial",),
            "rct",
        ),
        (
            "Gingival massage and inflammation: a split-mouth study",
            "The side of the mouth to be massaged was chosen at random.",
            ("Journal Article",),
            "rct",
        ),
        # a review that cites case series is still a review
        (
            "Prostatic massage revisited",
            "This review summarises the limited data, which come largely from case series.",
            ("Journal Article", "Review"),
            "review",
        ),
        # a concurrent control group without randomisation
        (
            "Prostatic massage in chronic prostatitis",
            "Forty patients received massage; 38 patients given antibiotics alone served as "
            "controls.",
            ("Journal Article",),
            "controlled_trial",
        ),
        # devices on a manikin is bench work; rescuers on a manikin are people
        (
            "Three mechanical chest compression devices",
            "Each device ran for 10 minutes on an instrumented manikin.",
            ("Journal Article",),
            "animal_lab",
        ),
        (
            "Chest compression quality in a moving ambulance",
            "Paramedics performed compressions on a manikin before and after a refresher course.",
            ("Journal Article",),
            "observational",
        ),
        (
            "How well do ward nurses give chest compressions? A manikin study",
            "Sixty nurses gave two minutes of compressions on a recording manikin.",
            ("Journal Article",),
            "observational",
        ),
        (
            "Compression depth of a piston device: a manikin study",
            "The device ran for 30 minutes at three settings.",
            ("Journal Article",),
            "animal_lab",
        ),
    ],
)
def test_older_and_procedural_wording(
    title: str, abstract: str, types: tuple[str, ...], expected: str
) -> None:
    assert tag_design(_record(title, abstract, types))[0] == expected


def test_in_vitro_fertilisation_is_no_bench_work() -> None:
    record = _record(
        "Foot massage for anxiety in women undergoing in vitro fertilization",
        "Women on the day of embryo transfer were randomly assigned to massage or rest.",
    )
    assert tag_design(record)[0] == "rct"


def test_survey_of_views_nested_in_a_trial_is_observational() -> None:
    record = _record(
        "Mothers' views of infant massage taught within a trial",
        "Questionnaires went to mothers in the massage arm.",
        ("Randomized Controlled Trial",),
    )
    assert tag_design(record)[0] == "observational"


def test_no_abstract_and_no_cue_is_other() -> None:
    label, evidence = tag_design(_record("Massage: a personal view"))
    assert label == "other"
    assert evidence[0].where == "default"


def test_a_rare_case_in_the_abstract_is_a_case_report() -> None:
    record = _record("Vertebral artery dissection after neck massage", "A rare case of stroke.")
    assert tag_design(record)[0] == "case_report"


def test_a_review_cited_in_the_background_does_not_make_a_trial_a_review() -> None:
    record = _record(
        "Massage for anxiety in intensive care",
        "A systematic review found massage promising. 60 adults were randomly assigned.",
    )
    assert tag_design(record)[0] == "rct"


def test_a_record_that_calls_itself_a_meta_analysis_without_publication_types() -> None:
    record = _record("Massage and cancer pain", "This meta-analysis pooled twelve trials.")
    assert tag_design(record)[0] == "systematic_review"


def test_case_series_in_the_background_of_a_trial_is_not_a_case_report() -> None:
    record = _record(
        "Massage for hiccups",
        "Case series suggested benefit. We randomly assigned 40 adults to massage or rest.",
    )
    assert tag_design(record)[0] == "rct"


def test_a_trial_called_for_in_the_conclusion_is_not_this_study_s_design() -> None:
    record = _record(
        "Chair massage for office workers' neck pain: a pre-post pilot study",
        "Thirty office workers had weekly chair massage for 6 weeks and rated neck pain "
        "before and after. Pain fell by a third. A randomised controlled trial is warranted.",
    )
    assert tag_design(record)[0] == "observational"
    justified = _record(
        "Rhythmical massage for inpatients with depression: an open pilot study",
        "Eighteen inpatients received eight sessions; depression scores fell from baseline "
        "to 4 weeks. A controlled trial of rhythmical massage is justified.",
    )
    assert tag_design(justified)[0] == "observational"
    feasible = _record(
        "Lymph drainage for head and neck lymphoedema: a single-arm feasibility study",
        "Twenty-five patients enrolled and 22 completed six weeks of drainage. A randomised "
        "trial of manual lymphatic drainage is feasible.",
    )
    assert tag_design(feasible)[0] == "observational"


def test_a_protocol_still_reads_its_future_tense() -> None:
    record = _record(
        "Massage for restless legs",
        "Because better evidence is needed, eighty adults will be randomised to massage "
        "or stretching.",
    )
    assert tag_design(record)[0] == "protocol"


@pytest.mark.parametrize(
    "title",
    [
        "Closed-chest cardiac massage in the hospital: a report of 20 cases",
        "Open cardiac massage in penetrating chest trauma: 38 cases",
        "Scar massage for burn scars in children: report of three cases",
        "Cardiac massage in 30 cases of cardiac arrest during anaesthesia",
        "Lymph drainage in post-traumatic leg oedema: a series of 12 patients",
        "Massage for plantar fasciitis: a case series",
        "Open-chest cardiac massage after failed closed-chest resuscitation: experience with "
        "38 patients",
    ],
)
def test_a_title_that_counts_its_cases_is_a_case_series(title: str) -> None:
    record = _record(title, "Records of the patients were reviewed for survival.")
    assert tag_design(record)[0] == "case_report"


# Wordings of designs found in the blind sets (session 8), each with the one it must not be
# mistaken for: (title, abstract, publication types, expected design).
_WORDED = {
    "an older narrative review says so": (
        "Massage in the after-treatment of sprains",
        "The author reviews the use of massage after sprains and dislocations. Stroking and"
        " kneading are described, and their use in the first week is discussed.",
        ("Journal Article",),
        "review",
    ),
    "... also in the passive": (
        "Massage in orthopaedic practice",
        "Its place in the treatment of stiff joints and of wasted muscle is reviewed.",
        ("Journal Article",),
        "review",
    ),
    "a control day is a control condition": (
        "Forearm skin temperature and massage",
        "Skin temperature was recorded in 12 students before and after 15 minutes of forearm"
        " massage. On a separate day they rested for 15 minutes; values did not differ from"
        " those of the control day.",
        ("Journal Article",),
        "controlled_trial",
    ),
    "each person under each condition on separate occasions": (
        "Effleurage and blood lactate after maximal exercise",
        "Ten trained students cycled to exhaustion on two occasions a week apart; after one"
        " test they had effleurage of the legs and after the other they rested supine.",
        ("Journal Article",),
        "controlled_trial",
    ),
    "an open study with no control": (
        "Reflexology massage for restless legs: an open pilot study",
        "Twelve patients received six weekly sessions; symptom scores fell after the course.",
        ("Clinical Trial", "Journal Article"),
        "observational",
    ),
    "... but an open-label randomised trial is a trial": (
        "Massage for restless legs: an open-label randomised trial",
        "Forty patients were randomised to massage or to usual care.",
        ("Journal Article",),
        "rct",
    ),
    "interviews reported as shares are a survey": (
        "Baby massage in a rural district",
        "Mothers of 150 infants were interviewed at a well-baby clinic. Daily massage was given"
        " to 131 infants (87%), most often with coconut oil.",
        ("Journal Article",),
        "observational",
    ),
    "... interviews coded for meaning are qualitative": (
        "Baby massage in a rural district",
        "Twenty mothers were interviewed at home and the transcripts were coded; massage was"
        " described as a way to bond and to soothe.",
        ("Journal Article",),
        "qualitative",
    ),
    "focus groups beside tested changes are an evaluation": (
        "Chair massage for stress in call-centre staff: a mixed-methods evaluation",
        "Forty staff had weekly chair massage for 6 weeks. Perceived stress fell (P < .01);"
        " 12 staff then took part in two focus groups.",
        ("Journal Article",),
        "observational",
    ),
    "a focus-group study named in the title": (
        "Coaches' perceptions of pre-event massage: a focus-group study",
        "Five focus groups with 22 coaches were transcribed and analysed.",
        ("Journal Article",),
        "qualitative",
    ),
    "a case series of hundreds of patients is a cohort": (
        "Carotid sinus massage in a syncope unit",
        "Design: prospective case series. Subjects: 265 consecutive patients aged 60 or over.",
        ("Journal Article",),
        "observational",
    ),
    "... a small case series is a case series": (
        "Scar massage after hand surgery",
        "Design: prospective case series. Subjects: 14 consecutive patients.",
        ("Journal Article",),
        "case_report",
    ),
    "no comparison group names a single group": (
        "An infant massage class and parenting stress",
        "Thirty mothers attended six weekly classes; stress was measured before and after,"
        " and there was no comparison group.",
        ("Journal Article",),
        "observational",
    ),
    "a single-group pilot study is pre-post, even as a clinical trial": (
        "Trigger point massage for tension-type headache: a pilot study",
        "Design: single-group pilot study with a baseline month, 6 weeks of treatment and 3"
        " weeks of follow-up. Ten women kept a headache diary; headaches per week fell.",
        ("Clinical Trial", "Journal Article"),
        "observational",
    ),
    "... but one group of a trial is an arm, not the design": (
        "Massage or manipulation for acute lumbago",
        "Patients from one group practice were allocated alternately to manipulation or massage;"
        " one group received three sessions in the first week.",
        ("Journal Article",),
        "controlled_trial",
    ),
    "patients treated alternately by two methods": (
        "Massage and exercise in knee sprains: a comparison in eighty miners",
        "Eighty miners with knee sprains were treated alternately by daily massage with exercise"
        " or by a plaster cast. Massaged men returned to work sooner.",
        ("Journal Article",),
        "controlled_trial",
    ),
    "a trial the conclusion says the study merits is not this study's design": (
        "Colon massage in chronic constipation: an open pilot study",
        "Nine patients kept a bowel diary and then received colon massage three times a week."
        " Colon massage appears to improve bowel function and merits a controlled trial.",
        ("Clinical Trial", "Journal Article"),
        "observational",
    ),
    "two successive periods are a controlled comparison": (
        "Massage of preterm infants by their fathers",
        "In a neonatal unit, 48 fathers were included in two successive periods. Fathers in the"
        " second period were taught to massage their infant; fathers in the first period"
        " received the usual support.",
        ("Journal Article",),
        "controlled_trial",
    ),
    "one scar against another in the same patient is a control": (
        "Massage of hypertrophic burn scars: a within-patient comparison",
        "In each of 30 patients one scar was massaged daily and the unmassaged scar received"
        " lotion only; pliability was rated at 1 and 3 months.",
        ("Journal Article",),
        "controlled_trial",
    ),
    # tissue handled at the bench is D1 work, even when the specimens are randomised
    "fixed specimens randomised at the bench": (
        "Massage of the fixed mesentery and lymph node counts",
        "Forty hemicolectomy specimens were randomly assigned to standard dissection or to"
        " dissection after 5 minutes of manual massage of the formalin-fixed fat.",
        ("Journal Article",),
        "animal_lab",
    ),
    "two successive periods were compared": (
        "Breast massage for engorgement",
        "Two successive periods were compared: in the first, women had warm compresses; in"
        " the second, breast massage before each feed.",
        ("Journal Article",),
        "controlled_trial",
    ),
    "meat massaged in a drum": (
        "Massaging time and the tenderness of cured pork",
        "Cured pork loins were massaged in a rotating drum for 0, 3 or 6 hours before cooking.",
        ("Journal Article",),
        "animal_lab",
    ),
}


@pytest.mark.parametrize("case", list(_WORDED), ids=list(_WORDED))
def test_design_wordings(case: str) -> None:
    title, abstract, types, expected = _WORDED[case]
    assert tag_design(_record(title, abstract, types))[0] == expected
