package org.yagura.analysis;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** Writes a {@link FileAnalysis} as one JSON object, the format of {@code yagura analyze}. */
final class AnalysisJson {

    static final int STRING_SAMPLE = 20;

    private final StringBuilder out = new StringBuilder(4096);

    static String of(String file, FileAnalysis analysis) {
        AnalysisJson json = new AnalysisJson();
        json.out.append("{\"file\":").append(quote(file));
        json.body(analysis, true);
        return json.out.append('}').toString();
    }

    private void body(FileAnalysis a, boolean top) {
        FileProfile p = a.profile();
        field("size", p.size());
        field("md5", p.md5());
        field("sha1", p.sha1());
        field("sha256", p.sha256());
        field("sha512", p.sha512());
        field("ssdeep", p.ssdeep());
        field("tlsh", p.tlsh());
        out.append(",\"entropy\":").append(String.format(Locale.ROOT, "%.6f", p.entropy()));
        if (top) {
            field("entropyBlockSize", p.entropyBlockSize());
            out.append(",\"blockEntropy\":[");
            join(p.blockEntropy(), (e, first) -> out.append(String.format(Locale.ROOT, "%.4f", e)));
            out.append(']');
        }
        field("mimeType", a.type().mimeType());
        out.append(",\"extensionMismatch\":").append(a.type().extensionMismatch());
        out.append(",\"strings\":{\"count\":").append(a.stringCount()).append(",\"sample\":[");
        join(a.strings().subList(0, Math.min(STRING_SAMPLE, a.strings().size())), (s, first) -> {
            out.append("{\"offset\":").append(s.offset());
            field("encoding", s.encoding());
            field("value", s.value());
            out.append('}');
        });
        out.append("]}");
        if (a.pe() != null) {
            out.append(",\"pe\":");
            PeJson.write(out, a.pe());
        }
        if (a.elf() != null) {
            out.append(",\"elf\":");
            elf(a.elf());
        }
        if (a.archive() != null) {
            archive(a.archive());
        }
        if (a.document() != null) {
            document(a.document());
        }
        out.append(",\"errors\":");
        strings(a.errors());
    }

    private void elf(ElfInfo e) {
        out.append("{\"class\":").append(quote(e.elfClass()));
        field("byteOrder", e.byteOrder());
        field("osAbi", e.osAbi());
        field("type", e.type());
        field("machine", e.machine());
        field("entry", "0x" + Long.toHexString(e.entry()));
        field("interpreter", e.interpreter());
        out.append(",\"libraries\":");
        strings(e.libraries());
        out.append(",\"sections\":[");
        join(e.sections(), (s, first) -> {
            out.append("{\"name\":").append(quote(s.name()));
            field("type", s.type());
            field("offset", s.offset());
            field("size", s.size());
            out.append('}');
        });
        out.append("],\"symbolCount\":").append(e.symbolCount()).append(",\"symbols\":[");
        join(e.symbols(), (s, first) -> {
            out.append("{\"name\":").append(quote(s.name()));
            field("kind", s.kind());
            field("binding", s.binding());
            field("table", s.table());
            out.append('}');
        });
        out.append("]}");
    }

    private void archive(ArchiveInfo archive) {
        out.append(",\"archive\":{\"format\":").append(quote(archive.format()));
        out.append(",\"complete\":").append(archive.complete()).append(",\"members\":[");
        join(archive.members(), (m, first) -> {
            out.append("{\"path\":").append(quote(m.path()));
            if (m.analysis() != null) {
                body(m.analysis(), false);
            } else {
                field("size", m.size());
                field("skipped", m.skipped());
            }
            out.append('}');
        });
        out.append("]}");
    }

    private void document(DocumentInfo d) {
        out.append(",\"document\":{\"format\":").append(quote(d.format()));
        out.append(",\"javaScript\":").append(d.javaScript()).append(",\"autoAction\":").append(d.autoAction());
        out.append(",\"launch\":").append(d.launch()).append(",\"embeddedFiles\":").append(d.embeddedFiles());
        out.append(",\"macros\":").append(d.macros()).append(",\"externalRelationships\":");
        strings(d.externalRelationships());
        out.append(",\"evidence\":");
        strings(d.evidence());
        out.append('}');
    }

    private void strings(List<String> values) {
        out.append('[');
        join(values, (v, first) -> out.append(quote(v)));
        out.append(']');
    }

    private <T> void join(List<T> items, BiConsumer<T, Boolean> each) {
        boolean first = true;
        for (T item : items) {
            if (!first) {
                out.append(',');
            }
            each.accept(item, first);
            first = false;
        }
    }

    private void field(String name, @Nullable String value) {
        out.append(",\"").append(name).append("\":").append(quote(value));
    }

    private void field(String name, long value) {
        out.append(",\"").append(name).append("\":").append(value);
    }

    static String quote(@Nullable String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
