package org.yagura.observables;

import java.time.Instant;
import java.util.UUID;
import org.yagura.shared.api.BadRequestException;

/** Reading the parts of a keyset cursor; a tampered cursor is a 400. */
final class Cursors {

    private Cursors() {
    }

    static Instant instant(String s) {
        try {
            return Instant.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException("error.cursor.invalid");
        }
    }

    static UUID uuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("error.cursor.invalid");
        }
    }
}
