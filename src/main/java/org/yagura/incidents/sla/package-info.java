/**
 * SLA clocks of incidents: targets per priority and kind (acknowledge, contain, resolve, breach
 * notification), the business-hours calendar with holidays, the clock of each record and the
 * periodic breach check that publishes {@link org.yagura.incidents.sla.IncidentSlaBreached}. The
 * incidents module drives the clocks through {@link org.yagura.incidents.sla.SlaClockService};
 * other modules may listen for the breach event, hence the named interface.
 */
@NamedInterface("sla")
@NullMarked
package org.yagura.incidents.sla;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
