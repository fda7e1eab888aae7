package cn.anju.staff;

import java.time.Instant;
import java.util.List;

/** A user task waiting in Tasklist; due is null when the model sets no deadline. */
public record OpenTask(String id, String name, String assignee, List<String> candidateGroups, Instant created,
                       Instant due) {

    public OpenTask {
        candidateGroups = List.copyOf(candidateGroups);
    }

    /** Where Tasklist opens this task (same sign-in as the workspace). */
    public String tasklistPath() {
        return "/camunda/app/tasklist/default/#/?task=" + id;
    }
}
