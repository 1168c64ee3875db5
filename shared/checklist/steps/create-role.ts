import { permissionCount, rolePermissions } from '../../verification/checks.ts';
import { classicMenu, cloudGateway, cloudIntegrated, newMenu } from '../console-variants.ts';
import { defineStep } from '../define-step.ts';

/** Each console's permissions list (badge 1 in its picture), where the ticks happen. */
const permissionBadges = [{ screenshot: 'mimecast-role-permissions', badge: 1 }, { screenshot: 'mimecast-role-permissions-new-menu', badge: 1 }, { screenshot: 'mimecast-role-permissions-cloud-integrated', badge: 1 }];

export const createRole = defineStep({
  id: 'create-role',
  title: 'Create the Arctic Wolf role',
  shortTitle: 'Create the role',
  why:
    `The API application acts with the permissions of its role. A dedicated role that can only read the ${permissionCount} logs ` +
    'Arctic Wolf needs keeps the keys harmless if they ever leak: they cannot change settings or read mail.',
  appliesTo: ['new', 'migration'],
  choices: [
    {
      id: 'role-menu',
      question: 'Which Administration Console menu do you see?',
      options: [
        { value: 'classic', label: 'Classic menu', description: 'The New Menu toggle is off.' },
        { value: 'new-menu', label: 'New Menu', description: 'The New Menu toggle at the top of the console is on.' },
      ],
      defaultValue: 'classic',
      required: false,
      when: cloudGateway,
    },
  ],
  consolePaths: [
    { console: 'mimecast', segments: ['Administration', 'Account', 'Roles'], when: classicMenu },
    { console: 'mimecast', segments: ['Account', 'Admin Roles'], when: newMenu },
    {
      console: 'mimecast',
      segments: ['Account', 'Admin Roles'],
      note: 'Mimecast’s Cloud Integrated articles name Account > Admin Roles only in passing: your console may show roles elsewhere.',
      when: cloudIntegrated,
    },
  ],
  copyValues: [
    { id: 'role-name', label: 'Role Name', value: 'Arctic Wolf App Role' },
    {
      id: 'role-description',
      label: 'Description',
      value: 'Read-only access to audit and Targeted Threat Protection logs for the Arctic Wolf API 2.0 application. Do not add permissions.',
    },
  ],
  actions: [
    { id: 'new-role', label: 'Click New Role.', required: true },
    {
      id: 'role-name',
      label: 'In Properties, enter the Role Name.',
      detail: 'Any unique name works; the suggestion makes the role easy to recognise later.',
      required: true,
      copyValueId: 'role-name',
      badges: [{ screenshot: 'mimecast-role-properties', badge: 1 }, { screenshot: 'mimecast-role-properties-new-menu', badge: 1 }, { screenshot: 'mimecast-role-properties-cloud-integrated', badge: 1 }],
    },
    { id: 'role-description', label: 'Enter the Description.', required: true, copyValueId: 'role-description', badges: [{ screenshot: 'mimecast-role-properties', badge: 2 }, { screenshot: 'mimecast-role-properties-new-menu', badge: 2 }, { screenshot: 'mimecast-role-properties-cloud-integrated', badge: 2 }] },
    {
      id: 'security-permissions',
      label: 'In Security Permissions, choose Cannot Manage Roles.',
      detail: 'The API application never needs to manage roles. Your console may show this setting as a list or as options.',
      required: true,
      badges: [{ screenshot: 'mimecast-role-properties', badge: 3 }, { screenshot: 'mimecast-role-properties-new-menu', badge: 3 }, { screenshot: 'mimecast-role-properties-cloud-integrated', badge: 3 }],
    },
    {
      id: 'clear-permissions',
      label: 'In Application Permissions, clear every checkbox.',
      detail: 'Start from nothing so no permission is inherited by accident.',
      required: true,
      badges: [{ screenshot: 'mimecast-role-permissions', badge: 1 }, { screenshot: 'mimecast-role-permissions-new-menu', badge: 1 }, { screenshot: 'mimecast-role-permissions-cloud-integrated', badge: 1 }],
    },
    // The names come from the verification's own list, so the role step and the failed-check hints cannot drift apart.
    ...rolePermissions.map((check) => ({ id: check.roleTick, label: `Tick ${check.permission}.`, required: true, badges: permissionBadges })),
    { id: 'save-exit', label: 'Click Save and Exit.', required: true, badges: [{ screenshot: 'mimecast-role-permissions', badge: 2 }, { screenshot: 'mimecast-role-permissions-new-menu', badge: 2 }, { screenshot: 'mimecast-role-permissions-cloud-integrated', badge: 2 }] },
  ],
  callouts: [
    {
      kind: 'note',
      title: `Exactly ${permissionCount} permissions`,
      text:
        `Tick these ${permissionCount} and nothing else. A missing one shows up later as a failed check for that log; an extra one ` +
        'gives the keys more power than Arctic Wolf needs. Mimecast advises one custom role per API application.',
    },
  ],
  screenshots: [
    {
      name: 'mimecast-role-properties',
      alt: 'The New Role page, classic menu, with Role Name, Description and Security Permissions (Cannot Manage Roles) highlighted.',
      caption: 'Administration > Account > Roles > New Role: Properties and Security Permissions. Illustration — your console may differ.',
      when: classicMenu,
    },
    {
      name: 'mimecast-role-permissions',
      alt: `The Application Permissions list, classic menu, with only the ${permissionCount} read permissions ticked and the Save and Exit button highlighted.`,
      caption: `Application Permissions: exactly the ${permissionCount} read permissions, then Save and Exit. Illustration — your console may differ.`,
      when: classicMenu,
    },
    {
      name: 'mimecast-role-properties-new-menu',
      alt: 'The New Role page under Account > Admin Roles in the New Menu, with Role Name, Description and Security Permissions (Cannot Manage Roles) highlighted.',
      caption: 'New Menu: Account > Admin Roles > New Role: Properties and Security Permissions. Illustration — your console may differ.',
      when: newMenu,
    },
    {
      name: 'mimecast-role-permissions-new-menu',
      alt: `The Application Permissions list under Account > Admin Roles in the New Menu, with only the ${permissionCount} read permissions ticked and Save and Exit highlighted.`,
      caption: `New Menu: Application Permissions, exactly the ${permissionCount} read permissions, then Save and Exit. Illustration — your console may differ.`,
      when: newMenu,
    },
    {
      name: 'mimecast-role-properties-cloud-integrated',
      alt: 'The New Role page in Email Security Cloud Integrated, with Role Name, Description and Security Permissions (Cannot Manage Roles) highlighted.',
      caption: 'Cloud Integrated: Account > Admin Roles > New Role; Mimecast documents this page less fully. Illustration — your console may differ.',
      when: cloudIntegrated,
    },
    {
      name: 'mimecast-role-permissions-cloud-integrated',
      alt: `The Application Permissions list in Email Security Cloud Integrated, with only the ${permissionCount} read permissions ticked and Save and Exit highlighted.`,
      caption: `Cloud Integrated: Application Permissions, exactly the ${permissionCount} read permissions. Illustration — your console may differ.`,
      when: cloudIntegrated,
    },
  ],
});
