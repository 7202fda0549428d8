package org.yagura.intake;

/** A file that came with an e-mail, kept in the file store under its SHA-256. */
public record MailAttachment(String fileName, String contentType, long size, String sha256) {
}
