package cn.dangjian.domain.duty;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface DutyRepository {
  void store(DutyTemplate t);

  void remove(DutyTemplate t);

  /**
   * The templates written by the organizations of these paths (an organization and those above).
   */
  List<DutyTemplate> writtenBy(Collection<String> paths);

  /** The templates written by organizations in the subtree of the path. */
  List<DutyTemplate> writtenUnder(String path);

  Optional<DutyTemplate> template(Long ownerId, Post post);

  void store(MemberDuty d);

  void remove(MemberDuty d);

  List<MemberDuty> ofMember(Long memberId);
}
