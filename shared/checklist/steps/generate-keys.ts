import { defineStep } from '../define-step.ts';

export const generateKeys = defineStep({
  id: 'generate-keys',
  title: 'Generate the keys — read this first',
  shortTitle: 'Generate keys',
  why:
    'The next click creates the Client ID and Client Secret. Mimecast shows the secret once: if it is lost, you must ' +
    'generate new keys. Have the assistant’s next screen ready before you click, so the secret goes straight into protected storage.',
  appliesTo: ['new', 'migration'],
  actions: [
    {
      id: 'ready',
      label: 'I am ready: I will paste the keys into the assistant’s next screen, not into a document, chat or ticket.',
      required: true,
    },
    { id: 'add-generate', label: 'Click Add and Generate Keys.', required: true },
  ],
  callouts: [
    {
      kind: 'warning',
      title: 'The Client Secret is shown only once',
      text:
        'After you click Add and Generate Keys, the dialog “Manage API 2.0 Credentials” shows the Client ID and Client ' +
        'Secret. This is the only time the secret is available. Keep the dialog open and go to the next screen of the ' +
        'assistant: that is where the keys go.',
    },
  ],
  screenshots: [
    {
      name: 'mimecast-add-generate-keys',
      alt: 'The last page of the application wizard with the Add and Generate Keys button highlighted.',
      caption: 'The wizard’s last page: Add and Generate Keys. Illustration — your console may differ.',
    },
  ],
  secretOnScreen: true,
});
