package org.openhall.queue;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** queue-service's feature packages stay free of cycles and keep out of each other's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(QueueServiceApplication.class);

    @Test
    void featuresDependOnEachOthersPublicTypesOnlyAndWithoutCycles() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
