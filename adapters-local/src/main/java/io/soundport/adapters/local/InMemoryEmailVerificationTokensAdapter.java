package io.soundport.adapters.local;

import io.soundport.domain.identity.EmailVerificationToken;
import io.soundport.domain.identity.EmailVerificationTokens;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.shared.DomainException;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

final class InMemoryEmailVerificationTokensAdapter implements EmailVerificationTokens {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<String, EmailVerificationToken> rows;

    InMemoryEmailVerificationTokensAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(EmailVerificationToken token) {
        transactions.write(() -> {
            if (rows.contains(token.tokenHash())) {
                throw DomainException.conflict("An e-mail verification token with this hash already exists",
                        "token_hash");
            }
            rows.put(token.tokenHash(), token);
            return null;
        });
    }

    @Override
    public Optional<EmailVerificationToken> findByHash(String tokenHash) {
        return rows.get(tokenHash);
    }

    @Override
    public boolean markUsed(String tokenHash, Instant at) {
        return transactions.write(() -> {
            Optional<EmailVerificationToken> current = rows.get(tokenHash);
            if (current.isEmpty() || current.get().used()) {
                return false;
            }
            rows.put(tokenHash, current.get().useAt(at));
            return true;
        });
    }

    @Override
    public Optional<Instant> lastIssuedAt(UserId userId) {
        return rows.rows().filter(t -> t.userId().equals(userId)).map(EmailVerificationToken::issuedAt)
                .max(Comparator.naturalOrder());
    }
}
