package io.soundport.deploy;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.soundport.deploy.Template.map;
import static org.assertj.core.api.Assertions.assertThat;

class SamTemplateTest {
    private static final Path FILE = Template.repositoryRoot().resolve("deploy/sam/template.yaml");
    private final Template sam = Template.read(FILE);

    @Test
    void declares_every_table_of_the_dynamodb_adapter_as_the_adapter_defines_it() {
        Expectations.tablesMatchTheAdapter(sam);
    }

    @Test
    void declares_a_queue_per_job_type_with_its_dead_letter_queue() {
        Expectations.jobQueuesWithDeadLetterQueues(sam);
    }

    @Test
    void grants_the_functions_exactly_the_actions_the_adapters_call() {
        Expectations.leastPrivilege(sam.statementsOf("FunctionRole"),
                Expectations.union(Expectations.AWS_ACTIONS, Expectations.DYNAMODB_ACTIONS));
        Expectations.jobQueuesGranted(sam, sam.statementsOf("FunctionRole"));
        assertThat(sam.ofType("AWS::Serverless::Function").values())
                .allSatisfy(f -> assertThat(Template.target(f.get("Role"))).isEqualTo("FunctionRole"));
    }

    @Test
    void runs_the_lambda_handlers_on_the_http_api_a_schedule_and_the_queues_with_snapstart() {
        Map<String, Map<String, Object>> functions = sam.ofType("AWS::Serverless::Function");
        assertThat(functions.values().stream().map(f -> (String) f.get("Handler")).collect(Collectors.toSet()))
                .isEqualTo(Expectations.HANDLERS);
        Map<String, Object> globals = map(map(sam.root().get("Globals")).get("Function"));
        assertThat(globals.get("Runtime")).isEqualTo("java21");
        assertThat(globals.get("SnapStart")).isEqualTo(Map.of("ApplyOn", "PublishedVersions"));
        assertThat(globals.get("AutoPublishAlias")).isEqualTo("live");
        assertThat(globals.get("CodeUri")).isEqualTo("../../lambda/target/soundport-lambda-0.1.0-SNAPSHOT-aws.jar");

        assertThat(events(functions, "io.soundport.lambda.HttpApiHandler")).singleElement().satisfies(e -> {
            assertThat(e.get("Type")).isEqualTo("HttpApi");
            assertThat(map(e.get("Properties")).get("PayloadFormatVersion")).isEqualTo("2.0");
        });
        assertThat(events(functions, "io.soundport.lambda.ScheduledWorkHandler")).singleElement().satisfies(e -> {
            assertThat(e.get("Type")).isEqualTo("Schedule");
            assertThat(map(e.get("Properties")).get("Schedule")).isEqualTo("rate(1 minute)");
        });
        List<Map<String, Object>> sqs = events(functions, "io.soundport.lambda.SqsWorkHandler");
        assertThat(sqs).hasSize(Expectations.JOB_TYPES.size()).allSatisfy(e -> assertThat(e.get("Type")).isEqualTo("SQS"));
        assertThat(sqs.stream().map(e -> Template.target(map(e.get("Properties")).get("Queue"))))
                .allMatch(queue -> !queue.contains("DeadLetter")).doesNotHaveDuplicates();
        assertThat(functions.values()).allSatisfy(f -> assertThat((Integer) f.get("Timeout")).isLessThan(120));
    }

    @Test
    void sets_the_settings_and_takes_the_secrets_from_secrets_manager() {
        Map<String, Object> variables = map(map(map(map(sam.root().get("Globals")).get("Function"))
                .get("Environment")).get("Variables"));
        Expectations.environment(variables, "dynamodb");
        Expectations.bucketBusAndKey(sam);
    }

    @Test
    void uses_long_form_intrinsics_only_so_that_any_yaml_parser_reads_it() throws Exception {
        assertThat(Files.readAllLines(FILE)).noneMatch(line -> line.matches(".*:\\s*!\\w+.*|^\\s*-\\s*!\\w+.*"));
    }

    @Test
    void names_handlers_the_lambda_module_has_when_it_is_in_this_tree() {
        Path sources = Template.repositoryRoot().resolve("lambda/src/main/java");
        if (Files.isDirectory(sources)) {
            assertThat(Expectations.HANDLERS).allSatisfy(handler -> assertThat(
                    sources.resolve(handler.replace('.', '/') + ".java")).exists());
        }
    }

    private static List<Map<String, Object>> events(Map<String, Map<String, Object>> functions, String handler) {
        return functions.values().stream().filter(f -> handler.equals(f.get("Handler")))
                .flatMap(f -> map(f.get("Events")).values().stream()).map(Template::map).toList();
    }
}
