package org.yagura.incidents.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yagura.incidents.Playbook;
import org.yagura.incidents.TaskKind;
import org.yagura.shared.api.BadRequestException;

/**
 * The playbook editor: names, classification ({@code class} or {@code class/type}) and one row per step. Rows are
 * put in the order of their numbers; a row ticked "remove" or without any title is left out, so blank rows add steps.
 */
public class PlaybookForm {

    static final int BLANK_ROWS = 3;

    private String id = "";
    private String classification = "";
    private String nameEn = "";
    private String nameJa = "";
    private long version;
    private List<Row> steps = new ArrayList<>();

    static PlaybookForm blank() {
        PlaybookForm f = new PlaybookForm();
        f.addBlankRows();
        return f;
    }

    static PlaybookForm of(Playbook p) {
        PlaybookForm f = new PlaybookForm();
        f.id = p.id();
        f.classification = p.typeKey() == null ? p.classKey() : p.classKey() + "/" + p.typeKey();
        f.nameEn = p.nameEn();
        f.nameJa = p.nameJa();
        f.version = p.version();
        for (Playbook.Step s : p.steps()) {
            Row r = new Row();
            r.order = f.steps.size() + 1;
            r.kind = s.kind();
            r.titleEn = s.titleEn();
            r.titleJa = s.titleJa();
            r.descriptionEn = s.descriptionEn() == null ? "" : s.descriptionEn();
            r.descriptionJa = s.descriptionJa() == null ? "" : s.descriptionJa();
            r.dueDays = s.dueDays() == null ? "" : s.dueDays().toString();
            f.steps.add(r);
        }
        f.addBlankRows();
        return f;
    }

    void addBlankRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            Row r = new Row();
            r.order = steps.size() + 1;
            steps.add(r);
        }
    }

    String classKey() {
        int slash = classification.indexOf('/');
        return (slash < 0 ? classification : classification.substring(0, slash)).strip();
    }

    @Nullable String typeKey() {
        int slash = classification.indexOf('/');
        return slash < 0 ? null : classification.substring(slash + 1).strip();
    }

    /** The steps in the order of their numbers (rows without a number last), without removed and empty rows. */
    List<Playbook.Step> toSteps() {
        return steps.stream().filter(r -> !r.remove && !(r.titleEn.isBlank() && r.titleJa.isBlank()))
                .sorted(Comparator.comparing((Row r) -> r.order == null ? Integer.MAX_VALUE : r.order))
                .map(Row::toStep).toList();
    }

    Playbook.Draft toDraft() {
        return new Playbook.Draft(id.strip(), classKey(), typeKey(), nameEn, nameJa, toSteps());
    }

    Playbook.Change toChange() {
        return new Playbook.Change(nameEn, nameJa, classKey(), typeKey(), toSteps(), version);
    }

    /** One step as the form shows it; the due offset as text, so that a wrong number gets a message, not a binding error. */
    public static class Row {
        private @Nullable Integer order;
        private TaskKind kind = TaskKind.TASK;
        private String titleEn = "";
        private String titleJa = "";
        private String descriptionEn = "";
        private String descriptionJa = "";
        private String dueDays = "";
        private boolean remove;

        Playbook.Step toStep() {
            Integer due;
            try {
                due = dueDays.isBlank() ? null : Integer.valueOf(dueDays.strip());
            } catch (NumberFormatException e) {
                throw new BadRequestException("incidents.playbook.due-days.invalid", dueDays);
            }
            return new Playbook.Step(kind, titleEn, titleJa, descriptionEn.isBlank() ? null : descriptionEn,
                    descriptionJa.isBlank() ? null : descriptionJa, due);
        }

        public @Nullable Integer getOrder() { return order; }
        public void setOrder(@Nullable Integer order) { this.order = order; }
        public TaskKind getKind() { return kind; }
        public void setKind(TaskKind kind) { this.kind = kind; }
        public String getTitleEn() { return titleEn; }
        public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
        public String getTitleJa() { return titleJa; }
        public void setTitleJa(String titleJa) { this.titleJa = titleJa; }
        public String getDescriptionEn() { return descriptionEn; }
        public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
        public String getDescriptionJa() { return descriptionJa; }
        public void setDescriptionJa(String descriptionJa) { this.descriptionJa = descriptionJa; }
        public String getDueDays() { return dueDays; }
        public void setDueDays(String dueDays) { this.dueDays = dueDays; }
        public boolean isRemove() { return remove; }
        public void setRemove(boolean remove) { this.remove = remove; }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getClassification() { return classification; }
    public void setClassification(String classification) { this.classification = classification; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getNameJa() { return nameJa; }
    public void setNameJa(String nameJa) { this.nameJa = nameJa; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public List<Row> getSteps() { return steps; }
    public void setSteps(List<Row> steps) { this.steps = steps; }
}
