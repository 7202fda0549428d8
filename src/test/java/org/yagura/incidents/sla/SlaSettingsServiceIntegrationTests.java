package org.yagura.incidents.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yagura.taxonomy.TaxonomyFixtures.awaitAudit;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.NotFoundException;
import org.yagura.taxonomy.Priority;

@SpringBootTest
@WithMockUser(username = "lead", roles = "TEAM_LEAD")
class SlaSettingsServiceIntegrationTests {

    private final SlaSettingsService settings;
    private final JdbcClient jdbc;

    @Autowired
    SlaSettingsServiceIntegrationTests(SlaSettingsService settings, JdbcClient jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Test
    void shipsJapansNationalHolidaysOf2026And2027IncludingSubstituteDays() {
        for (int year : new int[] {2026, 2027}) {
            assertThat(settings.holidays(year)).extracting(Holiday::date)
                    .as("holidays of %d", year).containsExactlyElementsOf(JapaneseHolidayRules.of(year));
        }
        assertThat(settings.holidays(2026)).hasSize(18)
                .contains(new Holiday(LocalDate.of(2026, 5, 6), "Substitute holiday", "休日（振替休日）"),
                        new Holiday(LocalDate.of(2026, 9, 22), "Citizens' holiday", "休日（国民の休日）"));
        assertThat(settings.holidays(2027)).hasSize(17)
                .contains(new Holiday(LocalDate.of(2027, 3, 22), "Substitute holiday", "休日（振替休日）"));
    }

    @Test
    void shipsDefaultTargetsAndATokyoWorkingWeek() {
        assertThat(settings.target(Priority.P1, SlaKind.ACKNOWLEDGE))
                .isEqualTo(new SlaTarget(Priority.P1, SlaKind.ACKNOWLEDGE, Duration.ofMinutes(15), false));
        assertThat(settings.target(Priority.P1, SlaKind.RESOLVE).target()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.target(Priority.P4, SlaKind.RESOLVE).businessHours()).isTrue();
        assertThat(settings.target(Priority.P4, SlaKind.BREACH_NOTIFICATION))
                .isEqualTo(new SlaTarget(Priority.P4, SlaKind.BREACH_NOTIFICATION, Duration.ofHours(72), false));
        assertThat(settings.targets()).hasSize(16);
        SlaCalendarSettings calendar = settings.calendarSettings();
        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(calendar.workingDays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(calendar.workStart()).isEqualTo(LocalTime.of(9, 0));
        assertThat(calendar.atRiskPercent()).isEqualTo(75);
        assertThat(settings.businessCalendar().isWorkingDay(LocalDate.of(2026, 11, 23))).isFalse();
    }

    @Test
    void changesATargetAndAuditsWhatChanged() {
        SlaTarget old = settings.target(Priority.P2, SlaKind.CONTAIN);
        try {
            settings.changeTargets(List.of(new SlaTarget(Priority.P2, SlaKind.CONTAIN, Duration.ofMinutes(300), true)));
            assertThat(settings.target(Priority.P2, SlaKind.CONTAIN).target()).isEqualTo(Duration.ofMinutes(300));
            assertThat(awaitAudit(jdbc, "sla.targets-changed", "targets"))
                    .contains("P2 CONTAIN: PT8H calendar → PT5H business");
        } finally {
            settings.changeTargets(List.of(old));
        }
    }

    @Test
    void refusesTargetsThatAreNotWholePositiveMinutes() {
        assertThatThrownBy(() -> settings.changeTargets(List.of(
                new SlaTarget(Priority.P1, SlaKind.ACKNOWLEDGE, Duration.ofSeconds(90), false))))
                .isInstanceOf(BadRequestException.class).hasMessage("sla.error.target");
        assertThatThrownBy(() -> settings.changeTargets(List.of(
                new SlaTarget(Priority.P1, SlaKind.ACKNOWLEDGE, Duration.ofDays(400), false))))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> new SlaTarget(Priority.P1, SlaKind.ACKNOWLEDGE, Duration.ofMinutes(-1), false))
                .isInstanceOf(BadRequestException.class).hasMessage("sla.error.target");
    }

    @Test
    void changesTheCalendarAndRefusesOneWithoutWorkingTime() {
        SlaCalendarSettings old = settings.calendarSettings();
        try {
            settings.changeCalendar(new SlaCalendarSettings(ZoneId.of("Europe/Berlin"),
                    EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(8, 30), LocalTime.MIDNIGHT, 60));
            SlaCalendarSettings now = settings.calendarSettings();
            assertThat(now.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThat(now.workingDaysInOrder()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
            assertThat(now.workEnd()).isEqualTo(LocalTime.MIDNIGHT);
            assertThat(awaitAudit(jdbc, "sla.calendar-changed", "calendar")).contains("Europe/Berlin");
        } finally {
            settings.changeCalendar(old);
        }
        assertThatThrownBy(() -> settings.changeCalendar(new SlaCalendarSettings(ZoneId.of("UTC"), EnumSet.noneOf(DayOfWeek.class),
                LocalTime.of(9, 0), LocalTime.of(17, 0), 75))).hasMessage("sla.error.no-working-day");
        assertThatThrownBy(() -> settings.changeCalendar(new SlaCalendarSettings(ZoneId.of("UTC"), EnumSet.of(DayOfWeek.MONDAY),
                LocalTime.of(17, 0), LocalTime.of(9, 0), 75))).hasMessage("sla.error.hours-order");
        assertThatThrownBy(() -> settings.changeCalendar(new SlaCalendarSettings(ZoneId.of("UTC"), EnumSet.of(DayOfWeek.MONDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0), 100))).hasMessage("sla.error.at-risk-range");
    }

    @Test
    void addsRenamesAndRemovesAHoliday() {
        LocalDate day = LocalDate.of(2027, 12, 29);
        settings.saveHoliday(new Holiday(day, "Year-end closing", "年末休業"));
        settings.saveHoliday(new Holiday(day, " Year-end holidays ", "年末年始休業"));
        assertThat(settings.holidays(2027)).contains(new Holiday(day, "Year-end holidays", "年末年始休業"));
        assertThat(settings.businessCalendar().isWorkingDay(day)).isFalse();
        settings.removeHoliday(day);
        assertThat(settings.businessCalendar().isWorkingDay(day)).isTrue();
        assertThatThrownBy(() -> settings.removeHoliday(day)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> settings.saveHoliday(new Holiday(day, "x", " "))).hasMessage("sla.error.holiday-name");
        awaitAudit(jdbc, "sla.holiday-saved", "2027-12-29");
        awaitAudit(jdbc, "sla.holiday-removed", "2027-12-29");
    }

    @Test
    @WithMockUser(username = "handler", roles = "INCIDENT_HANDLER")
    void letsOnlyTeamLeadsAndAdministratorsChangeSettings() {
        assertThat(settings.targets()).isNotEmpty();
        assertThatThrownBy(() -> settings.removeHoliday(LocalDate.of(2026, 1, 1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.changeTargets(List.of())).isInstanceOf(AccessDeniedException.class);
    }
}
