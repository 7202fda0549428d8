package org.yagura.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class HeapCompactionTests {

    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void theJvmsHeapSettingsAreBackAfterTheCompaction() {
        String min = vm.getVMOption("MinHeapFreeRatio").getValue();
        String max = vm.getVMOption("MaxHeapFreeRatio").getValue();

        HeapCompaction.compactNow();

        assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(min);
        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(max);
    }

    @Test
    void theCompactionHandsFreeHeapBackToTheSystem() {
        byte[][] garbage = new byte[64][];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = new byte[1 << 20];
        }
        long committedWithGarbage = Runtime.getRuntime().totalMemory();
        garbage = null;

        HeapCompaction.compactNow();

        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        assertThat(runtime.totalMemory()).isLessThanOrEqualTo(committedWithGarbage);
        if (vm.getVMOption("MaxHeapFreeRatio").getOrigin() == com.sun.management.VMOption.Origin.DEFAULT) {
            // at most a quarter free, with a margin for the regions the collector keeps whole
            assertThat(runtime.totalMemory()).isLessThanOrEqualTo(Math.max(used * 2, 64L << 20));
        }
    }
}
