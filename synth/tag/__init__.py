"""Tag records per TAXONOMY.md (pure; the rules are data under ``rules/``)."""
