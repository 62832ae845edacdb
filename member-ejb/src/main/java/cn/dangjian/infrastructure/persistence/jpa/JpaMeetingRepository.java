package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.education.Presence;
import cn.dangjian.domain.meeting.Meeting;
import cn.dangjian.domain.meeting.MeetingKind;
import cn.dangjian.domain.meeting.MeetingReminder;
import cn.dangjian.domain.meeting.MeetingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class JpaMeetingRepository implements MeetingRepository {
  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public void store(Meeting meeting) {
    em.persist(meeting);
  }

  @Override
  public void store(MeetingReminder reminder) {
    em.persist(reminder);
  }

  @Override
  public Set<Long> heldBy(MeetingKind kind, LocalDate from, LocalDate to) {
    return new HashSet<>(
        em.createQuery(
                "SELECT DISTINCT m.organization.id FROM Meeting m WHERE m.kind = :k"
                    + " AND m.heldOn >= :from AND m.heldOn <= :to",
                Long.class)
            .setParameter("k", kind)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList());
  }

  @Override
  public Set<Long> meetingSince(String path, LocalDate from) {
    return new HashSet<>(
        em.createQuery(
                "SELECT DISTINCT m.organization.id FROM Meeting m"
                    + " WHERE m.orgPath LIKE :p AND m.heldOn >= :from",
                Long.class)
            .setParameter("p", path + "%")
            .setParameter("from", from)
            .getResultList());
  }

  @Override
  public Set<Long> presentSince(String path, LocalDate from) {
    return new HashSet<>(
        em.createQuery(
                "SELECT DISTINCT a.memberId FROM Meeting m JOIN m.attendance a, PartyMember pm"
                    + " WHERE pm.id = a.memberId AND pm.orgPath LIKE :p AND m.heldOn >= :from"
                    + " AND a.presence = :present",
                Long.class)
            .setParameter("p", path + "%")
            .setParameter("from", from)
            .setParameter("present", Presence.PRESENT)
            .getResultList());
  }

  @Override
  public Set<Long> reminded(MeetingKind kind, String period) {
    return new HashSet<>(
        em.createQuery(
                "SELECT r.organizationId FROM MeetingReminder r WHERE r.kind = :k AND r.period = :p",
                Long.class)
            .setParameter("k", kind)
            .setParameter("p", period)
            .getResultList());
  }

  @Override
  public List<Meeting> of(Long organizationId, LocalDate from, LocalDate to) {
    return em.createQuery(
            "SELECT m FROM Meeting m WHERE m.organization.id = :o"
                + " AND m.heldOn >= :from AND m.heldOn <= :to ORDER BY m.heldOn, m.id",
            Meeting.class)
        .setParameter("o", organizationId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public List<Meeting> inSubtree(String path, LocalDate from, LocalDate to) {
    return em.createQuery(
            "SELECT m FROM Meeting m WHERE m.orgPath LIKE :p"
                + " AND m.heldOn >= :from AND m.heldOn <= :to ORDER BY m.heldOn, m.id",
            Meeting.class)
        .setParameter("p", path + "%")
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }
}
