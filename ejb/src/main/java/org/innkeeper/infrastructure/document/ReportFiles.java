package org.innkeeper.infrastructure.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innkeeper.application.dto.ReportTable;

/**
 * A report table as a file: CSV (RFC 4180, UTF-8, the header row first), XLSX (numbers and dates as
 * such, the header row first and frozen) or an A4 landscape PDF. The files speak English: they leave
 * the hotel for accountants and owners.
 */
@ApplicationScoped
public class ReportFiles {

    private static final Color HEADER = new Color(0xE8, 0xEE, 0xF7);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    public byte[] csv(ReportTable table) {
        StringBuilder out = new StringBuilder();
        csvLine(out, table.columns());
        for (List<Object> row : table.rows()) {
            csvLine(out, row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void csvLine(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(csvCell(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String csvCell(Object cell) {
        String text = text(cell);
        if (cell instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text; // a name typed by staff is never run as a formula by a spreadsheet
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** A cell as the files print it. */
    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return cell.toString();
    }

    public byte[] xlsx(ReportTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(table.title());
            workbook.getProperties().getCoreProperties().setCreator("Innkeeper");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = workbook.createSheet("Report");
            Row head = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(table.columns().get(c).english());
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, (c == 0 ? 30 : 18) * 256);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                        if (number.scale() == 2) {
                            cell.setCellStyle(money);
                        }
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Boolean flag) {
                        cell.setCellValue(flag);
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] pdf(ReportTable table) {
        DocumentFonts fonts = DocumentFonts.load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 30, 30);
        PdfWriter.getInstance(document, out);
        document.addTitle(table.title());
        document.addCreator("Innkeeper");
        document.open();
        document.add(new Paragraph(table.title(), fonts.font(true, 14)));
        Paragraph spacer = new Paragraph(" ", fonts.font(false, 6, GREY));
        document.add(spacer);
        int columns = table.columns().size();
        PdfPTable grid = new PdfPTable(columns);
        grid.setWidthPercentage(100);
        float[] widths = new float[columns];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = 1.8f;
        grid.setWidths(widths);
        grid.setHeaderRows(1);
        for (ReportTable.Label column : table.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(column.english(), fonts.font(true, 9)));
            cell.setBackgroundColor(HEADER);
            cell.setPadding(4);
            grid.addCell(cell);
        }
        for (List<Object> row : table.rows()) {
            for (Object value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(text(value), fonts.font(false, 9)));
                cell.setPadding(3);
                if (value instanceof Number) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                grid.addCell(cell);
            }
        }
        document.add(grid);
        document.close();
        return out.toByteArray();
    }
}
