package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.audit.AuditEntry;
import cn.dangjian.domain.audit.AuditFilter;
import cn.dangjian.domain.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

  @PersistenceContext(unitName = "dangjian")
  private EntityManager em;

  @Override
  public void append(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<AuditEntry> find(AuditFilter filter, int first, int max) {
    // By time, not id: with several servers each allocates ids in its own blocks.
    return query(
            "SELECT a FROM AuditEntry a",
            filter,
            " ORDER BY a.at DESC, a.id DESC",
            AuditEntry.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<AuditEntry> after(AuditFilter filter, AuditEntry after, int max) {
    Map<String, Object> params = new LinkedHashMap<>();
    List<String> where = new ArrayList<>();
    if (after != null) {
      where.add("(a.at < :afterAt OR (a.at = :afterAt AND a.id < :afterId))");
      params.put("afterAt", after.getAt());
      params.put("afterId", after.getId());
    }
    return query(
            "SELECT a FROM AuditEntry a",
            filter,
            where,
            params,
            " ORDER BY a.at DESC, a.id DESC",
            AuditEntry.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long count(AuditFilter filter) {
    return query("SELECT COUNT(a) FROM AuditEntry a", filter, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> query(String select, AuditFilter f, String order, Class<T> type) {
    return query(select, f, new ArrayList<>(), new LinkedHashMap<>(), order, type);
  }

  private <T> TypedQuery<T> query(
      String select,
      AuditFilter f,
      List<String> where,
      Map<String, Object> params,
      String order,
      Class<T> type) {
    add(where, params, "a.at >= :from", "from", f.from());
    add(where, params, "a.at < :to", "to", f.to());
    add(where, params, "a.actor = :actor", "actor", f.actor());
    add(where, params, "a.entityType = :type", "type", f.entityType());
    add(where, params, "a.entityId = :id", "id", f.entityId());
    add(where, params, "a.action = :action", "action", f.action());
    TypedQuery<T> q =
        em.createQuery(
            select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + order,
            type);
    params.forEach(q::setParameter);
    return q;
  }

  private static void add(
      List<String> where, Map<String, Object> params, String term, String name, Object value) {
    if (value != null) {
      where.add(term);
      params.put(name, value);
    }
  }
}
