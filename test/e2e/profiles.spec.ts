import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness.ts';

const settingsOnDisk = (dataDir: string) =>
  JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as { activeProfileId: string; profiles: Array<{ id: string; name: string }> };

test('create, switch, rename and delete a profile through the UI; the store follows on disk and survives a restart', async ({ app }) => {
  const page = await app.open();
  const picker = page.getByLabel('Profile', { exact: true });
  await expect(picker).toHaveValue('default');

  await page.getByRole('button', { name: 'New' }).click();
  await page.getByRole('dialog').getByLabel('Profile name').fill('Contoso EU');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(picker).toHaveValue('contoso-eu');
  expect(settingsOnDisk(app.dataDir)).toMatchObject({ activeProfileId: 'contoso-eu', profiles: [{ id: 'default' }, { id: 'contoso-eu', name: 'Contoso EU' }] });

  // A duplicate name is refused with the reason, and what was typed stays in the field.
  await page.getByRole('button', { name: 'New' }).click();
  await page.getByRole('dialog').getByLabel('Profile name').fill('contoso eu');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('already exists');
  await expect(page.getByRole('dialog').getByLabel('Profile name')).toHaveValue('contoso eu');
  await page.keyboard.press('Escape');

  await picker.selectOption('default');
  await expect.poll(() => settingsOnDisk(app.dataDir).activeProfileId).toBe('default');

  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('dialog').getByLabel('Profile name').fill('Fabrikam');
  await page.getByRole('button', { name: 'Rename' , exact: true }).click();
  await expect(picker.locator('option:checked')).toHaveText('Fabrikam');

  const restarted = await app.restart();
  const pickerAfter = restarted.getByLabel('Profile', { exact: true });
  await expect(pickerAfter).toHaveValue('default');
  await expect(pickerAfter.locator('option')).toHaveText(['Fabrikam', 'Contoso EU']);

  await pickerAfter.selectOption('contoso-eu');
  await restarted.getByRole('button', { name: 'Delete' }).click();
  await restarted.getByRole('button', { name: 'Delete profile' }).click();
  await expect(pickerAfter.locator('option')).toHaveText(['Fabrikam']);
  expect(settingsOnDisk(app.dataDir).profiles.map((p) => p.id)).toEqual(['default']);
  await expect(restarted.getByRole('button', { name: 'Delete' })).toBeDisabled();
});
