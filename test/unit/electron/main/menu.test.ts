import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../../electron/main/menu.ts';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [item.role ?? '', ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]).filter(Boolean);

describe('buildMenuTemplate', () => {
  it('has the Edit roles on every platform (paste in text fields needs them on macOS)', () => {
    for (const isMac of [true, false]) {
      expect(roles(buildMenuTemplate({ isMac, isPackaged: true, openLink: () => {} }))).toContain('editMenu');
    }
  });

  it('has no DevTools or reload when packaged', () => {
    const packaged = roles(buildMenuTemplate({ isMac: false, isPackaged: true, openLink: () => {} }));
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(roles(buildMenuTemplate({ isMac: false, isPackaged: false, openLink: () => {} }))).toContain('toggleDevTools');
  });

  it('opens documentation from Help by link id, and offers About', () => {
    const opened: string[] = [];
    const template = buildMenuTemplate({ isMac: false, isPackaged: true, openLink: (id) => opened.push(id) });
    const help = template.find((item) => item.role === 'help')!.submenu as MenuItemConstructorOptions[];
    for (const item of help) (item.click as (() => void) | undefined)?.();
    expect(opened).toEqual(['aw-configure-mimecast', 'mimecast-api-2', 'aw-unified-portal']);
    expect(roles(help)).toContain('about');
  });
});
