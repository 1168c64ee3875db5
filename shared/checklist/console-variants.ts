import type { Condition } from './schema.ts';

/**
 * The Mimecast consoles the guide tells apart, as `when` conditions for step parts. Three questions decide which
 * path, fields, buttons and illustration a step shows:
 * - tenant kind (`tenant-kind`, asked in "Before you start"): Email Security Cloud Gateway (the Administration
 *   Console) or Email Security Cloud Integrated;
 * - console generation (`role-menu`, asked in "Create the role"; Cloud Gateway only): the classic menu or the New Menu;
 * - API page (`app-console`, asked in "Create the application"; Cloud Gateway only): the Integrations Hub, where
 *   Mimecast now creates API 2.0 applications, or the older API and Platform Integrations page.
 * Each choice has a default, so a step reads sensibly before the admin answers.
 */
const gatewayTenant: Condition = { choice: 'tenant-kind', oneOf: ['cloud-gateway'] };

export const cloudGateway: Condition[] = [gatewayTenant];
export const cloudIntegrated: Condition[] = [{ choice: 'tenant-kind', oneOf: ['cloud-integrated'] }];

export const classicMenu: Condition[] = [gatewayTenant, { choice: 'role-menu', oneOf: ['classic'] }];
export const newMenu: Condition[] = [gatewayTenant, { choice: 'role-menu', oneOf: ['new-menu'] }];

export const hubPage: Condition[] = [gatewayTenant, { choice: 'app-console', oneOf: ['integrations-hub'] }];
export const apiPage: Condition[] = [gatewayTenant, { choice: 'app-console', oneOf: ['api-platform'] }];

export const hubClassic: Condition[] = [...hubPage, { choice: 'role-menu', oneOf: ['classic'] }];
export const hubNewMenu: Condition[] = [...hubPage, { choice: 'role-menu', oneOf: ['new-menu'] }];
export const apiClassic: Condition[] = [...apiPage, { choice: 'role-menu', oneOf: ['classic'] }];
export const apiNewMenu: Condition[] = [...apiPage, { choice: 'role-menu', oneOf: ['new-menu'] }];

