package cn.anju.portal;

import cn.anju.security.PasswordRule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A family's new account: a user name the engine's user store accepts and a password typed twice. */
record SignupForm(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9]{2,31}", message = "{portal.signup.username.pattern}")
        String username,
        @NotBlank @Size(min = PasswordRule.MIN_LENGTH, max = 64, message = "{portal.signup.password.size}") String password,
        String confirmPassword) {

    static SignupForm empty() {
        return new SignupForm("", "", "");
    }

    boolean passwordsDiffer() {
        return password != null && !password.equals(confirmPassword);
    }
}
