package org.yagura.artifacts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yagura.artifacts.ArtifactService;
import org.yagura.artifacts.ArtifactView;
import org.yagura.artifacts.AttachedRecord;
import org.yagura.artifacts.Upload;

/**
 * The artifacts of a record (a fragment the record's page loads with htmx, and the upload into it),
 * the page of one artifact with its analysis, and the download behind a warning.
 */
@Controller
class ArtifactPageController {

    private final ArtifactService artifacts;

    ArtifactPageController(ArtifactService artifacts) {
        this.artifacts = artifacts;
    }

    @GetMapping("/{collection}/{key}/artifacts")
    String attached(@PathVariable String collection, @PathVariable String key, HttpServletRequest request, Model model) {
        AttachedRecord record = artifacts.record(collection, key);
        List<ArtifactView> list = artifacts.list(collection, key);
        model.addAttribute("record", record);
        model.addAttribute("base", "/" + collection + "/" + record.key() + "/artifacts");
        model.addAttribute("artifacts", list);
        model.addAttribute("polling", list.stream().anyMatch(a -> a.analysisStatus().inProgress()));
        return isHtmx(request) ? "artifacts/attached" : "artifacts/recordartifacts";
    }

    @PostMapping("/{collection}/{key}/artifacts")
    String upload(@PathVariable String collection, @PathVariable String key,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        List<ArtifactView> stored = artifacts.upload(collection, key, Upload.fromParts(files), null);
        if (isHtmx(request)) {
            return attached(collection, key, request, model);
        }
        redirect.addFlashAttribute("flash", "artifacts.uploaded");
        return "redirect:" + artifacts.recordOf(stored.get(0)).path();
    }

    @GetMapping("/artifacts/{key}")
    String show(@PathVariable String key, Model model) {
        ArtifactView artifact = artifacts.get(key);
        model.addAttribute("artifact", artifact);
        model.addAttribute("record", artifacts.recordOf(artifact));
        return "artifacts/artifact";
    }

    /** The analysis section alone, which the artifact page polls while a job is pending or running. */
    @GetMapping("/artifacts/{key}/analysis")
    String analysis(@PathVariable String key, Model model) {
        model.addAttribute("artifact", artifacts.get(key));
        return "artifacts/analysis";
    }

    @PostMapping("/artifacts/{key}/analysis")
    String retry(@PathVariable String key, RedirectAttributes redirect) {
        artifacts.retryAnalysis(key);
        redirect.addFlashAttribute("flash", "artifacts.analysis.retried");
        return "redirect:/artifacts/" + key;
    }

    @GetMapping("/artifacts/{key}/download")
    String warning(@PathVariable String key, Model model) {
        model.addAttribute("artifact", artifacts.get(key));
        model.addAttribute("password", artifacts.zipPassword());
        return "artifacts/warning";
    }

    @GetMapping("/artifacts/{key}/download.zip")
    void download(@PathVariable String key, @RequestParam(defaultValue = "false") boolean acknowledged,
            HttpServletResponse response) throws IOException {
        ArtifactView artifact = artifacts.get(key);
        if (!acknowledged) {
            response.sendRedirect("/artifacts/" + artifact.key() + "/download");
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + artifact.key() + ".zip\"");
        artifacts.download(key, true, response.getOutputStream());
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }
}
