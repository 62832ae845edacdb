package cn.dangjian.infrastructure.persistence;

import cn.dangjian.domain.member.NameOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/** Gives every member written before pinyin order its {@link NameOrder} key. */
class MemberNameOrdering extends CodedMigration {
  MemberNameOrdering() {
    super("2026.11.28.0211", "member name order");
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement q =
            c.prepareStatement("SELECT id, name FROM member WHERE name_key IS NULL");
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
