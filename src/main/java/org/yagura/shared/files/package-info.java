/** Content-addressed storage of files (evidence, artifacts, attachments), behind one interface. */
@NullMarked
package org.yagura.shared.files;

import org.jspecify.annotations.NullMarked;
