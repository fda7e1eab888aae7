package cn.anju.evidence;

import cn.anju.application.CaseLog;
import cn.anju.application.Sha256;
import cn.anju.application.TimelineEntryType;
import cn.anju.web.ApiException;
import cn.anju.web.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Evidence files: checked by content, stored once per SHA-256, listed per application. */
@Service
public class DocumentStore {

    private final JdbcClient jdbc;
    private final CaseLog caseLog;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate rowsTransaction;
    private final DocumentInspector inspector;
    private final UploadQuota quota;
    private final Clock clock;

    DocumentStore(JdbcClient jdbc, CaseLog caseLog, PlatformTransactionManager transactions,
                  DocumentInspector inspector, UploadQuota quota, Clock clock) {
        this.jdbc = jdbc;
        this.caseLog = caseLog;
        this.inspector = inspector;
        this.quota = quota;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.rowsTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public record StoredDocument(UUID id, DocumentKind kind, String filename, String mediaType, long size,
                                 String sha256, Instant uploadedAt) {
    }

    /** Checks and stores outside any transaction; only the document's rows take one, briefly. */
    public StoredDocument store(UUID applicationId, DocumentKind kind, String filename, byte[] content,
                                String uploadedBy) {
        quota.check(uploadedBy, content.length);
        FileType type = FileType.sniff(content).orElseThrow(() -> new ApiException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Only PDF, JPEG and PNG files are accepted",
                List.of(new FieldProblem("file", "is not a PDF, JPEG or PNG file"))));
        inspector.inspect(type, content);
        String sha256 = Sha256.hex(content);
        storeContentOnce(sha256, content);
        var document = new StoredDocument(UUID.randomUUID(), kind, safeName(filename), type.mediaType(),
                content.length, sha256, Instant.now(clock));
        rowsTransaction.executeWithoutResult(status -> insertRows(applicationId, document, uploadedBy));
        return document;
    }

    private void insertRows(UUID applicationId, StoredDocument document, String uploadedBy) {
        String sha256 = document.sha256();
        var kind = document.kind();
        jdbc.sql("""
                insert into document (id, application_id, kind, filename, media_type, size, sha256, uploaded_by,
                    uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(document.id(), applicationId, kind.name(), document.filename(), document.mediaType(),
                        document.size(), sha256, uploadedBy, document.uploadedAt().atOffset(ZoneOffset.UTC))
                .update();
        caseLog.record(applicationId, TimelineEntryType.DOCUMENT_UPLOADED, uploadedBy, kind.name() + " " + document.filename());
    }

    /**
     * In a transaction of its own, so that losing a race with the same file uploaded at the same
     * moment leaves this upload's transaction intact: the content is there either way.
     */
    private void storeContentOnce(String sha256, byte[] content) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                int known = jdbc.sql("select count(*) from document_content where sha256 = ?").param(sha256)
                        .query(Integer.class).single();
                if (known == 0) {
                    jdbc.sql("insert into document_content (sha256, size, content) values (?, ?, ?)")
                            .params(sha256, content.length, content).update();
                }
            });
        } catch (DuplicateKeyException storedByTheOtherUpload) {
            // the same bytes, stored by a concurrent upload
        }
    }

    public record DocumentContent(StoredDocument document, byte[] content) {
    }

    public java.util.Optional<DocumentContent> content(UUID applicationId, UUID documentId) {
        return list(applicationId).stream().filter(d -> d.id().equals(documentId)).findFirst()
                .map(d -> new DocumentContent(d, jdbc.sql("select content from document_content where sha256 = ?")
                        .param(d.sha256()).query((rs, n) -> rs.getBytes(1)).single()));
    }

    public List<StoredDocument> list(UUID applicationId) {
        return jdbc.sql("""
                select id, kind, filename, media_type, size, sha256, uploaded_at from document
                where application_id = ? order by uploaded_at""")
                .param(applicationId)
                .query((rs, n) -> new StoredDocument(rs.getObject(1, UUID.class), DocumentKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                        rs.getObject(7, java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    private static String safeName(String filename) {
        if (filename == null || filename.isBlank()) {
            return "upload";
        }
        String name = filename.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

}
