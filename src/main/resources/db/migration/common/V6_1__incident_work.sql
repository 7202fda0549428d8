-- tasks (and containment, eradication and recovery actions) of an incident
CREATE TABLE incident_task (
  id           UUID          NOT NULL PRIMARY KEY,
  incident_id  UUID          NOT NULL REFERENCES incident (id),
  title        VARCHAR(300)  NOT NULL,
  kind         VARCHAR(16)   NOT NULL,
  state        VARCHAR(16)   NOT NULL,
  assignee_id  UUID,
  assignee     VARCHAR(64),
  due_date     DATE,
  created_by   VARCHAR(64)   NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  done_at      TIMESTAMP WITH TIME ZONE,
  version      BIGINT        NOT NULL
);
CREATE INDEX incident_task_incident_idx ON incident_task (incident_id, created_at);

-- the append-only journal: notes, actions, communication, and every change made by the system
CREATE TABLE incident_journal (
  id          UUID          NOT NULL PRIMARY KEY,
  incident_id UUID          NOT NULL REFERENCES incident (id),
  seq         BIGINT        NOT NULL,
  kind        VARCHAR(16)   NOT NULL,
  body        VARCHAR       NOT NULL,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by VARCHAR(64)   NOT NULL,
  CONSTRAINT incident_journal_seq_uk UNIQUE (incident_id, seq)
);

-- playbooks: task templates per RSIT class, in Japanese and English
CREATE TABLE incident_playbook (
  id         VARCHAR(64)  NOT NULL PRIMARY KEY,
  class_key  VARCHAR(64)  NOT NULL,
  type_key   VARCHAR(64),
  name_en    VARCHAR(200) NOT NULL,
  name_ja    VARCHAR(200) NOT NULL,
  updated_by VARCHAR(64)  NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  version    BIGINT       NOT NULL
);
CREATE TABLE incident_playbook_step (
  playbook_id VARCHAR(64)  NOT NULL REFERENCES incident_playbook (id) ON DELETE CASCADE,
  position    INT          NOT NULL,
  kind        VARCHAR(16)  NOT NULL,
  title_en    VARCHAR(300) NOT NULL,
  title_ja    VARCHAR(300) NOT NULL,
  PRIMARY KEY (playbook_id, position)
);

-- the incident a report was opened as or attached to, shown on the report
ALTER TABLE intake_report ADD COLUMN incident_key VARCHAR(20);
