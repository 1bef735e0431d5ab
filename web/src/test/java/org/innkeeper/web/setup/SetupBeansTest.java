package org.innkeeper.web.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.innkeeper.application.SetupService;
import org.innkeeper.application.dto.PolicyTerms;
import org.innkeeper.application.dto.PriceCalendarView;
import org.innkeeper.application.dto.PriceChange;
import org.innkeeper.application.dto.RatePlanForm;
import org.innkeeper.application.dto.RatePlanView;
import org.innkeeper.application.dto.RestrictionChange;
import org.innkeeper.application.dto.RoomForm;
import org.innkeeper.application.dto.RoomTypeForm;
import org.innkeeper.application.dto.RoomTypeView;
import org.innkeeper.application.dto.RoomView;
import org.innkeeper.application.dto.TaxSettings;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.web.faces.FacesMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the setup pages hand to the service, from what the manager entered (no container, no Faces). */
class SetupBeansTest {

    private final Recorder setup = new Recorder();
    private final List<String> shown = new ArrayList<>();
    private final List<DomainException> refused = new ArrayList<>();
    private RatePlansBean plans;
    private RatesBean rates;

    @BeforeEach
    void beans() {
        FacesMessages messages = new FacesMessages() {
            @Override
            public void info(String key, Object... args) {
                shown.add(key);
            }
        };
        SetupRefusals refusals = new SetupRefusals() {
            @Override
            public void show(DomainException refusal) {
                refused.add(refusal);
            }
        };
        plans = new RatePlansBean();
        plans.setup = setup;
        plans.messages = messages;
        plans.refusals = refusals;
        plans.init();
        rates = new RatesBean();
        rates.setup = setup;
        rates.messages = messages;
        rates.refusals = refusals;
        rates.init(LocalDate.of(2028, 3, 1));
    }

    @Test
    void aNonRefundableDerivedPlanIsSentWithoutFreeHoursAndOnlyThePercentagesItsChoicesUse() {
        plans.setCode("ebd");
        plans.setName("Early bird");
        plans.setParent("BAR");
        plans.setAdjustmentPercent(new BigDecimal("-10"));
        plans.setGuarantee("CARD");
        plans.setDepositPercent(new BigDecimal("30")); // left over from an earlier choice of DEPOSIT
        plans.setRefundable(false);
        plans.setFreeCancellationHours(48);
        plans.setCancellationFee("FULL_STAY");
        plans.setCancellationFeePercent(new BigDecimal("50"));
        plans.setNoShowFee("PERCENT");
        plans.setNoShowFeePercent(new BigDecimal("80"));

        plans.save();

        RatePlanForm form = setup.ratePlan;
        assertThat(form.code()).isEqualTo("ebd");
        assertThat(form.parent()).isEqualTo("BAR");
        assertThat(form.adjustmentPercent()).isEqualByComparingTo("-10");
        assertThat(form.policies()).isEqualTo(new PolicyTerms("CARD", null, null, "FULL_STAY", null, "PERCENT",
                new BigDecimal("80")));
        assertThat(shown).containsExactly("setup.ratePlan.saved");
        assertThat(refused).isEmpty();
    }

    @Test
    void aPlanWithItsOwnPricesSendsNoAdjustment() {
        plans.setCode("OWN");
        plans.setName("Own prices");
        plans.setParent("");
        plans.setAdjustmentPercent(new BigDecimal("5"));

        plans.save();

        assertThat(setup.ratePlan.parent()).isNull();
        assertThat(setup.ratePlan.adjustmentPercent()).isNull();
        assertThat(setup.ratePlan.policies().freeCancellationHours()).isEqualTo(24);
    }

    @Test
    void aRefusalIsShownAndTheFormKeepsWhatWasEntered() {
        setup.refuse = new InvalidValueException("depositPercent", "a deposit guarantee needs a deposit above 0 %");
        plans.setCode("DEP");
        plans.setName("Deposit");
        plans.setGuarantee("DEPOSIT");

        plans.save();

        assertThat(refused).containsExactly(setup.refuse);
        assertThat(shown).isEmpty();
        assertThat(plans.getEditing()).isNull();
        assertThat(plans.getCode()).isEqualTo("DEP");
    }

    @Test
    void pricesGoToEveryChosenRoomTypeInOneCall() {
        rates.setPriceRatePlan("BAR");
        rates.setPriceRoomTypes(new String[] {"STD", "TWN"});
        rates.setPriceFrom(LocalDate.of(2028, 3, 6));
        rates.setPriceTo(LocalDate.of(2028, 3, 19));
        rates.setPriceWeekdays(new DayOfWeek[] {DayOfWeek.FRIDAY, DayOfWeek.SATURDAY});
        rates.setAmount(new BigDecimal("260"));

        rates.setPrices();

        assertThat(setup.priceCalls).hasSize(1);
        assertThat(setup.priceCalls.get(0)).extracting(PriceChange::roomType).containsExactly("STD", "TWN");
        assertThat(setup.priceCalls.get(0)).allSatisfy(c -> {
            assertThat(c.ratePlan()).isEqualTo("BAR");
            assertThat(c.weekdays()).isEqualTo(Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
            assertThat(c.amount()).isEqualByComparingTo("260");
        });
        // both types changed: the calendar shows every type
        assertThat(rates.getCalendars()).extracting(PriceCalendarView::roomType).containsExactly("STD", "TWN");
    }

    @Test
    void restrictionsGoToEveryChosenPlanWithEveryChosenRoomTypeInOneCall() {
        rates.setRestrictionRatePlans(new String[] {"BAR", "NRF"});
        rates.setRestrictionRoomTypes(new String[] {"TWN"});
        rates.setRestrictionFrom(LocalDate.of(2028, 3, 16));
        rates.setRestrictionTo(LocalDate.of(2028, 3, 17));
        rates.setRestrictionWeekdays(new DayOfWeek[] {DayOfWeek.THURSDAY});
        rates.setMinStay(4);
        rates.setClosedToArrival(true);

        rates.setRestrictions();

        assertThat(setup.restrictionCalls).hasSize(1);
        List<RestrictionChange> changes = setup.restrictionCalls.get(0);
        assertThat(changes).extracting(RestrictionChange::ratePlan).containsExactly("BAR", "NRF");
        assertThat(changes).extracting(RestrictionChange::roomType).containsExactly("TWN", "TWN");
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.minStay()).isEqualTo(4);
            assertThat(c.closedToArrival()).isTrue();
            assertThat(c.stopSell()).isFalse();
            assertThat(c.weekdays()).containsExactly(DayOfWeek.THURSDAY);
        });
        assertThat(shown).containsExactly("setup.restrictions.saved");
        assertThat(rates.getCalendars()).singleElement().satisfies(c -> {
            assertThat(c.ratePlan()).isEqualTo("BAR");
            assertThat(c.roomType()).isEqualTo("TWN");
        });
    }

    @Test
    void clearingEverythingTickedIsOneChangeForAllWithEmptyRules() {
        // all plans and types are ticked to begin with
        rates.setMinStay(4);
        rates.setStopSell(true);

        rates.clearRestrictions();

        assertThat(setup.restrictionCalls).hasSize(1);
        assertThat(setup.restrictionCalls.get(0)).singleElement().satisfies(c -> {
            assertThat(c.ratePlan()).isNull();
            assertThat(c.roomType()).isNull();
            assertThat(c.minStay()).isNull();
            assertThat(c.maxStay()).isNull();
            assertThat(c.stopSell()).isFalse();
            assertThat(c.weekdays()).hasSize(7);
        });
        assertThat(shown).containsExactly("setup.restrictions.cleared");
    }

    /** Records what the beans send; refuses when told to. */
    private static final class Recorder implements SetupService {

        DomainException refuse;
        RatePlanForm ratePlan;
        final List<List<PriceChange>> priceCalls = new ArrayList<>();
        final List<List<RestrictionChange>> restrictionCalls = new ArrayList<>();

        @Override
        public List<RoomTypeView> roomTypes() {
            return List.of(new RoomTypeView("STD", "Standard", 2, 2, 0, 10), new RoomTypeView("TWN", "Twin", 2, 2, 0, 8));
        }

        @Override
        public RoomTypeView saveRoomType(RoomTypeForm form) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RoomView addRoom(RoomForm form) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RatePlanView> ratePlans() {
            PolicyTerms flexible = new PolicyTerms("NONE", null, 24, "FIRST_NIGHT", null, "FIRST_NIGHT", null);
            return List.of(
                    new RatePlanView("BAR", "Best", null, null, null, false, BigDecimal.ZERO, BigDecimal.ZERO, true, flexible, ""),
                    new RatePlanView("BB", "B&B", null, null, null, true, BigDecimal.ZERO, BigDecimal.ZERO, true, flexible, ""),
                    new RatePlanView("NRF", "Non-ref", null, "BAR", new BigDecimal("-10"), false, BigDecimal.ZERO,
                            BigDecimal.ZERO, true, flexible, ""));
        }

        @Override
        public RatePlanView saveRatePlan(RatePlanForm form) {
            if (refuse != null) {
                throw refuse;
            }
            ratePlan = form;
            return new RatePlanView(form.code().toUpperCase(), form.name(), form.description(), form.parent(),
                    form.adjustmentPercent(), form.breakfastIncluded(), form.extraAdultAmount(), form.childAmount(),
                    form.active(), form.policies(), "");
        }

        @Override
        public int setPrices(PriceChange change) {
            return setPrices(List.of(change));
        }

        @Override
        public int setPrices(List<PriceChange> changes) {
            priceCalls.add(changes);
            return changes.size() * 4;
        }

        @Override
        public int setRestrictions(RestrictionChange change) {
            return setRestrictions(List.of(change));
        }

        @Override
        public int setRestrictions(List<RestrictionChange> changes) {
            restrictionCalls.add(changes);
            return changes.size();
        }

        @Override
        public PriceCalendarView priceCalendar(String ratePlan, String roomType, LocalDate from, int days) {
            return new PriceCalendarView(ratePlan, roomType, "EUR", List.of());
        }

        @Override
        public TaxSettings taxes() {
            throw new UnsupportedOperationException();
        }

        @Override
        public TaxSettings saveTaxes(TaxSettings taxes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.innkeeper.application.dto.HotelSettingsForm hotelSettings() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.innkeeper.application.dto.HotelSettingsForm saveHotelSettings(
                org.innkeeper.application.dto.HotelSettingsForm settings) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<org.innkeeper.application.dto.ArticleView> articles() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.innkeeper.application.dto.ArticleView saveArticle(org.innkeeper.application.dto.ArticleForm form) {
            throw new UnsupportedOperationException();
        }
    }
}
