"""Layer 1, reading: articles and their metadata, params files, copies of one text.

Imports only :mod:`toolkit.core`.
"""
