package io.soundport.adapters.local;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.marketing.Audience;
import io.soundport.domain.marketing.AudienceFilter;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.AudienceMember;
import io.soundport.domain.marketing.Audiences;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class InMemoryAudiencesAdapter implements Audiences {
    private static final String RESOURCE = "Audience";
    private static final Comparator<Cursor> NEWEST_FIRST =
            Comparator.comparing(Cursor::createdAt).thenComparing(Cursor::id).reversed();
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<AudienceId, Audience> rows;
    /** Members by "<audience id>#<member key>". */
    private final InMemoryTable<String, AudienceMember> members;

    InMemoryAudiencesAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
        this.members = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(Audience audience) {
        transactions.write(() -> {
            if (rows.contains(audience.id())) {
                throw DomainException.conflict("An audience with this id already exists", "id");
            }
            rows.put(audience.id(), audience);
            return null;
        });
    }

    @Override
    public Optional<Audience> find(OrganizationId organizationId, AudienceId id) {
        return rows.get(id).filter(a -> a.organizationId().equals(organizationId));
    }

    @Override
    public Audience update(Audience a) {
        return transactions.write(() -> {
            Audience current = find(a.organizationId(), a.id())
                    .orElseThrow(() -> DomainException.notFound(RESOURCE, a.id().value()));
            if (current.version() != a.version()) {
                throw DomainException.staleVersion(RESOURCE, a.id().value());
            }
            Audience stored = a.storedOver(current);
            rows.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public boolean remove(OrganizationId organizationId, AudienceId id) {
        return transactions.write(() -> {
            if (find(organizationId, id).isEmpty()) {
                return false;
            }
            keysOf(id).forEach(members::remove);
            return rows.remove(id);
        });
    }

    @Override
    public Page<Audience> list(OrganizationId organizationId, AudienceFilter filter, PageRequest page) {
        AudienceFilter f = filter == null ? AudienceFilter.ALL : filter;
        Cursor after = page.after();
        List<Audience> fetched = rows.rows()
                .filter(a -> a.organizationId().equals(organizationId) && f.matches(a))
                .filter(a -> after == null || NEWEST_FIRST.compare(Audiences.cursorOf(a), after) > 0)
                .sorted(Comparator.comparing(Audiences::cursorOf, NEWEST_FIRST))
                .limit(page.limit() + 1L)
                .toList();
        return Page.fromOverfetch(fetched, page.limit(), Audiences::cursorOf);
    }

    @Override
    public int addMembers(OrganizationId organizationId, AudienceId id, List<AudienceMember> added) {
        return transactions.write(() -> {
            requireAudience(organizationId, id);
            Map<String, AudienceMember> byKey = new LinkedHashMap<>();
            added.forEach(m -> byKey.putIfAbsent(prefix(id) + m.key(), m));
            int stored = 0;
            for (Map.Entry<String, AudienceMember> member : byKey.entrySet()) {
                if (!members.contains(member.getKey())) {
                    members.put(member.getKey(), member.getValue());
                    stored++;
                }
            }
            return stored;
        });
    }

    @Override
    public int removeMembers(OrganizationId organizationId, AudienceId id, List<String> keys) {
        return transactions.write(() -> {
            requireAudience(organizationId, id);
            int removed = 0;
            for (String key : keys.stream().distinct().toList()) {
                removed += members.remove(prefix(id) + key) ? 1 : 0;
            }
            return removed;
        });
    }

    @Override
    public List<AudienceMember> members(OrganizationId organizationId, AudienceId id, String afterKey, int limit) {
        if (find(organizationId, id).isEmpty()) {
            return List.of();
        }
        String prefix = prefix(id);
        return keysOf(id).stream()
                .filter(k -> afterKey == null || k.substring(prefix.length()).compareTo(afterKey) > 0)
                .sorted()
                .limit(limit)
                .flatMap(k -> members.get(k).stream())
                .toList();
    }

    private List<String> keysOf(AudienceId id) {
        String prefix = prefix(id);
        return members.keysWhere(m -> true).stream().filter(k -> k.startsWith(prefix)).toList();
    }

    private void requireAudience(OrganizationId organizationId, AudienceId id) {
        if (find(organizationId, id).isEmpty()) {
            throw DomainException.notFound(RESOURCE, id.value());
        }
    }

    private static String prefix(AudienceId id) {
        return id.value() + "#";
    }
}
