package cn.dangjian.web.member;

import cn.dangjian.application.OrgNode;
import cn.dangjian.application.OrganizationService;
import cn.dangjian.application.PositionView;
import cn.dangjian.web.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
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
    selected = node.getData();
    try {
      positions = organizations.positions(selected.id());
    } catch (RuntimeException e) {
      FacesErrors.show(e, "tree", Map.of());
    }
  }

  public TreeNode<OrgNode> getRoot() { return root; }
  public TreeNode<OrgNode> getSelectedNode() { return selectedNode; }
  public void setSelectedNode(TreeNode<OrgNode> selectedNode) { this.selectedNode = selectedNode; }
  public OrgNode getSelected() { return selected; }
  public List<PositionView> getPositions() { return positions; }
}
