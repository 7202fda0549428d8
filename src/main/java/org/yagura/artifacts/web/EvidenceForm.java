package org.yagura.artifacts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.yagura.artifacts.EvidenceType;
import org.yagura.artifacts.NewEvidence;
import org.yagura.shared.Tlp;

/** The form that records an evidence item; the acquisition time is entered in the user's time zone. */
public class EvidenceForm {

    @NotBlank @Size(max = 64) private String recordKey = "";
    @NotBlank @Size(max = 2000) private String description = "";
    @NotNull private EvidenceType type = EvidenceType.DIGITAL;
    @Size(max = 20) private String artifactKey = "";
    @Size(max = 500) private String sourceSystem = "";
    @Size(max = 500) private String sourceDevice = "";
    @Size(max = 500) private String sourcePerson = "";
    @Size(max = 500) private String sourceLocation = "";
    @NotBlank @Size(max = 200) private String acquiredBy = "";
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) private @Nullable LocalDateTime acquiredAt;
    @Size(max = 500) private String acquisitionMethod = "";
    @Size(max = 500) private String acquisitionTool = "";
    @Pattern(regexp = "|[0-9a-fA-F]{64}") private String sha256 = "";
    @Pattern(regexp = "|[0-9a-fA-F]{32}") private String md5 = "";
    @Pattern(regexp = "|[0-9a-fA-F]{40}") private String sha1 = "";
    @NotBlank @Size(max = 500) private String storageLocation = "";
    private boolean legalHold;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private @Nullable LocalDate retentionUntil;
    @Size(max = 500) private String disposition = "";
    private @Nullable Tlp tlp;

    NewEvidence toNewEvidence(ZoneId zone) {
        return new NewEvidence("report", recordKey.strip(), description, type, blank(artifactKey), blank(sourceSystem),
                blank(sourceDevice), blank(sourcePerson), blank(sourceLocation), acquiredBy,
                acquiredAt == null ? null : acquiredAt.atZone(zone).toInstant(), blank(acquisitionMethod), blank(acquisitionTool),
                blank(sha256), blank(md5), blank(sha1), storageLocation, legalHold, retentionUntil, blank(disposition), tlp);
    }

    private static @Nullable String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getRecordKey() { return recordKey; }
    public void setRecordKey(String recordKey) { this.recordKey = recordKey; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public EvidenceType getType() { return type; }
    public void setType(EvidenceType type) { this.type = type; }
    public String getArtifactKey() { return artifactKey; }
    public void setArtifactKey(String artifactKey) { this.artifactKey = artifactKey; }
    public String getSourceSystem() { return sourceSystem; }
    public void setSourceSystem(String sourceSystem) { this.sourceSystem = sourceSystem; }
    public String getSourceDevice() { return sourceDevice; }
    public void setSourceDevice(String sourceDevice) { this.sourceDevice = sourceDevice; }
    public String getSourcePerson() { return sourcePerson; }
    public void setSourcePerson(String sourcePerson) { this.sourcePerson = sourcePerson; }
    public String getSourceLocation() { return sourceLocation; }
    public void setSourceLocation(String sourceLocation) { this.sourceLocation = sourceLocation; }
    public String getAcquiredBy() { return acquiredBy; }
    public void setAcquiredBy(String acquiredBy) { this.acquiredBy = acquiredBy; }
    public @Nullable LocalDateTime getAcquiredAt() { return acquiredAt; }
    public void setAcquiredAt(@Nullable LocalDateTime acquiredAt) { this.acquiredAt = acquiredAt; }
    public String getAcquisitionMethod() { return acquisitionMethod; }
    public void setAcquisitionMethod(String acquisitionMethod) { this.acquisitionMethod = acquisitionMethod; }
    public String getAcquisitionTool() { return acquisitionTool; }
    public void setAcquisitionTool(String acquisitionTool) { this.acquisitionTool = acquisitionTool; }
    public String getSha256() { return sha256; }
    public void setSha256(String sha256) { this.sha256 = sha256; }
    public String getMd5() { return md5; }
    public void setMd5(String md5) { this.md5 = md5; }
    public String getSha1() { return sha1; }
    public void setSha1(String sha1) { this.sha1 = sha1; }
    public String getStorageLocation() { return storageLocation; }
    public void setStorageLocation(String storageLocation) { this.storageLocation = storageLocation; }
    public boolean isLegalHold() { return legalHold; }
    public void setLegalHold(boolean legalHold) { this.legalHold = legalHold; }
    public @Nullable LocalDate getRetentionUntil() { return retentionUntil; }
    public void setRetentionUntil(@Nullable LocalDate retentionUntil) { this.retentionUntil = retentionUntil; }
    public String getDisposition() { return disposition; }
    public void setDisposition(String disposition) { this.disposition = disposition; }
    public @Nullable Tlp getTlp() { return tlp; }
    public void setTlp(@Nullable Tlp tlp) { this.tlp = tlp; }
}
