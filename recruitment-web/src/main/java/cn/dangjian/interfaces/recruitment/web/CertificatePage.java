package cn.dangjian.interfaces.recruitment.web;

import cn.dangjian.application.recruitment.training.Certificate;
import cn.dangjian.application.recruitment.training.TrainingService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The printable certificate of one enrolment. */
@Named
@RequestScoped
public class CertificatePage {
  @EJB TrainingService training;

  private Long classId;
  private Long enrolmentId;
  private Certificate certificate;

  public void load() {
    certificate = training.certificate(classId, enrolmentId);
  }

  public Certificate getCertificate() {
    return certificate;
  }

  public Long getClassId() {
    return classId;
  }

  public void setClassId(Long classId) {
    this.classId = classId;
  }

  public Long getEnrolmentId() {
    return enrolmentId;
  }

  public void setEnrolmentId(Long enrolmentId) {
    this.enrolmentId = enrolmentId;
  }
}
