package cn.anju.application;

import java.time.Instant;

/** One entry of an application's timeline. */
public record StatusEvent(Instant occurredAt, String type, String actor, String detail) {
}
