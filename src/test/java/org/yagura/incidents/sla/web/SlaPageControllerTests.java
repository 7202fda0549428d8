package org.yagura.incidents.sla.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.taxonomy.TaxonomyFixtures.awaitAudit;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.yagura.incidents.sla.Holiday;
import org.yagura.incidents.sla.SlaCalendarSettings;
import org.yagura.incidents.sla.SlaKind;
import org.yagura.incidents.sla.SlaSettingsService;
import org.yagura.incidents.sla.SlaTarget;
import org.yagura.taxonomy.Priority;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "lead", roles = "TEAM_LEAD")
class SlaPageControllerTests {

    private final MockMvc mvc;
    private final SlaSettingsService settings;
    private final JdbcClient jdbc;

    @Autowired
    SlaPageControllerTests(MockMvc mvc, SlaSettingsService settings, JdbcClient jdbc) {
        this.mvc = mvc;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Test
    void showsTargetsCalendarAndHolidaysInEnglish() throws Exception {
        mvc.perform(get("/admin/sla"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"h4\">SLA targets and business hours</h1>")))
                .andExpect(content().string(containsString("href=\"/admin/sla\">SLA and business hours</a>")))
                .andExpect(content().string(containsString("name=\"minutes.P1.ACKNOWLEDGE\" id=\"minutes-P1-ACKNOWLEDGE\"\n"
                        + "                       value=\"15\"")))
                .andExpect(content().string(containsString("<th>Breach notification</th>")))
                .andExpect(content().string(containsString("value=\"Asia/Tokyo\"")))
                .andExpect(content().string(containsString("<td>Substitute holiday</td>")))
                .andExpect(content().string(containsString("<td lang=\"ja\">休日（国民の休日）</td>")))
                .andExpect(content().string(containsString("Monday")))
                .andExpect(content().string(not(containsString("style="))));
    }

    @Test
    void showsTheJapanesePageForAJapaneseBrowser() throws Exception {
        mvc.perform(get("/admin/sla").header("Accept-Language", "ja-JP,ja;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"h4\">SLA 目標と営業時間</h1>")))
                .andExpect(content().string(containsString("<th>漏えい等の報告</th>")))
                .andExpect(content().string(containsString("月曜日")))
                .andExpect(content().string(containsString("2026-05-06</time> (水)")));
    }

    @Test
    void savesTargetsFromTheForm() throws Exception {
        SlaTarget old = settings.target(Priority.P2, SlaKind.ACKNOWLEDGE);
        try {
            mvc.perform(post("/admin/sla/targets").with(csrf()).param("minutes.P2.ACKNOWLEDGE", "45")
                            .param("business.P2.ACKNOWLEDGE", "on"))
                    .andExpect(redirectedUrl("/admin/sla"))
                    .andExpect(flash().attribute("flash", "sla.saved-targets"));
            assertThat(settings.target(Priority.P2, SlaKind.ACKNOWLEDGE))
                    .isEqualTo(new SlaTarget(Priority.P2, SlaKind.ACKNOWLEDGE, Duration.ofMinutes(45), true));
            awaitAudit(jdbc, "sla.targets-changed", "targets");
        } finally {
            mvc.perform(post("/admin/sla/targets").with(csrf()).param("minutes.P2.ACKNOWLEDGE", "" + old.target().toMinutes()))
                    .andExpect(flash().attribute("flash", "sla.saved-targets"));
        }
        assertThat(settings.target(Priority.P2, SlaKind.ACKNOWLEDGE)).isEqualTo(old);
    }

    @Test
    void refusesNegativeOrMalformedTargetsWithAMessage() throws Exception {
        mvc.perform(post("/admin/sla/targets").with(csrf()).param("minutes.P1.ACKNOWLEDGE", "-15"))
                .andExpect(redirectedUrl("/admin/sla"))
                .andExpect(flash().attribute("problem", "A target must be a whole number of minutes, at least 1 and at most 366 days."));
        mvc.perform(post("/admin/sla/targets").with(csrf()).param("minutes.P1.ACKNOWLEDGE", "soon"))
                .andExpect(flash().attribute("problem", "A target must be a whole number of minutes, at least 1 and at most 366 days."));
        assertThat(settings.target(Priority.P1, SlaKind.ACKNOWLEDGE).target()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void savesTheCalendarAndRefusesAnUnknownZone() throws Exception {
        SlaCalendarSettings old = settings.calendarSettings();
        try {
            mvc.perform(post("/admin/sla/calendar").with(csrf()).param("zone", "Europe/London")
                            .param("workingDays", "MONDAY", "WEDNESDAY").param("workStart", "08:00").param("workEnd", "16:30")
                            .param("atRiskPercent", "60"))
                    .andExpect(flash().attribute("flash", "sla.saved-calendar"));
            assertThat(settings.calendarSettings().zone().getId()).isEqualTo("Europe/London");
            assertThat(settings.calendarSettings().atRiskPercent()).isEqualTo(60);
        } finally {
            mvc.perform(post("/admin/sla/calendar").with(csrf()).param("zone", old.zone().getId())
                            .param("workingDays", old.workingDaysInOrder().stream().map(Enum::name).toArray(String[]::new))
                            .param("workStart", old.workStart().toString()).param("workEnd", old.workEnd().toString())
                            .param("atRiskPercent", "" + old.atRiskPercent()))
                    .andExpect(flash().attribute("flash", "sla.saved-calendar"));
        }
        assertThat(settings.calendarSettings()).isEqualTo(old);
        mvc.perform(post("/admin/sla/calendar").with(csrf()).param("zone", "Nowhere/Town").param("workingDays", "MONDAY")
                        .param("workStart", "08:00").param("workEnd", "16:30").param("atRiskPercent", "60")
                        .header("Accept-Language", "ja"))
                .andExpect(flash().attribute("problem", "不明なタイムゾーンです: Nowhere/Town"));
        mvc.perform(post("/admin/sla/calendar").with(csrf()).param("zone", "UTC").param("workStart", "08:00")
                        .param("workEnd", "16:30").param("atRiskPercent", "60"))
                .andExpect(flash().attribute("problem", "Choose at least one working day."));
        mvc.perform(post("/admin/sla/calendar").with(csrf()).param("zone", "UTC").param("workingDays", "MONDAY")
                        .param("workStart", "8am").param("workEnd", "16:30").param("atRiskPercent", "60"))
                .andExpect(flash().attribute("problem", "Give a time as HH:MM."));
    }

    @Test
    void addsAndRemovesAHolidayAndRefusesAMalformedDate() throws Exception {
        mvc.perform(post("/admin/sla/holidays").with(csrf()).param("date", "2027-08-13").param("nameEn", "Obon")
                        .param("nameJa", "お盆休み"))
                .andExpect(flash().attribute("flash", "sla.saved-holiday"));
        assertThat(settings.holidays(2027)).contains(new Holiday(LocalDate.of(2027, 8, 13), "Obon", "お盆休み"));
        mvc.perform(get("/admin/sla")).andExpect(content().string(containsString("<td lang=\"ja\">お盆休み</td>")));
        mvc.perform(post("/admin/sla/holidays/remove").with(csrf()).param("date", "2027-08-13"))
                .andExpect(flash().attribute("flash", "sla.removed-holiday"));
        assertThat(settings.holidays(2027)).extracting(Holiday::date).doesNotContain(LocalDate.of(2027, 8, 13));
        mvc.perform(post("/admin/sla/holidays").with(csrf()).param("date", "13/08/2027").param("nameEn", "Obon")
                        .param("nameJa", "お盆休み"))
                .andExpect(flash().attribute("problem", "Give a date as YYYY-MM-DD."));
    }

    @Test
    @WithMockUser(username = "handler", roles = "INCIDENT_HANDLER")
    void isForTeamLeadsAndAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/sla")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/sla/holidays/remove").with(csrf()).param("date", "2026-01-01"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/")).andExpect(content().string(not(containsString("href=\"/admin/sla\""))));
    }
}
