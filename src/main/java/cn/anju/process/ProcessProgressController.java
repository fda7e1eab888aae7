package cn.anju.process;

import cn.anju.application.ApplicationRepository;
import cn.anju.security.CaseAccess;
import cn.anju.security.CaseNotFoundException;
import cn.anju.security.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/applications/{id}/progress: the procedure the case follows (the BPMN of its process
 * version) and which of its steps are done and which are under way, for the portal's diagram.
 * Read from the engine's activity history; once that is cleaned up, the diagram shows no marks.
 */
@RestController
class ProcessProgressController {

    record Progress(String bpmnXml, List<String> current, List<String> done, boolean ended) {
    }

    private final ApplicationRepository applications;
    private final CaseAccess access;
    private final HistoryService history;
    private final RepositoryService repository;

    ProcessProgressController(ApplicationRepository applications, CaseAccess access, HistoryService history,
                              RepositoryService repository) {
        this.applications = applications;
        this.access = access;
        this.history = history;
        this.repository = repository;
    }

    @GetMapping("/api/applications/{id}/progress")
    Progress progress(@PathVariable UUID id) throws IOException {
        access.checkCanSee(CurrentUser.get(), id);
        String reference = applications.referenceOf(id).orElseThrow(() -> new CaseNotFoundException(id));
        var instance = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessIds.RESIDENCY_APPLICATION).processInstanceBusinessKey(reference)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst();
        String definitionId = instance.map(i -> i.getProcessDefinitionId()).orElseGet(() -> repository
                .createProcessDefinitionQuery().processDefinitionKey(ProcessIds.RESIDENCY_APPLICATION)
                .latestVersion().singleResult().getId());
        List<String> current = new ArrayList<>();
        List<String> done = new ArrayList<>();
        instance.ifPresent(i -> history.createHistoricActivityInstanceQuery().processInstanceId(i.getId())
                .list().forEach(activity -> (isOpen(activity) ? current : done).add(activity.getActivityId())));
        try (InputStream xml = repository.getProcessModel(definitionId)) {
            return new Progress(new String(xml.readAllBytes(), StandardCharsets.UTF_8), current.stream().distinct()
                    .toList(), done.stream().distinct().filter(a -> !current.contains(a)).toList(),
                    instance.map(i -> i.getEndTime() != null).orElseGet(() -> decided(id)));
        }
    }

    /** Once the engine's history is cleaned up, the case itself says whether it is over. */
    private boolean decided(UUID id) {
        return applications.findById(id).map(a -> a.status().isDecided()).orElse(false);
    }

    private static boolean isOpen(HistoricActivityInstance activity) {
        return activity.getEndTime() == null;
    }
}
