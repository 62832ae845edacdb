package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.member.AccountHolder;
import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.CitizenId;
import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.member.Employment;
import cn.dangjian.domain.member.HistoryEntry;
import cn.dangjian.domain.member.HistoryKind;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberLine;
import cn.dangjian.domain.member.MemberName;
import cn.dangjian.domain.member.MemberQuery;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.member.MemberRow;
import cn.dangjian.domain.member.NameOrder;
import cn.dangjian.domain.member.Sex;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaMemberRepository implements MemberRepository {

  private static final int IN_LIST_CHUNK = 500;
  private final MemberDerived<CountKey, Long> counts = new MemberDerived<>();
  private final MemberDerived<String, Optional<AccountHolder>> accounts = new MemberDerived<>();

  /** What a count depends on: the filters and the scope, not the order or the page. */
  record CountKey(
      String name,
      Long subtree,
      Object category,
      Object employment,
      Boolean frontline,
      Boolean mobile,
      Boolean lostContact,
      Object sex,
      Scope scope) {
    CountKey(MemberQuery q, Scope scope) {
      this(
          q.name(),
          q.subtreeOrgId(),
          q.category(),
          q.employment(),
          q.frontline(),
          q.mobile(),
          q.lostContact(),
          q.sex(),
          scope);
    }
  }

  @PersistenceContext(unitName = "dangjian")
  private EntityManager em;

  @Override
  public Optional<Member> find(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(Member.class, id));
  }

  @Override
  public Optional<AccountHolder> holderOfAccount(String account) {
    // Every request resolves its caller; the link changes only with the member record.
    return accounts.get(
        account,
        () ->
            em.createQuery(
                    "SELECT NEW cn.dangjian.domain.member.AccountHolder(m.id, m.name)"
                        + " FROM PartyMember m WHERE m.account = :a",
                    AccountHolder.class)
                .setParameter("a", account)
                .getResultStream()
                .findFirst());
  }

  @Override
  public Optional<Member> findByCitizenId(String citizenId) {
    return em.createQuery("SELECT m FROM PartyMember m WHERE m.citizenIdKey = :c", Member.class)
        .setParameter("c", citizenId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<MemberRow> search(MemberQuery query, Scope scope, int first, int max) {
    Filter f = new Filter(query, scope);
    String order =
        switch (query.sort()) {
          case BIRTH_DATE -> "m.birthDate";
          case JOIN_DATE -> "m.joinDate";
          case ORGANIZATION -> "m.orgPath";
          case NAME -> "m.nameKey";
        };
    String dir = query.descending() ? " DESC" : " ASC";
    Query q =
        em.createQuery(
            "SELECT m.id, m.name, m.sex, m.citizenId, m.birthDate, m.education, m.category,"
                + " o.id, o.name, m.joinDate, m.jobPost, m.phone, m.frontline, m.employment, m.mobile, m.lostContact,"
                + " o.depth, p.name"
                + " FROM PartyMember m JOIN m.organization o LEFT JOIN o.parent p WHERE "
                + f.where
                + " ORDER BY "
                + order
                + dir
                + ", m.id"
                + dir);
    f.bind(q);
    q.setFirstResult(first).setMaxResults(max);
    List<MemberRow> rows = new ArrayList<>();
    for (Object r : q.getResultList()) {
      Object[] c = (Object[]) r;
      rows.add(
          new MemberRow(
              (Long) c[0],
              (String) c[1],
              (Sex) c[2],
              CitizenId.mask((String) c[3]),
              (LocalDate) c[4],
              (Education) c[5],
              (Category) c[6],
              (Long) c[7],
              Organization.displayName((String) c[8], (Integer) c[16], (String) c[17]),
              (LocalDate) c[9],
              (String) c[10],
              (String) c[11],
              (Boolean) c[12],
              (Employment) c[13],
              (Boolean) c[14],
              (Boolean) c[15]));
    }
    return rows;
  }

  private static final String NAMES =
      "SELECT m.id, m.name, o.name, o.depth, p.name"
          + " FROM PartyMember m JOIN m.organization o LEFT JOIN o.parent p WHERE ";

  @Override
  public List<MemberName> names(MemberQuery query, Scope scope, int max) {
    Filter f = new Filter(query, scope);
    Query q = em.createQuery(NAMES + f.where + " ORDER BY m.nameKey, m.id");
    f.bind(q);
    return memberNames(q.setMaxResults(max).getResultList());
  }

  @Override
  public Map<Long, MemberName> namesOf(Collection<Long> ids) {
    Map<Long, MemberName> names = new HashMap<>();
    List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
    for (int i = 0; i < all.size(); i += IN_LIST_CHUNK) {
      memberNames(
              em.createQuery(NAMES + "m.id IN :ids")
                  .setParameter("ids", all.subList(i, Math.min(all.size(), i + IN_LIST_CHUNK)))
                  .getResultList())
          .forEach(n -> names.put(n.id(), n));
    }
    return names;
  }

  private static List<MemberName> memberNames(List<?> rows) {
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(
            c ->
                new MemberName(
                    (Long) c[0],
                    (String) c[1],
                    Organization.displayName((String) c[2], (Integer) c[3], (String) c[4])))
        .toList();
  }

  @Override
  public long count(MemberQuery query, Scope scope) {
    return counts.get(new CountKey(query, scope), () -> countNow(query, scope));
  }

  private long countNow(MemberQuery query, Scope scope) {
    Filter f = new Filter(query, scope);
    // The member's copy of its organization's path keeps the count free of the join.
    Query q = em.createQuery("SELECT COUNT(m) FROM PartyMember m WHERE " + f.where);
    f.bind(q);
    return ((Number) q.getSingleResult()).longValue();
  }

  @Override
  public List<Member> exportPage(MemberQuery query, Scope scope, long afterId, int max) {
    Filter f = new Filter(query, scope);
    var q =
        em.createQuery(
            "SELECT m FROM PartyMember m JOIN FETCH m.organization o WHERE "
                + f.where
                + " AND m.id > :afterId ORDER BY m.id",
            Member.class);
    f.bind(q);
    return q.setParameter("afterId", afterId).setMaxResults(max).getResultList();
  }

  @Override
  public Map<String, String> holdersOf(Collection<String> citizenIds) {
    Map<String, String> holders = new HashMap<>();
    List<String> ids = List.copyOf(citizenIds);
    for (int i = 0; i < ids.size(); i += IN_LIST_CHUNK) {
      List<Object[]> rows =
          em.createQuery(
                  "SELECT m.citizenId, m.name FROM PartyMember m WHERE m.citizenIdKey IN :ids",
                  Object[].class)
              .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + IN_LIST_CHUNK)))
              .getResultList();
      rows.forEach(r -> holders.put((String) r[0], (String) r[1]));
    }
    return holders;
  }

  @Override
  public List<MemberLine> lines(String path) {
    return em.createQuery(
            "SELECT NEW cn.dangjian.domain.member.MemberLine(m.id, m.name, o.id, o.name, m.mobile,"
                + " m.mobileSince, m.inflowOrganization, m.lostContact, m.lostContactSince, m.joinDate)"
                + " FROM PartyMember m JOIN m.organization o WHERE m.orgPath LIKE :p"
                + " ORDER BY m.orgPath, m.nameKey, m.id",
            MemberLine.class)
        .setParameter("p", path + "%")
        .getResultList();
  }

  @Override
  public Map<String, Member> byCitizenIds(Collection<String> citizenIds) {
    Map<String, Member> found = new HashMap<>();
    List<String> ids = List.copyOf(citizenIds);
    for (int i = 0; i < ids.size(); i += IN_LIST_CHUNK) {
      em.createQuery("SELECT m FROM PartyMember m WHERE m.citizenIdKey IN :ids", Member.class)
          .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + IN_LIST_CHUNK)))
          .getResultList()
          .forEach(m -> found.put(m.getCitizenId(), m));
    }
    return found;
  }

  /** The WHERE clause shared by a page and its count. */
  private final class Filter {
    final String where;
    final Map<String, Object> params = new LinkedHashMap<>();
    final ScopePredicate scope;

    Filter(MemberQuery query, Scope s) {
      scope = new ScopePredicate(s, "m.orgPath", "m");
      List<String> terms = new ArrayList<>();
      terms.add(scope.jpql());
      if (query.name() != null && !query.name().isBlank()) {
        // From the start of the name (surname first), on the key the list is ordered by: one
        // index finds the matches among 100,000 and hands them over in order.
        terms.add("m.nameKey LIKE :name");
        params.put("name", NameOrder.prefix(query.name()) + "%");
      }
      if (query.subtreeOrgId() != null) {
        String path = find(Organization.class, query.subtreeOrgId());
        terms.add("m.orgPath LIKE :subtree");
        params.put("subtree", path == null ? "-" : path + "%");
      }
      add(terms, "m.category", "category", query.category());
      add(terms, "m.employment", "employment", query.employment());
      add(terms, "m.frontline", "frontline", query.frontline());
      add(terms, "m.mobile", "mobile", query.mobile());
      add(terms, "m.lostContact", "lostContact", query.lostContact());
      add(terms, "m.sex", "sex", query.sex());
      where = String.join(" AND ", terms);
    }

    private void add(List<String> terms, String field, String param, Object value) {
      if (value != null) {
        terms.add(field + " = :" + param);
        params.put(param, value);
      }
    }

    void bind(Query q) {
      scope.bind(q);
      params.forEach(q::setParameter);
    }
  }

  private String find(Class<Organization> type, Long id) {
    Organization o = em.find(type, id);
    return o == null ? null : o.getPath();
  }

  static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  @Override
  public long countIn(Organization org) {
    return em.createQuery(
            "SELECT COUNT(m) FROM PartyMember m WHERE m.organization = :o", Long.class)
        .setParameter("o", org)
        .getSingleResult();
  }

  @Override
  public List<Member> membersOf(Organization org) {
    return em.createQuery(
            "SELECT m FROM PartyMember m WHERE m.organization = :o ORDER BY m.id", Member.class)
        .setParameter("o", org)
        .getResultList();
  }

  @Override
  public void store(Member member) {
    if (member.getId() == null) {
      em.persist(member);
    }
  }

  @Override
  public void remove(Member member) {
    em.createQuery("DELETE FROM HistoryEntry h WHERE h.member = :m")
        .setParameter("m", member)
        .executeUpdate();
    em.remove(member);
  }

  @Override
  public void store(HistoryEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<HistoryEntry> history(Member member) {
    return em.createQuery(
            "SELECT h FROM HistoryEntry h LEFT JOIN FETCH h.fromOrganization"
                + " LEFT JOIN FETCH h.toOrganization WHERE h.member = :m ORDER BY h.startDate DESC, h.id DESC",
            HistoryEntry.class)
        .setParameter("m", member)
        .getResultList();
  }

  @Override
  public List<HistoryEntry> sanctionsIn(Organization org) {
    return em.createQuery(
            "SELECT h FROM HistoryEntry h WHERE h.member.organization = :o AND h.kind = :k",
            HistoryEntry.class)
        .setParameter("o", org)
        .setParameter("k", HistoryKind.SANCTION)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("SELECT COUNT(m) FROM PartyMember m", Long.class).getSingleResult();
  }
}
