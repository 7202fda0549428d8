-- report numbers come from a sequence (ADR 020): unique and increasing, taken without a lock, not gap-free.
-- A year's numbers are the sequence's values minus that year's base, which the first report of the year records.
CREATE SEQUENCE key_seq_rpt START WITH 1;
CREATE TABLE key_sequence_base (
  series       VARCHAR(16) NOT NULL,
  counter_year INT         NOT NULL,
  base         BIGINT      NOT NULL,
  PRIMARY KEY (series, counter_year)
);
-- an existing installation goes on from its counters: the sequence's first value is the next number
INSERT INTO key_sequence_base (series, counter_year, base)
SELECT series, counter_year, -last_value FROM key_counter WHERE series = 'RPT';
