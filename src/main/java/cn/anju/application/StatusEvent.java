package cn.anju.application;

import java.time.Instant;

/** One entry of an application's timeline; {@code type} is a {@link TimelineEntryType}'s name. */
public record StatusEvent(Instant occurredAt, String type, String actor, String detail) {

    public boolean is(TimelineEntryType entry) {
        return entry.name().equals(type);
    }
}
