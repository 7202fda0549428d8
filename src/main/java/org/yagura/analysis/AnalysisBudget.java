package org.yagura.analysis;

/** What is left of the limits while one file and everything inside it is analysed. */
final class AnalysisBudget {

    private final long deadline;
    private int membersLeft;
    private long expandedLeft;
    // strings kept for all archive members together (the file itself has its own maxStrings)
    private int memberStringsLeft;

    AnalysisBudget(AnalysisLimits limits) {
        this.memberStringsLeft = limits.maxStrings();
        this.deadline = System.nanoTime() + limits.timeLimit().toNanos();
        this.membersLeft = limits.maxArchiveMembers();
        this.expandedLeft = limits.maxExpandedBytes();
    }

    boolean timedOut() {
        return System.nanoTime() - deadline > 0;
    }

    /** Takes one member from the budget; false when none is left. */
    boolean takeMember() {
        if (membersLeft <= 0) {
            return false;
        }
        membersLeft--;
        return true;
    }

    int memberStringsLeft() {
        return memberStringsLeft;
    }

    void keptMemberStrings(int count) {
        memberStringsLeft = Math.max(0, memberStringsLeft - count);
    }

    long expandedLeft() {
        return expandedLeft;
    }

    void expanded(long bytes) {
        expandedLeft -= bytes;
    }
}
