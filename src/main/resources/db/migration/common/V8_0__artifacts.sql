-- db-scheduler's own table (its PostgreSQL DDL, with VARCHAR keys so that H2 accepts the primary key)
CREATE TABLE scheduled_tasks (
  task_name            VARCHAR(100) NOT NULL,
  task_instance        VARCHAR(255) NOT NULL,
  task_data            BYTEA,
  execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
  picked               BOOLEAN NOT NULL,
  picked_by            VARCHAR(100),
  last_success         TIMESTAMP WITH TIME ZONE,
  last_failure         TIMESTAMP WITH TIME ZONE,
  consecutive_failures INT,
  last_heartbeat       TIMESTAMP WITH TIME ZONE,
  version              BIGINT NOT NULL,
  priority             SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- artifacts: files attached to a record (a report now, incidents later), stored by SHA-256 in the blob store
CREATE TABLE artifact (
  id                UUID          NOT NULL PRIMARY KEY,
  artifact_key      VARCHAR(20)   NOT NULL,
  record_kind       VARCHAR(32)   NOT NULL,
  record_key        VARCHAR(64)   NOT NULL,
  file_name         VARCHAR(255)  NOT NULL,
  declared_type     VARCHAR(255),
  size_bytes        BIGINT        NOT NULL,
  sha256            CHAR(64)      NOT NULL,
  tlp               VARCHAR(16)   NOT NULL,
  analysis_status   VARCHAR(16)   NOT NULL,
  analysis_result   VARCHAR,
  analysis_error    VARCHAR(2000),
  analysis_attempts INT           NOT NULL,
  analysed_at       TIMESTAMP WITH TIME ZONE,
  created_by        VARCHAR(64)   NOT NULL,
  created_by_id     UUID,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  version           BIGINT        NOT NULL,
  CONSTRAINT artifact_key_uk UNIQUE (artifact_key)
);
CREATE INDEX artifact_record_idx ON artifact (record_kind, record_key, created_at);
CREATE INDEX artifact_sha256_idx ON artifact (sha256);
