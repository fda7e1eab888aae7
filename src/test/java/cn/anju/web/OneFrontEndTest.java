package cn.anju.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One front end: every page is a template in the one layout, styled by the one stylesheet, and no
 * Java code writes markup (a text block of HTML escapes nothing unless each value is remembered).
 */
class OneFrontEndTest {

    private static final Path JAVA = Path.of("src/main/java");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path STATIC = Path.of("src/main/resources/static");

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<!DOCTYPE|</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>",
            Pattern.CASE_INSENSITIVE);
    private static final String LAYOUT = "th:replace=\"~{layout :: page(";
    /** The layout of a page inside another page's frame (a document in the case workspace). */
    private static final String FRAME = "th:replace=\"~{frame :: frame(";

    @Test
    void noJavaTextBlockHoldsMarkup() throws IOException {
        for (Path file : files(JAVA, ".java")) {
            Matcher block = TEXT_BLOCK.matcher(Files.readString(file));
            while (block.find()) {
                var tag = TAG.matcher(block.group(1));
                assertThat(tag.find() ? tag.group() : null).as(file + ": HTML in a text block").isNull();
            }
        }
    }

    @Test
    void everyPageTemplateUsesTheLayout() throws IOException {
        List<Path> pages = files(TEMPLATES, ".html").stream()
                .filter(p -> !List.of("layout.html", "frame.html").contains(p.getFileName().toString())).toList();
        assertThat(pages).extracting(p -> TEMPLATES.relativize(p).toString().replace('\\', '/'))
                .contains("start.html", "login.html", "signup.html", "verify.html", "dashboard.html",
                        "portal/home.html", "portal/apply.html", "portal/status.html", "portal/not-found.html");
        for (Path page : pages) {
            String html = Files.readString(page);
            assertThat(html.contains(LAYOUT) || html.contains(FRAME)).as(page + " is replaced by the layout").isTrue();
            assertThat(html).as(page + ": the layout writes head, header and page data")
                    .doesNotContain("<header", "<title", "<meta", "id=\"page-data\"", "<style");
        }
    }

    @Test
    void theSiteServesNoPageAndNoStylesheetBesideTheTemplatesAndTheOneStylesheet() throws IOException {
        Path vendor = STATIC.resolve("vendor");
        assertThat(files(STATIC, ".html")).filteredOn(p -> !p.startsWith(vendor)).isEmpty();
        assertThat(files(STATIC, ".css")).filteredOn(p -> !p.startsWith(vendor))
                .containsExactly(STATIC.resolve("css/anju.css"));
    }

    @Test
    void scriptsKeepNoCopyOfAnEnumAndReadThePageDataOnly() throws IOException {
        // A list of two or more upper-case constants in a script is a Java enum's copy.
        Pattern copy = Pattern.compile("\\[\\s*['\"][A-Z][A-Z_]+['\"]\\s*,\\s*['\"][A-Z][A-Z_]+['\"]");
        for (Path script : files(STATIC.resolve("js"), ".js")) {
            String js = Files.readString(script);
            var found = copy.matcher(js);
            assertThat(found.find() ? found.group() : null).as(script + ": an enum's values copied").isNull();
            if (!script.getFileName().toString().equals("page.js")) {
                assertThat(js).as(script + ": reads texts through page.js").doesNotContain("getElementById(\"texts\")",
                        "getElementById('dashboard-texts')", "page-data");
            }
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
