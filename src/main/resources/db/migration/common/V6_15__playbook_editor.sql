-- playbooks become editable by team leads: step descriptions and a default due offset, deprecation instead of
-- deletion once a playbook was applied, and a record of every application (which version, to which incident)
ALTER TABLE incident_playbook ADD COLUMN deprecated BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE incident_playbook_step ADD COLUMN description_en VARCHAR(4000);
ALTER TABLE incident_playbook_step ADD COLUMN description_ja VARCHAR(4000);
ALTER TABLE incident_playbook_step ADD COLUMN due_days INT;

CREATE TABLE incident_playbook_use (
  id               UUID         NOT NULL PRIMARY KEY,
  playbook_id      VARCHAR(64)  NOT NULL REFERENCES incident_playbook (id),
  playbook_version BIGINT,
  incident_id      UUID         NOT NULL REFERENCES incident (id),
  tasks_created    INT          NOT NULL,
  applied_by       VARCHAR(64)  NOT NULL,
  applied_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX incident_playbook_use_playbook_idx ON incident_playbook_use (playbook_id);

-- applications made before this migration are known only from the journal ("playbook applied: <id> (<n> tasks)")
INSERT INTO incident_playbook_use (id, playbook_id, playbook_version, incident_id, tasks_created, applied_by, applied_at)
SELECT j.id, p.id, NULL, j.incident_id, 0, j.recorded_by, j.recorded_at
  FROM incident_journal j
  JOIN incident_playbook p
    ON j.kind = 'TASK'
   AND CASE WHEN j.body LIKE 'playbook applied: %' AND POSITION(' (' IN j.body) > 19
            THEN SUBSTRING(j.body FROM 19 FOR POSITION(' (' IN j.body) - 19) END = p.id;

-- a task created from a playbook step carries the step's description
ALTER TABLE incident_task ADD COLUMN description VARCHAR(4000);
