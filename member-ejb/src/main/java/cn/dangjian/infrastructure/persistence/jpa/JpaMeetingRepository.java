package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.meeting.Meeting;
import cn.dangjian.domain.meeting.MeetingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class JpaMeetingRepository implements MeetingRepository {
  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public void store(Meeting meeting) {
    em.persist(meeting);
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
