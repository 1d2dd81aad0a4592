"""conditions: vocabulary over title, abstract and MeSH with rules C1-C6 (TAXONOMY 2, 7)."""

from __future__ import annotations

import pytest

from synth.records import AbstractSection, Evidence, MeshHeading, Record
from synth.tag.conditions import tag_conditions


def _labels(title: str, *sections: tuple[str | None, str], **kwargs) -> tuple[str, ...]:
    abstract = tuple(AbstractSection(text, label) for label, text in sections)
    mesh = kwargs.pop("mesh", ())
    record = Record(pmid="1", title=title, abstract=abstract, mesh=mesh)
    return tag_conditions(record, **kwargs)[0]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Massage for chronic nonspecific low back pain", ("low_back_pain",)),
        (
            "Aromatherapy massage for hot flushes in perimenopausal women",
            ("other_condition",),
        ),
        ("Scar massage after cleft lip repair in infants", ("other_condition", "pediatric")),
        ("Thai massage for scapulocostal syndrome and neck pain", ("neck_shoulder_pain",)),
        ("Office massage and neck-shoulder discomfort in typists", ("neck_shoulder_pain",)),
        ("Massage and the painful shoulder in general practice", ("neck_shoulder_pain",)),
        ("Gum massage in the prevention of periodontal diseases", ("other_condition",)),
        ("Massage in tension-type headache", ("headache",)),
        ("Myofascial release in fibromyalgia", ("fibromyalgia",)),
        ("Massage for knee osteoarthritis in primary care", ("osteoarthritis_arthritis",)),
        ("Friction massage for lateral epicondylitis", ("other_musculoskeletal",)),
        (
            "Massage and delayed onset muscle soreness after eccentric exercise",
            ("exercise_recovery",),
        ),
        (
            "Manual lymphatic drainage for breast cancer-related lymphoedema",
            ("cancer", "lymphedema"),
        ),
        ("Foot massage for leg oedema in late pregnancy", ("leg_pain_edema", "pregnancy_labor")),
        ("Massage in hospice patients at the end of life", ("palliative_care",)),
        ("Massage and weight gain in very low birth weight preterm infants", ("preterm_neonatal",)),
        ("Massage for children with autism spectrum disorder", ("pediatric",)),
        ("Massage during labour for pain relief", ("pregnancy_labor",)),
        # agitation is a behaviour of dementia (TAXONOMY 2), not a mental-health label
        ("Hand massage for agitation in dementia", ("dementia_older_adults",)),
        (
            "Hand massage for anxiety and agitation in dementia",
            ("dementia_older_adults", "mental_health"),
        ),
        (
            "Leg massage for pain and swelling after knee arthroplasty",
            ("critical_surgical_care", "leg_pain_edema"),
        ),
        (
            "Massage for arm swelling in the postoperative period after breast cancer surgery",
            ("cancer", "critical_surgical_care"),
        ),
        ("Gingival massage in adults with gingivitis", ("other_condition",)),
        (
            "Open cardiac massage after emergency thoracotomy in traumatic cardiac arrest",
            ("cardiovascular", "critical_surgical_care"),
        ),
        ("Swedish massage in women with hypertension", ("cardiovascular",)),
        (
            "Massage after cardiac surgery in the intensive care unit",
            ("cardiovascular", "critical_surgical_care"),
        ),
        ("Abdominal massage for constipation", ("gastrointestinal",)),
        ("Massage for spasticity after stroke", ("neurological",)),
        (
            "Massage for restless legs in haemodialysis patients",
            ("leg_pain_edema", "other_condition"),
        ),
        ("Massage and insomnia in menopausal women", ("other_condition", "sleep")),
        ("Massage therapists' income in three states", ()),
        (
            "Mechanical chest compression in non-traumatic out-of-hospital cardiac arrest",
            ("cardiovascular",),
        ),
        ("Massage of hypertrophic burn scars in adults", ("other_condition",)),
        (
            "Foot reflexology for anxiety in patients undergoing cardiac procedures",
            ("cardiovascular", "critical_surgical_care", "mental_health"),
        ),
        (
            "Aromatherapy massage for burnout in nurses working in intensive care units",
            ("mental_health",),
        ),
        ("Gonorrhoea and syphilis among women working in massage parlours", ("other_condition",)),
        # the back's pain said once for both sites
        (
            "Massage use among adults with chronic back or neck pain",
            ("low_back_pain", "neck_shoulder_pain"),
        ),
        (
            "Abdominal massage for bowel dysfunction in spinal cord injury",
            ("gastrointestinal", "neurological"),
        ),
        ("Hand and wrist pain among massage therapists", ("other_musculoskeletal",)),
        ("Massage after anterior cruciate ligament reconstruction", ("other_musculoskeletal",)),
        ("Preventive massage and injury incidence in rugby union clubs", ("exercise_recovery",)),
        ("Pain and swelling of the left calf treated with lymph drainage", ("leg_pain_edema",)),
        ("Manual lymph drainage in phlebology", ("leg_pain_edema",)),
        # sports massage names athletes only when nobody else is named
        ("Sports massage: hands on, evidence off?", ("exercise_recovery",)),
        ("Sports massage for chronic low back pain", ("low_back_pain",)),
        ("Massage in the early treatment of the painful stiff shoulder", ("neck_shoulder_pain",)),
        ("Ice massage of the hand for acute dental pain", ("other_condition",)),
        ("Trigger point massage for chronic low back pain", ("low_back_pain",)),
        (
            "Massage-like loading lowers tumour necrosis factor in muscle cells after exercise",
            ("exercise_recovery",),
        ),
        ("Mechanical massage reduces limb swelling in a rat lymphoedema model", ("lymphedema",)),
        ("Hand massage for hand pain in rheumatoid arthritis", ("osteoarthritis_arthritis",)),
        (
            "Massage in the treatment of sports injuries",
            ("exercise_recovery", "other_musculoskeletal"),
        ),
        ("Massage of pressure points to prevent pressure ulcers", ("other_condition",)),
        ("Early massage and return to play in amateur footballers", ("exercise_recovery",)),
        (
            "Shiatsu for knee osteoarthritis in retired professional footballers",
            ("osteoarthritis_arthritis",),
        ),
        ("Foot massage and walking distance in intermittent claudication", ("leg_pain_edema",)),
        ("Hand and wrist disorders among massage therapists: a survey", ("other_musculoskeletal",)),
        ("Evening massage and sleep in elite netball players", ("exercise_recovery", "sleep")),
        ("Manual lymph drainage for chronic venous disease", ("leg_pain_edema",)),
        ("Tuina for post-stroke shoulder-hand syndrome", ("neck_shoulder_pain", "neurological")),
        ("Massage around venous leg ulcers", ("leg_pain_edema",)),
        ("Massage for low back pain in elite rowers", ("exercise_recovery", "low_back_pain")),
        ("Swedish massage and the medical gymnasts of the nineteenth century", ()),
        ("Thumb symptoms in rheumatoid arthritis and hand massage", ("osteoarthritis_arthritis",)),
        ("Arm lymphoedema after axillary lymph node dissection", ("cancer", "lymphedema")),
        (
            "Massage use and running-related injury in marathon runners",
            ("exercise_recovery", "other_musculoskeletal"),
        ),
        ("Prostatic massage in men with benign prostatic hyperplasia", ("other_condition",)),
        # muscle injured by exercise itself is exercise recovery only
        (
            "Cyclic compression speeds recovery from eccentric exercise-induced muscle injury",
            ("exercise_recovery",),
        ),
        (
            "Massage after a hamstring muscle injury in footballers",
            ("exercise_recovery", "other_musculoskeletal"),
        ),
        # a cataract operation is the setting of preoperative anxiety, not a condition treated
        (
            "Hand massage for preoperative anxiety in patients undergoing cataract surgery",
            ("critical_surgical_care", "mental_health"),
        ),
        # cancers named by their tissue, and the older word for lymphoedema
        ("Massage for fatigue in patients with multiple myeloma", ("cancer",)),
        ("Fatal fat embolism after massage of a fractured leg", ("other_musculoskeletal",)),
        ("Breast massage for breast engorgement in nursing mothers", ("pregnancy_labor",)),
        (
            "Reflexology for anxiety in children with sarcoma or glioma",
            ("cancer", "mental_health", "pediatric"),
        ),
        ("Pneumatic massage in lymphostasis of the arm", ("lymphedema",)),
        ("Hand massage in the last days of life: a nursing audit", ("palliative_care",)),
        ("Slow-stroke massage on an acute psychiatry ward", ("mental_health",)),
        ("Rhabdomyolysis in a weightlifter after a percussive massage gun", ("exercise_recovery",)),
        ("[Vibration massage in lumbar osteochondrosis]", ("low_back_pain",)),
        ("[Massage and traction for cervicobrachial neuralgia]", ("neck_shoulder_pain",)),
        ("[Segmental massage in peptic ulcer disease]", ("gastrointestinal",)),
        (
            "Back massage for pregnant women with threatened preterm labour",
            ("pregnancy_labor",),
        ),
        (
            "Massage and muscle atrophy after immobilisation of the ankle",
            ("other_musculoskeletal",),
        ),
        ("Workplace massage for repetitive strain injury in typists", ("other_musculoskeletal",)),
    ],
)
def test_title_vocabulary(title: str, expected: tuple[str, ...]) -> None:
    assert _labels(title) == expected


def test_c1_anxiety_as_a_secondary_outcome_adds_nothing() -> None:
    labels = _labels(
        "Massage for chronic low back pain",
        ("OBJECTIVE", "To test massage for disability in chronic low back pain."),
        ("METHODS", "Secondary outcomes included anxiety, depression and sleep quality."),
        ("CONCLUSIONS", "Massage reduced disability at 10 weeks."),
    )
    assert labels == ("low_back_pain",)


def test_c1_a_secondary_outcome_listed_among_main_measures_adds_nothing() -> None:
    labels = _labels(
        "Parent-delivered infant massage for colic",
        (
            "MAIN OUTCOME MEASURES",
            "Daily crying time over days 12-14. Secondary outcomes included maternal depressive "
            "symptoms at day 14.",
        ),
    )
    assert "mental_health" not in labels


def test_c1_anxiety_in_the_objective_adds_mental_health() -> None:
    labels = _labels(
        "Massage in breast cancer",
        ("OBJECTIVE", "To examine whether massage relieves anxiety during chemotherapy."),
    )
    assert labels == ("cancer", "mental_health")


def test_c1_sleep_in_the_conclusion_of_an_unlabelled_abstract() -> None:
    labels = _labels(
        "Massage for knee arthritis",
        (
            None,
            "Staff with knee arthritis were randomised. Pain and range of motion were rated. "
            "The massage group reported less pain and better sleep.",
        ),
    )
    assert labels == ("osteoarthritis_arthritis", "sleep")


def test_c1_blood_pressure_as_a_stress_marker_is_not_cardiovascular() -> None:
    labels = _labels(
        "Massage for anxiety before surgery",
        ("METHODS", "Blood pressure and heart rate were recorded as stress markers."),
    )
    assert "cardiovascular" not in labels


def test_c1_heart_rate_in_the_conclusion_of_an_anxiety_study_is_a_marker() -> None:
    labels = _labels(
        "Hand massage for anxiety in hospice patients with cancer",
        (None, "Forty patients received hand massage or rest."),
        (None, "Hand massage reduced anxiety and heart rate in hospice patients."),
    )
    assert "cardiovascular" not in labels
    assert "mental_health" in labels


def test_c6_blood_pressure_of_normal_rats_is_healthy_physiology() -> None:
    record_labels = _labels(
        "Massage-like stroking lowers blood pressure in rats",
        (None, "Normal male rats were stroked on the abdomen daily; blood pressure fell."),
        design="animal_lab",
    )
    assert record_labels == ("healthy_physiology",)


def test_c1_blood_pressure_as_the_aim_is_cardiovascular() -> None:
    labels = _labels(
        "Effect of back massage on blood pressure in older women",
        ("OBJECTIVE", "To test whether back massage lowers blood pressure."),
    )
    assert "cardiovascular" in labels


def test_c2_preterm_infants_are_not_also_pediatric() -> None:
    assert _labels("Massage of preterm infants by their mothers") == ("preterm_neonatal",)


def test_c2_older_infants_are_pediatric() -> None:
    assert _labels("Massage for colic in infants") == ("pediatric",)


def test_c1_what_a_harm_report_s_patients_presented_with_is_the_harm() -> None:
    record = Record(
        pmid="1",
        title="Carotid artery dissection after vigorous neck massage: two cases",
        abstract=(
            AbstractSection(
                "Two women presented with severe headache and visual loss a day after a neck "
                "massage given for neck pain."
            ),
        ),
    )
    labels, _ = tag_conditions(record, design="case_report")
    assert labels == ("neck_shoulder_pain",)


def test_what_a_harm_report_s_patient_developed_is_the_harm_not_why_she_came() -> None:
    record = Record(
        pmid="1",
        title="Vertebral artery dissection after neck massage",
        abstract=(
            AbstractSection(
                "A woman with a 2-week history of neck pain received a vigorous neck massage. "
                "Within hours she developed occipital headache and vertigo. A man developed "
                "dissection within days of a massage given for shoulder pain."
            ),
        ),
    )
    labels, _ = tag_conditions(record, design="case_report")
    assert labels == ("neck_shoulder_pain",)


def test_the_baby_of_a_perineal_massage_study_is_the_birth_not_a_population() -> None:
    record = Record(
        pmid="1",
        title="Antenatal perineal massage: a guide for midwives",
        abstract=(
            AbstractSection(
                "Women expecting their first baby may massage the perineum from 34 weeks."
            ),
        ),
    )
    labels, _ = tag_conditions(record, kind="perineal", design="review")
    assert labels == ("pregnancy_labor",)


def test_an_icu_complication_in_the_results_is_no_condition() -> None:
    record = Record(
        pmid="1",
        title="Foot massage for anxiety in intensive care",
        abstract=(
            AbstractSection("Anxiety was lower with massage.", label="RESULTS"),
            AbstractSection("No pressure ulcers occurred in either group.", label="RESULTS"),
        ),
    )
    labels, _ = tag_conditions(record, design="rct")
    assert "other_condition" not in labels


def test_changes_after_massage_are_an_effect_not_a_harm() -> None:
    title = "Changes in cancer pain after a first inpatient massage"
    assert _labels(title, design="observational") == ("cancer",)
    assert _labels("Stroke after a neck massage", design="case_report") == ()


def test_a_review_of_harms_lists_its_adverse_events_not_its_population() -> None:
    results = (
        "RESULTS",
        "Thirty reports described 52 patients. Serious events included stroke, rib fractures"
        " and liver haematoma.",
    )
    harms = _labels(
        "Adverse events after massage: a systematic review", results, design="systematic_review"
    )
    assert harms == ()
    # a review of an effect still names its population in the results
    effect = _labels("Massage for pain: a systematic review", results, design="systematic_review")
    assert "neurological" in effect


def test_an_injury_in_a_report_of_harms_is_a_harm_not_the_population() -> None:
    abstract = (
        None,
        "Records of 38 patients seen after a massage were reviewed. Diagnoses included"
        " muscle haematoma, rib fractures and burns from heated stones; one man collapsed"
        " and resuscitation was unsuccessful.",
    )
    harms = _labels(
        "Complications of massage seen in an emergency department", abstract, design="observational"
    )
    assert harms == ()
    # ... but an injury the title names as the population stays ("scar massage after burns")
    scars = _labels("Scar massage after burn injury: a case series", abstract, design="case_report")
    assert scars == ("other_condition",)


def test_a_practitioners_caseload_is_not_the_population() -> None:
    record = Record(
        pmid="1",
        title="Massage therapists in one province: a survey of practice and income",
        abstract=(
            AbstractSection(
                "A questionnaire was mailed to 900 therapists. The conditions most often "
                "treated were back and neck complaints, sports injuries and stress."
            ),
        ),
    )
    labels, _ = tag_conditions(record, kind="other", design="observational")
    assert labels == ()


def test_c3_incidental_age_is_not_older_adults() -> None:
    labels = _labels(
        "Massage for neck pain", ("METHODS", "Patients aged 18 to 80 years took part.")
    )
    assert labels == ("neck_shoulder_pain",)


def test_c5_mothers_outcomes_after_infant_massage_add_pregnancy_labor() -> None:
    labels = _labels("Infant massage and maternal depression in the postpartum period")
    assert {"pregnancy_labor", "mental_health", "pediatric"} <= set(labels)


def test_c6_cardiac_massage_is_cardiovascular() -> None:
    assert _labels("Open-chest massage in the emergency department", kind="cardiac") == (
        "cardiovascular",
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # C6: an animal study with no condition named is healthy physiology ...
        ("Stroking and oxytocin release in rats", ("healthy_physiology",)),
        # ... and one that models a condition takes that condition alone
        (
            "Daily stroking lowers anxiety-like behaviour in rats under chronic restraint stress",
            ("mental_health",),
        ),
        # C4: bone loss and its animal model are other_condition
        ("Vibration massage of the hindlimbs in ovariectomized rats", ("other_condition",)),
        # a device's "stroke frequency" is no stroke
        ("Stroke frequency and peak force of percussive massage devices", ("healthy_physiology",)),
    ],
)
def test_animal_and_bench_studies_take_the_condition_they_model(
    title: str, expected: tuple[str, ...]
) -> None:
    assert _labels(title, design="animal_lab") == expected


def test_weak_cues_name_no_one_beside_healthy_volunteers() -> None:
    title = "Manual lymphatic drainage and lymphatic pumping in healthy volunteers"
    assert _labels(title) == ("healthy_physiology",)
    assert _labels("Manual lymphatic drainage: a technical note") == ("lymphedema",)


def test_c1_vital_signs_of_monitored_patients_are_markers() -> None:
    title = "Foot massage and heart rate in mechanically ventilated patients in intensive care"
    assert _labels(title) == ("critical_surgical_care",)
    assert _labels("Massage and heart rate in preterm infants") == ("preterm_neonatal",)


def test_healthy_volunteers_only_when_no_condition() -> None:
    assert _labels("Massage and muscle blood flow in healthy young men") == ("healthy_physiology",)
    assert _labels("Massage and soreness in healthy young men after exercise") == (
        "exercise_recovery",
    )


def test_non_malignant_pain_is_not_cancer() -> None:
    assert "cancer" not in _labels("Massage for chronic non-malignant pain")


def test_mesh_heading_treated_by_the_study_counts() -> None:
    mesh = (MeshHeading("Fibromyalgia", major=False, qualifiers=("therapy",)),)
    assert _labels("Massage outcomes in a rheumatology clinic", mesh=mesh) == ("fibromyalgia",)


def test_mesh_check_tags_are_ignored() -> None:
    mesh = (MeshHeading("Aged", major=False), MeshHeading("Infant", major=False))
    assert _labels("Massage for low back pain", mesh=mesh) == ("low_back_pain",)


def test_results_sections_do_not_add_populations() -> None:
    labels = _labels(
        "Massage for low back pain",
        ("RESULTS", "Two patients with diabetes withdrew; opioid use fell."),
    )
    assert labels == ("low_back_pain",)


def test_each_label_has_evidence_with_its_place() -> None:
    record = Record(pmid="1", title="Massage for neck pain in office workers with migraine")
    labels, evidence = tag_conditions(record)
    assert labels == ("headache", "neck_shoulder_pain")
    assert [e.where for e in evidence] == ["title", "title"]
    assert [e.text.lower() for e in evidence] == ["migraine", "neck pain"]


def test_perineal_words_outside_childbirth_are_not_pregnancy() -> None:
    labels = _labels(
        "Massage after prostate biopsy",
        ("METHODS", "Men had a transperineal biopsy for suspected prostate cancer."),
    )
    assert "pregnancy_labor" not in labels


def test_trial_in_people_without_a_condition_is_healthy_physiology() -> None:
    labels, evidence = tag_conditions(
        Record(pmid="1", title="Massage and salivary oxytocin", abstract=()), design="rct"
    )
    assert labels == ("healthy_physiology",)
    assert evidence[0].where == "default"


def test_cervical_spondylosis_is_neck_pain() -> None:
    assert _labels("Tuina for cervical spondylotic radiculopathy") == ("neck_shoulder_pain",)


def test_overlapping_phrases_give_every_label() -> None:
    assert _labels("Postoperative massage after breast cancer surgery") == (
        "cancer",
        "critical_surgical_care",
    )


def test_staff_of_a_setting_are_not_its_patients() -> None:
    assert _labels("Chair massage for burnout among ICU nurses") == ("mental_health",)


def test_no_condition_has_default_evidence() -> None:
    record = Record(pmid="1", title="Massage therapists' income in three states")
    assert tag_conditions(record) == ((), (Evidence("default", "no condition named"),))


def test_c1_anxiety_in_a_results_sentence_of_an_unlabelled_abstract_adds_nothing() -> None:
    labels = _labels(
        "Foot reflexology for pain after abdominal surgery",
        (
            None,
            "We examined reflexology for postoperative pain. Sixty patients were randomized. "
            "Pain, anxiety and vital signs were recorded. Pain was lower with reflexology; "
            "anxiety did not differ. Reflexology can relieve pain after abdominal surgery.",
        ),
    )
    assert labels == ("critical_surgical_care",)


def test_conditions_named_only_as_exclusions_are_not_addressed() -> None:
    labels = _labels(
        "Chair massage for office workers",
        (
            "METHODS",
            "Workers with chronic neck pain were eligible; those with fibromyalgia or "
            "migraine were excluded. Women who were pregnant were also excluded.",
        ),
    )
    assert labels == ("neck_shoulder_pain",)


@pytest.mark.parametrize(
    ("title", "section"),
    [
        # a "Secondary:" heading among the main outcome measures
        (
            "Abdominal massage for constipation in older adults",
            (
                "MAIN OUTCOME MEASURES",
                "Primary: stool frequency over the last week. Secondary: anxiety (HADS) and "
                "sleep quality (PSQI).",
            ),
        ),
        # a secondary clause inside the unlabelled sentence that names the primary outcome
        (
            "Foot reflexology for fatigue in haemodialysis",
            (
                None,
                "Sixty patients on haemodialysis were randomised to reflexology or usual care. "
                "Fatigue was the primary outcome; itching was a secondary outcome, and sleep "
                "and mood were recorded in a diary. Fatigue fell more with reflexology.",
            ),
        ),
    ],
)
def test_c1_secondary_outcomes_add_no_focus_label(
    title: str, section: tuple[str | None, str]
) -> None:
    labels = _labels(title, section)
    assert "mental_health" not in labels
    assert "sleep" not in labels


def test_c5_a_mothers_measured_anxiety_with_a_qualifier_adds_pregnancy_labor() -> None:
    labels = _labels(
        "Kangaroo care with massage for weight gain in preterm infants",
        ("METHODS", "Maternal trait anxiety was assessed with the STAI at discharge."),
    )
    assert "pregnancy_labor" in labels


def test_a_setting_section_names_a_place_not_the_population() -> None:
    labels = _labels(
        "Massage and bilirubin in healthy term newborns",
        ("SETTING", "The postnatal ward and surgical intensive care unit of a city hospital."),
        ("PARTICIPANTS", "Sixty healthy term newborns on their first day of life."),
    )
    assert labels == ("preterm_neonatal",)


def test_the_birth_of_the_baby_is_no_infant_population() -> None:
    labels = _labels(
        "Fundal massage to prevent postpartum haemorrhage",
        ("METHODS", "Massage began within one minute of the birth of the baby."),
    )
    assert labels == ("pregnancy_labor",)


def test_trigger_point_massage_names_the_technique_not_the_condition() -> None:
    assert _labels("Trigger point massage for migraine in women: a pilot trial") == ("headache",)
    assert "other_musculoskeletal" in _labels("Massage for myofascial trigger points of the calf")


def test_surgery_as_the_history_of_a_named_condition_adds_no_surgical_label() -> None:
    title = "Manual lymph drainage for lymphoedema after breast cancer surgery"
    assert _labels(title) == ("cancer", "lymphedema")
    assert _labels("Massage for hypertrophic scars after hand surgery") == ("other_condition",)


def test_surgery_alone_names_the_surgical_population() -> None:
    labels = _labels("Slow-stroke back massage for anxiety after surgery")
    assert labels == ("critical_surgical_care", "mental_health")


def test_complications_of_resuscitation_are_no_condition_studied() -> None:
    assert _labels(
        "Sternal and rib fractures after closed-chest cardiac massage", kind="cardiac"
    ) == ("cardiovascular",)
    labels = _labels(
        "Collapse after massage of a swollen leg",
        (None, "A man collapsed during the massage and could not be resuscitated."),
    )
    assert labels == ("leg_pain_edema",)


def test_heel_pain_is_musculoskeletal() -> None:
    assert _labels("Soft tissue mobilisation for plantar heel pain") == ("other_musculoskeletal",)


def test_c2_infants_enrolled_in_their_first_four_weeks_are_neonates() -> None:
    labels = _labels(
        "Infant massage by fathers and infant sleep",
        ("METHODS", "Healthy term infants were enrolled at 7 to 20 days after birth."),
    )
    assert "preterm_neonatal" in labels
    assert "pediatric" not in labels
    older = _labels(
        "Infant massage by fathers and infant sleep",
        ("METHODS", "Healthy infants were enrolled at 6 to 10 weeks of age."),
    )
    assert "preterm_neonatal" not in older


def test_a_postnatal_ward_is_a_place() -> None:
    labels = _labels(
        "Leg massage before heel lancing in term newborns",
        ("METHODS", "Sixty term newborns in the postnatal ward of a city hospital took part."),
    )
    assert labels == ("preterm_neonatal",)


def test_leg_pain_in_a_study_of_sciatica_is_radicular() -> None:
    labels = _labels(
        "Tuina for lumbar disc herniation with sciatica",
        ("METHODS", "The primary outcome is leg pain intensity at week 4."),
    )
    assert labels == ("low_back_pain",)
    assert "leg_pain_edema" in _labels("Massage for leg pain in pregnancy")


def test_mothers_after_a_caesarean_section_are_post_operative() -> None:
    labels = _labels("Foot massage for pain after caesarean section")
    assert labels == ("critical_surgical_care", "pregnancy_labor")


def test_surgery_inducing_an_animal_model_is_no_surgical_population() -> None:
    labels = _labels(
        "Massage in a mouse tail model of secondary lymphoedema",
        (
            None,
            "From the third postoperative day, mice received daily tail massage; tail "
            "swelling was measured on day 14.",
        ),
        design="animal_lab",
    )
    assert labels == ("lymphedema",)
    modelled = _labels("Abdominal stroking in rats with postoperative ileus", design="animal_lab")
    assert "critical_surgical_care" in modelled


def test_trigger_points_in_a_headache_study_are_its_mechanism() -> None:
    labels = _labels(
        "Massage for chronic tension-type headache",
        (None, "Myofascial trigger points in the neck muscles are thought to drive the pain."),
    )
    assert labels == ("headache",)


def test_myofascial_pain_of_the_neck_and_shoulder_is_neck_shoulder_pain() -> None:
    title = "Trigger point massage for upper trapezius myofascial pain in office workers"
    labels = _labels(title, ("METHODS", "Workers with neck-shoulder pain were randomised."))
    assert labels == ("neck_shoulder_pain",)
    assert "other_musculoskeletal" in _labels("Massage for myofascial pain of the forearm")


def test_swelling_with_no_site_counts_only_where_the_study_states_its_focus() -> None:
    listed = _labels(
        "Massage and touch in palliative care: a narrative review",
        (
            None,
            "We searched for trials of massage in palliative care. Trials measured pain, "
            "breathlessness, oedema and fatigue. Massage may bring comfort at the end of life.",
        ),
        design="review",
    )
    assert listed == ("palliative_care",)
    focus = _labels(
        "Lymph drainage after knee replacement: a randomised trial",
        ("OBJECTIVE", "To test whether lymph drainage reduces swelling after knee replacement."),
    )
    assert "leg_pain_edema" in focus
    assert "leg_pain_edema" in _labels("Massage for ankle swelling in late pregnancy")


def test_child_development_as_an_outcome_names_no_children() -> None:
    labels = _labels(
        "Massage of very preterm infants and neurodevelopment at 2 years' corrected age",
        ("METHODS", "The Bayley Scales of Infant and Toddler Development were given at 2 years."),
        mesh=(MeshHeading("Child Development", major=True), MeshHeading("Infant, Premature")),
    )
    assert labels == ("preterm_neonatal",)


def test_incontinence_measured_after_childbirth_is_an_outcome_not_a_population() -> None:
    outcome = _labels(
        "Antenatal perineal massage and perineal trauma at birth",
        ("METHODS", "Urinary incontinence was assessed by questionnaire 3 months after birth."),
    )
    assert outcome == ("pregnancy_labor",)
    studied = _labels("Massage for urinary incontinence in older women")
    assert "other_condition" in studied
    aim = _labels(
        "Antenatal perineal massage and pelvic floor function: a randomised trial",
        ("AIMS", "To assess whether antenatal perineal massage prevents urinary incontinence."),
    )
    assert aim == ("pregnancy_labor",)


def test_lipoedema_is_leg_pain_and_swelling_and_cycling_is_exercise() -> None:
    assert _labels("Lymph drainage for lipoedema: a systematic review") == ("leg_pain_edema",)
    assert _labels("Lymph drainage in women with lipedema") == ("leg_pain_edema",)
    title = "Sports massage and recovery of quadriceps strength after high-intensity cycling"
    assert _labels(title) == ("exercise_recovery",)


def test_blood_pressure_of_healthy_volunteers_is_their_physiology() -> None:
    title = "Effects of scalp massage on cortisol, blood pressure and heart rate in healthy office"
    assert _labels(title + " workers") == ("healthy_physiology",)
    hrv = _labels("Heart rate variability after one Swedish massage in healthy adults")
    assert hrv == ("cardiovascular", "healthy_physiology")
    assert _labels("Massage and blood pressure in older adults") == (
        "cardiovascular",
        "dementia_older_adults",
    )


def test_an_oil_or_a_symptom_scale_names_no_population() -> None:
    labels = _labels(
        "Lavender oil massage for restless legs in haemodialysis patients",
        ("METHODS", "Controls had the same massage with odourless baby oil."),
    )
    assert labels == ("leg_pain_edema", "other_condition")
    title = "Abdominal massage for menstrual pain and menstrual distress in dysmenorrhoea"
    assert _labels(title) == ("other_condition",)


def test_a_contused_muscle_is_a_muscle_injury() -> None:
    labels = _labels(
        "Tuina promotes repair of contused skeletal muscle in rabbits", design="animal_lab"
    )
    assert labels == ("other_musculoskeletal",)


def test_opioid_use_as_an_outcome_is_no_substance_use_disorder() -> None:
    labels = _labels(
        "Massage after abdominal surgery: a randomised trial",
        ("METHODS", "Pain was rated after each session, and opioid use was recorded."),
    )
    assert labels == ("critical_surgical_care",)
    assert "other_condition" in _labels("Massage for pain in adults with opioid use disorder")


def test_very_low_birthweight_infants_are_neonates() -> None:
    labels = _labels("Extra stroking and massage of very low birthweight infants")
    assert labels == ("preterm_neonatal",)


def test_lymph_drainage_with_no_condition_named_is_for_lymphoedema() -> None:
    assert _labels("Manual lymph drainage: indications, technique and contraindications") == (
        "lymphedema",
    )
    title = "Manual lymphatic drainage for swelling after knee replacement"
    assert "lymphedema" not in _labels(title)


def test_a_depressed_reflex_is_no_depression() -> None:
    labels = _labels(
        "Inhibition of the H-reflex during massage in healthy subjects",
        (None, "We asked whether the depression of alpha motoneuron excitability is specific."),
    )
    assert labels == ("healthy_physiology",)


def test_a_harm_named_in_the_title_is_an_adverse_event_not_the_population() -> None:
    labels = _labels(
        "Common peroneal nerve palsy after traditional Thai massage",
        (None, "Sustained pressure during Thai massage can cause compressive neuropathy."),
        design="case_report",
    )
    assert labels == ()
    child = _labels(
        "Atlantoaxial subluxation in a child after neck massage",
        (None, "A 6-year-old girl with neck pain had a vigorous neck massage."),
        design="case_report",
    )
    assert child == ("neck_shoulder_pain", "pediatric")
    assert _labels("Second-degree burns from hot stone massage", design="case_report") == ()
    trial = _labels("Massage for neuropathy after chemotherapy", design="rct")
    assert "neurological" in trial


def test_a_lumbar_sprain_is_low_back_pain_and_a_setting_is_a_place() -> None:
    assert _labels("Tuina versus diclofenac for acute lumbar sprain") == ("low_back_pain",)
    labels = _labels(
        "Pain and anxiety before and after massage in hospital inpatients",
        ("SETTING/LOCATION", "A 600-bed hospital with medical, cardiac and oncology units."),
        ("OBJECTIVES", "To describe changes in anxiety around massage sessions."),
    )
    assert labels == ("mental_health",)


def test_low_back_and_pelvic_pain_is_low_back_pain() -> None:
    labels = _labels("Massage for low back and pelvic pain in pregnancy: a systematic review")
    assert labels == ("low_back_pain", "pregnancy_labor")


def test_a_stroke_after_carotid_sinus_massage_is_a_complication() -> None:
    labels = _labels(
        "Stroke after carotid sinus massage in an older man",
        kind="carotid_sinus",
    )
    assert "neurological" not in labels
    assert "cardiovascular" in labels


def test_down_syndrome_is_a_childhood_condition_no_label_covers() -> None:
    labels = _labels("Massage and motor development of infants with Down syndrome")
    assert labels == ("other_condition", "pediatric")


def test_lumbosacral_massage_in_labour_names_where_not_a_back_condition() -> None:
    labels = _labels("Lumbosacral massage for labour pain and anxiety in primiparous women")
    assert labels == ("mental_health", "pregnancy_labor")


def test_a_time_point_after_the_last_massage_does_not_make_the_title_a_harm_report() -> None:
    record = Record(
        pmid="1",
        title="Prostatic massage with antibiotics for chronic prostatitis: symptoms six months"
        " after the final massage",
        abstract=(AbstractSection("Forty men were treated in this uncontrolled series."),),
    )
    labels, _ = tag_conditions(record, design="observational")
    assert labels == ("other_condition",)


def test_birth_outcomes_of_a_pregnancy_study_add_no_preterm_infants() -> None:
    labels = _labels(
        "Pregnancy massage for prenatal depression and birth outcomes",
        (
            "OBJECTIVE",
            "To test whether massage in pregnancy reduces depression and improves neonatal"
            " outcomes such as preterm birth.",
        ),
    )
    assert labels == ("mental_health", "pregnancy_labor")
    assert "preterm_neonatal" in _labels("Massage of preterm infants and weight gain")


def test_raised_intraocular_pressure_is_a_condition_the_study_treats() -> None:
    eye = "Digital ocular massage before cataract surgery: effect on intraocular pressure"
    assert "other_condition" in _labels(eye)  # the eye itself is treated
