"""Settings: the config file, its schema, and the house settings checks read."""
