-- audit: append-only, hash-chained trail. Each entry's hash covers its fields and the previous hash.
CREATE TABLE audit_entry (
  seq            BIGINT        NOT NULL PRIMARY KEY,
  occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  actor          VARCHAR(200)  NOT NULL,
  client_address VARCHAR(64),
  action         VARCHAR(100)  NOT NULL,
  subject_type   VARCHAR(64)   NOT NULL,
  subject_id     VARCHAR(200)  NOT NULL,
  summary        VARCHAR       NOT NULL,
  prev_hash      VARCHAR(64)   NOT NULL,
  hash           VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, seq);
CREATE INDEX audit_entry_action_idx ON audit_entry (action, seq);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_type, subject_id, seq);
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at);

-- one row: the head of the chain, locked while an entry is appended so that appends from several nodes serialise
CREATE TABLE audit_chain_head (
  id        INT         NOT NULL PRIMARY KEY,
  last_seq  BIGINT      NOT NULL,
  last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
