package org.standby.agreement;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.standby.agreement.dto.AgreementDocument;
import org.standby.calendar.DayType;
import org.standby.common.InvalidFieldException;
import org.standby.common.ProblemResponse.FieldError;
import org.standby.policy.PolicyValidator;

/** The checks of an agreement beyond its bean constraints, every error named by its JSON path. Pure. */
public final class AgreementValidator {

    private AgreementValidator() {}

    public static void validate(AgreementDocument document) {
        List<FieldError> errors = errorsOf(document);
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }

    public static List<FieldError> errorsOf(AgreementDocument document) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < document.services().size(); i++) {
            AgreementDocument.Service service = document.services().get(i);
            String at = "services[" + i + "]";
            if (service.name() != null && !names.add(service.name().strip().toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError(at + ".name", "another service has this name"));
            }
            Set<DayType> dayTypes = new HashSet<>();
            boolean vendor = false;
            for (int p = 0; p < service.promises().size(); p++) {
                AgreementDocument.Promise promise = service.promises().get(p);
                String pat = at + ".promises[" + p + "]";
                if (!dayTypes.add(promise.dayType())) {
                    errors.add(new FieldError(
                            pat + ".dayType", "the service has another promise for " + promise.dayType()));
                }
                vendor |= promise.cover() == Cover.VENDOR;
                if (promise.cover() == Cover.HOURS) {
                    if (promise.start() == null) {
                        errors.add(new FieldError(pat + ".start", "is required for HOURS"));
                    } else if (promise.end() == null) {
                        errors.add(new FieldError(pat + ".end", "is required for HOURS"));
                    } else if (!promise.end().equals(LocalTime.MIDNIGHT)
                            && !promise.end().isAfter(promise.start())) {
                        errors.add(new FieldError(pat + ".end", "must be after start (00:00 is midnight)"));
                    }
                } else if (promise.start() != null || promise.end() != null) {
                    errors.add(new FieldError(
                            pat + (promise.start() != null ? ".start" : ".end"), "only HOURS has start and end"));
                }
            }
            if (vendor && (service.vendor() == null || service.vendor().isBlank())) {
                errors.add(new FieldError(at + ".vendor", "names the vendor whose contract covers the VENDOR days"));
            }
        }
        List<AgreementDocument.WorkingHours> work =
                document.workingHours() == null ? List.of() : document.workingHours();
        for (int i = 0; i < work.size(); i++) {
            AgreementDocument.WorkingHours hours = work.get(i);
            if (!hours.end().equals(LocalTime.MIDNIGHT) && !hours.end().isAfter(hours.start())) {
                errors.add(new FieldError("workingHours[" + i + "].end", "must be after start (00:00 is midnight)"));
            }
        }
        if (document.policy() != null) {
            PolicyValidator.errorsOf(document.policy().toPolicy())
                    .forEach(e -> errors.add(new FieldError("policy." + e.field(), e.message())));
        }
        return errors;
    }
}
