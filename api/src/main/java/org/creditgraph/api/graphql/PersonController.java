package org.creditgraph.api.graphql;

import graphql.GraphQLContext;
import org.creditgraph.api.security.Callers;
import org.creditgraph.model.Person;
import org.creditgraph.model.store.PersonStore;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code person(id)}: a natural person by the opaque id, name masked for anonymous callers (D12). */
@Controller
public class PersonController {

    private final PersonStore persons;

    public PersonController(PersonStore persons) {
        this.persons = persons;
    }

    @QueryMapping
    public Person person(@Argument String id, GraphQLContext context) {
        if (id == null || id.isBlank()) {
            throw new ApiException(ErrorCode.BAD_USER_INPUT, "id must not be empty");
        }
        return persons.byId(id.strip(), Callers.of(context)).orElse(null);
    }
}
