package cn.anju.evidence;

import cn.anju.accesslog.PersonalData;
import cn.anju.accesslog.StaffReads;
import cn.anju.security.CaseAccess;
import cn.anju.security.CurrentUser;
import cn.anju.web.ApiException;
import cn.anju.web.FieldProblem;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class DocumentController {

    private final DocumentStore documents;
    private final CaseAccess access;
    private final StaffReads reads;

    DocumentController(DocumentStore documents, CaseAccess access, StaffReads reads) {
        this.documents = documents;
        this.access = access;
        this.reads = reads;
    }

    @PostMapping(path = "/api/applications/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentStore.StoredDocument> upload(@PathVariable UUID id,
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        var user = CurrentUser.get();
        access.checkCanSee(user, id);
        DocumentKind documentKind = parseKind(kind);
        if (file == null || file.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "A non-empty file is required",
                    List.of(new FieldProblem("file", "is required")));
        }
        var stored = documents.store(id, documentKind, file.getOriginalFilename(), file.getBytes(), user.username());
        return ResponseEntity.created(URI.create("/api/applications/" + id + "/documents/" + stored.id()))
                .body(stored);
    }

    @GetMapping("/api/applications/{id}/documents")
    List<DocumentStore.StoredDocument> list(@PathVariable UUID id, @RequestParam(required = false) String taskId) {
        access.checkCanSee(CurrentUser.get(), id);
        reads.record(id, PersonalData.DOCUMENT_LIST, taskId);
        return documents.list(id);
    }

    /** The file itself, for the family and for staff reviewing it next to their task, as a download. */
    @GetMapping("/api/applications/{id}/documents/{documentId}")
    ResponseEntity<byte[]> content(@PathVariable UUID id, @PathVariable UUID documentId, @RequestParam(required = false) String taskId) {
        var user = CurrentUser.get();
        access.checkCanSee(user, id);
        var found = documents.content(id, documentId)
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "No such document"));
        reads.record(user, id, PersonalData.DOCUMENT, taskId);
        // A family's file, opened by staff signed in to the same origin: saved rather than shown, and
        // sandboxed should a browser show it anyway, so that a script inside (a PDF's, an SVG's) has no
        // origin, no cookies and no session to act with.
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.document().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(found.document().filename(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .body(found.content());
    }

    private static DocumentKind parseKind(String kind) {
        try {
            if (kind != null) {
                return DocumentKind.valueOf(kind);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "The document kind is missing or unknown",
                List.of(new FieldProblem("kind", "must be one of " + Arrays.toString(DocumentKind.values()))));
    }
}
