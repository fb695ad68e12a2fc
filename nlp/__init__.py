"""convowatch.nlp: the pure analysis library (no web framework, no Redis).

Public entry points: :class:`convowatch.nlp.analyzer.Analyzer` and the types in
:mod:`convowatch.nlp.types`.
"""

__version__ = "0.1.0"
