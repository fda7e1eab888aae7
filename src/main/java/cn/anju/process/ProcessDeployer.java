package cn.anju.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/*.bpmn|dmn and forms/*.form under stable names ("processes/eligibility.dmn")
 * with duplicate filtering of changed resources only, so that a restart, or java -jar after mvn spring-boot:run, creates no
 * new versions of unchanged files. Runs while the context starts, before any request is served.
 */
@Component
class ProcessDeployer implements InitializingBean {

    static final String DEPLOYMENT_NAME = "anju";
    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);

    private final RepositoryService repository;

    ProcessDeployer(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        deploy();
    }

    void deploy() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver(ProcessDeployer.class.getClassLoader());
        DeploymentBuilder builder = repository.createDeployment().name(DEPLOYMENT_NAME).enableDuplicateFiltering(true)
                .source("anju");
        int count = 0;
        for (String folder : new String[] {"processes", "forms"}) {
            Resource[] resources = resolver.getResources("classpath*:" + folder + "/*.*");
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            for (Resource resource : resources) {
                String name = folder + "/" + resource.getFilename();
                try (InputStream in = resource.getInputStream()) {
                    builder.addInputStream(name, new ByteArrayInputStream(in.readAllBytes()));
                }
                count++;
            }
        }
        var deployment = builder.deployWithResult();
        log.info("Deployed {} process and form resources; deployment {} ({} new definitions)", count,
                deployment.getId(), deployment.getDeployedProcessDefinitions() == null ? 0
                        : deployment.getDeployedProcessDefinitions().size());
        warmUp();
    }

    /**
     * Parses the latest version of every process into this node's deployment cache now, before any
     * request or job: a node that joins a busy cluster would otherwise parse them lazily under
     * concurrent starts, and ClusterTest once saw a start fail there ("processDefinitionId is null").
     */
    private void warmUp() {
        if (repository instanceof RepositoryServiceImpl impl) {
            repository.createProcessDefinitionQuery().latestVersion().list()
                    .forEach(definition -> impl.getDeployedProcessDefinition(definition.getId()));
        }
    }
}
