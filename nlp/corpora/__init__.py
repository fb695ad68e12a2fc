"""Corpus readers and converters.

``reader`` reads the corpus and stream JSONL formats of docs/formats.md (plain or
gzipped) into typed records; ``writer`` writes corpus JSONL; ``pan12``, ``erisk`` and
``csv`` convert public datasets into it (``convowatch corpus convert``).
"""

from .reader import CorpusError, CorpusReader, ReadStats, group_stream, read_conversations
from .writer import conversation_to_dict, write_corpus

__all__ = [
    "CorpusError",
    "CorpusReader",
    "ReadStats",
    "conversation_to_dict",
    "group_stream",
    "read_conversations",
    "write_corpus",
]
