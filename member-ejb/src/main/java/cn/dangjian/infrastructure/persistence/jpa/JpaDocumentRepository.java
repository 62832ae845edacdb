package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.document.Document;
import cn.dangjian.domain.document.DocumentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
  public void store(Document d) {
    em.persist(d);
  }
}
