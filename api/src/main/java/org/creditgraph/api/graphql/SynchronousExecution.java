package org.creditgraph.api.graphql;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.servlet.function.AsyncServerResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Issue 8: a GraphQL request runs start to finish on the virtual thread Tomcat gave it. By default
 * Spring for GraphQL hands each controller method to another virtual thread, and Spring MVC then
 * answers through an async dispatch that runs the whole filter chain a second time: three thread
 * hops and two passes through security and rate limiting per check, about a fifth of a check's
 * server CPU in a JFR profile of {@code bench/run.sh}. Blocking a virtual thread costs nothing, so
 * both hops are taken out. On a platform thread (not used by {@code serve}) the async path stays.
 * The database guard's own timeouts bound a request, as they did under async dispatch.
 */
@Configuration(proxyBeanMethods = false)
class SynchronousExecution {

    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler) {
        return new GraphQlHttpHandler(webGraphQlHandler) {
            @Override
            protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> response) {
                ServerResponse async = super.prepareResponse(request, response);
                return Thread.currentThread().isVirtual() && async instanceof AsyncServerResponse pending
                        ? pending.block()
                        : async;
            }
        };
    }

    @Bean
    static BeanPostProcessor controllerMethodsInline() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AnnotatedControllerConfigurer configurer) {
                    configurer.setBlockingMethodPredicate(method -> false);
                }
                return bean;
            }
        };
    }
}
