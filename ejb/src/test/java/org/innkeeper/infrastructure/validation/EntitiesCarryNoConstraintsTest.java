package org.innkeeper.infrastructure.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * persistence.xml turns Bean Validation of entities off (validation-mode NONE) and RequestTraversal lets the
 * validator into every property: both hold only while no entity carries a constraint. A constraint put on an
 * entity would silently never be checked; this test says so instead.
 */
class EntitiesCarryNoConstraintsTest {

    @Test
    void noEntityOrEmbeddableHasABeanValidationAnnotation() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<String> mapped = new ArrayList<>();
        List<String> constrained = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (!type.isAnnotationPresent(Entity.class) && !type.isAnnotationPresent(Embeddable.class)
                        && !type.isAnnotationPresent(MappedSuperclass.class)) {
                    continue;
                }
                mapped.add(name);
                List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
                elements.addAll(List.of(type.getDeclaredFields()));
                elements.addAll(List.of(type.getDeclaredMethods()));
                for (AnnotatedElement element : elements) {
                    for (Annotation a : element.getAnnotations()) {
                        if (a.annotationType().getName().startsWith("jakarta.validation")) {
                            constrained.add(element + ": @" + a.annotationType().getSimpleName());
                        }
                    }
                }
            }
        }
        assertThat(mapped).as("the entities were found").hasSizeGreaterThan(20).contains(
                "org.innkeeper.domain.reservation.Reservation");
        assertThat(constrained).as("constraints on entities, which are never validated").isEmpty();
    }
}
