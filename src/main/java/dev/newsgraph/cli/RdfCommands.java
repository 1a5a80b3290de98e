package dev.newsgraph.cli;

import dev.newsgraph.project.RdfExport;
import dev.newsgraph.project.ShaclValidation;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code export --format F [--out FILE]} and {@code validate}: the graph as RDF, and its SHACL check. */
final class RdfCommands {

    private RdfCommands() {
    }

    static int export(String[] args, PrintStream stdout, PrintStream err) {
        String format = null;
        Path out = null;
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--format" -> format = i + 1 < args.length ? args[++i] : null;
                case "--out" -> out = i + 1 < args.length ? Path.of(args[++i]) : null;
                default -> spring.add(args[i]);
            }
        }
        var chosen = format == null ? java.util.Optional.<RdfExport.Format>empty() : RdfExport.Format.byName(format);
        if (chosen.isEmpty()) {
            Cli.fail(err, "export needs --format, one of " + RdfExport.Format.names());
            return 2;
        }
        try (ConfigurableApplicationContext ctx = Cli.offlineContext(spring);
             OutputStream sink = new BufferedOutputStream(out == null ? stdout : Files.newOutputStream(out), 1 << 16)) {
            long started = System.nanoTime();
            long statements = ctx.getBean(RdfExport.class).write(chosen.get(), sink);
            sink.flush();
            double seconds = (System.nanoTime() - started) / 1e9;
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
            err.printf("exported %d statements as %s in %.1f s: %.0f statements/s; heap in use %d MB%n",
                statements, chosen.get().name, seconds, statements / seconds, heap);
            return 0;
        } catch (IOException e) {
            Cli.fail(err, "cannot write " + out + ": " + e.getMessage());
            return 1;
        }
    }

    static int validate(String[] args, PrintStream out, PrintStream err) {
        try (ConfigurableApplicationContext ctx = Cli.offlineContext(List.of(args))) {
            List<ShaclValidation.Violation> violations = ctx.getBean(ShaclValidation.class).validateAll();
            violations.forEach(out::println);
            err.printf("%d SHACL violations%n", violations.size());
            return violations.isEmpty() ? 0 : 1;
        }
    }
}
