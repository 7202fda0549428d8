-- incidents/sla: SLA targets per priority and kind, the business calendar, holidays, and the clocks of records

-- target_minutes counts business time when business_hours is true, calendar time otherwise
CREATE TABLE sla_target (
  priority       VARCHAR(8)  NOT NULL,
  kind           VARCHAR(32) NOT NULL,
  target_minutes INT         NOT NULL,
  business_hours BOOLEAN     NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (priority, kind),
  CONSTRAINT sla_target_minutes_ck CHECK (target_minutes > 0),
  CONSTRAINT sla_target_priority_ck CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
  CONSTRAINT sla_target_kind_ck CHECK (kind IN ('ACKNOWLEDGE', 'CONTAIN', 'RESOLVE', 'BREACH_NOTIFICATION'))
);
INSERT INTO sla_target (priority, kind, target_minutes, business_hours, updated_at) VALUES
  ('P1', 'ACKNOWLEDGE', 15, FALSE, CURRENT_TIMESTAMP), ('P1', 'CONTAIN', 240, FALSE, CURRENT_TIMESTAMP),
  ('P1', 'RESOLVE', 1440, FALSE, CURRENT_TIMESTAMP), ('P1', 'BREACH_NOTIFICATION', 4320, FALSE, CURRENT_TIMESTAMP),
  ('P2', 'ACKNOWLEDGE', 60, FALSE, CURRENT_TIMESTAMP), ('P2', 'CONTAIN', 480, FALSE, CURRENT_TIMESTAMP),
  ('P2', 'RESOLVE', 4320, FALSE, CURRENT_TIMESTAMP), ('P2', 'BREACH_NOTIFICATION', 4320, FALSE, CURRENT_TIMESTAMP),
  ('P3', 'ACKNOWLEDGE', 240, TRUE, CURRENT_TIMESTAMP), ('P3', 'CONTAIN', 1080, TRUE, CURRENT_TIMESTAMP),
  ('P3', 'RESOLVE', 2700, TRUE, CURRENT_TIMESTAMP), ('P3', 'BREACH_NOTIFICATION', 4320, FALSE, CURRENT_TIMESTAMP),
  ('P4', 'ACKNOWLEDGE', 540, TRUE, CURRENT_TIMESTAMP), ('P4', 'CONTAIN', 2700, TRUE, CURRENT_TIMESTAMP),
  ('P4', 'RESOLVE', 5400, TRUE, CURRENT_TIMESTAMP), ('P4', 'BREACH_NOTIFICATION', 4320, FALSE, CURRENT_TIMESTAMP);

-- one row: the team's working week; work_end 00:00 means midnight at the end of the day
CREATE TABLE sla_calendar (
  id              INT          NOT NULL PRIMARY KEY,
  zone            VARCHAR(64)  NOT NULL,
  working_days    VARCHAR(64)  NOT NULL,
  work_start      TIME         NOT NULL,
  work_end        TIME         NOT NULL,
  at_risk_percent INT          NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT sla_calendar_single_ck CHECK (id = 1),
  CONSTRAINT sla_calendar_risk_ck CHECK (at_risk_percent BETWEEN 1 AND 99)
);
INSERT INTO sla_calendar (id, zone, working_days, work_start, work_end, at_risk_percent, updated_at)
  VALUES (1, 'Asia/Tokyo', 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY', TIME '09:00:00', TIME '18:00:00', 75, CURRENT_TIMESTAMP);

CREATE TABLE sla_holiday (
  holiday_date DATE         NOT NULL PRIMARY KEY,
  name_en      VARCHAR(200) NOT NULL,
  name_ja      VARCHAR(200) NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- one clock per record and kind; target and business_hours are copied when the clock starts or the
-- record is reprioritised; due_at is null while the record waits for the constituent
CREATE TABLE sla_clock (
  id             UUID        NOT NULL PRIMARY KEY,
  record_id      UUID        NOT NULL,
  kind           VARCHAR(32) NOT NULL,
  priority       VARCHAR(8)  NOT NULL,
  target_minutes INT         NOT NULL,
  business_hours BOOLEAN     NOT NULL,
  started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  due_at         TIMESTAMP WITH TIME ZONE,
  stopped_at     TIMESTAMP WITH TIME ZONE,
  breached_at    TIMESTAMP WITH TIME ZONE,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT sla_clock_record_kind_uk UNIQUE (record_id, kind)
);
CREATE INDEX sla_clock_due_ix ON sla_clock (due_at);

-- the times a record waited for its constituent; resumed_at is null while it still waits
CREATE TABLE sla_pause (
  record_id  UUID NOT NULL,
  paused_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  resumed_at TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (record_id, paused_at)
);
