package io.soundport.sdk.model;

import java.util.List;

/**
 * Every ad account of the connected Meta user.
 *
 * @param data      the accounts
 * @param truncated true when Meta had more pages than the server reads at once
 */
public record MetaAdAccounts(List<MetaAdAccount> data, boolean truncated) {
}
