package org.creditgraph.api.explorer;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The journalists' explorer page (contract §5): {@code /}, {@code /?q=TEXT} and the permalink of every record
 * ({@code /enterprise/{uscc}}, {@code /person/{id}}, {@code /penalty/{key}}, {@code /accident/{number}},
 * {@code /listing/{key}}, {@code /authority/{uscc}}), the check form {@code /check?q=&asOf=} and the receipt
 * verification page {@code /verify?receipt=} (a check report's QR code), the list pages {@code /lists} and
 * {@code /list/{regime}}, the statistics {@code /stats} and the filtered record lists {@code /penalties} and
 * {@code /accidents} all get the same static {@code index.html}; its scripts read the
 * location and call the public GraphQL API with the caller's own rights. No data is served here, so an unknown key
 * gets the page too, which then says 未找到.
 */
@Controller
class ExplorerController {

    @GetMapping({
        "/",
        "/enterprise/{uscc}",
        "/person/{id}",
        "/penalty/{key}",
        "/accident/{accidentNumber}",
        "/listing/{key}",
        "/authority/{uscc}",
        "/check",
        "/verify",
        "/lists",
        "/list/{regime}",
        "/stats",
        "/penalties",
        "/accidents"
    })
    String page() {
        return "forward:/index.html";
    }
}
