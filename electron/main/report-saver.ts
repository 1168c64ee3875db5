import { writeFile } from 'node:fs/promises';
import type { SaveReport } from '../services/handlers/report-handlers.ts';

/**
 * The main-process side of "Save the completion report": a save dialog, then the HTML written as is or printed to
 * PDF by an offscreen window. Electron's objects are passed in, so this file runs under plain Node in tests.
 *
 * Wiring in electron/main/index.ts (one line in the adapters):
 *   saveReport: createReportSaver({
 *     showSaveDialog: (options) => dialog.showSaveDialog(mainWindow!, options),
 *     printToPdf: (html) => printHtmlToPdf(html, () => new BrowserWindow(reportWindowOptions)),
 *   }),
 */
export interface SaveDialogOptions {
  title: string;
  defaultPath: string;
  filters: Array<{ name: string; extensions: string[] }>;
}

export interface ReportSaverDeps {
  showSaveDialog: (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>;
  printToPdf: (html: string) => Promise<Uint8Array>;
  write?: (path: string, data: string | Uint8Array) => Promise<void>;
}

export function createReportSaver(deps: ReportSaverDeps): SaveReport {
  const write = deps.write ?? ((path, data) => writeFile(path, data, { mode: 0o600 }));
  return async ({ html, suggestedName, format }) => {
    const choice = await deps.showSaveDialog({
      title: 'Save the completion report',
      defaultPath: suggestedName,
      filters: format === 'pdf' ? [{ name: 'PDF document', extensions: ['pdf'] }] : [{ name: 'Web page (HTML)', extensions: ['html'] }],
    });
    if (choice.canceled || !choice.filePath) return undefined;
    await write(choice.filePath, format === 'pdf' ? await deps.printToPdf(html) : html);
    return choice.filePath;
  };
}

/** Options for the offscreen window that prints the report: no script, no preload, sandboxed, never shown. */
export const reportWindowOptions = {
  show: false,
  webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
} as const;

/** What `printHtmlToPdf` needs of a BrowserWindow. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  webContents: { printToPDF(options: { printBackground: boolean; pageSize: 'A4' }): Promise<Uint8Array> };
  destroy(): void;
}

/** Loads the self-contained report (its CSP forbids every fetch) into a hidden window and prints it to PDF. */
export async function printHtmlToPdf(html: string, makeWindow: () => PrintWindow): Promise<Uint8Array> {
  const window = makeWindow();
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    window.destroy();
  }
}
