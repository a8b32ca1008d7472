"""Layer 5 (beside present), evaluation: scoring the extraction against gold files.

Imports the layers below it; only :mod:`toolkit.cli` imports it.
"""
