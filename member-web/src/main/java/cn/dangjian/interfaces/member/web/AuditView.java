package cn.dangjian.interfaces.member.web;

import cn.dangjian.application.audit.AuditRecord;
import cn.dangjian.application.audit.AuditService;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.member.MemberData;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log, newest first, for the group admin and the auditor. */
@Named
@ViewScoped
public class AuditView implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB AuditService audit;

  private AuditAction action;
  private String entityId;

  private final LazyDataModel<AuditRecord> model = new LazyDataModel<>() {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) audit.count(null, MemberData.trimToNull(entityId), action);
    }

    @Override
    public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return audit.latest(null, MemberData.trimToNull(entityId), action, first, pageSize);
    }

    @Override
    public String getRowKey(AuditRecord e) {
      return String.valueOf(e.id());
    }

    @Override
    public AuditRecord getRowData(String rowKey) {
      return null;
    }
  };

  public LazyDataModel<AuditRecord> getModel() { return model; }
  public AuditAction[] getActions() { return AuditAction.values(); }
  public AuditAction getAction() { return action; }
  public void setAction(AuditAction action) { this.action = action; }
  public String getEntityId() { return entityId; }
  public void setEntityId(String entityId) { this.entityId = entityId; }
}
