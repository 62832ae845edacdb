package cn.dangjian.interfaces.member.web;

import cn.dangjian.application.member.MemberService;
import cn.dangjian.application.org.OrgNode;
import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.Employment;
import cn.dangjian.domain.member.MemberData;
import cn.dangjian.domain.member.MemberQuery;
import cn.dangjian.domain.member.MemberQuery.SortField;
import cn.dangjian.domain.member.MemberRow;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The roster (花名册): filters, sorting and paging all happen in the database. */
@Named
@ViewScoped
public class RosterView implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB MemberService members;

  private String name;
  private OrgNode org;
  private Category category;
  private Employment employment;
  private Boolean frontline;
  private Boolean mobile;
  private Boolean lostContact;
  private final Model model = new Model();

  /** The query the filters describe; the export uses the same. */
  public MemberQuery query() {
    return new MemberQuery(
        MemberData.trimToNull(name),
        getOrgId(),
        category,
        employment,
        frontline,
        mobile,
        lostContact,
        null,
        SortField.NAME,
        false);
  }

  public void reset() {
    name = null;
    org = null;
    category = null;
    employment = null;
    frontline = null;
    mobile = null;
    lostContact = null;
  }

  /** Whether the download holds the full citizen ids (masked otherwise; audited either way). */
  private boolean fullCitizenIds;

  public boolean isFullCitizenIds() {
    return fullCitizenIds;
  }

  public void setFullCitizenIds(boolean fullCitizenIds) {
    this.fullCitizenIds = fullCitizenIds;
  }

  /** The export links carry the filters so that a download shows what the table shows. */
  public String getExportQuery() {
    StringBuilder q = new StringBuilder();
    append(q, "name", MemberData.trimToNull(name));
    append(q, "org", getOrgId());
    append(q, "category", category);
    append(q, "employment", employment);
    append(q, "frontline", frontline);
    append(q, "mobile", mobile);
    append(q, "lostContact", lostContact);
    append(q, "citizenIds", fullCitizenIds ? "full" : null);
    return q.toString();
  }

  private static void append(StringBuilder q, String key, Object value) {
    if (value != null) {
      q.append(q.isEmpty() ? "" : "&")
          .append(key)
          .append('=')
          .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
    }
  }

  final class Model extends LazyDataModel<MemberRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) members.count(query());
    }

    @Override
    public List<MemberRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      MemberQuery q = query();
      for (SortMeta s : sortBy.values()) {
        q = q.sortedBy(sortField(s.getField()), s.getOrder() == SortOrder.DESCENDING);
      }
      return members.search(q, first, pageSize);
    }

    @Override
    public String getRowKey(MemberRow row) {
      return String.valueOf(row.id());
    }

    @Override
    public MemberRow getRowData(String rowKey) {
      return null;
    }
  }

  private static SortField sortField(String field) {
    return switch (field) {
      case "birthDate" -> SortField.BIRTH_DATE;
      case "joinDate" -> SortField.JOIN_DATE;
      case "organizationName" -> SortField.ORGANIZATION;
      default -> SortField.NAME;
    };
  }

  public LazyDataModel<MemberRow> getModel() {
    return model;
  }

  public Category[] getCategories() {
    return Category.values();
  }

  public Employment[] getEmployments() {
    return Employment.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getOrgId() {
    return org == null ? null : org.id();
  }

  public OrgNode getOrg() {
    return org;
  }

  public void setOrg(OrgNode org) {
    this.org = org;
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }

  public Employment getEmployment() {
    return employment;
  }

  public void setEmployment(Employment employment) {
    this.employment = employment;
  }

  public Boolean getFrontline() {
    return frontline;
  }

  public void setFrontline(Boolean frontline) {
    this.frontline = frontline;
  }

  public Boolean getMobile() {
    return mobile;
  }

  public void setMobile(Boolean mobile) {
    this.mobile = mobile;
  }

  public Boolean getLostContact() {
    return lostContact;
  }

  public void setLostContact(Boolean lostContact) {
    this.lostContact = lostContact;
  }

  // The filter menus bind text, so that rendering them needs no converter lookups (measured: a
  // tenth of the page's server time went to finding converters for the enum and yes/no menus).
  public String getCategoryChoice() {
    return choice(category);
  }

  public void setCategoryChoice(String v) {
    category = v == null || v.isEmpty() ? null : Category.valueOf(v);
  }

  public String getEmploymentChoice() {
    return choice(employment);
  }

  public void setEmploymentChoice(String v) {
    employment = v == null || v.isEmpty() ? null : Employment.valueOf(v);
  }

  public String getFrontlineChoice() {
    return choice(frontline);
  }

  public void setFrontlineChoice(String v) {
    frontline = yesNo(v);
  }

  public String getMobileChoice() {
    return choice(mobile);
  }

  public void setMobileChoice(String v) {
    mobile = yesNo(v);
  }

  public String getLostContactChoice() {
    return choice(lostContact);
  }

  public void setLostContactChoice(String v) {
    lostContact = yesNo(v);
  }

  private static String choice(Object value) {
    return value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString();
  }

  private static Boolean yesNo(String v) {
    return v == null || v.isEmpty() ? null : Boolean.valueOf(v);
  }
}
