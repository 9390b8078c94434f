package dev.recovery.shell.export;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import dev.recovery.plans.export.HtmlExport;
import dev.recovery.plans.plan.Plan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The plan as a PDF: the printable HTML export (well-formed XHTML, CSS 2.1 tables, inline SVG chart)
 * laid out by openhtmltopdf, with the chart drawn as vector graphics by its Batik SVG support. The
 * text stays extractable (search, copy, screen readers). Pages are landscape; openhtmltopdf's default
 * paper is A4 (docs/printing.md).
 */
public final class PlanPdf {

    private PlanPdf() {
    }

    /** The PDF of {@code plan}, as bytes. */
    public static byte[] render(Plan plan) {
        return fromXhtml(HtmlExport.render(plan));
    }

    /** The PDF of an XHTML document, as bytes. */
    static byte[] fromXhtml(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
