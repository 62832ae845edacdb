package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.audit.AuditEntry;
import cn.dangjian.domain.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

  @PersistenceContext(unitName = "dangjian")
  private EntityManager em;

  @Override
  public void append(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<AuditEntry> latest(String entityType, String entityId, AuditAction action, int first, int max) {
    Query q = em.createQuery("SELECT a FROM AuditEntry a WHERE " + where(entityType, entityId, action)
        + " ORDER BY a.id DESC", AuditEntry.class);
    bind(q, entityType, entityId, action);
    return q.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long count(String entityType, String entityId, AuditAction action) {
    Query q = em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE " + where(entityType, entityId, action));
    bind(q, entityType, entityId, action);
    return ((Number) q.getSingleResult()).longValue();
  }

  private static String where(String type, String id, AuditAction action) {
    List<String> t = new ArrayList<>();
    t.add("1 = 1");
    if (type != null) {
      t.add("a.entityType = :type");
    }
    if (id != null) {
      t.add("a.entityId = :id");
    }
    if (action != null) {
      t.add("a.action = :action");
    }
    return String.join(" AND ", t);
  }

  private static void bind(Query q, String type, String id, AuditAction action) {
    if (type != null) {
      q.setParameter("type", type);
    }
    if (id != null) {
      q.setParameter("id", id);
    }
    if (action != null) {
      q.setParameter("action", action);
    }
  }
}
