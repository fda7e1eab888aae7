package cn.anju.evidence;

import cn.anju.web.ApiException;
import cn.anju.web.FieldProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Opens an upload before it is stored, within bounds: a PDF must parse within a memory budget and
 * a time limit, be unencrypted and not too long; an image's header must give sane dimensions
 * (read without decoding the pixels, so a decompression bomb never unfolds).
 */
@Component
class DocumentInspector implements DisposableBean {

    private final DocumentProperties limits;
    /** Two parsers and a short queue: when both are stuck on bad files, others are told to retry, not queued. */
    private final ExecutorService parsers = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(8), runnable -> {
                Thread thread = new Thread(runnable, "document-inspector");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.AbortPolicy());

    DocumentInspector(DocumentProperties limits) {
        this.limits = limits;
    }

    void inspect(FileType type, byte[] content) {
        Future<String> check;
        try {
            check = parsers.submit(() -> type == FileType.PDF ? pdfProblem(content) : imageProblem(content));
        } catch (RejectedExecutionException busy) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Too many uploads are being checked: try again shortly");
        }
        String problem;
        try {
            problem = check.get(limits.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            check.cancel(true);
            problem = "took too long to open; it may be damaged";
        } catch (ExecutionException e) {
            problem = e.getCause() instanceof OutOfMemoryError
                    ? "needs too much memory to open" : "could not be opened; it may be damaged";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (problem != null) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "The " + type + " file " + problem,
                    List.of(new FieldProblem("file", problem)));
        }
    }

    /** Why a PDF is refused, or null. Package-private so that a test can make it slow. */
    String pdfProblem(byte[] content) {
        var memory = MemoryUsageSetting.setupMainMemoryOnly(limits.parseMemory().toBytes());
        try (var document = Loader.loadPDF(new RandomAccessReadBuffer(content), "", null, null,
                memory.streamCache)) {
            if (document.isEncrypted()) {
                return "is encrypted: upload it without a password or restrictions";
            }
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                return "has no pages";
            }
            if (pages > limits.maxPages()) {
                return "has " + pages + " pages; at most " + limits.maxPages() + " are accepted";
            }
            return null;
        } catch (InvalidPasswordException e) {
            return "is protected by a password: upload it without one";
        } catch (IOException | RuntimeException e) {
            return "is not a readable PDF; it may be damaged";
        }
    }

    private String imageProblem(byte[] content) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return "is not a readable image";
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0) {
                    return "has no pixels";
                }
                if (pixels > limits.maxPixels()) {
                    return "is too large an image (" + reader.getWidth(0) + " x " + reader.getHeight(0) + ")";
                }
                return null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return "is not a readable image; it may be damaged";
        }
    }

    @Override
    public void destroy() {
        parsers.shutdownNow();
    }
}
