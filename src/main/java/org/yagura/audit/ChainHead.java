package org.yagura.audit;

import org.springframework.jdbc.core.RowMapper;

/** The sequence number and hash of the last entry, as the single row of {@code audit_chain_head} holds them. */
record ChainHead(long lastSeq, String lastHash) {

    static final RowMapper<ChainHead> ROWS = (rs, row) -> new ChainHead(rs.getLong("last_seq"), rs.getString("last_hash"));
}
