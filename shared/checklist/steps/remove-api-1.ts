import { defineStep } from '../define-step.ts';

export const removeApi1 = defineStep({
  id: 'remove-api-1',
  title: 'Remove the Arctic Wolf API 1.0 application',
  shortTitle: 'Remove API 1.0 application',
  why:
    'An old application keeps valid keys that nobody watches. Removing it once the new one works leaves one set of ' +
    'keys to protect — but removing it too early stops monitoring.',
  appliesTo: ['migration'],
  consolePaths: [
    {
      console: 'mimecast',
      segments: ['API and Platform Integrations', 'Your Application Integrations'],
      note: 'Mimecast has moved this list before: if it is not here, look for your API 1.0 applications nearby.',
    },
    { console: 'arctic-wolf', segments: ['Unified Portal', 'Data Collection', 'Cloud Sensors'], note: 'The old Mimecast account, if one remains.' },
  ],
  actions: [
    { id: 'data-arriving', label: 'Arctic Wolf confirms it receives data through the new API 2.0 application.', required: true },
    { id: 'find-delete', label: 'Find the Arctic Wolf API 1.0 application in the Mimecast console and delete it.', required: true, badges: [{ screenshot: 'mimecast-api1-applications', badge: 1 }, { screenshot: 'mimecast-api1-applications', badge: 2 }] },
    { id: 'portal-cleanup', label: 'Remove the old Mimecast account in the Unified Portal, if one remains.', required: false },
  ],
  callouts: [
    {
      kind: 'note',
      title: 'API 1.0 keys may stop on their own',
      text:
        'Mimecast removed API 1.0 from the console in 2025; existing 1.0 applications work only until their keys lapse, ' +
        'which can happen before you remove the application. Do not count on the old application as a fallback: if ' +
        'Arctic Wolf reports that data stopped, hand off the new API 2.0 keys first.',
    },
    {
      kind: 'caution',
      title: 'Not before the new application works',
      text: 'Delete the API 1.0 application only after Arctic Wolf receives data through API 2.0. Deleting it first leaves you unmonitored.',
    },
  ],
  screenshots: [
    {
      name: 'mimecast-api1-applications',
      alt: 'A list of API applications with the Arctic Wolf API 1.0 entry and its Delete action highlighted.',
      caption: 'Your application integrations: the old API 1.0 entry. Illustration — your console may differ.',
    },
  ],
  blockedUntil: [{ widget: 'handoff', reason: 'Hand the new keys to Arctic Wolf first: the API 1.0 application keeps monitoring running until then.' }],
});
