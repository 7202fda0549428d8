package org.yagura.shared.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.search.SortField;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.ValueBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.ValueBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * An instant indexed as a plain Lucene long (microseconds since the epoch, as a point and as single-valued
 * doc values) for sorting. Sorted on first, Lucene then skips every document that cannot make the page
 * (its points tell it which), so "newest first" costs about the same with 10 or 100,000 matches. Hibernate
 * Search's own sortable fields are multi-valued doc values, which Lucene has to read for every match.
 * Use on a {@code long} property with {@code @NonStandardField(valueBinder = @ValueBinderRef(type = InstantOrder.class))}.
 */
public final class InstantOrder implements ValueBinder {

    /** The value to store for {@code instant}. */
    public static long of(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    /** Sort on {@code field}, newest first. */
    public static SortField newestFirst(String field) {
        return new SortField(field, SortField.Type.LONG, true);
    }

    @Override
    public void bind(ValueBindingContext<?> context) {
        context.bridge(Long.class, new Identity(), context.typeFactory().extension(LuceneExtension.get())
                .asNative(Long.class, (path, value, document) -> {
                    document.accept(new LongPoint(path, value));
                    document.accept(new NumericDocValuesField(path, value));
                }));
    }

    private static final class Identity implements ValueBridge<Long, Long> {
        @Override
        public Long toIndexedValue(Long value, ValueBridgeToIndexedValueContext context) {
            return value;
        }
    }
}
