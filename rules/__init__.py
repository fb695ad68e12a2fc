"""Rule packs shipped with convowatch (YAML, loaded by convowatch.nlp.rules)."""
