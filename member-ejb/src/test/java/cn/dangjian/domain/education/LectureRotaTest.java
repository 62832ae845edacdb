package cn.dangjian.domain.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LectureRotaTest {
  private LectureRota rota;

  @BeforeEach
  void setUp() {
    Organization committee =
        new Organization("C1", "Committee", OrgKind.COMMITTEE, null, LocalDate.of(2000, 1, 1));
    committee.placeUnder(null);
    rota = new LectureRota(committee);
    rota.follow(List.of(1L, 2L, 3L));
  }

  private List<Long> order() {
    return rota.getSeats().stream().map(RotaSeat::getMemberId).toList();
  }

  /** Whoever is next lectures, {@code n} times; returns who lectured, in turn. */
  private List<Long> lectures(int n) {
    List<Long> who = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Long next = rota.next().orElseThrow();
      rota.lectured(next);
      who.add(next);
    }
    return who;
  }

  @Test
  void everyoneInTurnAndNoOneTwiceBeforeAllHaveLectured() {
    assertEquals(List.of(1L, 2L, 3L, 1L, 2L, 3L), lectures(6));
    assertEquals(3, rota.getRound());
    rota.lectured(2L);
    DomainException twice = assertThrows(DomainException.class, () -> rota.lectured(2L));
    assertEquals("rota.alreadyLectured", twice.key());
    assertEquals(Optional.of(1L), rota.next());
  }

  @Test
  void aSecretaryWhoLeavesMidRoundLeavesTheRotaAndTheSuccessorJoinsAtTheEnd() {
    assertEquals(List.of(1L), lectures(1));
    rota.follow(List.of(1L, 3L, 4L)); // 2 changed post, 4 succeeded them
    assertEquals(List.of(1L, 3L, 4L), order());
    assertEquals(List.of(3L, 4L), lectures(2), "the round goes on without 2, the successor last");
    assertEquals(2, rota.getRound());
    assertEquals(List.of(1L, 3L, 4L), lectures(3));
  }

  @Test
  void whenTheOnlyOneStillOwingLeavesTheRoundCloses() {
    lectures(2);
    rota.follow(List.of(1L, 2L));
    assertEquals(2, rota.getRound());
    assertEquals(Optional.of(1L), rota.next());
  }

  @Test
  void aSwapExchangesPlacesWithAReasonAndKeepsTheRoundFair() {
    rota.swap(1L, 2L, "井下当班");
    assertEquals(List.of(2L, 1L, 3L), order());
    assertEquals(List.of(2L, 1L, 3L), lectures(3));
    assertThrows(ValidationException.class, () -> rota.swap(1L, 3L, " "));
    assertThrows(ValidationException.class, () -> rota.swap(1L, 1L, "x"));
    assertThrows(DomainException.class, () -> rota.swap(1L, 9L, "x"));
    assertThrows(DomainException.class, () -> rota.lectured(9L), "not on the rota");
  }
}
