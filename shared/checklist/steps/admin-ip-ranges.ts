import { defineStep } from '../define-step.ts';

const setting = [{ choice: 'admin-ip-plan', oneOf: ['set'] }];

export const adminIpRanges = defineStep({
  id: 'admin-ip-ranges',
  title: 'Admin IP Ranges (optional)',
  shortTitle: 'Admin IP Ranges',
  why:
    'Admin IP Ranges limit where anyone may sign in to the Administration Console. Set correctly they reduce risk; set ' +
    'wrongly they lock every administrator out until another admin or Mimecast support fixes it. The assistant checks ' +
    'your list before you save it.',
  appliesTo: ['new', 'migration'],
  choices: [
    {
      id: 'admin-ip-plan',
      question: 'Will you set Admin IP Ranges now?',
      options: [
        { value: 'set', label: 'Yes, set Admin IP Ranges', description: 'The assistant checks the list before you save it.' },
        { value: 'skip', label: 'No, skip this step', description: 'Nothing changes in Mimecast; you can come back later.' },
      ],
      required: true,
    },
  ],
  consolePaths: [
    {
      console: 'mimecast',
      segments: ['Administration', 'Account', 'Account Settings', 'User Access and Permissions', 'Admin IP Ranges'],
      when: setting,
    },
  ],
  // The check comes first; these console instructions follow it, so nothing invites a save before the list is checked.
  widgetsFirst: true,
  actions: [
    { id: 'open-settings', label: 'Once the check above is OK, open Account > Account Settings, User Access and Permissions tab.', required: true, when: setting, badges: [{ screenshot: 'mimecast-admin-ip-ranges', badge: 1 }] },
    {
      id: 'enter-ranges',
      label: 'Paste the checked list into the Admin IP Ranges field, and save.',
      detail: 'Use “Copy the checked list” above: it is offered only when the list is OK (or acknowledged by a managed service provider).',
      required: true,
      when: setting,
      badges: [{ screenshot: 'mimecast-admin-ip-ranges', badge: 2 }, { screenshot: 'mimecast-admin-ip-ranges', badge: 3 }],
    },
  ],
  callouts: [
    {
      kind: 'note',
      title: 'Ranges apply the restriction',
      text: 'You must set admin IP address ranges to apply IP address restrictions, for example a public IP address range of your office. Use CIDR notation (a single address is /32).',
    },
    {
      kind: 'caution',
      title: 'Do not enter only Arctic Wolf IP addresses',
      text:
        'Do not only enter Arctic Wolf IP addresses. This restricts sign in permissions for all other accounts except for ' +
        'managed service providers. Include the public ranges your administrators sign in from — and the address you ' +
        'are using now, or you lock yourself out.',
    },
  ],
  screenshots: [
    {
      name: 'mimecast-admin-ip-ranges',
      alt: 'Account Settings, User Access and Permissions tab, with the Admin IP Ranges field highlighted.',
      caption: 'Account Settings > User Access and Permissions > Admin IP Ranges. Illustration — your console may differ.',
      when: setting,
    },
  ],
  widgets: [{ id: 'ip-ranges-check', gate: true, when: setting }],
});
