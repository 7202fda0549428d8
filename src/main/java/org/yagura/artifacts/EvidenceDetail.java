package org.yagura.artifacts;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An evidence item with its whole chain of custody and the transfer, if any, waiting for confirmation. */
public record EvidenceDetail(EvidenceView item, List<CustodyEntry> custody, @Nullable CustodyEntry pendingTransfer) {

    public EvidenceDetail {
        custody = List.copyOf(custody);
    }

    /** The transfer request that no confirmation names yet; at most one exists at a time. */
    static @Nullable CustodyEntry pending(List<CustodyEntry> custody) {
        CustodyEntry open = null;
        for (CustodyEntry e : custody) {
            if (e.type() == CustodyEntryType.TRANSFER_REQUESTED) {
                open = e;
            } else if (e.type() == CustodyEntryType.TRANSFER_CONFIRMED && open != null && open.id().equals(e.transferId())) {
                open = null;
            }
        }
        return open;
    }

    static EvidenceDetail of(EvidenceView item, List<CustodyEntry> custody) {
        return new EvidenceDetail(item, custody, pending(custody));
    }
}
