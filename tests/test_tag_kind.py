"""massage_kind: soft-tissue therapy versus procedures that borrow the word (TAXONOMY 1)."""

from __future__ import annotations

import pytest

from synth.records import AbstractSection, Record
from synth.tag.kind import tag_kind


def _record(title: str, abstract: str = "") -> Record:
    sections = (AbstractSection(abstract),) if abstract else ()
    return Record(pmid="1", title=title, abstract=sections)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Swedish massage for chronic low back pain in office workers", "therapeutic"),
        ("Lid hygiene with massage for blepharitis in contact-lens wearers", "other"),
        ("Work-related hand and wrist complaints among massage therapists", "other"),
        (
            "Effect of aromatherapy hand massage on agitation in nursing-home residents",
            "therapeutic",
        ),
        ("Back massage after coronary artery bypass surgery: a pilot trial", "therapeutic"),
        ("Open-chest cardiac massage in penetrating thoracic trauma", "cardiac"),
        ("External heart massage by bystanders before ambulance arrival", "cardiac"),
        ("Carotid sinus massage in older fallers with unexplained syncope", "carotid_sinus"),
        ("Carotid massage for paroxysmal supraventricular tachycardia", "carotid_sinus"),
        ("Prostatic massage before urine culture in chronic prostatitis", "prostatic"),
        ("Uterine massage for preventing postpartum haemorrhage", "uterine"),
        ("Fundal massage after vaginal birth: a cluster trial", "uterine"),
        ("Antenatal perineal massage and third-degree tears", "perineal"),
        ("Digital ocular massage after trabeculectomy", "other"),
        ("Meibomian gland massage for dry eye disease", "other"),
        ("Lacrimal sac massage in infants with nasolacrimal duct obstruction", "other"),
        ("Gingival massage with an electric toothbrush", "other"),
        ("Massage parlours and public health regulation in three cities", "other"),
        ("Massage therapy in Ontario: a profession coming of age", "other"),
        ("Who are Manitoba's massage therapists? A province-wide workforce survey", "other"),
        (
            "Massage for older clients: a survey of massage therapists' practices and precautions",
            "therapeutic",
        ),
        ("Burnout and income: a survey of massage therapists in Texas", "other"),
        # resuscitation after a massage named by its kind: that kind
        (
            "Asystole after carotid sinus massage needing cardiopulmonary resuscitation",
            "carotid_sinus",
        ),
        # a therapist as the patient: the trade
        ("Hand eczema from essential oils in a massage therapist", "other"),
        # a step of a vascular procedure
        ("Gentle external massage for spasm in radial artery and vein grafts", "other"),
        ("Calf massage or cuff deflation to provoke venous reflux on ultrasound", "other"),
        ("Self-massage of the caesarean scar and scar pliability at 12 weeks", "therapeutic"),
        (
            "Daily massage of the perineal scar for pain with intercourse after childbirth",
            "therapeutic",
        ),
        ("Massage of formalin-fixed rectal specimens and the number of lymph nodes found", "other"),
        (
            "Gentle massaging of lipoaspirate before centrifugation improves fat graft survival",
            "other",
        ),
        ("Job satisfaction among licensed massage therapists", "other"),
        (
            "Massage therapists in Ontario: a survey of training, practice patterns and income",
            "other",
        ),
        ("Licensing the massage practitioner", "other"),
        ("Low back pain and its risk factors in practising massage therapists", "other"),
        ("Shoulder strain of the dominant arm among experienced massage practitioners", "other"),
        ("Certification of massage therapists across Canadian provinces", "other"),
        ("Massage by registered massage therapists for chronic neck pain", "therapeutic"),
        ("Earnings and career intentions of massage therapists: a national survey", "other"),
        ("Massage therapists' pressure and its effect on low back pain", "therapeutic"),
        ("Bimanual uterine compression and massage for uterine atony", "uterine"),
        ("Injection-site massage and sentinel node detection in breast cancer", "other"),
        ("Massage of the bladder during laparoscopic stone surgery", "other"),
        ("Massage therapists' knowledge of lymphoedema risk: a national survey", "other"),
        ("Carotid-sinus massage in paroxysmal supraventricular tachycardia", "carotid_sinus"),
        ("Intraoperative massage of the tumour and circulating cancer cells", "other"),
        ("Gentle intraoperative massage of the small bowel and ileus in rats", "other"),
        ("Daily massage of the tumour-bearing limb and metastases in mice", "therapeutic"),
        ("Massaging the evidence: follow-up in manual therapy trials", "other"),
        ("'Massaging' the figures? Spin in abstracts of surgical trials", "other"),
        ("Massage therapy as a career: hours, income and licensure", "other"),
        ("Tumbling and massaging time and the cook yield of restructured beef", "other"),
        ("Vibratory massage of the tympanic membrane in otosclerosis", "other"),
        ("Gentle massage of the harvested radial artery before grafting", "other"),
        ("Post-injection massage after foam sclerotherapy of leg veins", "other"),
        ("Massage therapists' experiences of harassment by clients: interviews", "other"),
        ("Licensing massage therapists: the case for national standards", "other"),
        ("From rubbers to physiotherapists: massage as a profession in Sweden", "other"),
        ("Reverse precordial massage in the prone patient", "cardiac"),
        ("The Military Massage Corps in the First World War", "other"),
        ("Building a lasting career in massage therapy: interviews", "other"),
        ("Should massage therapists be authorised health personnel?", "other"),
        ("A massage education curriculum for the profession", "other"),
        # patients taught to massage themselves
        (
            "A self-lymphatic massage education programme for breast cancer survivors",
            "therapeutic",
        ),
    ],
)
def test_title_decides_the_kind(title: str, expected: str) -> None:
    kind, evidence = tag_kind(_record(title))
    assert kind == expected
    if expected != "therapeutic":
        assert evidence[0].where == "title"


def test_abstract_cue_counts_when_the_title_has_none() -> None:
    record = _record(
        "Massage during resuscitation: a manikin study",
        "Paramedics performed chest compressions on a manikin for two minutes.",
    )
    kind, evidence = tag_kind(record)
    assert kind == "cardiac"
    assert evidence[0].where == "abstract"


def test_no_cue_gives_the_default_with_default_evidence() -> None:
    kind, evidence = tag_kind(_record("Massage therapy for fibromyalgia"))
    assert kind == "therapeutic"
    assert evidence[0].where == "default"


def test_surgery_words_away_from_massage_keep_it_therapeutic() -> None:
    record = _record(
        "Foot massage for anxiety after cardiac surgery",
        "Patients recovering from heart surgery received a 20-minute foot massage.",
    )
    assert tag_kind(record)[0] == "therapeutic"


def test_who_gave_the_massage_does_not_make_it_an_occupation_study() -> None:
    record = _record(
        "Massage for neck pain in office workers",
        "Massage therapy students from a local massage school gave six weekly sessions.",
    )
    assert tag_kind(record)[0] == "therapeutic"


def test_a_kind_named_only_in_the_results_is_a_subgroup() -> None:
    record = Record(
        pmid="1",
        title="Use of massage during pregnancy: a survey",
        abstract=(
            AbstractSection("Women who had given birth were surveyed.", label="METHODS"),
            AbstractSection(
                "Overall 43% had received massage; 12% had used perineal massage.",
                label="RESULTS",
            ),
        ),
    )
    assert tag_kind(record)[0] == "therapeutic"
