-- Routekaart roadmap schema, version 1 (frozen: later changes go in new migrations).

CREATE TABLE roadmap (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "title" TEXT,
    "subtitle" TEXT,
    "cluster_name" TEXT,
    "language" TEXT,
    "horizon_start" TEXT,
    "horizon_end" TEXT,
    "version_label" TEXT,
    "introduction" TEXT,
    "coalition" TEXT,
    "decision" TEXT,
    "decision_date" TEXT,
    "decision_rationale" TEXT,
    "application_status" TEXT,
    "application_notes" TEXT,
    "selection_rationale" TEXT,
    "current_situation" TEXT,
    "paths_intro" TEXT,
    "mission" TEXT,
    "planning" TEXT,
    "monitoring" TEXT
);
CREATE INDEX roadmap_position ON roadmap(position);

CREATE TABLE partner (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "name" TEXT,
    "short_name" TEXT,
    "type" TEXT,
    "ring" TEXT,
    "role" TEXT,
    "contact" TEXT,
    "email" TEXT,
    "colour" TEXT,
    "description" TEXT
);
CREATE INDEX partner_position ON partner(position);

CREATE TABLE team_member (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "name" TEXT,
    "role" TEXT,
    "partner_id" TEXT REFERENCES partner(id),
    "email" TEXT,
    "responsibility" TEXT
);
CREATE INDEX team_member_position ON team_member(position);
CREATE INDEX team_member_partner_id ON team_member("partner_id");

CREATE TABLE challenge (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "code" TEXT,
    "title" TEXT,
    "description" TEXT
);
CREATE INDEX challenge_position ON challenge(position);

CREATE TABLE vision (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "challenge_id" TEXT REFERENCES challenge(id),
    "code" TEXT,
    "title" TEXT,
    "narrative" TEXT,
    "selected" INTEGER
);
CREATE INDEX vision_position ON vision(position);
CREATE INDEX vision_challenge_id ON vision("challenge_id");

CREATE TABLE opportunity (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "vision_id" TEXT REFERENCES vision(id),
    "title" TEXT,
    "description" TEXT,
    "market" TEXT,
    "growth" TEXT,
    "potential" TEXT
);
CREATE INDEX opportunity_position ON opportunity(position);
CREATE INDEX opportunity_vision_id ON opportunity("vision_id");

CREATE TABLE selection_criterion (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "name" TEXT,
    "description" TEXT,
    "weight" REAL
);
CREATE INDEX selection_criterion_position ON selection_criterion(position);

CREATE TABLE criterion_score (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "criterion_id" TEXT REFERENCES selection_criterion(id),
    "vision_id" TEXT REFERENCES vision(id),
    "score" INTEGER,
    "note" TEXT
);
CREATE INDEX criterion_score_position ON criterion_score(position);
CREATE INDEX criterion_score_criterion_id ON criterion_score("criterion_id");
CREATE INDEX criterion_score_vision_id ON criterion_score("vision_id");

CREATE TABLE objective (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "vision_id" TEXT REFERENCES vision(id),
    "code" TEXT,
    "title" TEXT,
    "indicator" TEXT,
    "direction" TEXT,
    "baseline_value" REAL,
    "baseline_year" INTEGER,
    "target_value" REAL,
    "unit" TEXT,
    "target_year" INTEGER,
    "dimension" TEXT
);
CREATE INDEX objective_position ON objective(position);
CREATE INDEX objective_vision_id ON objective("vision_id");

CREATE TABLE indicator (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "name" TEXT,
    "area" TEXT,
    "value" REAL,
    "unit" TEXT,
    "year" INTEGER,
    "source" TEXT,
    "source_detail" TEXT,
    "benchmark_value" REAL,
    "benchmark_label" TEXT,
    "note" TEXT
);
CREATE INDEX indicator_position ON indicator(position);

CREATE TABLE area_assessment (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "area" TEXT,
    "rating" INTEGER,
    "assessment" TEXT
);
CREATE INDEX area_assessment_position ON area_assessment(position);

CREATE TABLE swot_item (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "kind" TEXT,
    "text" TEXT,
    "area" TEXT
);
CREATE INDEX swot_item_position ON swot_item(position);

CREATE TABLE value_chain (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "code" TEXT,
    "name" TEXT,
    "description" TEXT,
    "colour" TEXT
);
CREATE INDEX value_chain_position ON value_chain(position);

CREATE TABLE value_chain_objective (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "value_chain_id" TEXT REFERENCES value_chain(id),
    "objective_id" TEXT REFERENCES objective(id),
    "contribution" TEXT
);
CREATE INDEX value_chain_objective_position ON value_chain_objective(position);
CREATE INDEX value_chain_objective_value_chain_id ON value_chain_objective("value_chain_id");
CREATE INDEX value_chain_objective_objective_id ON value_chain_objective("objective_id");

CREATE TABLE scenario (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "value_chain_id" TEXT REFERENCES value_chain(id),
    "title" TEXT,
    "description" TEXT,
    "preferred" INTEGER
);
CREATE INDEX scenario_position ON scenario(position);
CREATE INDEX scenario_value_chain_id ON scenario("value_chain_id");

CREATE TABLE programme (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "value_chain_id" TEXT REFERENCES value_chain(id),
    "code" TEXT,
    "name" TEXT,
    "module_type" TEXT,
    "category" TEXT,
    "description" TEXT
);
CREATE INDEX programme_position ON programme(position);
CREATE INDEX programme_value_chain_id ON programme("value_chain_id");

CREATE TABLE lane (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "value_chain_id" TEXT REFERENCES value_chain(id),
    "name" TEXT,
    "layer" TEXT,
    "colour" TEXT
);
CREATE INDEX lane_position ON lane(position);
CREATE INDEX lane_value_chain_id ON lane("value_chain_id");

CREATE TABLE action (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "value_chain_id" TEXT REFERENCES value_chain(id),
    "lane_id" TEXT REFERENCES lane(id),
    "programme_id" TEXT REFERENCES programme(id),
    "code" TEXT,
    "title" TEXT,
    "description" TEXT,
    "kind" TEXT,
    "category" TEXT,
    "start_date" TEXT,
    "end_date" TEXT,
    "owner_id" TEXT REFERENCES partner(id),
    "trl_start" INTEGER,
    "trl_end" INTEGER,
    "status" TEXT,
    "budget_eur" REAL,
    "fte" REAL,
    "deliverable" TEXT
);
CREATE INDEX action_position ON action(position);
CREATE INDEX action_value_chain_id ON action("value_chain_id");
CREATE INDEX action_lane_id ON action("lane_id");
CREATE INDEX action_programme_id ON action("programme_id");
CREATE INDEX action_owner_id ON action("owner_id");

CREATE TABLE action_partner (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "action_id" TEXT REFERENCES action(id),
    "partner_id" TEXT REFERENCES partner(id),
    "role" TEXT
);
CREATE INDEX action_partner_position ON action_partner(position);
CREATE INDEX action_partner_action_id ON action_partner("action_id");
CREATE INDEX action_partner_partner_id ON action_partner("partner_id");

CREATE TABLE dependency (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "from_action_id" TEXT REFERENCES action(id),
    "to_action_id" TEXT REFERENCES action(id),
    "kind" TEXT,
    "note" TEXT
);
CREATE INDEX dependency_position ON dependency(position);
CREATE INDEX dependency_from_action_id ON dependency("from_action_id");
CREATE INDEX dependency_to_action_id ON dependency("to_action_id");

CREATE TABLE intervention_point (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "title" TEXT,
    "programme_id" TEXT REFERENCES programme(id),
    "core_task" TEXT,
    "term" TEXT,
    "impact" TEXT,
    "existing_instrument" TEXT,
    "white_spot" INTEGER,
    "tailored_action" TEXT
);
CREATE INDEX intervention_point_position ON intervention_point(position);
CREATE INDEX intervention_point_programme_id ON intervention_point("programme_id");

CREATE TABLE kpi (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "objective_id" TEXT REFERENCES objective(id),
    "name" TEXT,
    "category" TEXT,
    "unit" TEXT,
    "baseline_value" REAL,
    "baseline_year" INTEGER,
    "target_value" REAL,
    "target_date" TEXT,
    "owner_id" TEXT REFERENCES partner(id),
    "source" TEXT,
    "frequency" TEXT,
    "definition" TEXT
);
CREATE INDEX kpi_position ON kpi(position);
CREATE INDEX kpi_objective_id ON kpi("objective_id");
CREATE INDEX kpi_owner_id ON kpi("owner_id");

CREATE TABLE kpi_measurement (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "kpi_id" TEXT REFERENCES kpi(id),
    "date" TEXT,
    "value" REAL,
    "note" TEXT
);
CREATE INDEX kpi_measurement_position ON kpi_measurement(position);
CREATE INDEX kpi_measurement_kpi_id ON kpi_measurement("kpi_id");

CREATE TABLE resource (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "description" TEXT,
    "programme_id" TEXT REFERENCES programme(id),
    "partner_id" TEXT REFERENCES partner(id),
    "year" INTEGER,
    "fte" REAL,
    "amount_eur" REAL,
    "source" TEXT,
    "instrument" TEXT,
    "secured" INTEGER
);
CREATE INDEX resource_position ON resource(position);
CREATE INDEX resource_programme_id ON resource("programme_id");
CREATE INDEX resource_partner_id ON resource("partner_id");

CREATE TABLE stakeholder (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "name" TEXT,
    "partner_id" TEXT REFERENCES partner(id),
    "group" TEXT,
    "influence" TEXT,
    "interest" TEXT,
    "engagement" TEXT
);
CREATE INDEX stakeholder_position ON stakeholder(position);
CREATE INDEX stakeholder_partner_id ON stakeholder("partner_id");

CREATE TABLE commitment (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "partner_id" TEXT REFERENCES partner(id),
    "kind" TEXT,
    "description" TEXT,
    "amount_eur" REAL,
    "fte" REAL,
    "date" TEXT,
    "status" TEXT
);
CREATE INDEX commitment_position ON commitment(position);
CREATE INDEX commitment_partner_id ON commitment("partner_id");

CREATE TABLE governance_body (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "name" TEXT,
    "role" TEXT,
    "members" TEXT,
    "chair" TEXT,
    "rhythm" TEXT
);
CREATE INDEX governance_body_position ON governance_body(position);

CREATE TABLE risk (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "title" TEXT,
    "description" TEXT,
    "likelihood" TEXT,
    "impact" TEXT,
    "owner_id" TEXT REFERENCES partner(id),
    "mitigation" TEXT,
    "status" TEXT
);
CREATE INDEX risk_position ON risk(position);
CREATE INDEX risk_owner_id ON risk("owner_id");

CREATE TABLE communication_item (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "audience" TEXT,
    "message" TEXT,
    "channel" TEXT,
    "timing" TEXT,
    "owner_id" TEXT REFERENCES partner(id)
);
CREATE INDEX communication_item_position ON communication_item(position);
CREATE INDEX communication_item_owner_id ON communication_item("owner_id");

CREATE TABLE quality_assessment (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "criterion" TEXT,
    "score" INTEGER,
    "evidence" TEXT
);
CREATE INDEX quality_assessment_position ON quality_assessment(position);

CREATE TABLE snapshot (
    id TEXT PRIMARY KEY NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    "name" TEXT,
    "created_at" TEXT,
    "kind" TEXT,
    "note" TEXT,
    "content" TEXT
);
CREATE INDEX snapshot_position ON snapshot(position);
