package org.newsgraph.store.actors;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.EntityType;

/**
 * What {@link ActorLinking} reads and writes of the corpus-wide actors: name keys, actors, their
 * Wikipedia page titles (which actor a title is, and the one title an actor shows), the surname index, and the context of stored persons that {@link SurnameResolver} weighs. The store
 * keeps them in tables ({@code JdbcActorDirectory}); a batch job may keep them in memory. An
 * implementation must answer as the store's tables do, so that both make the same decisions.
 *
 * @param <X> what its methods may throw ({@link java.sql.SQLException} for the store)
 */
public interface ActorDirectory<X extends Exception> {

    /** How many rows of a surname {@link #surnameRows} gives: as many as {@code SurnameResolver} weighs. */
    int SURNAME_ROWS = SurnameResolver.MAX_CANDIDATES;

    /** How many versions {@link #recentVersions} gives: as many as make a candidate's context. */
    int RECENT_VERSIONS = SurnameResolver.RECENT_VERSIONS;

    /**
     * A row of the surname index: an actor listed under a surname key.
     *
     * @param actorId the actor
     * @param full    whether the key was taken from a full name (not a surname alone)
     */
    record SurnameRow(long actorId, boolean full) {
    }

    /** The actor that {@code type} and the name key {@code key} point to, if any. */
    Optional<Long> find(EntityType type, String key) throws X;

    /** Every name key that points to {@code actorId}. */
    List<String> keys(long actorId) throws X;

    /** A new actor; its id is greater than every earlier one's. */
    long create(EntityType type, String name) throws X;

    /** Points {@code type} and {@code key} to {@code actorId}. */
    void addKey(EntityType type, String key, long actorId) throws X;

    /** Lists {@code actorId} under the surname keys of {@code name}. */
    void addSurnames(long actorId, PersonName name) throws X;

    /** The actor an analyst's merge or split pinned {@code type} and the name (or surname) key to, if any. */
    Optional<Long> pinned(EntityType type, String key) throws X;

    /** The actor the Wikipedia page {@code title} is, if any actor has it. */
    Optional<Long> byTitle(String title) throws X;

    /** The Wikipedia page title the actor shows, or null. */
    @Nullable String linkOf(long actorId) throws X;

    /** Makes the page {@code title}, which no actor has, {@code actorId}'s. */
    void addLink(String title, long actorId) throws X;

    /** The actor shows the page {@code title} if it shows none yet; whose the title is does not change. */
    void showLink(long actorId, String title) throws X;

    /** The newest {@value #SURNAME_ROWS} rows listed under {@code surnameKey}, newest first. */
    List<SurnameRow> surnameRows(String surnameKey) throws X;

    /**
     * The {@value #RECENT_VERSIONS} most recent article versions an entity of which is
     * linked to {@code actorId}: by publication date, newest first (undated last), then article id and
     * version number, both descending.
     */
    List<Long> recentVersions(long actorId) throws X;

    /**
     * The titles, in lower case, that the actor's entities bear in {@code versions}: those of their
     * roles and those written before their names.
     */
    Set<String> titles(long actorId, List<Long> versions) throws X;

    /** The organisation and country actors linked in {@code versions}. */
    Set<Long> coMentions(long actorId, List<Long> versions) throws X;

    /** The publication dates (as stored) of {@code versions}, where they have one. */
    List<String> published(List<Long> versions) throws X;

    /** The publication date (as stored) of one version, if it has one. */
    @Nullable String published(long versionId) throws X;
}
