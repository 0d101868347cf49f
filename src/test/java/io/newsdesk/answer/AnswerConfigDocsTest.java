package io.newsdesk.answer;

import io.smallrye.config.WithDefault;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The table of answer weights and thresholds in docs/configuration.md is the mapping's: every name and default, no more. */
class AnswerConfigDocsTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(newsdesk\\.answer\\.[a-z.-]+)` \\| `([^`]+)` \\|", Pattern.MULTILINE);

    @Test
    void the_readme_lists_every_answer_setting_with_its_default() throws IOException {
        Map<String, String> documented = new TreeMap<>();
        Matcher row = ROW.matcher(Files.readString(Path.of("docs/configuration.md")));
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }
        assertThat(documented).isEqualTo(defaults("newsdesk.answer.", AnswerConfig.class));
    }

    /** Property names and defaults of a config mapping interface, nested groups included. */
    private static Map<String, String> defaults(String prefix, Class<?> mapping) {
        Map<String, String> defaults = new TreeMap<>();
        for (Method method : mapping.getDeclaredMethods()) {
            String name = prefix + method.getName().replaceAll("([A-Z])", "-$1").toLowerCase();
            WithDefault value = method.getAnnotation(WithDefault.class);
            if (value != null) {
                defaults.put(name, value.value());
            } else if (method.getReturnType().isInterface()) {
                defaults.putAll(defaults(name + ".", method.getReturnType()));
            }
        }
        return defaults;
    }
}
