-- Routekaart roadmap schema, version 3: monitoring and live workshops (frozen: later
-- changes go in new migrations). Action status history; sticky notes and parking-lot
-- items written during workshops.

CREATE TABLE action_status_event (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "action_id" TEXT REFERENCES action(id),
    "date" TEXT,
    "status" TEXT,
    "previous_status" TEXT,
    "note" TEXT
);
CREATE INDEX action_status_event_position ON action_status_event(position);
CREATE INDEX action_status_event_action_id ON action_status_event("action_id");

CREATE TABLE workshop_note (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "value_chain_id" TEXT REFERENCES value_chain(id),
    "lane_id" TEXT REFERENCES lane(id),
    "text" TEXT,
    "date" TEXT,
    "parking_lot" INTEGER,
    "resolved" INTEGER
);
CREATE INDEX workshop_note_position ON workshop_note(position);
CREATE INDEX workshop_note_value_chain_id ON workshop_note("value_chain_id");
CREATE INDEX workshop_note_lane_id ON workshop_note("lane_id");
