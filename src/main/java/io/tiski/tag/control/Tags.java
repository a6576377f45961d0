package io.tiski.tag.control;

import io.tiski.platform.Conflict;
import io.tiski.platform.NotFound;
import io.tiski.platform.UniqueKey;
import io.tiski.tag.entity.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The tag list of an organisation. Every method takes the caller's organisation first. */
@ApplicationScoped
@Transactional
public class Tags {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Every tag, retired ones included, by name. */
    public List<Tag> list(long organisationId) {
        return em.createQuery("select t from Tag t where t.organisationId = :org order by lower(t.name), t.id", Tag.class)
                .setParameter("org", organisationId)
                .getResultList();
    }

    /** The tags that can be put on conversations, by name. */
    public List<Tag> active(long organisationId) {
        return em.createQuery("select t from Tag t where t.organisationId = :org and t.retired = false"
                        + " order by lower(t.name), t.id", Tag.class)
                .setParameter("org", organisationId)
                .getResultList();
    }

    public Tag find(long organisationId, long tagId) {
        var tag = em.find(Tag.class, tagId);
        if (tag == null || !tag.belongsTo(organisationId)) {
            throw new NotFound("tag.notFound");
        }
        return tag;
    }

    /**
     * As {@link #find}, with the tag's row locked until the transaction ends and read afresh. Whoever
     * puts the tag on a conversation holds this lock, and retiring the tag writes the row: so a tag
     * retired a moment ago is seen as retired, and two agents adding it to one conversation at once
     * are served one after the other (the second finds it there; READ COMMITTED).
     */
    public Tag locked(long organisationId, long tagId) {
        var tag = find(organisationId, tagId);
        em.refresh(tag, LockModeType.PESSIMISTIC_WRITE);
        return tag;
    }

    /** @param colourOrNull {@code #rrggbb}, or null for the default colour */
    public Tag create(long organisationId, String name, String colourOrNull) {
        var tag = new Tag(organisationId, name, colourOrNull, clock.instant());
        requireFreeName(organisationId, tag.getName(), null);
        em.persist(tag);
        UniqueKey.flush(em, () -> nameTaken(tag.getName()));
        return tag;
    }

    /** @param colourOrNull the new colour, or null to keep it */
    public Tag change(long organisationId, long tagId, String name, String colourOrNull) {
        var tag = find(organisationId, tagId);
        requireFreeName(organisationId, Tag.validName(name), tagId);
        tag.change(name, colourOrNull, clock.instant());
        UniqueKey.flush(em, () -> nameTaken(tag.getName()));
        return tag;
    }

    public Tag retire(long organisationId, long tagId) {
        var tag = find(organisationId, tagId);
        tag.retire(clock.instant());
        return tag;
    }

    public Tag restore(long organisationId, long tagId) {
        var tag = find(organisationId, tagId);
        tag.restore(clock.instant());
        return tag;
    }

    /** How many conversations carry each tag of the organisation; a tag on none is left out. */
    public Map<Long, Long> usage(long organisationId) {
        return em.createQuery("select ct.tagId, count(ct) from ConversationTag ct, Tag t"
                        + " where ct.tagId = t.id and t.organisationId = :org group by ct.tagId", Object[].class)
                .setParameter("org", organisationId)
                .getResultStream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> ((Number) row[1]).longValue()));
    }

    // Friendly early answer; the unique key (organisation_id, name) decides races (see UniqueKey).
    private void requireFreeName(long organisationId, String name, Long exceptTagId) {
        var holder = em.createQuery("select t from Tag t where t.organisationId = :org and lower(t.name) = lower(:name)",
                        Tag.class)
                .setParameter("org", organisationId)
                .setParameter("name", name)
                .getResultStream()
                .filter(t -> !t.getId().equals(exceptTagId))
                .findFirst();
        if (holder.isPresent()) {
            throw holder.get().isRetired() ? new Conflict("name", "tag.name.takenByRetired", holder.get().getName())
                    : nameTaken(name);
        }
    }

    private static Conflict nameTaken(String name) {
        return new Conflict("name", "tag.name.taken", name);
    }
}
