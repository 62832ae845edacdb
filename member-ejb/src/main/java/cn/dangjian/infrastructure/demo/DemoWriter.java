package cn.dangjian.infrastructure.demo;

import cn.dangjian.domain.member.HistoryEntry;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.org.OrgPosition;
import cn.dangjian.domain.org.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes the demo group in short transactions so that 100,000 members never sit in one. */
@ApplicationScoped
public class DemoWriter {

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  public long organizationCount() {
    return em.createQuery("SELECT COUNT(o) FROM Organization o", Long.class).getSingleResult();
  }

  /** Persists the tree top-down; returns the ids in the order of {@code nodes}. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Long> writeTree(List<DemoGroupGenerator.OrgSeed> nodes) {
    Organization[] made = new Organization[nodes.size()];
    for (int i = 0; i < nodes.size(); i++) {
      var n = nodes.get(i);
      Organization parent = n.parentIndex() < 0 ? null : made[n.parentIndex()];
      Organization o = new Organization(n.code(), n.name(), n.kind(), parent, n.foundedOn());
      em.persist(o);
      o.placeUnder(parent);
      made[i] = o;
    }
    em.flush();
    return Arrays.stream(made).map(Organization::getId).toList();
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void writeMembers(List<DemoGroupGenerator.MemberSeed> seeds, String recordedBy, Instant at) {
    Map<Long, Organization> orgs = new HashMap<>();
    for (var s : seeds) {
      Organization branch = orgs.computeIfAbsent(s.organizationId(), id -> em.find(Organization.class, id));
      Member m = new Member(s.data(), branch);
      if (s.account() != null) {
        m.linkAccount(s.account());
      }
      em.persist(m);
      for (var p : s.posts()) {
        em.persist(new OrgPosition(orgs.computeIfAbsent(p.organizationId(), id -> em.find(Organization.class, id)), m,
            p.role(), p.since()));
      }
      for (var h : s.history()) {
        em.persist(new HistoryEntry(m, h.kind(), h.start(), h.end(), h.title(), h.subtype(), null, recordedBy, at));
      }
    }
  }
}
