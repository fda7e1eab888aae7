package cn.anju.process;

import cn.anju.application.ApplicationRepository;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * ${children.idsOf(applicationId)}: the collection of the per-child multi-instance, read from the
 * domain tables so that no list has to be kept as a serialized process variable.
 */
@Component("children")
public class ChildrenOfApplication {

    private final ApplicationRepository applications;

    ChildrenOfApplication(ApplicationRepository applications) {
        this.applications = applications;
    }

    public List<String> idsOf(String applicationId) {
        return applications.childIds(UUID.fromString(applicationId)).stream().map(UUID::toString).toList();
    }
}
