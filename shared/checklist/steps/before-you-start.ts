import { defineStep } from '../define-step.ts';

export const beforeYouStart = defineStep({
  id: 'before-you-start',
  title: 'Before you start',
  shortTitle: 'Before you start',
  why:
    'Arctic Wolf monitors your Mimecast mail security by reading four Mimecast logs through API 2.0. You create a ' +
    'least-privilege role and an API application in Mimecast, capture its keys safely, and hand them to Arctic Wolf. ' +
    'Checking the prerequisites now avoids stopping halfway with a secret on screen.',
  appliesTo: ['new', 'migration'],
  intro: {
    prerequisites: [
      'A Mimecast plan with a Targeted Threat Protection (TTP) licence: three of the four logs come from TTP.',
      'A Mimecast administrator account that can manage API applications (Read and Edit) and application roles.',
      'For the hand-off: someone who can sign in to the Arctic Wolf Unified Portal as an Administrator (primary or secondary contact).',
    ],
    whatHappens: [
      'Create a Mimecast role that can only read the four logs Arctic Wolf needs.',
      'Create a Mimecast API 2.0 application that uses that role.',
      'Generate its keys: the Client Secret is shown once, and the assistant stores it in your operating system’s protected storage.',
      'The assistant proves the keys work, checks any Admin IP Ranges you plan to set, and helps you hand the keys to Arctic Wolf.',
      'Migrating from API 1.0: after Arctic Wolf receives data through the new application, remove the old one.',
    ],
    duration:
      'About 30 minutes of console work. Do the key generation in one sitting: the Client Secret is shown only once.',
  },
  choices: [
    {
      id: 'deployment',
      question: 'Is this a new Arctic Wolf deployment, or a move from a Mimecast API 1.0 integration?',
      options: [
        { value: 'new', label: 'New deployment', description: 'Arctic Wolf does not read this Mimecast account yet.' },
        {
          value: 'migration',
          label: 'Migration from API 1.0',
          description: 'An Arctic Wolf API 1.0 application exists; it is removed at the end, once the new one works.',
        },
      ],
      defaultValue: 'new',
      required: true,
    },
  ],
  actions: [
    { id: 'ttp-licence', label: 'Our Mimecast plan includes Targeted Threat Protection (TTP).', required: true },
    {
      id: 'admin-rights',
      label: 'My administrator account can manage API applications and application roles.',
      detail: 'Without both, Mimecast hides the New Role button or the API 2.0 integration.',
      required: true,
    },
    {
      id: 'portal-access',
      label: 'I know who will sign in to the Arctic Wolf Unified Portal for the hand-off.',
      required: false,
    },
  ],
});
