-- Routekaart roadmap schema, version 6 (frozen: later changes go in new migrations).
-- An other roadmap can be drawn in Part B as a read-only lane of its milestones (for one
-- imported from that roadmap's own roadmap JSON, on by default).

ALTER TABLE reference_roadmap ADD COLUMN "part_b_lane" INTEGER;
