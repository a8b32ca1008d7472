"""Layer 0, core: errors, folders, settings, the atomic file writer, shared constants, the version.

Imports nothing else of the toolkit.
"""
