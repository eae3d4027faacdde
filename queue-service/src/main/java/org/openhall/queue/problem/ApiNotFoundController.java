package org.openhall.queue.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Answers any {@code /api} request no other handler takes with a problem, rather than letting it
 * fall through to the console's pages: {@code 405} with {@code Allow} when the path exists for
 * other methods, {@code 404} otherwise.
 */
@RestController
class ApiNotFoundController {

    private final RequestMappingHandlerMapping mappings;

    ApiNotFoundController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> unknown(HttpServletRequest request) {
        Set<String> allowed = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (entry.getValue().getBeanType() == ApiNotFoundController.class || info.getPathPatternsCondition() == null
                    || info.getPathPatternsCondition().getMatchingCondition(request) == null) {
                continue;
            }
            info.getMethodsCondition().getMethods().forEach(method -> allowed.add(method.name()));
        }
        if (!allowed.isEmpty()) {
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                    .header(HttpHeaders.ALLOW, String.join(", ", allowed))
                    .body(Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                            request.getMethod() + " is not supported here; use " + String.join(" or ", allowed) + "."));
        }
        throw QueueException.notFound("not-found", "There is no API resource at " + request.getRequestURI() + ".");
    }
}
