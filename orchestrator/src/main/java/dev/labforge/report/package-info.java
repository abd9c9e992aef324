/**
 * Run reports: {@link dev.labforge.report.Report} (phases with timings and check outcomes),
 * {@link dev.labforge.report.ReportWriter} (report.json, junit.xml), {@link dev.labforge.report.FailureBundle}
 * (rendered files and collected logs/show outputs) and {@link dev.labforge.report.ConsoleReport}
 * (a plain-text verdict table).
 */
package dev.labforge.report;
