package org.yagura.observables;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code yagura.observables.*}: {@code too-common} readable records past which a value no longer fans out in
 * correlation and matching (and its record count reads "more than N"),
 * whether domains also correlate by registered domain, and the types extraction stages.
 */
@ConfigurationProperties("yagura.observables")
public record ObservablesSettings(Integer tooCommon, Boolean correlateRegisteredDomain, Set<ObservableType> extractTypes) {

    public ObservablesSettings {
        tooCommon = tooCommon == null ? 1000 : tooCommon;
        correlateRegisteredDomain = correlateRegisteredDomain != null && correlateRegisteredDomain;
        extractTypes = extractTypes == null || extractTypes.isEmpty() ? Extractor.EXTRACTABLE : Set.copyOf(extractTypes);
    }
}
