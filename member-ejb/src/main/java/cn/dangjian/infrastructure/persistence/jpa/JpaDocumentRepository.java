package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.document.Document;
import cn.dangjian.domain.document.DocumentInfo;
import cn.dangjian.domain.document.DocumentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

  @PersistenceContext(unitName = "dangjian")
  private EntityManager em;

  @Override
  public Optional<Document> find(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(Document.class, id));
  }

  @Override
  public List<DocumentInfo> listed(String ownerType, Collection<Long> ownerIds) {
    if (ownerIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT NEW cn.dangjian.domain.document.DocumentInfo(d.id, d.ownerId, d.fileName, d.type, d.size)"
                + " FROM Document d WHERE d.ownerType = :t AND d.ownerId IN :ids ORDER BY d.id",
            DocumentInfo.class)
        .setParameter("t", ownerType)
        .setParameter("ids", List.copyOf(ownerIds))
        .getResultList();
  }

  @Override
  public void store(Document d) {
    em.persist(d);
  }
}
