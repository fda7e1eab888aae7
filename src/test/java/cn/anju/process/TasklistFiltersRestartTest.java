package cn.anju.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A restart finds the district filters as it left them and writes none of them again (their revision
 * stays); a filter someone changed in Tasklist is put back as Anju defines it.
 */
@AnjuSpringBootTest
class TasklistFiltersRestartTest {

    @Autowired TasklistFilters tasklistFilters;
    @Autowired FilterService filters;
    @Autowired JdbcClient jdbc;

    @Test
    void aRestartWritesNoUnchangedFilterAndPutsBackAnEditedOne() {
        Map<String, Integer> before = revisions();
        assertThat(before).hasSizeGreaterThanOrEqualTo(80);

        tasklistFilters.afterPropertiesSet();
        assertThat(revisions()).as("nothing written").isEqualTo(before);

        Filter edited = filters.createTaskFilterQuery().filterName(TasklistFilters.name(cn.anju.application.District.FUTIAN,
                "材料审核", "evidence reviews")).singleResult();
        Map<String, Object> properties = new HashMap<>(edited.getProperties());
        properties.put("description", "changed in Tasklist");
        filters.saveFilter(edited.setProperties(properties));

        tasklistFilters.afterPropertiesSet();
        Filter restored = filters.getFilter(edited.getId());
        assertThat(restored.getProperties()).containsEntry("description", "evidence reviews of Futian");
        Map<String, Integer> after = revisions();
        after.remove(edited.getId());
        before.remove(edited.getId());
        assertThat(after).as("only the edited filter written").isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from act_ru_authorization where resource_type_ = 5 and resource_id_ = ?")
                .param(edited.getId()).query(Long.class).single()).as("its grant, once").isEqualTo(1);
    }

    private Map<String, Integer> revisions() {
        Map<String, Integer> revisions = new HashMap<>();
        List<Map.Entry<String, Integer>> rows = jdbc.sql("select id_, rev_ from act_ru_filter where name_ like '% %: %'")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list();
        rows.forEach(row -> revisions.put(row.getKey(), row.getValue()));
        return revisions;
    }
}
