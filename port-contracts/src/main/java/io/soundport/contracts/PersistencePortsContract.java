package io.soundport.contracts;

import io.soundport.domain.persistence.PersistencePorts;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every persistence backend must wire: an adapter for each port that {@link PersistencePorts} has a getter
 * for and for no other, and a run of each port's contract suite against this backend. A registration or a
 * contract test forgotten when a repository is added fails here rather than in production. A backend runs it as
 * {@code <Backend>PersistencePortsContractTest} beside its {@code <Backend><Port>ContractTest}s.
 */
public abstract class PersistencePortsContract {

    protected abstract PersistencePorts ports();

    /** The port getters of {@link PersistencePorts}: the default methods without parameters that return a port. */
    private static List<Method> portGetters() {
        return Arrays.stream(PersistencePorts.class.getDeclaredMethods())
                .filter(m -> m.isDefault() && Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0
                        && m.getReturnType().isInterface())
                .toList();
    }

    @Test
    void registers_an_adapter_for_every_port_with_a_getter_and_for_no_other() throws ReflectiveOperationException {
        List<Class<?>> offered = portGetters().stream().<Class<?>>map(Method::getReturnType).toList();

        assertThat(offered).hasSizeGreaterThanOrEqualTo(19);
        assertThat(ports().registry().ports()).containsExactlyInAnyOrderElementsOf(offered);
        for (Method getter : portGetters()) {
            assertThat(invoke(getter)).as(getter.getName()).isInstanceOf(getter.getReturnType())
                    .isSameAs(ports().port(getter.getReturnType()));
        }
    }

    @Test
    void runs_the_contract_suite_of_every_port() {
        // PostgresPersistencePortsContractTest runs ReleasesContract as PostgresReleasesContractTest, beside it
        String backend = getClass().getSimpleName().replace("PersistencePortsContractTest", "");
        List<String> missing = new ArrayList<>();
        for (Method getter : portGetters()) {
            String port = getter.getReturnType().getSimpleName();
            Class<?> suite = load(PersistencePortsContract.class.getPackageName() + "." + port + "Contract");
            Class<?> run = load(getClass().getPackageName() + "." + backend + port + "ContractTest");
            if (suite == null) {
                missing.add(port + "Contract in port-contracts");
            } else if (run == null || !suite.isAssignableFrom(run)) {
                missing.add(backend + port + "ContractTest extending " + suite.getSimpleName());
            }
        }
        assertThat(missing).as("contract suites not run against this backend").isEmpty();
    }

    private Object invoke(Method getter) throws ReflectiveOperationException {
        try {
            return getter.invoke(ports());
        } catch (InvocationTargetException e) {
            // the registry's message names the port without an adapter
            throw new AssertionError(getter.getName() + "() failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
