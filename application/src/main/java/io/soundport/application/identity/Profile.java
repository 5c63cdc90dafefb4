package io.soundport.application.identity;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.User;

/** The signed-in caller: who they are, in which organization, with which role. */
public record Profile(User user, Organization organization, Role role) {
}
