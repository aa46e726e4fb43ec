"""What the step wizard shows, without Qt: its sections, their numbers, guidance and default names."""
