package org.yagura.incidents.review;

/** Where an action item of a review stands; open items are tracked until done or cancelled. */
public enum ActionItemState {
    OPEN, DONE, CANCELLED;

    public String labelKey() {
        return "review.action.state." + name();
    }
}
