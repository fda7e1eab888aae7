package cn.anju.application;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * anju.personal-data.*: the key that seals identity numbers and phone numbers at rest. Either the key itself
 * ({@code key}: 32 bytes, Base64, from the environment or a secret store) or a file holding it; a development
 * key file is created on first start only where {@code create-development-key} is true.
 */
@ConfigurationProperties("anju.personal-data")
public record PersonalDataProperties(String key, Path keyFile, boolean createDevelopmentKey) {
}
