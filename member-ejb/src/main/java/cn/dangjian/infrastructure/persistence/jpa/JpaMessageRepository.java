package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.Employment;
import cn.dangjian.domain.member.MemberKind;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
                + " AND m.category <> :notice AND m.sendAt >= :from AND m.sendAt < :to"
                + " ORDER BY m.sendAt, m.id",
            Message.class);
    p.bind(q);
    return q.setParameter("notice", MessageCategory.NOTICE)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(max)
        .getResultList();
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
    return fanOut(m, Channel.APP, DeliveryStatus.SENT, "", null, at, on);
  }

  @Override
  public int addToOutbox(Message m, Channel channel, Instant at, LocalDate on) {
    return fanOut(m, channel, DeliveryStatus.PENDING, chose(channel), null, at, on);
  }

  /** The members who chose the channel. */
  private static String chose(Channel channel) {
    String column =
        switch (channel) {
          case SMS -> "sms";
          case EMAIL -> "email";
          case WECOM -> "wecom";
          case DINGTALK -> "dingtalk";
          default -> throw new IllegalArgumentException("no member chooses " + channel);
        };
    return " JOIN message_preference p ON p.member_id = m.id AND p." + column + " = TRUE";
  }

  @Override
  public int deliverTo(
      Message m, Collection<Long> people, Collection<Channel> channels, Instant at) {
    if (people.isEmpty()) {
      return 0;
    }
    em.flush(); // the message's row, before the deliveries that refer to it
    // ids are numbers: written into the statement, whatever their count
    String ids = people.stream().map(Object::toString).collect(Collectors.joining(","));
    int inboxes = fanOut(m, Channel.APP, DeliveryStatus.SENT, "", ids, at, null);
    for (Channel c : channels) {
      if (c.isChosen()) {
        fanOut(m, c, DeliveryStatus.PENDING, chose(c), ids, at, null);
      }
    }
    return inboxes;
  }

  @Override
  public int addToGroups(Message m, Channel channel, Collection<String> codes, Instant at) {
    if (codes.isEmpty() || m.getAudience() != MemberKind.ALL) {
      return 0; // a group chat holds all of its organization's members, not one kind of them
    }
    List<Long> groups =
        em.createQuery(
                "SELECT o.id FROM Organization o WHERE o.path LIKE :path"
                    + " AND o.dissolvedOn IS NULL AND o.code IN :codes",
                Long.class)
            .setParameter("path", m.getOrgPath() + "%")
            .setParameter("codes", codes)
            .getResultList();
    for (Long org : groups) {
      Delivery d = Delivery.toGroup(m.getId(), org, channel, at);
      em.persist(d);
    }
    return groups.size();
  }

  /**
   * One statement, whatever the audience's size; the unique key keeps each person to one. The
   * people are the message's audience, or those of {@code ids} where given.
   */
  private int fanOut(
      Message m,
      Channel channel,
      DeliveryStatus status,
      String join,
      String ids,
      Instant at,
      LocalDate on) {
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
                    + (ids != null
                        ? " WHERE m.id IN (" + ids + ")"
                        : " WHERE m.org_path LIKE ?2" + kind))
            .setParameter(1, Timestamp.from(at));
    if (ids == null) {
      insert.setParameter(2, m.getOrgPath() + "%");
    }
    if (ids == null && kind.contains("?3")) {
      insert.setParameter(3, on);
    }
    return insert.executeUpdate();
  }

  @Override
  public void takeOutboxTurn() {
    em.createNativeQuery("UPDATE message_outbox_turn SET taken_at = CURRENT_TIMESTAMP WHERE id = 1")
        .executeUpdate();
  }

  @Override
  public int expireClaims(Channel channel, Instant before) {
    takeOutboxTurn();
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
  public List<Delivery> claim(
      Channel channel, Instant now, String token, int max, int parts, int part) {
    takeOutboxTurn();
    List<Long> due =
        em.createQuery(
                "SELECT d.id FROM Delivery d WHERE d.channel = :c AND d.status = :pending"
                    + " AND d.nextAt <= :now AND MOD(d.memberId, :parts) = :part ORDER BY d.id",
                Long.class)
            .setParameter("c", channel)
            .setParameter("pending", DeliveryStatus.PENDING)
            .setParameter("now", now)
            .setParameter("parts", parts)
            .setParameter("part", part)
            .setMaxResults(max)
            .getResultList();
    return claim(due, now, token);
  }

  @Override
  public List<Delivery> claimPerGroup(
      Channel channel, Instant now, Instant wallNow, String token, int perMinute, int max) {
    takeOutboxTurn();
    List<Long> due =
        em.createQuery(
                "SELECT MIN(d.id) FROM Delivery d WHERE d.channel = :c AND d.status = :pending"
                    + " AND d.nextAt <= :now AND d.organizationId NOT IN"
                    + " (SELECT e.organizationId FROM Delivery e WHERE e.channel = :c"
                    + " AND e.postedAt > :since GROUP BY e.organizationId"
                    + " HAVING COUNT(e) >= :limit)"
                    + " GROUP BY d.organizationId",
                Long.class)
            .setParameter("c", channel)
            .setParameter("pending", DeliveryStatus.PENDING)
            .setParameter("now", now)
            .setParameter("since", wallNow.minusSeconds(60))
            .setParameter("limit", (long) perMinute)
            .setMaxResults(max)
            .getResultList();
    List<Delivery> claimed = claim(due, now, token);
    if (!claimed.isEmpty()) {
      em.createQuery("UPDATE Delivery d SET d.postedAt = :wall WHERE d.id IN :ids")
          .setParameter("wall", wallNow)
          .setParameter("ids", claimed.stream().map(Delivery::getId).toList())
          .executeUpdate();
    }
    return claimed;
  }

  private List<Delivery> claim(List<Long> due, Instant now, String token) {
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
    // read back by the ids tried, not by the token: a scan would wait on the rows other workers
    // hold, while they wait on these (a deadlock Derby found with six runs at once)
    return em.createQuery(
            "SELECT d FROM Delivery d WHERE d.id IN :ids AND d.claimedBy = :t"
                + " AND d.status = :sending ORDER BY d.id",
            Delivery.class)
        .setParameter("ids", due)
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
    takeOutboxTurn();
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
  public List<Delivery> uncertain(
      Channel channel, Instant claimedBefore, Instant now, Instant askAgain, int max) {
    takeOutboxTurn();
    List<Delivery> taken =
        em.createQuery(
                "SELECT d FROM Delivery d WHERE d.channel = :c AND d.status = :uncertain"
                    + " AND d.claimedAt < :before AND (d.answer IS NULL OR d.answer <> :asked)"
                    + " AND d.nextAt <= :now ORDER BY d.id",
                Delivery.class)
            .setParameter("c", channel)
            .setParameter("uncertain", DeliveryStatus.UNCERTAIN)
            .setParameter("before", claimedBefore)
            .setParameter("asked", UNCONFIRMED)
            .setParameter("now", now)
            .setMaxResults(max)
            .getResultList();
    if (!taken.isEmpty()) {
      // an uncertain delivery's next time is the next question about it (runs at once ask apart)
      em.createQuery("UPDATE Delivery d SET d.nextAt = :again WHERE d.id IN :ids")
          .setParameter("again", askAgain)
          .setParameter("ids", taken.stream().map(Delivery::getId).toList())
          .executeUpdate();
    }
    return taken;
  }

  @Override
  public void resolve(Long deliveryId, DeliveryStatus status, Instant at, String answer) {
    takeOutboxTurn();
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
  public Map<Long, String> addresses(Channel channel, Collection<Long> recipients) {
    String jpql =
        switch (channel) {
          case SMS -> "SELECT m.id, m.phone FROM PartyMember m WHERE m.id IN :ids";
          case EMAIL ->
              "SELECT p.memberId, p.emailAddress FROM MessagePreference p WHERE p.memberId IN :ids";
          case WECOM ->
              "SELECT p.memberId, p.wecomAccount FROM MessagePreference p WHERE p.memberId IN :ids";
          case DINGTALK ->
              "SELECT p.memberId, p.dingtalkAccount FROM MessagePreference p"
                  + " WHERE p.memberId IN :ids";
          case WECOM_GROUP, DINGTALK_GROUP ->
              "SELECT o.id, o.code FROM Organization o WHERE o.id IN :ids";
          default -> throw new IllegalArgumentException("no address for " + channel);
        };
    Map<Long, String> found = new HashMap<>();
    for (Object[] row :
        em.createQuery(jpql, Object[].class).setParameter("ids", recipients).getResultList()) {
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
    takeOutboxTurn();
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
  public void cancelPending(Long memberId, Channel channel, Instant now) {
    takeOutboxTurn();
    em.createQuery(
            "UPDATE Delivery d SET d.status = :cancelled, d.doneAt = :now, d.answer = :why"
                + " WHERE d.memberId = :m AND d.channel = :c AND d.status = :pending")
        .setParameter("cancelled", DeliveryStatus.CANCELLED)
        .setParameter("now", now)
        .setParameter("why", "delivery.cancelled")
        .setParameter("m", memberId)
        .setParameter("c", channel)
        .setParameter("pending", DeliveryStatus.PENDING)
        .executeUpdate();
  }

  @Override
  public Map<Long, Long> sentSince(Channel channel, Collection<Long> memberIds, Instant since) {
    Map<Long, Long> sent = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT d.memberId, COUNT(d) FROM Delivery d WHERE d.memberId IN :ids"
                    + " AND d.channel = :c AND d.status IN :gone AND d.claimedAt >= :since"
                    + " GROUP BY d.memberId",
                Object[].class)
            .setParameter("ids", memberIds)
            .setParameter("c", channel)
            .setParameter("gone", List.of(DeliveryStatus.SENT, DeliveryStatus.UNCERTAIN))
            .setParameter("since", since)
            .getResultList()) {
      sent.put((Long) row[0], ((Number) row[1]).longValue());
    }
    return sent;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Object[]> countsByPath(Long messageId) {
    return ((List<Object[]>)
            em.createNativeQuery(
                    "SELECT COALESCE(m.org_path, o.path), d.channel, d.status, COUNT(*)"
                        + " FROM message_delivery d LEFT JOIN member m ON m.id = d.member_id"
                        + " LEFT JOIN organization o ON o.id = d.organization_id"
                        + " WHERE d.message_id = ?1"
                        + " GROUP BY COALESCE(m.org_path, o.path), d.channel, d.status")
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
            "SELECT d.memberId, m.name, o.name, d.channel, d.status, d.answer FROM Delivery d"
                + " LEFT JOIN PartyMember m ON m.id = d.memberId"
                + " LEFT JOIN Organization o ON o.id = d.organizationId"
                + " WHERE d.messageId = :id AND d.status IN :bad ORDER BY d.id",
            Object[].class)
        .setParameter("id", messageId)
        .setParameter("bad", List.of(DeliveryStatus.FAILED, DeliveryStatus.UNCERTAIN))
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public int resend(Long messageId, Instant now) {
    takeOutboxTurn();
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
