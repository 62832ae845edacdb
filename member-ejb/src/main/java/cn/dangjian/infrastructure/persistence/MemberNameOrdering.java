package cn.dangjian.infrastructure.persistence;

import cn.dangjian.domain.member.NameOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives the members chosen by {@code which} (a condition on member) their {@link NameOrder} key.
 */
class MemberNameOrdering extends CodedMigration {
  private final String which;

  MemberNameOrdering(String version, String description, String which) {
    super(version, description);
    this.which = which;
  }

  /** The members written before pinyin order. */
  static MemberNameOrdering first() {
    return new MemberNameOrdering("2026.11.28.0211", "member name order", "name_key IS NULL");
  }

  /** Every member again, once the key came to be primary weights only (searchable by prefix). */
  static MemberNameOrdering byPrimaryWeights() {
    return new MemberNameOrdering("2026.11.28.0500", "member name order by prefix", "1 = 1");
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement q = c.prepareStatement("SELECT id, name FROM member WHERE " + which);
        ResultSet r = q.executeQuery()) {
      while (r.next()) {
        rows.add(new Object[] {r.getLong(1), r.getString(2)});
      }
    }
    update(
        c,
        "UPDATE member SET name_key = ? WHERE id = ?",
        rows.stream().map(r -> new Object[] {NameOrder.key((String) r[1]), r[0]}).toList());
  }
}
