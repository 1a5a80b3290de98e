package dev.newsgraph.cli;

import java.io.PrintStream;

/** A one-line progress bar on stderr: "[#####.....]  120/417 files  2.3 files/s  eta 2m09s". */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final int total;
    private final long started = System.nanoTime();
    private int done;

    ProgressBar(PrintStream out, int total) {
        this.out = out;
        this.total = total;
        draw();
    }

    void step() {
        done++;
        draw();
        if (done == total) out.println();
    }

    private void draw() {
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        long eta = rate > 0 ? Math.round((total - done) / rate) : -1;
        out.printf("\r[%s%s] %d/%d files  %.1f files/s  eta %s ", "#".repeat(filled), ".".repeat(WIDTH - filled),
            done, total, rate, eta < 0 ? "?" : String.format("%dm%02ds", eta / 60, eta % 60));
        out.flush();
    }
}
