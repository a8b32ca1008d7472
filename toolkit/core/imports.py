"""Import-time costs of third-party packages that a build never uses, deferred.

nbformat (imported by papermill and nbconvert, so by every build that runs a notebook)
imports jsonschema, whose format checkers import ``rfc3987_syntax`` when it is installed
(jupyterlab's jupyter-events asks for it). That package compiles a Lark grammar of RFC 3987
at import: about 2.4 s of CPU in every ``toolkit build`` that runs a notebook, for a checker
of the JSON Schema formats ``iri`` and ``iri-reference`` that the notebook schema never uses
(jsonschema issue 1392; its lazy-loading fork ``rfc3987-syntax2`` is not what jsonschema
imports). :func:`defer_iri_grammar` puts a stand-in module in its place whose functions
import the real package on their first call, so validation that does use those formats
still gets the real checker.

Example:
    >>> defer_iri_grammar()          # before nbformat is first imported   # doctest: +SKIP
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types

IRI_SYNTAX = "rfc3987_syntax"
_LOADING = threading.Lock()


def _real_module() -> types.ModuleType:
    """The real package, imported on first use (the stand-in leaves ``sys.modules`` for it)."""
    with _LOADING:
        module = sys.modules.get(IRI_SYNTAX)
        if module is None or getattr(module, "__deferred__", False):
            sys.modules.pop(IRI_SYNTAX, None)
            module = importlib.import_module(IRI_SYNTAX)
        return module


def _is_valid_syntax(*args, **kwargs):
    return _real_module().is_valid_syntax(*args, **kwargs)


def _other_name(name: str):
    # The import system asks a module for __path__ and the like ("from x import y" does):
    # such questions are about the stand-in itself and must not import the real package.
    if name.startswith("__") and name.endswith("__"):
        raise AttributeError(name)
    return getattr(_real_module(), name)


def defer_iri_grammar() -> bool:
    """Put a stand-in for ``rfc3987_syntax`` in ``sys.modules`` until its first use; True if it did.

    Nothing is done when the package is not installed or is already imported. The stand-in
    has the package's ``is_valid_syntax`` (the one name jsonschema imports from it), and any
    other attribute read from it imports the real package and answers from it.
    """
    if IRI_SYNTAX in sys.modules or importlib.util.find_spec(IRI_SYNTAX) is None:
        return False
    stand_in = types.ModuleType(IRI_SYNTAX, "Deferred: imported on first use (toolkit.core.imports).")
    stand_in.__deferred__ = True
    stand_in.is_valid_syntax = _is_valid_syntax
    stand_in.__getattr__ = _other_name  # PEP 562: a name the stand-in lacks
    sys.modules[IRI_SYNTAX] = stand_in
    return True
