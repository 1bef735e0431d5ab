package org.innkeeper.application.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Who the guest is, as given when booking. */
public record GuestDetails(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Email @Size(max = 200) String email,
        @Size(max = 40) String phone) implements Serializable {
}
