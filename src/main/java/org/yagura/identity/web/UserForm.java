package org.yagura.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.yagura.identity.Role;

/** The user form of the administration pages. The password is optional: empty means a one-time password. */
public class UserForm {

    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._@-]{1,63}", message = "{user.username.invalid}")
    private String username = "";
    @NotBlank
    @Size(max = 200)
    private String displayName = "";
    @Email
    @Size(max = 320)
    private String email = "";
    @NotNull
    private Role role = Role.ANALYST;
    @Size(max = 256)
    private String password = "";
    @Size(max = 200)
    private String constituency = "";
    private Long version;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConstituency() { return constituency; }
    public void setConstituency(String constituency) { this.constituency = constituency; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
