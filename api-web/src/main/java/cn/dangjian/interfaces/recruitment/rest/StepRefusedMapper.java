package cn.dangjian.interfaces.recruitment.rest;

import cn.dangjian.application.recruitment.VerdictView;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.domain.recruitment.StepRefusedException;
import cn.dangjian.interfaces.shared.rest.ApiError;
import cn.dangjian.interfaces.shared.rest.ApiExceptionMappers;
import cn.dangjian.interfaces.shared.rest.ApiLanguage;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A step the rules refuse: 422 with every failing rule, as details and as verdicts of the one API
 * shape.
 */
@Provider
public class StepRefusedMapper implements ExceptionMapper<StepRefusedException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(StepRefusedException e) {
    Messages m = ApiLanguage.of(headers);
    List<VerdictView> verdicts = VerdictView.of(e.failures(), m);
    return ApiExceptionMappers.json(
        422,
        new ApiError(
            e.key(),
            m.text(e),
            verdicts.stream()
                .map(t -> new ApiError.FieldError(t.rule(), t.cites() + ": " + t.text()))
                .toList(),
            verdicts));
  }
}
