package cn.anju.application;

import java.time.Instant;
import java.util.List;

/** The one-time notice still awaiting the family's answer: what is missing, and by when. */
public record OpenRequest(List<String> items, Instant respondBy) {

    public OpenRequest {
        items = List.copyOf(items);
    }
}
