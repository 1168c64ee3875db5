import { defineStep } from '../define-step.ts';

const apiPage = { choice: 'app-console', oneOf: ['api-platform'] };
const hub = [{ choice: 'app-console', oneOf: ['integrations-hub'] }];

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
          value: 'api-platform',
          label: 'API and Platform Integrations',
          description: 'A page with Available Integrations and a Mimecast API 2.0 tile.',
        },
        { value: 'integrations-hub', label: 'Integrations Hub', description: 'The newer hub with a Configure New button.' },
      ],
      defaultValue: 'api-platform',
      required: false,
    },
  ],
  consolePaths: [
    {
      console: 'mimecast',
      segments: ['Administration', 'Services', 'API and Platform Integrations', 'Available Integrations', 'Mimecast API 2.0', 'Generate Keys'],
      when: [apiPage, { choice: 'role-menu', oneOf: ['classic'] }],
    },
    {
      console: 'mimecast',
      segments: ['Integrations', 'API and Platform Integrations', 'Available Integrations', 'Mimecast API 2.0', 'Generate Keys'],
      when: [apiPage, { choice: 'role-menu', oneOf: ['new-menu'] }],
    },
    { console: 'mimecast', segments: ['Integrations', 'Integrations Hub', 'Mimecast API 2.0', 'Configure New'], when: hub },
  ],
  copyValues: [
    { id: 'app-name', label: 'Application Name', value: 'Arctic Wolf MDR' },
    { id: 'category', label: 'Category', value: 'SIEM Integration' },
    {
      id: 'app-description',
      label: 'Description',
      value: 'Arctic Wolf Managed Detection and Response reads audit and Targeted Threat Protection logs. Uses the Arctic Wolf App Role.',
    },
  ],
  actions: [
    { id: 'open-generate-keys', label: 'Open Mimecast API 2.0 under Available Integrations and click Generate Keys.', required: true, when: [apiPage] },
    { id: 'open-configure-new', label: 'Open Mimecast API 2.0 and click Configure New.', required: true, when: hub },
    { id: 'accept-terms', label: 'Accept the terms and click Next.', required: true },
    {
      id: 'app-name',
      label: 'Details: enter the Application Name.',
      detail: 'Any name your team will recognise; it cannot be changed later in the Integrations Hub.',
      required: true,
      copyValueId: 'app-name',
    },
    { id: 'category', label: 'Choose the Category (SIEM Integration, or the closest match).', required: true, copyValueId: 'category' },
    {
      id: 'products',
      label: 'Select the Products that cover the audit logs and Targeted Threat Protection.',
      detail: 'A log whose product is not selected fails later with “does not exist in any product assigned to the application”.',
      required: true,
    },
    { id: 'app-role', label: 'Application Role: choose the role from the previous step (Arctic Wolf App Role).', required: true },
    { id: 'app-description', label: 'Enter the Description.', required: true, copyValueId: 'app-description' },
    { id: 'details-next', label: 'Click Next.', required: true },
    {
      id: 'firewall',
      label: 'If a cloud firewall applies: allowlist Arctic Wolf’s addresses.',
      detail: 'Unified Portal > Resources > Allowlist Requirements, the section for your product.',
      required: false,
    },
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
    },
  ],
  screenshots: [
    {
      name: 'mimecast-api-integrations',
      alt: 'API and Platform Integrations, Available Integrations tab, with the Generate Keys button on the Mimecast API 2.0 tile highlighted.',
      caption: 'API and Platform Integrations: Mimecast API 2.0 > Generate Keys. Illustration — your console may differ.',
      when: [apiPage],
    },
    {
      name: 'mimecast-integrations-hub',
      alt: 'The Integrations Hub with the Configure New button for Mimecast API 2.0 highlighted.',
      caption: 'Integrations Hub: Mimecast API 2.0 > Configure New. Illustration — your console may differ.',
      when: hub,
    },
    {
      name: 'mimecast-application-details',
      alt: 'The Details page of the new API application with Application Name, Category, Products, Application Role and Description highlighted.',
      caption: 'Details: name, category, products, the new role and a description. Illustration — your console may differ.',
    },
  ],
});
