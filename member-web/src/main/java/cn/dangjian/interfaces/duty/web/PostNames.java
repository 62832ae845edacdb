package cn.dangjian.interfaces.duty.web;

import cn.dangjian.domain.duty.PostKind;
import cn.dangjian.domain.member.PositionRole;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A post as people name it: 党员, the party post's role, or the work post's own name. */
@Named
@ApplicationScoped
public class PostNames {
  @Inject UiText ui;

  public String of(PostKind kind, PositionRole role, String workPost) {
    return switch (kind) {
      case MEMBER -> ui.get(kind);
      case PARTY_POST -> ui.get(role);
      case WORK_POST -> ui.format("duty.workPost", workPost);
    };
  }
}
