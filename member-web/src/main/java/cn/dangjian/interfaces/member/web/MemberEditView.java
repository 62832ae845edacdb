package cn.dangjian.interfaces.member.web;

import cn.dangjian.application.member.MemberDetail;
import cn.dangjian.application.member.MemberService;
import cn.dangjian.application.org.OrgNode;
import cn.dangjian.application.org.OrganizationService;
import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.CitizenId;
import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.member.Employment;
import cn.dangjian.domain.member.MemberData;
import cn.dangjian.domain.member.Sex;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * Create or edit a member. The version read with the record goes back with the save, so an edit
 * made meanwhile by someone else is reported as a conflict instead of being overwritten.
 */
@Named
@ViewScoped
public class MemberEditView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Form field ids by the domain's field names, for messages next to the field. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("name", "name"),
          Map.entry("sex", "sex"),
          Map.entry("citizenId", "citizenId"),
          Map.entry("ethnicity", "ethnicity"),
          Map.entry("birthDate", "birthDate"),
          Map.entry("education", "education"),
          Map.entry("category", "category"),
          Map.entry("organizationId", "organization"),
          Map.entry("phone", "phone"),
          Map.entry("applicationDate", "applicationDate"),
          Map.entry("joinDate", "joinDate"),
          Map.entry("conversionDate", "conversionDate"),
          Map.entry("employment", "employment"),
          Map.entry("lostContactSince", "lostContactSince"));

  @EJB MemberService members;
  @EJB OrganizationService organizations;
  @Inject UiText ui;

  private Long id;
  private Long org;
  private int version;
  private String maskedCitizenId;
  private MemberData data = new MemberData();
  private OrgNode branch;
  private String organizationName;
  private boolean loaded;

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    // A member absent or outside the caller's scope is the site's 404 (PageErrors), never an
    // empty form for a new one.
    if (id != null) {
      MemberDetail d = members.get(id);
      version = d.version();
      maskedCitizenId = d.maskedCitizenId();
      organizationName = d.organizationName();
      data = d.data();
    } else if (org != null) {
      setBranch(safeGet(org));
    }
  }

  private OrgNode safeGet(Long orgId) {
    try {
      return organizations.get(orgId);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A valid citizen id tells the birth date and the sex: the form takes them from it. */
  public void fillFromCitizenId() {
    String id = CitizenId.normalize(data.getCitizenId());
    if (id != null && CitizenId.problem(id).isEmpty()) {
      CitizenId.birthDate(id).ifPresent(data::setBirthDate);
      data.setSex(CitizenId.sex(id));
    }
  }

  public String save() {
    try {
      if (id == null) {
        Long created = members.create(data).id();
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FacesErrors.info(ui.get("member.edit.created"));
        return "/members/detail.xhtml?faces-redirect=true&id=" + created;
      }
      members.update(id, version, data);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      FacesErrors.info(ui.get("member.edit.saved"));
      return "/members/detail.xhtml?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      FacesErrors.show(e, "edit", FIELDS);
      return null;
    }
  }

  public String getOrganizationName() {
    return organizationName;
  }

  public OrgNode getBranch() {
    return branch;
  }

  public void setBranch(OrgNode branch) {
    this.branch = branch;
    data.setOrganizationId(branch == null ? null : branch.id());
  }

  public boolean isCreating() {
    return id == null;
  }

  public Sex[] getSexes() {
    return Sex.values();
  }

  public Education[] getEducations() {
    return Education.values();
  }

  public Category[] getCategories() {
    return Category.values();
  }

  public Employment[] getEmployments() {
    return Employment.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getOrg() {
    return org;
  }

  public void setOrg(Long org) {
    this.org = org;
  }

  public String getMaskedCitizenId() {
    return maskedCitizenId;
  }

  public MemberData getData() {
    return data;
  }
}
