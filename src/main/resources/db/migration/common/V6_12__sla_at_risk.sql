-- incidents/sla: the instant each running clock becomes at risk, beside its due time, so that the
-- "at risk / overdue" queue and the SLA filter are plain indexed comparisons (ADR 016).
-- Null while the record waits for its constituent, like due_at. V6_13 (Java) fills running clocks.
ALTER TABLE sla_clock ADD COLUMN at_risk_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX sla_clock_at_risk_ix ON sla_clock (at_risk_at);
CREATE INDEX sla_clock_record_ix ON sla_clock (record_id, stopped_at);
