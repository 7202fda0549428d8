package org.yagura.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Recognises an Office Open XML or OpenDocument file among the members of a zip: a VBA project
 * ({@code vbaProject.bin}), ODF Basic or scripts, embedded objects and ActiveX, and relationships
 * with {@code TargetMode="External"} (remote templates, linked objects), read from the first
 * megabyte of each {@code .rels} member.
 */
final class OfficeMembers {

    private static final int MAX_RELS = 1024 * 1024;
    private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship\\b[^>]*>");
    private static final Pattern TARGET = Pattern.compile("\\bTarget\\s*=\\s*\"([^\"]*)\"");

    private final AnalysisLimits limits;
    private final List<String> evidence = new ArrayList<>();
    private final List<String> external = new ArrayList<>();
    private boolean ooxml;
    private boolean odf;
    private boolean macros;
    private boolean embedded;

    OfficeMembers(AnalysisLimits limits) {
        this.limits = limits;
    }

    void name(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.equals("[content_types].xml")) {
            ooxml = true;
        } else if (lower.equals("mimetype")) {
            odf = true;
        }
        if (lower.endsWith("vbaproject.bin") || lower.startsWith("basic/") || lower.startsWith("scripts/")) {
            macros = true;
            note(path);
        } else if (lower.contains("/embeddings/") || lower.contains("/activex/") || lower.startsWith("object")) {
            embedded |= !lower.contains("/activex/");
            note(path);
        }
    }

    void content(String path, Path spool) throws IOException {
        if (!path.toLowerCase(Locale.ROOT).endsWith(".rels")) {
            return;
        }
        String xml;
        try (InputStream in = Files.newInputStream(spool)) {
            xml = new String(in.readNBytes(MAX_RELS), StandardCharsets.UTF_8);
        }
        Matcher relationship = RELATIONSHIP.matcher(xml);
        while (relationship.find() && external.size() < limits.maxListed()) {
            String element = relationship.group();
            Matcher target = TARGET.matcher(element);
            if (element.matches("(?s).*\\bTargetMode\\s*=\\s*\"External\".*") && target.find()) {
                external.add(target.group(1));
            }
        }
    }

    private void note(String path) {
        if (evidence.size() < limits.maxListed()) {
            evidence.add(path);
        }
    }

    @Nullable DocumentInfo document() {
        if (!ooxml && !odf) {
            return null;
        }
        return new DocumentInfo(ooxml ? "ooxml" : "odf", false, false, false, embedded, macros, external, evidence);
    }
}
