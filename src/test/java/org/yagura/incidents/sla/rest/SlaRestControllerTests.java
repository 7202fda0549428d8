package org.yagura.incidents.sla.rest;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yagura.taxonomy.TaxonomyFixtures.ADMIN_TOKEN;
import static org.yagura.taxonomy.TaxonomyFixtures.awaitAudit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yagura.taxonomy.TaxonomyFixtures;

@SpringBootTest
@AutoConfigureMockMvc
class SlaRestControllerTests {

    private static final String API = "/api/v1/sla";
    private final MockMvc mvc;
    private final JdbcClient jdbc;

    @Autowired
    SlaRestControllerTests(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    @Test
    void readsTheTargetsCalendarAndHolidays() throws Exception {
        mvc.perform(get(API + "/targets").header("Authorization", ADMIN_TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(16))
                .andExpect(jsonPath("$.items[0].priority").value("P1"))
                .andExpect(jsonPath("$.items[0].kind").value("ACKNOWLEDGE"))
                .andExpect(jsonPath("$.items[0].minutes").value(15))
                .andExpect(jsonPath("$.items[0].duration").value("PT15M"))
                .andExpect(jsonPath("$.items[0].businessHours").value(false));
        mvc.perform(get(API + "/calendar").header("Authorization", ADMIN_TOKEN))
                .andExpect(jsonPath("$.zone").value("Asia/Tokyo"))
                .andExpect(jsonPath("$.workingDays[0]").value("MONDAY"))
                .andExpect(jsonPath("$.workStart").value("09:00"))
                .andExpect(jsonPath("$.workEnd").value("18:00"))
                .andExpect(jsonPath("$.atRiskPercent").value(75));
        mvc.perform(get(API + "/holidays").param("year", "2026").header("Authorization", ADMIN_TOKEN)
                        .header("Accept-Language", "ja"))
                .andExpect(jsonPath("$.items.length()").value(18))
                .andExpect(jsonPath("$.items[0].date").value("2026-01-01"))
                .andExpect(jsonPath("$.items[0].name").value("元日"))
                .andExpect(jsonPath("$.items[0].nameEn").value("New Year's Day"))
                .andExpect(jsonPath("$.items[9].date").value("2026-05-06"));
    }

    @Test
    void changesATargetAndAuditsIt() throws Exception {
        try {
            json(put(API + "/targets"), "{\"targets\":[{\"priority\":\"P3\",\"kind\":\"RESOLVE\",\"minutes\":3000,\"businessHours\":true}]}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[?(@.priority=='P3' && @.kind=='RESOLVE')].minutes").value(3000));
            org.assertj.core.api.Assertions.assertThat(awaitAudit(jdbc, "sla.targets-changed", "targets"))
                    .contains("P3 RESOLVE: PT45H business → PT50H business");
        } finally {
            json(put(API + "/targets"), "{\"targets\":[{\"priority\":\"P3\",\"kind\":\"RESOLVE\",\"minutes\":2700,\"businessHours\":true}]}")
                    .andExpect(status().isOk());
        }
    }

    @Test
    void refusesNegativeTargetsUnknownPrioritiesAndKindsWith400() throws Exception {
        json(put(API + "/targets"), "{\"targets\":[{\"priority\":\"P1\",\"kind\":\"ACKNOWLEDGE\",\"minutes\":-5}]}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("targets[0].minutes")))
                .andExpect(jsonPath("$.errors[*].reason", hasItem(
                        "A target must be a whole number of minutes, at least 1 and at most 366 days.")));
        json(put(API + "/targets"), "{\"targets\":[{\"priority\":\"P1\",\"kind\":\"ACKNOWLEDGE\",\"minutes\":0}]}")
                .andExpect(status().isBadRequest());
        json(put(API + "/targets"), "{\"targets\":[{\"priority\":\"P9\",\"kind\":\"ACKNOWLEDGE\",\"minutes\":5}]}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        json(put(API + "/targets"), "{\"targets\":[{\"priority\":\"P1\",\"kind\":\"NAP\",\"minutes\":5}]}")
                .andExpect(status().isBadRequest());
        json(put(API + "/targets"), "{\"targets\":[]}").andExpect(status().isBadRequest());
    }

    @Test
    void changesTheCalendarAndRefusesBadZonesTimesAndRanges() throws Exception {
        try {
            json(put(API + "/calendar"), """
                    {"zone":"Europe/Paris","workingDays":["TUESDAY","MONDAY"],"workStart":"08:00","workEnd":"00:00","atRiskPercent":80}""")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.zone").value("Europe/Paris"))
                    .andExpect(jsonPath("$.workingDays[0]").value("MONDAY"))
                    .andExpect(jsonPath("$.workEnd").value("00:00"));
            awaitAudit(jdbc, "sla.calendar-changed", "calendar");
        } finally {
            json(put(API + "/calendar"), """
                    {"zone":"Asia/Tokyo","workingDays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"],
                     "workStart":"09:00","workEnd":"18:00","atRiskPercent":75}""").andExpect(status().isOk());
        }
        json(put(API + "/calendar"), """
                {"zone":"Mars/Olympus","workingDays":["MONDAY"],"workStart":"09:00","workEnd":"18:00","atRiskPercent":75}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Unknown time zone: Mars/Olympus."));
        json(put(API + "/calendar"), """
                {"zone":"UTC","workingDays":["MONDAY"],"workStart":"9 o'clock","workEnd":"18:00","atRiskPercent":75}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        json(put(API + "/calendar"), """
                {"zone":"UTC","workingDays":["MONDAY"],"workStart":"18:00","workEnd":"09:00","atRiskPercent":75}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Working hours must open before they close."));
        json(put(API + "/calendar"), """
                {"zone":"UTC","workingDays":[],"workStart":"09:00","workEnd":"18:00","atRiskPercent":100}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("workingDays")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("atRiskPercent")));
    }

    @Test
    void addsAndRemovesAHolidayAndRefusesMalformedDates() throws Exception {
        json(put(API + "/holidays/2027-12-30"), "{\"nameEn\":\"Year-end\",\"nameJa\":\"年末休業\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2027-12-30"))
                .andExpect(jsonPath("$.name").value("Year-end"));
        mvc.perform(delete(API + "/holidays/2027-12-30").header("Authorization", ADMIN_TOKEN))
                .andExpect(status().isNoContent());
        mvc.perform(delete(API + "/holidays/2027-12-30").header("Authorization", ADMIN_TOKEN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no holiday on 2027-12-30."));
        json(put(API + "/holidays/2027-13-45"), "{\"nameEn\":\"x\",\"nameJa\":\"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        json(put(API + "/holidays/tomorrow"), "{\"nameEn\":\"x\",\"nameJa\":\"x\"}")
                .andExpect(status().isBadRequest());
        json(put(API + "/holidays/2027-12-30"), "{\"nameEn\":\"\",\"nameJa\":\"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("nameEn")));
        mvc.perform(get(API + "/holidays").param("year", "twenty").header("Authorization", ADMIN_TOKEN))
                .andExpect(status().isBadRequest());
        awaitAudit(jdbc, "sla.holiday-removed", "2027-12-30");
    }

    @Test
    void keepsChangesToTeamLeadsAndAdministrators() throws Exception {
        String analyst = TaxonomyFixtures.tokenForNewUser(mvc, "ANALYST");
        mvc.perform(get(API + "/targets").header("Authorization", analyst)).andExpect(status().isOk());
        mvc.perform(put(API + "/holidays/2027-12-31").header("Authorization", analyst).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameEn\":\"x\",\"nameJa\":\"x\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(API + "/targets")).andExpect(status().isUnauthorized());
    }

    @Test
    void documentsTheEndpointsInTheOpenApiDescription() throws Exception {
        mvc.perform(get("/api/openapi.json"))
                .andExpect(jsonPath("$.paths['/api/v1/sla/targets'].put.summary").isString())
                .andExpect(jsonPath("$.paths['/api/v1/sla/holidays/{date}'].delete.summary").isString());
    }

    private ResultActions json(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.header("Authorization", ADMIN_TOKEN).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
