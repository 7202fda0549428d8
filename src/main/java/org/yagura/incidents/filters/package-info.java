/**
 * Saved filters of the incident list: a user keeps a set of list filters under a name, for
 * themselves or shared with one of their teams, applies one with a click and may pick one as the
 * list they see first.
 */
@NullMarked
package org.yagura.incidents.filters;

import org.jspecify.annotations.NullMarked;
