package cn.dangjian.interfaces.recruitment.web;

import java.util.HashMap;
import java.util.Map;

/** The fields of a person's particulars (WEB-INF/particulars.xhtml) as the services name them. */
final class Particulars {
  private Particulars() {}

  /** Each particular under its own name, then the form's other fields as field, input pairs. */
  static Map<String, String> fieldsAnd(String... more) {
    Map<String, String> m = new HashMap<>();
    for (String f :
        new String[] {
          "name", "sex", "citizenId", "ethnicity", "birthDate", "education", "phone", "jobPost"
        }) {
      m.put(f, f);
    }
    for (int i = 0; i + 1 < more.length; i += 2) {
      m.put(more[i], more[i + 1]);
    }
    return m;
  }
}
