package cn.anju.staff;

import java.util.List;

/** The open user tasks of a case, answered by the module that knows the engine. */
public interface OpenTasks {

    /** The case's open tasks (by its reference, the process business key), oldest first. */
    List<OpenTask> ofCase(String reference);
}
