/**
 * Post-incident reviews (lessons learned, framework 6.5): summary, root cause, what worked and what
 * did not, and action items with owner, due date and state tracked to completion across incidents.
 * The team chooses the priorities whose incidents cannot be closed without a completed review.
 */
@NamedInterface("review")
@NullMarked
package org.yagura.incidents.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
