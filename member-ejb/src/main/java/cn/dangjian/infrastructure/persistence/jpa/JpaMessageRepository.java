package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.Employment;
import cn.dangjian.domain.messaging.Channel;
import cn.dangjian.domain.messaging.Delivery;
import cn.dangjian.domain.messaging.DeliveryStatus;
import cn.dangjian.domain.messaging.Message;
import cn.dangjian.domain.messaging.MessageCategory;
import cn.dangjian.domain.messaging.MessagePreference;
import cn.dangjian.domain.messaging.MessageRepository;
import cn.dangjian.domain.messaging.MessageStatus;
import cn.dangjian.domain.messaging.QuietHours;
import cn.dangjian.domain.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    return fanOut(m, Channel.APP, DeliveryStatus.SENT, "", at, on);
  }

  @Override
  public int addToOutbox(Message m, Channel channel, Instant at, LocalDate on) {
    String chosen =
        switch (channel) {
          case SMS -> "sms";
          case EMAIL -> "email";
          default -> throw new IllegalArgumentException("no member chooses " + channel);
        };
    return fanOut(
        m,
        channel,
        DeliveryStatus.PENDING,
        " JOIN message_preference p ON p.member_id = m.id AND p." + chosen + " = TRUE",
        at,
        on);
  }

  /** One statement, whatever the audience's size; the unique key keeps each person to one. */
  private int fanOut(
      Message m, Channel channel, DeliveryStatus status, String join, Instant at, LocalDate on) {
    String kind =
        switch (m.getAudience()) {
          case ALL -> "";
          case PROBATIONARY -> " AND m.category = '" + Category.PROBATIONARY.name() + "'";
          case RETIRED -> " AND m.employment = '" + Employment.RETIRED.name() + "'";
          case LEADERS -> " AND m.id IN " + LeaderPosts.heldOn("?3");
        };
    var insert =
        em.createNativeQuery(
                "INSERT INTO message_delivery"
                    + " (message_id, member_id, channel, status, done_at, next_at, attempts)"
                    + " SELECT "
                    + m.getId()
                    + ", m.id, '"
                    + channel.name()
                    + "', '"
                    + status.name()
                    + "', "
                    + (status == DeliveryStatus.SENT
                        ? "CAST(?1 AS TIMESTAMP), CAST(NULL AS TIMESTAMP)"
                        : "CAST(NULL AS TIMESTAMP), CAST(?1 AS TIMESTAMP)")
                    + ", 0 FROM member m"
                    + join
                    + " WHERE m.org_path LIKE ?2"
                    + kind)
            .setParameter(1, Timestamp.from(at))
            .setParameter(2, m.getOrgPath() + "%");
    if (kind.contains("?3")) {
      insert.setParameter(3, on);
    }
    return insert.executeUpdate();
  }

  @Override
  public int expireClaims(Channel channel, Instant before) {
    return em.createQuery(
            "UPDATE Delivery d SET d.status = :uncertain"
                + " WHERE d.channel = :c AND d.status = :sending AND d.claimedAt < :before")
        .setParameter("uncertain", DeliveryStatus.UNCERTAIN)
        .setParameter("c", channel)
        .setParameter("sending", DeliveryStatus.SENDING)
        .setParameter("before", before)
        .executeUpdate();
  }

  @Override
  public List<Delivery> claim(Channel channel, Instant now, String token, int max) {
    List<Long> due =
        em.createQuery(
                "SELECT d.id FROM Delivery d WHERE d.channel = :c AND d.status = :pending"
                    + " AND d.nextAt <= :now ORDER BY d.id",
                Long.class)
            .setParameter("c", channel)
            .setParameter("pending", DeliveryStatus.PENDING)
            .setParameter("now", now)
            .setMaxResults(max)
            .getResultList();
    if (due.isEmpty()) {
      return List.of();
    }
    // a row another worker claimed first no longer matches the status when this update reaches it
    em.createQuery(
            "UPDATE Delivery d SET d.status = :sending, d.claimedBy = :t, d.claimedAt = :now"
                + " WHERE d.id IN :ids AND d.status = :pending")
        .setParameter("sending", DeliveryStatus.SENDING)
        .setParameter("t", token)
        .setParameter("now", now)
        .setParameter("ids", due)
        .setParameter("pending", DeliveryStatus.PENDING)
        .executeUpdate();
    return em.createQuery(
            "SELECT d FROM Delivery d WHERE d.claimedBy = :t AND d.status = :sending"
                + " ORDER BY d.id",
            Delivery.class)
        .setParameter("t", token)
        .setParameter("sending", DeliveryStatus.SENDING)
        .getResultList();
  }

  @Override
  public void settle(
      Collection<Long> deliveryIds,
      DeliveryStatus status,
      int attempts,
      Instant at,
      String answer) {
    boolean done = status != DeliveryStatus.PENDING;
    em.createQuery(
            "UPDATE Delivery d SET d.status = :s, d.attempts = :a, d.answer = :answer, "
                + (done ? "d.doneAt = :at" : "d.nextAt = :at, d.claimedBy = NULL")
                + " WHERE d.id IN :ids AND d.status = :sending")
        .setParameter("s", status)
        .setParameter("a", attempts)
        .setParameter("answer", answer == null ? null : abbreviate(answer))
        .setParameter("at", at)
        .setParameter("ids", deliveryIds)
        .setParameter("sending", DeliveryStatus.SENDING)
        .executeUpdate();
  }

  @Override
  public List<Delivery> uncertain(Channel channel, Instant claimedBefore, int max) {
    return em.createQuery(
            "SELECT d FROM Delivery d WHERE d.channel = :c AND d.status = :uncertain"
                + " AND d.claimedAt < :before AND (d.answer IS NULL OR d.answer <> :asked)"
                + " ORDER BY d.id",
            Delivery.class)
        .setParameter("c", channel)
        .setParameter("uncertain", DeliveryStatus.UNCERTAIN)
        .setParameter("before", claimedBefore)
        .setParameter("asked", UNCONFIRMED)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void resolve(Long deliveryId, DeliveryStatus status, Instant at, String answer) {
    em.createQuery(
            "UPDATE Delivery d SET d.status = :s, d.answer = :answer, "
                + (status == DeliveryStatus.PENDING ? "d.nextAt = :at" : "d.doneAt = :at")
                + " WHERE d.id = :id AND d.status = :uncertain")
        .setParameter("s", status)
        .setParameter("answer", answer)
        .setParameter("at", at)
        .setParameter("id", deliveryId)
        .setParameter("uncertain", DeliveryStatus.UNCERTAIN)
        .executeUpdate();
  }

  private static String abbreviate(String answer) {
    return answer.length() <= Delivery.ANSWER_LENGTH
        ? answer
        : answer.substring(0, Delivery.ANSWER_LENGTH);
  }

  @Override
  public Map<Long, String> addresses(Channel channel, Collection<Long> memberIds) {
    String jpql =
        switch (channel) {
          case SMS -> "SELECT m.id, m.phone FROM PartyMember m WHERE m.id IN :ids";
          case EMAIL ->
              "SELECT p.memberId, p.emailAddress FROM MessagePreference p WHERE p.memberId IN :ids";
          default -> throw new IllegalArgumentException("no address for " + channel);
        };
    Map<Long, String> found = new HashMap<>();
    for (Object[] row :
        em.createQuery(jpql, Object[].class).setParameter("ids", memberIds).getResultList()) {
      if (row[1] != null && !row[1].toString().isBlank()) {
        found.put((Long) row[0], row[1].toString());
      }
    }
    return found;
  }

  @Override
  public Map<Long, QuietHours> quietHours(Collection<Long> memberIds) {
    Map<Long, QuietHours> quiet = new HashMap<>();
    for (MessagePreference p :
        em.createQuery(
                "SELECT p FROM MessagePreference p WHERE p.memberId IN :ids",
                MessagePreference.class)
            .setParameter("ids", memberIds)
            .getResultList()) {
      p.quietHours().ifPresent(q -> quiet.put(p.getMemberId(), q));
    }
    return quiet;
  }

  @Override
  public Optional<MessagePreference> preference(Long memberId) {
    return Optional.ofNullable(em.find(MessagePreference.class, memberId));
  }

  @Override
  public String text(Long messageId) {
    return em.find(Message.class, messageId).getText();
  }

  @Override
  public void store(MessagePreference p) {
    em.persist(p);
  }

  @Override
  public void releaseWaiting(Long memberId, Instant now) {
    em.createQuery(
            "UPDATE Delivery d SET d.nextAt = :now WHERE d.memberId = :m"
                + " AND d.status = :pending AND d.nextAt > :now AND d.answer = :quiet")
        .setParameter("now", now)
        .setParameter("m", memberId)
        .setParameter("pending", DeliveryStatus.PENDING)
        .setParameter("quiet", QUIET_HOURS)
        .executeUpdate();
  }

  @Override
  public Map<Channel, Map<DeliveryStatus, Long>> counts(Long messageId) {
    Map<Channel, Map<DeliveryStatus, Long>> counts = new EnumMap<>(Channel.class);
    for (Object[] row :
        em.createQuery(
                "SELECT d.channel, d.status, COUNT(d) FROM Delivery d WHERE d.messageId = :id"
                    + " GROUP BY d.channel, d.status",
                Object[].class)
            .setParameter("id", messageId)
            .getResultList()) {
      counts
          .computeIfAbsent((Channel) row[0], c -> new EnumMap<>(DeliveryStatus.class))
          .put((DeliveryStatus) row[1], ((Number) row[2]).longValue());
    }
    return counts;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Object[]> countsByPath(Long messageId) {
    return ((List<Object[]>)
            em.createNativeQuery(
                    "SELECT m.org_path, d.channel, d.status, COUNT(*) FROM message_delivery d"
                        + " JOIN member m ON m.id = d.member_id WHERE d.message_id = ?1"
                        + " GROUP BY m.org_path, d.channel, d.status")
                .setParameter(1, messageId)
                .getResultList())
        .stream()
            .map(
                r ->
                    new Object[] {
                      r[0],
                      Channel.valueOf(r[1].toString()),
                      DeliveryStatus.valueOf(r[2].toString()),
                      ((Number) r[3]).longValue()
                    })
            .toList();
  }

  @Override
  public List<Object[]> problems(Long messageId, int max) {
    return em.createQuery(
            "SELECT d.memberId, m.name, d.channel, d.status, d.answer FROM Delivery d, PartyMember m"
                + " WHERE m.id = d.memberId AND d.messageId = :id AND d.status IN :bad"
                + " ORDER BY d.id",
            Object[].class)
        .setParameter("id", messageId)
        .setParameter("bad", List.of(DeliveryStatus.FAILED, DeliveryStatus.UNCERTAIN))
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public int resend(Long messageId, Instant now) {
    return em.createQuery(
            "UPDATE Delivery d SET d.status = :pending, d.attempts = 0, d.nextAt = :now,"
                + " d.answer = NULL, d.claimedBy = NULL, d.doneAt = NULL"
                + " WHERE d.messageId = :id AND d.status IN :bad")
        .setParameter("pending", DeliveryStatus.PENDING)
        .setParameter("now", now)
        .setParameter("id", messageId)
        .setParameter("bad", List.of(DeliveryStatus.FAILED, DeliveryStatus.UNCERTAIN))
        .executeUpdate();
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
