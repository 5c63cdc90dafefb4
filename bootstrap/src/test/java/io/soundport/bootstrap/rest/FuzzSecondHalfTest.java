package io.soundport.bootstrap.rest;

/**
 * {@link FuzzTest} on the other half of the operations, with a server of its own: the two halves run in the suite's
 * two JVMs at once.
 */
class FuzzSecondHalfTest extends FuzzTest {
    @Override
    int half() {
        return 1;
    }
}
