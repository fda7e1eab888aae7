package cn.anju.evidence;

import cn.anju.web.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How much a family may upload to its own applications, over all of them: anyone may sign up, and
 * every accepted file stays in the database. Staff uploading to a family's case are not counted.
 */
@Component
class UploadQuota {

    private record Used(long files, long bytes) {
    }

    private final JdbcClient jdbc;
    private final int maxFiles;
    private final long maxBytes;

    UploadQuota(JdbcClient jdbc, @Value("${anju.documents.quota-files:30}") int maxFiles,
                @Value("${anju.documents.quota-bytes:50MB}") DataSize maxBytes) {
        this.jdbc = jdbc;
        this.maxFiles = maxFiles;
        this.maxBytes = maxBytes.toBytes();
    }

    /** Refuses, before anything is stored, a file that would take the account past its quota. */
    void check(String uploadedBy, long size) {
        Used used = jdbc.sql("""
                        select count(*), coalesce(sum(d.size), 0) from account o
                        join application a on a.owner_account = o.id
                        join document d on d.application_id = a.id
                        where o.username = ? and o.deleted_at is null and d.uploaded_by = ?""")
                .params(uploadedBy, uploadedBy)
                .query((rs, n) -> new Used(rs.getLong(1), rs.getLong(2))).single();
        if (used.files() >= maxFiles) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "This account has uploaded " + used.files()
                    + " files, the most it may: ask the district office if more are needed");
        }
        if (used.bytes() + size > maxBytes) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "This file would take the account's uploads past "
                    + DataSize.ofBytes(maxBytes).toMegabytes() + " MB: ask the district office if more are needed");
        }
    }
}
