package cn.anju.staff;

import cn.anju.accesslog.PersonalData;
import cn.anju.accesslog.StaffReads;
import cn.anju.security.AnjuUser;
import cn.anju.security.CaseAccess;
import cn.anju.security.CaseNotFoundException;
import cn.anju.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * GET /staff/applications/{id}: the case workspace, for staff of the case's district and managers.
 * Anyone else, the family that owns the case included (it has its own page), gets the same 404 page
 * as for an id that does not exist.
 */
@Controller
class CaseWorkspacePages {

    private final CaseWorkspaces workspaces;
    private final CaseAccess access;
    private final StaffReads reads;

    CaseWorkspacePages(CaseWorkspaces workspaces, CaseAccess access, StaffReads reads) {
        this.workspaces = workspaces;
        this.access = access;
        this.reads = reads;
    }

    @Operation(summary = "The case workspace page (HTML): declaration, registry answer, documents, timeline, tasks")
    @GetMapping("/staff/applications/{id}")
    String workspace(@PathVariable UUID id, Model model) {
        AnjuUser user = checkStaffMaySee(id);
        reads.record(user, id, PersonalData.APPLICATION, null);
        model.addAttribute("workspace", workspaces.of(id));
        return "staff/workspace";
    }

    /** One document, drawn by PDF.js inside the workspace's sandboxed frame; the bytes come from the workspace. */
    @Operation(summary = "A document of the case in a sandboxed viewer frame (HTML), framed by the workspace")
    @GetMapping("/staff/applications/{id}/documents/{documentId}")
    String document(@PathVariable UUID id, @PathVariable UUID documentId, Model model) {
        AnjuUser user = checkStaffMaySee(id);
        var document = workspaces.document(id, documentId);
        reads.record(user, id, PersonalData.DOCUMENT, null);
        model.addAttribute("document", document);
        return "staff/document-frame";
    }

    @ExceptionHandler({CaseNotFoundException.class, DocumentNotFoundException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "staff/not-found";
    }

    private AnjuUser checkStaffMaySee(UUID applicationId) {
        AnjuUser user = CurrentUser.get();
        if (!user.isStaff()) {
            throw new CaseNotFoundException(applicationId);
        }
        access.checkCanSee(user, applicationId);
        return user;
    }

    /**
     * The one place where this page records that a member of staff read a case (privacy issue #17):
     * wire the access log here, e.g. {@code staffReads.record(user, applicationId, what)}.
     */
}
