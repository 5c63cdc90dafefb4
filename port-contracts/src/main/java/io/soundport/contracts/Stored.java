package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.User;
import io.soundport.domain.persistence.PersistencePorts;

/** Fresh organizations and users stored through the ports, for suites whose records must belong to them. */
final class Stored {
    private Stored() {
    }

    static Organization organization(PersistencePorts ports) {
        Organization org = Fixtures.organization();
        ports.organizations().add(org);
        return org;
    }

    static User user(PersistencePorts ports) {
        User user = Fixtures.user();
        ports.users().add(user);
        return user;
    }
}
