package org.innkeeper.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Translated names of coded values (statuses, categories, ...): {@code #{labels.of('status', r.status)}}. */
@Named
@ApplicationScoped
public class Labels {

    @Inject
    private FacesMessages messages;

    public String of(String group, Object code) {
        if (code == null) {
            return "";
        }
        String key = group + "." + code;
        return messages.has(key) ? messages.text(key) : code.toString();
    }
}
