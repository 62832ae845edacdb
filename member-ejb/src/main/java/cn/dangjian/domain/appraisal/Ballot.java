package cn.dangjian.domain.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * That a member has voted online in an appraisal's poll, so they vote once; what they chose is only
 * in the counts, and nothing here tells when.
 */
@Entity
@Table(name = "appraisal_ballot")
@IdClass(Ballot.Key.class)
public class Ballot implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "appraisal_id")
  private Long appraisalId;

  @Id
  @Column(name = "voter_id")
  private Long voterId;

  protected Ballot() {}

  public Ballot(Long appraisalId, Long voterId) {
    this.appraisalId = appraisalId;
    this.voterId = voterId;
  }

  /** The ballot's key: the appraisal and the voter. */
  public record Key(Long appraisalId, Long voterId) implements Serializable {}
}
