package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.duty.DutyRepository;
import cn.dangjian.domain.duty.DutyTemplate;
import cn.dangjian.domain.duty.MemberDuty;
import cn.dangjian.domain.duty.Post;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDutyRepository implements DutyRepository {
  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public void store(DutyTemplate t) {
    em.persist(t);
  }

  @Override
  public void remove(DutyTemplate t) {
    em.remove(t);
  }

  @Override
  public List<DutyTemplate> writtenBy(Collection<String> paths) {
    if (paths.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT t FROM DutyTemplate t JOIN FETCH t.organization WHERE t.orgPath IN :paths",
            DutyTemplate.class)
        .setParameter("paths", paths)
        .getResultList();
  }

  @Override
  public List<DutyTemplate> writtenUnder(String path) {
    return em.createQuery(
            "SELECT t FROM DutyTemplate t JOIN FETCH t.organization WHERE t.orgPath LIKE :path",
            DutyTemplate.class)
        .setParameter("path", path + "%")
        .getResultList();
  }

  @Override
  public Optional<DutyTemplate> template(Long ownerId, Post post) {
    return em
        .createQuery(
            "SELECT t FROM DutyTemplate t WHERE t.organization.id = :org AND t.written.postKey = :key",
            DutyTemplate.class)
        .setParameter("org", ownerId)
        .setParameter("key", post.key())
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void store(MemberDuty d) {
    em.persist(d);
  }

  @Override
  public void remove(MemberDuty d) {
    em.remove(d);
  }

  @Override
  public List<MemberDuty> ofMember(Long memberId) {
    return em.createQuery("SELECT d FROM MemberDuty d WHERE d.memberId = :m", MemberDuty.class)
        .setParameter("m", memberId)
        .getResultList();
  }
}
