/** What the SDK's methods take: immutable records built with builders, one per operation that has a body or filters. */
package io.soundport.sdk.param;
