package org.yagura.analysis;

/** ssdeep's {@code fuzzy_compare}: edit distance between the digests of a common block size. */
final class SsdeepComparison {

    private static final int COMMON_RUN = 7;

    private SsdeepComparison() {
    }

    static int score(String a, String b) {
        Parsed x = Parsed.of(a);
        Parsed y = Parsed.of(b);
        long bx = x.blockSize;
        long by = y.blockSize;
        if (bx != by && bx * 2 != by && by * 2 != bx) {
            return 0;
        }
        if (bx == by && x.first.equals(y.first) && x.second.equals(y.second)) {
            return 100;
        }
        if (bx == by) {
            return Math.max(scoreStrings(x.first, y.first, bx), scoreStrings(x.second, y.second, bx * 2));
        }
        if (bx * 2 == by) {
            return scoreStrings(y.first, x.second, by);
        }
        return scoreStrings(x.first, y.second, bx);
    }

    private static int scoreStrings(String s1, String s2, long blockSize) {
        if (!haveCommonRun(s1, s2)) {
            return 0;
        }
        long score = editDistance(s1, s2);
        score = score * Ssdeep.SPAMSUM_LENGTH / (s1.length() + s2.length());
        score = 100 * score / Ssdeep.SPAMSUM_LENGTH;
        if (score >= 100) {
            return 0;
        }
        score = 100 - score;
        // small block sizes mean little data: do not let a short match look better than it is
        if (blockSize >= (99 + COMMON_RUN) / COMMON_RUN * Ssdeep.MIN_BLOCK_SIZE) {
            return (int) score;
        }
        long cap = blockSize / Ssdeep.MIN_BLOCK_SIZE * Math.min(s1.length(), s2.length());
        return (int) Math.min(score, cap);
    }

    private static boolean haveCommonRun(String s1, String s2) {
        if (s1.length() < COMMON_RUN || s2.length() < COMMON_RUN) {
            return false;
        }
        for (int i = 0; i + COMMON_RUN <= s1.length(); i++) {
            if (s2.contains(s1.substring(i, i + COMMON_RUN))) {
                return true;
            }
        }
        return false;
    }

    /** Levenshtein distance where a substitution costs as much as a deletion and an insertion. */
    static int editDistance(String s, String t) {
        int[] previous = new int[t.length() + 1];
        int[] current = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int replace = previous[j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 2);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[t.length()];
    }

    record Parsed(long blockSize, String first, String second) {

        static Parsed of(String digest) {
            int colon = digest.indexOf(':');
            int second = colon < 0 ? -1 : digest.indexOf(':', colon + 1);
            if (colon <= 0 || second < 0) {
                throw new IllegalArgumentException("not an ssdeep digest: " + digest);
            }
            int stop = digest.indexOf(',', second + 1);
            long blockSize;
            try {
                blockSize = Long.parseLong(digest.substring(0, colon));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an ssdeep digest: " + digest, e);
            }
            return new Parsed(blockSize, withoutLongRuns(digest.substring(colon + 1, second)),
                    withoutLongRuns(digest.substring(second + 1, stop < 0 ? digest.length() : stop)));
        }

        // runs of more than three equal characters carry little information and would bias the score
        private static String withoutLongRuns(String part) {
            StringBuilder out = new StringBuilder(part.length());
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (i < 3 || c != part.charAt(i - 1) || c != part.charAt(i - 2) || c != part.charAt(i - 3)) {
                    out.append(c);
                }
            }
            if (out.length() > Ssdeep.SPAMSUM_LENGTH) {
                throw new IllegalArgumentException("ssdeep digest part too long: " + part);
            }
            return out.toString();
        }
    }
}
