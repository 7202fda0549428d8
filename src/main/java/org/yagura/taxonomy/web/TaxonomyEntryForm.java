package org.yagura.taxonomy.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.yagura.taxonomy.TaxonomyKey;
import org.yagura.taxonomy.TaxonomyLabels;

/** The form to add a local class or, with {@code classKey}, a local type. */
public class TaxonomyEntryForm {

    private String classKey = "";
    @NotBlank
    @Pattern(regexp = TaxonomyKey.PATTERN, message = "{taxonomy.key.pattern}")
    private String key = "";
    @NotBlank
    @Size(max = 200)
    private String labelEn = "";
    @NotBlank
    @Size(max = 200)
    private String labelJa = "";
    @Size(max = 2000)
    private String descriptionEn = "";
    @Size(max = 2000)
    private String descriptionJa = "";

    TaxonomyLabels labels() {
        return new TaxonomyLabels(labelEn, labelJa, descriptionEn, descriptionJa);
    }

    public String getClassKey() { return classKey; }
    public void setClassKey(String classKey) { this.classKey = classKey; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getLabelEn() { return labelEn; }
    public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
    public String getLabelJa() { return labelJa; }
    public void setLabelJa(String labelJa) { this.labelJa = labelJa; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public String getDescriptionJa() { return descriptionJa; }
    public void setDescriptionJa(String descriptionJa) { this.descriptionJa = descriptionJa; }
}
