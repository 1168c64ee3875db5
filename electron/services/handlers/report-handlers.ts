import { reportChannels } from '../../../shared/ipc/channels/report.ts';
import { AppError } from '../../../shared/errors.ts';
import { describeError, type Logger } from '../logging/logger.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import { suggestedReportName, type ReportService } from '../report/report-service.ts';
import { featureHandlers, type FeatureHandlers } from '../router.ts';

/**
 * Saves a completion report where the admin chooses. The app's main process provides this adapter: a save dialog,
 * then the HTML written as is, or printed to PDF by Electron. Answers the saved path, or undefined when cancelled.
 */
export type SaveReport = (request: { html: string; suggestedName: string; format: 'html' | 'pdf' }) => Promise<string | undefined>;

export function createReportHandlers(deps: { profiles: ProfilesService; report: ReportService; saveReport?: SaveReport; now: () => Date; logger: Logger }): FeatureHandlers<typeof reportChannels> {
  return featureHandlers(reportChannels, {
    'report.save': async (request) => {
      const profileId = deps.profiles.existing(request.profileId);
      const { format } = request;
      if (!deps.saveReport) {
        throw new AppError('report-save-unavailable', 'Saving the report is not available here. Use the command line: mimecast-aw report --out FILE.');
      }
      const html = await deps.report.html(profileId);
      try {
        const path = await deps.saveReport({ html, suggestedName: suggestedReportName(profileId, deps.now(), format), format });
        return { path: path ?? null };
      } catch (error) {
        deps.logger.error('saving the report failed', { format, error: describeError(error) });
        throw new AppError('report-save-failed', 'The report could not be saved there. Choose another folder (one you can write to) and try again.');
      }
    },
  });
}
