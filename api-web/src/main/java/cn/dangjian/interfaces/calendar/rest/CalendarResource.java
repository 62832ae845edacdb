package cn.dangjian.interfaces.calendar.rest;

import cn.dangjian.application.calendar.CalendarService;
import cn.dangjian.domain.calendar.DayKind;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The official working-day calendar the time limits count with: the loaded years and their holidays
 * and 调休 days; the group admin loads a year's notice as CSV and corrects single days.
 */
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

  @EJB CalendarService calendar;

  public record Day(DayKind kind, String name) {}

  @GET
  public List<Integer> years() {
    return calendar.years();
  }

  @GET
  @Path("{year}")
  public List<CalendarService.DayView> days(@PathParam("year") int year) {
    return calendar.days(year);
  }

  /** A file in the shipped layout (date,kind,name); each year in it replaces the loaded one. */
  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public List<Integer> load(String csv) {
    return calendar.load(csv);
  }

  @PUT
  @Path("days/{day}")
  public Response put(@PathParam("day") String day, Day d) {
    ApiInput.body(d);
    calendar.put(ApiInput.date("day", day), d.kind(), d.name());
    return Response.noContent().build();
  }

  @DELETE
  @Path("days/{day}")
  public Response remove(@PathParam("day") String day) {
    calendar.remove(ApiInput.date("day", day));
    return Response.noContent().build();
  }
}
