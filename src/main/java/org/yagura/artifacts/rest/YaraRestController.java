package org.yagura.artifacts.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yagura.artifacts.YaraHuntService;
import org.yagura.artifacts.YaraHuntView;
import org.yagura.artifacts.YaraMatchView;
import org.yagura.artifacts.YaraRuleSetRequest;
import org.yagura.artifacts.YaraRuleSetView;
import org.yagura.artifacts.YaraService;
import org.yagura.artifacts.YaraValidation;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;
import org.yagura.shared.api.CursorPage;
import org.yagura.shared.api.CursorRequest;

/** YARA: the rule repository, matches per artifact and per rule set, and retro-hunts. */
@RestController
@Tag(name = "yara", description = "YARA rule sets (compiled by the yara command before they are stored), their matches, retro-hunts")
class YaraRestController {

    private final YaraService rules;
    private final YaraHuntService hunts;

    YaraRestController(YaraService rules, YaraHuntService hunts) {
        this.rules = rules;
        this.hunts = hunts;
    }

    record ValidateRequest(@Nullable String source) {
    }

    record HuntRequest(@Nullable String ruleSet) {
    }

    @GetMapping("/api/v1/yara/status")
    @Operation(summary = "Whether the yara command is installed on the node that answers")
    Map<String, Boolean> status() {
        return Map.of("available", rules.available());
    }

    @GetMapping("/api/v1/yara/rule-sets")
    @Operation(summary = "The rule sets the caller may read, by key (cursor-paginated)")
    CursorPage<YaraRuleSetView> list(@RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return rules.list(CursorRequest.of(limit, cursor));
    }

    @PostMapping(path = "/api/v1/yara/rule-sets", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a rule set; the rules are compiled first: 400 problem with errors[{line, rule, message}] "
            + "when they do not compile, 503 when yara is not installed")
    ResponseEntity<YaraRuleSetView> create(@RequestBody YaraRuleSetRequest request) {
        YaraRuleSetView created = rules.create(request);
        return ResponseEntity.created(URI.create("/api/v1/yara/rule-sets/" + created.key())).body(created);
    }

    @PostMapping(path = "/api/v1/yara/rule-sets/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import one .yar/.yara file or a zip of them (part 'file'): one rule set per rule file, all or none; "
            + "400 for a member name that could leave a directory or rules that do not compile (errors name the file)")
    ResponseEntity<Map<String, List<YaraRuleSetView>>> importRules(@RequestPart("file") @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable Tlp tlp, @RequestParam(required = false) @Nullable List<String> tags,
            @RequestParam(defaultValue = "false") boolean enabled) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new BadRequestException("yara.import.empty");
        }
        try (InputStream in = file.getInputStream()) {
            List<YaraRuleSetView> created = rules.importRules(String.valueOf(file.getOriginalFilename()), in, tlp, tags, enabled);
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("items", created));
        }
    }

    @PostMapping(path = "/api/v1/yara/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Compile rules without storing them: valid, the rule names, and the errors and warnings with line numbers")
    YaraValidation validate(@RequestBody ValidateRequest request) {
        return rules.validate(request.source());
    }

    @GetMapping("/api/v1/yara/rule-sets/{key}")
    @Operation(summary = "One rule set with its source")
    YaraRuleSetView get(@PathVariable String key) {
        return rules.get(key);
    }

    @PutMapping(path = "/api/v1/yara/rule-sets/{key}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Edit a rule set (fields left out keep their value; 'version' guards against concurrent edits: 409); "
            + "new rules must compile (400 with errors and lines)")
    YaraRuleSetView update(@PathVariable String key, @RequestBody YaraRuleSetRequest request) {
        return rules.update(key, request);
    }

    @PostMapping("/api/v1/yara/rule-sets/{key}/enable")
    @Operation(summary = "Scan newly stored artifacts with this rule set (it is compiled again first)")
    YaraRuleSetView enable(@PathVariable String key) {
        return rules.enable(key, true);
    }

    @PostMapping("/api/v1/yara/rule-sets/{key}/disable")
    @Operation(summary = "Stop scanning new artifacts with this rule set; its matches stay")
    YaraRuleSetView disable(@PathVariable String key) {
        return rules.enable(key, false);
    }

    @DeleteMapping("/api/v1/yara/rule-sets/{key}")
    @Operation(summary = "Delete a rule set with its matches and hunts")
    ResponseEntity<Void> delete(@PathVariable String key) {
        rules.delete(key);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/yara/rule-sets/{key}/matches")
    @Operation(summary = "The latest matches of a rule set in artifacts the caller may read (limit 1-1000, default 200)")
    Map<String, List<YaraMatchView>> ruleSetMatches(@PathVariable String key, @RequestParam(defaultValue = "200") int limit) {
        return Map.of("items", hunts.matchesOfRuleSet(key, limit));
    }

    @GetMapping("/api/v1/artifacts/{key}/yara-matches")
    @Operation(summary = "The rules that matched an artifact, with the matched strings and their offsets")
    Map<String, List<YaraMatchView>> artifactMatches(@PathVariable String key) {
        return Map.of("items", hunts.matchesOfArtifact(key));
    }

    @PostMapping(path = "/api/v1/yara/hunts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start a retro-hunt of one rule set ('ruleSet': its key) or of every enabled one (no 'ruleSet') over all "
            + "stored artifacts; follow it at the Location")
    ResponseEntity<YaraHuntView> startHunt(@RequestBody(required = false) @Nullable HuntRequest request) {
        YaraHuntView hunt = hunts.start(request == null ? null : request.ruleSet());
        return ResponseEntity.accepted().location(URI.create("/api/v1/yara/hunts/" + hunt.key())).body(hunt);
    }

    @GetMapping("/api/v1/yara/hunts")
    @Operation(summary = "The latest retro-hunts, newest first")
    Map<String, List<YaraHuntView>> recentHunts(@RequestParam(defaultValue = "50") int limit) {
        return Map.of("items", hunts.recent(limit));
    }

    @GetMapping("/api/v1/yara/hunts/{key}")
    @Operation(summary = "A retro-hunt's status and progress: done of total artifacts, matches and errors so far")
    YaraHuntView hunt(@PathVariable String key) {
        return hunts.hunt(key);
    }

    @PostMapping("/api/v1/yara/hunts/{key}/cancel")
    @Operation(summary = "Stop a retro-hunt after the file it is scanning; 409 when it has ended")
    YaraHuntView cancel(@PathVariable String key) {
        return hunts.cancel(key);
    }
}
