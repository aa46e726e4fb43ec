-- Routekaart roadmap schema, version 4: what funders and cluster boards ask (frozen: later
-- changes go in new migrations). Yearly KPI targets and reporting years, KPI scope and
-- baseline link, indicator time series and data quality, the project portfolio, commitments
-- linked to programmes/actions/projects with conditions and dates, programme managers,
-- problem owners as people, internal/external risks and communication, competences.

ALTER TABLE roadmap ADD COLUMN "leverage_target" REAL;
ALTER TABLE roadmap ADD COLUMN "leverage_note" TEXT;

ALTER TABLE indicator ADD COLUMN "quality_current" INTEGER;
ALTER TABLE indicator ADD COLUMN "quality_reliable" INTEGER;
ALTER TABLE indicator ADD COLUMN "quality_complete" INTEGER;
ALTER TABLE indicator ADD COLUMN "quality_longitudinal" INTEGER;
ALTER TABLE indicator ADD COLUMN "quality_note" TEXT;

CREATE TABLE indicator_value (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "indicator_id" TEXT REFERENCES indicator(id),
    "year" INTEGER,
    "value" REAL,
    "note" TEXT
);
CREATE INDEX indicator_value_position ON indicator_value(position);
CREATE INDEX indicator_value_indicator_id ON indicator_value("indicator_id");

ALTER TABLE programme ADD COLUMN "manager_id" TEXT REFERENCES team_member(id);
CREATE INDEX programme_manager_id ON programme("manager_id");

ALTER TABLE action ADD COLUMN "owner_member_id" TEXT REFERENCES team_member(id);
CREATE INDEX action_owner_member_id ON action("owner_member_id");

ALTER TABLE kpi ADD COLUMN "scope" TEXT;
ALTER TABLE kpi ADD COLUMN "indicator_id" TEXT REFERENCES indicator(id);
CREATE INDEX kpi_indicator_id ON kpi("indicator_id");

CREATE TABLE kpi_target (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "kpi_id" TEXT REFERENCES kpi(id),
    "year" INTEGER,
    "value" REAL,
    "note" TEXT
);
CREATE INDEX kpi_target_position ON kpi_target(position);
CREATE INDEX kpi_target_kpi_id ON kpi_target("kpi_id");

ALTER TABLE kpi_measurement ADD COLUMN "year" INTEGER;

ALTER TABLE resource ADD COLUMN "competences" TEXT;

CREATE TABLE project (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "code" TEXT,
    "title" TEXT,
    "kind" TEXT,
    "status" TEXT,
    "programme_id" TEXT REFERENCES programme(id),
    "lead_partner_id" TEXT REFERENCES partner(id),
    "funder" TEXT,
    "start_date" TEXT,
    "end_date" TEXT,
    "trl_start" INTEGER,
    "trl_end" INTEGER,
    "public_eur" REAL,
    "private_eur" REAL,
    "description" TEXT
);
CREATE INDEX project_position ON project(position);
CREATE INDEX project_programme_id ON project("programme_id");
CREATE INDEX project_lead_partner_id ON project("lead_partner_id");

CREATE TABLE project_partner (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "project_id" TEXT REFERENCES project(id),
    "partner_id" TEXT REFERENCES partner(id),
    "role" TEXT,
    "public_eur" REAL,
    "private_eur" REAL
);
CREATE INDEX project_partner_position ON project_partner(position);
CREATE INDEX project_partner_project_id ON project_partner("project_id");
CREATE INDEX project_partner_partner_id ON project_partner("partner_id");

CREATE TABLE project_action (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "project_id" TEXT REFERENCES project(id),
    "action_id" TEXT REFERENCES action(id),
    "note" TEXT
);
CREATE INDEX project_action_position ON project_action(position);
CREATE INDEX project_action_project_id ON project_action("project_id");
CREATE INDEX project_action_action_id ON project_action("action_id");

ALTER TABLE commitment ADD COLUMN "programme_id" TEXT REFERENCES programme(id);
ALTER TABLE commitment ADD COLUMN "action_id" TEXT REFERENCES action(id);
ALTER TABLE commitment ADD COLUMN "project_id" TEXT REFERENCES project(id);
ALTER TABLE commitment ADD COLUMN "conditions" TEXT;
ALTER TABLE commitment ADD COLUMN "announced_date" TEXT;
ALTER TABLE commitment ADD COLUMN "signed_date" TEXT;
ALTER TABLE commitment ADD COLUMN "valid_until" TEXT;
CREATE INDEX commitment_programme_id ON commitment("programme_id");
CREATE INDEX commitment_action_id ON commitment("action_id");
CREATE INDEX commitment_project_id ON commitment("project_id");

ALTER TABLE risk ADD COLUMN "origin" TEXT;

ALTER TABLE communication_item ADD COLUMN "goal" TEXT;
ALTER TABLE communication_item ADD COLUMN "approach" TEXT;
ALTER TABLE communication_item ADD COLUMN "scope" TEXT;
