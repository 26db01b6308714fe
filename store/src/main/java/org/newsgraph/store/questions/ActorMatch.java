package org.newsgraph.store.questions;

import java.util.List;
import java.util.Objects;
import org.newsgraph.store.actors.ActorProfile;
import org.newsgraph.store.actors.ActorSummary;

/**
 * The actor a typed name means, and the others it could have meant.
 *
 * @param profile      the best match: everything the store knows about it
 * @param otherMatches the other actors the name matches, best first
 */
public record ActorMatch(ActorProfile profile, List<ActorSummary> otherMatches) {

    public ActorMatch {
        Objects.requireNonNull(profile, "profile");
        otherMatches = List.copyOf(otherMatches);
    }
}
