package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.transfer.Transfer;
import cn.dangjian.domain.transfer.TransferRepository;
import cn.dangjian.domain.transfer.TransferState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class JpaTransferRepository implements TransferRepository {
  private static final List<TransferState> OPEN =
      List.of(TransferState.REQUESTED, TransferState.LETTER_ISSUED);

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public void store(Transfer transfer) {
    em.persist(transfer);
    em.flush();
    transfer.number();
  }

  @Override
  public List<Transfer> open(Long memberId) {
    return em.createQuery(
            "SELECT t FROM Transfer t WHERE t.memberId = :m AND t.state IN :open", Transfer.class)
        .setParameter("m", memberId)
        .setParameter("open", OPEN)
        .getResultList();
  }

  @Override
  public List<Transfer> of(String path, int recent) {
    String touches = "(t.fromPath LIKE :p OR t.toPath LIKE :p)";
    List<Transfer> all =
        new ArrayList<>(
            em.createQuery(
                    "SELECT t FROM Transfer t WHERE "
                        + touches
                        + " AND t.state IN :open ORDER BY t.on, t.id",
                    Transfer.class)
                .setParameter("p", path + "%")
                .setParameter("open", OPEN)
                .getResultList());
    all.addAll(
        em.createQuery(
                "SELECT t FROM Transfer t WHERE "
                    + touches
                    + " AND t.state NOT IN :open ORDER BY t.id DESC",
                Transfer.class)
            .setParameter("p", path + "%")
            .setParameter("open", OPEN)
            .setMaxResults(recent)
            .getResultList());
    return all;
  }
}
