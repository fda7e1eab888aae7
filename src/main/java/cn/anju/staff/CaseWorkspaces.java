package cn.anju.staff;

import cn.anju.application.ApplicationRepository;
import cn.anju.application.Timeline;
import cn.anju.evidence.DocumentStore;
import cn.anju.evidence.RegistryComparison;
import cn.anju.security.CaseNotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Gathers a case's workspace from the modules that hold each part. Access is the caller's business. */
@Service
class CaseWorkspaces {

    private final ApplicationRepository applications;
    private final RegistryComparison registry;
    private final DocumentStore documents;
    private final Timeline timeline;
    private final OpenTasks tasks;

    CaseWorkspaces(ApplicationRepository applications, RegistryComparison registry, DocumentStore documents,
                   Timeline timeline, OpenTasks tasks) {
        this.applications = applications;
        this.registry = registry;
        this.documents = documents;
        this.timeline = timeline;
        this.tasks = tasks;
    }

    CaseWorkspace of(UUID applicationId) {
        var application = applications.findById(applicationId)
                .orElseThrow(() -> new CaseNotFoundException(applicationId));
        return new CaseWorkspace(application, registry.compare(application), documents.list(applicationId),
                timeline.of(applicationId), tasks.ofCase(application.reference()));
    }

    /** A document of this case, or 404 for one that is another case's or none at all. */
    DocumentStore.StoredDocument document(UUID applicationId, UUID documentId) {
        return documents.list(applicationId).stream().filter(d -> d.id().equals(documentId)).findFirst()
                .orElseThrow(() -> new DocumentNotFoundException(documentId));
    }
}
