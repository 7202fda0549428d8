/**
 * The analysis engine: plain Java, no Spring and no other module. It reads a file once and computes
 * its cryptographic hashes, its fuzzy hashes (ssdeep/CTPH and TLSH, written here and checked against
 * Debian's {@code ssdeep} and {@code tlsh}), its entropy and printable strings, then the details of
 * its format (PE, ELF, archives, PDF and Office documents) within bounded limits; it is usable as a
 * library ({@link org.yagura.analysis.FileAnalyzer}) and from the command line.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.yagura.analysis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
