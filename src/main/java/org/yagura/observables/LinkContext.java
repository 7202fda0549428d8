package org.yagura.observables;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Checks and shapes the context of a new link: tags, comment, first and last seen. */
final class LinkContext {

    static final int MAX_TAGS = 20;
    static final int MAX_TAG = 64;
    static final int MAX_COMMENT = 2000;

    private LinkContext() {
    }

    /** The message key of what is wrong with the item's context, or null. */
    static @Nullable String problem(NewLink item) {
        List<String> tags = item.tags() == null ? List.of() : item.tags();
        if (tags.size() > MAX_TAGS || tags.stream().anyMatch(t -> t == null || t.isBlank() || t.length() > MAX_TAG
                || t.contains(",") || t.chars().anyMatch(Character::isISOControl))) {
            return "observable.link.tags.invalid";
        }
        if (item.comment() != null && item.comment().length() > MAX_COMMENT) {
            return "observable.link.comment.too-long";
        }
        if (item.firstSeen() != null && item.lastSeen() != null && item.lastSeen().isBefore(item.firstSeen())) {
            return "observable.link.seen.order";
        }
        return null;
    }

    static LinkRepository.Row row(NewLink item, UUID observableId, LinkedRecord record, String by, Instant now) {
        return new LinkRepository.Row(UUID.randomUUID(), observableId, record.kind(), record.id(), record.key(),
                item.role() == null ? LinkRole.INDICATOR : item.role(), item.firstSeen(), item.lastSeen(),
                item.tags() == null ? List.of() : item.tags().stream().map(String::strip).distinct().toList(), item.tlp(),
                item.comment() == null || item.comment().isBlank() ? null : item.comment().strip(), by, now);
    }
}
