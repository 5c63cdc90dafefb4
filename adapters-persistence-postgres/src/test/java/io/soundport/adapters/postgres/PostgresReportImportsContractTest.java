package io.soundport.adapters.postgres;

import io.soundport.contracts.ReportImportsContract;
import io.soundport.domain.persistence.PersistencePorts;

class PostgresReportImportsContractTest extends ReportImportsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDatabase.persistence();
    }
}
