"""The step wizard: a page per report section of steps 0-5, with guidance and checks."""
