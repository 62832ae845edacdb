package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.account.AccountRepository;
import cn.dangjian.domain.account.LoginGuard;
import cn.dangjian.domain.account.SignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  @PersistenceContext(unitName = "dangjian")
  private EntityManager em;

  @Override
  public Optional<SignIn> signIn(String tokenHash) {
    return Optional.ofNullable(em.find(SignIn.class, tokenHash));
  }

  @Override
  public void store(SignIn signIn) {
    em.persist(signIn);
  }

  @Override
  public Optional<LoginGuard> guardForUpdate(String userId) {
    return Optional.ofNullable(em.find(LoginGuard.class, userId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<LoginGuard> guard(String userId) {
    return Optional.ofNullable(em.find(LoginGuard.class, userId));
  }

  @Override
  public void store(LoginGuard guard) {
    em.persist(guard);
  }

  @Override
  public int forget(String userId, Instant before) {
    return em.createQuery(
            "DELETE FROM SignIn s WHERE s.userId = :u AND (s.endedAt < :b OR s.startedAt < :b)")
        .setParameter("u", userId)
        .setParameter("b", before)
        .executeUpdate();
  }
}
