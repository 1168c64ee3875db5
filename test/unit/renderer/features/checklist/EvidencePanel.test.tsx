import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { EvidencePanel } from '../../../../../renderer/features/checklist/EvidencePanel.tsx';
import { installRealAssistant } from '../../../../helpers/real-assistant.ts';

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

let env: ReturnType<typeof installRealAssistant>;
afterEach(() => env.dispose());

describe('EvidencePanel', () => {
  it('attaches a chosen PNG to the step, shows it, and removes it', async () => {
    env = installRealAssistant();
    render(<EvidencePanel profileId="default" step="create-role" secretOnScreen={false} />);
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Screenshot file'), new File([PNG], 'role.png', { type: 'image/png' }));
    const img = await screen.findByRole('img', { name: 'Attached screenshot: role.png' });
    expect(img.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(env.services.evidence.list()).toEqual([expect.objectContaining({ step: 'create-role', label: 'role.png', mime: 'image/png' })]);
    expect(screen.queryByRole('note')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Remove role.png' }));
    expect(await screen.findByText('Removed role.png.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    expect(env.services.evidence.list()).toEqual([]);
  });

  it('refuses a file that is not an image, whatever its name says, and warns on the keys steps', async () => {
    env = installRealAssistant();
    render(<EvidencePanel profileId="default" step="capture-keys" secretOnScreen />);
    expect(screen.getByRole('note', { name: 'Caution: never capture the Client Secret' })).toBeTruthy();
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(screen.getByLabelText('Screenshot file'), new File(['client_secret=abc'], 'keys.png', { type: 'image/png' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a PNG or JPEG image/);
    expect(env.services.evidence.list()).toEqual([]);
  });
});
