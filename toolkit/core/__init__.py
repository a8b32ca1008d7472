"""Layer 0, core: errors, folders, settings, the atomic file writer, shared constants about
article text (:mod:`~toolkit.core.text`), grouping connected ids (:mod:`~toolkit.core.groups`), the version.

Imports nothing else of the toolkit.
"""
