package org.yagura.intake.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.yagura.shared.Tlp;

/** The report form of the intake pages (staff entering a report received by phone, chat, walk-in...). */
public class ReportForm {

    @NotBlank
    @Size(max = 500)
    private String reporter = "";
    @NotBlank
    @Size(max = 500)
    private String summary = "";
    @Size(max = 1_000_000)
    private String body = "";
    @Size(max = 130)
    private String suggestion = "";
    @Size(max = 200)
    private String externalReference = "";
    private Tlp tlp = Tlp.AMBER;

    public String getReporter() { return reporter; }
    public void setReporter(String reporter) { this.reporter = reporter; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    /** The suggested classification as {@code class/type}, or empty. */
    public String getSuggestion() { return suggestion; }
    public void setSuggestion(String suggestion) { this.suggestion = suggestion; }
    public String getExternalReference() { return externalReference; }
    public void setExternalReference(String externalReference) { this.externalReference = externalReference; }
    public Tlp getTlp() { return tlp; }
    public void setTlp(Tlp tlp) { this.tlp = tlp; }
}
