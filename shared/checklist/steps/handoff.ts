import { defineStep } from '../define-step.ts';

export const handoff = defineStep({
  id: 'handoff',
  title: 'Hand the keys to Arctic Wolf',
  shortTitle: 'Hand off to Arctic Wolf',
  why:
    'Arctic Wolf starts reading your Mimecast logs once it has working keys. Until then nothing is monitored; and if ' +
    'keys fail later, a gap opens that only lasts 12 hours before data is lost for good.',
  appliesTo: ['new', 'migration'],
  consolePaths: [
    { console: 'arctic-wolf', segments: ['Unified Portal', 'Data Collection', 'Cloud Sensors', 'Add Account +', 'Mimecast'] },
    {
      console: 'arctic-wolf',
      segments: ['Telemetry Management', 'Connected Accounts', 'Add Account'],
      note: 'Older portal: Account Type “Cloud Detection and Response”.',
    },
  ],
  callouts: [
    {
      kind: 'note',
      title: 'When data starts',
      text:
        'Time-based events are polled with a delay so the data is complete. For a new deployment, Arctic Wolf begins with ' +
        'activity from about one hour before the configuration succeeded.',
    },
    {
      kind: 'caution',
      title: 'The 12-hour window',
      text:
        'If the credentials fail — for example because they expired — Arctic Wolf notifies you and asks for new ones. ' +
        'Once refreshed credentials arrive, Arctic Wolf can only retrieve the previous 12 hours of data. Provide them within ' +
        '12 hours of the failure for complete coverage.',
    },
  ],
  screenshots: [
    {
      name: 'aw-cloud-sensors-add-account',
      alt: 'The Arctic Wolf Unified Portal Cloud Sensors page with the Add Account form for Mimecast and its Test and submit credentials button highlighted.',
      caption: 'Unified Portal: Data Collection > Cloud Sensors > Add Account. Illustration — your portal may differ.',
    },
  ],
  widgets: [
    // The hand-off's pre-flight shows the verification as a summary (one line per check, each with its fix), so
    // the full verification panel of "Capture the keys" is not repeated here.
    { id: 'handoff', gate: true },
    { id: 'lifecycle', gate: false },
  ],
  blockedUntil: [{ widget: 'credentials-capture', reason: 'Capture the keys first: the hand-off needs the stored Client ID and Secret.' }],
  secretOnScreen: true,
});
