package dev.workbook.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The fan-out chart as a self-contained HTML page with inline SVG: no script, nothing fetched. */
public final class SvgChart {

    private SvgChart() {
    }

    public static void write(ChartData data, String caption, Path file) throws IOException {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", ChartData.WIDTH, ChartData.HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(ChartData.LEFT, 25, data.title(), "start", 15));
        double left = ChartData.LEFT;
        double right = ChartData.WIDTH - ChartData.RIGHT;
        double bottom = ChartData.HEIGHT - ChartData.BOTTOM;
        for (double tick : data.yTicks()) {
            double y = data.y(tick);
            svg.append(line(left, y, right, y, "#ddd", false)).append(text(left - 6, y + 4, ReportTable.number(tick) + " ms", "end", 12));
        }
        for (int n : data.xTicks()) {
            double x = data.x(n);
            svg.append(line(x, ChartData.TOP, x, bottom, "#eee", false)).append(text(x, bottom + 18, Integer.toString(n), "middle", 12));
        }
        svg.append(text((left + right) / 2, bottom + 42, "N connections in the room (log scale)", "middle", 12));
        int legend = 0;
        for (ChartData.Series series : data.series()) {
            boolean dashed = !series.kind().isJava();
            double[] previous = null;
            for (double[] p : series.points()) {
                double x = data.x(p[0]);
                svg.append(line(x, data.y(p[2]), x, data.y(p[3]), series.colour(), false));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>%n", x, data.y(p[1]), series.colour()));
                if (previous != null) {
                    svg.append(line(data.x(previous[0]), data.y(previous[1]), x, data.y(p[1]), series.colour(), dashed));
                }
                previous = p;
            }
            double ly = ChartData.TOP + 20 + 22 * legend++;
            svg.append(line(right + 15, ly, right + 45, ly, series.colour(), dashed)).append(text(right + 52, ly + 4, series.kind().label(), "start", 12));
        }
        svg.append("</svg>\n");
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + data.title()
                + "</title></head>\n<body style=\"font-family:sans-serif\">\n" + svg + "<p>" + escape(caption) + "</p>\n</body></html>\n";
        Files.writeString(file, html);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, boolean dashed) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                x1, y1, x2, y2, colour, dashed ? " stroke-dasharray=\"6 4\"" : "");
    }

    private static String text(double x, double y, String text, String anchor, int size) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n",
                x, y, anchor, size, escape(text));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
