package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.recruitment.Opinion;
import cn.dangjian.domain.recruitment.Prospect;
import cn.dangjian.domain.recruitment.ProspectRepository;
import cn.dangjian.domain.recruitment.ProspectState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProspectRepository implements ProspectRepository {
  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public Optional<Prospect> find(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(Prospect.class, id));
  }

  @Override
  public Optional<Prospect> findByCitizenId(String citizenId) {
    return em.createQuery("SELECT p FROM Prospect p WHERE p.citizenIdKey = :k", Prospect.class)
        .setParameter("k", citizenId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Prospect> ofCase(Long caseId) {
    return em.createQuery("SELECT p FROM Prospect p WHERE p.caseId = :c", Prospect.class)
        .setParameter("c", caseId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Prospect> inSubtree(String path, int max) {
    return em.createQuery(
            "SELECT p FROM Prospect p JOIN FETCH p.organization WHERE p.orgPath LIKE :path"
                + " ORDER BY CASE WHEN p.state = :sight THEN 0 ELSE 1 END, p.closedOn DESC,"
                + " p.since, p.id",
            Prospect.class)
        .setParameter("path", path + "%")
        .setParameter("sight", ProspectState.IN_SIGHT)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void store(Prospect prospect) {
    em.persist(prospect);
  }

  @Override
  public void store(Opinion opinion) {
    em.persist(opinion);
  }

  @Override
  public List<Opinion> opinions(Long prospectId, Long caseId) {
    return em.createQuery(
            "SELECT o FROM Opinion o WHERE o.prospectId = :p OR o.caseId = :c"
                + " ORDER BY o.givenOn, o.id",
            Opinion.class)
        .setParameter("p", prospectId == null ? -1L : prospectId)
        .setParameter("c", caseId == null ? -1L : caseId)
        .getResultList();
  }
}
