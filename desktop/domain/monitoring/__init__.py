"""Step 5 monitoring without Qt: where each KPI and action stands."""
