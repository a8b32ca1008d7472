"""Layer 5, present: what a reader sees. Notebook views (``show_*``), plots, the HTML and
PDF exporters, the index page and the templates.

Imports the layers below.
"""
