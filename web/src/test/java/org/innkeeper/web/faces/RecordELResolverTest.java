package org.innkeeper.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import java.math.BigDecimal;
import org.innkeeper.application.dto.MoneyView;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsRecordComponents() {
        ELContext context = new TestContext();
        Object value = resolver.getValue(context, new MoneyView(new BigDecimal("12.50"), "EUR"), "currency");
        assertThat(value).isEqualTo("EUR");
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void leavesOtherPropertiesAndObjectsToTheNextResolver() {
        ELContext context = new TestContext();
        assertThat(resolver.getValue(context, new MoneyView(BigDecimal.ONE, "EUR"), "colour")).isNull();
        assertThat(resolver.getValue(context, "not a record", "length")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void recordsAreReadOnly() {
        ELContext context = new TestContext();
        MoneyView money = new MoneyView(BigDecimal.ONE, "EUR");
        assertThat(resolver.isReadOnly(context, money, "amount")).isTrue();
        assertThatThrownBy(() -> resolver.setValue(context, money, "amount", BigDecimal.TEN))
                .isInstanceOf(PropertyNotWritableException.class);
    }

    private static final class TestContext extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
