/**
 * Full-text search over Yagura's records: one Hibernate Search mapping (Lucene backend under the data
 * directory), Japanese-aware analysis, and the predicate every module uses to search its own documents.
 */
@NullMarked
package org.yagura.shared.search;

import org.jspecify.annotations.NullMarked;
