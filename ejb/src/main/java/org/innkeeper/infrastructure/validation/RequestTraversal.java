package org.innkeeper.infrastructure.validation;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Bean Validation may read and cascade into every property. What is validated here are requests (records
 * of the REST API and the services' interfaces), never entities: the entities carry no constraints and are
 * not validated when stored (validation-mode NONE in persistence.xml). Hibernate Validator's default
 * resolver, as JPA is present, asked Hibernate for every property of every request whether it was loaded
 * (a lazy association is not to be fetched to be validated); for a record that question has one answer,
 * and asking it cost about 3 % of a booking's CPU. Named in META-INF/validation.xml (ejb) and
 * WEB-INF/validation.xml (rest-api).
 */
public class RequestTraversal implements TraversableResolver {

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                               Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
