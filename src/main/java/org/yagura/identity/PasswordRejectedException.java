package org.yagura.identity;

import org.yagura.shared.api.BadRequestException;

/** A new password breaks the password policy; the message key names the rule. */
public class PasswordRejectedException extends BadRequestException {
    public PasswordRejectedException(String messageKey) {
        super(messageKey, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
    }
}
