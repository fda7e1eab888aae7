package cn.anju.web;

import java.util.Arrays;
import java.util.List;

/**
 * An enum whose values pages' scripts offer or name, under the name they look it up by. A module
 * declares one as a bean for its own enums; {@link PageData} hands them to every page, so no script
 * keeps a copy that could drift from the Java enum.
 */
public record ScriptEnum(String name, List<String> values) {

    public ScriptEnum {
        values = List.copyOf(values);
    }

    public static ScriptEnum of(String name, Class<? extends Enum<?>> type) {
        return new ScriptEnum(name, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
