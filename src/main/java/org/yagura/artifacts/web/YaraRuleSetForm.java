package org.yagura.artifacts.web;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yagura.artifacts.YaraRuleSetRequest;
import org.yagura.artifacts.YaraRuleSetView;
import org.yagura.shared.Tlp;

/** The form that creates or edits a rule set; tags are entered comma-separated. */
public class YaraRuleSetForm {

    private String name = "";
    private String description = "";
    private String tags = "";
    private Tlp tlp = Tlp.AMBER;
    private boolean enabled = true;
    private String source = "";
    private @Nullable Long version;

    static YaraRuleSetForm of(YaraRuleSetView r) {
        YaraRuleSetForm f = new YaraRuleSetForm();
        f.name = r.name();
        f.description = r.description() == null ? "" : r.description();
        f.tags = String.join(", ", r.tags());
        f.tlp = r.tlp();
        f.enabled = r.enabled();
        f.source = r.source();
        f.version = r.version();
        return f;
    }

    YaraRuleSetRequest toRequest() {
        List<String> list = Arrays.stream(tags.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new YaraRuleSetRequest(name, description, source.replace("\r\n", "\n"), list, tlp, enabled, version);
    }

    public String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name == null ? "" : name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description == null ? "" : description;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(@Nullable String tags) {
        this.tags = tags == null ? "" : tags;
    }

    public Tlp getTlp() {
        return tlp;
    }

    public void setTlp(@Nullable Tlp tlp) {
        this.tlp = tlp == null ? Tlp.AMBER : tlp;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getSource() {
        return source;
    }

    public void setSource(@Nullable String source) {
        this.source = source == null ? "" : source;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
