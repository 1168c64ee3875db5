import { describe, expect, it, vi } from 'vitest';
import { createReportSaver, printHtmlToPdf, reportWindowOptions, type PrintWindow } from '../../../../electron/main/report-saver.ts';

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

describe('report saver (main process)', () => {
  it('writes the HTML where the admin chose and answers the path', async () => {
    const write = vi.fn(() => Promise.resolve());
    const save = createReportSaver({ showSaveDialog: () => Promise.resolve({ canceled: false, filePath: '/tmp/r.html' }), printToPdf: vi.fn(), write });
    expect(await save({ html: '<p>x</p>', suggestedName: 'r.html', format: 'html' })).toBe('/tmp/r.html');
    expect(write).toHaveBeenCalledWith('/tmp/r.html', '<p>x</p>');
  });

  it('prints to PDF for the pdf format, and suggests the name with a PDF filter', async () => {
    const write = vi.fn(() => Promise.resolve());
    const showSaveDialog = vi.fn(() => Promise.resolve({ canceled: false, filePath: '/tmp/r.pdf' }));
    const save = createReportSaver({ showSaveDialog, printToPdf: () => Promise.resolve(pdf), write });
    await save({ html: '<p>x</p>', suggestedName: 'r.pdf', format: 'pdf' });
    expect(showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: 'r.pdf', filters: [{ name: 'PDF document', extensions: ['pdf'] }] }));
    expect(write).toHaveBeenCalledWith('/tmp/r.pdf', pdf);
  });

  it('answers undefined and writes nothing when the dialog is cancelled', async () => {
    const write = vi.fn(() => Promise.resolve());
    const save = createReportSaver({ showSaveDialog: () => Promise.resolve({ canceled: true }), printToPdf: vi.fn(), write });
    expect(await save({ html: 'x', suggestedName: 'r.html', format: 'html' })).toBeUndefined();
    expect(write).not.toHaveBeenCalled();
  });

  it('prints in a script-less hidden window that is always destroyed', async () => {
    const loaded: string[] = [];
    const destroy = vi.fn();
    const window: PrintWindow = {
      loadURL: (url) => (loaded.push(url), Promise.resolve()),
      webContents: { printToPDF: () => Promise.reject(new Error('printer on fire')) },
      destroy,
    };
    await expect(printHtmlToPdf('<p>é</p>', () => window)).rejects.toThrow('printer on fire');
    expect(destroy).toHaveBeenCalledOnce();
    expect(Buffer.from(loaded[0]!.split(',')[1]!, 'base64').toString('utf8')).toBe('<p>é</p>');
    expect(reportWindowOptions).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, nodeIntegration: false } });
  });
});
