"""Layer 2, nlp: the spaCy pipeline and the extractors over one parsed ``Doc``.

spaCy only: no pandas, no file I/O. Imports only :mod:`toolkit.core`.
"""
