package org.yagura.taxonomy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.yagura.shared.Tlp;

/** The front door for TLP 2.0 and PAP levels with their Japanese and English names and meanings. */
@Service
public class MarkingService {

    private static final Map<Tlp, String> TLP_COLOURS = Map.of(Tlp.CLEAR, "#FFFFFF", Tlp.GREEN, "#33FF00",
            Tlp.AMBER, "#FFC000", Tlp.AMBER_STRICT, "#FFC000", Tlp.RED, "#FF2B2B");

    private final MessageSource messages;

    MarkingService(MessageSource messages) {
        this.messages = messages;
    }

    /** TLP 2.0 levels, least restrictive first. */
    public List<Marking> tlpLevels() {
        return Arrays.stream(Tlp.values())
                .map(t -> marking(t.label(), TLP_COLOURS.get(t), "tlp." + t.name())).toList();
    }

    /** PAP levels, most permissive first. */
    public List<Marking> papLevels() {
        return Arrays.stream(Pap.values()).map(p -> marking(p.label(), p.colour(), p.labelKey())).toList();
    }

    /** The name of a TLP level in the given language, e.g. {@code TLP:AMBER+STRICT}. */
    public String label(Tlp tlp, Locale locale) {
        return messages.getMessage("tlp." + tlp.name(), null, tlp.label(), locale);
    }

    private Marking marking(String code, String colour, String key) {
        return new Marking(code, colour, new TaxonomyLabels(
                messages.getMessage(key, null, code, Locale.ENGLISH), messages.getMessage(key, null, code, Locale.JAPANESE),
                messages.getMessage(key + ".description", null, "", Locale.ENGLISH),
                messages.getMessage(key + ".description", null, "", Locale.JAPANESE)));
    }
}
