package cn.dangjian.interfaces.member.web;

import cn.dangjian.application.audit.AuditQuery;
import cn.dangjian.application.audit.AuditRecord;
import cn.dangjian.application.audit.AuditService;
import cn.dangjian.application.audit.AuditService.EntityType;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit log, newest first, filtered by period, operator, record and action; for the group admin
 * and the auditor.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB AuditService audit;

  private LocalDate from;
  private LocalDate to;
  private String actor;
  private String entityType;
  private String entityId;
  private AuditAction action;
  private List<EntityType> entityTypes;

  private final LazyDataModel<AuditRecord> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) audit.count(query());
        }

        @Override
        public List<AuditRecord> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return audit.find(query(), first, pageSize, UiText.currentLocale());
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

  public AuditQuery query() {
    return new AuditQuery(from, to, actor, entityType, entityId, action);
  }

  /** The filter as URL parameters for the export links. */
  public String getExportQuery() {
    return AuditLink.parameters(query());
  }

  public List<EntityType> getEntityTypes() {
    if (entityTypes == null) {
      entityTypes = audit.entityTypes(UiText.currentLocale());
    }
    return entityTypes;
  }

  public LazyDataModel<AuditRecord> getModel() {
    return model;
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String entityType) {
    this.entityType = entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public void setEntityId(String entityId) {
    this.entityId = entityId;
  }

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
  }
}
