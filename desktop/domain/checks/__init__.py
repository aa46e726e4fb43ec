"""The completeness and quality checks of a roadmap: rule registry and the rules per topic (Qt-free)."""
