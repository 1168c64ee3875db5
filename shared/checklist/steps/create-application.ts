import { apiClassic, apiNewMenu, apiPage, cloudGateway, cloudIntegrated, hubClassic, hubNewMenu, hubPage } from '../console-variants.ts';
import { defineStep } from '../define-step.ts';

export const createApplication = defineStep({
  id: 'create-application',
  title: 'Create the Mimecast API 2.0 application',
  shortTitle: 'Create the application',
  why:
    'The API application is what Arctic Wolf signs in as. It ties the keys to the read-only role from the previous ' +
    'step and to the Mimecast products whose logs Arctic Wolf reads.',
  appliesTo: ['new', 'migration'],
  choices: [
    {
      id: 'app-console',
      question: 'Where does your console create API 2.0 applications?',
      options: [
        {
          value: 'integrations-hub',
          label: 'Integrations Hub',
          description: 'Integrations > Integrations Hub, a Mimecast API 2.0 tile with Configure New. Mimecast creates new applications here now.',
        },
        {
          value: 'api-platform',
          label: 'API and Platform Integrations',
          description: 'The older page: Available Integrations and a Mimecast API 2.0 tile with Generate Keys.',
        },
      ],
      defaultValue: 'integrations-hub',
      required: false,
      when: cloudGateway,
    },
  ],
  consolePaths: [
    { console: 'mimecast', segments: ['Integrations', 'Integrations Hub', 'Mimecast API 2.0', 'Configure New'], when: hubNewMenu },
    {
      console: 'mimecast',
      segments: ['Integrations', 'Integrations Hub', 'Mimecast API 2.0', 'Configure New'],
      note: 'Mimecast documents the Hub without naming the menu generation: with the classic menu, your console may show Integrations elsewhere in the menu.',
      when: hubClassic,
    },
    {
      console: 'mimecast',
      segments: ['Administration', 'Services', 'API and Platform Integrations', 'Available Integrations', 'Mimecast API 2.0', 'Generate Keys'],
      when: apiClassic,
    },
    {
      console: 'mimecast',
      segments: ['Integrations', 'API and Platform Integrations', 'Available Integrations', 'Mimecast API 2.0', 'Generate Keys'],
      when: apiNewMenu,
    },
    {
      console: 'mimecast',
      segments: ['Services', 'API and Platform Integrations', 'Available Integrations', 'Mimecast API 2.0', 'Generate Keys'],
      note: 'With the New Menu, the same page is also reached this way.',
      when: apiNewMenu,
    },
    {
      console: 'mimecast',
      segments: ['Integrations', 'API 2.0 Applications', 'New Application'],
      note: 'Email Security Cloud Integrated. Your console may offer Mimecast API 2.0 in Integrations > Integrations Hub (Configure New) instead.',
      when: cloudIntegrated,
    },
  ],
  copyValues: [
    { id: 'app-name', label: 'Application Name', value: 'Arctic Wolf MDR' },
    { id: 'category', label: 'Category', value: 'SIEM Integration', when: apiPage },
    {
      id: 'app-description',
      label: 'Description',
      value: 'Arctic Wolf Managed Detection and Response reads audit and Targeted Threat Protection logs. Uses the Arctic Wolf App Role.',
    },
  ],
  actions: [
    {
      id: 'firewall',
      label: 'If a cloud firewall applies: allowlist Arctic Wolf’s addresses.',
      detail: 'Unified Portal > Resources > Allowlist Requirements, the section for your product.',
      required: false,
    },
    { id: 'open-generate-keys', label: 'Open Mimecast API 2.0 under Available Integrations and click Generate Keys.', required: true, when: apiPage, badges: [{ screenshot: 'mimecast-api-integrations', badge: 1 }, { screenshot: 'mimecast-api-integrations', badge: 2 }, { screenshot: 'mimecast-api-integrations-new-menu', badge: 1 }, { screenshot: 'mimecast-api-integrations-new-menu', badge: 2 }] },
    { id: 'accept-terms', label: 'Read the Terms and Conditions, tick I accept and click Next.', required: true, when: apiPage },
    { id: 'open-configure-new', label: 'Find the Mimecast API 2.0 tile and click Configure New.', required: true, when: hubPage, badges: [{ screenshot: 'mimecast-integrations-hub', badge: 1 }, { screenshot: 'mimecast-integrations-hub', badge: 2 }, { screenshot: 'mimecast-integrations-hub-classic', badge: 1 }, { screenshot: 'mimecast-integrations-hub-classic', badge: 2 }] },
    {
      id: 'accept-terms-hub',
      label: 'If a pop-up asks you to accept the API Terms and Conditions, review and accept them.',
      detail: 'It appears only if nobody in your account has accepted them before.',
      required: false,
      when: hubPage,
    },
    { id: 'open-new-application', label: 'Click New Application.', detail: 'Accept the terms if your console asks.', required: true, when: cloudIntegrated, badges: [{ screenshot: 'mimecast-ci-api-applications', badge: 1 }] },
    {
      id: 'app-name',
      label: 'Details: enter the Application Name.',
      detail: 'Any name your team will recognise. In the Integrations Hub it cannot be changed after saving.',
      required: true,
      copyValueId: 'app-name',
      badges: [{ screenshot: 'mimecast-hub-details', badge: 1 }, { screenshot: 'mimecast-application-details', badge: 1 }, { screenshot: 'mimecast-ci-details', badge: 1 }],
    },
    { id: 'category', label: 'Choose the Category (SIEM Integration, or the closest match).', required: true, copyValueId: 'category', when: apiPage, badges: [{ screenshot: 'mimecast-application-details', badge: 2 }] },
    {
      id: 'products',
      label: 'Select the Products that cover the audit logs and Targeted Threat Protection.',
      detail:
        'A log whose product is not selected fails later with “does not exist in any product assigned to the application”. In the Integrations Hub, Products cannot be changed after saving.',
      required: true,
      badges: [{ screenshot: 'mimecast-hub-details', badge: 2 }, { screenshot: 'mimecast-application-details', badge: 3 }, { screenshot: 'mimecast-ci-details', badge: 2 }],
    },
    { id: 'app-role', label: 'Application Role: choose the role from the previous step (Arctic Wolf App Role).', required: true, badges: [{ screenshot: 'mimecast-hub-details', badge: 3 }, { screenshot: 'mimecast-application-details', badge: 4 }, { screenshot: 'mimecast-ci-details', badge: 3 }] },
    { id: 'app-description', label: 'Enter the Description.', required: true, copyValueId: 'app-description', badges: [{ screenshot: 'mimecast-hub-details', badge: 4 }, { screenshot: 'mimecast-application-details', badge: 5 }, { screenshot: 'mimecast-ci-details', badge: 4 }] },
    { id: 'details-next', label: 'Click Next.', required: true },
  ],
  callouts: [
    {
      kind: 'note',
      title: 'Cloud firewall',
      text:
        'Based on your cloud firewall settings, you may need firewall exceptions for Arctic Wolf’s IP addresses. Arctic ' +
        'Wolf publishes them only inside the Unified Portal: Resources > Allowlist Requirements, in the section for your product.',
    },
    {
      kind: 'caution',
      title: 'Name and products are final in the Integrations Hub',
      text:
        'In the Integrations Hub, the Application Name and Products cannot be changed after you save. Check both ' +
        'before you click Next; fixing them later means a new application and new keys.',
      when: hubPage,
    },
    {
      kind: 'note',
      title: 'Cloud Integrated pages are documented less fully',
      text:
        'Mimecast documents the Cloud Integrated API 2.0 Applications page only briefly: your console may show the ' +
        'fields in another order, or without Products. Fill in what it asks; the role is the part that matters.',
      when: cloudIntegrated,
    },
  ],
  screenshots: [
    {
      name: 'mimecast-integrations-hub',
      alt: 'The Integrations Hub with the New Menu, with the Mimecast API 2.0 tile and its Configure New button highlighted.',
      caption: 'New Menu: Integrations > Integrations Hub > Mimecast API 2.0 > Configure New. Illustration — your console may differ.',
      when: hubNewMenu,
    },
    {
      name: 'mimecast-integrations-hub-classic',
      alt: 'The Integrations Hub with the classic menu, with the Mimecast API 2.0 tile and its Configure New button highlighted.',
      caption: 'Classic menu: Integrations Hub > Mimecast API 2.0 > Configure New. Illustration — your console may differ.',
      when: hubClassic,
    },
    {
      name: 'mimecast-hub-details',
      alt: 'The Integrations Hub Details page with Application Name, Products, Application Role and Description highlighted.',
      caption: 'Hub Details: name and products (final once saved), the new role, a description. Illustration — your console may differ.',
      when: hubPage,
    },
    {
      name: 'mimecast-api-integrations',
      alt: 'API and Platform Integrations with the classic menu, Available Integrations tab, with the Generate Keys button on the Mimecast API 2.0 tile highlighted.',
      caption: 'Classic menu: Administration > Services > API and Platform Integrations > Generate Keys. Illustration — your console may differ.',
      when: apiClassic,
    },
    {
      name: 'mimecast-api-integrations-new-menu',
      alt: 'API and Platform Integrations with the New Menu, Available Integrations tab, with the Generate Keys button on the Mimecast API 2.0 tile highlighted.',
      caption: 'New Menu: Integrations > API and Platform Integrations > Generate Keys. Illustration — your console may differ.',
      when: apiNewMenu,
    },
    {
      name: 'mimecast-application-details',
      alt: 'The Details page of the new API application with Application Name, Category, Products, Application Role and Description highlighted.',
      caption: 'Details: name, category, products, the new role and a description. Illustration — your console may differ.',
      when: apiPage,
    },
    {
      name: 'mimecast-ci-api-applications',
      alt: 'Email Security Cloud Integrated, Integrations > API 2.0 Applications, with the New Application button highlighted.',
      caption: 'Cloud Integrated: Integrations > API 2.0 Applications > New Application. Illustration — your console may differ.',
      when: cloudIntegrated,
    },
    {
      name: 'mimecast-ci-details',
      alt: 'The Cloud Integrated New Application page with Application Name, Products, Application Role and Description highlighted.',
      caption: 'Cloud Integrated: the new application’s details; Mimecast documents this page less fully. Illustration — your console may differ.',
      when: cloudIntegrated,
    },
  ],
});
