"""spaCy side of meetgraph: pipeline loading, registered components and per-Doc extractors."""
