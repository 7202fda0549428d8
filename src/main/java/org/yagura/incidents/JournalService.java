package org.yagura.incidents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yagura.shared.Actor;
import org.yagura.shared.api.BadRequestException;

/** The front door for an incident's journal: adding notes, actions, communication records and attachment references. */
@Service
@Transactional
public class JournalService {

    private final IncidentAccess access;
    private final IncidentJournal journal;
    private final IncidentReferences references;

    JournalService(IncidentAccess access, IncidentJournal journal, IncidentReferences references) {
        this.access = access;
        this.journal = journal;
        this.references = references;
    }

    /** Appends an entry written by a person (Markdown; shown sanitised); when it happened may differ from now. */
    @PreAuthorize("hasRole('ANALYST')")
    public JournalEntry add(String key, NewJournalEntry entry) {
        references.requireValid(entry);
        if (!JournalKind.MANUAL.contains(entry.kind())) {
            throw new BadRequestException("incidents.journal.kind.not-manual", entry.kind());
        }
        if (entry.occurredAt() != null && entry.occurredAt().isAfter(Instant.now().plusSeconds(300))) {
            throw new BadRequestException("incidents.journal.occurred-in-future");
        }
        Incident incident = access.writable(key);
        JournalEntry added = journal.append(incident.id(), incident.key(), entry.kind(), entry.body(), entry.occurredAt(),
                Actor.current().username());
        access.audit(incident, "incident.journal-added", entry.kind() + " #" + added.seq());
        return added;
    }

    /**
     * Appends an entry that another part of the module writes on the caller's behalf (a completed review,
     * a media statement step): stored as a message and read in each reader's language.
     */
    @PreAuthorize("hasRole('ANALYST')")
    public JournalEntry addSystem(String key, JournalKind kind, JournalMessage message) {
        Incident incident = access.writable(key);
        JournalEntry added = journal.append(incident.id(), incident.key(), kind, message, null, Actor.current().username());
        access.audit(incident, "incident.journal-added", kind + " #" + added.seq());
        return added;
    }

    /** The journal, of the given kinds (empty: all), sorted by occurred-at or recorded-at, in the caller's language. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<JournalEntry> entries(String key, Collection<JournalKind> kinds, boolean byOccurred, boolean newestFirst) {
        return entries(key, kinds, byOccurred, newestFirst, LocaleContextHolder.getLocale());
    }

    /** The journal with the system's entries in {@code locale} (an incident report in a chosen language). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OBSERVER')")
    public List<JournalEntry> entries(String key, Collection<JournalKind> kinds, boolean byOccurred, boolean newestFirst,
            java.util.Locale locale) {
        Incident incident = access.readable(key);
        return journal.entries(incident.id(), incident.key(), kinds, byOccurred, newestFirst, locale);
    }

    /** An entry to append: kind (note, action, communication, attachment), Markdown text and when it happened. */
    public record NewJournalEntry(@NotNull JournalKind kind, @NotBlank @Size(max = 100_000) String body,
            @Nullable Instant occurredAt) {
    }
}
