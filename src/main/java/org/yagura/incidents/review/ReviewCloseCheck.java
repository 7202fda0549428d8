package org.yagura.incidents.review;

import org.springframework.stereotype.Component;
import org.yagura.incidents.IncidentCloseCheck;
import org.yagura.incidents.IncidentView;
import org.yagura.incidents.Resolution;

/** Refuses closing an incident of a priority the team chose without a completed post-incident review. */
@Component
class ReviewCloseCheck implements IncidentCloseCheck {

    private final ReviewStore store;

    ReviewCloseCheck(ReviewStore store) {
        this.store = store;
    }

    @Override
    public void checkClose(IncidentView incident, Resolution resolution) {
        ReviewRules.requireToClose(incident.key(), incident.priority(), resolution, store.requiredPriorities(),
                store.review(incident.id()).orElseGet(() -> ReviewView.none(incident.key())));
    }
}
