"""CASE 2021 Task 2 interface (geo.events.case2021, `geo classify`, `geo bench classify`) on our own snippets."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from geo.events.case2021 import ACLED_CODES, CASE_CODES, choose, label, read_snippets
from geo.events.classscoring import classification_scores
from geo.events.rules import TAXONOMY

ROOT = Path(__file__).parent.parent.parent


def test_every_acled_sub_type_has_one_case_code():
    acled = {(t, s) for t, subs in TAXONOMY.items() if t != "Diplomacy" for s in subs}
    assert set(CASE_CODES) == acled
    assert len(ACLED_CODES) == 25


@pytest.mark.parametrize(
    "snippet, code",
    [
        ("Warplanes struck a market in the town of Dorvik on Monday, killing nine civilians.", "AIR_STRIKE"),
        ("Police detained four student leaders in Quetta after a night raid on their hostel.", "ARREST"),
        ("Security forces seized eleven rifles and 300 rounds of ammunition in a raid on a farm.", "DISR_WEAP"),
        ("Hundreds of farmers marched peacefully to the governor's office in Menaka.", "PEACE_PROTEST"),
        ("The Varna Front claimed responsibility for the car bomb that killed six in Pelso.", "ATTRIB"),
        ("Colombia expelled three Venezuelan diplomats on Thursday.", "DIPLO"),
        # a governments' agreement is diplomacy in the product, ACLED's one Agreement for CASE
        ("The two governments signed an agreement on fuel trade in Dhaka on Monday.", "AGREEMENT"),
        ("The rival militias agreed to a truce in Menaka on Monday.", "AGREEMENT"),
        ("Heavy rains caused floods that swept away two villages in the north.", "NATURAL_DISASTER"),
        ("A storage tank exploded at a paint factory, injuring five workers.", "MAN_MADE_DISASTER"),
        ("The town council approved a new budget for the library.", "NONE"),
    ],
)
def test_snippets_get_the_code_of_their_main_event(snippet, code):
    assert label(snippet) == code


def test_the_main_event_is_asserted_material_and_first():
    # a planned visit and a condemnation come after the strike they are about
    text = "A drone strike hit a convoy near Teknaf on Sunday. The minister condemned the strike and will visit the area."
    assert label(text) == "AIR_STRIKE"
    assert choose(()) is None


def test_read_snippets_with_and_without_header(tmp_path):
    with_header = tmp_path / "a.tsv"
    with_header.write_text("id\tEventSnippet\tSubType\n7\tPolice arrested two men.\tARREST\n", encoding="utf-8")
    bare = tmp_path / "b.tsv"
    bare.write_text("7\tPolice arrested two men.\n", encoding="utf-8")
    assert [(s.id, s.gold) for s in read_snippets(with_header)] == [("7", "ARREST")]
    assert [(s.id, s.gold) for s in read_snippets(bare)] == [("7", None)]


def test_classify_command_writes_one_label_per_snippet(tmp_path):
    src = tmp_path / "in.tsv"
    src.write_text("a1\tRebels fired mortar shells at the base overnight.\na2\tThe weather was fine.\n", encoding="utf-8")
    out = tmp_path / "pred.tsv"
    subprocess.run([sys.executable, "-m", "geo", "classify", "--in", str(src), "--out", str(out)], check=True, cwd=ROOT)
    assert out.read_text(encoding="utf-8") == "a1\tART_MISS_ATTACK\na2\tNONE\n"


def test_bench_classify_prints_scores_baselines_and_confusions(tmp_path):
    gold = tmp_path / "gold.tsv"
    gold.write_text(
        "id\tEventSnippet\tSubType\n"
        "1\tPolice arrested two smugglers at the port.\tARREST\n"
        "2\tA grenade was thrown into a shop, wounding three.\tGRENADE\n"
        "3\tSoldiers clashed with rebels in the hills.\tARMED_CLASH\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "geo", "bench", "classify", "--corpus", str(gold)],
        check=True, cwd=ROOT, capture_output=True, text=True,
    )
    assert "weighted F1" in run.stdout and "keyword-only" in run.stdout and "majority" in run.stdout
    assert "ratio product / keyword-only" in run.stdout and "largest confusions" in run.stdout
    assert "product        n=3    accuracy 1.000" in run.stdout


def test_classification_scores_weight_by_support_and_count_outside_predictions_as_misses():
    gold = {"1": "A", "2": "A", "3": "B", "4": "X"}
    pred = {"1": "A", "2": "B", "3": "B", "4": "A"}
    s = classification_scores(gold, pred, frozenset({"A", "B"}))
    assert s.n == 3
    assert s.accuracy == pytest.approx(2 / 3)
    # A: P 1, R .5, F1 .667 (support 2); B: P .5, R 1, F1 .667 (support 1)
    assert s.weighted_f1 == pytest.approx(2 / 3)
    assert s.confusions == [("A", "B", 1)]


def test_a_generic_attack_takes_the_weapon_told_after_it():
    text = "Coordinated attacks hit six police stations in the south on Friday night. Most of the attacks were carried out with hand grenades."
    assert label(text) == "GRENADE"


def test_an_armed_groups_claim_is_attrib_for_case_but_no_event_of_the_map():
    from geo.pipeline import analyse_text

    text = "The Varna Front claimed responsibility for the car bomb that killed six in Pelso."
    assert label(text) == "ATTRIB"
    assert [e.type for e in analyse_text(text).articles[0].events if e.type == "Diplomacy"] == []
