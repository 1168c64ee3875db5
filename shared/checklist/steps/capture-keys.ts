import { defineStep } from '../define-step.ts';

export const captureKeys = defineStep({
  id: 'capture-keys',
  title: 'Capture the Client ID and Client Secret',
  shortTitle: 'Capture the keys',
  why:
    'The assistant keeps the secret in your operating system’s protected storage, never in a file or a screenshot, ' +
    'and proves the keys work before anyone hands them over.',
  appliesTo: ['new', 'migration'],
  actions: [
    {
      id: 'close-dialog',
      label: 'Close the Manage API 2.0 Credentials dialog only after the assistant confirms that it stored the keys.',
      required: true,
    },
  ],
  callouts: [
    {
      kind: 'caution',
      title: 'Do not keep a copy',
      text:
        'Paste the keys here only. Do not save them in a document, a chat, a ticket or a screenshot: anyone with the ' +
        'secret can read your mail security logs. If the secret was lost before it was stored, generate new keys: open ' +
        'the application > Manage API 2.0 credentials > Generate.',
    },
  ],
  screenshots: [
    {
      name: 'mimecast-keys-dialog',
      alt: 'The Manage API 2.0 Credentials dialog showing placeholder Client ID and Client Secret values with copy buttons highlighted.',
      caption: 'Manage API 2.0 Credentials, with placeholder values. Illustration — your console may differ.',
    },
  ],
  widgets: [
    { id: 'credentials-capture', gate: true },
    // Gating: the step is done only when the keys are proven, so "Step done" never sits beside a failed check.
    { id: 'verification', gate: true },
  ],
  secretOnScreen: true,
});
