package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.Employment;
import cn.dangjian.domain.messaging.Channel;
import cn.dangjian.domain.messaging.DeliveryStatus;
import cn.dangjian.domain.messaging.Message;
import cn.dangjian.domain.messaging.MessageCategory;
import cn.dangjian.domain.messaging.MessageRepository;
import cn.dangjian.domain.messaging.MessageStatus;
import cn.dangjian.domain.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMessageRepository implements MessageRepository {
  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public void store(Message m) {
    em.persist(m);
  }

  @Override
  public List<Message> dueBetween(Scope scope, Instant from, Instant to, int max) {
    ScopePredicate p = new ScopePredicate(scope, "m.orgPath", null);
    TypedQuery<Message> q =
        em.createQuery(
            "SELECT m FROM Message m JOIN FETCH m.organization o LEFT JOIN FETCH o.parent WHERE "
                + p.jpql()
                + " AND m.sendAt >= :from AND m.sendAt < :to ORDER BY m.sendAt, m.id",
            Message.class);
    p.bind(q);
    return q.setParameter("from", from).setParameter("to", to).setMaxResults(max).getResultList();
  }

  @Override
  public List<Long> due(Instant now, int max) {
    return em.createQuery(
            "SELECT m.id FROM Message m WHERE m.status = :s AND m.sendAt <= :now"
                + " ORDER BY m.sendAt, m.id",
            Long.class)
        .setParameter("s", MessageStatus.SCHEDULED)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Optional<Message> lockedForSending(Long id) {
    return Optional.ofNullable(em.find(Message.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public int deliverToInboxes(Message m, Instant at, LocalDate on) {
    // one statement, whatever the audience's size; the unique key keeps each person to one
    String kind =
        switch (m.getAudience()) {
          case ALL -> "";
          case PROBATIONARY -> " AND m.category = '" + Category.PROBATIONARY.name() + "'";
          case RETIRED -> " AND m.employment = '" + Employment.RETIRED.name() + "'";
          case LEADERS -> " AND m.id IN " + LeaderPosts.heldOn("?3");
        };
    var insert =
        em.createNativeQuery(
                "INSERT INTO message_delivery (message_id, member_id, channel, status, done_at)"
                    + " SELECT "
                    + m.getId()
                    + ", m.id, '"
                    + Channel.APP.name()
                    + "', '"
                    + DeliveryStatus.SENT.name()
                    + "', CAST(?1 AS TIMESTAMP) FROM member m WHERE m.org_path LIKE ?2"
                    + kind)
            .setParameter(1, Timestamp.from(at))
            .setParameter(2, m.getOrgPath() + "%");
    if (kind.contains("?3")) {
      insert.setParameter(3, on);
    }
    return insert.executeUpdate();
  }

  @Override
  public List<Message> inbox(Long memberId, MessageCategory category, int first, int max) {
    // the organization (and its parent, for its name) fetched with the page, not per message
    return inboxQuery(
            "SELECT m",
            " JOIN FETCH m.organization o LEFT JOIN FETCH o.parent",
            memberId,
            category,
            " ORDER BY m.sentAt DESC, m.id DESC",
            Message.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long inboxSize(Long memberId, MessageCategory category) {
    return inboxQuery("SELECT COUNT(m)", "", memberId, category, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> inboxQuery(
      String select,
      String fetch,
      Long memberId,
      MessageCategory category,
      String order,
      Class<T> type) {
    TypedQuery<T> q =
        em.createQuery(
            select
                + " FROM Message m"
                + fetch
                + " WHERE m.id IN (SELECT d.messageId FROM Delivery d"
                + " WHERE d.memberId = :me AND d.channel = :app)"
                + (category == null ? "" : " AND m.category = :c")
                + order,
            type);
    q.setParameter("me", memberId).setParameter("app", Channel.APP);
    if (category != null) {
      q.setParameter("c", category);
    }
    return q;
  }
}
