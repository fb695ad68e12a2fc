"""Synthetic corpora: the seeded generator, its template banks and the committed corpora."""
