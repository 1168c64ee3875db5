import { permissionCount, ttpLogCount } from '../../verification/checks.ts';
import { cloudGateway, cloudIntegrated } from '../console-variants.ts';
import { defineStep } from '../define-step.ts';

export const beforeYouStart = defineStep({
  id: 'before-you-start',
  title: 'Before you start',
  shortTitle: 'Before you start',
  why:
    `Arctic Wolf monitors your Mimecast mail security by reading ${permissionCount} Mimecast logs through API 2.0. You create a ` +
    'least-privilege role and an API application in Mimecast, capture its keys safely, and hand them to Arctic Wolf. ' +
    'Checking the prerequisites now avoids stopping halfway with a secret on screen.',
  appliesTo: ['new', 'migration'],
  intro: {
    prerequisites: [
      `A Mimecast plan with a Targeted Threat Protection (TTP) licence: ${ttpLogCount} of the ${permissionCount} logs come from TTP.`,
      'To create the application in the Integrations Hub (Cloud Gateway): a Super, Full or Partner Administrator, or a role with Integrations Marketplace Read/Write.',
      'On the older API and Platform Integrations page: a role with Read and Edit on API applications (Services menu) whose Security Permissions allow managing application roles.',
      'On Email Security Cloud Integrated: a Full or Super Administrator.',
      'For the hand-off: someone who can sign in to the Arctic Wolf Unified Portal as an Administrator (primary or secondary contact).',
    ],
    whatHappens: [
      `Create a Mimecast role that can only read the ${permissionCount} logs Arctic Wolf needs.`,
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
      id: 'tenant-kind',
      question: 'Which Mimecast console does this tenant use?',
      options: [
        {
          value: 'cloud-gateway',
          label: 'Email Security Cloud Gateway',
          description: 'The Administration Console (classic menu or New Menu). Most tenants.',
        },
        {
          value: 'cloud-integrated',
          label: 'Email Security Cloud Integrated',
          description: 'Mimecast’s console for tenants that protect Microsoft 365 mail from inside it.',
        },
      ],
      defaultValue: 'cloud-gateway',
      required: false,
    },
    {
      id: 'deployment',
      question: 'Is this a new Arctic Wolf deployment, or a move from a Mimecast API 1.0 integration?',
      options: [
        { value: 'new', label: 'New deployment', description: 'Arctic Wolf does not read this Mimecast account yet.' },
        {
          value: 'migration',
          label: 'Migration from API 1.0',
          description:
            'An Arctic Wolf API 1.0 application exists; it is removed at the end, once the new one works. Its keys may stop working on their own before then.',
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
      label:
        'My account may create API applications — Super, Full or Partner Administrator, or Integrations Marketplace Read/Write for the Integrations Hub — and manage application roles.',
      detail: 'Without both, Mimecast hides the New Role button or the Mimecast API 2.0 tile.',
      required: true,
      when: cloudGateway,
    },
    {
      id: 'admin-rights-ci',
      label: 'My account is a Full or Super Administrator of Email Security Cloud Integrated.',
      detail: 'Mimecast lets only these create API 2.0 applications on Cloud Integrated.',
      required: true,
      when: cloudIntegrated,
    },
    {
      id: 'portal-access',
      label: 'I know who will sign in to the Arctic Wolf Unified Portal for the hand-off.',
      required: false,
    },
  ],
});
