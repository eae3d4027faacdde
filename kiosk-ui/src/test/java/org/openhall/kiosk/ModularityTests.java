package org.openhall.kiosk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The kiosk's feature packages stay free of cycles and keep out of each other's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(KioskApplication.class);

    @Test
    void featuresDependOnEachOthersPublicTypesOnlyAndWithoutCycles() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
