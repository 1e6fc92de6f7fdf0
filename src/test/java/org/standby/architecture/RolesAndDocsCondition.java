package org.standby.architecture;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/** An endpoint carries a role rule (on itself or its class), an @Operation and at least one @APIResponse. */
class RolesAndDocsCondition extends ArchCondition<JavaMethod> {

    RolesAndDocsCondition() {
        super("state who may call them and be documented with @Operation and @APIResponse");
    }

    @Override
    public void check(JavaMethod method, ConditionEvents events) {
        List<String> missing = new ArrayList<>();
        boolean roleRule = hasRoleRule(method)
                || method.getOwner().isAnnotatedWith(RolesAllowed.class)
                || method.getOwner().isAnnotatedWith(PermitAll.class)
                || method.getOwner().isAnnotatedWith(DenyAll.class);
        if (!roleRule) {
            missing.add("@RolesAllowed/@PermitAll");
        }
        if (!method.isAnnotatedWith(Operation.class)) {
            missing.add("@Operation");
        }
        if (!method.isAnnotatedWith(APIResponse.class) && !method.isAnnotatedWith(APIResponses.class)) {
            missing.add("@APIResponse");
        }
        boolean ok = missing.isEmpty();
        events.add(new SimpleConditionEvent(
                method, ok, method.getFullName() + (ok ? " is complete" : " lacks " + String.join(", ", missing))));
    }

    private static boolean hasRoleRule(JavaMethod method) {
        return method.isAnnotatedWith(RolesAllowed.class)
                || method.isAnnotatedWith(PermitAll.class)
                || method.isAnnotatedWith(DenyAll.class);
    }
}
