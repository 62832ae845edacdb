package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.shared.Scope;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link Scope} into a JPQL predicate over an organization path expression ({@code o.path},
 * or a member's copy {@code m.orgPath}) and, for a member's own record, a member alias.
 */
final class ScopePredicate {
  private final String jpql;
  private final List<Object[]> params = new ArrayList<>();

  ScopePredicate(Scope scope, String pathExpression, String memberAlias) {
    if (scope.all()) {
      jpql = "1 = 1";
      return;
    }
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < scope.subtreePaths().size(); i++) {
      terms.add(pathExpression + " LIKE :scope" + i);
      params.add(new Object[] {"scope" + i, scope.subtreePaths().get(i) + "%"});
    }
    if (memberAlias != null && scope.selfMemberId() != null) {
      terms.add(memberAlias + ".id = :scopeSelf");
      params.add(new Object[] {"scopeSelf", scope.selfMemberId()});
    }
    jpql = terms.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", terms) + ")";
  }

  String jpql() {
    return jpql;
  }

  void bind(Query q) {
    for (Object[] p : params) {
      q.setParameter((String) p[0], p[1]);
    }
  }
}
