-- post-incident review (lessons learned, framework 6.5): one per incident
CREATE TABLE incident_review (
  incident_id   UUID          NOT NULL PRIMARY KEY REFERENCES incident (id),
  incident_key  VARCHAR(20)   NOT NULL,
  summary       VARCHAR(20000),
  root_cause    VARCHAR(20000),
  what_worked   VARCHAR(20000),
  what_did_not  VARCHAR(20000),
  completed_at  TIMESTAMP WITH TIME ZONE,
  completed_by  VARCHAR(64),
  updated_by    VARCHAR(64)   NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  version       BIGINT        NOT NULL
);

-- action items of a review, tracked to completion after the incident closed
CREATE TABLE incident_review_action (
  id            UUID          NOT NULL PRIMARY KEY,
  incident_id   UUID          NOT NULL REFERENCES incident (id),
  incident_key  VARCHAR(20)   NOT NULL,
  title         VARCHAR(300)  NOT NULL,
  owner_id      UUID          NOT NULL,
  owner         VARCHAR(64)   NOT NULL,
  due_date      DATE,
  state         VARCHAR(16)   NOT NULL,
  created_by    VARCHAR(64)   NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_at     TIMESTAMP WITH TIME ZONE,
  version       BIGINT        NOT NULL
);
CREATE INDEX incident_review_action_incident_idx ON incident_review_action (incident_id, created_at);
CREATE INDEX incident_review_action_open_idx ON incident_review_action (state, due_date);

-- the priorities whose incidents cannot be closed (as resolved or no action) without a completed review
CREATE TABLE incident_review_required (
  priority    VARCHAR(16)  NOT NULL PRIMARY KEY,
  updated_by  VARCHAR(64)  NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO incident_review_required (priority, updated_by, updated_at) VALUES
  ('P1', 'system', CURRENT_TIMESTAMP), ('P2', 'system', CURRENT_TIMESTAMP);
