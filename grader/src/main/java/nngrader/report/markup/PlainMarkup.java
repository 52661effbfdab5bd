package nngrader.report.markup;

import java.util.ArrayList;
import java.util.List;

/** Plain text: what every platform shows as it is. A table is aligned in columns; an image is its alt text. */
final class PlainMarkup implements Markup {

    @Override
    public String paragraph(String text, String emphasized) {
        return text;
    }

    @Override
    public String preformatted(String text) {
        return text;
    }

    @Override
    public String table(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int[] width = new int[header.size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size() && i < width.length; i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : all) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.size() && i < width.length; i++) {
                line.append(row.get(i)).append(" ".repeat(width[i] - row.get(i).length() + 2));
            }
            text.append(line.toString().stripTrailing());
        }
        return text.toString();
    }

    @Override
    public String image(byte[] png, String alt, String caption) {
        return "Plot: " + alt;
    }

    @Override
    public boolean showsImages() {
        return false;
    }
}
