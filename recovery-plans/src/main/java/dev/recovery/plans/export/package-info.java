/**
 * A plan for paper and calendars: {@link dev.recovery.plans.export.MarkdownExport},
 * {@link dev.recovery.plans.export.HtmlExport} (prints on A4 and US Letter),
 * {@link dev.recovery.plans.export.IcsExport} (iCalendar, RFC 5545) and
 * {@link dev.recovery.plans.export.CsvExport} (RFC 4180), all written from one
 * {@link dev.recovery.plans.export.PlanSheet}, with no dependency.
 *
 * @since 0.1.0
 */
package dev.recovery.plans.export;
