package org.uglymugs.area;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A place a report can be about and a subscriber can follow, e.g. a police force area. */
@Entity
@Table(name = "area")
public class Area extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    /** The name on Dutch pages, or null for the default name. */
    @Column(name = "name_nl")
    public String nameNl;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    /** The name in a page language: the Dutch name on Dutch pages where one is set, else the default name. */
    String name(String lang) {
        return "nl".equals(lang) && nameNl != null ? nameNl : name;
    }
}
