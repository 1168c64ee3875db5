import { writeFileSync } from 'node:fs';
import type { Redactor } from '../logging/redactor.ts';
import { buildReportModel, type ReportSources } from './report-model.ts';
import { renderReportHtml } from './report-html.ts';

export interface ReportService {
  /** The completion report as HTML; the app's main process prints this same document to PDF. */
  html(profileId: string): Promise<string>;
  /** Writes the HTML report (owner-only file) and returns the path. */
  writeHtml(profileId: string, path: string): Promise<string>;
}

export function createReportService(sources: ReportSources & { redactor: Redactor }): ReportService {
  const html = async (profileId: string): Promise<string> => {
    // Last line of defence: any registered secret that slipped into a stored message is masked before it is written.
    return sources.redactor.redact(renderReportHtml(await buildReportModel(sources, profileId)));
  };
  return {
    html,
    async writeHtml(profileId, path) {
      writeFileSync(path, await html(profileId), { encoding: 'utf8', mode: 0o600 });
      return path;
    },
  };
}

/** A file name the save dialog can suggest: `mimecast-arctic-wolf-report-<profile>-<date>.html`. */
export function suggestedReportName(profileId: string, now: Date, extension: 'html' | 'pdf'): string {
  return `mimecast-arctic-wolf-report-${profileId}-${now.toISOString().slice(0, 10)}.${extension}`;
}
