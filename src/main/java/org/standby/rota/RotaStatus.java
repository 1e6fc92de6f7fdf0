package org.standby.rota;

/** The life of a rota: drafted and regenerated freely, published by a director, archived when done. */
public enum RotaStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
