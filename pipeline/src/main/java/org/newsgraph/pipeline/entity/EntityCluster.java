package org.newsgraph.pipeline.entity;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.pipeline.lexicon.Gender;

/** A growing entity while {@link EntityResolver} reads a document: its mentions, name keys and gender. */
final class EntityCluster {
    final List<Mention> mentions = new ArrayList<>();
    final List<String> keys = new ArrayList<>();
    Gender gender = Gender.UNKNOWN;

    EntityType type() {
        return mentions.get(0).type();
    }

    int lastToken() {
        return mentions.get(mentions.size() - 1).firstToken();
    }

    boolean hasFullName() {
        return mentions.stream().anyMatch(m -> m.kind() == MentionKind.NAME && m.endToken() - m.firstToken() > 1);
    }

    /** True unless both genders are known and differ. */
    boolean genderFits(Gender other) {
        return gender.fits(other);
    }

    /** Mentions that start before {@code token}. */
    int mentionsBefore(int token) {
        return (int) mentions.stream().filter(m -> m.firstToken() < token).count();
    }
}
