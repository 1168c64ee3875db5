import { apiPage, cloudIntegrated, hubPage } from '../console-variants.ts';
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
    {
      id: 'review-summary',
      label: 'Review the Summary: Application Name, Products, Application Role and the contact.',
      detail: 'In the Integrations Hub the name and Products are final once you click; go Back to correct them.',
      required: true,
      badges: [{ screenshot: 'mimecast-add-generate-keys', badge: 1 }, { screenshot: 'mimecast-hub-summary', badge: 1 }],
    },
    { id: 'add-generate', label: 'Click Add and Generate Keys.', required: true, when: apiPage, badges: [{ screenshot: 'mimecast-add-generate-keys', badge: 2 }] },
    {
      id: 'add-hub',
      label: 'Click Add.',
      detail: 'Your console may label the button Add and Generate Keys, or Save.',
      required: true,
      when: hubPage,
      badges: [{ screenshot: 'mimecast-hub-summary', badge: 2 }],
    },
    { id: 'add-ci', label: 'Click Add (or Save).', detail: 'Your console may label the button differently.', required: true, when: cloudIntegrated, badges: [{ screenshot: 'mimecast-hub-summary', badge: 2 }] },
  ],
  callouts: [
    {
      kind: 'warning',
      title: 'The Client Secret is shown only once',
      text:
        'After you click Add, the dialog “Manage API 2.0 Credentials” (your console may title it differently) shows the Client ID and Client ' +
        'Secret. This is the only time the secret is available. Keep the dialog open and go to the next screen of the ' +
        'assistant: that is where the keys go.',
    },
  ],
  screenshots: [
    {
      name: 'mimecast-add-generate-keys',
      alt: 'The Summary page of the application wizard with the review table and the Add and Generate Keys button highlighted.',
      caption: 'Summary: review, then Add and Generate Keys. Illustration — your console may differ.',
      when: apiPage,
    },
    {
      name: 'mimecast-hub-summary',
      alt: 'The Integrations Hub summary with the review table and the Add button highlighted.',
      caption: 'Summary: review, then Add. Illustration — your console may differ.',
      when: hubPage,
    },
    {
      name: 'mimecast-hub-summary',
      alt: 'A summary of the new application with the review table and the Add button highlighted.',
      caption: 'Cloud Integrated: Mimecast documents this page less fully. Illustration — your console may differ.',
      when: cloudIntegrated,
    },
  ],
  secretOnScreen: true,
});
