package org.yagura.shared;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Start-up leaves a few hundred megabytes of garbage (class metadata parsing, Hibernate's boot
 * model, condition evaluation). One full collection when the server is ready lets the JVM hand that
 * memory back, so the idle footprint of the embedded shape stays small. For that one collection the
 * heap may keep only a quarter free (instead of the JVM's default of up to 70 %), then the JVM's
 * settings are restored, so the heap grows again with load as it normally would. Options given on
 * the command line are left alone. Off with {@code yagura.compact-heap-after-start=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "yagura.compact-heap-after-start", matchIfMissing = true)
class HeapCompaction {

    private static final Logger log = LoggerFactory.getLogger(HeapCompaction.class);
    /** Set in this order, restored in the reverse one: the JVM refuses a minimum above the maximum. */
    static final List<Map.Entry<String, String>> COMPACTING =
            List.of(Map.entry("MinHeapFreeRatio", "10"), Map.entry("MaxHeapFreeRatio", "25"));

    @EventListener(ApplicationReadyEvent.class)
    void compact() {
        compactNow();
    }

    @SuppressWarnings("java:S1215")
    static void compactNow() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        Deque<Map.Entry<String, String>> restore = new ArrayDeque<>();
        try {
            for (Map.Entry<String, String> option : COMPACTING) {
                VMOption current = vm.getVMOption(option.getKey());
                if (current.getOrigin() != VMOption.Origin.DEFAULT || !current.isWriteable()) {
                    break;
                }
                vm.setVMOption(option.getKey(), option.getValue());
                restore.push(Map.entry(option.getKey(), current.getValue()));
            }
        } catch (IllegalArgumentException | SecurityException e) {
            log.debug("heap free ratios not adjustable here: {}", e.toString());
        }
        try {
            System.gc();
        } finally {
            restore.forEach(option -> vm.setVMOption(option.getKey(), option.getValue()));
        }
    }
}
