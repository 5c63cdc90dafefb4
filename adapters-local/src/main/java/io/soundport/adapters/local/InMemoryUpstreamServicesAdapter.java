package io.soundport.adapters.local;

import io.soundport.domain.platform.ServiceName;
import io.soundport.domain.platform.UpstreamService;
import io.soundport.domain.platform.UpstreamServices;
import io.soundport.domain.shared.DomainException;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryUpstreamServicesAdapter implements UpstreamServices {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<ServiceName, UpstreamService> rows;

    InMemoryUpstreamServicesAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(UpstreamService service) {
        transactions.write(() -> {
            if (rows.contains(service.name())) {
                throw DomainException.conflict("A service named " + service.name() + " already exists", "name");
            }
            rows.put(service.name(), service);
            return null;
        });
    }

    @Override
    public Optional<UpstreamService> find(ServiceName name) {
        return rows.get(name);
    }

    @Override
    public List<UpstreamService> all() {
        return rows.rows().sorted(Comparator.comparing(s -> s.name().value())).toList();
    }

    @Override
    public boolean remove(ServiceName name) {
        return transactions.write(() -> rows.remove(name));
    }
}
