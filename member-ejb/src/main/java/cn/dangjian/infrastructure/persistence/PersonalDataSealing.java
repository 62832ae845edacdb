package cn.dangjian.infrastructure.persistence;

import cn.dangjian.domain.shared.DataKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.Context;

/**
 * Seals the citizen ids and phone numbers written before sealing existed, and gives each citizen id
 * its keyed index, between the SQL migrations that widen the columns and make the index unique.
 */
class PersonalDataSealing extends CodedMigration {
  private static final Logger LOG = Logger.getLogger(PersonalDataSealing.class.getName());

  private final DataKey key;

  PersonalDataSealing(DataKey key) {
    super("2026.11.28.0201", "shared personal data sealed");
    this.key = key;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    for (String table : List.of("member", "recruitment_case")) {
      long started = System.nanoTime();
      int rows = seal(c, table);
      LOG.info(
          () ->
              String.format(
                  "Sealed the citizen ids and phone numbers of %d %s rows in %d ms",
                  rows, table, (System.nanoTime() - started) / 1_000_000));
    }
  }

  private int seal(Connection c, String table) throws SQLException {
    List<String[]> plain = new ArrayList<>();
    try (PreparedStatement q =
            c.prepareStatement(
                "SELECT id, citizen_id, phone FROM " + table + " WHERE citizen_id_key IS NULL");
        ResultSet r = q.executeQuery()) {
      while (r.next()) {
        plain.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
      }
    }
    update(
        c,
        "UPDATE " + table + " SET citizen_id = ?, citizen_id_key = ?, phone = ? WHERE id = ?",
        plain.stream()
            .map(
                row ->
                    new Object[] {
                      key.seal(row[1]),
                      key.lookupKey(row[1]),
                      key.seal(row[2]),
                      Long.parseLong(row[0])
                    })
            .toList());
    return plain.size();
  }
}
