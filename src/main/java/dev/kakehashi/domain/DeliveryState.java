package dev.kakehashi.domain;

/** Where one activity stands at one inbox. A PENDING row with attempts is retrying. */
public enum DeliveryState {
    PENDING,
    DELIVERED,
    FAILED
}
