"""Outcome horizon and follow-up days (TAXONOMY.md §4, H1-H6), one row per rule.

Each row is a short abstract in realistic wording; the tagger must read the
latest outcome time point counted from the first massage.
"""

from __future__ import annotations

import pytest
from builders import record_with_sections

from synth.records import Record
from synth.tag.horizon import tag_horizon


def _record(*sections: tuple[str | None, str], title: str = "Massage trial") -> Record:
    return record_with_sections(*sections, title=title)


CASES = [
    # H1: the latest of several listed time points
    (
        "list of weeks",
        [("METHODS", "Pain and disability were assessed at 4, 10 and 26 weeks.")],
        "rct",
        ("intermediate", 182),
    ),
    # "within N" / "in N" is a window of an outcome, not a treatment span
    (
        "relapse window is no treatment span",
        [
            (
                "METHODS",
                "Women received lymph drainage for 3 weeks. Arm volume was measured at the "
                "end of treatment and 3 months after the end of treatment.",
            ),
            ("RESULTS", "Swelling came back within 3 months in 4 of 20 women."),
        ],
        "rct",
        ("intermediate", 111),
    ),
    (
        "sessions counted in evenings",
        [
            (
                "METHODS",
                "Residents had foot massage every evening for ten consecutive evenings; sleep "
                "was rated on the first evening and after the tenth massage.",
            )
        ],
        "rct",
        ("short", 10),
    ),
    (
        "a signed figure after 'week N' is no week",
        [
            ("METHODS", "Mood was rated at weeks 0, 4 and 8."),
            (
                "RESULTS",
                "Scores were lower at week 8 (difference at week 8 -3.1, 95% CI -5 to -1).",
            ),
        ],
        "rct",
        ("short", 56),
    ),
    (
        "a programme span with words between the number and 'programme'",
        [
            (
                "METHODS",
                "Adults followed an 8-week home self-massage programme. Pain was scored at the "
                "end and 2 and 4 months after the programme ended.",
            ),
            ("RESULTS", "Pain was lower with self-massage at 2 months but not at 4 months."),
        ],
        "controlled_trial",
        ("intermediate", 176),
    ),
    (
        "massage during the second stage of labour, pain rated a day later",
        [
            (
                "METHODS",
                "Women had perineal massage during the second stage of labour; pain was rated "
                "24 hours after birth.",
            )
        ],
        "rct",
        ("immediate", 1),
    ),
    # history and study periods are no study time
    (
        "time since injury and a recruitment period",
        [
            (
                "METHODS",
                "Adults with spinal cord injury (median time since injury 9 years) were "
                "recruited over 3 years. Bowel scores were recorded at baseline and 6 months.",
            )
        ],
        "observational",
        ("intermediate", 180),
    ),
    (
        "years of pain and a roll-out period",
        [
            (
                "METHODS",
                "Wards crossed to massage at 3-month intervals over 18 months. Patients with "
                "5 years of chronic low back pain were assessed at 2 weeks.",
            )
        ],
        "rct",
        ("short", 14),
    ),
    (
        "'for at least a day' and 'a day-surgery unit' are no sessions a day",
        [
            ("DESIGN", "Randomised trial in a day-surgery unit."),
            (
                "RESULTS",
                "One 20-minute massage lowered pain immediately and at 24 hours; the effect "
                "lasted for at least a day.",
            ),
        ],
        "rct",
        ("immediate", 1),
    ),
    (
        "a gestational range in a pregnancy record",
        [
            (
                None,
                "Women with a singleton pregnancy at 36-41 weeks had perineal massage in "
                "labour; perineal pain was rated at day 7 postpartum.",
            )
        ],
        "controlled_trial",
        ("short", 7),
    ),
    # H4: 52 weeks is 364 days and long
    (
        "52 weeks",
        [("METHODS", "Outcomes were measured at 10 weeks (primary) and at 26 and 52 weeks.")],
        "rct",
        ("long", 364),
    ),
    (
        "one-year follow-up in words",
        [("RESULTS", "The benefit was still present at the one-year follow-up.")],
        "rct",
        ("long", 365),
    ),
    (
        "hyphenated months",
        [
            (
                "METHODS",
                "Patients completed questionnaires at baseline and at 3- and 6-month visits.",
            )
        ],
        "rct",
        ("intermediate", 180),
    ),
    # H1: a time point counted after treatment is added to the treatment span
    (
        "months after the intervention",
        [
            ("METHODS", "Women received massage twice weekly for 8 weeks."),
            ("RESULTS", "Fatigue was lower six months after the intervention."),
        ],
        "rct",
        ("intermediate", 236),
    ),
    (
        "weeks after the last session",
        [
            (
                "METHODS",
                "Nine sessions were given over 3 weeks; "
                "pain was rated 2 weeks after the last session.",
            )
        ],
        "rct",
        ("short", 35),
    ),
    (
        "post-treatment and later",
        [
            ("METHODS", "The programme lasted 12 weeks."),
            ("RESULTS", "Gains seen post-treatment were kept 3 and 9 months later."),
        ],
        "rct",
        ("intermediate", 354),
    ),
    # the compound follow-up inside the treatment span is counted after it
    (
        "follow-up shorter than treatment",
        [
            (
                "RESULTS",
                "At 4 weeks pain was lower; "
                "the difference held at the 1-month and 3-month follow-up.",
            )
        ],
        "rct",
        ("intermediate", 118),
    ),
    (
        "follow-up naming the end of the study period",
        [
            (
                "METHODS",
                "Behaviour was followed over a 6-month period, with reports at 2 and 6 months "
                "and at the 6-month follow-up visit.",
            )
        ],
        "observational",
        ("intermediate", 180),
    ),
    (
        "follow-up longer than treatment",
        [
            (
                "METHODS",
                "Ten sessions over 12 weeks; "
                "outcomes after treatment and at the 26-week follow-up.",
            )
        ],
        "rct",
        ("intermediate", 182),
    ),
    # a treatment-period-only study: the end of treatment
    (
        "end of treatment",
        [("METHODS", "Eight weeks of massage; outcomes at baseline and week 8.")],
        "rct",
        ("short", 56),
    ),
    (
        "consecutive days",
        [
            (
                "METHODS",
                "Infants were massaged three times a day "
                "for 10 consecutive days and weighed daily.",
            )
        ],
        "controlled_trial",
        ("short", 10),
    ),
    (
        "range takes its upper end",
        [("METHODS", "Participants were re-examined 8-12 weeks after enrolment.")],
        "observational",
        ("short", 84),
    ),
    # never an age, a gestational week, a symptom history, a date or a session length
    (
        "infant ages",
        [
            ("METHODS", "Infants aged 6 months (range 3-11 months) were massaged for 4 weeks."),
        ],
        "rct",
        ("short", 28),
    ),
    (
        "infants between two ages",
        [("METHODS", "Infants between 2 and 6 months were massaged daily for 4 weeks.")],
        "rct",
        ("short", 28),
    ),
    (
        "gestation and history",
        [
            (
                "METHODS",
                "Women at 34 weeks of gestation with back pain for more than 6 months "
                "received 20-minute massages for 2 weeks.",
            )
        ],
        "rct",
        ("short", 14),
    ),
    (
        "old and past years",
        [("METHODS", "A 63-year-old man treated in the past 10 years was followed for 3 months.")],
        "case_report",
        ("short", 90),
    ),
    (
        "symptom duration and a start day",
        [
            (
                "METHODS",
                "Patients with a symptom duration of 6 months were treated from postoperative "
                "day 7 for 3 weeks.",
            )
        ],
        "rct",
        ("short", 21),
    ),
    # H2: one session measured within a day is immediate
    (
        "single 20-min session",
        [
            (
                "METHODS",
                "A single 20-min session of back massage; anxiety was rated before and after it.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    (
        "24 hours after one session",
        [
            (
                "METHODS",
                "After one 15-minute massage, soreness was scored immediately and 24 h after.",
            )
        ],
        "rct",
        ("immediate", 1),
    ),
    (
        "minutes only",
        [("METHODS", "Blood flow was recorded at 0, 10, 30 and 60 min after a 10-min massage.")],
        "controlled_trial",
        ("immediate", 0),
    ),
    (
        "carotid sinus massage read during the manoeuvre",
        [("RESULTS", "Carotid sinus massage was performed in 90 patients; 30 had a pause.")],
        "observational",
        ("immediate", 0),
    ),
    (
        "pressures read during cardiac massage",
        [
            (
                "METHODS",
                "In 12 patients in cardiac arrest, aortic pressure was recorded during 5 min of "
                "closed-chest cardiac massage and then of open-chest massage.",
            )
        ],
        "observational",
        ("immediate", 0),
    ),
    (
        "patients' outcomes after cardiac massage have no time",
        [
            (
                None,
                "Closed-chest cardiac massage for 10 to 40 minutes was given to 20 patients in "
                "cardiac arrest on surgical wards. Circulation returned in 11, and 6 left "
                "hospital alive. Rib fractures were seen in 4.",
            )
        ],
        "case_report",
        ("not_reported", None),
    ),
    (
        "animal resuscitation model is read during the manoeuvre",
        [(None, "Twelve pigs in induced fibrillation received 8 min of cardiac massage.")],
        "animal_lab",
        ("immediate", 0),
    ),
    (
        "one massage stated as the intervention outweighs 'a first massage'",
        [
            ("SUBJECTS", "412 adult inpatients who received a first massage in 2019-2021."),
            ("INTERVENTION", "One massage of 20 to 40 minutes, tailored to the patient."),
            ("OUTCOME MEASURES", "Pain rated by the therapist just before and just after it."),
        ],
        "observational",
        ("immediate", 0),
    ),
    (
        "the years over which people attended a clinic are a recruitment window",
        [
            (
                None,
                "Women who gave their occupation as massage-parlour worker and attended the "
                "genitourinary medicine clinic of one city over two years were studied.",
            )
        ],
        "observational",
        ("not_reported", None),
    ),
    # ordinal days: the day a patient left hospital or died is the last time point
    (
        "left hospital on the fourteenth postoperative day",
        [
            (
                None,
                "The heart was compressed through the diaphragm and a rhythm returned after "
                "three minutes. The patient recovered, leaving hospital on the fourteenth "
                "postoperative day.",
            )
        ],
        "case_report",
        ("short", 14),
    ),
    (
        "discharged on the 19th day after the arrest",
        [(None, "She was discharged home on the 19th day after the arrest.")],
        "case_report",
        ("short", 19),
    ),
    (
        "the day a single massage was given is when, not how long",
        [
            (
                "METHODS",
                "Seventy patients on the second postoperative day were randomized to one foot "
                "massage or rest; pain was rated before and after it.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    (
        "an age is no follow-up: patients over 40 years",
        [("AIMS", "Guidelines recommend carotid sinus massage in patients over 40 years.")],
        "observational",
        ("immediate", 0),
    ),
    (
        "postoperative days written POD",
        [
            (
                "METHODS",
                "Patients had massage once daily from POD 1 to POD 5; swelling was measured on "
                "POD 1, 3, 5 and 7.",
            )
        ],
        "rct",
        ("short", 7),
    ),
    (
        "the period a service delivered its sessions",
        [
            (
                "SUBJECTS",
                "Over 2 years, 1,390 massage sessions were delivered to 872 patients; pain was "
                "rated just before and after each session.",
            )
        ],
        "observational",
        ("not_reported", None),
    ),
    (
        "two sessions a week apart are no weekly schedule",
        [
            (
                None,
                "Sprinters completed two testing sessions a week apart, after massage or a "
                "warm-up; sprints were run 5 minutes after each condition.",
            )
        ],
        "controlled_trial",
        ("immediate", 0),
    ),
    (
        "'several times more common' names no time points",
        [
            ("BACKGROUND", "Restless legs are several times more common in multiple sclerosis."),
            ("METHODS", "Severity was measured at baseline, at the end of week 4 and at week 8."),
        ],
        "rct",
        ("short", 56),
    ),
    (
        "women enrolled on postpartum days 3-4",
        [
            (
                "METHODS",
                "Twenty-four women on postpartum days 3-4 received a single 15-min back massage; "
                "fatigue was rated before and 10 min after it.",
            )
        ],
        "observational",
        ("immediate", 0),
    ),
    (
        "the fourth fall in six months is a history",
        [
            (
                None,
                "An 84-year-old woman was admitted after her fourth fall in six months. Carotid "
                "sinus massage produced 7.8 seconds of asystole.",
            )
        ],
        "case_report",
        ("immediate", 0),
    ),
    (
        "a daily part of intensive care is no schedule of massage",
        [
            (
                None,
                "Painful procedures are a daily part of neonatal intensive care. Infants had one "
                "heel lance after 2 minutes of massage; pain was scored 1 minute after it.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    (
        "the day people were randomised is no follow-up",
        [
            (
                "METHODS",
                "Patients were randomised on postoperative day 2 or 3 to one 20-minute massage "
                "or quiet time; pain was rated before and after the session.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    (
        "people enrolled on the second day after surgery",
        [
            ("PARTICIPANTS", "64 adults on the second day after coronary artery bypass grafting."),
            ("METHODS", "Pain was rated before, immediately after and 30 minutes after massage."),
        ],
        "rct",
        ("immediate", 0),
    ),
    (
        "women enrolled with engorgement on days 2-5 postpartum",
        [
            (
                "METHODS",
                "Sixty women with breast engorgement on days 2-5 postpartum had one 15-minute "
                "breast massage; pain was measured before and 30 minutes after it.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    (
        "a difference in days is no time point",
        [
            (
                "RESULTS",
                "Eleven trials were included. Massage shortened the time to full enteral "
                "feeding by 2.6 days.",
            )
        ],
        "systematic_review",
        ("not_reported", None),
    ),
    (
        "massages at stages of one labour are one day",
        [
            (
                "METHODS",
                "Women were randomised to back massage for 30 minutes at 4 cm, 6-7 cm and 8-10 "
                "cm cervical dilatation, or to routine care. Pain was measured after each "
                "massage.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    (
        "a three-year series is how long a service collected its records",
        [
            (
                None,
                "In a three-year single-centre series, 1046 patients rated their symptoms "
                "immediately before and immediately after a massage session.",
            )
        ],
        "observational",
        ("immediate", 0),
    ),
    (
        "a corrected age then the span of treatment",
        [
            (
                "OUTCOME MEASURES",
                "Motor scale at 6 months corrected age, after 3 months of daily 15-minute massage.",
            )
        ],
        "rct",
        ("short", 90),
    ),
    (
        "a session during a day shift is no daily schedule",
        [
            (
                "METHODS",
                "In a crossover trial, nurses had chair massage or rest first; each was a "
                "15-minute session during a day shift, one week apart. Stress was rated before "
                "and 10 minutes after each session.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    (
        "an age range beside the sample's make-up",
        [
            (
                None,
                "Sixteen healthy volunteers (8 women; 21-34 years) had 15 minutes of rest and "
                "then 15 minutes of calf massage; blood flow was recorded for 20 minutes after.",
            )
        ],
        "controlled_trial",
        ("immediate", 0),
    ),
    (
        "how long the swelling has persisted is history",
        [
            (
                None,
                "We describe five patients aged 24-61 years with persistent ankle and foot "
                "swelling 8-14 weeks after fixation of an ankle fracture. Each received lymph "
                "drainage daily for 2 weeks; swelling was measured before and after treatment.",
            )
        ],
        "case_report",
        ("short", 14),
    ),
    (
        "swelling persisting for weeks is history",
        [
            (
                "METHODS",
                "Six patients (four women, two men, aged 34-61 years) with ankle swelling "
                "persisting 8-14 weeks after surgery received six sessions of lymph drainage "
                "over 3 weeks.",
            )
        ],
        "case_report",
        ("short", 21),
    ),
    (
        "sessions attended over some weeks are the treatment span",
        [
            (
                "METHODS",
                "Both groups attended six sessions over 3 weeks. Pain was measured after the "
                "last session and 4 weeks after the last session.",
            )
        ],
        "rct",
        ("short", 49),
    ),
    (
        "time since diagnosis defines the surveyed population",
        [
            (
                None,
                "Questionnaires on massage use were mailed to 900 women identified through a "
                "cancer registry 2 to 4 years after diagnosis; 610 returned them.",
            )
        ],
        "observational",
        ("not_reported", None),
    ),
    (
        "the days of a crossover's two sessions are no follow-up",
        [
            (
                "METHODS",
                "Twenty players completed, in random order on two days one week apart, a "
                "warm-up with 2 minutes of percussive massage or of rest. Jump height was tested "
                "immediately and 10, 20 and 30 minutes after each condition.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    (
        "crossover washout is no follow-up",
        [
            (
                "METHODS",
                "In a crossover design with a 1-week washout, each participant received one "
                "20-min massage and one rest session; heart rate was recorded during each.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    (
        "one massage measured before and after",
        [
            (
                "METHODS",
                "Patients received a back massage before surgery; "
                "anxiety was rated before and after the massage.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    (
        "before and after each session is several sessions",
        [
            (
                "METHODS",
                "Patients received massage; pain was measured before and after each session.",
            )
        ],
        "rct",
        ("not_reported", None),
    ),
    # H4: from 48 hours on, whole days
    (
        "48 hours",
        [("METHODS", "A single 25-min percussive massage; pain was scored 24 h and 48 h later.")],
        "rct",
        ("short", 2),
    ),
    # H2: several sessions without a stated span
    (
        "sessions without span",
        [
            (
                "METHODS",
                "Patients received ten massage sessions; pain was measured after the last one.",
            )
        ],
        "rct",
        ("not_reported", None),
    ),
    (
        "twice weekly without span",
        [
            (
                "METHODS",
                "Massage was given twice a week and mood was rated before and after each visit.",
            )
        ],
        "rct",
        ("not_reported", None),
    ),
    # H3: the latest point cannot be placed
    (
        "end of follow-up unstated",
        [
            (
                "RESULTS",
                "Six sessions over 3 weeks helped; the effect was gone at the end of follow-up.",
            )
        ],
        "rct",
        ("not_reported", None),
    ),
    (
        "nothing stated",
        [("RESULTS", "Massage lowered pain scores compared with usual care.")],
        "rct",
        ("not_reported", None),
    ),
    # H5: an approximate span when the bucket is certain
    (
        "from week 34 until delivery",
        [("METHODS", "Women massaged the perineum daily from week 34 until delivery.")],
        "rct",
        ("short", 42),
    ),
    (
        "sessions spaced days apart",
        [
            (
                "METHODS",
                "Five 60-min sessions were spaced 2-3 days apart; mood was rated after each.",
            )
        ],
        "rct",
        ("short", 10),
    ),
    # H4: until discharge takes the longest mean stay
    (
        "until discharge",
        [
            ("METHODS", "Preterm infants were massaged daily until discharge."),
            ("RESULTS", "Mean length of stay was 31 days with massage and 38 days without."),
        ],
        "rct",
        ("short", 38),
    ),
    (
        "until discharge, stays written with their unit each",
        [
            ("METHODS", "Infants were massaged twice daily and followed until discharge."),
            ("RESULTS", "They were discharged sooner with massage (mean stay 16 days vs 21 days)."),
        ],
        "rct",
        ("short", 21),
    ),
    # H2: the nights of a crossover are its arms, one session each
    (
        "a crossover on two nights in random order",
        [
            (
                "METHODS",
                "Twenty-four residents received, in random order on two nights, a 20-minute "
                "back massage at bedtime or their usual routine; sleep was recorded that night.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    (
        "a crossover on two consecutive nights, the order drawn at random",
        [
            (
                "METHODS",
                "Sixteen ventilated patients received on two consecutive nights in random order "
                "a 15-minute foot massage or no massage; sleep was recorded until 07:00.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    (
        "a crossover whose two arms fall on consecutive days",
        [
            (
                "INTERVENTIONS",
                "Each infant had two routine heel lances on consecutive days, one preceded by "
                "5 minutes of leg massage and one without, in random order.",
            ),
            ("MAIN OUTCOME MEASURES", "Pain scores during and 5 minutes after the lance."),
        ],
        "rct",
        ("immediate", 0),
    ),
    (
        "how long the pain had lasted, with an apostrophe",
        [
            (
                "METHODS",
                "Patients with low back pain (2 weeks to 9 months' duration) had six sessions "
                "over four weeks and were assessed one month after the end of treatment.",
            )
        ],
        "rct",
        ("short", 58),
    ),
    (
        "until discharge, a mean stay with its standard deviation",
        [
            (
                "METHODS",
                "Preterm infants were massaged three times a day for 10 days; all were "
                "followed until discharge.",
            ),
            (
                "RESULTS",
                "Massaged infants went home earlier (mean stay 26 +/- 6 vs 31 +/- 7 days).",
            ),
        ],
        "rct",
        ("short", 31),
    ),
    (
        "a diary window counted from the first treatment",
        [
            (
                "METHODS",
                "Babies had massage once daily for 5 days; parents kept a crying diary over "
                "12 days from the day of the first treatment.",
            ),
            ("RESULTS", "Crying time stayed lower for a week after treatment."),
        ],
        "rct",
        ("short", 12),
    ),
    # H6: a review only from a stated follow-up time
    (
        "review with words only",
        [("RESULTS", "Massage helped in the short term; trials ran for up to 10 weeks.")],
        "systematic_review",
        ("not_reported", None),
    ),
    (
        "review with a stated short-term window",
        [("RESULTS", "Massage reduced pain in the short term (up to 3 months).")],
        "systematic_review",
        ("short", 90),
    ),
    (
        "review: an outcome within hours of birth",
        [("RESULTS", "Blood loss within 24 hours of birth did not differ (two trials).")],
        "systematic_review",
        ("immediate", 1),
    ),
    (
        "review: a follow-up range across units",
        [
            (
                "METHODS",
                "Pain was taken at the last follow-up of each trial (range 4 weeks to 9 months).",
            )
        ],
        "systematic_review",
        ("intermediate", 270),
    ),
    (
        "review with stated follow-up",
        [("RESULTS", "Pooled pain scores favoured massage at follow-up of 6 months.")],
        "systematic_review",
        ("intermediate", 180),
    ),
    (
        "protocol",
        [("METHODS", "Outcomes will be assessed at 12 weeks.")],
        "protocol",
        ("not_reported", None),
    ),
    (
        "planned times in a record without results",
        [
            (
                "METHODS",
                "Participants will receive massage for 8 weeks; "
                "outcomes will be assessed at 6 months.",
            )
        ],
        "rct",
        ("not_reported", None),
    ),
    # H1: "week 11 and 3 months after the end of treatment": two time points, the
    # second counted from the end of the 11 weeks
    (
        "leading unit then a later point",
        [
            (
                "METHODS",
                "Patients were randomised to 11 weeks of weekly reflexology or sham. Outcomes "
                "were assessed at baseline, at week 11 and 3 months after the end of treatment.",
            )
        ],
        "rct",
        ("intermediate", 167),
    ),
    # H1: a point counted from the start of treatment is not added to it
    (
        "after the start of treatment",
        [
            (
                "METHODS",
                "Women received massage twice a week for 4 weeks. Symptoms were rated at "
                "baseline, after 4 weeks and 8 weeks after the start of treatment.",
            )
        ],
        "rct",
        ("short", 56),
    ),
    # H1/H5: a gestational week is no follow-up time
    (
        "gestational week in a pregnancy trial",
        [
            (
                "METHODS",
                "Pregnant women received massage twice weekly from week 34 of pregnancy until "
                "delivery. Depression was assessed at week 34 and at delivery.",
            )
        ],
        "rct",
        ("short", 42),
    ),
    # H1: in "week 4 and two weeks after the last massage" only the second point
    # is counted after treatment
    (
        "point then a point after the last session",
        [
            (
                None,
                "Residents received hand massage five days a week for four weeks; agitation was "
                "rated at baseline, week 4 and two weeks after the last massage.",
            )
        ],
        "rct",
        ("short", 42),
    ),
    # H1/H5: hours after the last of 10 sessions given three times weekly
    (
        "after the last of a course of sessions",
        [
            (
                None,
                "Women were randomised to Swedish massage three times weekly for 10 sessions or "
                "rest. Blood pressure was measured 72 hours after the last session.",
            )
        ],
        "rct",
        ("short", 26),
    ),
    # H4: until discharge, the longest mean stay
    (
        "at discharge with mean stays",
        [
            (
                None,
                "Preterm infants received massage three times daily for 10 days or standard "
                "care; they went home earlier (at discharge, mean stay 17 versus 23 days).",
            )
        ],
        "rct",
        ("short", 23),
    ),
    # H4: until discharge without a stay stated
    (
        "survival to discharge",
        [
            (
                None,
                "Records of 80 patients given open cardiac massage were reviewed. Survival to "
                "discharge was 8%.",
            )
        ],
        "observational",
        ("not_reported", None),
    ),
    # H5: from a gestational week until delivery
    (
        "from weeks' gestation until delivery",
        [
            (
                None,
                "Women were randomised from 35 weeks' gestation to daily perineal massage or no "
                "massage until delivery.",
            )
        ],
        "rct",
        ("short", 35),
    ),
    # H2: labour is one session, measured during it
    (
        "measured at cervical dilatation",
        [
            (
                None,
                "Women in labour received sacral massage or routine care. Pain was scored at "
                "4-5 and 8-10 cm dilatation.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    # a study window is no follow-up
    (
        "ten-year cohort",
        [(None, "We reviewed a 10-year cohort of patients treated with massage in our clinic.")],
        "observational",
        ("not_reported", None),
    ),
    (
        "a five-year single-centre audit",
        [
            (
                None,
                "In a five-year single-centre audit, 212 patients had carotid sinus massage; "
                "responses were recorded during and 30 seconds after massage.",
            )
        ],
        "observational",
        ("immediate", 0),
    ),
    # symptom history with a range: "pain lasting between 3 and 24 months"
    (
        "symptoms lasting between two durations",
        [
            (
                "METHODS",
                "Eligible participants had plantar heel pain lasting between 1 and 12 months. "
                "All received six massages over 3 weeks; pain was rated after the last session.",
            )
        ],
        "rct",
        ("short", 21),
    ),
    # H4: stays given with their spread in brackets
    (
        "until discharge, stays with standard deviations",
        [
            ("METHODS", "Infants were massaged three times a day and followed until discharge."),
            (
                "RESULTS",
                "Mean (SD) hospital stay was 17.5 (4.1) days with massage and 22.3 "
                "(6.0) days with routine care.",
            ),
        ],
        "rct",
        ("short", 22),
    ),
    # H1: a time counted from someone's first session is counted from the start
    (
        "months after her first session",
        [
            ("CASE", "She had eight sessions of myofascial release over four weeks."),
            ("OUTCOME", "Four months after her first session she remained free of pain."),
        ],
        "case_report",
        ("intermediate", 120),
    ),
    # H2: a crossover of single sessions on two occasions is one session per arm
    (
        "crossover on two occasions a week apart",
        [
            (
                None,
                "Twelve rowers were tested on two occasions, one week apart and in random "
                "order, after 15 minutes of massage or of rest. Grip strength was measured "
                "within 10 minutes of each condition.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    # the participants' own days are no treatment frequency
    (
        "residents with daily agitated behaviour, one session",
        [
            (
                None,
                "Forty residents with daily agitated behaviour received one 10-minute hand "
                "massage; agitation was observed during and for one hour after it.",
            )
        ],
        "observational",
        ("immediate", 0),
    ),
    # H5: massage starting at a gestational week until birth, then a postpartum point
    (
        "starting at 35 weeks until birth, then 6 weeks postpartum",
        [
            (
                "METHODS",
                "Women were randomised to daily perineal massage starting at 35 weeks' "
                "gestation and continued until birth, or to usual care. Pain was assessed "
                "at 6 weeks postpartum.",
            )
        ],
        "rct",
        ("short", 77),
    ),
    # H1: "N months after its completion" counts from the end of treatment
    (
        "months after its completion",
        [
            (
                "METHODS",
                "Men received 4 weeks of massage; symptoms were scored at the end of therapy "
                "and 2 months after its completion.",
            )
        ],
        "rct",
        ("short", 88),
    ),
    # the spacing of two crossover sessions is no time point
    (
        "two matches separated by one week",
        [
            (
                "METHODS",
                "Players completed two matches separated by one week, each followed in random "
                "order by massage or rest. Jump height was measured 24 and 48 h afterwards.",
            )
        ],
        "rct",
        ("short", 2),
    ),
    # when the patients came is no time point of the study
    (
        "admitted weeks after an infarction",
        [
            (
                None,
                "Forty patients admitted to a rehabilitation centre 2-3 weeks after myocardial "
                "infarction received 10 daily massages; exercise tolerance was tested at "
                "discharge on day 14.",
            )
        ],
        "controlled_trial",
        ("short", 14),
    ),
    # H2: one procedure measured for two hours, no session cue: immediate
    (
        "hours only, no session cue",
        [
            (
                "METHODS",
                "Women were randomised after delivery of the placenta to fundal massage or no "
                "massage. Blood loss was collected until 2 hours after birth.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    # H2: the single session named in the aim; "three times a week" is the dialysis
    (
        "single massage during dialysis three times a week",
        [
            (
                "PURPOSE",
                "To examine the effect of a single foot massage during haemodialysis on anxiety.",
            ),
            (
                "METHODS",
                "Sixty patients dialysed three times a week were allocated by shift; "
                "anxiety was measured before and right after the session.",
            ),
        ],
        "controlled_trial",
        ("immediate", 0),
    ),
    # a median of years in practice is no follow-up
    (
        "licensed for a median of 8 years",
        [
            (
                "RESULTS",
                "Respondents had been licensed for a median of 8 years; most worked part-time.",
            )
        ],
        "observational",
        ("not_reported", None),
    ),
    # an eligibility window after the event that defines the population
    (
        "inpatients with shoulder pain within 3 months of stroke",
        [
            ("SUBJECTS", "Inpatients with hemiplegic shoulder pain within 3 months of stroke."),
            ("METHODS", "Daily massage for 4 weeks; pain was measured at week 4."),
        ],
        "rct",
        ("short", 28),
    ),
    # an intention stated in a survey is no follow-up
    (
        "therapists intending to leave within five years",
        [("RESULTS", "Of 900 respondents, 41% planned to leave the profession within 5 years.")],
        "observational",
        ("not_reported", None),
    ),
    # H2: two sessions in random order are a crossover, one session per arm
    (
        "two sessions in random order",
        [
            (
                None,
                "Twelve sprinters completed two sessions in random order: massage or an "
                "active warm-up. Sprint time was measured within 5 minutes of each condition.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    (
        "an intention to leave within five years",
        [
            (
                "METHODS",
                "The survey asked about income and the intention to leave the "
                "profession within 5 years.",
            )
        ],
        "observational",
        ("not_reported", None),
    ),
    # a history of events before the study is no follow-up
    (
        "episodes of syncope over six months",
        [
            (
                None,
                "A 78-year-old man referred after three episodes of unexplained syncope over "
                "6 months had asystole of 11 seconds during carotid sinus massage.",
            )
        ],
        "case_report",
        ("immediate", 0),
    ),
    # H1: a follow-up period "after treatment" is added to the treatment span
    (
        "follow-up period after treatment",
        [
            (
                "METHODS",
                "Adults received massage twice weekly for 6 weeks; headache diaries were kept "
                "during treatment and during a 12-week follow-up period after treatment.",
            )
        ],
        "rct",
        ("intermediate", 126),
    ),
    # the history of a therapy, or of the pain, is no study time
    (
        "history of a therapy",
        [
            (
                "BACKGROUND",
                "Tuina has been practised in China for over 2000 years and is offered in many "
                "hospitals.",
            ),
            ("METHODS", "Eighty adults with neck pain were randomised; pain was rated at 4 weeks."),
        ],
        "rct",
        ("short", 28),
    ),
    (
        "pain history",
        [
            (
                "METHODS",
                "Women with a history of pelvic pain of 5 years, or whose pain had lasted 3-12 "
                "months, were included; pain was rated after 6 weeks of massage.",
            ),
        ],
        "rct",
        ("short", 42),
    ),
    (
        "an effect that persisted after treatment",
        [
            ("METHODS", "Older adults received abdominal massage daily for 10 days."),
            ("RESULTS", "The effect on constipation persisted for 2 weeks after treatment."),
        ],
        "rct",
        ("short", 24),
    ),
    (
        "symptom duration as a mean",
        [
            (
                "METHODS",
                "Patients had suffered from migraine for a mean of 6.5 years. Diaries were "
                "collected at 8 weeks.",
            ),
        ],
        "rct",
        ("short", 56),
    ),
    # H1/H5: massage until birth, outcomes after birth: both spans count
    (
        "antenatal massage and postpartum outcome",
        [
            (
                "METHODS",
                "Women were randomised to daily perineal massage from 34 weeks until birth or "
                "usual care; dyspareunia was assessed at 3 months postpartum.",
            )
        ],
        "rct",
        ("intermediate", 132),
    ),
    # H1/H5: a course that starts at a gestational week and names no end; a postpartum
    # point lies (40 - 22) weeks + 10 weeks after the first massage
    (
        "course starting at a gestational week, outcome weeks postpartum",
        [
            (
                "METHODS",
                "Ninety pregnant women with low back pain were randomised to weekly massage by "
                "a physiotherapist for 8 weeks, beginning at 22 weeks of pregnancy, or to "
                "usual antenatal care. Pain was rated after the course and 10 weeks "
                "postpartum.",
            )
        ],
        "rct",
        ("intermediate", 196),
    ),
    # "at N weeks' gestation were randomised" starts the count too
    (
        "women at a gestational week were randomised, outcome weeks postpartum",
        [
            (
                "METHODS",
                "Ninety women with anxiety at 24 weeks' gestation were randomised to weekly "
                "massage for 10 weeks or to usual care; anxiety was measured after the course "
                "and at 6 weeks postpartum.",
            )
        ],
        "rct",
        ("intermediate", 154),
    ),
    # H1: a point stated as a gestational week counts from the gestational week at entry
    (
        "gestational week at follow-up minus the week at entry",
        [
            (
                "METHODS",
                "Sixty women between 18 and 20 weeks' gestation with low back pain were "
                "randomized to massage for 5 weeks or usual care. Pain was rated at the end "
                "of treatment and again at 34 weeks' gestation; babies born at 36 weeks' "
                "gestation or earlier were noted.",
            )
        ],
        "rct",
        ("intermediate", 105),
    ),
    # symptoms before the study are no time point
    (
        "symptoms the patient had had for two days",
        [
            (
                None,
                "A 58-year-old man who had had pain and swelling of the left calf for two days "
                "received a leg massage and collapsed 40 minutes after the session.",
            )
        ],
        "case_report",
        ("immediate", 0),
    ),
    # "within two months of stopping treatment" is no treatment span
    (
        "within months of stopping treatment is no span",
        [
            (
                "METHODS",
                "Patients had massage three times a week for 4 weeks; volume was measured after "
                "treatment and 8 weeks after treatment ended.",
            ),
            ("CONCLUSION", "The effect is lost within two months of stopping treatment."),
        ],
        "controlled_trial",
        ("short", 84),
    ),
    # H1: "N months after it ended" is counted from the end of treatment
    (
        "months after it ended",
        [
            (
                "METHODS",
                "Veterans received six weekly massages; symptoms were measured at baseline, at "
                "the end of the 6-week programme and 2 months after it ended.",
            )
        ],
        "observational",
        ("intermediate", 102),
    ),
    # ... and outcomes recorded at the birth itself: (40 - 26) weeks after randomisation
    (
        "randomised at a gestational week, outcomes recorded at delivery",
        [
            (
                None,
                "Eighty pregnant women were randomly assigned at about 26 weeks' gestation to "
                "weekly massage for 8 weeks or to usual care. Anxiety was measured after the "
                "course, and labour outcomes were recorded at delivery.",
            )
        ],
        "rct",
        ("intermediate", 98),
    ),
    # H1: outcome points stated as the infant's age count from the age at entry
    (
        "ages at assessment minus the age at entry",
        [
            (
                "METHODS",
                "Eighty healthy infants aged 4 months were randomised to daily massage by "
                "their fathers for 8 weeks or to usual care. Sleep and growth were assessed at "
                "6, 8 and 10 months of age.",
            )
        ],
        "rct",
        ("intermediate", 180),
    ),
    (
        "an age point with no entry age counts from birth",
        [
            (
                "METHODS",
                "Newborn infants were randomised to oil massage or no massage; weight was "
                "measured when the infants were 4 months old.",
            )
        ],
        "rct",
        ("intermediate", 120),
    ),
    (
        "an age in the enrolling sentence is the entry age",
        [
            (
                "METHODS",
                "Term infants attending a clinic at 3 weeks of age were enrolled, and mothers "
                "were taught daily massage. Weight was measured monthly until the infants were "
                "6 months old.",
            )
        ],
        "controlled_trial",
        ("intermediate", 159),
    ),
    # an entry age given as a range "old", and a later "at 6 or 12 months" naming the same ages
    (
        "entry age as a range, later plain points name the same ages",
        [
            (
                None,
                "Mothers whose infants were 8 to 12 weeks old were randomised to infant "
                "massage classes or a support group. Mood was assessed when the infants were "
                "6 and 9 months old, and there were no group differences at 6 or 9 months.",
            )
        ],
        "rct",
        ("intermediate", 200),
    ),
    # "at 40 weeks' postmenstrual age" is an age, not 280 days of follow-up
    (
        "weeks' postmenstrual age is no follow-up",
        [
            (
                "METHODS",
                "Stable preterm infants were randomised to massage for 10 days or to standard "
                "care; weight was measured again at 40 weeks' postmenstrual age.",
            )
        ],
        "rct",
        ("short", 10),
    ),
    # a corrected age counts from term: a start at 34 weeks' postmenstrual age adds 6 weeks
    (
        "corrected age after a start at a postmenstrual week",
        [
            (
                "METHODS",
                "Preterm infants were randomised at 34 weeks' postmenstrual age to massage "
                "for two weeks or standard care; development was assessed at 12 months "
                "corrected age.",
            )
        ],
        "rct",
        ("long", 402),
    ),
    # "until 3 months corrected age" in the enrolling sentence ends the course; it is no
    # entry age
    (
        "massage until a corrected age, assessed at a later corrected age",
        [
            (
                "STUDY DESIGN",
                "At discharge, 138 preterm infants were randomized to daily massage by their "
                "mothers until 3 months corrected age or to standard care. The Bayley scales "
                "were administered at 12 months corrected age.",
            )
        ],
        "rct",
        ("long", 360),
    ),
    # ... or from a corrected entry age
    (
        "corrected age from a corrected entry age",
        [
            (
                "METHODS",
                "Forty preterm infants were enrolled at 2 months corrected age and randomised "
                "to home massage or usual care; motor skills were tested at 5 months' corrected "
                "age.",
            )
        ],
        "rct",
        ("short", 90),
    ),
    (
        "a postpartum week of 20-42 is no gestational age",
        [
            (
                "METHODS",
                "Pregnant women had back massage weekly from 36 weeks until birth; pain was "
                "rated again at 24 weeks postpartum.",
            )
        ],
        "rct",
        ("intermediate", 196),
    ),
    (
        "ordinal gestational week until delivery",
        [
            (
                "METHODS",
                "Women massaged the perineum daily from the 34th gestational week until "
                "delivery; pain was assessed at 6 weeks postpartum.",
            )
        ],
        "rct",
        ("short", 84),
    ),
    # H3: a follow-up visit whose time is not stated cannot be placed
    (
        "follow-up visit without a time",
        [
            (
                None,
                "Women received massage three times a week for three weeks; blood pressure was "
                "measured after each session and once more at a follow-up visit.",
            )
        ],
        "controlled_trial",
        ("not_reported", None),
    ),
    # how long the condition has lasted is no study time
    (
        "mean duration and dialysis vintage",
        [
            (
                "METHODS",
                "Adults with low back pain (mean duration 4.8 years) and patients on dialysis "
                "(median dialysis vintage 3.5 years) were randomised; pain was rated at 8 weeks.",
            )
        ],
        "rct",
        ("short", 56),
    ),
    (
        "symptoms for a mean of years",
        [
            (
                "METHODS",
                "Women with symptoms for a mean of 7 years were randomised to 15 sessions; pain "
                "was rated at 6 weeks.",
            )
        ],
        "rct",
        ("short", 42),
    ),
    # a span after a training session is the treatment, not a time after treatment
    (
        "massage for 12 weeks after a training session",
        [
            (
                None,
                "Partners gave 20-minute massages twice a week for 12 weeks after a brief "
                "training session; pain was assessed on the last day of the 12-week period.",
            )
        ],
        "rct",
        ("short", 84),
    ),
    # one point of a series after the massage is no treatment span to add to it
    (
        "hours after a single massage, reported again",
        [
            (
                "METHODS",
                "Athletes received one 20-minute massage; soreness was measured 24, 48 and 72 "
                "hours after the massage.",
            ),
            ("RESULTS", "Soreness was lower at 24 hours and 48 hours, but not at 72 hours."),
        ],
        "rct",
        ("short", 3),
    ),
    # a time point before something is no outcome time after the massage; a span is
    (
        "a time before surgery",
        [
            (
                "METHODS",
                "Anxiety was rated 2 days before the operation and again 30 minutes after a single "
                "foot massage given on the ward.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    (
        "a span before an examination",
        [
            (
                "METHODS",
                "Students massaged their hands once a day for seven consecutive days before "
                "the examination; anxiety was rated on the examination morning.",
            )
        ],
        "controlled_trial",
        ("short", 7),
    ),
    # H4: a last measurement "before discharge" with no stay stated cannot be placed
    (
        "before discharge, no stay",
        [
            (
                "METHODS",
                "Pain was rated 24 hours after birth and again before discharge from the "
                "postnatal ward.",
            )
        ],
        "rct",
        ("not_reported", None),
    ),
    # windows that are no study time: eligibility, recall
    (
        "eligibility window",
        [
            (
                "METHODS",
                "Inpatients within 3 months of a first stroke were randomised to massage; pain "
                "was rated at 4 weeks.",
            )
        ],
        "rct",
        ("short", 28),
    ),
    (
        "recall window",
        [(None, "The 12-month prevalence of hand pain among massage therapists was 58%.")],
        "observational",
        ("not_reported", None),
    ),
    (
        "time since the event that defines the population",
        [
            (
                None,
                "Forty-one adults with hypertrophic scars 2 to 8 months after burn injury were "
                "randomised to scar massage; scars were rated at 1 and 3 months.",
            )
        ],
        "rct",
        ("short", 90),
    ),
    # H2: a crossover's sessions a week apart are one session per arm
    (
        "crossover arms a week apart",
        [
            (
                "METHODS",
                "In this crossover study, sixteen sprinters completed two sessions in random "
                "order, 1 week apart: "
                "15 minutes of massage or an active warm-up; sprint time was tested immediately "
                "afterwards.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    # a decimal written with a middle dot (Lancet style) is one number, not "9 years"
    (
        "middle-dot decimal",
        [
            (
                "RESULTS",
                "With a median follow-up of 4\u00b77 years, pain scores stayed lower in the "
                "massage group.",
            )
        ],
        "rct",
        ("long", 1716),
    ),
    # an age range after a mean age with decimals is an age, not a follow-up
    (
        "age range after a decimal mean age",
        [
            (
                "METHODS",
                "We enrolled 48 women with a mean age of 63.4 years \u00b1 8.1 (range 41 to 86 "
                "years); pain was rated before and after a single 30-minute massage.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    # how long the disease had lasted is no follow-up
    (
        "course of disease before the study",
        [
            (
                "METHODS",
                "Ninety patients with cervical spondylosis (course of disease 3 months to 8 "
                "years) received tuina daily for 2 weeks; pain was rated at the end of "
                "treatment.",
            )
        ],
        "rct",
        ("short", 14),
    ),
    # how long patients had been in hospital before the study is no follow-up
    (
        "a stay before enrolment",
        [
            (
                "METHODS",
                "Patients who had been on the ward for between 5 and 20 days received one "
                "20-minute hand massage; anxiety was rated before and 1 hour after it.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    # when people became eligible is no follow-up
    (
        "enrolled within some months of a stroke",
        [
            (
                "SUBJECTS",
                "Forty patients with oedema of the paretic hand within 6 months of stroke.",
            ),
            ("MAIN MEASURES", "Pain before the first and after the last of five sessions."),
        ],
        "rct",
        ("not_reported", None),
    ),
    # a bracketed duration after the condition is its history; sessions "spread over about
    # one month" are the treatment span, counted before "one month after the end"
    (
        "symptom duration in brackets, sessions spread over about a month",
        [
            (
                "METHODS",
                "Adults with chronic neck pain (3-12 months) had eight visits spread over "
                "about one month; pain was rated after the last visit and one month after "
                "the end of treatment.",
            )
        ],
        "rct",
        ("short", 60),
    ),
    # a time before the intervention began is no outcome time
    (
        "weeks later the massage began",
        [
            (
                "METHODS",
                "Lymphoedema was induced in the hindlimb of rats. Three weeks later, a device "
                "applied 5 minutes of stroking; lymph flow was imaged during and 20 minutes "
                "after it.",
            )
        ],
        "animal_lab",
        ("immediate", 0),
    ),
    # "forced expiratory volume in one second" names a measure, not a time
    (
        "FEV in one second",
        [
            (
                None,
                "Chest massage was given to 30 children with asthma, 10 procedures a course. "
                "Lung function (vital capacity, forced expiratory volume in one second) "
                "improved after the course in 24 children.",
            )
        ],
        "observational",
        ("not_reported", None),
    ),
    # "a 4-week series of 12 massages" is a course of treatment, not a case series
    (
        "a series of massages",
        [
            (
                None,
                "Thirty patients received a 3-week series of 9 lymph drainage massages; leg "
                "volume was measured before and at the end of the series.",
            )
        ],
        "observational",
        ("short", 21),
    ),
    # "after the programme began" counts from the start, not from the end of treatment
    (
        "months after a programme began",
        [
            (
                None,
                "Falls were counted from incident reports for the 4 months before and the 4 "
                "months after a weekly massage programme began on the ward.",
            )
        ],
        "observational",
        ("intermediate", 120),
    ),
    # a point counted from surgery, with massage begun later, counts from the first
    # massage (H1): 12 months (360 days) after surgery, begun 3 weeks after it, is 339
    (
        "begun some weeks after the event the point is counted from",
        [
            (
                "METHODS",
                "Daily scar massage was begun 3 weeks after surgery and continued for 8 weeks. "
                "Scars were rated at 3 and 12 months after surgery.",
            )
        ],
        "rct",
        ("intermediate", 339),
    ),
    (
        "began a median of some weeks after the event",
        [
            (
                None,
                "Records of 60 patients with whiplash were reviewed. Massage began a median of "
                "4 weeks after the collision; disability was recorded at 6 months after the "
                "collision.",
            )
        ],
        "observational",
        ("intermediate", 152),
    ),
    (
        "the first massage some days after randomisation",
        [
            (
                "METHODS",
                "The first massage was given 10 days after randomization. Pain was rated at "
                "12 and 52 weeks after randomization.",
            )
        ],
        "rct",
        ("intermediate", 354),
    ),
    # "At 4 months after injury the massage group ...": after the injury, not the massage
    (
        "a point after the injury that the massage group is named after",
        [
            (
                "METHODS",
                "Massage started 6 weeks after the injury. Scores were recorded at 6 weeks "
                "and 4 months after injury.",
            ),
            ("RESULTS", "At 4 months after injury the massage group had higher scores."),
        ],
        "controlled_trial",
        ("short", 78),
    ),
    # a start given as a range of gestational weeks counts from its first week (H1, H5)
    (
        "randomised at a range of gestational weeks, a postpartum point",
        [
            (
                None,
                "Pregnant women with depression were randomised at 18 to 20 weeks' gestation "
                "to weekly massage for 12 weeks or usual care; mood was rated 4 weeks "
                "postpartum.",
            )
        ],
        "rct",
        ("intermediate", 182),
    ),
    # a start given as the infant's age, a point counted from birth (H1)
    (
        "classes starting at an infant's age, a postpartum point",
        [
            (
                "METHODS",
                "Mothers were randomised to four weekly infant massage classes starting when "
                "their babies were 6 weeks old, or to usual care; mood was rated at 4 months "
                "postpartum.",
            )
        ],
        "rct",
        ("short", 78),
    ),
    # a visit or a condition named by an age is no study time
    (
        "the 4-month vaccinations",
        [
            (
                "METHODS",
                "Infants at their 4-month vaccinations had 2 minutes of leg massage or none; "
                "crying was timed for 3 minutes after the injection.",
            )
        ],
        "rct",
        ("immediate", 0),
    ),
    # when the mothers studied had given birth is no study time
    (
        "mothers some months postpartum during one massage",
        [
            (
                None,
                "Twenty nursing women 3 to 5 months postpartum during a single 10-minute breast "
                "massage gave blood samples every 5 minutes until 30 minutes after it.",
            )
        ],
        "observational",
        ("immediate", 0),
    ),
    # "at enrolment and 6 weeks later" counts from enrolment, not from the end of treatment
    (
        "at enrolment and some weeks later",
        [
            (
                "INTERVENTION",
                "Mothers massaged their infants daily for 4 weeks.",
            ),
            ("MEASUREMENTS", "Bonding was rated at enrolment and 4 weeks later."),
        ],
        "rct",
        ("short", 28),
    ),
    (
        "months after the classes had ended",
        [
            (
                "METHOD",
                "Mothers attended a six-week infant massage course; mood was rated at the end "
                "and again 2 months after the classes had ended.",
            )
        ],
        "rct",
        ("intermediate", 102),
    ),
    # a practice section's advice states no study time
    (
        "sessions named only in the implications for practice",
        [
            (
                "METHODS",
                "Nurses had a single 10-minute chair massage; stress was rated just "
                "before and after it.",
            ),
            (
                "IMPLICATIONS FOR NURSING MANAGEMENT",
                "Managers could offer weekly massage sessions to staff.",
            ),
        ],
        "observational",
        ("immediate", 0),
    ),
    # a study period is no follow-up
    (
        "over some months we offered the test",
        [
            (
                None,
                "Over 14 months we offered carotid sinus massage to consecutive fallers aged "
                "70 or over; the ECG was recorded during each 5-second massage.",
            )
        ],
        "observational",
        ("immediate", 0),
    ),
    (
        "attempts recorded in one service over some months",
        [
            (
                "METHODS",
                "Cameras recorded all resuscitation attempts in two ambulance services over "
                "two years; compression pauses during each single transport were timed.",
            )
        ],
        "observational",
        ("not_reported", None),
    ),
    # a service's referral window and a registry's span are no follow-up
    (
        "referrals to a service over some years",
        [
            (
                "METHODS",
                "Consecutive referrals to a hospital palliative massage service over 4 years "
                "rated pain just before and after a single 20-minute massage.",
            )
        ],
        "observational",
        ("immediate", 0),
    ),
    # a point after the last application is counted from the end of treatment (H1)
    (
        "three months after the last application",
        [
            (
                None,
                "Patients had back massage or hot packs three times a week for four weeks and"
                " were examined at the end of the series and three months after the last"
                " application.",
            ),
        ],
        "rct",
        ("intermediate", 118),
    ),
    # a survey asks once: the times it reports describe practice, not follow-up ...
    (
        "times in a survey of practice",
        [
            ("METHODS", "A structured questionnaire survey was given to 286 midwives."),
            (
                "RESULTS",
                "Only 37% knew that tone should be checked every 15 minutes for two hours.",
            ),
        ],
        "observational",
        ("not_reported", None),
    ),
    # ... unless it is a prospective survey that asks again after the massage
    (
        "a prospective survey asks again",
        [
            ("DESIGN", "Prospective multi-clinic survey of 1200 clients."),
            ("METHODS", "Clients completed a questionnaire 7 days after their massage."),
        ],
        "observational",
        ("short", 7),
    ),
    # how long the condition has lasted is no follow-up, however it is told
    (
        "symptom duration in brackets",
        [
            (
                None,
                "Men with chronic prostatitis (symptoms for 3 months to 8 years) had massage"
                " three times a week for 4 weeks and were assessed 6 months after therapy ended.",
            ),
        ],
        "observational",
        ("intermediate", 208),
    ),
    (
        "a mean history and a duration range",
        [
            (
                "METHODS",
                "Adults with headache (mean history 11 years) or with pain for a median of 2.5"
                " years (range 4 months to 16 years) kept a diary for 8 weeks.",
            ),
        ],
        "rct",
        ("short", 56),
    ),
    # when patients were admitted is no study time ("admitted for rehabilitation 2 to 12
    # months after a first stroke")
    (
        "an admission window",
        [
            (
                None,
                "Patients admitted for rehabilitation 2 to 12 months after a first stroke had"
                " one back massage; anxiety was measured before it and three days later.",
            ),
        ],
        "rct",
        ("short", 3),
    ),
    # a day of life is a point counted from birth
    (
        "by day 28 of life",
        [
            (
                "METHODS",
                "Preterm infants admitted within 72 hours of birth were randomised to daily oil"
                " massage or standard care. The primary outcome was infection by day 28 of life.",
            ),
        ],
        "rct",
        ("short", 28),
    ),
    # a survey's visits named by the child's age and a service's span are no study time
    (
        "a survey handed out at the check-ups",
        [
            (
                "METHODS",
                "Questionnaires on home infant massage were given to parents at the routine"
                " check-ups at 4 and 9 months in 25 practices.",
            ),
        ],
        "observational",
        ("not_reported", None),
    ),
    (
        "a service's span",
        [
            (
                "METHODS",
                "Therapists rated anxiety before and after each massage; three years of service"
                " were analysed.",
            ),
        ],
        "observational",
        ("not_reported", None),
    ),
    (
        "a service's period before the patients who received it",
        [
            (
                "METHODS",
                "Over 3 years, 508 inpatients received 1420 sessions of hand massage; pain was"
                " rated immediately before and after each session.",
            ),
        ],
        "observational",
        ("not_reported", None),
    ),
    # when the mothers studied had given birth, and a pregnancy's week, are no study time
    (
        "mothers some weeks after birth",
        [
            (
                "METHODS",
                "Breastfeeding women 2-10 weeks after a caesarean birth with mastitis were"
                " randomised to one 20-minute breast massage or advice. Pain was rated before,"
                " immediately after and 24 hours after the session.",
            ),
        ],
        "rct",
        ("immediate", 1),
    ),
    (
        "primigravidas at 39-40 weeks",
        [
            (
                "METHODS",
                "Eighty primigravidas at 38-40 weeks were randomised to nipple massage on two"
                " consecutive days or no massage. Labour onset within 48 hours was recorded.",
            ),
        ],
        "rct",
        ("short", 2),
    ),
    # a count after a week number is no second week: "at week 4, 41 of 60 children"
    (
        "a count right after the week",
        [
            (
                "METHODS",
                "Children had tuina 5 days a week for 4 weeks. At week 4, 38 of 55 children had"
                " responded.",
            ),
        ],
        "rct",
        ("short", 28),
    ),
    (
        "a recruitment window before 'were invited'",
        [
            (
                "METHODS",
                "All women who received back massage during labour over 10 months were invited"
                " to answer a questionnaire.",
            ),
        ],
        "observational",
        ("immediate", 0),
    ),
    # a crossover's sessions, one per arm, a week apart: single sessions (H2)
    (
        "a crossover named by its first and second session",
        [
            (
                "METHODS",
                "Sixteen runners completed two sessions seven days apart: foam rolling in the"
                " first session and stretching in the second. Range of motion was measured"
                " before and 20 minutes after each.",
            ),
        ],
        "controlled_trial",
        ("immediate", 0),
    ),
    # "after it" counts from the end of treatment when the text just named that end (H1) ...
    (
        "N months after it, right after the end of treatment",
        [
            (
                "METHODS",
                "Eighty women had 8 weeks of weekly lymph drainage or none. Arm volume was measured"
                " at the end of treatment and 3 months after it.",
            ),
        ],
        "rct",
        ("intermediate", 146),
    ),
    # ... not when "it" is the exercise, or the treatment's start
    (
        "hours after it, where it is the exercise",
        [
            (
                "METHODS",
                "Twenty men did eccentric curls and had a 20-minute massage after the end of"
                " the session or rest. Soreness was rated before exercise and 24 and 48 hours"
                " after it.",
            ),
        ],
        "rct",
        ("short", 2),
    ),
    # an age "at first visit" with its range is no study time
    (
        "age at first visit with a range",
        [
            (
                "METHODS",
                "Ninety infants (median age at first visit 4 months, range 2-10 months) had daily"
                " lacrimal sac massage and were reviewed for 6 months after the start.",
            ),
        ],
        "observational",
        ("intermediate", 180),
    ),
    # "the advantage persisted for 3 months" is when it was last measured, not a span that
    # the later time point is added to
    (
        "an advantage that persisted for 3 months",
        [
            (
                "METHODS",
                "Forty patients had massage or splinting for 4 weeks; symptoms were recorded at the"
                " end of treatment and 3 months later.",
            ),
            (
                "CONCLUSIONS",
                "Massage relieved symptoms more, and the advantage persisted for 3 months.",
            ),
        ],
        "rct",
        ("intermediate", 118),
    ),
    # a follow-up after discharge from therapy counts from the end of treatment (H1)
    (
        "a 6-month follow-up after discharge",
        [
            (
                None,
                "A runner had friction massage and loading twice weekly for 6 weeks. At the"
                " 6-month follow-up after discharge she was free of pain.",
            ),
        ],
        "case_report",
        ("intermediate", 222),
    ),
    # a service's "first session", rated before and right after it: one session measured (H2)
    (
        "a first session rated before and right after it",
        [
            (
                None,
                "A chair massage service opened on a psychiatric ward. 96 patients received a"
                " first session and rated anxiety before and immediately after it. Only first"
                " sessions were analysed.",
            ),
        ],
        "observational",
        ("immediate", 0),
    ),
    # a service's span is no study time
    (
        "a first massage from a service over 4 years",
        [
            (
                None,
                "We analysed 880 inpatients who had a massage from the hospital's massage service"
                " over 4 years. Pain was rated before and immediately after the session.",
            ),
        ],
        "observational",
        ("immediate", 0),
    ),
    # ages in brackets after the people are no study time
    (
        "ages in brackets after the people",
        [
            (
                "METHODS",
                "Twenty footballers (19-24 years) and 20 healthy adults (18-45 years) had a"
                " 20-minute massage or rest; heart rate was recorded for 20 min afterwards.",
            ),
        ],
        "rct",
        ("immediate", 0),
    ),
    # how long the people had had their pain is no study time
    (
        "had low back pain for 4 to 9 months",
        [
            (
                None,
                "Three rowers had mechanical low back pain for 4 to 9 months. Each had six"
                " sessions of massage over 3 weeks and was pain-free 3 months after the last"
                " session.",
            ),
        ],
        "case_report",
        ("intermediate", 111),
    ),
    # an ordinal week is week N ("during the fourth week"), not an infant's "second week of life"
    (
        "a diary kept during the fourth week",
        [
            (
                None,
                "Eighty infants with colic were randomised to daily massage by a parent or to"
                " nurse visits. Parents kept a crying diary at baseline and during the fourth"
                " week.",
            ),
        ],
        "rct",
        ("short", 28),
    ),
    (
        "the second week of life is an age",
        [
            (
                None,
                "Preterm infants in the second week of life had one 15-minute massage; heart rate"
                " was recorded for 30 minutes after it.",
            ),
        ],
        "rct",
        ("immediate", 0),
    ),
    # service evaluations: "their first session" is the one session measured (H2), and a
    # service's years ("Over the ten years, 2,900 patients with ... underwent") no study time
    (
        "ratings before and after their first session",
        [
            (
                "METHODS",
                "From May to August 2021 staff rated stress immediately before and after their"
                " first session. Repeat visits were not analysed.",
            ),
        ],
        "observational",
        ("immediate", 0),
    ),
    (
        "a service's ten years and a long subject before the verb",
        [
            (
                None,
                "Over the ten years, 2,900 patients with syncope or unexplained falls underwent"
                " carotid sinus massage. Asystole was recorded during the massage.",
            ),
        ],
        "observational",
        ("immediate", 0),
    ),
    (
        "twelve years of incident reports",
        [
            (
                None,
                "We reviewed twelve years of incident reports filed for massage treatments at a"
                " clinic; 41 reports concerned skin reactions, bruising or dizziness.",
            ),
        ],
        "observational",
        ("not_reported", None),
    ),
    (
        "a crossover's trial days, each one session",
        [
            (
                "Methods",
                "Ten rowers completed three test days in random order. On each day they rowed"
                " 2,000 m twice, with 20 min of leg massage, cold water immersion or rest"
                " between the two efforts; lactate was measured 5 min after each effort.",
            ),
        ],
        "rct",
        ("immediate", 0),
    ),
    (
        "how long the participants have been on dialysis",
        [
            (
                "Methods",
                "Forty-two patients on haemodialysis (mean duration of dialysis 6.1 years)"
                " received foot massage three times a week for 6 weeks; fatigue was measured"
                " at baseline and at week 6.",
            ),
        ],
        "controlled_trial",
        ("short", 42),
    ),
    (
        "the gestation at birth in a postpartum trial",
        [
            (
                "Methods",
                "Sixty mothers who gave birth at 38 to 41 weeks had a back massage on"
                " postpartum days 1 and 2; sleep was assessed on day 3 and at 4 weeks"
                " postpartum.",
            ),
        ],
        "rct",
        ("short", 28),
    ),
    (
        "the years since the menopause that define the population",
        [
            (
                "Methods",
                "Women 2-6 years after their final menstrual period received a weekly massage"
                " for 8 weeks; sleep was measured at baseline and at week 8.",
            ),
        ],
        "rct",
        ("short", 56),
    ),
    (
        "a stepped-wedge roll-out's steps",
        [
            (
                "Methods",
                "Six wards crossed over from usual care to evening massage in random order, at"
                " 3-month steps over 18 months. Sleep was rated each morning until discharge.",
            ),
            ("Results", "Median stay was 6 days in both periods."),
        ],
        "rct",
        ("short", 6),
    ),
    (
        "'on average' before a time point is no mean value",
        [
            (
                "Methods",
                "Pregnant women with restless legs had a leg massage three evenings a week from"
                " enrolment until delivery; symptoms were rated at enrolment and at the last"
                " antenatal visit, on average 5 weeks later.",
            ),
        ],
        "rct",
        ("short", 35),
    ),
    (
        "a unit's years of experience, not follow-up",
        [
            (
                "Methods",
                "A 15-year retrospective review of all emergency thoracotomies with open"
                " cardiac massage at one trauma centre; survival to discharge was recorded.",
            ),
        ],
        "observational",
        ("not_reported", None),
    ),
    (
        "... but a follow-up visit called a review is a time point",
        [
            (
                None,
                "An 80-year-old man had carotid sinus massage for tachycardia and a 7-s pause"
                " followed. At his three-month review he had had no further syncope.",
            ),
        ],
        "case_report",
        ("short", 90),
    ),
    # how long a benefit lasted is when it was last measured, not a treatment span
    (
        "an effect maintained for six months",
        [
            (
                "METHODS",
                "Patients had tuina once daily for 10 days and were assessed at the end of"
                " treatment and six months after the end of treatment.",
            ),
            (
                "CONCLUSION",
                "Tuina is superior to traction, and its effect is maintained for six months.",
            ),
        ],
        "rct",
        ("intermediate", 190),
    ),
    (
        "a benefit that lasted is a time point",
        [
            (
                "METHODS",
                "Adults with tension headache had massage twice weekly for 8 weeks and were "
                "assessed at the end and 3 months after its completion.",
            ),
            ("CONCLUSIONS", "The improvements lasted 3 months."),
        ],
        "rct",
        ("intermediate", 146),
    ),
]


@pytest.mark.parametrize(
    ("sections", "design", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_horizon_and_days(sections, design, expected):
    label, days, evidence = tag_horizon(_record(*sections), design=design)
    assert (label, days) == expected
    assert evidence, "every horizon carries its evidence"


def test_evidence_names_the_phrase_and_section():
    record = _record(("METHODS", "Follow-up visits took place at 6 months."))
    _, _, evidence = tag_horizon(record, design="rct")
    assert evidence[0].where == "abstract:METHODS"
    assert "6 months" in evidence[0].text


def test_a_registry_analysis_spanning_years_is_no_follow_up():
    record = _record(
        ("RESULTS", "The registry held 90 reports of adverse events after massage."),
        title="Adverse events after massage: a 12-year analysis of a national registry",
    )
    assert tag_horizon(record, design="observational")[:2] == ("not_reported", None)


def test_title_time_point_counts():
    record = _record(title="Massage for neck pain: 12- and 26-week outcomes of a trial")
    assert tag_horizon(record, design="rct")[:2] == ("intermediate", 182)


def test_a_procedure_named_in_a_title_alone_states_no_time():
    record = _record(title="Termination of tachycardia by carotid sinus massage in an infant")
    assert tag_horizon(record, design="case_report")[:2] == ("not_reported", None)
    with_abstract = _record(
        ("CASE", "The tachycardia stopped within seconds of carotid sinus massage."),
        title="Termination of tachycardia by carotid sinus massage in an infant",
    )
    assert tag_horizon(with_abstract, design="case_report")[0] == "immediate"


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Limb volume, measured at the end of the treatment phase (2 to 4 weeks), was pooled.",
            ("short", 28),
        ),
        (
            "Crying time was pooled at the end of treatment (2 to 6 weeks).",
            ("short", 42),
        ),
        # the durations first, then the measurement at their end
        (
            "Programmes ran for 3 to 10 weeks, and stiffness was assessed at the end of the "
            "programme.",
            ("short", 70),
        ),
        (
            "Courses lasted from 6 days to 5 months; sleep was rated at the end of each course.",
            ("intermediate", 150),
        ),
        (
            "Anxiety was pooled at the end of the intensive treatment phase (2 to 4 weeks).",
            ("short", 28),
        ),
    ],
)
def test_review_reads_outcomes_pooled_at_the_end_of_treatment(methods, expected):
    record = _record(("METHODS", methods))
    assert tag_horizon(record, design="systematic_review")[:2] == expected


def test_review_reads_when_the_trials_measured_in_hours():
    record = _record(
        (
            "RESULTS",
            "Pain was measured from immediately after massage up to 48 hours after surgery; "
            "no trial reported later outcomes.",
        ),
        title="Massage for postoperative pain: a systematic review",
    )
    assert tag_horizon(record, design="systematic_review")[:2] == ("short", 2)


def test_review_reads_a_trial_that_followed_people_for_a_stated_time():
    record = _record(
        ("MAIN RESULTS", "One trial followed participants for 1 year and found no difference."),
        title="Massage for neck pain: a systematic review",
    )
    assert tag_horizon(record, design="systematic_review")[:2] == ("long", 365)


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        (
            "Pain measured within 30 minutes after the session was lower with massage.",
            ("immediate", 0),
        ),
        (
            "Conversion within one minute of the manoeuvre was less frequent with massage.",
            ("immediate", 0),
        ),
        (
            "Pain was lower on day 1, but by postoperative day 5 the difference had gone.",
            ("short", 5),
        ),
        (
            "Included trials gave massage for 2 to 10 weeks; pain fell with massage.",
            ("not_reported", None),
        ),
        # the follow-up word may stand well before the time it gives
        (
            "Follow-up in the trials ranged from immediately after the final session to 10 weeks.",
            ("short", 70),
        ),
        # a range from one unit to another after "from" is a range, not a start point
        (
            "Follow-up ranged from 2 weeks to 9 months; pain fell with massage.",
            ("intermediate", 270),
        ),
        # when the trials measured, in hours or minutes
        (
            "In all trials, anxiety was measured within 1 hour after the session.",
            ("immediate", 0),
        ),
        ("Blood loss was measured for 3 hours after birth and did not differ.", ("immediate", 0)),
        ("Soreness measured 24 and 72 hours after exercise did not differ.", ("short", 3)),
        (
            "Performance was tested within 2 h after the massage in every trial.",
            ("immediate", 0),
        ),
        # pooled estimates in brackets between the listed time points
        (
            "Soreness was lower at 24 h (SMD -0.4, 95% CI -0.7 to -0.1), 48 h (SMD -0.6) and "
            "96 h (SMD -0.3) after exercise.",
            ("short", 4),
        ),
    ],
)
def test_review_reads_stated_time_points_not_treatment_spans(results, expected):
    record = _record(("RESULTS", results), title="Massage: a systematic review")
    assert tag_horizon(record, design="systematic_review")[:2] == expected
