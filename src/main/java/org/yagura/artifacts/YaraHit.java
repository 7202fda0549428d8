package org.yagura.artifacts;

import java.util.List;

/**
 * A rule that matched one file, as parsed from the output of {@code yara}: the namespace it was
 * loaded under (which tells the rule set), its name and tags, the strings kept and how many there were.
 */
record YaraHit(String namespace, String rule, List<String> tags, List<YaraMatchString> strings, int stringCount) {
}
