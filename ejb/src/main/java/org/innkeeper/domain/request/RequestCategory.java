package org.innkeeper.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a guest asks for (towels, repair, taxi): which department does it and how urgent it usually is. */
@Entity
@Table(name = "request_category")
public class RequestCategory {

    @Id
    @Column(length = 20)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestDepartment department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RequestPriority priority;

    protected RequestCategory() {
    }

    public RequestCategory(String code, String name, RequestDepartment department, RequestPriority priority) {
        this.code = code;
        this.name = name;
        this.department = department;
        this.priority = priority;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public RequestDepartment department() {
        return department;
    }

    public RequestPriority priority() {
        return priority;
    }
}
