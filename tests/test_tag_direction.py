"""Direction of effect (TAXONOMY.md §5, R1-R6), one row per rule or phrasing.

Each row is a short abstract in realistic wording with the design and massage
kind the other rule families would give it.
"""

from __future__ import annotations

import pytest
from builders import record_with_sections

from synth.records import Record
from synth.tag import tag_record
from synth.tag.direction import tag_direction


def _record(*sections: tuple[str | None, str], title: str = "Massage for chronic pain") -> Record:
    return record_with_sections(*sections, title=title)


CASES = [
    (
        "clear benefit over usual care",
        "Massage for neck pain",
        [
            ("RESULTS", "Pain fell more with massage than with usual care (p < 0.001)."),
            ("CONCLUSIONS", "Massage reduced neck pain and improved function."),
        ],
        "rct",
        "positive",
    ),
    # negation and hedging
    (
        "did not significantly improve",
        "Massage for insomnia",
        [
            ("RESULTS", "Sleep quality scores were similar in both arms (p = 0.41)."),
            ("CONCLUSIONS", "Weekly massage did not significantly improve sleep quality."),
        ],
        "rct",
        "no_effect",
    ),
    (
        "no significant difference",
        "Foot massage after cardiac surgery",
        [("CONCLUSION", "There was no significant difference in pain between the groups.")],
        "rct",
        "no_effect",
    ),
    # R4: no better than an active treatment, whatever the framing
    (
        "as effective as an active treatment",
        "Massage versus exercise for knee osteoarthritis",
        [
            ("RESULTS", "Both groups improved; between-group differences were small."),
            ("CONCLUSIONS", "Massage was as effective as exercise and may be an alternative."),
        ],
        "rct",
        "no_effect",
    ),
    (
        "no less effective than",
        "Massage versus physiotherapy for shoulder pain",
        [("CONCLUSIONS", "Massage was no less effective than physiotherapy.")],
        "rct",
        "no_effect",
    ),
    (
        "similar to earlier studies is no equivalence",
        "Massage for anxiety in students",
        [
            (
                "CONCLUSIONS",
                "Massage reduced anxiety; these findings are similar to previous studies.",
            )
        ],
        "rct",
        "positive",
    ),
    (
        "not superior",
        "Reflexology versus relaxation for anxiety",
        [("CONCLUSIONS", "Reflexology was not superior to relaxation training for anxiety.")],
        "rct",
        "no_effect",
    ),
    (
        "beats an active comparator",
        "Thai massage versus ultrasound for myofascial pain",
        [
            ("RESULTS", "Pain was significantly lower with Thai massage than with ultrasound."),
            ("CONCLUSIONS", "Thai massage may be offered as an alternative for myofascial pain."),
        ],
        "rct",
        "positive",
    ),
    # R3: short-term benefit that was not sustained; main outcomes split
    (
        "short-term benefit not sustained",
        "Massage for low back pain",
        [
            (
                "CONCLUSIONS",
                "Massage may be effective in the short term but effects were not sustained "
                "at 6 months.",
            )
        ],
        "rct",
        "mixed",
    ),
    (
        "short-lived benefit",
        "Massage for anxiety before surgery",
        [("CONCLUSIONS", "The benefits of massage on anxiety were short-lived.")],
        "rct",
        "mixed",
    ),
    # a null at a later time point on the outcome the results favour massage on (R3)
    (
        "no difference once the intervention ended",
        "Hand massage for agitation in nursing-home residents",
        [
            (
                "RESULTS",
                "At the end of the 3-week programme agitation scores were significantly lower"
                " in the massage group (p = .004). Two weeks after the programme ended there"
                " were no significant differences between the groups.",
            ),
            ("CONCLUSION", "Hand massage is an effective nursing intervention for agitation."),
        ],
        "controlled_trial",
        "mixed",
    ),
    (
        "an effect not evident at a later hour",
        "Massage after caesarean section",
        [
            (
                "CONCLUSIONS",
                "Massage eases wound pain on the first day, but the effect is not evident at"
                " 72 hours.",
            )
        ],
        "rct",
        "mixed",
    ),
    (
        "evidence of a lasting effect is lacking",
        "Foot massage for anxiety in intensive care: a systematic review",
        [
            (
                "CONCLUSIONS",
                "Foot massage lowers anxiety for an hour or two after a session, whereas evidence"
                " of a sustained effect remains insufficient.",
            )
        ],
        "systematic_review",
        "mixed",
    ),
    # a later null on scores the results name by no outcome of their own is the same outcome
    (
        "scores better at 4 weeks but not at 8",
        "Abdominal massage for constipation after spinal cord injury",
        [
            (
                "RESULTS",
                "Scores improved more with massage at 6 weeks (p = 0.01) but not at 12 weeks"
                " (p = 0.41).",
            ),
            ("CONCLUSION", "Abdominal massage may help while it is continued."),
        ],
        "rct",
        "mixed",
    ),
    (
        "a gain that is short-lived",
        "Percussive massage and ankle range of motion in runners",
        [("CONCLUSIONS", "The range-of-motion gain after percussive massage is short-lived.")],
        "rct",
        "mixed",
    ),
    (
        "no longer better at follow-up",
        "Massage for low back pain",
        [
            (
                "RESULTS",
                "At 10 weeks massage was better than self-care (P = .01); "
                "at 1 year it was no longer better.",
            ),
            ("CONCLUSIONS", "Massage helped persistent back pain."),
        ],
        "rct",
        "mixed",
    ),
    (
        "named outcome null",
        "Massage for nausea, anxiety and depression during chemotherapy",
        [
            (
                "RESULTS",
                "Nausea fell significantly more with massage than with control visits (p = 0.02). "
                "Anxiety and depression did not differ between groups.",
            ),
            ("CONCLUSIONS", "Massage lessens nausea in this group."),
        ],
        "rct",
        "mixed",
    ),
    (
        "secondary null outcome alone",
        "Massage for delayed-onset muscle soreness",
        [
            (
                "RESULTS",
                "Soreness was significantly lower after massage than after rest (p < 0.01). "
                "Jump height did not differ between conditions.",
            ),
            ("CONCLUSIONS", "Massage relieves delayed-onset muscle soreness."),
        ],
        "rct",
        "positive",
    ),
    # R2: hopeful wording but a null primary comparison
    (
        "hopeful wording, null primary",
        "Massage for postoperative oedema",
        [
            (
                "RESULTS",
                "Oedema decreased in both groups; the groups did not differ significantly.",
            ),
            ("CONCLUSIONS", "Massage may have potential as an option for postoperative oedema."),
        ],
        "rct",
        "no_effect",
    ),
    (
        "a trend that did not reach significance",
        "Massage for pain in labour",
        [
            (None, "Fifty women were randomised to massage or usual care."),
            (None, "Pain was lower with massage, but this did not reach statistical significance."),
            (None, "Larger trials are needed."),
        ],
        "rct",
        "no_effect",
    ),
    (
        "harm under negation is no harm",
        "Early massage after tendon repair",
        [("CONCLUSIONS", "Early massage improved range of motion without increasing pain.")],
        "rct",
        "positive",
    ),
    # harm or worse than control
    (
        "harm",
        "Massage after eccentric exercise",
        [("CONCLUSIONS", "Massage impaired muscle blood flow and delayed lactate removal.")],
        "controlled_trial",
        "negative",
    ),
    (
        "worse symptoms",
        "Deep tissue massage after marathon running",
        [("CONCLUSIONS", "Massage after the race increased muscle soreness compared with rest.")],
        "rct",
        "negative",
    ),
    (
        "a safety statement is no null result",
        "Aromatherapy massage for agitation in dementia",
        [
            (
                "CONCLUSIONS",
                "Aromatherapy massage decreased agitation more than placebo massage, "
                "with no adverse effects.",
            )
        ],
        "rct",
        "positive",
    ),
    (
        "comparator better",
        "Needling versus massage for back pain",
        [
            ("RESULTS", "Compared with massage, needling produced greater improvements in pain."),
            (
                "CONCLUSIONS",
                "Needling should be preferred; massage was less effective than needling.",
            ),
        ],
        "rct",
        "negative",
    ),
    # R2: a null primary comparison in the results; the claim is on a secondary outcome
    (
        "claim on soreness, null primary strength result",
        "A single bout of post-exercise massage does not speed recovery of knee strength",
        [
            (
                "METHODS",
                "Twenty-four active men were randomised to 20 minutes of leg massage or rest "
                "after eccentric exercise. Peak knee-extensor torque, the primary outcome, and "
                "soreness were measured at 24, 48 and 72 hours.",
            ),
            (
                "RESULTS",
                "Torque fell by a fifth in both groups and recovered at the same rate "
                "(p = 0.64). Soreness was lower after massage at 48 hours (p = 0.03) but not at "
                "24 or 72 hours.",
            ),
            (
                "CONCLUSIONS",
                "A single massage may ease soreness briefly but does not restore muscle "
                "function faster.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    (
        "review: the short-term benefit was not found at long-term follow-up",
        "Massage for low back pain: a systematic review",
        [
            (
                "MAIN RESULTS",
                "Against inactive controls, massage reduced pain at short-term follow-up "
                "(SMD -0.7). At long-term follow-up, pain did not differ (SMD -0.2).",
            ),
            (
                "AUTHORS' CONCLUSIONS",
                "Massage may relieve pain in the short term, but the benefit was not found at "
                "long-term follow-up.",
            ),
        ],
        "systematic_review",
        "mixed",
    ),
    (
        "review: a null only on declared secondary outcomes",
        "Massage for muscle soreness after exercise: a systematic review",
        [
            (
                "RESULTS",
                "Nine trials were included. Massage reduced soreness at 24 and 48 h (SMD -0.6). "
                "Secondary outcomes, including grip strength and creatine kinase, did not differ "
                "from control.",
            ),
            (
                "CONCLUSIONS",
                "Massage eases soreness for two days, although it does not restore strength "
                "faster.",
            ),
        ],
        "systematic_review",
        "positive",
    ),
    (
        "improved to the same extent as the active comparator",
        "Roller massage versus stretching for hamstring flexibility",
        [
            (
                "CONCLUSION",
                "Roller massage improved hamstring flexibility to the same extent as static "
                "stretching.",
            )
        ],
        "rct",
        "no_effect",
    ),
    (
        "review: effects negligible with the exception of two outcomes",
        "Foam rolling for performance and recovery: a systematic review",
        [
            (
                "CONCLUSIONS",
                "The effects of foam rolling are small and mostly negligible, with the "
                "exception of flexibility before exercise and soreness after it.",
            )
        ],
        "systematic_review",
        "mixed",
    ),
    (
        "as much as the active comparator but not more",
        "Foam rolling versus static stretching for hamstring flexibility",
        [
            (
                "CONCLUSION",
                "Foam rolling increased hamstring flexibility as much as static stretching but "
                "not more.",
            )
        ],
        "rct",
        "no_effect",
    ),
    (
        "an advantage taken back: the between-group differences were not significant",
        "Foot massage for pain after hysterectomy: a randomised trial",
        [
            ("METHODS", "The primary outcome was pain intensity on a visual analogue scale."),
            (
                "RESULTS",
                "Mean pain scores were slightly lower in the massage group at every "
                "assessment, but the between-group differences were not statistically "
                "significant (p = 0.21).",
            ),
            ("CONCLUSIONS", "Foot massage may have potential as a complementary nursing measure."),
        ],
        "rct",
        "no_effect",
    ),
    (
        "co-primary outcomes: null on one, a claim on the other",
        "Lymph drainage added to bandaging for arm lymphoedema: a randomised trial",
        [
            (
                "METHODS",
                "Co-primary outcomes were the reduction in excess arm volume and symptom scores "
                "for heaviness and tightness.",
            ),
            (
                "CONCLUSIONS",
                "Lymph drainage did not add to the volume reduction achieved with bandaging but "
                "did relieve heaviness and tightness more.",
            ),
        ],
        "rct",
        "mixed",
    ),
    (
        "only one improvement persisted at follow-up",
        "Myofascial release for pain, sleep and anxiety in fibromyalgia: a randomised trial",
        [
            (
                "CONCLUSIONS",
                "Myofascial release improves pain, anxiety and sleep in the short term; only "
                "the improvement in sleep quality persisted three months after treatment.",
            )
        ],
        "rct",
        "mixed",
    ),
    (
        "only a late effect",
        "Massage and bilirubin in term neonates under phototherapy: a randomised trial",
        [
            ("CONCLUSIONS", "Massage had only a late and modest effect on bilirubin."),
        ],
        "rct",
        "mixed",
    ),
    (
        "a sentence that starts with baseline balance says nothing of effect",
        "Foot reflexology for pain after caesarean section: a randomized controlled trial",
        [
            (
                "RESULTS",
                "Baseline pain and anxiety did not differ between groups. Pain was lower in "
                "the reflexology group at every point (P < 0.001), and anxiety fell more.",
            ),
            ("CONCLUSIONS", "Foot reflexology reduced pain and anxiety after caesarean section."),
        ],
        "rct",
        "positive",
    ),
    (
        "no additional clinical or microbiological benefit",
        "Prostatic massage added to antibiotics for chronic prostatitis: a randomized trial",
        [
            (
                "CONCLUSIONS",
                "Adding prostatic massage to antibiotics gave no additional clinical or "
                "microbiological benefit.",
            )
        ],
        "rct",
        "no_effect",
    ),
    (
        "a harm and the advice that massage should be avoided",
        "Back massage and intracranial pressure after brain injury: a crossover study",
        [
            (
                "CONCLUSION",
                "Back massage increases intracranial pressure and should be avoided in these "
                "patients.",
            )
        ],
        "rct",
        "negative",
    ),
    (
        "reducing the increase of a symptom is a benefit",
        "Massage during chemotherapy and cancer-related fatigue: a randomized trial",
        [
            ("RESULTS", "General fatigue increased less in the massage group (P = 0.006)."),
            ("CONCLUSIONS", "Massage reduced the increase in fatigue during chemotherapy."),
        ],
        "rct",
        "positive",
    ),
    (
        "the advantage over the control faded",
        "Swedish massage for chronic neck pain: a randomised trial with six-month follow-up",
        [
            (
                "CONCLUSIONS",
                "Massage gave clear short-term relief, but the advantage over wait-list faded "
                "within 3 months.",
            )
        ],
        "rct",
        "mixed",
    ),
    (
        "review: the benefit was not seen at 12 months",
        "Massage for low-back pain: an updated systematic review",
        [
            (
                "AUTHORS' CONCLUSIONS",
                "Massage may relieve low-back pain in the short term, but the benefit was not "
                "seen at 12 months.",
            )
        ],
        "systematic_review",
        "mixed",
    ),
    (
        "no additional protection",
        "Sustained uterine massage in addition to oxytocin: a randomised trial",
        [
            (
                "CONCLUSIONS",
                "When oxytocin is given, uterine massage gives no additional protection "
                "against haemorrhage.",
            )
        ],
        "rct",
        "no_effect",
    ),
    (
        "a null result, then worse function with massage",
        "Manual lymphatic drainage after total knee arthroplasty: a randomized trial",
        [
            (
                "CONCLUSION",
                "Lymph drainage did not reduce swelling after knee arthroplasty and was "
                "associated with less knee flexion at 4 weeks.",
            )
        ],
        "rct",
        "negative",
    ),
    (
        "a massage that damages the skin barrier and should be discouraged",
        "Mustard oil massage and the skin barrier of preterm infants: a randomised trial",
        [
            (
                "CONCLUSION",
                "Mustard oil massage damages the immature skin barrier and should be discouraged.",
            )
        ],
        "rct",
        "negative",
    ),
    (
        "a massage that caused instability and did not improve feeding",
        "Abdominal massage in ventilated preterm infants: a randomised crossover trial",
        [
            (
                "CONCLUSIONS",
                "Abdominal massage caused physiological instability and did not improve "
                "feeding tolerance.",
            )
        ],
        "rct",
        "negative",
    ),
    (
        "an oil that harms the skin barrier",
        "Coconut oil against mineral oil massage in preterm infants",
        [("CONCLUSION", "Mineral oil harms the skin barrier of preterm infants.")],
        "rct",
        "negative",
    ),
    (
        "a practice that carries a risk",
        "Cold-weather oil massage of newborns",
        [
            ("RESULTS", "Mean temperature fell from 36.7 to 36.2 degrees C during massage."),
            (
                "CONCLUSION",
                "Massage of undressed newborns in winter carries a real risk of hypothermia.",
            ),
        ],
        "observational",
        "negative",
    ),
    # "promotion" is a noun, no claim: the null that follows decides (R2)
    (
        "community promotion of massage did not reduce deaths",
        "Newborn oil massage and mortality: a cluster-randomised trial",
        [
            (
                "INTERPRETATION",
                "Community promotion of oil massage did not reduce neonatal deaths.",
            )
        ],
        "rct",
        "no_effect",
    ),
    (
        "massage that may have increased crying",
        "Infant massage or reassurance for colic",
        [
            (
                "CONCLUSIONS",
                "Massage did not help and may have increased crying compared with advice.",
            )
        ],
        "rct",
        "negative",
    ),
    (
        "an effect limited to the first days",
        "Massage during opioid withdrawal",
        [
            (
                "CONCLUSION",
                "Massage lowered anxiety, while its effect on withdrawal symptoms was limited to"
                " the first two days.",
            )
        ],
        "rct",
        "mixed",
    ),
    (
        "lengthened sleep, but a null on the mothers' mood",
        "Mother-given massage of young infants",
        [
            (
                "CONCLUSIONS",
                "Daily massage lengthened the infants' night sleep but did not reduce maternal"
                " anxiety.",
            )
        ],
        "rct",
        "mixed",
    ),
    (
        "caused more graft damage",
        "Early against delayed scar massage after skin grafting",
        [("CONCLUSIONS", "Starting massage early caused more graft damage without better scars.")],
        "rct",
        "negative",
    ),
    (
        "appeared to exaggerate muscle damage",
        "Vigorous massage after eccentric exercise",
        [
            (
                "CONCLUSIONS",
                "Vigorous massage did not aid recovery and appeared to exaggerate muscle damage.",
            )
        ],
        "rct",
        "negative",
    ),
    # a device tried at home is an intervention, not a usage study (R1)
    (
        "home use of a massage chair",
        "Home use of a massage chair for chronic neck pain: a randomised trial",
        [("CONCLUSIONS", "Daily use of the chair reduced neck pain over 8 weeks.")],
        "rct",
        "positive",
    ),
    (
        "use of a massage gun",
        "Use of a percussive massage gun before sprinting: a randomised crossover trial",
        [("CONCLUSIONS", "The massage gun did not improve 30-m sprint time.")],
        "rct",
        "no_effect",
    ),
    # neither of two treatments better, and advice not to replace the comparator (R4)
    (
        "neither manoeuvre is superior",
        "Carotid sinus massage or the Valsalva manoeuvre for tachycardia: a systematic review",
        [("CONCLUSIONS", "Neither manoeuvre is superior; both end only a minority of episodes.")],
        "systematic_review",
        "no_effect",
    ),
    (
        "not superior and should not replace",
        "Mechanical versus manual cardiac massage: a systematic review",
        [
            (
                "CONCLUSION",
                "Mechanical massage is not superior to manual compressions and should not"
                " replace them.",
            )
        ],
        "systematic_review",
        "no_effect",
    ),
    (
        "the comparator had more lasting effects than massage",
        "Classical massage versus exercise for chronic neck pain",
        [
            (
                "CONCLUSIONS",
                "Exercise had more lasting effects on chronic neck pain than classical Swedish"
                " back massage.",
            )
        ],
        "rct",
        "negative",
    ),
    (
        "the comparator reduced swelling as well as lymph drainage",
        "Lymph drainage versus compression after knee replacement",
        [
            (
                "CONCLUSION",
                "Compression stockings reduced swelling as well as manual lymphatic drainage.",
            )
        ],
        "rct",
        "no_effect",
    ),
    (
        "a simple alternative to another treatment",
        "Ice massage or heat wraps for chronic low back pain",
        [
            (
                "CONCLUSIONS",
                "Ice massage is a cheap and simple alternative to heat wraps for back pain.",
            )
        ],
        "rct",
        "no_effect",
    ),
    (
        "does not aid, and may delay, the recovery",
        "Massage after exhausting exercise and grip strength",
        [("CONCLUSIONS", "Massage does not aid, and may delay, the recovery of grip strength.")],
        "rct",
        "negative",
    ),
    (
        "a series: patients who regained movement",
        "The treatment of stiff shoulders by massage and exercises",
        [
            (
                None,
                "Thirty patients were treated daily. After about 8 weeks, 22 patients had regained"
                " full movement. The method is worthwhile.",
            )
        ],
        "observational",
        "positive",
    ),
    (
        "fell with both trigger point massage and placebo",
        "Trigger point massage for tension-type headache",
        [
            (
                "CONCLUSIONS",
                "Headache days fell with both trigger point massage and sham ultrasound.",
            )
        ],
        "rct",
        "no_effect",
    ),
    # two massage arms against a control: both better than the control, the two alike
    (
        "both intervention groups better than control, the two alike",
        "Foot massage and reflexology for anxiety before angiography",
        [
            (
                "RESULTS",
                "Anxiety fell by 10 points with reflexology, 9 with foot massage and 1 with usual"
                " care (p < 0.001 for both intervention groups vs control); the two intervention"
                " groups did not differ. Blood pressure did not change.",
            ),
            ("CONCLUSION", "Foot massage reduces anxiety before coronary angiography."),
        ],
        "rct",
        "positive",
    ),
    # massage given in every arm, the trial about something else (R6)
    (
        "all women received the routine massage",
        "Two uterotonic drugs for preventing postpartum haemorrhage",
        [
            (
                "METHODS",
                "Women were randomised to drug A or drug B. All women received the ward's routine"
                " fundal massage after delivery of the placenta.",
            ),
            ("CONCLUSION", "Drug A reduced blood loss compared with drug B."),
        ],
        "rct",
        "not_applicable",
    ),
    (
        "lymph drainage for all, then randomised to wraps",
        "Compression wraps or bandages between lymph drainage sessions",
        [
            (
                None,
                "Forty women received manual lymphatic drainage daily for 3 weeks and were"
                " randomised to compression wraps or bandages. Volume fell more with bandages.",
            ),
        ],
        "rct",
        "not_applicable",
    ),
    # "pain-free grip strength" names no pain
    (
        "an increase in pain-free grip strength",
        "Friction massage for lateral elbow pain",
        [
            (
                "CONCLUSIONS",
                "One session of friction massage produces an immediate increase in pain-free grip"
                " strength.",
            )
        ],
        "controlled_trial",
        "positive",
    ),
    # every arm improved alike: the conclusion's claim is the change they shared (R2)
    (
        "a claim shared by both arms, then a null add-on",
        "Ginger oil massage for nausea during chemotherapy: a randomised trial",
        [
            (
                "METHODS",
                "Fifty patients had a daily back massage with ginger oil or with plain oil.",
            ),
            (
                "RESULTS",
                "Nausea scores fell in both groups. There was no significant difference between"
                " the groups on day 5 (P=0.38).",
            ),
            (
                "CONCLUSIONS",
                "Back massage eased nausea during chemotherapy, but ginger oil gave no added"
                " benefit.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # (a claim that compares the arms still splits against the null)
    (
        "a compared claim, then a null later",
        "Massage or quiet rest for agitation in dementia",
        [
            (
                "RESULTS",
                "Agitation fell in both groups, more after massage on day 1 (P=0.01); there was no"
                " significant difference between the groups at week 4.",
            ),
            (
                "CONCLUSIONS",
                "Massage calmed agitation more than rest at first, but the effect did not last"
                " to week 4.",
            ),
        ],
        "rct",
        "mixed",
    ),
    # the primary outcome's hours are no outcome word: a secondary gain "at 48 hours"
    # is not the primary comparison
    (
        "a null primary measured in hours, a secondary gain at one of them",
        "Foam rolling after downhill running and muscle soreness: a randomised crossover trial",
        [
            (
                None,
                "Twenty runners rolled their calves or rested after a downhill run. The primary"
                " outcome was soreness on a visual analogue scale 24 and 48 hours after the run."
                " Soreness did not differ between conditions (P = 0.52). Range of motion was"
                " greater after rolling at 48 hours (P = 0.03). Foam rolling did not relieve"
                " soreness after downhill running.",
            )
        ],
        "rct",
        "no_effect",
    ),
    # massage alone against a treatment without massage: single treatments, no add-on (R6)
    (
        "massage alone slower than a warm-up",
        "Pre-race massage or a jog before a 400-m run: a crossover study",
        [
            (
                None,
                "Twelve runners had a pre-race massage, a jog, or both combined before a 400-m"
                " run. Times were slower after massage alone than after the jog or the combined"
                " warm-up (p = 0.01)."
                " Massage alone impaired running performance.",
            )
        ],
        "rct",
        "negative",
    ),
    # "some, but not all": a split (R3), not a null
    (
        "changed some, but not all, of the measures",
        "One session of chair massage and salivary markers in office workers",
        [
            (
                "RESULTS",
                "Compared with rest, massage lowered cortisol (P < 0.05); IgA did not differ.",
            ),
            (
                "CONCLUSIONS",
                "Chair massage changed some, but not all, of the salivary markers measured.",
            ),
        ],
        "rct",
        "mixed",
    ),
    # an open question read past a comma aside ("whether massage, with or without oils,
    # relieves"): no claim, and the review cannot say (R5)
    (
        "too few trials to tell whether massage, with or without oils, relieves",
        "Aromatherapy massage for anxiety in dementia: a systematic review",
        [
            ("RESULTS", "Six small trials reported both favourable and null findings."),
            (
                "CONCLUSIONS",
                "The trials are too few, too small and too flawed to tell whether massage, with"
                " or without essential oils, relieves anxiety in dementia.",
            ),
        ],
        "systematic_review",
        "unclear",
    ),
    # "equally helpful": equivalence with an active comparator (R4)
    (
        "equally helpful as stretching",
        "Foot massage or stretching for plantar heel pain: a randomised trial",
        [
            (
                "CONCLUSIONS",
                "Foot massage and stretching were equally helpful in reducing plantar heel pain.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # outcomes similar at a later time after a faster early relief: not sustained (R3)
    (
        "faster relief, outcomes similar later",
        "Tuina or ibuprofen for acute neck pain: a randomised trial",
        [
            (
                "RESULTS",
                "At 2 weeks neck pain was lower with tuina (P = 0.01); at 3 months it was similar.",
            ),
            (
                "CONCLUSIONS",
                "Tuina relieved neck pain faster than ibuprofen, but outcomes were similar at"
                " three months.",
            ),
        ],
        "rct",
        "mixed",
    ),
    (
        "an effect not present after a month",
        "Lymph drainage after knee arthroscopy: a randomised trial",
        [
            ("RESULTS", "On day 5 swelling was lower with drainage (p = 0.02)."),
            (
                "CONCLUSION",
                "Lymph drainage reduces early swelling after arthroscopy, but the effect is not"
                " present after one month.",
            ),
        ],
        "rct",
        "mixed",
    ),
    # a compound's first word ("Higher-pressure", "Lower-limb") is no claim
    (
        "a variant named by a compound, no better than the standard",
        "Does firmer lymph drainage reduce arm swelling more? A randomised comparison",
        [
            ("RESULTS", "Excess volume fell by 18% with firm and 17% with light pressure."),
            (
                "CONCLUSION",
                "Higher-pressure drainage did not reduce arm swelling more than light pressure.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # "may delay functional recovery and should be used with caution": a harm, no advice
    (
        "delays functional recovery, to be used with caution",
        "Deep massage after downhill running and calf strength: a randomised trial",
        [
            (
                None,
                "Twenty-four runners had deep calf massage or rest after a downhill run. Plantar"
                " flexion torque stayed lower after massage at 48 hours (p < 0.05). Deep massage"
                " after damaging exercise may delay functional recovery and should be used with"
                " caution.",
            )
        ],
        "rct",
        "negative",
    ),
    # claims in other words: "attenuated the decline", "feel more recovered" (R3 splits)
    (
        "attenuated a decline, no effect on markers",
        "Massage and passive exercise for bone strength in preterm infants",
        [
            ("RESULTS", "Tibial speed of sound fell less with massage (p = 0.02)."),
            (
                "CONCLUSIONS",
                "The programme attenuated the decline in bone strength, but no effect on bone"
                " turnover markers was found.",
            ),
        ],
        "rct",
        "mixed",
    ),
    (
        "feel more recovered, no better power",
        "Massage between rowing sprints and performance",
        [
            (
                "RESULTS",
                "Power in the second sprint did not differ (p = 0.61); perceived recovery was"
                " rated higher after massage (p = 0.01).",
            ),
            (
                "CONCLUSIONS",
                "Massage made rowers feel more recovered but did not improve subsequent power.",
            ),
        ],
        "controlled_trial",
        "mixed",
    ),
    # co-primary outcomes: one better, the other alike in both arms (R3)
    (
        "co-primary outcomes, one alike in both groups",
        "Massage for pelvic girdle pain in pregnancy: a randomised trial",
        [
            (
                "METHODS",
                "Fifty women had weekly massage or usual care for 4 weeks. Pain intensity and"
                " disability (Oswestry index) were the co-primary outcomes.",
            ),
            (
                "RESULTS",
                "Pain intensity was lower with massage (p = 0.01). Oswestry disability improved in"
                " both groups, with no significant difference between them.",
            ),
            ("CONCLUSIONS", "Massage reduced pelvic girdle pain in pregnancy."),
        ],
        "rct",
        "mixed",
    ),
    # reviews: "neither ... was shown to be superior" is a null (R4) ...
    (
        "neither manoeuvre shown to be superior",
        "Carotid sinus massage or the Valsalva manoeuvre for SVT: a meta-analysis",
        [
            ("RESULTS", "The pooled relative risk of conversion was 0.84 (95% CI 0.55 to 1.30)."),
            ("CONCLUSIONS", "Neither manoeuvre was shown to be superior."),
        ],
        "systematic_review",
        "no_effect",
    ),
    # ... "no conclusion about benefit can be drawn" says no direction (R5), and "for symptom
    # relief" names the topic, no claim
    (
        "no conclusion about benefit, massage for symptom relief",
        "Massage for symptom relief in heart failure: a systematic review",
        [
            ("RESULTS", "Seven small trials pointed in different directions."),
            (
                "CONCLUSIONS",
                "The evidence on massage for symptom relief in heart failure is of very low"
                " certainty, and no conclusion about benefit can be drawn.",
            ),
        ],
        "systematic_review",
        "unclear",
    ),
    # ... an unlabelled abstract's inline "Conclusions:" starts its conclusion, and "does not
    # demonstrate convincingly that" denies what follows it
    (
        "an inline conclusion that does not demonstrate an effect",
        "Reflexology for any condition: an updated systematic review",
        [
            (
                None,
                "Seven databases were searched for randomised trials. Twenty trials were"
                " included. Six trials generated negative findings and four generated positive"
                " findings. Conclusions: The best evidence does not demonstrate convincingly that"
                " reflexology is an effective treatment.",
            )
        ],
        "systematic_review",
        "no_effect",
    ),
    # a change both arms share, then "not superior" on the primary outcome (R2, R4)
    (
        "massage and placebo both reduced, massage not superior",
        "Trigger point massage for migraine: a placebo-controlled trial",
        [
            ("RESULTS", "Migraine frequency fell with massage and placebo (p = 0.71 between)."),
            (
                "CONCLUSIONS",
                "Massage and placebo both reduced migraine frequency; massage was not superior to"
                " placebo on the primary outcome.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # a second co-primary outcome named after the first one's time and abbreviation
    (
        "co-primary outcomes, the second after the first one's time",
        "Massage after hip arthroplasty: a randomised controlled trial",
        [
            (
                "METHODS",
                "Eighty patients had daily massage or none until discharge. Co-primary outcomes"
                " were pain at rest on day 4 (NRS) and Harris hip function at 6 weeks.",
            ),
            (
                "RESULTS",
                "Pain on day 4 was lower with massage (p = 0.01). Hip function at 6 weeks did not"
                " differ (p = 0.49).",
            ),
            (
                "CONCLUSIONS",
                "Massage relieved early pain after hip arthroplasty but did not improve function"
                " at 6 weeks.",
            ),
        ],
        "rct",
        "mixed",
    ),
    # the main outcome improved in every arm and the arms did not differ: a hopeful
    # conclusion is no effect (R2)
    (
        "both arms improved on the primary outcome, a hopeful conclusion",
        "Aromatherapy foot massage and anxiety before colonoscopy",
        [
            (
                "METHODS",
                "Sixty patients had aromatherapy or plain foot massage. State anxiety (primary)"
                " was measured before and after.",
            ),
            (
                "RESULTS",
                "State anxiety fell from baseline in both the aromatherapy group (p<.001) and the"
                " plain group (p=.01). The difference between groups was not significant"
                " (p=.29).",
            ),
            (
                "CONCLUSION",
                "Aromatherapy foot massage may ease anxiety and could be offered before"
                " colonoscopy.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # (but not when only a secondary outcome improved in both arms)
    (
        "both arms improved on a secondary outcome only",
        "Infant massage for colic: a randomised trial",
        [
            (
                "METHODS",
                "The primary outcome was daily crying time; maternal anxiety was secondary.",
            ),
            (
                "RESULTS",
                "Crying time fell by 1.8 h/day with massage and 0.9 h/day with advice (difference"
                " 0.9 h/day, 95% CI 0.3 to 1.5). Maternal anxiety decreased in both groups without"
                " significant difference.",
            ),
            ("CONCLUSIONS", "Infant massage reduced crying time in infants with colic."),
        ],
        "rct",
        "positive",
    ),
    # a review: "evidence that these effects persist ... is lacking" is a fade (R3)
    (
        "evidence that the effects persist is lacking",
        "Massage for chronic neck pain: a systematic review",
        [
            ("RESULTS", "At the end of treatment massage reduced pain (SMD 0.58)."),
            (
                "CONCLUSIONS",
                "Massage improves neck pain at the end of treatment; evidence that these effects"
                " persist 6 months after treatment is lacking.",
            ),
        ],
        "systematic_review",
        "mixed",
    ),
    # the primary outcome's abbreviation names it too ("Neck Disability Index (NDI, primary)")
    (
        "a null on the primary outcome named by its abbreviation",
        "Massage for neck pain in nurses: a pilot randomised controlled trial",
        [
            (
                None,
                "Thirty nurses were randomised to six weekly massage sessions or a wait-list. The"
                " Neck Disability Index (NDI, primary) and pain were measured at week 6. NDI"
                " improved by 4.0 points with massage and 2.1 with wait-list, a between-group"
                " difference that was not statistically significant (p = 0.19). Massage may have"
                " potential for neck pain in nurses, and a full trial is warranted.",
            )
        ],
        "rct",
        "no_effect",
    ),
    # ... read on the primary outcome's clauses when the abstract names one (R2)
    (
        "both arms improved within groups on the named primary outcome",
        "Foot reflexology and sleep in older women: a sham-controlled trial",
        [
            (
                None,
                "Sixty women had six weekly reflexology or sham sessions. The PSQI was the primary"
                " outcome. PSQI scores improved significantly within the reflexology group (from"
                " 9.7 to 6.8; p<0.001) and within the sham group (from 9.5 to 7.7; p<0.001). The"
                " between-group difference at 6 weeks was not significant (p=0.31). Reflexology"
                " improved sleep quality and can be used by nurses.",
            )
        ],
        "rct",
        "no_effect",
    ),
    (
        "the massage named after the primary outcome's object is no claim on it",
        "Scar massage after hand burns: a randomised trial",
        [
            (
                "Methods",
                "Forty adults with hand burns were randomised to twice-daily scar"
                " massage with splinting, or splinting alone, for 12 weeks. The primary outcome"
                " was scar thickness on ultrasound at 12 weeks; pruritus was secondary.",
            ),
            (
                "Results",
                "Scar thickness did not differ between the groups at 12 weeks"
                " (p = 0.48). Pruritus was lower with massage (p = 0.02).",
            ),
            ("Conclusions", "Scar massage eased pruritus, but it did not reduce scar thickness."),
        ],
        "rct",
        "no_effect",
    ),
    (
        "a negation that reaches across 'or' to the verb of change",
        "Does pre-race massage loosen the hamstrings? A crossover study in sprinters",
        [
            (
                None,
                "Twelve sprinters received 10 min of hamstring massage or rest before a"
                " 30-m sprint test, in random order. Sit-and-reach distance and sprint time did"
                " not differ between conditions. Pre-race massage does not loosen the hamstrings"
                " or improve sprint times and should not replace the usual warm-up.",
            )
        ],
        "controlled_trial",
        "no_effect",
    ),
    (
        "a benefit that appears not to last",
        "Chair massage for neck pain in call-centre staff: a randomised trial",
        [
            (
                "Results",
                "Pain was lower with massage at 6 weeks (p = 0.01); at 6 months the"
                " groups did not differ (p = 0.52).",
            ),
            (
                "Conclusions",
                "Chair massage eases neck pain while it is offered, but the benefit"
                " appears not to last to 6 months.",
            ),
        ],
        "rct",
        "mixed",
    ),
    (
        "effects that appear to be short-lived",
        "Massage for neck pain: a systematic review",
        [
            (
                "Results",
                "Massage was better than no treatment immediately after treatment; no"
                " trial found a difference at 12 weeks.",
            ),
            ("Conclusions", "The effects of massage on neck pain appear to be short-lived."),
        ],
        "systematic_review",
        "mixed",
    ),
    (
        "people described as impaired are no harm",
        "Massage for low back pain in older adults: a meta-analysis",
        [
            (
                "Results",
                "Massage reduced pain compared with usual care at 6 months (SMD -0.31,"
                " 95% CI -0.57 to -0.05).",
            ),
            (
                "Conclusion",
                "Massage may give older adults small, lasting relief of low back pain."
                " Trials in frail and cognitively impaired people are needed.",
            ),
        ],
        "systematic_review",
        "positive",
    ),
    (
        "no statement can be made",
        "[Lymph drainage in lipoedema: a systematic review]",
        [
            ("Results", "Two small controlled studies and three case series were found."),
            (
                "Conclusions",
                "On the available data no statement can be made on the"
                " effectiveness of lymph drainage in lipoedema.",
            ),
        ],
        "systematic_review",
        "unclear",
    ),
    (
        "two comparators that did not differ from each other",
        "Hand massage versus sham touch and usual care for anxiety before surgery",
        [
            (
                "Results",
                "Anxiety was lower after hand massage than after sham touch (p = 0.01)"
                " and usual care (p < 0.001); sham and usual care did not differ.",
            ),
            ("Conclusions", "Hand massage reduces preoperative anxiety beyond touch alone."),
        ],
        "rct",
        "positive",
    ),
    (
        "a treated series' change stated with what massage changed and by how much",
        "[Digital ocular massage after trabeculectomy]",
        [
            (
                None,
                "Ocular massage was given to 30 eyes after trabeculectomy when pressure rose."
                " Massage lowered intraocular pressure by a mean of 5.8 mmHg after each"
                " application. Ocular massage is a useful way to keep the bleb filtering.",
            )
        ],
        "observational",
        "positive",
    ),
    (
        "a series' change that was not significant is no change shown (R2)",
        "Self-massage for shoulder pain after stroke: a single-group study",
        [
            (
                "Methods",
                "Twenty stroke survivors practised self-massage daily for 4 weeks; pain"
                " (primary outcome) and shoulder rotation were measured at baseline and week 4.",
            ),
            (
                "Results",
                "Pain decreased from 5.4 to 4.8 (p = 0.16). External rotation increased"
                " by 7 degrees (p = 0.02).",
            ),
            ("Conclusions", "Self-massage may improve shoulder mobility after stroke."),
        ],
        "observational",
        "no_effect",
    ),
    (
        "... while a change beside a null on another outcome still counts",
        "Connective tissue massage in Raynaud's phenomenon: a pilot study",
        [
            (
                None,
                "Twelve patients received 15 sessions of connective tissue massage. Weekly"
                " attacks fell from a median of 10 to 5; finger temperature recovery did not"
                " change. Connective tissue massage appears worthwhile.",
            ),
        ],
        "observational",
        "positive",
    ),
    (
        "a symptom that rose for a while is no fading benefit",
        "Scar massage for hypertrophic scars: a randomised trial",
        [
            ("Results", "Pliability improved more with massage (p = 0.01)."),
            (
                "Conclusions",
                "Scar massage improved scar pliability. A transient increase in itch"
                " should be expected and explained to patients.",
            ),
        ],
        "rct",
        "positive",
    ),
    (
        "'neither group differed' at the last follow-up is a fade",
        "Massage or usual care for chronic back pain: a trial with 1-year follow-up",
        [
            (
                "Results",
                "At 10 weeks, massage improved function more than usual care"
                " (p < 0.01). At 52 weeks, neither massage group differed from usual care on any"
                " outcome.",
            ),
            ("Conclusion", "Massage may be effective for chronic back pain."),
        ],
        "rct",
        "mixed",
    ),
    (
        "a null at a later hour than every advantage is a fade",
        "Foot massage for pain after caesarean section: a randomised trial",
        [
            (
                "Results",
                "Pain was lower in the massage group 5 and 30 minutes after the session"
                " (p < 0.01), but at 120 minutes the groups did not differ (p = 0.31).",
            ),
            (
                "Conclusion",
                "Foot massage is an effective way to relieve pain after caesarean section.",
            ),
        ],
        "rct",
        "mixed",
    ),
    (
        "... not a null at an earlier hour than the advantages",
        "Post-exercise massage and muscle soreness: a randomised trial",
        [
            (
                "Results",
                "Soreness was lower in the massage group at 48 h (p = 0.01) and 72 h"
                " (p = 0.02); at 24 h the groups did not differ (p = 0.40).",
            ),
            ("Conclusion", "Post-exercise massage reduced delayed-onset muscle soreness."),
        ],
        "rct",
        "positive",
    ),
    (
        "a negation over 'enhance or impair' is a null, not a harm",
        "Pre-race massage and sprint performance: a systematic review",
        [
            (
                None,
                "Twelve trials were pooled. Pre-race massage had no significant effect on"
                " sprint time. Pre-race massage does not appear to enhance or impair sprint"
                " performance.",
            ),
        ],
        "systematic_review",
        "no_effect",
    ),
    (
        "'similarly effective' as an active comparator is no better (R4)",
        "Sports massage versus pneumatic compression after a soccer match: a crossover trial",
        [
            (
                None,
                "Ten players received massage or pneumatic compression after a match, in"
                " random order. No outcome differed between the methods (all p > 0.2). Sports"
                " massage and pneumatic compression were similarly effective for recovery.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    (
        "a null that caused no harm",
        "Perineal massage in the second stage of labour",
        [
            (
                "CONCLUSIONS",
                "Perineal massage did not reduce tears or perineal pain, although it caused no"
                " harm.",
            )
        ],
        "rct",
        "no_effect",
    ),
    (
        "review: massage is not free of risk",
        "Serious adverse events associated with massage: a systematic review of case reports",
        [
            (
                "CONCLUSIONS",
                "Massage is not free of risk; serious and sometimes lasting harm has been "
                "reported.",
            )
        ],
        "systematic_review",
        "negative",
    ),
    (
        "damaged muscle is no harm of massage",
        "Massage in fibrositis: symptoms and plasma myoglobin",
        [
            (
                None,
                "Pain decreased in eighteen of twenty-six patients after ten treatments. The "
                "author suggests that massage releases myoglobin from damaged muscle and "
                "improves its condition.",
            )
        ],
        "observational",
        "positive",
    ),
    (
        "a claim on pain, no better than quiet time on anxiety",
        "Massage for pain and anxiety in hospitalized children with cancer: a randomized trial",
        [
            (
                "CONCLUSIONS",
                "Massage reduced pain in hospitalised children with cancer, but was not more "
                "effective than quiet time in reducing anxiety.",
            )
        ],
        "rct",
        "mixed",
    ),
    (
        "both groups improved; as effective as the comparator",
        "Thai massage compared with joint mobilisation for knee osteoarthritis",
        [
            (
                None,
                "Both groups improved; Thai massage was as effective as mobilisation at both "
                "time points.",
            )
        ],
        "rct",
        "no_effect",
    ),
    (
        "strengthened one outcome but did not reduce another",
        "Home infant massage by mothers of preterm infants: depressive symptoms and attachment",
        [
            (
                "CONCLUSION",
                "Home infant massage strengthened attachment between mothers and their infants "
                "but did not reduce maternal depressive symptoms.",
            )
        ],
        "rct",
        "mixed",
    ),
    (
        "delayed the onset but did not lower the incidence at one year",
        "Early lymph drainage to prevent arm lymphoedema: a randomised trial",
        [
            (
                "CONCLUSIONS",
                "Early lymph drainage delayed the onset of lymphoedema but did not lower its "
                "incidence at one year.",
            )
        ],
        "rct",
        "mixed",
    ),
    (
        "similar, moderate and durable improvements with an active comparator",
        "Acupuncture versus massage for chronic low back pain in older adults",
        [
            (
                "CONCLUSION",
                "Acupuncture and massage produced similar, moderate and durable improvements in "
                "back-related function.",
            )
        ],
        "rct",
        "no_effect",
    ),
    (
        "the control named before its null result",
        "Children with asthma have better lung function after a month of parent-given massage",
        [
            (
                None,
                "Thirty-two children were randomly assigned to massage or standard care. Over "
                "the month the massaged children improved in peak air flow; the control children "
                "showed no such improvement. Massage by parents is suggested to improve airway "
                "calibre.",
            )
        ],
        "rct",
        "positive",
    ),
    (
        "fell with massage but not in the relaxation group",
        "Massage therapy lowers blood pressure in adults with hypertension",
        [
            (
                None,
                "Forty adults were randomly assigned to massage or relaxation. Blood pressure "
                "fell across the treatment period in the massage group but not in the "
                "relaxation group.",
            )
        ],
        "rct",
        "positive",
    ),
    (
        "unchanged in the waiting-list group",
        "Classical massage in chronic tension-type headache: a controlled study",
        [
            (
                None,
                "Headache days fell from 18 to 10 per month with massage and were unchanged in "
                "the waiting-list group. Massage can be recommended for tension-type headache.",
            )
        ],
        "controlled_trial",
        "positive",
    ),
    (
        "a single group whose pain fell from a mean of 6.1 to 3.4",
        "Ball self-massage for chronic plantar heel pain: a pilot study",
        [
            (
                None,
                "Eighteen adults rolled the sole over a ball twice a day for 4 weeks. First-step "
                "pain fell from a mean of 6.1 to 3.4 (p < 0.001).",
            )
        ],
        "observational",
        "positive",
    ),
    (
        "massage increased instability",
        "Massage in extremely preterm infants: a randomised trial",
        [
            (
                "CONCLUSIONS",
                "Massage increased physiological instability without improving growth.",
            )
        ],
        "rct",
        "negative",
    ),
    (
        "the comparator better than a two-word massage",
        "Deep friction massage versus shock wave therapy for plantar fasciitis",
        [
            (
                "CONCLUSION",
                "Shock wave therapy gave better long-term results than deep friction massage.",
            )
        ],
        "rct",
        "negative",
    ),
    (
        "less calming than rest is worse than the control",
        "Aromatherapy back massage and anxiety in a coronary care unit",
        [
            (
                None,
                "Forty patients were randomised to one back massage or to rest. Anxiety (primary "
                "outcome) fell by 2 points after massage and by 6 after rest (p = 0.03). A "
                "single massage was not beneficial and was less anxiolytic than rest.",
            )
        ],
        "rct",
        "negative",
    ),
    # R5: insufficient evidence is unclear; a favourable direction with caveats is positive
    (
        "insufficient evidence",
        "Massage for cancer fatigue: a systematic review",
        [
            (
                "AUTHORS' CONCLUSIONS",
                "There is insufficient evidence to judge whether massage helps.",
            )
        ],
        "systematic_review",
        "unclear",
    ),
    (
        "limited evidence favours massage",
        "Massage for dementia: a systematic review",
        [("AUTHORS' CONCLUSIONS", "Limited evidence favours massage for agitation in dementia.")],
        "systematic_review",
        "positive",
    ),
    # R1: effect designs only, and only when an effect of massage is estimated
    (
        "narrative review",
        "Massage in cancer care",
        [(None, "Massage reduced anxiety in many trials.")],
        "review",
        "not_applicable",
    ),
    (
        "diagnostic use",
        "Carotid sinus massage in diagnosing syncope",
        [(None, "Carotid sinus massage was positive in 34% of patients.")],
        "observational",
        "not_applicable",
    ),
    # R3: a null on vital signs or safety counts that neither the title nor the conclusion
    # names is secondary, even when the objective lists them ...
    (
        "vital signs measured beside the claim",
        "Foot massage for anxiety in ventilated patients: a randomised trial",
        [
            ("OBJECTIVE", "To examine the effect of foot massage on anxiety and vital signs."),
            (
                "RESULTS",
                "Anxiety was lower with massage at 30 minutes (p < 0.001). Vital signs and "
                "the number of adverse events did not differ between groups.",
            ),
            ("CONCLUSIONS", "Foot massage reduced anxiety in ventilated patients."),
        ],
        "rct",
        "positive",
    ),
    # ... but a marker the title names is a main outcome
    (
        "blood pressure named in the title",
        "Back massage and blood pressure in older women with hypertension",
        [
            (
                "RESULTS",
                "Systolic blood pressure fell more with massage (p = 0.01); diastolic blood "
                "pressure did not differ between groups.",
            ),
            ("CONCLUSIONS", "Back massage lowered systolic blood pressure in older women."),
        ],
        "rct",
        "mixed",
    ),
    (
        "a comparator set aside between commas",
        "Massage and home exercise for chronic neck pain: a factorial trial",
        [
            ("RESULTS", "Massage improved disability at 12 weeks (main effect -3.6 points)."),
            ("CONCLUSIONS", "Massage, but not home exercise, reduced neck-related disability."),
        ],
        "rct",
        "positive",
    ),
    (
        "a cohort's change stated in percent",
        "Self-massage for leg lymphoedema: a prospective cohort study",
        [
            (
                "RESULTS",
                "Excess limb volume decreased from 19% to 15% over 12 months (p = 0.02).",
            ),
            ("CONCLUSIONS", "Daily self-massage was associated with less excess volume."),
        ],
        "observational",
        "positive",
    ),
    (
        "no recommendation for or against",
        "Massage for acute neck pain: a systematic review",
        [
            (
                None,
                "Nine small trials were included. The effectiveness of massage for neck pain "
                "remains uncertain, and no recommendation for or against its use can be made.",
            )
        ],
        "systematic_review",
        "unclear",
    ),
    (
        "an empty review",
        "Manual lymph drainage for venous leg ulcers",
        [
            ("MAIN RESULTS", "We identified no randomised trials that met the inclusion criteria."),
            (
                "AUTHORS' CONCLUSIONS",
                "There is no evidence from randomised trials on which to base a judgement "
                "about the effectiveness of lymph drainage for venous leg ulcers.",
            ),
        ],
        "systematic_review",
        "unclear",
    ),
    (
        "massage to be deferred after a harm",
        "Oxygen saturation during massage in ventilated preterm infants",
        [
            ("RESULTS", "Desaturation episodes were more frequent during massage than rest."),
            (
                "CONCLUSIONS",
                "Massage increased desaturation and should be deferred until infants are "
                "extubated.",
            ),
        ],
        "rct",
        "negative",
    ),
    (
        "a harm, and massage to be abandoned",
        "Massage of pressure areas and pressure ulcers in older inpatients",
        [
            (
                None,
                "Ulcers developed in 19% on massage wards and 10% on control wards. Routine "
                "massage of pressure areas increased ulcer incidence and should be abandoned.",
            )
        ],
        "rct",
        "negative",
    ),
    (
        "what mediates an effect found before",
        "What mediates the benefit of massage in fibromyalgia? A secondary analysis",
        [
            ("RESULTS", "Sleep quality mediated 30% of the effect of massage on pain."),
            ("CONCLUSIONS", "Massage may help partly through better sleep."),
        ],
        "rct",
        "not_applicable",
    ),
    (
        "a treated series whose conclusion says the condition resolves",
        "Lacrimal sac massage for blocked tear ducts in infants: a cohort study",
        [
            ("METHODS", "Parents of 90 infants were taught the massage and followed for a year."),
            ("RESULTS", "Resolution occurred in 80% by 12 months."),
            ("CONCLUSIONS", "With massage by parents, most blocked ducts resolve by one year."),
        ],
        "observational",
        "positive",
    ),
    (
        "a test's use in the diagnosis of a condition",
        "Post-massage urine versus expressed secretion in the diagnosis of chronic prostatitis",
        [
            (None, "Pre- and post-massage samples were cultured in 80 men."),
            (None, "The two tests agreed in 92% of men; the simpler urine test can replace EPS."),
        ],
        "observational",
        "not_applicable",
    ),
    (
        "acceptability survey",
        "Women's views on antenatal perineal massage",
        [("RESULTS", "Most women found massage acceptable and would use it again.")],
        "observational",
        "not_applicable",
    ),
    (
        "single-group pre-post",
        "Self-massage for tension headache",
        [
            (None, "Headache frequency was compared with baseline in 20 adults."),
            (None, "Frequency fell significantly during the massage weeks (p = 0.01)."),
            (None, "Self-massage may reduce tension headache."),
        ],
        "observational",
        "positive",
    ),
    (
        "an open pilot study is a treated series",
        "Weekly neck massage for cluster headache: an open pilot study",
        [
            (None, "Twelve adults kept a diary for 4 weeks and then had four weekly sessions."),
            (None, "Attacks went from 5.2 per week in the diary weeks to 3.1 after the course."),
            (None, "Neck massage may lessen cluster headache; a controlled trial should follow."),
        ],
        "observational",
        "positive",
    ),
    (
        "single-group change from before to after",
        "Massage therapy for inpatients",
        [
            ("RESULTS", "Pain fell significantly from before to after massage (p < 0.001)."),
            ("CONCLUSIONS", "Massage may help hospitalised patients."),
        ],
        "observational",
        "positive",
    ),
    # R1: resuscitation skill is the outcome; the study tests transport or training, not massage
    (
        "quality of cardiac massage during transport",
        "Quality of manual cardiac massage during ambulance transport: a randomised manikin study",
        [("CONCLUSIONS", "Compressions were less often of adequate depth during transport.")],
        "rct",
        "not_applicable",
    ),
    (
        "feedback during training in cardiac massage",
        "Audiovisual feedback during training in external cardiac massage: a randomised study",
        [("CONCLUSIONS", "Feedback during training produced better compression depth.")],
        "rct",
        "not_applicable",
    ),
    # R1: single groups measured around the massage, and treated series, estimate an effect
    (
        "measured before the massage and after it",
        "Blood pressure responses to slow-stroke back massage in nursing-home residents",
        [
            (
                None,
                "Twenty residents had a three-minute back massage at bedtime. Blood pressure was "
                "measured before the massage, immediately after it and ten minutes later; it "
                "fell and stayed lower. A brief massage relaxes older people.",
            )
        ],
        "observational",
        "positive",
    ),
    (
        "a series whose condition resolved in most infants",
        "Lacrimal sac massage in congenital nasolacrimal duct obstruction",
        [
            (
                None,
                "Parents of 115 infants massaged the lacrimal sac four times a day. The "
                "obstruction resolved in 103 infants (90%) by twelve months of age. Massage "
                "should be the first line of treatment.",
            )
        ],
        "observational",
        "positive",
    ),
    (
        "patients of a series counted as unchanged are no null result",
        "Massage treatment of chronic lumbago: results in 212 patients",
        [
            (
                None,
                "At the end of the course 151 patients were free of pain, 43 slightly improved "
                "and 18 unchanged. The author considers massage a valuable treatment.",
            )
        ],
        "observational",
        "positive",
    ),
    (
        "no change followed rest: a null about the control",
        "Plasma beta-endorphin after connective tissue massage in healthy men",
        [
            (
                None,
                "Eleven men had massage and rest in random order. After massage beta-endorphin "
                "rose by 16%; no change followed rest, and the difference was significant.",
            )
        ],
        "rct",
        "positive",
    ),
    (
        "massage added nothing to the comparator's improvement",
        "Gingival massage and gingival inflammation in schoolchildren",
        [
            (
                None,
                "Indices fell in both schools, with no difference between them. Gingival "
                "massage added nothing to the improvement produced by supervised brushing.",
            )
        ],
        "controlled_trial",
        "no_effect",
    ),
    (
        "a harm and authors who advise caution",
        "Cardiovascular responses to back massage after acute myocardial infarction",
        [
            (
                None,
                "During massage heart rate rose by 9 beats per minute, significantly more than "
                "during rest, and ectopic beats increased. The authors advise caution in giving "
                "back massage early after infarction.",
            )
        ],
        "rct",
        "negative",
    ),
    (
        "a treated series with outcomes at the end of the course",
        "Repeated prostatic massage in chronic prostatitis",
        [
            (
                None,
                "Thirty men were treated with prostatic massage twice a week for six weeks. At "
                "the end of the course 19 reported that their symptoms had cleared. Repeated "
                "massage appears to be a useful addition to drug treatment.",
            )
        ],
        "observational",
        "positive",
    ),
    (
        "single-group study stating change from a figure to a figure",
        "Hand massage for nausea during chemotherapy: a single-arm pilot",
        [
            (
                None,
                "Twenty patients had hand massage before each chemotherapy cycle. Mean "
                "nausea fell from 5.2 to 3.0 by the fourth cycle. Hand massage may ease "
                "nausea.",
            )
        ],
        "observational",
        "positive",
    ),
    (
        "massage used to take a specimen for a test",
        "Expressed secretions after prostatic massage: a two-sample test",
        [
            (
                "OBJECTIVE",
                "To compare a two-sample urine test after prostatic massage with the "
                "four-sample test for localising infection.",
            ),
            (
                "RESULTS",
                "The two tests agreed in 40 of 44 men; the short test significantly reduced "
                "the time taken.",
            ),
            ("CONCLUSIONS", "The two-sample test is a simple screening tool."),
        ],
        "observational",
        "not_applicable",
    ),
    (
        "review: evidence that massage helps is weak, too weak to support or refute it",
        "Massage for infant colic: a systematic review",
        [
            (
                "AUTHORS' CONCLUSIONS",
                "Evidence that massage benefits infants with colic is weak. The trials are "
                "insufficient to support or refute its use.",
            )
        ],
        "systematic_review",
        "unclear",
    ),
    (
        "a methods first sentence names the population, not the main outcomes",
        "Back massage for pain in nulliparous women: a randomised trial",
        [
            (
                None,
                "Eighty nulliparous women in early labour were randomised to back massage or "
                "usual care. Pain was lower with massage at 30 minutes (p = 0.01). Duration of "
                "labour and mode of birth did not differ between groups. Back massage eased "
                "pain.",
            )
        ],
        "rct",
        "positive",
    ),
    (
        "a primary difference 'in favour of massage' that is not significant",
        "Foot massage for knee osteoarthritis: a pilot randomised trial",
        [
            (
                "METHODS",
                "Forty adults were randomised to weekly foot massage or usual care. The "
                "primary outcome was the WOMAC function score at 8 weeks.",
            ),
            (
                "RESULTS",
                "The WOMAC difference was 3.1 points in favour of massage (95% CI -1.0 to "
                "7.2; p = 0.14). Pain and stiffness were significantly better with massage.",
            ),
            ("CONCLUSIONS", "Foot massage may improve function; a larger trial is warranted."),
        ],
        "rct",
        "no_effect",
    ),
    (
        "a transient increase is a benefit not sustained",
        "Calf massage and skin blood flow in healthy adults: a crossover study",
        [
            (
                None,
                "Twelve healthy adults had calf massage or rest in random order. Skin blood "
                "flow was higher during massage (p = 0.02) but not 20 minutes later. Massage "
                "gave a transient increase in skin blood flow.",
            )
        ],
        "rct",
        "mixed",
    ),
    (
        "immediate benefit not reflected in sustained outcomes",
        "Massage for pain and mood in advanced cancer: a randomised trial",
        [
            ("OBJECTIVES", "To compare massage with simple touch for pain and mood."),
            (
                "RESULTS",
                "Both groups improved right after the sessions, but massage gave larger "
                "immediate falls in pain (0.9 points) and better mood. Over three weeks, pain, "
                "quality of life and analgesic use did not differ between groups.",
            ),
            (
                "CONCLUSION",
                "Massage had immediate benefits for pain and mood, but these were not reflected "
                "in sustained outcomes over three weeks.",
            ),
        ],
        "rct",
        "mixed",
    ),
    (
        "transient side effects do not split a benefit",
        "Abdominal massage for constipation in older adults",
        [
            ("RESULTS", "Bowel movements were more frequent with massage (p = 0.01)."),
            (
                "CONCLUSIONS",
                "Abdominal massage relieved constipation; transient side effects were rare.",
            ),
        ],
        "rct",
        "positive",
    ),
    (
        "usage survey",
        "A survey of massage use among people with cancer",
        [("RESULTS", "Forty per cent had used massage; most found it helpful.")],
        "observational",
        "not_applicable",
    ),
    (
        "benefit on one outcome but not the other",
        "Massage for shoulder pain",
        [("CONCLUSION", "Massage significantly improved range of motion but not pain.")],
        "rct",
        "mixed",
    ),
    (
        "two active treatments both effective",
        "Massage versus stretching for hamstring flexibility",
        [("CONCLUSION", "Both interventions were effective in improving hamstring flexibility.")],
        "rct",
        "no_effect",
    ),
    (
        "review: evidence does not support",
        "Massage for asthma: a systematic review",
        [("CONCLUSIONS", "Current evidence does not support the use of massage for asthma.")],
        "systematic_review",
        "no_effect",
    ),
    # R2 / R3 with a named primary outcome: nulls elsewhere are secondary
    (
        "primary outcome better, secondary performance null",
        "Self-massage with a roller after hill running",
        [
            (
                None,
                "Eighteen trail runners used a roller or rested after a downhill run. Calf "
                "pain (primary outcome), ankle range and hop distance were measured over "
                "three days. Rolling reduced calf pain on all three days (effect size 0.8), "
                "whereas ankle range and hop distance did not differ between conditions. "
                "Rolling is a useful way to ease calf pain after downhill running.",
            )
        ],
        "rct",
        "positive",
    ),
    (
        "primary outcome null, a secondary rating favours massage",
        "Scalp massage for migraine: a sham-controlled trial",
        [
            ("OBJECTIVE", "To test whether scalp massage reduces migraine days."),
            (
                "METHODS",
                "Forty adults had eight sessions of scalp massage or light touch. Migraine "
                "days, the primary outcome, were counted in a diary.",
            ),
            (
                "RESULTS",
                "Migraine days fell in both arms and did not differ between arms (p = 0.41). "
                "Global impression of change favoured massage (p = 0.02).",
            ),
            (
                "DISCUSSION",
                "Although migraine days did not differ between arms, scalp massage may be "
                "worth further study.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    (
        "null on another outcome in a sentence that also names a later time",
        "Lymph drainage for arm swelling after breast surgery",
        [
            (
                None,
                "Fifty women were randomised to lymph drainage or usual care after surgery. "
                "Arm volume was smaller with drainage at 2 weeks and at 3 months (p = 0.02); "
                "grip strength did not differ. Lymph drainage reduced arm swelling.",
            )
        ],
        "rct",
        "positive",
    ),
    (
        "dose comparison: the two long regimens alike",
        "Longer massage sessions for knee osteoarthritis: a dose trial",
        [
            (
                "RESULTS",
                "Both 45-minute regimens improved knee function more than the 20-minute "
                "regimen (p < 0.01); the two 45-minute regimens did not differ.",
            ),
            ("CONCLUSIONS", "Longer 45-minute sessions improve knee function more."),
        ],
        "rct",
        "positive",
    ),
    (
        "review: short-term benefit not sustained",
        "Cupping massage for neck pain: a systematic review and meta-analysis",
        [
            (
                "CONCLUSIONS",
                "Cupping massage seems to ease neck pain for a few weeks, but no benefit "
                "remained at 6 months.",
            )
        ],
        "systematic_review",
        "mixed",
    ),
    (
        "primary outcome (by its abbreviation) null, a secondary better, hopeful wording",
        "Abdominal massage for chronic constipation in adults with multiple sclerosis",
        [
            (
                "METHODS",
                "Sixty adults were randomised to daily abdominal massage plus advice or advice "
                "alone for 8 weeks. The primary outcome was the Constipation Scoring System "
                "(CSS) at 8 weeks; stool frequency was secondary.",
            ),
            (
                "RESULTS",
                "CSS fell in both arms, with no significant difference between them at 8 weeks "
                "(p = 0.27). Stool frequency rose more with massage (p = 0.03).",
            ),
            ("CONCLUSIONS", "Abdominal massage may be a helpful adjunct to advice."),
        ],
        "rct",
        "no_effect",
    ),
    # R6: massage in every arm
    (
        "add-on named in the title: taping added to massage",
        "Elastic taping added to massage therapy for tennis elbow: a randomised trial",
        [
            ("METHODS", "Patients had massage three times a week, with or without taping."),
            ("CONCLUSION", "Taping gave extra short-term pain relief."),
        ],
        "rct",
        "not_applicable",
    ),
    (
        "add-on on top of massage",
        "Tai chi combined with massage for disc herniation",
        [
            ("METHODS", "Patients were randomised to tai chi plus massage or massage alone."),
            ("CONCLUSIONS", "Adding tai chi reduced pain more than massage alone."),
        ],
        "rct",
        "not_applicable",
    ),
    (
        "massage variant: oil",
        "Aromatherapy hand massage for hospice patients",
        [
            (
                "METHODS",
                "The experimental group had aroma oil hand massage and controls had hand "
                "massage with plain almond oil alone.",
            ),
            ("CONCLUSION", "Aroma hand massage relieved pain and depression."),
        ],
        "controlled_trial",
        "positive",
    ),
    # "massage alone" without a combination in the sentence is no add-on design (R6)
    (
        "massage alone as a warm-up",
        "Pre-event massage and sprint performance",
        [
            (
                "RESULTS",
                "Sprint time was slower after massage than after active warm-up (p = 0.02).",
            ),
            ("CONCLUSIONS", "Massage alone may impair sprint performance before competition."),
        ],
        "rct",
        "negative",
    ),
    # p < 0.001 is a between-group advantage; the massage's own name is no outcome (R3)
    (
        "null secondary outcome sharing the massage's name",
        "Abdominal massage and gastric residual volume in ventilated patients",
        [
            (
                "RESULTS",
                "Gastric residual volume was lower in the massage group (p < 0.001); "
                "abdominal circumference and vomiting did not differ significantly.",
            ),
            ("CONCLUSIONS", "Abdominal massage reduced gastric residual volume."),
        ],
        "rct",
        "positive",
    ),
    # "not only ... but also" is no negation
    (
        "not only effective",
        "Massage for chronic neck pain",
        [
            ("RESULTS", "Pain fell more with massage than with usual care (p < 0.01)."),
            (
                "CONCLUSIONS",
                "Massage was not only effective in reducing pain but also improved sleep.",
            ),
        ],
        "rct",
        "positive",
    ),
    (
        "contracted negation",
        "Massage for insomnia",
        [("CONCLUSIONS", "Weekly massage didn't improve sleep quality compared with rest.")],
        "rct",
        "no_effect",
    ),
    # R3: an outcome the conclusion says was spared is no split
    (
        "improved without reducing another outcome",
        "Foam rolling and knee range of motion",
        [
            (
                "PURPOSE",
                "To examine the effect of foam rolling on knee range of motion and muscle force.",
            ),
            (
                "RESULTS",
                "Range of motion increased after rolling (p < 0.001); force did not differ "
                "between conditions.",
            ),
            ("CONCLUSIONS", "Foam rolling increased range of motion without reducing force."),
        ],
        "rct",
        "positive",
    ),
    # R3: the advantage sits in one clause of a sentence that also reports change
    # within both groups; the sustained effects on named outcomes did not differ
    (
        "immediate benefit, no sustained difference",
        "Massage and quality of life in hospice patients",
        [
            (
                None,
                "Hospice patients were randomised to three massages or simple touch over two "
                "weeks. Both groups improved immediately after each session, and massage was "
                "superior to simple touch for immediate pain relief (p < 0.01). Sustained "
                "effects on pain and quality of life over time did not differ between groups. "
                "Massage may have immediate beneficial effects on pain and mood.",
            )
        ],
        "rct",
        "mixed",
    ),
    # R5: a positive word that only names the question does not outweigh "no conclusions"
    (
        "no conclusions about the effectiveness",
        "Massage for low back pain: a systematic review",
        [
            (
                "CONCLUSIONS",
                "Owing to the small number and poor quality of trials, no conclusions can be "
                "drawn about the effectiveness of massage.",
            )
        ],
        "systematic_review",
        "unclear",
    ),
    # less of an outcome that should rise is harm
    (
        "decreased strength",
        "Pre-exercise massage and hamstring strength",
        [("CONCLUSIONS", "Pre-exercise massage decreased hamstring strength compared with rest.")],
        "rct",
        "negative",
    ),
    # R3: benefit limited to the short term
    (
        "short term only",
        "Shiatsu for chronic neck pain",
        [
            ("RESULTS", "Pain was lower with shiatsu at week 6 but not at week 24."),
            ("CONCLUSION", "Shiatsu relieves neck pain in the short term only."),
        ],
        "rct",
        "mixed",
    ),
    (
        "difference vanished at follow-up",
        "Reflexology for plantar heel pain",
        [
            (
                None,
                "Forty adults received reflexology or stretching for 6 weeks. Pain improved more "
                "with reflexology at 6 weeks; at the 6-month follow-up the difference had "
                "disappeared.",
            )
        ],
        "rct",
        "mixed",
    ),
    # a null about the comparator arm or about an oil added to massage is no split
    (
        "improved after massage but not after rest",
        "Massage gun and hamstring flexibility",
        [
            (
                None,
                "Eighteen athletes received a massage gun or rest on two days. Flexibility "
                "improved after the massage gun but not after rest.",
            )
        ],
        "rct",
        "positive",
    ),
    (
        "the oil made no difference",
        "Oil massage and labour pain",
        [
            (
                None,
                "Women in labour were randomised to massage with rose oil, massage with plain oil "
                "or routine care. Pain was lower with both massage groups than with routine "
                "care; the rose oil made no difference.",
            )
        ],
        "rct",
        "positive",
    ),
    # R2: the same change in both arms is no effect
    (
        "fell similarly in both groups",
        "Scalp massage and stress",
        [
            (
                None,
                "Thirty nurses were randomised to scalp massage or quiet rest for 3 weeks; "
                "perceived stress fell similarly in both groups.",
            )
        ],
        "rct",
        "no_effect",
    ),
    # a later null on another outcome is not a benefit that faded (R3)
    (
        "later null on a secondary outcome",
        "Perineal massage in pregnancy and perineal trauma",
        [
            (
                "RESULTS",
                "Intact perineum rates were higher with massage (24% vs 15%, p = 0.04). "
                "Perineal pain at 3 months did not differ.",
            ),
            ("CONCLUSIONS", "Antenatal perineal massage reduced perineal trauma at birth."),
        ],
        "rct",
        "positive",
    ),
    # R5: evidence too thin to support a claim doubts the claim in its clause ...
    (
        "insufficient evidence to recommend",
        "Massage for constipation in older adults",
        [
            ("RESULTS", "Three small trials were included; their results could not be pooled."),
            (
                "CONCLUSIONS",
                "The evidence is insufficient to recommend abdominal massage for constipation.",
            ),
        ],
        "systematic_review",
        "unclear",
    ),
    (
        "no good evidence that massage helps",
        "Massage for constipation in older adults",
        [("CONCLUSIONS", "There is no high-quality evidence that massage relieves constipation.")],
        "systematic_review",
        "unclear",
    ),
    (
        "research needed before conclusions",
        "Massage for fibromyalgia",
        [
            (
                "CONCLUSIONS",
                "Further research is needed before conclusions can be drawn about the "
                "effectiveness of massage for fibromyalgia.",
            )
        ],
        "systematic_review",
        "unclear",
    ),
    # ... while a caveat in its own clause leaves the claim standing
    (
        "caveat before the claim",
        "Massage for anxiety",
        [("CONCLUSIONS", "Although evidence is limited, massage appears to reduce anxiety.")],
        "systematic_review",
        "positive",
    ),
    # R3: a benefit that disappeared, and a null conceded before a finding, split
    (
        "benefit that disappeared",
        "Massage after knee replacement",
        [
            (
                "CONCLUSIONS",
                "The benefits of massage on pain were evident immediately after treatment but "
                "disappeared within one week.",
            )
        ],
        "rct",
        "mixed",
    ),
    (
        "null conceded before a finding",
        "Massage for pain and mood in hospice patients",
        [
            (
                "CONCLUSIONS",
                "Although massage had no effect on pain, it significantly improved mood.",
            )
        ],
        "rct",
        "mixed",
    ),
    (
        "null conceded before a hope",
        "Massage for pain in hospice patients",
        [("CONCLUSIONS", "Although massage did not reduce pain, it may help some patients relax.")],
        "rct",
        "no_effect",
    ),
    # "compared with usual care" names the comparison, not a null result of the control arm
    (
        "null compared with usual care",
        "Aromatherapy massage for anxiety in hospice patients",
        [
            (
                "RESULTS",
                "Anxiety scores fell in both groups, with no significant difference between "
                "groups at week 4.",
            ),
            (
                "CONCLUSION",
                "Aromatherapy massage did not significantly reduce anxiety compared with usual "
                "care, although the findings suggest it may have potential.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # a harm the conclusion says was avoided is no split (R3)
    (
        "without increasing a harm",
        "Sunflower oil massage in very low birthweight infants",
        [
            (
                "RESULTS",
                "Weight gain was greater with sunflower oil (18.2 vs 15.9 g/kg/day; P = 0.004). "
                "Sepsis occurred in 7% and 9% (P = 0.72).",
            ),
            (
                "CONCLUSION",
                "Massage with sunflower oil produced better weight gain than massage with "
                "mineral oil without increasing sepsis.",
            ),
        ],
        "rct",
        "positive",
    ),
    # a single-group cohort's change from baseline estimates an effect (R1, R4)
    (
        "cohort change from baseline",
        "Outcomes of massage for low back pain in community practice: a cohort study",
        [
            (
                "RESULTS",
                "Mean disability scores improved from 9.8 at baseline to 5.1 at one year "
                "(P < 0.001).",
            ),
            (
                "CONCLUSIONS",
                "Clients receiving massage reported substantial and lasting improvements.",
            ),
        ],
        "observational",
        "positive",
    ),
    # R2: a null primary with a hopeful word about a passing benefit stays no_effect
    (
        "null with a hoped-for transient relief",
        "Scar massage for hypertrophic burn scars",
        [
            (
                None,
                "Forty-one adults were randomised to scar massage or pressure garments alone. "
                "Scar scores did not differ at 3 months (p = 0.62). Scar massage did not improve "
                "scar appearance, although it may give transient relief of itch.",
            )
        ],
        "rct",
        "no_effect",
    ),
    # an advantage on an outcome the conclusion does not name makes no split (R3) ...
    (
        "advantage on an unnamed secondary outcome",
        "Lymph drainage added to bandaging for arm lymphoedema",
        [
            (
                None,
                "Forty-five women were randomised to bandaging with or without lymph drainage. "
                "Volume fell by 39% and 35% (P = 0.47). Heaviness improved more in the drainage "
                "group at 4 weeks (P = 0.04). Lymph drainage did not add meaningfully to the "
                "volume reduction achieved by bandaging.",
            )
        ],
        "rct",
        "no_effect",
    ),
    # ... one on an outcome it does name is a split
    (
        "advantage on an outcome the conclusion names",
        "Abdominal massage for constipation in nursing-home residents",
        [
            (
                None,
                "Nineteen residents had massage and 18 served as controls. Bowel frequency did "
                "not change (NS), but laxative use fell in the massage group compared with "
                "controls (p < 0.05). Abdominal massage did not increase bowel frequency but may "
                "reduce laxative use.",
            )
        ],
        "controlled_trial",
        "mixed",
    ),
    # a mechanism the study tests is its outcome, not a mechanism-only study (R1)
    (
        "a cited mechanism put to the test",
        "Does massage increase muscle blood flow? A randomised crossover study",
        [
            (
                "PURPOSE",
                "Increased blood flow is often cited as a mechanism of massage. We tested it.",
            ),
            ("RESULTS", "Blood flow did not differ between massage and rest (P = 0.71)."),
            ("CONCLUSION", "Massage does not increase limb blood flow."),
        ],
        "rct",
        "no_effect",
    ),
    # R3: no lasting advantage after an early one; R5: no recommendation can be made
    (
        "no lasting advantage",
        "Massage for subacute low back pain",
        [
            ("RESULTS", "At 1 month disability was lower with massage; by 3 months it was not."),
            (
                "CONCLUSIONS",
                "Massage hastened short-term recovery but offered no lasting advantage over "
                "advice alone.",
            ),
        ],
        "rct",
        "mixed",
    ),
    (
        "no recommendation can be made",
        "Massage for neck disorders: a systematic review",
        [
            (
                "CONCLUSIONS",
                "The effectiveness of massage for neck pain remains uncertain. No recommendations "
                "for practice can be made.",
            )
        ],
        "systematic_review",
        "unclear",
    ),
    (
        "an effect that fades",
        "Massage for postoperative pain: a systematic review",
        [
            (
                "CONCLUSIONS",
                "Massage may provide early relief of postoperative pain, but its effect fades "
                "within the first postoperative week.",
            )
        ],
        "systematic_review",
        "mixed",
    ),
    # R4: better than nothing but not than placebo is no effect
    (
        "not more than placebo",
        "Massage for tension-type headache: a three-arm trial",
        [
            (
                "CONCLUSIONS",
                "Trigger-point massage reduced headache frequency, although not more than "
                "placebo ultrasound.",
            )
        ],
        "rct",
        "no_effect",
    ),
    (
        "evidence that allows no conclusion",
        "Infant massage for colic: a systematic review",
        [
            (
                "CONCLUSIONS",
                "The evidence is of very low certainty and does not allow conclusions on whether "
                "infant massage reduces crying.",
            )
        ],
        "systematic_review",
        "unclear",
    ),
    # R1: a single-arm study's change is an effect estimate; a test's agreement is not
    (
        "single-arm change",
        "Foam rolling for plantar heel pain: a single-arm study",
        [
            ("RESULTS", "At 6 weeks pain improved by a mean of 14.2 points (95% CI 9.1 to 19.3)."),
            ("CONCLUSIONS", "Daily foam rolling was associated with short-term improvement."),
        ],
        "observational",
        "positive",
    ),
    (
        "agreement between two tests",
        "Agreement between the two-glass pre- and post-massage test and the four-glass test",
        [
            ("RESULTS", "The two tests agreed in 91% of men (kappa 0.82)."),
            ("CONCLUSIONS", "The two-glass test is a simple and accurate substitute."),
        ],
        "observational",
        "not_applicable",
    ),
    # R3: with a named primary outcome, the conclusion's null on secondaries makes no split
    (
        "null secondaries in the conclusion",
        "Massage gun added to stretching for low back pain",
        [
            ("METHODS", "The primary outcome was pain intensity (VAS); disability was secondary."),
            ("RESULTS", "Pain decreased more with the massage gun (p = 0.001)."),
            (
                "CONCLUSION",
                "Adding a massage gun to stretching reduced pain more than stretching alone, "
                "with no additional effect on disability.",
            ),
        ],
        "rct",
        "positive",
    ),
    # R6: the titled variant better than the other massage
    (
        "titled variant better than plain massage",
        "Lavender aromatherapy massage for anxiety in students",
        [
            (
                "CONCLUSION",
                "Lavender aromatherapy massage was more effective than simple massage for anxiety.",
            )
        ],
        "rct",
        "positive",
    ),
    # two oils that did not differ say nothing against massage
    (
        "two oils that did not differ",
        "Oil massage for weight gain in low birth weight infants: a three-arm trial",
        [
            (
                "OBJECTIVE",
                "To compare massage with coconut oil or mineral oil with no massage on weight "
                "gain.",
            ),
            (
                "RESULTS",
                "Weight gain was 16.2 g/kg/day with coconut oil, 15.4 with mineral oil and 12.9 "
                "without massage (P < 0.001 for each oil); coconut and mineral oil did not "
                "differ (P = 0.34).",
            ),
            (
                "CONCLUSION",
                "Oil massage by mothers improves weight gain in LBW infants; the type of oil "
                "made little difference.",
            ),
        ],
        "rct",
        "positive",
    ),
    # R3: a secondary outcome's benefit that faded is no split; the main outcome's is
    (
        "secondary benefit that faded",
        "Back massage for sleep quality in nursing-home residents",
        [
            (
                "RESULTS",
                "Sleep quality improved more with massage at week 8 and at follow-up "
                "(p < 0.01). Fatigue was lower with massage at week 8 but not at follow-up "
                "(p = 0.18).",
            ),
            ("CONCLUSION", "Back massage improved sleep quality in older residents."),
        ],
        "controlled_trial",
        "positive",
    ),
    (
        "main benefit that faded",
        "Back massage for sleep quality in nursing-home residents",
        [
            (
                "RESULTS",
                "Sleep quality was better with massage at week 8 (p < 0.01) but not at "
                "follow-up (p = 0.18).",
            ),
            ("CONCLUSION", "Back massage improved sleep quality in older residents."),
        ],
        "controlled_trial",
        "mixed",
    ),
    # R3: a benefit that "had largely disappeared" is not sustained, even with a named primary
    (
        "benefit that disappeared after treatment",
        "Swedish massage for knee osteoarthritis with 24-week follow-up",
        [
            ("METHODS", "The primary outcome was WOMAC pain at 8 weeks."),
            (
                "CONCLUSION",
                "Weekly massage relieved knee symptoms while treatment continued, but the "
                "benefit had largely disappeared 16 weeks after the last session.",
            ),
        ],
        "rct",
        "mixed",
    ),
    (
        "effect that does not appear to persist",
        "Aromatherapy massage for anxiety: a meta-analysis",
        [
            (
                "CONCLUSIONS",
                "Aromatherapy massage reduces anxiety in the short term, but the effect does not "
                "appear to persist after treatment stops.",
            )
        ],
        "systematic_review",
        "mixed",
    ),
    (
        "effect that did not outlast treatment",
        "Lymph drainage after knee arthroplasty",
        [
            (
                "CONCLUSION",
                "Lymph drainage reduced early swelling, but the effect did not outlast the "
                "treatment period.",
            )
        ],
        "rct",
        "mixed",
    ),
    # R6 does not apply when massage itself is what is added ("alone or added to drugs")
    (
        "massage alone or added to drugs",
        "Massage for hypertension: a systematic review",
        [
            (
                None,
                "Trials of massage alone or added to antihypertensive drugs, compared with drugs "
                "alone or no treatment, were included. Owing to the high risk of bias, the "
                "evidence is insufficient to draw conclusions.",
            )
        ],
        "systematic_review",
        "unclear",
    ),
    # R4: worse than an active comparator is negative; the control worse than massage is not
    (
        "smaller gains than the comparator",
        "Foam rolling versus static stretching for hamstring flexibility",
        [
            (
                "CONCLUSIONS",
                "A single bout of foam rolling produced smaller and shorter-lived flexibility "
                "gains than static stretching.",
            )
        ],
        "controlled_trial",
        "negative",
    ),
    (
        "the control's smaller gains",
        "Massage for neck pain in office workers",
        [("CONCLUSIONS", "The control group showed smaller improvements than the massage group.")],
        "rct",
        "positive",
    ),
    # R3: a named primary outcome, and a null on another main outcome the title names
    (
        "null on a second co-primary outcome named in the title",
        "Aromatherapy massage for sleep quality and depressive symptoms in women with insomnia",
        [
            ("METHODS", "The co-primary outcomes were the PSQI and depression on the BDI."),
            ("RESULTS", "PSQI improved more with massage (P < 0.001); BDI did not differ."),
            (
                "CONCLUSIONS",
                "Aromatherapy massage improved sleep quality but did not reduce depressive "
                "symptoms in women with insomnia.",
            ),
        ],
        "rct",
        "mixed",
    ),
    # an outcome called "pain sensitivity" is no diagnostic test (R1)
    (
        "pain sensitivity as an outcome",
        "Percussive massage and calf pain sensitivity in runners",
        [
            (
                None,
                "Thirty runners were randomly assigned to percussive massage or rest. Pressure "
                "pain threshold rose by 22% after massage and by 3% after rest (p < 0.001). "
                "Percussive massage reduced local pain sensitivity.",
            )
        ],
        "rct",
        "positive",
    ),
    # massage alone, warm-up alone and both: single treatments compared, not an add-on (R6)
    (
        "factorial comparison with another treatment alone",
        "Pre-event massage and sprint performance",
        [
            (
                None,
                "Sprinters completed massage, an active warm-up or both in counterbalanced "
                "order. Sprint time was slower after massage alone than after the warm-up "
                "(p < 0.01); the combination did not differ from warm-up alone. Massage in "
                "place of a warm-up appears to be detrimental to sprint performance.",
            )
        ],
        "controlled_trial",
        "negative",
    ),
    # R3: the primary outcome named beside its scale ("(VAS, primary outcome)")
    (
        "primary named with its scale in the bracket, nulls on secondaries",
        "Foot reflexology for fatigue in haemodialysis patients",
        [
            (
                "METHODS",
                "Fatigue (PFS-12, primary outcome) was rated before the first and after the "
                "last of twelve sessions; sleep and itch were secondary outcomes.",
            ),
            (
                "RESULTS",
                "Fatigue fell by 2.9 points with reflexology and 0.4 with usual care. "
                "Sleep and itch did not differ between groups.",
            ),
            ("CONCLUSIONS", "Reflexology lessened fatigue in patients on haemodialysis."),
        ],
        "rct",
        "positive",
    ),
    # R3: co-primary outcomes with bracketed methods, a null on the second one
    (
        "co-primary outcomes, one null",
        "Massage after hamstring strain in footballers",
        [
            (
                "METHODS",
                "Co-primary outcomes were bruising area (photographic tracing) and knee "
                "extension range (goniometer) at day 10.",
            ),
            (
                "RESULTS",
                "Bruising area was smaller with massage (p = 0.02); knee extension "
                "range did not differ (p = 0.51).",
            ),
            ("CONCLUSIONS", "Massage reduced bruising but did not improve knee extension range."),
        ],
        "rct",
        "mixed",
    ),
    # R2: the primary outcome's advantage taken back in its own sentence
    (
        "primary lower but the difference not significant, hopeful conclusion",
        "Back massage and anxiety after hip replacement",
        [
            ("METHODS", "Anxiety (HADS-A, primary outcome) was measured on the third day."),
            (
                "RESULTS",
                "Anxiety was lower in the massage group, but the difference was not "
                "significant (p = 0.12).",
            ),
            ("CONCLUSIONS", "Back massage might help to reduce anxiety after hip replacement."),
        ],
        "controlled_trial",
        "no_effect",
    ),
    # R3: an outcome of the course of care shares only its setting word with the claims
    (
        "duration of labour null beside a labour pain claim",
        "Lumbar massage for labour pain in nulliparous women",
        [
            (
                "RESULTS",
                "Pain scores were lower with massage at 5 and 8 cm dilatation "
                "(p < 0.01). The length of the first stage of labour did not differ.",
            ),
            ("CONCLUSIONS", "Lumbar massage eased labour pain in nulliparous women."),
        ],
        "rct",
        "positive",
    ),
    (
        "duration of labour null when the title names that duration",
        "Massage for labour pain and the duration of labour",
        [
            (
                "RESULTS",
                "Pain scores were lower with massage (p < 0.01); the duration of "
                "labour did not differ.",
            ),
            ("CONCLUSIONS", "Massage eased labour pain in nulliparous women."),
        ],
        "rct",
        "mixed",
    ),
    # R2: a named primary outcome null in the conclusion, the claim on a secondary one
    (
        "claim on a secondary outcome, primary null",
        "Mechanical versus manual cardiac massage in out-of-hospital arrest",
        [
            (
                "METHODS",
                "The primary end point was survival to discharge; return of "
                "spontaneous circulation was secondary.",
            ),
            (
                "RESULTS",
                "Return of circulation was more frequent with the device (38% vs "
                "31%), but survival to discharge was similar (7.2% vs 6.9%).",
            ),
            (
                "CONCLUSIONS",
                "The device improved return of circulation but did not improve "
                "survival to discharge.",
            ),
        ],
        "controlled_trial",
        "no_effect",
    ),
    # R4: "similar short-term improvements" with an active comparator (a hyphenated word)
    (
        "similar short-term improvements with an active comparator",
        "Cross-friction massage versus eccentric exercise for Achilles tendinopathy",
        [
            ("RESULTS", "VISA-A scores rose by 21 and 19 points over 8 weeks."),
            (
                "CONCLUSIONS",
                "Friction massage and eccentric exercise gave similar short-term "
                "improvements in tendon pain.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # R3: "did not hasten" is a null result beside the claim
    (
        "reduced soreness but did not hasten recovery",
        "Post-match massage and recovery in rugby players",
        [
            (
                "CONCLUSIONS",
                "Massage reduced soreness but did not hasten the recovery of sprint speed.",
            )
        ],
        "rct",
        "mixed",
    ),
    # R6: the same massage in both arms, with and without an add-on
    (
        "massage with and without a hot pack",
        "Back massage with and without a hot pack for pain after caesarean section",
        [
            (
                "CONCLUSIONS",
                "Back massage with or without a hot pack relieved pain; the hot pack added little.",
            )
        ],
        "rct",
        "not_applicable",
    ),
    (
        "music on top of the same massage in both arms",
        "Does music add to the calming effect of massage before surgery? A randomised trial",
        [
            (
                None,
                "Sixty adults were randomly assigned to a 20-minute hand massage with relaxing "
                "music or to the same hand massage without music. Anxiety fell in both groups and "
                "did not differ between them. Music did not add to the effect of massage.",
            )
        ],
        "rct",
        "not_applicable",
    ),
    (
        "the same massage without an add-on, named only in the methods",
        "Preoperative massage and anxiety: a randomised trial",
        [
            (
                None,
                "Patients received a back massage with guided imagery or the same back massage "
                "without imagery. The imagery gave no further fall in anxiety.",
            )
        ],
        "rct",
        "not_applicable",
    ),
    (
        "massage with and without aromatherapy oil is a variant comparison",
        "Foot massage with and without lavender oil for anxiety before surgery",
        [
            (
                "CONCLUSIONS",
                "Foot massage with lavender oil reduced anxiety more than plain foot massage.",
            )
        ],
        "rct",
        "positive",
    ),
    # R3: "but the difference was not significant" is about the clause before it only
    (
        "a marker's difference not significant after the primary's advantage",
        "Back massage and anxiety before cataract surgery",
        [
            (
                None,
                "Ninety patients were randomly assigned to massage or usual care. Anxiety "
                "(STAI-S, primary outcome) fell by 8.1 points with massage and 1.2 with usual care "
                "(p < 0.001); cortisol fell slightly more with massage, but the difference was not "
                "significant. Back massage eased anxiety before surgery.",
            )
        ],
        "rct",
        "positive",
    ),
    # R3: no primary declared, but the aim names the measure the conclusion claims; a null
    # on another measure of the same condition is secondary
    (
        "the aim's measure claimed, another measure of the condition null",
        "Massage for chronic neck pain: a randomised trial",
        [
            (
                "OBJECTIVE",
                "To test whether massage reduces the disability of chronic neck pain compared "
                "with advice alone.",
            ),
            (
                "RESULTS",
                "Disability scores were lower with massage at 6 weeks (p = 0.01). Neck pain "
                "intensity did not differ between groups.",
            ),
            ("CONCLUSIONS", "Massage reduced the disability of chronic neck pain."),
        ],
        "rct",
        "positive",
    ),
    # ... but when the aim names no measure, a null on the condition's intensity splits it
    (
        "no measure in the aim: a null on the condition's intensity is mixed",
        "Massage for chronic neck pain: a randomised trial",
        [
            (
                "OBJECTIVE",
                "To test whether massage helps people with chronic neck pain.",
            ),
            (
                "RESULTS",
                "Disability scores were lower with massage at 6 weeks (p = 0.01). Neck pain "
                "intensity did not differ between groups.",
            ),
            ("CONCLUSIONS", "Massage reduced the disability of chronic neck pain."),
        ],
        "rct",
        "mixed",
    ),
    # R2/R3: "X (its scale) was the primary outcome", named long before the marker
    (
        "primary outcome named as the subject, null on other measures",
        "Foot massage for anxiety in ventilated patients",
        [
            (
                "METHODS",
                "Sixty patients were randomised to foot massage or usual care. State anxiety "
                "(Faces Anxiety Scale and a 100-mm visual analogue scale) was the primary "
                "outcome; heart rate and blood pressure were also recorded.",
            ),
            (
                "RESULTS",
                "Anxiety fell more with massage (p < 0.001). Vital signs did not differ.",
            ),
            (
                "CONCLUSION",
                "Foot massage reduced anxiety, even though physiological indicators were "
                "unchanged.",
            ),
        ],
        "rct",
        "positive",
    ),
    # R3: two primary outcomes named together as the subject, one better and one null
    (
        "co-primary outcomes named as the subject split",
        "Massage for fatigue and spasticity in multiple sclerosis",
        [
            (
                "METHODS",
                "Fatigue (Modified Fatigue Impact Scale, MFIS) and lower-limb spasticity "
                "(Modified Ashworth Scale) were the primary outcomes.",
            ),
            (
                "RESULTS",
                "MFIS scores fell more with massage (p = 0.003). Spasticity did not change.",
            ),
            ("CONCLUSIONS", "Massage reduced fatigue but did not affect spasticity."),
        ],
        "rct",
        "mixed",
    ),
    # R2: an effect that "could not be separated from that of placebo"
    (
        "effect not separable from placebo",
        "Trigger point massage for tension-type headache",
        [
            (
                "METHODS",
                "Adults were randomised to massage, placebo ultrasound or wait-list. Headache "
                "frequency was the primary outcome.",
            ),
            (
                "CONCLUSIONS",
                "Massage may help, but its effect on headache frequency could not be "
                "separated from that of placebo.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # R4: "not inferior to" an active comparator is no_effect
    (
        "not inferior to the active comparator",
        "Mechanical massage versus manual lymphatic drainage for lymphoedema",
        [
            (
                "CONCLUSION",
                "Mechanical massage was not inferior to manual lymphatic drainage for "
                "reducing limb volume.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # R3: gains "largely lost by one year" were not sustained ...
    (
        "gains largely lost by one year",
        "Outcomes of a hospital massage programme for chronic low back pain",
        [
            (
                "RESULTS",
                "Pain fell from 6.1 at baseline to 4.2 at 6 months (p < 0.001) but was 5.7 at "
                "12 months.",
            ),
            (
                "CONCLUSIONS",
                "Patients improved over the first months, but gains were largely lost by one year.",
            ),
        ],
        "observational",
        "mixed",
    ),
    # "similar at both time points" is a result, not baseline balance ("similar at baseline")
    (
        "similar at both time points is no baseline sentence",
        "Massage at work for office workers with neck pain: a controlled trial",
        [
            ("RESULTS", "At 8 weeks neck pain was lower with massage (p = 0.003)."),
            (
                "RESULTS",
                "At 12 months neck pain did not differ (p = 0.52), and days off work were "
                "similar at both time points.",
            ),
            ("CONCLUSIONS", "Massage at work gives office workers lasting relief of neck pain."),
        ],
        "controlled_trial",
        "mixed",
    ),
    # a later time named as "N weeks after the intervention"
    (
        "a difference gone two weeks after the intervention",
        "Hand massage and agitation in nursing-home residents with dementia",
        [
            (
                "RESULTS",
                "Agitation was lower with massage than with usual care at the end of the "
                "intervention (p = .01), but 2 weeks after the intervention the difference was "
                "not significant (p = .30).",
            ),
            ("CONCLUSION", "Hand massage is effective in reducing agitation in dementia."),
        ],
        "controlled_trial",
        "mixed",
    ),
    # ... also when the conclusion states only the loss of the gains made
    (
        "improvements made, then lost",
        "A home self-massage programme for chronic neck pain",
        [
            (
                "RESULTS",
                "Pain fell from 6.0 to 4.1 at 6 weeks (p < 0.001) and was 5.6 at 6 months.",
            ),
            (
                "CONCLUSIONS",
                "Improvements in pain and sleep at 6 weeks had been mostly lost by 6 months.",
            ),
        ],
        "observational",
        "mixed",
    ),
    (
        "a share of the first improvement lost",
        "A home self-massage programme for chronic neck pain",
        [
            (
                "RESULTS",
                "Pain fell from 6.0 to 4.1 at 6 weeks (p < 0.001); by 3 months about a quarter "
                "of the initial improvement had been lost, and pain stayed below baseline.",
            ),
            ("CONCLUSIONS", "The self-massage programme relieved neck pain for 3 months."),
        ],
        "observational",
        "positive",
    ),
    # ... while "part of the effect is lost with time" leaves a benefit
    (
        "part of the effect lost",
        "Massage for lymphoedema of the arm",
        [
            (
                None,
                "Excess volume fell by 24% after four weeks of daily massage and by 13% six "
                "months later. Massage gives a worthwhile reduction in lymphoedema, although "
                "part of the effect is lost with time.",
            ),
        ],
        "observational",
        "positive",
    ),
    # R3: an effect that "does not carry over to the next day" was not sustained
    (
        "effect does not carry over",
        "Hand massage for agitation in dementia",
        [
            (
                "CONCLUSIONS",
                "A single hand massage calms agitated residents for at least an hour; the "
                "effect does not carry over to the next day.",
            ),
        ],
        "rct",
        "mixed",
    ),
    # R5: a comma aside inside a doubt keeps the claim under it
    (
        "not enough evidence, with a comma aside",
        "Massage with or without aromatherapy for symptom relief in cancer",
        [
            (
                "AUTHORS' CONCLUSIONS",
                "There is not enough evidence to say whether massage, with or without "
                "aromatherapy, relieves pain or anxiety in people with cancer.",
            )
        ],
        "systematic_review",
        "unclear",
    ),
    # R4: the comparator "superior to massage" is harm
    (
        "comparator superior to massage",
        "Massage versus supervised exercise for chronic low back pain in older adults",
        [("CONCLUSION", "Supervised exercise was superior to massage for chronic low back pain.")],
        "rct",
        "negative",
    ),
    (
        "comparator superior to a named massage",
        "Shock wave therapy versus deep friction massage for plantar fasciitis",
        [("CONCLUSIONS", "ESWT was superior to deep friction massage for plantar fasciitis.")],
        "rct",
        "negative",
    ),
    # R6: one variant of massage against another takes the direction of the titled variant
    (
        "deep massage superior to light massage",
        "Deep versus light massage for chronic neck pain",
        [("CONCLUSIONS", "Deep massage was superior to light massage for chronic neck pain.")],
        "rct",
        "positive",
    ),
    (
        "comparator superior to self-massage",
        "Calf self-massage versus stretching for nocturnal leg cramps",
        [("CONCLUSIONS", "Calf stretching was superior to self-massage for leg cramps.")],
        "rct",
        "negative",
    ),
    # R4: slower recovery than the active comparator, and "cannot be recommended", is harm
    (
        "slower return to work than the comparator",
        "Massage versus graded activity for sick-listed workers with low back pain",
        [
            (
                "CONCLUSIONS",
                "Massage led to slower return to work than graded activity and cannot be "
                "recommended for this purpose.",
            ),
        ],
        "rct",
        "negative",
    ),
    # R3: "decreased significantly ... compared with the control group" is an advantage, so a
    # null on the title's other outcome splits the result
    (
        "advantage stated verb-first, null on the other titled outcome",
        "Effects of abdominal massage on constipation and depression in older adults",
        [
            (
                "RESULTS",
                "Constipation scores decreased significantly in the experimental group "
                "compared with the control group. Depression scores did not differ between "
                "groups.",
            ),
            ("CONCLUSION", "Abdominal massage is an effective intervention for constipation."),
        ],
        "controlled_trial",
        "mixed",
    ),
    # R1: in one group, "function improved similarly" is one more gain, not an equivalence
    (
        "single group: another outcome improved similarly",
        "Self-massage for knee osteoarthritis: a single-arm study",
        [
            (
                "RESULTS",
                "WOMAC pain fell by 2.9 points at 8 weeks compared with baseline (p < 0.001); "
                "function improved similarly.",
            ),
            ("CONCLUSIONS", "Pain and function improved with self-massage."),
        ],
        "observational",
        "positive",
    ),
    # ... while two groups that "improved similarly" are an equivalence
    (
        "both groups improved similarly",
        "Massage versus exercise for knee osteoarthritis",
        [
            ("RESULTS", "Both groups improved similarly."),
            ("CONCLUSIONS", "Massage improved pain in knee osteoarthritis."),
        ],
        "rct",
        "no_effect",
    ),
    # R3: a null the conclusion states on an outcome declared secondary in apposition
    (
        "conclusion null on an outcome declared secondary in apposition",
        "Massage after eccentric exercise: a randomised trial",
        [
            (
                "RESULTS",
                "Soreness was lower with massage at 24 and 48 hours (p < 0.01). Range of "
                "motion, a secondary outcome, did not differ between groups.",
            ),
            (
                "CONCLUSIONS",
                "Massage reduces soreness after eccentric exercise, although it does not "
                "appear to restore range of motion.",
            ),
        ],
        "rct",
        "positive",
    ),
    # R3: a null secondary that shares only the condition's word with the primary
    (
        "headache intensity null beside a primary on headache days",
        "Massage for chronic tension-type headache",
        [
            (
                "METHODS",
                "The primary outcome was the number of headache days in the last "
                "4 weeks of treatment.",
            ),
            (
                "RESULTS",
                "Headache days fell more with massage than with wait-list "
                "(difference -4.9 days). Headache intensity did not differ between groups.",
            ),
            ("CONCLUSIONS", "Massage reduced the frequency of tension-type headache."),
        ],
        "rct",
        "positive",
    ),
    # R4: "to a similar extent" with an active comparator
    (
        "reduced to a similar extent as relaxation",
        "Massage versus relaxation for migraine prevention",
        [("CONCLUSIONS", "Massage and relaxation reduced migraine frequency to a similar extent.")],
        "rct",
        "no_effect",
    ),
    # R2: "a trend towards" is no significant result, however hopeful
    (
        "a trend towards lower bilirubin",
        "Massage and bilirubin in term newborns",
        [
            ("RESULTS", "Bilirubin on day 4 was 9.6 vs 10.8 mg/dL (P = 0.08)."),
            (
                "CONCLUSIONS",
                "There was a trend towards lower bilirubin with massage, which "
                "may be beneficial in neonatal jaundice.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # R5: "needed before massage can be recommended" recommends nothing yet
    (
        "trials needed before massage can be recommended",
        "Abdominal massage for constipation in children: a systematic review",
        [
            ("CONCLUSIONS", "The evidence is insufficient to judge abdominal massage."),
            (
                "IMPLICATIONS",
                "Larger trials are needed before abdominal massage can be "
                "recommended for children.",
            ),
        ],
        "systematic_review",
        "unclear",
    ),
    # a sensation measured as an outcome is no diagnostic accuracy (R1)
    (
        "plantar sensitivity as a secondary outcome",
        "Foot self-massage and balance in older adults: a pre-post study",
        [
            (
                None,
                "Reduced plantar sensitivity impairs balance. Thirty adults massaged their "
                "feet daily for 8 weeks. Balance improved (P < 0.01). Self-massage was "
                "followed by better balance.",
            )
        ],
        "observational",
        "positive",
    ),
    # R6: an add-on to manual lymphatic drainage in every arm
    (
        "taping added to lymph drainage",
        "Kinesio taping added to manual lymphatic drainage for arm lymphoedema",
        [("CONCLUSIONS", "Taping with drainage gave results similar to bandaging with drainage.")],
        "rct",
        "not_applicable",
    ),
    # R3: the primary outcome's name ends where its measurement begins
    (
        "primary named with how and when it was recorded",
        "Antenatal perineal massage and perineal trauma",
        [
            (
                None,
                "Women were randomly assigned to daily perineal massage or none. The "
                "primary outcome was perineal trauma requiring suturing, recorded at delivery by "
                "midwives. Trauma requiring suturing occurred in 70% with massage and 79% "
                "without (relative risk 0.89). Rates of instrumental delivery did not differ. "
                "Antenatal perineal massage reduces perineal trauma.",
            ),
        ],
        "rct",
        "positive",
    ),
    # R3: "speeds recovery but does not change the long-term outcome": not sustained
    (
        "speeds recovery but not the long-term outcome",
        "Friction massage added to stretching for plantar fasciitis",
        [
            (
                None,
                "Pain was lower with massage at four weeks (p = 0.01), but at one year no "
                "differences remained. Adding massage speeds recovery but does not change the "
                "long-term outcome.",
            )
        ],
        "rct",
        "mixed",
    ),
    # R4: "similar short-lived gains" with an active comparator
    (
        "similar short-lived gains",
        "Foam rolling versus stretching for hamstring flexibility",
        [
            (
                "CONCLUSION",
                "Foam rolling and static stretching produced similar short-lived gains "
                "in flexibility.",
            )
        ],
        "rct",
        "no_effect",
    ),
    # R2: the primary named by its scale, its between-group difference not significant
    (
        "primary scale null, the title's outcome word in the clause before",
        "Foot reflexology for fatigue in haemodialysis",
        [
            ("METHODS", "The primary outcome was the Piper Fatigue Scale score at week 6."),
            (
                "RESULTS",
                "Fatigue scores decreased in both groups; the between-group difference "
                "at week 6 was not significant (P = 0.09).",
            ),
            ("CONCLUSION", "Foot reflexology may be beneficial for fatigue in haemodialysis."),
        ],
        "rct",
        "no_effect",
    ),
    # R3: a null on an outcome the abstract declares secondary is no split
    (
        "declared secondary outcome null",
        "Infant massage by mothers and infant and maternal sleep",
        [
            (
                None,
                "Eighty mothers massaged their infants nightly or gave usual care for four "
                "weeks; maternal fatigue was a secondary outcome. Infant night sleep rose by 45 "
                "minutes with massage and 10 with usual care (p < 0.001) and maternal sleep "
                "quality improved more with massage (p = 0.004), while maternal fatigue did not "
                "differ. Infant massage improved infant and maternal sleep.",
            ),
        ],
        "controlled_trial",
        "positive",
    ),
    # R2: a null trial whose conclusion only asks for larger studies
    (
        "null trial, larger studies needed before recommending",
        "Aromatherapy hand massage for fatigue in haemodialysis",
        [
            (
                None,
                "Patients were randomly assigned to hand massage or routine care. Fatigue "
                "fell in both groups and the difference between groups was not statistically "
                "significant. Larger studies are needed before hand massage can be recommended.",
            )
        ],
        "rct",
        "no_effect",
    ),
    # R3: co-primary outcomes, the claim on one named by its construct, the other null
    (
        "co-primary by scale names, one null",
        "Massage for spasticity and gross motor function in cerebral palsy",
        [
            (
                "METHOD",
                "Co-primary outcomes were the Modified Ashworth Scale and the Gross "
                "Motor Function Measure at 12 weeks.",
            ),
            (
                "RESULTS",
                "Spasticity decreased significantly more with massage. Gross Motor "
                "Function Measure scores did not differ.",
            ),
            (
                "INTERPRETATION",
                "Massage reduced spasticity but did not improve gross motor function.",
            ),
        ],
        "rct",
        "mixed",
    ),
    # R3: an early benefit, then outcomes similar to the control in the long term
    (
        "speeded early recovery but long-term outcomes similar",
        "Massage for acute whiplash: a controlled trial with 12-month follow-up",
        [
            (
                "CONCLUSIONS",
                "Massage speeded early recovery from whiplash, but long-term outcomes "
                "were similar with advice alone.",
            )
        ],
        "controlled_trial",
        "mixed",
    ),
    # R3: two primary outcomes, one better with massage, the other null in the results
    (
        "two primary outcomes, the conclusion claims one",
        "Tuina with rehabilitation for spastic cerebral palsy",
        [
            (
                "METHODS",
                "The primary outcomes were the Modified Ashworth Scale (MAS) and the "
                "Gross Motor Function Measure (GMFM-88) after 12 weeks.",
            ),
            (
                "RESULTS",
                "MAS scores were lower with tuina than in the control group "
                "(P < 0.05), while GMFM-88 scores did not differ between groups.",
            ),
            ("CONCLUSION", "Tuina with rehabilitation relieves spasticity in these children."),
        ],
        "rct",
        "mixed",
    ),
    # R2: advice not to replace something after a null result is no harm
    (
        "null, then should not replace manual compressions",
        "Mechanical cardiac massage in out-of-hospital arrest: a randomised trial",
        [
            (
                "INTERPRETATION",
                "The device did not improve 30-day survival; it should not replace "
                "manual compressions routinely.",
            )
        ],
        "rct",
        "no_effect",
    ),
    (
        "should not replace a warm-up, no null",
        "Pre-event massage and sprint times",
        [("CONCLUSIONS", "Massage should not replace an active warm-up before sprinting.")],
        "rct",
        "negative",
    ),
    # a benefit "which had faded" by a later time is not sustained (R3)
    (
        "benefits which had faded by one year",
        "Massage for chronic low back pain: one-year results",
        [
            (
                "CONCLUSIONS",
                "Massage gave benefits for at least 6 months, which had faded by 1 year.",
            )
        ],
        "rct",
        "mixed",
    ),
    # "worth attempting" is a favourable conclusion
    (
        "worth attempting before drugs",
        "Carotid sinus massage for supraventricular tachycardia",
        [
            (
                "CONCLUSIONS",
                "Carotid sinus massage ends about one in five episodes and is worth "
                "attempting before adenosine.",
            )
        ],
        "rct",
        "positive",
    ),
    # R3: the primary named "(primary)" or "(primary outcome, VAS)"; nulls elsewhere
    (
        "primary marked '(primary)' alone",
        "Foam rolling and hamstring flexibility: a crossover trial",
        [
            (
                "METHODS",
                "Straight-leg raise (primary) and knee-flexor torque were measured "
                "before and after each condition.",
            ),
            (
                "RESULTS",
                "Straight-leg raise increased more after foam rolling (P < 0.01). "
                "Knee-flexor torque did not differ between conditions.",
            ),
            ("CONCLUSIONS", "Foam rolling increases hamstring flexibility."),
        ],
        "rct",
        "positive",
    ),
    (
        "primary outcome with its scale after it in the bracket",
        "Sports massage and muscle soreness after eccentric exercise",
        [
            (
                "METHODS",
                "Soreness (primary outcome, 100-mm VAS) and torque were measured at "
                "24, 48 and 72 h.",
            ),
            ("RESULTS", "Soreness was lower with massage at 48 and 72 h. Torque did not differ."),
            (
                "CONCLUSION",
                "Massage reduced soreness, although it did not hasten recovery of strength.",
            ),
        ],
        "rct",
        "positive",
    ),
    # R2: "neither difference was significant", however hopeful the conclusion
    (
        "neither difference significant, hopeful pilot",
        "Foot massage for breathlessness in hospice: a pilot randomised trial",
        [
            (
                "RESULTS",
                "Breathlessness differed by -0.8 points and anxiety by -1.0 in favour "
                "of massage; neither difference was significant.",
            ),
            ("CONCLUSIONS", "The results suggest foot massage may ease breathlessness."),
        ],
        "rct",
        "no_effect",
    ),
    # less of a good outcome and more of a harm is negative; "without increasing" is not
    (
        "fewer intact perineums and more tears",
        "Perineal massage in the second stage of labour",
        [
            (
                "CONCLUSIONS",
                "Perineal massage reduced the chance of an intact perineum and "
                "increased second-degree tears.",
            )
        ],
        "rct",
        "negative",
    ),
    (
        "relief without increasing adverse events",
        "Abdominal massage for constipation",
        [
            (
                "CONCLUSIONS",
                "Abdominal massage relieved constipation without increasing adverse events.",
            )
        ],
        "rct",
        "positive",
    ),
    # R2: the estimate in brackets names no outcome; the clause before does
    (
        "not significant with an estimate in brackets",
        "Massage for chronic pain in sickle cell disease: a pilot trial",
        [
            ("METHODS", "The primary outcome was average pain intensity after the last session."),
            (
                "RESULTS",
                "Average pain decreased in both groups, and the between-group "
                "difference was not statistically significant (-0.7 points, 95% CI -1.8 to 0.4).",
            ),
            ("CONCLUSIONS", "Massage may have potential to ease chronic pain."),
        ],
        "rct",
        "no_effect",
    ),
    # a trial that found no evidence of an effect found no effect
    (
        "no evidence that massage reduces",
        "Massage for delirium in intensive care",
        [
            ("RESULTS", "Delirium occurred in 31% with massage and 33% with usual care."),
            ("CONCLUSIONS", "We found no evidence that massage reduces delirium in ICU patients."),
        ],
        "rct",
        "no_effect",
    ),
    # drug withdrawal is an outcome, not study withdrawals (a safety count)
    (
        "a benefit on one outcome but not on withdrawal symptoms",
        "Massage during opioid detoxification",
        [
            (
                "RESULTS",
                "Anxiety fell more with massage (p = 0.01); withdrawal scores did not "
                "differ (p = 0.44).",
            ),
            (
                "CONCLUSIONS",
                "Massage eased anxiety but not withdrawal symptoms during detoxification.",
            ),
        ],
        "rct",
        "mixed",
    ),
    # an early benefit "without sustained differences" was not sustained (R3)
    (
        "without sustained differences",
        "Massage for pain after knee replacement",
        [
            (
                "RESULTS",
                "Pain was lower with massage on day 2 (p = 0.01).",
            ),
            ("CONCLUSIONS", "Massage brought early pain relief, without lasting differences."),
        ],
        "rct",
        "mixed",
    ),
    # "X and Y were the primary outcomes": a benefit on one, a null on the other (R3)
    (
        "two outcomes were the primary outcomes",
        "Massage for children with spastic diplegia",
        [
            (
                "METHODS",
                "Spasticity and walking speed were the primary outcomes, measured after 10 weeks.",
            ),
            (
                "RESULTS",
                "Spasticity fell more with massage (p = 0.02), but walking speed "
                "improved similarly in both groups.",
            ),
            ("CONCLUSIONS", "Massage reduced spasticity without changing walking speed."),
        ],
        "rct",
        "mixed",
    ),
    # a null on an outcome the objective declares secondary leaves a benefit (R3)
    (
        "a null on the outcome the objective calls secondary",
        "Back massage before a dental extraction",
        [
            (
                "OBJECTIVE",
                "To test whether massage lowers dental anxiety (primary outcome) and "
                "to explore its effect on blood loss (secondary outcome).",
            ),
            (
                "RESULTS",
                "Anxiety fell more with massage (p < 0.001). Blood loss was 12 and "
                "13 ml (p = 0.71).",
            ),
            ("CONCLUSIONS", "Massage lowered dental anxiety but did not change blood loss."),
        ],
        "rct",
        "positive",
    ),
    # a difference whose confidence interval leaves out zero is a between-group advantage
    (
        "a confidence interval that leaves out zero",
        "Almond oil massage versus massage without oil in term newborns",
        [
            (
                "RESULTS",
                "Weight gain at 6 weeks was higher in the oil group (mean difference "
                "95 g, 95% CI 30-160 g). Head circumference did not differ.",
            ),
            (
                "CONCLUSIONS",
                "Massage with almond oil gave greater weight gain than massage without oil.",
            ),
        ],
        "rct",
        "positive",
    ),
    # "no more than" an active comparator is no better than it (R4)
    (
        "reduced no more than an active comparator",
        "Massage versus heat for muscle spasm after spinal injury",
        [
            ("RESULTS", "Spasm scores fell by 30% with massage and by 28% with the hot pack."),
            ("CONCLUSIONS", "Massage reduced spasm no more than a hot pack."),
        ],
        "rct",
        "no_effect",
    ),
    # "did not lessen" is a null on that outcome (R3)
    (
        "eased one outcome but did not lessen another",
        "Partner massage in advanced cancer: patients' pain and partners' strain",
        [
            ("RESULTS", "Pain fell more with massage (p = 0.01)."),
            (
                "CONCLUSIONS",
                "Partner massage eased patients' pain but did not lessen partners' strain.",
            ),
        ],
        "rct",
        "mixed",
    ),
    # better than wait-list but no better than sham: a comparator is no second outcome (R4)
    (
        "better than wait-list, not superior to sham",
        "Massage for chronic neck pain: a three-arm trial",
        [
            ("RESULTS", "Pain fell in the massage and sham groups compared with wait-list."),
            (
                "CONCLUSIONS",
                "Massage reduced neck pain relative to wait-list but was not "
                "superior to sham ultrasound.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # more of a harm after massage is a negative result
    (
        "followed by more, not less, of the symptom",
        "Foot massage and night-time restlessness in delirium",
        [
            (
                "RESULTS",
                "Restlessness scores rose by 4 points with massage and fell by 1 "
                "point with usual care.",
            ),
            ("CONCLUSIONS", "Evening foot massage was followed by more, not less, agitation."),
        ],
        "controlled_trial",
        "negative",
    ),
    (
        "did not help and was associated with more pain",
        "Early massage after ankle fracture surgery",
        [
            (
                "RESULTS",
                "Function at 12 weeks did not differ; pain at 2 weeks was higher with "
                "massage (p = 0.02).",
            ),
            (
                "CONCLUSIONS",
                "Early massage did not improve function and was associated with more wound pain.",
            ),
        ],
        "rct",
        "negative",
    ),
    (
        "increased seroma formation",
        "Lymphatic drainage after axillary surgery",
        [
            ("RESULTS", "Seroma volume was 450 and 300 ml (p = 0.02)."),
            ("CONCLUSIONS", "Drainage started on the first day increased seroma formation."),
        ],
        "rct",
        "negative",
    ),
    (
        "the authors do not recommend it",
        "Cold massage for acute wrist sprains",
        [
            (
                None,
                "Sixty patients were allocated alternately. Swelling was greater with cold "
                "massage at 1 week. The authors do not recommend cold massage in the first days.",
            ),
        ],
        "controlled_trial",
        "negative",
    ),
    # a treated series' result: "after a 6-week course ... decreased in 22 of them" (R4)
    (
        "a treated series improved in most of them",
        "Pneumatic massage in leg lymphoedema",
        [
            (
                None,
                "Pneumatic massage was used in 30 women with leg lymphoedema. After a 6-week "
                "course leg volume had decreased in 22 of them.",
            )
        ],
        "observational",
        "positive",
    ),
    # a null about the comparator arm named before it speaks for massage
    (
        "the other arm showed no change",
        "Massage for neck pain in office workers",
        [
            (
                None,
                "Forty office workers were randomly assigned to massage or stretching. After "
                "4 weeks the massage group had less pain, whereas the stretching group showed no "
                "change in pain. Massage may relieve neck pain in office workers.",
            )
        ],
        "rct",
        "positive",
    ),
    # "not significantly greater" on the primary outcome is no claim on it (R2)
    (
        "secondary benefits, the primary not significantly greater",
        "Massage versus light touch in chronic widespread pain",
        [
            (
                None,
                "Sixty adults were randomized to massage or light touch. The primary outcome "
                "was pain intensity at week 8. Pain fell by 1.4 and 0.8 points (P = 0.11). Sleep "
                "improved more with massage (P = 0.03). Massage may improve sleep, although its "
                "effect on pain intensity was not significantly greater than that of light touch.",
            )
        ],
        "rct",
        "no_effect",
    ),
    # a null still to be tested is no finding
    (
        "a trial is needed to confirm that it is not due to",
        "Infant massage groups and maternal mood: a two-centre comparison",
        [
            (
                None,
                "Mothers at one centre joined massage groups; mothers at another had usual "
                "visits. Mood scores fell more at the massage centre (difference -2.0, 95% CI -3.5 "
                "to -0.5). Massage groups were associated with better maternal mood; a randomised "
                "trial is needed to confirm that this is not due to differences between the "
                "centres.",
            )
        ],
        "controlled_trial",
        "positive",
    ),
    # the treatment massage was added to names no outcome of its own (R3)
    (
        "a null on the co-treatment's duration",
        "Massage as an adjunct to phototherapy in newborn jaundice",
        [
            (
                None,
                "Forty newborns were randomised to phototherapy with or without massage. "
                "Bilirubin on day 3 was lower with massage (P = 0.01). The duration of "
                "phototherapy did not differ. Massage added to phototherapy lowered bilirubin.",
            )
        ],
        "rct",
        "positive",
    ),
    # "unchanged in controls" is a null about the comparator
    (
        "unchanged in controls",
        "Abdominal massage for constipation after stroke",
        [
            (
                None,
                "Thirty patients were allocated by preference to daily abdominal massage or "
                "usual care. Time spent on bowel care fell from 50 to 30 minutes with massage and "
                "was unchanged in controls (P = 0.004). Abdominal massage shortened bowel care.",
            )
        ],
        "controlled_trial",
        "positive",
    ),
    # a declared secondary outcome's fading difference is no split (R3)
    (
        "a secondary outcome no longer significant",
        "Weekly massage for hip osteoarthritis with 12-week follow-up",
        [
            (
                None,
                "Sixty adults were randomized to massage or wait-list. The primary outcome was "
                "the WOMAC global score; secondary outcomes included WOMAC stiffness. At 12 weeks "
                "the global score remained better with massage (P = 0.01), whereas the stiffness "
                "difference was no longer significant. Massage was efficacious for hip "
                "osteoarthritis.",
            )
        ],
        "rct",
        "positive",
    ),
    # a benefit that "had returned to baseline" at a later time was not sustained (R3)
    (
        "scores returned to baseline months later",
        "Connective tissue massage in chronic neck pain with follow-up",
        [
            (
                None,
                "Forty adults were randomised to ten massages or a waiting list. At the end of "
                "treatment pain was lower with massage (p < 0.001). Three months later pain had "
                "returned close to baseline. Connective tissue massage relieves neck pain "
                "during the treatment period.",
            )
        ],
        "rct",
        "mixed",
    ),
    # with one declared primary outcome, a null on another is secondary even when the
    # title names it (R2, R3)
    (
        "the title names a secondary outcome that did not change",
        "Hand massage before cataract surgery: effects on anxiety and vital signs",
        [
            (
                "METHODS",
                "Eighty patients were randomised to hand massage or rest. State "
                "anxiety (primary outcome), blood pressure and pulse were measured.",
            ),
            ("RESULTS", "Anxiety fell more with massage (p < 0.001)."),
            (
                "CONCLUSIONS",
                "Hand massage reduced anxiety before cataract surgery. Vital signs "
                "were not affected.",
            ),
        ],
        "rct",
        "positive",
    ),
    # "no longer met the threshold" is a recovery, not a benefit that faded
    (
        "no longer met the screening threshold",
        "Massage for antenatal depression",
        [
            (
                None,
                "Sixty women were randomised to massage or support calls. Depression scores "
                "were lower with massage at 8 weeks (p = 0.01), and more massaged women no longer "
                "met the screening threshold. Massage eases antenatal depression.",
            )
        ],
        "rct",
        "positive",
    ),
    # "reduced X, but no more than" the sham is no better than it (R4)
    (
        "reduced, but no more than sham",
        "Massage versus sham laser for chronic neck pain",
        [
            (
                None,
                "Fifty adults were randomised to massage or sham laser. Pain fell in both "
                "groups. Massage reduced neck pain, but no more than sham laser.",
            )
        ],
        "rct",
        "no_effect",
    ),
    # a ratio whose confidence interval spans 1 is a null primary comparison (R2)
    (
        "a risk ratio whose interval spans one",
        "Perineal massage in late pregnancy and perineal trauma",
        [
            (
                None,
                "Four hundred women were randomised to perineal massage or none. Trauma "
                "needing sutures was the primary outcome. Trauma needing sutures occurred in 70% "
                "and 74% (RR 0.95, 95% CI 0.85 to 1.06). Episiotomy was less frequent with "
                "massage (p = 0.03). Perineal massage may reduce episiotomy.",
            )
        ],
        "rct",
        "no_effect",
    ),
    # the physiotherapist's question: short-term benefit, long-term effects not shown (R3)
    (
        "long-term effects were not demonstrated",
        "Massage for chronic low back pain: a systematic review",
        [
            ("RESULTS", "Nine trials were included; pain improved with massage (SMD -0.6)."),
            (
                "CONCLUSIONS",
                "Short-term improvements in pain were found, but long-term effects "
                "have not been demonstrated.",
            ),
        ],
        "systematic_review",
        "mixed",
    ),
    # "the unaffected shoulder" names a body part, not a null result
    (
        "massage of the unaffected side",
        "Daily shoulder massage after rotator cuff repair: effect on pain",
        [
            (
                None,
                "Pain after rotator cuff repair is severe. This randomised trial evaluated "
                "whether a daily 15-minute massage of the neck, upper back and unaffected shoulder "
                "reduces pain during the hospital stay. Sixty patients were allocated to daily "
                "massage or usual care. Evening pain scores were lower in the massage group on "
                "each day (p = 0.001). Daily massage is a useful addition to postoperative care.",
            )
        ],
        "rct",
        "positive",
    ),
    # co-primary outcomes named with a long bracketed scale each: a null on the second
    # splits them (R3)
    (
        "two co-primary outcomes, each with its scale in brackets",
        "Swedish massage for fatigue and sleep during radiotherapy",
        [
            (
                "METHODS",
                "The two co-primary outcomes were general fatigue (Multidimensional "
                "Fatigue Inventory, MFI-20) and sleep quality (Pittsburgh Sleep Quality Index, "
                "PSQI) at week 6.",
            ),
            (
                "RESULTS",
                "General fatigue was lower with massage (p = 0.003). Sleep quality "
                "did not differ (p = 0.30).",
            ),
            ("CONCLUSIONS", "Weekly massage reduced fatigue during radiotherapy."),
        ],
        "rct",
        "mixed",
    ),
    # the title's plural names the primary outcome's singular ("cramps" / "cramp frequency"):
    # a null on cramp severity is a secondary outcome (R3)
    (
        "a null beside a primary named in the singular of the title's word",
        "Calf self-massage for nocturnal leg cramps in older adults",
        [
            ("AIM", "To test whether nightly calf self-massage reduces cramp frequency."),
            ("METHODS", "The primary outcome was cramp frequency in week 6."),
            (
                "RESULTS",
                "Cramp frequency was 1.9 per week with massage and 3.4 with no intervention"
                " (P = 0.003). Cramp severity did not differ significantly.",
            ),
            ("CONCLUSION", "Nightly calf massage reduced the frequency of leg cramps."),
        ],
        "rct",
        "positive",
    ),
    # "a reasonable alternative" to an active treatment it did not beat is no effect (R4)
    (
        "a reasonable alternative to acupuncture",
        "Massage versus acupuncture for chronic neck pain",
        [
            (
                None,
                "Adults with neck pain were randomly assigned to massage or acupuncture. The"
                " Neck Disability Index (NDI, primary outcome) was assessed at 6 and 26 weeks."
                " Between-group differences were small and not significant at any time point."
                " Satisfaction with care was higher in the massage group. Massage appears to"
                " be a reasonable alternative to acupuncture for people who prefer it.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # "the pre-specified primary outcome" declares the primary outcome as well: a null on
    # strength beside it is secondary (R3)
    (
        "a pre-specified primary outcome",
        "Percussive massage for delayed-onset muscle soreness",
        [
            ("METHODS", "Muscle soreness at 48 hours was the pre-specified primary outcome."),
            (
                "RESULTS",
                "Soreness at 48 hours was lower with massage than with sham (p = 0.01)."
                " Isometric strength did not differ.",
            ),
            (
                "CONCLUSION",
                "Percussive massage reduced muscle soreness but did not speed the recovery of"
                " strength.",
            ),
        ],
        "rct",
        "positive",
    ),
    # run-in headings of an unlabelled abstract: the conclusion is what "Conclusions." heads
    (
        "a conclusion under a run-in heading",
        "Infant massage compared with a crib vibrator for colic",
        [
            (
                None,
                "Objective. To compare infant massage with a crib vibrator. Results. Crying fell"
                " in both groups, with no difference between groups (p = 0.57). Parents in both"
                " groups rated colic as less severe. Conclusions. Neither infant massage nor the"
                " crib vibrator was superior; the improvement probably reflects the natural"
                " course of colic.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # "(n.s.)" marks a comparison not significant: no advantage to split a null conclusion
    (
        "a result marked n.s.",
        "Lymph drainage after axillary dissection for breast cancer",
        [
            (
                None,
                "To test whether early lymph drainage prevents lymphoedema, 80 women were"
                " randomised to drainage plus exercises or to exercises alone. At 12 months"
                " lymphoedema (a volume difference of more than 200 ml) was present in 7 of 38"
                " women with massage and 8 of 39 without (n.s.). Early lymph drainage did not"
                " reduce the incidence of lymphoedema during the first year.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # "immediate but not sustained benefits": a benefit that did not last (R3)
    (
        "immediate but not sustained",
        "Massage versus simple touch in hospice patients with advanced cancer",
        [
            ("RESULTS", "Pain improved more with massage than with touch after each session."),
            (
                "CONCLUSION",
                "Massage gives immediate but not sustained benefits on pain and mood.",
            ),
        ],
        "rct",
        "mixed",
    ),
    # "too uncertain to determine whether": no direction stated, despite a pooled result (R5)
    (
        "evidence too uncertain to determine",
        "Massage for cancer-related fatigue: a systematic review and meta-analysis",
        [
            (
                "RESULTS",
                "Pooled fatigue scores favoured massage (SMD -0.41, 95% CI -0.80 to -0.02);"
                " the certainty of evidence was very low.",
            ),
            (
                "CONCLUSIONS",
                "The evidence is too uncertain to determine whether massage reduces fatigue.",
            ),
        ],
        "systematic_review",
        "unclear",
    ),
    # massage as a step of a work-up is no effect study (R1)
    (
        "massage in the evaluation of a condition",
        "Prostatic massage in the evaluation of chronic prostatitis: secretion versus urine",
        [
            (
                "RESULTS",
                "Post-massage urine detected inflammation in 87% of men; it was positive more"
                " often than the secretion.",
            ),
            (
                "CONCLUSIONS",
                "The pre- and post-massage urine test is a practical alternative to the"
                " four-glass test.",
            ),
        ],
        "observational",
        "not_applicable",
    ),
    # a primary outcome whose brackets hold a scale, its abbreviation and the marker
    (
        "primary outcome after a scale and its abbreviation",
        "Foot massage for agitation in mechanically ventilated patients",
        [
            (
                "AIM",
                "To assess whether foot massage reduces agitation and sedative requirements.",
            ),
            (
                "METHODS",
                "Agitation (Richmond Agitation-Sedation Scale, RASS; primary outcome) was"
                " recorded after each session.",
            ),
            (
                "RESULTS",
                "RASS scores were lower in the massage group (p < 0.01). Sedative doses did"
                " not differ between groups.",
            ),
            ("CONCLUSION", "Daily foot massage reduced agitation in ventilated patients."),
        ],
        "rct",
        "positive",
    ),
    # the responder categories of a treated series are no split and no null
    (
        "responder categories of a single-arm series",
        "Repetitive prostatic massage with antibiotics for chronic prostatitis",
        [
            (
                "RESULTS",
                "At the end of treatment, 29 men (40%) reported complete resolution, 26 (36%)"
                " partial improvement and 18 (24%) no change. Mean symptom scores fell"
                " significantly from baseline (p < 0.001).",
            ),
            (
                "CONCLUSIONS",
                "Prostatic massage with antibiotics was followed by marked symptom improvement.",
            ),
        ],
        "observational",
        "positive",
    ),
    (
        "responder categories with their verbs",
        "Paediatric tuina for acute diarrhoea",
        [
            (
                "RESULTS",
                "After 3 days, 70 children (64%) were cured, 31 (28%) improved and 9 (8%) showed"
                " no effect.",
            ),
            ("CONCLUSIONS", "Tuina is an effective treatment for acute diarrhoea in children."),
        ],
        "observational",
        "positive",
    ),
    # evidence that "neither supports nor refutes" states no direction (R5)
    (
        "neither supports nor refutes",
        "Perineal massage in the second stage of labour: a systematic review",
        [
            (
                None,
                "Seven trials were included; three reported more intact perinea and two found"
                " no difference. The current evidence neither supports nor refutes routine"
                " perineal massage; a large trial is needed.",
            ),
        ],
        "systematic_review",
        "unclear",
    ),
    # "comparable to other active therapies" is equivalence (R4), unlike "similar to other studies"
    (
        "comparable to other active therapies",
        "Massage compared with other active treatments for fibromyalgia: a network meta-analysis",
        [
            (
                None,
                "Massage did not differ significantly from aerobic exercise or acupuncture for"
                " pain. Massage appears comparable to other active therapies and may be offered"
                " as an alternative.",
            ),
        ],
        "systematic_review",
        "no_effect",
    ),
    # a conclusion with no cue, beside results with "no significant difference between"
    # groups: the primary comparison is null (R2)
    (
        "no significant difference and a conclusion without a cue",
        "Lymph drainage for oedema after total knee arthroplasty",
        [
            (
                "RESULTS",
                "There was no significant difference between groups in circumference, range of"
                " motion or pain at day 10 or at 6 weeks.",
            ),
            ("CONCLUSION", "Routine lymph drainage after knee arthroplasty is not justified."),
        ],
        "rct",
        "no_effect",
    ),
    # "no recommendations can be made", and trials "better designed" are no claim (R5)
    (
        "no recommendations can be made",
        "Massage for mechanical neck disorders",
        [
            ("MAIN RESULTS", "Fifteen trials met the criteria; the quality was low."),
            (
                "AUTHORS' CONCLUSIONS",
                "No recommendations can be made about the effectiveness of massage for neck"
                " pain. The effect of massage remains uncertain, and better-designed trials are"
                " needed.",
            ),
        ],
        "systematic_review",
        "unclear",
    ),
    # a null and a harm joined by "and": each is read ("did not aid recovery and reduced
    # subsequent punching performance" is a harm, R4)
    (
        "did not aid recovery and reduced performance",
        "Massage between bouts in amateur boxers",
        [
            (
                "RESULTS",
                "Punching force declined more after massage than after rest (p = 0.03).",
            ),
            (
                "CONCLUSIONS",
                "Massage between bouts did not aid recovery and reduced subsequent punching"
                " performance.",
            ),
        ],
        "rct",
        "negative",
    ),
    # a change "by 24 minutes (95% CI 11-37)" against control periods is a between-group
    # advantage: a null on agitation beside it does not make the trial null (R2)
    (
        "a change whose confidence interval leaves out zero",
        "Evening hand and foot massage for sleep in dementia: a stepped-wedge trial",
        [
            (
                "RESULTS",
                "In intervention periods, night-time total sleep increased by 24 minutes (95% CI"
                " 11-37) compared with control periods. Agitation did not differ.",
            ),
            ("CONCLUSION", "An evening massage routine improved night-time sleep."),
        ],
        "rct",
        "positive",
    ),
    # "improved more with self-massage" is an advantage on the primary outcome, so an effect
    # "lost by 6 months" is a benefit not sustained (R3)
    (
        "more with self-massage, then lost",
        "Self-massage for hand osteoarthritis: a trial with six-month follow-up",
        [
            (
                "METHODS",
                "Pain on the AUSCAN subscale (primary) was assessed at 4 weeks and 6 months.",
            ),
            (
                "RESULTS",
                "AUSCAN pain improved more with self-massage at 4 weeks, but not at 6 months.",
            ),
            (
                "CONCLUSIONS",
                "Self-massage gives modest pain relief for up to 3 months; the effect was lost by"
                " 6 months.",
            ),
        ],
        "rct",
        "mixed",
    ),
    # the primary outcome named in other words ("the principal measure", "which served as the
    # main outcome", "the variable of main interest"): its null result decides (R2)
    (
        "the principal measure",
        "Weekly massage for depressive symptoms in family caregivers",
        [
            (
                None,
                "Forty-six caregivers were randomised to weekly massage or a wait-list. The CES-D"
                " depression score at 8 weeks was the prespecified principal measure; perceived"
                " stress was also assessed. The between-group difference in CES-D was -2.9"
                " points (P = 0.10). Perceived stress was lower in the massage group (P = 0.03)."
                " Massage improved caregivers' stress and may lessen depressive symptoms.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    (
        "which served as the main outcome",
        "Self-massage for knee osteoarthritis",
        [
            (
                None,
                "Adults were randomised to self-massage or education. Outcomes included WOMAC"
                " pain, which served as the main outcome, and walking distance. WOMAC pain did"
                " not differ between groups (P = 0.41); walking distance improved more with"
                " self-massage (P = 0.02). Self-massage improved walking distance.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # "95% CI" names no outcome: the null is on the anxiety of the clause before it (R2)
    (
        "a null given as a confidence interval after the outcome's clause",
        "Hand massage for anxiety in hospice inpatients: a pilot trial",
        [
            (
                None,
                "Forty inpatients were randomised to hand massage or quiet sitting. State anxiety"
                " after the third session was the primary outcome. Anxiety scores fell in both"
                " groups; the between-group difference was -4.1 points (95% CI -9.0 to 0.8;"
                " P = 0.10). Pain was lower after massage (P = 0.04). Hand massage was feasible"
                " and may offer comfort, but a definitive trial is needed.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # the primary outcome is the whole subject before ", the primary measure,", so a null on
    # "spasticity" is the primary comparison (R2)
    (
        "the whole subject before the primary marker",
        "Massage of the affected limb after stroke",
        [
            (
                None,
                "Patients were randomised to arm massage plus rehabilitation or rehabilitation"
                " alone. Elbow flexor spasticity on the Modified Ashworth Scale, the primary"
                " measure, and the Fugl-Meyer score were assessed at 4 weeks. Change in"
                " spasticity did not differ (P = 0.12). Fugl-Meyer scores improved more with"
                " massage (P = 0.02). Limb massage improved motor function.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # a difference whose confidence interval ends at zero is no advantage (R2)
    (
        "a confidence interval that ends at zero",
        "Massage and pain after abdominal hysterectomy",
        [
            (
                None,
                "Fifty women were randomised to back massage or routine care. Pain was the"
                " principal outcome. On day 4 median pain scores were 3 and 4 (difference -1,"
                " 95% CI -2 to 0). The massage group used less analgesia (P = 0.04). Massage"
                " reduced the need for analgesics.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # "the effect was modest and intensity was unchanged": the null names intensity, a
    # secondary outcome, not the effect just claimed (R3)
    (
        "a null joined by 'and' to a remark on the effect",
        "Suboccipital massage for chronic tension-type headache",
        [
            (
                None,
                "Adults received massage or detuned ultrasound. Headache days per 4 weeks were"
                " the principal outcome. Headache days fell more with massage (P = 0.01)."
                " Intensity did not differ (P = 0.28). Suboccipital massage reduced headache"
                " frequency, although the effect was modest and intensity was unchanged.",
            ),
        ],
        "rct",
        "positive",
    ),
    # a conclusion that opens with a null in other words ("did not reduce haemorrhage"),
    # then praises a secondary result: the results' primary comparison is null (R2)
    (
        "a null conclusion in other words beside a null primary result",
        "Uterine massage after oxytocin for postpartum haemorrhage",
        [
            (
                None,
                "Women were randomised to uterine massage with oxytocin or oxytocin alone. Blood"
                " loss of 500 mL or more, the primary outcome, occurred in 8.1% and 8.6% (RR"
                " 0.94, 95% CI 0.66 to 1.34). Fewer women in the massage group needed more"
                " uterotonics (P = 0.04). Uterine massage did not reduce haemorrhage, but its"
                " association with fewer uterotonics deserves study.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # a null of the comparator named alone ("Relaxation produced no improvement") is no null
    # of massage
    (
        "the comparator produced no improvement",
        "Children with asthma have improved pulmonary function after massage by their parents",
        [
            (
                "RESULTS",
                "The massaged children had increased peak air flow by the last day. Relaxation"
                " produced no improvement.",
            ),
            ("CONCLUSIONS", "Daily massage by parents improved airway function."),
        ],
        "rct",
        "positive",
    ),
    # "in favour of reflexology" is a comparison, no outcome: the null is on the PSQI the
    # clause before names, the primary outcome (R2)
    (
        "a difference in favour of massage that is not significant",
        "Foot reflexology massage and sleep quality in nursing-home residents",
        [
            (
                None,
                "Residents were randomly allocated to reflexology or a conversation visit. The"
                " PSQI global score after 6 weeks was the main outcome. PSQI scores fell in both"
                " groups; the between-group difference was 0.7 points in favour of reflexology"
                " (p = 0.39). Reflexology may have potential to improve sleep.",
            ),
        ],
        "rct",
        "no_effect",
    ),
    # a pilot that reports only on feasibility states no effect at all (R1)
    (
        "a feasibility pilot with no direction stated",
        "Massage for people with Parkinson's disease: a pilot randomised feasibility trial",
        [
            (
                None,
                "Forty people were randomised to weekly massage or usual care for 8 weeks."
                " Recruitment took 5 months, 90% of sessions were attended and no adverse"
                " events occurred. A definitive trial is feasible.",
            ),
        ],
        "rct",
        "not_applicable",
    ),
    # a treated series' results are an effect estimate: "lessened in 31 women", "resolved
    # in 89% of infants", "lower in the massaged leg" (R1)
    (
        "a treated series: lessened in 31 women",
        "Reflex segmental massage in primary dysmenorrhoea",
        [
            (
                None,
                "Forty young women received ten sessions of reflex massage in each of three"
                " cycles. Pain lessened in 31 women, and the use of analgesics fell by half.",
            ),
        ],
        "observational",
        "positive",
    ),
    (
        "a treated series: resolved in 89% of infants",
        "Early Crigler massage for nasolacrimal duct obstruction in newborns",
        [
            (
                None,
                "Parents of 144 infants were taught lacrimal sac massage. Symptoms resolved in"
                " 89% of infants by 6 months. Early massage resolves most cases.",
            ),
        ],
        "observational",
        "positive",
    ),
    (
        "one leg against the other: lower in the massaged leg",
        "Percussive massage of one leg after a marathon",
        [
            (
                None,
                "Forty runners had percussive massage of one leg; the other was left untreated."
                " Soreness was lower in the massaged leg at 1 and 6 hours (p < 0.05).",
            ),
        ],
        "observational",
        "positive",
    ),
    (
        "a treated series: cleared in 36 (80%)",
        "Lacrimal sac massage for congenital tear duct obstruction",
        [
            (
                None,
                "Parents of 50 infants with a watering eye were shown how to massage the sac."
                " The watering cleared in 41 (82%) within four months. Massage is worthwhile as a"
                " first step before probing.",
            ),
        ],
        "observational",
        "positive",
    ),
    # a series' change from its start is its advantage: a null on a side measure beside it
    # leaves a positive conclusion positive (R3)
    (
        "a series' change from its start beside a null side measure",
        "Periosteal massage in chronic tension headache",
        [
            (
                None,
                "Eighteen patients received ten sessions of periosteal massage over 3 weeks."
                " Headache days fell from a mean of 14 to 7 per month; neck mobility did not"
                " change. Periosteal massage appears to be a useful addition to care.",
            ),
        ],
        "observational",
        "positive",
    ),
    # a cohort comparing those who did and did not have massage estimates an effect (R1)
    (
        "a cohort of eyes that did and did not receive massage",
        "Digital ocular massage after trabeculectomy: a retrospective review",
        [
            (
                None,
                "We compared eyes that did and did not receive massage after trabeculectomy. At"
                " 12 months mean pressure was 13.2 and 12.6 mmHg (P = 0.31). Massage did not"
                " improve outcomes.",
            ),
        ],
        "observational",
        "no_effect",
    ),
    (
        "an adjusted injury rate ratio",
        "Regular sports massage and hamstring injury in professional footballers",
        [
            (
                None,
                "Players receiving weekly massage were compared with those receiving it less"
                " often. The adjusted injury rate ratio was 0.94 (95% CI 0.61-1.45). Weekly"
                " massage did not reduce the days lost from training.",
            ),
        ],
        "observational",
        "no_effect",
    ),
    # injuries as the outcome, not as a safety note: "not associated with fewer injuries" is
    # a null of the primary comparison
    (
        "not associated with fewer injuries",
        "Regular sports massage and hamstring injury in footballers",
        [
            (
                None,
                "Players receiving weekly massage were compared with those receiving it less"
                " often. Regular sports massage was not associated with fewer hamstring"
                " injuries.",
            ),
        ],
        "observational",
        "no_effect",
    ),
    # a review that cannot say which way the evidence points is unclear (R5)
    (
        "not possible to say whether",
        "Massage for constipation in children: a systematic review",
        [
            ("RESULTS", "Two of five small trials reported improved stool frequency."),
            (
                "CONCLUSIONS",
                "It is not possible to say whether massage eases constipation in children.",
            ),
        ],
        "systematic_review",
        "unclear",
    ),
    # an outcomes section that lists "Primary: ..." names the primary outcome (R2)
    (
        "a null on the outcome listed as Primary: beside a better secondary",
        "Almond oil massage and growth of low-birthweight infants",
        [
            ("OUTCOMES", "Primary: length gain (cm/week) at 6 weeks. Secondary: skin condition."),
            (
                "RESULTS",
                "Length gain was 0.92 and 0.89 cm/week (P = 0.37). Skin condition "
                "was better with oil (P = 0.01).",
            ),
            ("CONCLUSIONS", "Oil massage improved skin condition and can be used routinely."),
        ],
        "rct",
        "no_effect",
    ),
    # a positive word that a null denies is no claim on the primary outcome (R2)
    (
        "a benefit on the primary outcome was not shown",
        "Foot massage after hip replacement",
        [
            ("METHODS", "The primary outcome was time to walking 10 metres unaided."),
            (
                "RESULTS",
                "Walking was reached after 3.1 and 3.3 days (p = 0.52). Anxiety "
                "was lower with massage (p = 0.02).",
            ),
            (
                "CONCLUSIONS",
                "Foot massage eased anxiety, although a walking benefit was not "
                "shown in this trial.",
            ),
        ],
        "rct",
        "no_effect",
    ),
]


@pytest.mark.parametrize(
    ("title", "sections", "design", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_direction(title, sections, design, expected):
    label, evidence = tag_direction(
        _record(*sections, title=title), design=design, kind="therapeutic"
    )
    assert label == expected
    assert evidence, "every direction carries its evidence"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Massage for low back pain: a randomized controlled trial", "unclear"),
        ("Slow-stroke back massage reduces anxiety in hospice patients", "positive"),
        ("Massage impairs muscle blood flow after exercise", "negative"),
        ("Evening foot massage calms restless residents of a nursing home", "positive"),
        ("Gentle abdominal massage soothes colicky infants: a randomised trial", "positive"),
        ("Pre-race massage fails to improve 800-m running time", "no_effect"),
    ],
)
def test_record_without_abstract_reads_its_title(title, expected):
    record = Record(pmid="1", title=title)
    assert tag_direction(record, design="rct", kind="therapeutic")[0] == expected


_ONE_SESSION = (
    (
        "Methods",
        "Twenty healthy adults received 90 s of roller massage of the hamstrings or sat"
        " quietly, in random order on two days. Sit-and-reach distance was measured before"
        " and 2 and 10 minutes after each condition.",
    ),
    ("Results", "Sit-and-reach distance was greater after roller massage than after rest."),
    ("Conclusions", "Roller massage produces a short-lived increase in hamstring flexibility."),
)


def test_a_brief_gain_is_the_benefit_a_single_session_study_could_see():
    record = _record(*_ONE_SESSION, title="Roller massage and hamstring flexibility")
    tags = tag_record(record)
    assert (tags.horizon, tags.direction) == ("immediate", "positive")
    # ... not when the benefit was seen to fade, or missed an outcome (R3)
    faded = _ONE_SESSION[:1] + (
        (
            "Results",
            "Sit-and-reach distance was greater after roller massage than after rest at"
            " 2 minutes, but did not differ at 10 minutes.",
        ),
        _ONE_SESSION[2],
    )
    tags = tag_record(_record(*faded, title="Roller massage and hamstring flexibility"))
    assert (tags.horizon, tags.direction) == ("immediate", "mixed")
    # ... and a short-lived benefit in a study followed for weeks faded in its time (R3)
    assert tag_direction(record, design="rct", kind="therapeutic", horizon="short")[0] == "mixed"


def test_case_report_is_not_applicable():
    record = _record((None, "A woman with neck pain improved after massage."))
    assert tag_direction(record, design="case_report", kind="therapeutic")[0] == "not_applicable"


# R1 by study type: (why, title, sections, design, kind, expected)
STUDY_TYPE_CASES = [
    (
        "a scoping review maps a field and estimates no effect",
        "Foot massage in intensive care: a scoping review",
        [
            ("METHODS", "Following PRISMA-ScR, five databases were searched and studies charted."),
            (
                "CONCLUSIONS",
                "Foot massage is delivered in many forms; most studies found better "
                "sleep, but reporting of dose is poor.",
            ),
        ],
        "systematic_review",
        "therapeutic",
        "not_applicable",
    ),
    (
        "a cohort's adjusted odds ratio estimates an effect",
        "Antenatal perineal massage and perineal outcomes: a cohort study",
        [
            ("METHODS", "Records of 900 women were linked to an antenatal questionnaire."),
            (
                "RESULTS",
                "An intact perineum was as common with massage as without (adjusted "
                "odds ratio 1.05, 95% CI 0.80-1.38).",
            ),
            (
                "CONCLUSIONS",
                "Antenatal perineal massage was not associated with an intact perineum.",
            ),
        ],
        "observational",
        "perineal",
        "no_effect",
    ),
    (
        "a cohort compared with those who had no massage estimates an effect",
        "Foot massage after hip replacement: a retrospective cohort",
        [
            (
                "METHODS",
                "Patients who had a ward foot massage (n = 60) were compared with "
                "patients who did not (n = 120).",
            ),
            ("RESULTS", "Opioid use over 72 h did not differ (p = 0.52)."),
            ("CONCLUSION", "Foot massage was not associated with lower opioid use."),
        ],
        "observational",
        "therapeutic",
        "no_effect",
    ),
    (
        "an observational study of cardiac massage describes practice",
        "Mechanical versus manual cardiac massage: a registry cohort",
        [
            (
                "RESULTS",
                "Survival was 8% with mechanical and 9% with manual compression "
                "(adjusted OR 0.9, 95% CI 0.6-1.2).",
            ),
            ("CONCLUSION", "Mechanical cardiac massage was not associated with better survival."),
        ],
        "observational",
        "cardiac",
        "not_applicable",
    ),
]


@pytest.mark.parametrize(
    ("title", "sections", "design", "kind", "expected"),
    [case[1:] for case in STUDY_TYPE_CASES],
    ids=[case[0] for case in STUDY_TYPE_CASES],
)
def test_direction_by_study_type(title, sections, design, kind, expected):
    record = _record(*sections, title=title)
    assert tag_direction(record, design=design, kind=kind)[0] == expected


def test_evidence_points_at_the_conclusion():
    record = _record(("CONCLUSIONS", "Massage did not significantly improve sleep."))
    label, evidence = tag_direction(record, design="rct", kind="therapeutic")
    assert label == "no_effect"
    assert evidence[0].where == "abstract:CONCLUSIONS"
    assert "did not significantly improve" in evidence[0].text
