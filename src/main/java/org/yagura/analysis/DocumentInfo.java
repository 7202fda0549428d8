package org.yagura.analysis;

import java.util.List;

/**
 * Active content in a document ({@code pdf}, {@code ooxml}, {@code odf} or {@code ole}): JavaScript,
 * actions that run on opening ({@code /OpenAction}, {@code /AA}), {@code /Launch}, embedded files,
 * macros (a VBA project or storage, ODF Basic), external relationships (their targets, e.g. a remote
 * template), and the evidence found, such as the PDF names or the OLE storage names.
 */
public record DocumentInfo(String format, boolean javaScript, boolean autoAction, boolean launch,
        boolean embeddedFiles, boolean macros, List<String> externalRelationships, List<String> evidence) {

    public DocumentInfo {
        externalRelationships = List.copyOf(externalRelationships);
        evidence = List.copyOf(evidence);
    }
}
