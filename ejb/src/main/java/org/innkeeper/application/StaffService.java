package org.innkeeper.application;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.innkeeper.application.dto.PasswordChange;
import org.innkeeper.application.dto.PasswordReset;
import org.innkeeper.application.dto.StaffChange;
import org.innkeeper.application.dto.StaffMemberForm;
import org.innkeeper.application.dto.StaffMemberView;

/**
 * Staff accounts. Managers open accounts with roles, change roles, deactivate and reactivate them and
 * reset a forgotten password (a temporary one, changed at the next login); the hotel always keeps an
 * active manager, and no manager deactivates themself. Everyone changes their own password.
 */
@Local
public interface StaffService {

    /** Every account, active or not (managers). */
    List<StaffMemberView> staff();

    StaffMemberView member(@NotBlank String username);

    StaffMemberView open(@NotNull @Valid StaffMemberForm form);

    StaffMemberView change(@NotBlank String username, @NotNull @Valid StaffChange change);

    StaffMemberView resetPassword(@NotBlank String username, @NotNull @Valid PasswordReset reset);

    /** The acting member of staff's own password. */
    void changeOwnPassword(@NotNull @Valid PasswordChange change);
}
