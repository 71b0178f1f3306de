"""`proof serve`: proof's checks behind LanguageTool's HTTP API, for LanguageTool's clients."""
