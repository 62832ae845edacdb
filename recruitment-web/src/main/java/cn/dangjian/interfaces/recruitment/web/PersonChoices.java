package cn.dangjian.interfaces.recruitment.web;

import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.member.Sex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The choices of a person's particulars, for the application and the people in sight. */
@Named
@ApplicationScoped
public class PersonChoices {
  public Sex[] getSexes() {
    return Sex.values();
  }

  public Education[] getEducations() {
    return Education.values();
  }
}
