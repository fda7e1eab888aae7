package cn.anju.staff;

import cn.anju.application.Application;
import cn.anju.application.StatusEvent;
import cn.anju.evidence.DocumentStore.StoredDocument;
import cn.anju.evidence.RegistryComparison;
import java.util.List;

/** Everything the workspace page shows of one case. */
record CaseWorkspace(Application application, RegistryComparison.Answer registry, List<StoredDocument> documents,
                     List<StatusEvent> timeline, List<OpenTask> tasks) {

    CaseWorkspace {
        documents = List.copyOf(documents);
        timeline = List.copyOf(timeline);
        tasks = List.copyOf(tasks);
    }

    public boolean isImage(StoredDocument document) {
        return document.mediaType().startsWith("image/");
    }

    /** What the page's script fetches and hands to a document's sandboxed frame. */
    public String contentPath(StoredDocument document) {
        return "/api/applications/" + application.id() + "/documents/" + document.id();
    }

    public String framePath(StoredDocument document) {
        return "/staff/applications/" + application.id() + "/documents/" + document.id();
    }
}
