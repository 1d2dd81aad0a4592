"""The report: executed notebooks rendered into one self-contained HTML file.

:func:`run_report` is the pipeline (``synth report``, ``make report``);
:mod:`synth.report.sections` builds the HTML pieces the synthesis notebook shows.
"""

from __future__ import annotations

from .pipeline import run_report

__all__ = ["run_report"]
