package io.soundport.adapters.local;

import io.soundport.contracts.ReportImportsContract;
import io.soundport.domain.persistence.PersistencePorts;

class InMemoryReportImportsContractTest extends ReportImportsContract {
    // One store for the whole class, as a shared database would be.
    private static final PersistencePorts PORTS = new InMemoryPersistence();

    @Override
    protected PersistencePorts ports() {
        return PORTS;
    }
}
