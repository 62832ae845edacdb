package cn.dangjian.domain.education;

import cn.dangjian.domain.org.OrgKind;
import java.util.List;

/**
 * 五学, the five ways the group studies. Which an organization may hold follows its level: the
 * central group and the training of political cadres are a committee's, timed study a branch's,
 * half-hour study an organization of the offices (机关) below a committee, expert lectures anyone's.
 */
public enum StudyMode {
  /** 党委中心组引领学. */
  CENTRAL_GROUP,
  /** 政工干部以会代训辅导学. */
  CADRE_TRAINING,
  /** 基层党组织定时学. */
  BRANCH_SCHEDULED,
  /** 机关半小时积累学. */
  OFFICE_HALF_HOUR,
  /** 邀请专家课堂学. */
  EXPERT_LECTURE,
  /** Not one of 五学: a lecture of 党支部书记讲坛 (一坛), given in turn by a committee's rota. */
  SECRETARY_LECTURE;

  /** The five modes an organizer plans freely; a secretary's lecture comes from the rota. */
  public static List<StudyMode> fiveModes() {
    return List.of(
        CENTRAL_GROUP, CADRE_TRAINING, BRANCH_SCHEDULED, OFFICE_HALF_HOUR, EXPERT_LECTURE);
  }

  public boolean heldBy(OrgKind kind, boolean office) {
    return switch (this) {
      case CENTRAL_GROUP, CADRE_TRAINING -> kind == OrgKind.COMMITTEE;
      case BRANCH_SCHEDULED -> kind != OrgKind.COMMITTEE;
      case OFFICE_HALF_HOUR -> office && kind != OrgKind.COMMITTEE;
      case EXPERT_LECTURE -> true;
      case SECRETARY_LECTURE -> kind == OrgKind.COMMITTEE;
    };
  }
}
