package cn.anju.privacy.internal;

import cn.anju.privacy.ConsentText;
import cn.anju.privacy.ConsentTexts;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/consent-text: what a family agrees to, for any client that builds its own form (public). */
@RestController
class ConsentTextController {

    private final ConsentTexts texts;

    ConsentTextController(ConsentTexts texts) {
        this.texts = texts;
    }

    @GetMapping("/api/consent-text")
    ConsentText current() {
        return texts.current();
    }
}
