package cn.anju.web;

import cn.anju.application.FamilyLanguage;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages and error messages speak the visitor's choice ({@code ?lang=en}, {@code ?lang=zh-CN}), kept in a
 * cookie so that it follows the family from page to page; without one, the browser's language, else Chinese.
 */
@Configuration
class LanguageConfig implements WebMvcConfigurer {

    static final Locale DEFAULT = FamilyLanguage.ZH_CN.locale();

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("anju-lang");
        // No choice made: the browser's languages (API clients too), else Chinese.
        resolver.setDefaultLocaleFunction(request ->
                request.getHeader("Accept-Language") != null ? request.getLocale() : DEFAULT);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookiePath("/");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
