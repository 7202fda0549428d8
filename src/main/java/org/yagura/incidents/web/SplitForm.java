package org.yagura.incidents.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.yagura.incidents.IncidentView;
import org.yagura.incidents.SplitParts;
import org.yagura.shared.Tlp;

/** The split form: the new incident's title, description, classification and TLP, and the parts ticked. */
public class SplitForm {

    private String title = "";
    private String description = "";
    private String classification = "";
    private @Nullable Tlp tlp;
    private List<String> reports = new ArrayList<>();
    private List<UUID> tasks = new ArrayList<>();
    private List<Long> journal = new ArrayList<>();
    private List<UUID> observables = new ArrayList<>();
    private List<String> artifacts = new ArrayList<>();
    private @Nullable Long version;

    /** A blank form for splitting {@code from}: its classification and TLP preselected. */
    static SplitForm of(IncidentView from) {
        SplitForm f = new SplitForm();
        f.classification = from.classKey() + "/" + from.typeKey();
        f.tlp = from.tlp();
        f.version = from.version();
        return f;
    }

    SplitParts toParts() {
        String classKey = null;
        String typeKey = null;
        if (!classification.isBlank()) {
            int slash = classification.indexOf('/');
            classKey = slash < 0 ? classification.strip() : classification.substring(0, slash).strip();
            typeKey = slash < 0 ? null : classification.substring(slash + 1).strip();
        }
        return new SplitParts(title, description.isBlank() ? null : description, classKey, typeKey, tlp, reports, tasks,
                journal, observables, artifacts, version);
    }

    public boolean chosenReport(String key) { return reports.contains(key); }
    public boolean chosenTask(UUID id) { return tasks.contains(id); }
    public boolean chosenEntry(long seq) { return journal.contains(seq); }
    public boolean chosenObservable(UUID id) { return observables.contains(id); }
    public boolean chosenArtifact(String key) { return artifacts.contains(key); }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getClassification() { return classification; }
    public void setClassification(String classification) { this.classification = classification; }
    public @Nullable Tlp getTlp() { return tlp; }
    public void setTlp(@Nullable Tlp tlp) { this.tlp = tlp; }
    public List<String> getReports() { return reports; }
    public void setReports(List<String> reports) { this.reports = reports; }
    public List<UUID> getTasks() { return tasks; }
    public void setTasks(List<UUID> tasks) { this.tasks = tasks; }
    public List<Long> getJournal() { return journal; }
    public void setJournal(List<Long> journal) { this.journal = journal; }
    public List<UUID> getObservables() { return observables; }
    public void setObservables(List<UUID> observables) { this.observables = observables; }
    public List<String> getArtifacts() { return artifacts; }
    public void setArtifacts(List<String> artifacts) { this.artifacts = artifacts; }
    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
}
