package org.yagura.intake;

import java.io.IOException;
import java.io.InputStream;

/** Where the attachments of an e-mail go while it is read: streamed, never held whole in memory. */
@FunctionalInterface
interface AttachmentSink {

    MailAttachment store(String fileName, String contentType, InputStream content) throws IOException;
}
