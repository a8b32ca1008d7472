"""Layer 3, extraction: one pass over a source set into tables (``extract``), the parse
cache and the worker pool.

Imports the layers below: nlp, reading, core.
"""
