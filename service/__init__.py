"""convowatch.service: thin FastAPI + Redis adapters over convowatch.nlp, and the CLI."""
