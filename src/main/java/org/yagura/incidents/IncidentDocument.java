package org.yagura.incidents;

import java.time.Instant;
import java.util.List;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.NonStandardField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.SearchEntity;
import org.jspecify.annotations.Nullable;
import org.yagura.shared.search.InstantOrder;
import org.yagura.shared.search.TextAnalysis;

/**
 * What the full-text index holds of an incident: its texts (title, description, every journal entry)
 * and the fields the incident list filters on, so that a search is filtered and paged in the index.
 */
@SearchEntity(name = "incident")
@Indexed(index = "incident")
public class IncidentDocument {

    @DocumentId
    public String id;
    @KeywordField(normalizer = TextAnalysis.KEYWORD)
    public String key;
    @FullTextField(analyzer = TextAnalysis.WORDS)
    @FullTextField(name = "title" + TextAnalysis.BIGRAM_SUFFIX, analyzer = TextAnalysis.BIGRAMS)
    public String title;
    @FullTextField(analyzer = TextAnalysis.WORDS)
    @FullTextField(name = "description" + TextAnalysis.BIGRAM_SUFFIX, analyzer = TextAnalysis.BIGRAMS)
    public @Nullable String description;
    @FullTextField(analyzer = TextAnalysis.WORDS)
    @FullTextField(name = "journal" + TextAnalysis.BIGRAM_SUFFIX, analyzer = TextAnalysis.BIGRAMS)
    public String journal;
    @KeywordField
    public String status;
    @KeywordField
    public String classKey;
    @KeywordField
    public String priority;
    @KeywordField
    public String tlp;
    @KeywordField
    public @Nullable String assigneeId;
    @KeywordField
    public @Nullable String assignee;
    @KeywordField
    public @Nullable String teamId;
    @KeywordField(normalizer = TextAnalysis.KEYWORD)
    public @Nullable String constituency;
    @KeywordField
    public List<String> participants;
    @GenericField(sortable = Sortable.YES)
    public Instant createdAt;
    @GenericField
    public @Nullable Instant closedAt;
    /** {@link #createdAt} for the "newest first" order of search results (see {@link InstantOrder}). */
    @NonStandardField(valueBinder = @ValueBinderRef(type = InstantOrder.class))
    public long createdOrder;
    /** The layout this document was written in; documents of an older layout are rebuilt at start. */
    @GenericField
    public int layout = LAYOUT;

    /** Raise when a field is added or changes meaning, so existing indexes are rebuilt. */
    static final int LAYOUT = 2;

    IncidentDocument(java.sql.ResultSet row, List<String> participants, String journal) throws java.sql.SQLException {
        this.id = row.getObject("id", java.util.UUID.class).toString();
        this.key = row.getString("incident_key");
        this.title = row.getString("title");
        this.description = row.getString("description");
        this.journal = journal;
        this.status = row.getString("status");
        this.classKey = row.getString("class_key");
        this.priority = row.getString("priority");
        this.tlp = row.getString("tlp");
        this.assigneeId = row.getString("assignee_id");
        this.assignee = row.getString("assignee");
        this.teamId = row.getString("team_id");
        this.constituency = row.getString("constituency");
        this.participants = participants;
        this.createdAt = row.getTimestamp("created_at").toInstant();
        this.createdOrder = InstantOrder.of(createdAt);
        this.closedAt = row.getTimestamp("closed_at") == null ? null : row.getTimestamp("closed_at").toInstant();
    }

    IncidentDocument(IncidentView v, String journal) {
        this.id = v.id().toString();
        this.key = v.key();
        this.title = v.title();
        this.description = v.description();
        this.journal = journal;
        this.status = v.status().name();
        this.classKey = v.classKey();
        this.priority = v.priority().name();
        this.tlp = v.tlp().name();
        this.assigneeId = v.assigneeId() == null ? null : v.assigneeId().toString();
        this.assignee = v.assignee();
        this.teamId = v.teamId() == null ? null : v.teamId().toString();
        this.constituency = v.constituency();
        this.participants = v.participants().stream().map(Object::toString).toList();
        this.createdAt = v.createdAt();
        this.createdOrder = InstantOrder.of(createdAt);
        this.closedAt = v.closedAt();
    }
}
