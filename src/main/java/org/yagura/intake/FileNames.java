package org.yagura.intake;

/** File names that arrive from outside (mail parts, uploads) made harmless to show and to store. */
final class FileNames {

    private static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /** The last path segment, without control characters, never empty, at most 255 characters. */
    static String safe(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            base = "attachment";
        }
        if (base.length() > MAX_LENGTH) {
            int dot = base.lastIndexOf('.');
            String extension = dot > 0 && base.length() - dot <= 16 ? base.substring(dot) : "";
            base = base.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return base;
    }
}
