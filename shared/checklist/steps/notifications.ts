import { apiPage, cloudIntegrated, hubPage } from '../console-variants.ts';
import { defineStep } from '../define-step.ts';

export const notifications = defineStep({
  id: 'notifications',
  title: 'Set the notification contact',
  shortTitle: 'Notifications',
  why:
    'Mimecast writes to this contact about the API application — for example before its keys or terms change. ' +
    'If the address is a person who leaves, those messages go nowhere and the integration can fail unnoticed.',
  appliesTo: ['new', 'migration'],
  inputs: [
    {
      id: 'contact-name',
      label: 'Technical Point of Contact',
      kind: 'text',
      required: true,
      hint: 'The person Mimecast should contact, for example you, the administrator configuring the application.',
      autoComplete: 'name',
      maxLength: 120,
      copyable: true,
    },
    {
      id: 'contact-email',
      label: 'Email',
      kind: 'email',
      required: true,
      hint: 'It must exist in your Mimecast directory. Mimecast recommends a group address, such as a security team mailbox.',
      placeholder: 'security-team@example.com',
      autoComplete: 'email',
      maxLength: 254,
      copyable: true,
    },
  ],
  actions: [
    { id: 'enter-contact', label: 'In Notifications, enter the Technical Point of Contact.', required: true, when: apiPage, badges: [{ screenshot: 'mimecast-notifications', badge: 1 }] },
    { id: 'enter-contact-hub', label: 'In Notification Settings, enter the Technical Point of Contact.', required: true, when: hubPage, badges: [{ screenshot: 'mimecast-hub-notifications', badge: 1 }] },
    {
      id: 'enter-contact-ci',
      label: 'In the notification section, enter the Technical Point of Contact.',
      detail: 'Your console may call it Notifications or Notification Settings.',
      required: true,
      when: cloudIntegrated,
      badges: [{ screenshot: 'mimecast-hub-notifications', badge: 1 }],
    },
    { id: 'enter-email', label: 'Enter the Email.', required: true, badges: [{ screenshot: 'mimecast-notifications', badge: 2 }, { screenshot: 'mimecast-hub-notifications', badge: 2 }] },
    { id: 'notifications-next', label: 'Click Next.', required: true, badges: [{ screenshot: 'mimecast-notifications', badge: 3 }, { screenshot: 'mimecast-hub-notifications', badge: 3 }] },
  ],
  callouts: [
    {
      kind: 'note',
      title: 'The address must exist in Mimecast',
      text: 'Mimecast accepts only an email address that exists in your Mimecast directory. A group address keeps messages arriving when people change roles.',
    },
  ],
  screenshots: [
    {
      name: 'mimecast-notifications',
      alt: 'The Notifications section with the Technical Point of Contact and Email fields and the Next button highlighted.',
      caption: 'Notifications: the technical contact and a group email address. Illustration — your console may differ.',
      when: apiPage,
    },
    {
      name: 'mimecast-hub-notifications',
      alt: 'The Integrations Hub Notification Settings with the Technical Point of Contact and Email fields and the Next button highlighted.',
      caption: 'Notification Settings: the technical contact and a group email address. Illustration — your console may differ.',
      when: hubPage,
    },
    {
      name: 'mimecast-hub-notifications',
      alt: 'A notification section with the Technical Point of Contact and Email fields and the Next button highlighted.',
      caption: 'Cloud Integrated: Mimecast documents this page less fully. Illustration — your console may differ.',
      when: cloudIntegrated,
    },
  ],
});
