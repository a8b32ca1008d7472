"""Layer 7, build: a briefing from params file to ``reports/<name>/``.

:mod:`~toolkit.build.plan` decides, once per set, what to build and why (fingerprints);
:mod:`~toolkit.build.run` builds the plans (:func:`~toolkit.build.run.build`,
:func:`~toolkit.build.run.build_one`): :mod:`~toolkit.build.warmup` extracts a large set
before its kernel, :mod:`~toolkit.build.kernel` runs the notebook, and
:mod:`~toolkit.build.publish` renders it and swaps it in; :mod:`~toolkit.build.locks`
keeps concurrent and interrupted builds from losing anything.

Imports the layers below; only :mod:`toolkit.cli` imports it.
"""

from toolkit.core.imports import defer_iri_grammar

# Before kernel.py imports nbformat: 2.4 s of every build that runs a notebook (toolkit.core.imports).
defer_iri_grammar()
