/** What the API answers: immutable records, one per resource the SDK reads. */
package io.soundport.sdk.model;
