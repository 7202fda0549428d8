package org.yagura.analysis;

import java.util.Locale;

/** The {@code pe} object of the {@code analyze} JSON. */
final class PeJson {

    private PeJson() {
    }

    static void write(StringBuilder out, PeInfo pe) {
        out.append("{\"machine\":").append(AnalysisJson.quote(pe.machine()))
                .append(",\"pe32Plus\":").append(pe.pe32Plus())
                .append(",\"dll\":").append(pe.dll())
                .append(",\"dotNet\":").append(pe.dotNet())
                .append(",\"timeDateStamp\":").append(pe.timeDateStamp())
                .append(",\"compiled\":").append(AnalysisJson.quote(pe.compiled().toString()))
                .append(",\"subsystem\":").append(AnalysisJson.quote(pe.subsystem()))
                .append(",\"entryPoint\":").append(hex(pe.entryPoint()))
                .append(",\"imageBase\":").append(hex(pe.imageBase()))
                .append(",\"sizeOfImage\":").append(pe.sizeOfImage())
                .append(",\"checksum\":").append(hex(pe.checksum()))
                .append(",\"sections\":[");
        String sep = "";
        for (PeInfo.Section s : pe.sections()) {
            out.append(sep).append("{\"name\":").append(AnalysisJson.quote(s.name()))
                    .append(",\"virtualAddress\":").append(hex(s.virtualAddress()))
                    .append(",\"virtualSize\":").append(s.virtualSize())
                    .append(",\"rawOffset\":").append(s.rawOffset())
                    .append(",\"rawSize\":").append(s.rawSize())
                    .append(",\"permissions\":").append(AnalysisJson.quote(s.permissions()))
                    .append(",\"entropy\":").append(s.entropy() == null ? "null" : String.format(Locale.ROOT, "%.4f", s.entropy()))
                    .append('}');
            sep = ",";
        }
        out.append("],\"imphash\":").append(AnalysisJson.quote(pe.imphash()))
                .append(",\"importedFunctions\":").append(pe.importedFunctions()).append(",\"imports\":[");
        sep = "";
        for (PeInfo.Import i : pe.imports()) {
            out.append(sep).append("{\"dll\":").append(AnalysisJson.quote(i.dll())).append(",\"functions\":");
            list(out, i.functions());
            out.append('}');
            sep = ",";
        }
        out.append(']');
        if (pe.exports() != null) {
            out.append(",\"exports\":{\"name\":").append(AnalysisJson.quote(pe.exports().name()))
                    .append(",\"count\":").append(pe.exports().count()).append(",\"names\":");
            list(out, pe.exports().names());
            out.append('}');
        }
        out.append(",\"resources\":[");
        sep = "";
        for (PeInfo.Resource r : pe.resources()) {
            out.append(sep).append("{\"type\":").append(AnalysisJson.quote(r.type()))
                    .append(",\"count\":").append(r.count()).append(",\"size\":").append(r.size()).append('}');
            sep = ",";
        }
        out.append("],\"authenticode\":").append(pe.authenticode() != null);
        range(out, "certificateTable", pe.authenticode());
        range(out, "overlay", pe.overlay());
        out.append(",\"anomalies\":");
        list(out, pe.anomalies());
        out.append('}');
    }

    private static void range(StringBuilder out, String name, PeInfo.Range range) {
        out.append(",\"").append(name).append("\":");
        if (range == null) {
            out.append("null");
        } else {
            out.append("{\"offset\":").append(range.offset()).append(",\"size\":").append(range.size()).append('}');
        }
    }

    private static void list(StringBuilder out, java.util.List<String> values) {
        out.append('[');
        String sep = "";
        for (String v : values) {
            out.append(sep).append(AnalysisJson.quote(v));
            sep = ",";
        }
        out.append(']');
    }

    private static String hex(long value) {
        return "\"0x" + Long.toHexString(value) + "\"";
    }
}
