package cn.anju.portal;

import cn.anju.security.AnjuUser;
import cn.anju.security.CurrentUser;
import cn.anju.security.Role;
import cn.anju.web.ApiException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The family's draft of its application form: whatever the form holds so far, valid or not (it is
 * checked when submitted). 204 when there is none.
 */
@RestController
@RequestMapping("/api/drafts/application")
class DraftController {

    static final int MAX_CHARS = 65_536;

    record DraftView(JsonNode form, Instant updatedAt) {
    }

    private final Drafts drafts;
    private final ObjectMapper json;

    DraftController(Drafts drafts, ObjectMapper json) {
        this.drafts = drafts;
        this.json = json;
    }

    @GetMapping
    ResponseEntity<DraftView> get() throws JsonProcessingException {
        var draft = drafts.find(family().accountId());
        if (draft.isEmpty()) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.ok(new DraftView(json.readTree(draft.get().body()), draft.get().updatedAt()));
    }

    @PutMapping
    DraftView save(@RequestBody JsonNode form) throws JsonProcessingException {
        if (form == null || !form.isObject()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "A draft is the form as a JSON object");
        }
        String body = json.writeValueAsString(form);
        if (body.length() > MAX_CHARS) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "A draft holds at most " + MAX_CHARS + " characters");
        }
        return new DraftView(form, drafts.save(family().accountId(), body));
    }

    @DeleteMapping
    ResponseEntity<Void> delete() {
        drafts.delete(family().accountId());
        return ResponseEntity.noContent().build();
    }

    private static AnjuUser family() {
        AnjuUser user = CurrentUser.get();
        if (!user.has(Role.APPLICANT)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Drafts are the families' own");
        }
        return user;
    }
}
