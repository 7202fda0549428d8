/**
 * Media statements on an incident (framework 1.1.5): a public statement drafted in Japanese or English,
 * submitted, approved by a team lead or administrator other than its author, and released; each step is
 * written to the incident's journal.
 */
@NamedInterface("statement")
@NullMarked
package org.yagura.incidents.statement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
