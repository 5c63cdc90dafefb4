package io.soundport.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static io.soundport.deploy.Template.list;
import static io.soundport.deploy.Template.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Synthesizes deploy/cdk (npm ci when its node_modules is missing or older than its lock file, then cdk synth,
 * offline: no account, no lookups) and checks both stacks. Needs node and npx on the PATH: without them it fails,
 * naming what is missing, rather than skipping.
 */
class CdkSynthTest {
    private static final Path APP = Template.repositoryRoot().resolve("deploy/cdk");
    private static final Path OUT = Path.of("target/cdk.out").toAbsolutePath();
    private static final Path LOG = Path.of("target/cdk-synth.log").toAbsolutePath();
    private static final String PLATFORM_APPLICATION = "arn:aws:sns:eu-west-1:123456789012:app/GCM/soundport";
    private static Template serverless;
    private static Template container;

    @BeforeAll
    static void synth() throws Exception {
        Files.createDirectories(LOG.getParent());
        Files.deleteIfExists(LOG);
        for (String tool : List.of("node", "npm", "npx")) {
            try {
                run(Duration.ofSeconds(30), tool, "--version");
            } catch (IOException e) {
                throw new AssertionError("deploy-check needs Node.js 20 or later with npm: '" + tool
                        + "' is not on the PATH (" + e.getMessage() + ")", e);
            }
        }
        Path installed = APP.resolve("node_modules/.package-lock.json");
        if (!Files.exists(installed) || Files.getLastModifiedTime(installed)
                .compareTo(Files.getLastModifiedTime(APP.resolve("package-lock.json"))) < 0) {
            // the npm cache (~/.npm) makes this quick after the first time
            run(Duration.ofMinutes(5), "npm", "ci", "--prefer-offline", "--no-audit", "--no-fund");
        }
        run(Duration.ofMinutes(3), "npx", "cdk", "synth", "--no-version-reporting", "--no-notices", "--quiet",
                "-o", OUT.toString(), "-c", "snsPlatformApplicationArn=" + PLATFORM_APPLICATION,
                "-c", "sesConfigurationSet=soundport");
        serverless = Template.read(OUT.resolve("SoundportServerlessStack.template.json"));
        container = Template.read(OUT.resolve("SoundportContainerStack.template.json"));
    }

    private static void run(Duration timeout, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(APP.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile())).start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout + "; see " + LOG);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed (" + process.exitValue() + "):\n"
                    + Files.readString(LOG));
        }
    }

    @Test
    void the_serverless_stack_declares_every_table_of_the_dynamodb_adapter_as_the_adapter_defines_it() {
        Expectations.tablesMatchTheAdapter(serverless);
    }

    @Test
    void both_stacks_declare_a_queue_per_job_type_with_its_dead_letter_queue_and_the_bucket_bus_and_key() {
        for (Template stack : List.of(serverless, container)) {
            Expectations.jobQueuesWithDeadLetterQueues(stack);
            Expectations.bucketBusAndKey(stack);
        }
    }

    @Test
    void the_functions_role_has_exactly_the_actions_the_adapters_call() {
        Set<String> roles = serverless.ofType("AWS::Lambda::Function").values().stream()
                .map(f -> Template.target(f.get("Role"))).collect(Collectors.toSet());
        assertThat(roles).hasSize(1);
        Expectations.leastPrivilege(serverless.statementsOf(roles.iterator().next()),
                Expectations.union(Expectations.AWS_ACTIONS, Expectations.DYNAMODB_ACTIONS));
        Expectations.jobQueuesGranted(serverless, serverless.statementsOf(roles.iterator().next()));
    }

    @Test
    void the_functions_run_the_lambda_handlers_with_snapstart_behind_the_http_api_a_schedule_and_the_queues() {
        Map<String, Map<String, Object>> functions = serverless.ofType("AWS::Lambda::Function");
        assertThat(functions.values().stream().map(f -> (String) f.get("Handler")).collect(Collectors.toSet()))
                .isEqualTo(Expectations.HANDLERS);
        assertThat(functions.values()).allSatisfy(f -> {
            assertThat(f.get("Runtime")).isEqualTo("java21");
            assertThat(f.get("SnapStart")).isEqualTo(Map.of("ApplyOn", "PublishedVersions"));
            assertThat((Integer) f.get("MemorySize")).isGreaterThanOrEqualTo(1024);
            assertThat((Integer) f.get("Timeout")).isLessThan(120);
            Expectations.environment(map(map(f.get("Environment")).get("Variables")), "dynamodb");
        });
        assertThat(serverless.ofType("AWS::ApiGatewayV2::Api").values()).singleElement()
                .satisfies(api -> assertThat(api.get("ProtocolType")).isEqualTo("HTTP"));
        assertThat(serverless.ofType("AWS::ApiGatewayV2::Integration").values()).singleElement()
                .satisfies(i -> assertThat(i.get("PayloadFormatVersion")).isEqualTo("2.0"));
        assertThat(serverless.ofType("AWS::Events::Rule").values()).singleElement()
                .satisfies(rule -> assertThat(rule.get("ScheduleExpression")).isEqualTo("rate(1 minute)"));
        // the events reach the published versions (aliases), where SnapStart applies
        assertThat(serverless.ofType("AWS::Lambda::EventSourceMapping").values()).hasSize(Expectations.JOB_TYPES.size())
                .allSatisfy(m -> assertThat(String.valueOf(m.get("FunctionName"))).contains("Live").endsWith(":live]]}"));
    }

    @Test
    void the_container_stack_runs_the_server_on_fargate_behind_a_load_balancer_on_rds_postgresql() {
        assertThat(container.ofType("AWS::RDS::DBInstance").values()).singleElement().satisfies(db -> {
            assertThat(db.get("Engine")).isEqualTo("postgres");
            assertThat(String.valueOf(db.get("EngineVersion"))).startsWith("17");
            assertThat(db.get("PubliclyAccessible")).isEqualTo(false);
            assertThat(db.get("StorageEncrypted")).isEqualTo(true);
        });
        assertThat(container.ofType("AWS::ElasticLoadBalancingV2::LoadBalancer").values()).singleElement()
                .satisfies(lb -> assertThat(lb.get("Type")).isEqualTo("application"));
        assertThat(container.ofType("AWS::ElasticLoadBalancingV2::TargetGroup").values()).singleElement()
                .satisfies(tg -> assertThat(tg.get("HealthCheckPath")).isEqualTo("/health/readiness"));
        // the tasks register with their container port; the health check goes to the same (traffic) port
        assertThat(container.ofType("AWS::ECS::Service").values()).singleElement().satisfies(s -> {
            assertThat(s.get("LaunchType")).isEqualTo("FARGATE");
            assertThat(map(list(s.get("LoadBalancers")).get(0)).get("ContainerPort")).isEqualTo(8080);
        });

        Map<String, Object> task = container.ofType("AWS::ECS::TaskDefinition").values().iterator().next();
        Map<String, Object> server = map(list(task.get("ContainerDefinitions")).get(0));
        assertThat(server.get("ReadonlyRootFilesystem")).isEqualTo(true);
        Map<String, Object> environment = list(server.get("Environment")).stream().map(Template::map)
                .collect(Collectors.toMap(e -> (String) e.get("Name"), e -> e.get("Value")));
        List<String> secrets = new ArrayList<>(list(server.get("Secrets")).stream()
                .map(s -> (String) map(s).get("Name")).toList());
        assertThat(environment).containsKeys(Expectations.ENVIRONMENT.stream()
                .filter(name -> !name.equals("SOUNDPORT_JWT_SECRET") && !name.equals("SOUNDPORT_SECRETS_KEY"))
                .toArray(String[]::new)).containsKey("DATABASE_URL");
        assertThat(environment.get("SOUNDPORT_PERSISTENCE")).isEqualTo("postgres");
        // injected by ECS from Secrets Manager when the task starts: never values in the template
        assertThat(secrets).containsExactlyInAnyOrder("DATABASE_USER", "DATABASE_PASSWORD", "SOUNDPORT_JWT_SECRET",
                "SOUNDPORT_SECRETS_KEY");
        assertThat(environment).doesNotContainKeys(secrets.toArray(String[]::new));

        Expectations.leastPrivilege(container.statementsOf(Template.target(task.get("TaskRoleArn"))),
                Expectations.AWS_ACTIONS);
        Expectations.jobQueuesGranted(container, container.statementsOf(Template.target(task.get("TaskRoleArn"))));
    }
}
