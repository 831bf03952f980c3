package dev.workbook.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** The same fan-out chart drawn with Java2D into a PNG, for the lesson to embed. */
public final class PngChart {

    private static final BasicStroke SOLID = new BasicStroke(2f);
    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private PngChart() {
    }

    public static void write(ChartData data, String caption, Path file) throws IOException {
        BufferedImage image = new BufferedImage(ChartData.WIDTH, ChartData.HEIGHT + 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            draw(g, data, caption);
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", file.toFile());
    }

    private static void draw(Graphics2D g, ChartData data, String caption) {
        double left = ChartData.LEFT;
        double right = ChartData.WIDTH - ChartData.RIGHT;
        double bottom = ChartData.HEIGHT - ChartData.BOTTOM;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.setColor(Color.BLACK);
        g.drawString(data.title(), ChartData.LEFT, 25);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setStroke(new BasicStroke(1f));
        for (double tick : data.yTicks()) {
            float y = (float) data.y(tick);
            g.setColor(new Color(0xdd, 0xdd, 0xdd));
            g.draw(new Line2D.Double(left, y, right, y));
            g.setColor(Color.BLACK);
            String label = ReportTable.number(tick) + " ms";
            g.drawString(label, (float) (left - 6 - g.getFontMetrics().stringWidth(label)), y + 4);
        }
        for (int n : data.xTicks()) {
            float x = (float) data.x(n);
            g.setColor(new Color(0xee, 0xee, 0xee));
            g.draw(new Line2D.Double(x, ChartData.TOP, x, bottom));
            g.setColor(Color.BLACK);
            String label = Integer.toString(n);
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2f, (float) bottom + 18);
        }
        g.drawString("N connections in the room (log scale)", (float) (left + right) / 2 - 110, (float) bottom + 42);
        g.drawString(caption, (float) left, ChartData.HEIGHT + 8);
        int legend = 0;
        for (ChartData.Series series : data.series()) {
            g.setColor(Color.decode(series.colour()));
            BasicStroke stroke = series.kind().isJava() ? SOLID : DASHED;
            double[] previous = null;
            for (double[] p : series.points()) {
                double x = data.x(p[0]);
                g.setStroke(SOLID);
                g.draw(new Line2D.Double(x, data.y(p[2]), x, data.y(p[3])));
                g.fill(new Ellipse2D.Double(x - 4, data.y(p[1]) - 4, 8, 8));
                if (previous != null) {
                    g.setStroke(stroke);
                    g.draw(new Line2D.Double(data.x(previous[0]), data.y(previous[1]), x, data.y(p[1])));
                }
                previous = p;
            }
            double ly = ChartData.TOP + 20 + 22 * legend++;
            g.setStroke(stroke);
            g.draw(new Line2D.Double(right + 15, ly, right + 45, ly));
            g.setColor(Color.BLACK);
            g.drawString(series.kind().label(), (float) right + 52, (float) ly + 4);
        }
    }
}
