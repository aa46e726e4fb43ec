"""Qt-free domain logic: layouts of the roadmap visuals, checks, geometry."""
