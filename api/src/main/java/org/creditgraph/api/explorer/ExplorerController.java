package org.creditgraph.api.explorer;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The journalists' explorer page (contract §5): {@code /}, {@code /?q=TEXT}, {@code /enterprise/{uscc}} and
 * {@code /person/{id}} all get the same static {@code index.html}; its scripts read the location and call the public
 * GraphQL API with the caller's own rights. No data is served here.
 */
@Controller
class ExplorerController {

    @GetMapping({"/", "/enterprise/{uscc}", "/person/{id}"})
    String page() {
        return "forward:/index.html";
    }
}
