"""The report end to end: notebooks, ``synth demo`` against the stub, the HTML it renders.

The whole demo pipeline runs once per module (kernel start-up dominates), in a
subprocess with a canary API key in its environment; the tests then read what
it left behind.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import nbformat
import papermill
import pytest

from synth import synthesis as syn
from synth.config import Settings
from synth.devset import load_dev_set
from synth.exceptions import SynthError
from synth.report import pipeline, sections

CANARY = "canary-0123456789abcdef"
QUERY = "massage[ti]"
FOCUS = ["low_back_pain", "leg_pain_edema;lymphedema"]
NOTEBOOKS = sorted(pipeline.NOTEBOOKS_DIR.glob("*.ipynb"))
FIXTURES = Path(__file__).parent / "fixtures"
PARAMETER_LINE = re.compile(r"^[a-z_]+: (str|int|float|bool|list|dict) = .+  # \S.*$")


# --- committed notebooks -------------------------------------------------------------


def test_there_is_a_short_sequence_of_named_notebooks():
    names = [nb.name for nb in NOTEBOOKS]
    assert 2 <= len(names) <= 5
    assert all(re.fullmatch(r"\d\d-[a-z]+(-[a-z]+)+\.ipynb", name) for name in names)


def _committed(path: Path) -> nbformat.NotebookNode:
    """The notebook as git stores it (after the nbstripout filter); the file outside git."""
    repo = pipeline.NOTEBOOKS_DIR.parent
    command = ["git", "show", f":{path.relative_to(repo).as_posix()}"]
    try:
        shown = subprocess.run(command, cwd=repo, capture_output=True, text=True)
    except OSError:  # no git: read the file itself
        shown = None
    ok = shown is not None and shown.returncode == 0
    text = shown.stdout if ok else path.read_text(encoding="utf-8")
    return nbformat.reads(text, as_version=4)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_notebook_is_thin_stripped_and_has_one_parameters_cell(path):
    notebook = _committed(path)
    assert notebook.cells[0].cell_type == "markdown"
    tagged = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", ())]
    assert len(tagged) == 1 and notebook.cells[1] is tagged[0]
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
            assert not re.search(r"^\s*(def|class) ", cell.source, re.MULTILINE)
    lines = [line for line in tagged[0].source.splitlines() if line.strip()]
    assert all(PARAMETER_LINE.match(line) for line in lines), lines


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_parameters_are_documented_and_hold_no_credentials(path):
    declared = papermill.inspect_notebook(str(path))
    assert declared and all(p["help"] for p in declared.values())
    cell = next(c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code")
    written = re.findall(r"^([a-z_]+):", cell.source, re.MULTILINE)
    assert list(declared) == written  # papermill understood every line
    assert not set(declared) & {"api_key", "email", "ncbi_api_key", "ncbi_email", "password"}


def test_record_text_is_escaped_in_the_report_tables():
    labelled = load_dev_set()
    records = [item.record for item in labelled]
    tags = {item.record.pmid: item.expected for item in labelled}
    back = next(r for r in records if "low_back_pain" in tags[r.pmid].conditions)
    records[records.index(back)] = replace(back, title='<script>alert("x")</script> & co')
    html = sections.render_focus(syn.frame_records(records, tags), ["low_back_pain"])
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co" in html


# --- the demo pipeline, run once --------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """``python -m synth demo`` in a scratch folder, after an earlier demo report."""
    pytest.importorskip("synth.tagging")
    pytest.importorskip("synth.parse")
    pytest.importorskip("synth.evaluate")
    root = tmp_path_factory.mktemp("demo")
    earlier = _seed_earlier_snapshot(root / "reports" / "2026-01-01")
    private = {"SYNTH_EUTILS_URL", "SYNTH_CACHE", "NCBI_EMAIL", "NCBI_API_KEY"}
    env = {k: v for k, v in os.environ.items() if k not in private}
    env.update(NCBI_API_KEY=CANARY, SYNTH_CONFIG=str(root / "no-config.toml"))
    command = [sys.executable, "-m", "synth", "demo", "--out", "reports/demo"]
    command += ["--cache", "cache/demo.sqlite", "--no-progress"]
    done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    out = root / "reports" / "demo"
    return {
        "root": root,
        "out": out,
        "log": done.stdout + done.stderr,
        "html": (out / "report.html").read_text(encoding="utf-8"),
        "earlier": earlier,
        "settings": replace(Settings(), cache_path=root / "cache" / "demo.sqlite", progress=False),
    }


def _seed_earlier_snapshot(folder: Path) -> dict:
    """An earlier demo report's snapshot: 3 records fewer, 1 record since removed."""
    tags = {item.record.pmid: item.expected for item in load_dev_set()}
    kept = {pmid: tags[pmid] for pmid in sorted(tags)[3:]}
    snapshot = syn.snapshot_tags(kept, query=QUERY, demo=True, generated_at="2026-01-01T00:00:00")
    snapshot["tags"]["1"] = snapshot["tags"][sorted(kept)[0]]
    sections.write_snapshot(snapshot, folder)
    return snapshot


@pytest.fixture(scope="module")
def tagged(demo):
    """The records and tags the report was made from (the tagger version it states)."""
    from synth.cache import open_cache
    from synth.exports import load_tagged

    snapshot = json.loads((demo["out"] / sections.SNAPSHOT_NAME).read_text(encoding="utf-8"))
    version = snapshot["tagger_version"]
    loaded = load_tagged(demo["settings"], query=QUERY)
    with open_cache(demo["settings"].cache_path, create=False) as cache:
        tags = cache.load_tags(version)
    return replace(loaded, tags=tags, tagger_version=version)


def test_demo_renders_every_section_with_a_demo_banner(demo):
    html = demo["html"]
    for heading in [
        "1. About this report",
        "2. Flow of records",
        "3. Publications per year",
        "4. Evidence map",
        "5. Does it last?",
        "6. Focus conditions",
        "7. What changed since the previous report",
        "8. Methods and limits",
    ]:
        assert heading in html, heading
    assert 'class="banner">DEMO' in html
    assert "Tagger accuracy</b> on the labelled" in html
    assert 'data-key="accuracy:design"' in html


def test_report_is_self_contained_with_code_hidden(demo):
    html = demo["html"]
    assert len(re.findall(r'<img[^>]+src="data:image/png;base64,', html)) >= 4
    assert not re.search(r'<script[^>]+src="https?:', html)
    assert "load_tagged(" not in html and "import synth" not in html


def test_header_states_query_records_versions_and_fingerprint(demo, tagged):
    html = demo["html"]
    assert f'data-key="records">{len(tagged.records)}<' in html
    assert f'data-key="cache fingerprint">{tagged.fingerprint}<' in html
    assert f'data-key="tagger version">{tagged.tagger_version}<' in html
    assert 'data-key="query">massage[ti]<' in html


def _table_counts(html: str) -> dict[str, int]:
    """data-key -> the first whole number in that table row."""
    counts = {}
    for key, row in re.findall(r'<tr data-key="([^"]+)">(.*?)</tr>', html):
        number = re.search(r'<td class="num">([\d,]+)</td>', row)
        if number:
            counts[key] = int(number.group(1).replace(",", ""))
    return counts


def test_flow_counts_in_the_report_match_the_tags(demo, tagged):
    flow = syn.count_flow(tagged.records, tagged.tags, focus=FOCUS)
    shown = _table_counts(demo["html"])
    assert len(tagged.records) == 96
    for row in flow.itertuples():
        assert shown[row.key] == row.count, row.key


def test_evidence_map_and_focus_tables_match_the_tags(demo, tagged):
    frame = syn.select_included(syn.frame_records(tagged.records, tagged.tags))
    evidence = syn.map_evidence(syn.select_effect_studies(frame))
    shown = _table_counts(demo["html"])
    for row in evidence.itertuples():
        assert shown[f"{row.condition}|{row.horizon}"] == row.studies
    for group in FOCUS:
        count = len(syn.table_condition(frame, group))
        assert f'data-key="focus-count:{group}">{count} record(s)' in demo["html"]
    assert 'href="https://pubmed.ncbi.nlm.nih.gov/' in demo["html"]


def test_does_it_last_counts_follow_up_beyond_three_months(demo, tagged):
    effect = syn.select_effect_studies(
        syn.select_included(syn.frame_records(tagged.records, tagged.tags))
    )
    lasting = int(effect["horizon"].isin(["intermediate", "long"]).sum())
    assert f'data-key="lasting">{lasting} of {len(effect)} effect studies' in demo["html"]


def test_changes_are_counted_against_the_earlier_report(demo):
    current = json.loads((demo["out"] / sections.SNAPSHOT_NAME).read_text(encoding="utf-8"))
    changes = syn.diff_snapshots(demo["earlier"], current)["change"].value_counts()
    assert changes["new"] == 3 and changes["removed"] == 1
    retagged = int(changes.get("tags changed", 0))
    assert f'data-key="changes">3 new, {retagged} tags changed, 1 removed<' in demo["html"]


def test_exports_figures_and_executed_notebooks_sit_next_to_the_report(demo, tagged):
    out = demo["out"]
    rows = (out / "records.csv").read_text(encoding="utf-8").count("\n")
    assert rows >= len(tagged.records) + 1
    assert (out / "records.ris").read_text(encoding="utf-8").count("ER  - ") == 96
    assert (out / "records.bib").read_text(encoding="utf-8").count("@article{") == 96
    for name in ("flow", "publications-per-year", "evidence-map", "does-it-last"):
        assert (demo["root"] / "figures" / f"{name}.png").stat().st_size > 1000
        assert (demo["root"] / "figures" / f"{name}.svg").stat().st_size > 1000
    assert sorted(p.name for p in out.glob("*.ipynb")) == [nb.name for nb in NOTEBOOKS]


def test_canary_api_key_appears_in_no_output_or_log(demo):
    assert CANARY not in demo["log"]
    for path in demo["out"].rglob("*"):
        if path.is_file():
            assert CANARY.encode() not in path.read_bytes(), path


def test_refresh_notebook_runs_against_the_stub_without_leaking_the_key(tmp_path, monkeypatch):
    pytest.importorskip("synth.parse")
    from synth.stub import run_stub

    monkeypatch.setenv("NCBI_API_KEY", CANARY)
    monkeypatch.setenv("SYNTH_CONFIG", str(tmp_path / "no-config.toml"))
    executed = tmp_path / "01.ipynb"
    with run_stub() as stub:
        monkeypatch.setenv("SYNTH_EUTILS_URL", stub.url)
        parameters = {"cache": str(tmp_path / "c.sqlite"), "offline": False, "progress": False}
        pipeline.execute_notebook(NOTEBOOKS[0], executed, parameters=parameters)
        assert stub.stats["efetch"] >= 1
    text = executed.read_text(encoding="utf-8")
    assert "96 cached" in text or "96 of 96" in text
    assert CANARY not in text


def test_failing_notebook_stops_the_report_with_one_line(demo, tmp_path, monkeypatch, capsys):
    from synth.cli import main

    folder = tmp_path / "notebooks"
    folder.mkdir()
    broken = FIXTURES / "notebooks" / "01-fail-on-purpose.ipynb"
    (folder / broken.name).write_bytes(broken.read_bytes())
    monkeypatch.setattr(pipeline, "NOTEBOOKS_DIR", folder)
    cache = demo["settings"].cache_path
    out = tmp_path / "report"
    out.mkdir()
    (out / "report.html").write_text("an earlier report of the same day", encoding="utf-8")
    code = main(["report", "--offline", "--cache", str(cache), "--out", str(out), "--no-progress"])
    err = capsys.readouterr().err.strip()
    assert code == 1
    assert len(err.splitlines()) == 1
    assert "01-fail-on-purpose.ipynb" in err and "failing on purpose" in err
    kept = nbformat.read(out / broken.name, as_version=4)
    assert any(o.get("ename") == "ValueError" for c in kept.cells for o in c.get("outputs", []))
    assert not (out / "report.html").exists()


def test_stamp_changes_only_when_the_cache_does(demo, tmp_path):
    from synth.report.stamp import write_stamp

    stamp = tmp_path / "synth.fingerprint"
    assert write_stamp(demo["settings"].cache_path, stamp) is True
    before = stamp.stat().st_mtime_ns
    assert write_stamp(demo["settings"].cache_path, stamp) is False
    assert stamp.stat().st_mtime_ns == before


@pytest.fixture(scope="module")
def live(tmp_path_factory, demo):
    """``synth -v report`` against the stub, as a user with an API key would run it."""
    from synth.stub import run_stub

    root = tmp_path_factory.mktemp("live")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NCBI_")}
    env.update(NCBI_API_KEY=CANARY, NCBI_EMAIL="tester@example.org")
    env.update(SYNTH_CONFIG=str(root / "no-config.toml"), SYNTH_CACHE=str(root / "c.sqlite"))
    # a "python3" kernelspec of another Python install must not be used
    env["JUPYTER_PATH"] = str(FIXTURES / "jupyter-elsewhere")
    with run_stub() as stub:
        env["SYNTH_EUTILS_URL"] = stub.url
        command = [sys.executable, "-m", "synth", "-v", "report", "--query", QUERY]
        command += ["--out", "reports/2026-02-01"]
        done = subprocess.run(
            command, cwd=root, env=env, capture_output=True, text=True, timeout=300
        )
        sent = stub.stats["efetch"]
    assert done.returncode == 0, done.stderr[-2000:]
    return {"root": root, "log": done.stdout + done.stderr, "efetch": sent}


def test_report_with_an_api_key_leaks_it_nowhere(live):
    """Also: another install's python3 kernelspec (JUPYTER_PATH) did not hijack the kernel."""
    assert live["efetch"] >= 1
    assert "report: " in live["log"]
    assert CANARY not in live["log"]
    for path in (live["root"] / "reports").rglob("*"):
        if path.is_file():
            assert CANARY.encode() not in path.read_bytes(), path
    html = (live["root"] / "reports" / "2026-02-01" / "report.html").read_text(encoding="utf-8")
    assert 'class="banner"' not in html and "8. Methods and limits" in html


def test_cli_exports_every_cached_record(demo, tmp_path, capsys):
    from synth.cli import main

    cache = str(demo["settings"].cache_path)
    assert main(["export", "--format", "pmids", "--cache", cache]) == 0
    pmids = capsys.readouterr().out.split()
    assert len(pmids) == 96 and pmids == sorted(pmids, key=int)
    out = tmp_path / "records.ris"
    assert main(["export", "--format", "ris", "--cache", cache, "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count("ER  - ") == 96


def test_a_notebook_past_its_time_limit_stops_with_one_line(tmp_path, monkeypatch):
    slow = FIXTURES / "notebooks" / "01-run-too-long.ipynb"
    monkeypatch.setattr(pipeline, "NOTEBOOK_TIMEOUT", 2)
    executed = tmp_path / slow.name
    with pytest.raises(SynthError, match="exceeded its time limit of 2 s") as info:
        pipeline.execute_notebook(slow, executed, parameters={})
    assert "\n" not in str(info.value)
    assert executed.exists()
