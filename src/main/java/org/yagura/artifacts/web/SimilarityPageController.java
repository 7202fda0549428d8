package org.yagura.artifacts.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.yagura.artifacts.ArtifactView;
import org.yagura.artifacts.ArtifactService;
import org.yagura.artifacts.SimilarityService;

/**
 * The similarity panel of an artifact (a fragment the artifact page loads with htmx, reloaded with other
 * thresholds from its own form) and the page of clusters of similar artifacts.
 */
@Controller
class SimilarityPageController {

    private final SimilarityService similarity;
    private final ArtifactService artifacts;

    SimilarityPageController(SimilarityService similarity, ArtifactService artifacts) {
        this.similarity = similarity;
        this.artifacts = artifacts;
    }

    @GetMapping("/artifacts/{key}/similarity")
    String panel(@PathVariable String key, @RequestParam(required = false) @Nullable Integer tlsh,
            @RequestParam(required = false) @Nullable Integer ssdeep, Model model) {
        ArtifactView artifact = artifacts.get(key);
        model.addAttribute("artifact", artifact);
        model.addAttribute("similarity", similarity.similar(key, tlsh, ssdeep, null));
        return "artifacts/similarity";
    }

    @GetMapping("/artifacts/clusters")
    String clusters(@RequestParam(required = false) @Nullable Integer tlsh,
            @RequestParam(required = false) @Nullable Integer ssdeep, Model model) {
        model.addAttribute("clusters", similarity.clusters(tlsh, ssdeep));
        return "artifacts/clusters";
    }
}
