package org.yagura.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Sample files of each format, built in code (and two small PEs made with mingw, checked in). */
final class AnalysisSamples {

    private AnalysisSamples() {
    }

    /** A checked-in sample from src/test/resources/org/yagura/analysis/samples. */
    static byte[] resource(String name) {
        try (InputStream in = AnalysisSamples.class.getResourceAsStream("samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A minimal PE32 executable: .text and .idata, importing KERNEL32.dll!ExitProcess by name and
     * MyLib.dll ordinal 5 and Frobnicate; pefile 2023.2.7 gives it the imphash
     * {@value #MINIMAL_PE_IMPHASH}.
     */
    static byte[] minimalPe() {
        ByteBuffer b = ByteBuffer.allocate(0x600).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, (byte) 'M').put(1, (byte) 'Z').putInt(0x3c, 0x40);
        b.putInt(0x40, 0x4550);
        b.putShort(0x44, (short) 0x14c).putShort(0x46, (short) 2).putInt(0x48, 0x5F5E1000)
                .putShort(0x54, (short) 224).putShort(0x56, (short) 0x0102);
        int opt = 0x58;
        b.putShort(opt, (short) 0x10b).putInt(opt + 16, 0x1000).putInt(opt + 28, 0x400000)
                .putInt(opt + 32, 0x1000).putInt(opt + 36, 0x200).putInt(opt + 56, 0x3000).putInt(opt + 60, 0x200)
                .putShort(opt + 68, (short) 3).putInt(opt + 92, 16).putInt(opt + 96 + 8, 0x2000).putInt(opt + 100 + 8, 60);
        section(b, opt + 224, ".text", 0x1000, 0x200, 0x200, 0x60000020);
        section(b, opt + 264, ".idata", 0x2000, 0x400, 0x200, 0xC0000040);
        for (int i = 0x200; i < 0x400; i++) {
            b.put(i, (byte) (i * 7));
        }
        b.put(0x200, (byte) 0xC3);
        int idata = 0x400;
        // descriptors: OriginalFirstThunk, TimeDateStamp, ForwarderChain, Name, FirstThunk
        b.putInt(idata, 0x2040).putInt(idata + 12, 0x2080).putInt(idata + 16, 0x2040);
        b.putInt(idata + 20, 0x2050).putInt(idata + 32, 0x2090).putInt(idata + 36, 0x2050);
        b.putInt(idata + 0x40, 0x20A0);
        b.putInt(idata + 0x50, 0x80000005).putInt(idata + 0x54, 0x20C0);
        put(b, idata + 0x80, "KERNEL32.dll");
        put(b, idata + 0x90, "MyLib.dll");
        put(b, idata + 0xA2, "ExitProcess");
        put(b, idata + 0xC2, "Frobnicate");
        return b.array();
    }

    static final String MINIMAL_PE_IMPHASH = "b6ec8e60894219628543b36b0e01b11f";

    private static void section(ByteBuffer b, int at, String name, int va, int raw, int size, int flags) {
        put(b, at, name);
        b.putInt(at + 8, size).putInt(at + 12, va).putInt(at + 16, size).putInt(at + 20, raw).putInt(at + 36, flags);
    }

    private static void put(ByteBuffer b, int at, String ascii) {
        byte[] bytes = ascii.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < bytes.length; i++) {
            b.put(at + i, bytes[i]);
        }
    }

    static byte[] zip(Map<String, byte[]> members) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> member : members.entrySet()) {
                zip.putNextEntry(new ZipEntry(member.getKey()));
                zip.write(member.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A POSIX ustar archive of regular files. */
    static byte[] tar(Map<String, byte[]> members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> member : members.entrySet()) {
            byte[] header = new byte[512];
            copy(header, 0, member.getKey());
            copy(header, 100, "0000644");
            copy(header, 108, "0001750");
            copy(header, 116, "0001750");
            copy(header, 124, String.format("%011o", member.getValue().length));
            copy(header, 136, String.format("%011o", 1_780_000_000L));
            header[156] = '0';
            copy(header, 257, "ustar");
            copy(header, 263, "00");
            Arrays.fill(header, 148, 156, (byte) ' ');
            int sum = 0;
            for (byte b : header) {
                sum += b & 0xff;
            }
            copy(header, 148, String.format("%06o", sum));
            header[154] = 0;
            out.writeBytes(header);
            out.writeBytes(member.getValue());
            out.writeBytes(new byte[(512 - member.getValue().length % 512) % 512]);
        }
        out.writeBytes(new byte[1024]);
        return out.toByteArray();
    }

    private static void copy(byte[] to, int at, String ascii) {
        byte[] bytes = ascii.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, to, at, bytes.length);
    }

    /** A one-page PDF whose catalogue runs JavaScript on opening, the name written with a #xx escape. */
    static byte[] pdfWithOpenActionJavaScript() {
        String pdf = """
                %PDF-1.7
                1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj
                4 0 obj << /S /J#61vaScript /JS (app.alert\\('https://evil.example/x'\\);) >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """;
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    /** A PDF whose catalogue and JavaScript action are inside a FlateDecode object stream. */
    static byte[] pdfWithObjectStream() {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        deflater.setInput("1 0 2 60 << /Type /Catalog /OpenAction 2 0 R >> << /S /JavaScript /JS (app.alert(1)) >>"
                .getBytes(StandardCharsets.US_ASCII));
        deflater.finish();
        byte[] buffer = new byte[4096];
        int n = deflater.deflate(buffer);
        deflater.end();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(("%PDF-1.7\n5 0 obj << /Type /ObjStm /N 2 /First 8 /Filter /FlateDecode /Length " + n
                + " >>\r\nstream\r\n").getBytes(StandardCharsets.US_ASCII));
        pdf.write(buffer, 0, n);
        pdf.writeBytes("\nendstream\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }

    static byte[] plainPdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    /** A .docm-like package: content types, a VBA project, an embedded object and a remote template. */
    static byte[] docmWithRemoteTemplate() {
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("[Content_Types].xml", utf8("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
        members.put("_rels/.rels", utf8("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"));
        members.put("word/document.xml", utf8("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>"));
        members.put("word/_rels/settings.xml.rels", utf8("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" "
                + "Target=\"http://203.0.113.7/template.dotm\" TargetMode=\"External\"/></Relationships>"));
        members.put("word/vbaProject.bin", oleWithVbaStorage());
        members.put("word/embeddings/oleObject1.bin", new byte[600]);
        return zip(members);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** An OLE compound file (version 3, 512-byte sectors) whose directory holds Root Entry, VBA and _VBA_PROJECT. */
    static byte[] oleWithVbaStorage() {
        return OleSample.build(new String[] {"Root Entry", "VBA", "_VBA_PROJECT", "dir"}, new int[] {5, 1, 2, 2});
    }

    static byte[] oleWithoutMacros() {
        return OleSample.build(new String[] {"Root Entry", "WordDocument", "\u0005SummaryInformation"}, new int[] {5, 2, 2});
    }
}
