package org.innkeeper.domain.reservation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ConfirmationNumberConverter implements AttributeConverter<ConfirmationNumber, String> {

    @Override
    public String convertToDatabaseColumn(ConfirmationNumber number) {
        return number == null ? null : number.value();
    }

    @Override
    public ConfirmationNumber convertToEntityAttribute(String value) {
        return value == null ? null : new ConfirmationNumber(value);
    }
}
