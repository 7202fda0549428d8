/**
 * The incident report document: one incident with its classification, status and dates, impact, journal,
 * tasks, review action items, review and media statements, as Markdown or as PDF with the Japanese font
 * embedded, in the reader's language and time zone.
 */
@NamedInterface("report")
@NullMarked
package org.yagura.incidents.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
