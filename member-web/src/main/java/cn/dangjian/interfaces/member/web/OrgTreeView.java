package cn.dangjian.interfaces.member.web;

import cn.dangjian.application.org.OrgData;
import cn.dangjian.application.org.OrgNode;
import cn.dangjian.application.org.OrganizationService;
import cn.dangjian.application.org.PositionView;
import cn.dangjian.domain.member.PositionRole;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** The org tree in the caller's scope, with the selected organization's leadership. */
@Named
@ViewScoped
public class OrgTreeView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int EXPANDED_DEPTH = 1;

  @EJB OrganizationService organizations;

  private TreeNode<OrgNode> root;
  private TreeNode<OrgNode> selectedNode;
  private OrgNode selected;
  private List<PositionView> positions = List.of();

  private String code;
  private String name;
  private LocalDate foundedOn;
  private String childCode;
  private String childName;
  private OrgKind childKind;
  private LocalDate childFoundedOn;
  private boolean office;
  private boolean childOffice;
  private OrgNode newParent;
  private OrgNode receiver;
  private LocalDate dissolvedOn;
  private MemberPicker.Pick appointee;
  private PositionRole role;
  private LocalDate since;

  @Inject UiText ui;

  @PostConstruct
  void init() {
    root = new DefaultTreeNode<>(null, null);
    Map<Long, TreeNode<OrgNode>> byId = new HashMap<>();
    List<OrgNode> nodes = organizations.tree();
    int top = nodes.stream().mapToInt(OrgNode::depth).min().orElse(0);
    for (OrgNode o : nodes) {
      TreeNode<OrgNode> parent = byId.getOrDefault(o.parentId(), root);
      TreeNode<OrgNode> node = new DefaultTreeNode<>(o, parent);
      node.setExpanded(o.depth() - top < EXPANDED_DEPTH);
      byId.put(o.id(), node);
    }
  }

  public void onSelect(NodeSelectEvent event) {
    @SuppressWarnings("unchecked")
    TreeNode<OrgNode> node = (TreeNode<OrgNode>) event.getTreeNode();
    select(node.getData().id());
  }

  private void select(Long id) {
    try {
      selected = organizations.get(id);
      positions = organizations.positions(id);
      code = selected.code();
      name = selected.name();
      foundedOn = selected.foundedOn();
      office = selected.office();
    } catch (RuntimeException e) {
      selected = null;
      positions = List.of();
      FacesErrors.show(e, "tree", Map.of());
    }
  }

  /** Renames the selected organization (code, name, founding date). */
  public void rename() {
    Long id = selected.id();
    if (change(
        () ->
            organizations.rename(
                id, selected.version(), new OrgData(code, name, null, null, foundedOn, office)),
        "org.manage.renamed",
        Map.of("code", "code", "name", "name", "foundedOn", "foundedOn"))) {
      select(id);
    }
  }

  /** Founds an organization under the selected one. */
  public void foundChild() {
    Long[] created = new Long[1];
    if (change(
        () ->
            created[0] =
                organizations
                    .found(
                        new OrgData(
                            childCode,
                            childName,
                            childKind,
                            selected.id(),
                            childFoundedOn,
                            childOffice))
                    .id(),
        "org.manage.founded",
        Map.of(
            "code",
            "childCode",
            "name",
            "childName",
            "kind",
            "childKind",
            "foundedOn",
            "childFoundedOn"))) {
      childCode = null;
      childName = null;
      childKind = null;
      childFoundedOn = null;
      select(created[0]);
    }
  }

  /**
   * Moves the selected organization, with its members and sub-organizations, under another parent.
   */
  public void move() {
    Long id = selected.id();
    if (change(
        () -> organizations.move(id, selected.version(), newParent == null ? null : newParent.id()),
        "org.manage.moved",
        Map.of("parentId", "newParent", "kind", "newParent"))) {
      newParent = null;
      select(id);
    }
  }

  /** Dissolves the selected organization; its members go to the receiving branch. */
  public void dissolve() {
    if (change(
        () ->
            organizations.dissolve(
                selected.id(),
                selected.version(),
                receiver == null ? null : receiver.id(),
                dissolvedOn),
        "org.manage.dissolved",
        Map.of("date", "dissolvedOn", "receiverId", "receiver"))) {
      selected = null;
      positions = List.of();
      receiver = null;
      dissolvedOn = null;
    }
  }

  /** Appoints a member to a post (secretary, committee member...) of the selected organization. */
  public void appoint() {
    Long id = selected.id();
    if (change(
        () -> organizations.appoint(id, appointee == null ? null : appointee.id(), role, since),
        "org.manage.appointed",
        Map.of("role", "role"))) {
      appointee = null;
      role = null;
      since = null;
      select(id);
    }
  }

  /** Runs a change; on success says so and reloads the tree, on failure shows why by the fields. */
  private boolean change(Runnable action, String doneKey, Map<String, String> fields) {
    try {
      action.run();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "manage", fields);
      return false;
    }
    FacesErrors.info(ui.get(doneKey));
    init();
    return true;
  }

  public OrgKind[] getKinds() {
    return OrgKind.values();
  }

  public PositionRole[] getRoles() {
    return PositionRole.values();
  }

  public MemberPicker.Pick getAppointee() {
    return appointee;
  }

  public void setAppointee(MemberPicker.Pick appointee) {
    this.appointee = appointee;
  }

  public PositionRole getRole() {
    return role;
  }

  public void setRole(PositionRole role) {
    this.role = role;
  }

  public LocalDate getSince() {
    return since;
  }

  public void setSince(LocalDate since) {
    this.since = since;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getFoundedOn() {
    return foundedOn;
  }

  public void setFoundedOn(LocalDate foundedOn) {
    this.foundedOn = foundedOn;
  }

  public String getChildCode() {
    return childCode;
  }

  public void setChildCode(String childCode) {
    this.childCode = childCode;
  }

  public String getChildName() {
    return childName;
  }

  public void setChildName(String childName) {
    this.childName = childName;
  }

  public OrgKind getChildKind() {
    return childKind;
  }

  public void setChildKind(OrgKind childKind) {
    this.childKind = childKind;
  }

  public LocalDate getChildFoundedOn() {
    return childFoundedOn;
  }

  public void setChildFoundedOn(LocalDate childFoundedOn) {
    this.childFoundedOn = childFoundedOn;
  }

  public boolean isOffice() {
    return office;
  }

  public void setOffice(boolean office) {
    this.office = office;
  }

  public boolean isChildOffice() {
    return childOffice;
  }

  public void setChildOffice(boolean childOffice) {
    this.childOffice = childOffice;
  }

  public OrgNode getNewParent() {
    return newParent;
  }

  public void setNewParent(OrgNode newParent) {
    this.newParent = newParent;
  }

  public OrgNode getReceiver() {
    return receiver;
  }

  public void setReceiver(OrgNode receiver) {
    this.receiver = receiver;
  }

  public LocalDate getDissolvedOn() {
    return dissolvedOn;
  }

  public void setDissolvedOn(LocalDate dissolvedOn) {
    this.dissolvedOn = dissolvedOn;
  }

  public TreeNode<OrgNode> getRoot() {
    return root;
  }

  public TreeNode<OrgNode> getSelectedNode() {
    return selectedNode;
  }

  public void setSelectedNode(TreeNode<OrgNode> selectedNode) {
    this.selectedNode = selectedNode;
  }

  public OrgNode getSelected() {
    return selected;
  }

  public List<PositionView> getPositions() {
    return positions;
  }
}
