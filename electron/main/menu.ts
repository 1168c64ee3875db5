import type { MenuItemConstructorOptions } from 'electron';
import type { ExternalLinkId } from '../../shared/links.ts';

export interface MenuOptions {
  isMac: boolean;
  isPackaged: boolean;
  openLink: (id: ExternalLinkId) => void;
}

/**
 * The application menu. The Edit roles are not decoration: without them, paste does not work in text fields on
 * macOS — and pasting the secret is the core of the app.
 */
export function buildMenuTemplate({ isMac, isPackaged, openLink }: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
    ...(isPackaged ? [] : ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[])),
  ];
  return [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Arctic Wolf: Configure Mimecast', click: () => openLink('aw-configure-mimecast') },
        { label: 'Mimecast API 2.0 documentation', click: () => openLink('mimecast-api-2') },
        { label: 'Arctic Wolf Unified Portal', click: () => openLink('aw-unified-portal') },
        ...(isMac ? [] : ([{ type: 'separator' }, { role: 'about' }] as MenuItemConstructorOptions[])),
      ],
    },
  ];
}
