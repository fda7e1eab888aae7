package cn.anju.evidence;

import cn.anju.web.ScriptEnum;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kinds of document a family may upload, for the pages' lists: from the enum the upload checks. */
@Configuration
class DocumentKindsForPages {

    @Bean
    ScriptEnum documentKinds() {
        return ScriptEnum.of("documentKind", DocumentKind.class);
    }
}
