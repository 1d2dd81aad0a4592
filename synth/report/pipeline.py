"""``synth report``: refresh, tag, execute the notebooks, render one HTML file.

Steps, each named: :func:`refresh_cache` (unless offline), :func:`tag_records`,
:func:`execute_notebooks` (papermill, one executed copy per notebook in the
report folder, a time limit per cell and per notebook), :func:`render_html` (nbconvert, code
hidden, figures embedded).  A failing step raises :class:`SynthError` with one
line naming what failed; an executed notebook that failed stays on disk.
"""

from __future__ import annotations

import html
import logging
import re
import sys
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import nbformat

from ..config import Settings
from ..exceptions import SynthError

log = logging.getLogger(__name__)

NOTEBOOKS_DIR = Path(__file__).resolve().parents[2] / "notebooks"
REPORTS_DIR = Path("reports")
FIGURES_DIR = Path("figures")
CELL_TIMEOUT = 600  # seconds any one notebook cell may run
NOTEBOOK_TIMEOUT = 1800  # seconds a whole notebook may run; then its kernel is interrupted
KERNEL_NAME = "python3"  # started as this interpreter: see _project_kernel_manager
REPORT_NAME = "report.html"


def run_report(
    settings: Settings, *, query: str, out: Path | None = None, demo: bool = False
) -> Path:
    """Refresh and tag the cache, execute the notebooks into ``out``, render report.html.

    ``out`` defaults to ``reports/YYYY-MM-DD``; running twice the same day
    replaces that day's report, earlier folders are kept.  The last notebook
    is the one rendered.  A failed run leaves no report.html behind (so make
    retries it), only the executed notebooks.
    """
    folder = Path(out or REPORTS_DIR / date.today().isoformat()).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / REPORT_NAME).unlink(missing_ok=True)
    if not settings.offline:
        refresh_cache(settings, query=query)
    tag_records(settings)
    parameters = {
        "query": query,
        "offline": True,  # the cache is fresh: the notebooks need no network
        "cache": str(Path(settings.cache_path).resolve()),
        "output_dir": str(folder),
        "figures_dir": str(FIGURES_DIR.resolve()),
        "demo": demo,
        "progress": settings.progress,
    }
    executed = execute_notebooks(list_notebooks(), folder, parameters=parameters, settings=settings)
    return render_html(executed[-1], folder / REPORT_NAME, title=f"synth report: {query}")


def refresh_cache(settings: Settings, *, query: str) -> str:
    """Bring the cache up to date with ``query``; return the refresh summary."""
    from ..refresh import refresh

    report = refresh(settings, query)
    if not report.complete:
        log.warning("refresh incomplete, reporting on what is cached: %s", report.summary())
    return report.summary()


def tag_records(settings: Settings) -> str:
    """Tag every cached record this tagger version has not tagged yet."""
    from ..tagging import tag_cache

    return tag_cache(settings)


def list_notebooks(folder: Path | None = None) -> list[Path]:
    """The pipeline's notebooks, ``NN-verb-noun.ipynb``, in order."""
    folder = folder or NOTEBOOKS_DIR
    notebooks = sorted(folder.glob("[0-9][0-9]-*.ipynb"))
    if not notebooks:
        raise SynthError(f"no notebooks in {folder}: run synth from a clone of the project")
    return notebooks


def execute_notebooks(
    notebooks: list[Path], folder: Path, *, parameters: Mapping[str, Any], settings: Settings
) -> list[Path]:
    """Execute each notebook with papermill into ``folder``; stop at the first failure."""
    return [
        execute_notebook(nb, folder / nb.name, parameters=parameters, progress=settings.progress)
        for nb in notebooks
    ]


def execute_notebook(
    notebook: Path, output: Path, *, parameters: Mapping[str, Any], progress: bool = False
) -> Path:
    """Run one notebook with the parameters it declares; raise SynthError if it fails."""
    import papermill

    declared = papermill.inspect_notebook(str(notebook))
    given = {k: v for k, v in parameters.items() if k in declared}
    deadline: dict[str, bool] = {}
    try:
        papermill.execute_notebook(
            str(notebook),
            str(output),
            parameters=given,
            kernel_name=KERNEL_NAME,
            progress_bar={"desc": notebook.stem, "file": sys.stderr} if progress else False,
            execution_timeout=CELL_TIMEOUT,
            cwd=str(notebook.parent),
            extra_arguments=["--IPKernelApp.log_level=ERROR"],  # no start-up chatter
            kernel_manager_class=_project_kernel_manager(deadline),
        )
    except papermill.PapermillExecutionError as exc:
        if deadline.get("passed"):
            raise SynthError(
                f"notebook {notebook.name} exceeded its time limit of {NOTEBOOK_TIMEOUT} s "
                f"in cell {exc.exec_count}; executed copy kept at {output}"
            ) from None
        reason = f"{exc.ename}: {_first_line(exc.evalue)}"
        raise SynthError(
            f"notebook {notebook.name} failed in cell {exc.exec_count} ({reason}); "
            f"executed copy kept at {output}"
        ) from None
    except (TimeoutError, RuntimeError) as exc:
        raise SynthError(
            f"notebook {notebook.name} did not finish ({type(exc).__name__}: "
            f"{_first_line(str(exc))}); executed copy kept at {output}"
        ) from None
    return output


def _project_kernel_manager(deadline: dict[str, bool]) -> type:
    """A kernel manager that always starts this interpreter (the project's .venv).

    A ``python3`` kernelspec in the user's Jupyter folders (say, from another
    Python install) would otherwise win, and the notebooks would not find synth.
    It also enforces the notebook's time limit: ``NOTEBOOK_TIMEOUT`` seconds
    after start-up it interrupts the kernel and sets ``deadline["passed"]``.
    """
    import threading

    from ipykernel.kernelspec import RESOURCES, get_kernel_dict
    from jupyter_client.kernelspec import KernelSpec
    from jupyter_client.manager import KernelManager

    class ProjectKernelManager(KernelManager):
        @property
        def kernel_spec(self) -> KernelSpec:
            return KernelSpec(resource_dir=RESOURCES, **get_kernel_dict())

        def start_kernel(self, **kwargs: Any) -> None:
            super().start_kernel(**kwargs)
            self._deadline = threading.Timer(NOTEBOOK_TIMEOUT, self._stop_at_deadline)
            self._deadline.daemon = True
            self._deadline.start()

        def shutdown_kernel(self, *args: Any, **kwargs: Any) -> None:
            if getattr(self, "_deadline", None):
                self._deadline.cancel()
            super().shutdown_kernel(*args, **kwargs)

        def _stop_at_deadline(self) -> None:
            deadline["passed"] = True
            self.interrupt_kernel()

    return ProjectKernelManager


def _first_line(text: str) -> str:
    lines = [line.strip() for line in str(text).splitlines() if line.strip()]
    return lines[0][:300] if lines else "no message"


def render_html(executed: Path, target: Path, *, title: str) -> Path:
    """One self-contained HTML file: code hidden, figures embedded, stderr dropped."""
    from nbconvert import HTMLExporter

    notebook = nbformat.read(executed, as_version=4)
    notebook.cells = [
        c for c in notebook.cells if "notebook-only" not in c.metadata.get("tags", ())
    ]
    alts = _prepare_outputs(notebook)
    exporter = HTMLExporter(
        template_name="lab",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        log=_QUIET,  # its only warning is the missing alt text, set below
    )
    exporter.mathjax_url = ""
    body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": title}})
    body = _EXTERNAL_SCRIPT.sub("", body)
    names = iter(alts)
    body = _NO_ALT.sub(lambda _: f'alt="{html.escape(next(names, "figure"))}"', body)
    target.write_text(body, encoding="utf-8")
    return target


def _prepare_outputs(notebook: nbformat.NotebookNode) -> list[str]:
    """Drop stderr outputs; return an alt text (the section heading) per embedded figure."""
    alts, heading = [], "figure"
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            titles = re.findall(r"^#+\s+(.+)$", cell.source, re.MULTILINE)
            heading = titles[-1] if titles else heading
            continue
        cell.outputs = [o for o in cell.get("outputs", []) if not _is_noise(o)]
        alts += [f"Figure: {heading}" for o in cell.outputs if "image/png" in o.get("data", {})]
    return alts


_QUIET = logging.getLogger("synth.report.nbconvert")
_QUIET.setLevel(logging.ERROR)
_NO_ALT = re.compile(r'alt="No description has been provided for this image"')
# require.js and MathJax loaders: the report has no widgets or maths, and must open offline
_EXTERNAL_SCRIPT = re.compile(r'<script src="(https?:[^"]*)?">\s*</script>')


def _is_noise(output: Mapping[str, Any]) -> bool:
    """Progress bars and warnings (stderr) do not belong in the report."""
    return output.get("output_type") == "stream" and output.get("name") == "stderr"
