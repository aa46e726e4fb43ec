-- Routekaart roadmap schema, version 5: the roadmap in its landscape (frozen: later changes
-- go in new migrations). Other roadmaps (European partnerships and platforms, S3 platforms,
-- national, cluster and company roadmaps) with their milestones and links from value
-- chains, programmes and actions; S3 / Flemish priority / key-enabling-technology tags;
-- partner country, region, sector and size; programmes per scenario; the register of
-- process results, workshop records and dot votes.

ALTER TABLE roadmap ADD COLUMN "counter_expertise" TEXT;
ALTER TABLE roadmap ADD COLUMN "coherence_note" TEXT;

ALTER TABLE partner ADD COLUMN "country" TEXT;
ALTER TABLE partner ADD COLUMN "region" TEXT;
ALTER TABLE partner ADD COLUMN "sector" TEXT;
ALTER TABLE partner ADD COLUMN "size" TEXT;

CREATE TABLE reference_roadmap (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "title" TEXT,
    "kind" TEXT,
    "owner" TEXT,
    "year" INTEGER,
    "url" TEXT,
    "description" TEXT
);
CREATE INDEX reference_roadmap_position ON reference_roadmap(position);

CREATE TABLE reference_milestone (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "reference_roadmap_id" TEXT REFERENCES reference_roadmap(id),
    "title" TEXT,
    "date" TEXT,
    "note" TEXT
);
CREATE INDEX reference_milestone_position ON reference_milestone(position);
CREATE INDEX reference_milestone_reference_roadmap_id ON reference_milestone("reference_roadmap_id");

CREATE TABLE programme_scenario (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "scenario_id" TEXT REFERENCES scenario(id),
    "programme_id" TEXT REFERENCES programme(id),
    "note" TEXT
);
CREATE INDEX programme_scenario_position ON programme_scenario(position);
CREATE INDEX programme_scenario_scenario_id ON programme_scenario("scenario_id");
CREATE INDEX programme_scenario_programme_id ON programme_scenario("programme_id");

CREATE TABLE reference_link (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "reference_roadmap_id" TEXT REFERENCES reference_roadmap(id),
    "value_chain_id" TEXT REFERENCES value_chain(id),
    "programme_id" TEXT REFERENCES programme(id),
    "action_id" TEXT REFERENCES action(id),
    "relation" TEXT,
    "note" TEXT
);
CREATE INDEX reference_link_position ON reference_link(position);
CREATE INDEX reference_link_reference_roadmap_id ON reference_link("reference_roadmap_id");
CREATE INDEX reference_link_value_chain_id ON reference_link("value_chain_id");
CREATE INDEX reference_link_programme_id ON reference_link("programme_id");
CREATE INDEX reference_link_action_id ON reference_link("action_id");

CREATE TABLE priority_tag (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "priority" TEXT,
    "value_chain_id" TEXT REFERENCES value_chain(id),
    "programme_id" TEXT REFERENCES programme(id),
    "note" TEXT
);
CREATE INDEX priority_tag_position ON priority_tag(position);
CREATE INDEX priority_tag_value_chain_id ON priority_tag("value_chain_id");
CREATE INDEX priority_tag_programme_id ON priority_tag("programme_id");

CREATE TABLE workshop (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "title" TEXT,
    "step" INTEGER,
    "date" TEXT,
    "place" TEXT,
    "participants" TEXT,
    "agenda" TEXT,
    "decisions" TEXT
);
CREATE INDEX workshop_position ON workshop(position);

CREATE TABLE process_result (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "step" INTEGER,
    "kind" TEXT,
    "title" TEXT,
    "date" TEXT,
    "parties" TEXT,
    "workshop_id" TEXT REFERENCES workshop(id),
    "evidence" TEXT
);
CREATE INDEX process_result_position ON process_result(position);
CREATE INDEX process_result_workshop_id ON process_result("workshop_id");

CREATE TABLE dot_vote (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "workshop_id" TEXT REFERENCES workshop(id),
    "participant" TEXT,
    "vision_id" TEXT REFERENCES vision(id),
    "opportunity_id" TEXT REFERENCES opportunity(id),
    "programme_id" TEXT REFERENCES programme(id),
    "points" INTEGER
);
CREATE INDEX dot_vote_position ON dot_vote(position);
CREATE INDEX dot_vote_workshop_id ON dot_vote("workshop_id");
CREATE INDEX dot_vote_vision_id ON dot_vote("vision_id");
CREATE INDEX dot_vote_opportunity_id ON dot_vote("opportunity_id");
CREATE INDEX dot_vote_programme_id ON dot_vote("programme_id");
