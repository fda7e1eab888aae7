package cn.anju.dashboard;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anju.followon.FollowOnWork;
import cn.anju.followon.FollowOnWork.PendingReaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The managers' list of reactions still to do, on the web layer alone (the security rules are walked elsewhere). */
@WebMvcTest(FollowOnWorkController.class)
@AutoConfigureMockMvc(addFilters = false)
class FollowOnWorkControllerTest {

    @Autowired MockMvc mvc;
    @MockitoBean FollowOnWork work;

    private static final PendingReaction LETTER = new PendingReaction(UUID.randomUUID(),
            "Reissuer.on(ChildPlacementChanged)", "ChildPlacementChanged", "{\"childId\":\"…\"}",
            Instant.parse("2026-12-01T08:00:00Z"), Duration.ofMinutes(5), 3,
            "UndrawableTextException: The certificate font cannot draw the character U+17000");

    @Test
    void listsEachWaitingReactionWithItsReason() throws Exception {
        when(work.pending()).thenReturn(List.of(LETTER));
        mvc.perform(get("/api/dashboard/follow-on-work"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].listener").value("Reissuer.on(ChildPlacementChanged)"))
                .andExpect(jsonPath("$[0].failedAttempts").value(3))
                .andExpect(jsonPath("$[0].lastError").value(org.hamcrest.Matchers.containsString("U+17000")));
    }

    @Test
    void retryTriesEveryWaitingReactionNowAndAnswersWhatIsLeft() throws Exception {
        when(work.pending()).thenReturn(List.of());
        mvc.perform(post("/api/dashboard/follow-on-work/retry")).andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
        verify(work).retryAll();
    }
}
