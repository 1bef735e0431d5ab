package org.innkeeper.domain.reservation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A guest sharing the room with the main guest, registered at check-in. */
@Entity
@Table(name = "companion")
public class Companion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "companion_seq")
    @SequenceGenerator(name = "companion_seq", sequenceName = "companion_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Embedded
    private PersonalData person;

    protected Companion() {
    }

    Companion(int position, PersonalData person) {
        this.position = position;
        this.person = person;
    }

    public int position() {
        return position;
    }

    public PersonalData person() {
        return person;
    }

    public String fullName() {
        return person.fullName();
    }

    public LocalDate birthDate() {
        return person.birthDate();
    }
}
