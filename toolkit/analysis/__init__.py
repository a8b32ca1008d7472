"""Layer 4, analysis: tables in, tables out. Comparing outlets and quotations across a
set, and the facts that changed since the last build.

Imports the layers below: extraction, nlp, reading, core.
"""
