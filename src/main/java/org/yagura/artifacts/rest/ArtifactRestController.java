package org.yagura.artifacts.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yagura.artifacts.ArtifactService;
import org.yagura.artifacts.ArtifactView;
import org.yagura.artifacts.Upload;
import org.yagura.shared.Tlp;
import org.yagura.shared.api.BadRequestException;

/** Artifacts: files attached to records, their analysis, and password-protected downloads. */
@RestController
@Tag(name = "artifacts", description = "Files attached to reports (and later incidents), their analysis and downloads")
class ArtifactRestController {

    private final ArtifactService artifacts;

    ArtifactRestController(ArtifactService artifacts) {
        this.artifacts = artifacts;
    }

    @PostMapping(path = "/api/v1/{collection}/{key}/artifacts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload one or more files (multipart part 'files') to a record, e.g. /api/v1/reports/RPT-2026-00001/artifacts; "
            + "stored and hashed before the answer, analysed by a background job")
    ResponseEntity<Map<String, List<ArtifactView>>> upload(@PathVariable String collection, @PathVariable String key,
            @RequestPart("files") List<MultipartFile> files, @RequestParam(required = false) @Nullable Tlp tlp) {
        List<ArtifactView> stored = artifacts.upload(collection, key, Upload.fromParts(files), tlp);
        URI location = URI.create("/api/v1/artifacts/" + stored.get(0).key());
        return ResponseEntity.status(HttpStatus.CREATED).location(location).body(Map.of("items", stored));
    }

    @GetMapping("/api/v1/{collection}/{key}/artifacts")
    @Operation(summary = "The artifacts of a record, oldest first")
    Map<String, List<ArtifactView>> list(@PathVariable String collection, @PathVariable String key) {
        return Map.of("items", artifacts.list(collection, key));
    }

    @GetMapping("/api/v1/artifacts/{key}")
    @Operation(summary = "One artifact with its analysis status and result")
    ArtifactView get(@PathVariable String key) {
        return artifacts.get(key);
    }

    @PostMapping("/api/v1/artifacts/{key}/analysis")
    @Operation(summary = "Analyse an artifact again (after a failure); 409 while an analysis is pending or running")
    ResponseEntity<ArtifactView> retry(@PathVariable String key) {
        return ResponseEntity.accepted().body(artifacts.retryAnalysis(key));
    }

    @GetMapping(path = "/api/v1/artifacts/{key}/download", produces = {"application/zip", "application/problem+json"})
    @Operation(summary = "The file in a password-protected ZIP (password: yagura.artifacts.zip-password, 'infected' by default); "
            + "the file may be malicious, so acknowledged=true is required")
    void download(@PathVariable String key, @RequestParam(defaultValue = "false") boolean acknowledged,
            HttpServletResponse response) throws IOException {
        ArtifactView artifact = artifacts.get(key);
        if (!acknowledged) {
            throw new BadRequestException("artifacts.download.acknowledge");
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + artifact.key() + ".zip\"");
        artifacts.download(key, true, response.getOutputStream());
    }
}
