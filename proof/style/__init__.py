"""House style: rules kept as YAML files in packs, each of one rule type."""
