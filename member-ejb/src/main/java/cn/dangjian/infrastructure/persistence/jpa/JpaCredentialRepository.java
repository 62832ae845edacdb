package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.credential.Credential;
import cn.dangjian.domain.credential.CredentialRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCredentialRepository implements CredentialRepository {
  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public void store(Credential credential) {
    em.persist(credential);
    credential.number();
  }

  @Override
  public Optional<Credential> byNumber(String number) {
    return em.createQuery("SELECT c FROM Credential c WHERE c.number = :n", Credential.class)
        .setParameter("n", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Credential> ofMember(Long memberId) {
    return em.createQuery(
            "SELECT c FROM Credential c WHERE c.memberId = :m ORDER BY c.issuedAt DESC, c.id DESC",
            Credential.class)
        .setParameter("m", memberId)
        .getResultList();
  }

  @Override
  public List<Credential> unrevoked(Long memberId) {
    return em.createQuery(
            "SELECT c FROM Credential c WHERE c.memberId = :m AND c.revocation IS NULL",
            Credential.class)
        .setParameter("m", memberId)
        .getResultList();
  }
}
