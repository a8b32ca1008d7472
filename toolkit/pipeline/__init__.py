"""Layer 6, pipeline: the briefing's recipe, in one place, and the data tables it keeps.

The briefing notebook and the build's warm-up both call :mod:`toolkit.pipeline.briefing`.
Imports the layers below.
"""
