package cn.anju.evidence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * anju.documents.*: how large an upload may be, and how much a PDF or image may ask of the server
 * while it is checked (pages, memory, time, pixels).
 */
@ConfigurationProperties("anju.documents")
public record DocumentProperties(DataSize maxSize, DataSize maxRequestSize, int maxPages, DataSize parseMemory,
                                 Duration parseTimeout, long maxPixels) {
}
