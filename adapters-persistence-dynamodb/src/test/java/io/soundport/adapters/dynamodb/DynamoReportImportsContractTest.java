package io.soundport.adapters.dynamodb;

import io.soundport.contracts.ReportImportsContract;
import io.soundport.domain.persistence.PersistencePorts;

class DynamoReportImportsContractTest extends ReportImportsContract {
    @Override
    protected PersistencePorts ports() {
        return TestDynamo.persistence();
    }
}
