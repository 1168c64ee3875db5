import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemblePage, parseScene, readScenes } from '../../../../scripts/screenshots/scenes.ts';

const caption = '<div class="caption"><strong>Illustration</strong> — your console may differ.</div>';
const scene = [
  '<!-- scene title="Roles" chrome="account" active="Roles" toggle="New Menu: off" crumbs="Administration › Roles" -->',
  '<!-- variant new-menu title="Roles (New Menu)" chrome="new-menu" active="Admin Roles" toggle="New Menu: on" crumbs="Account › Admin Roles" -->',
  '<!-- variant cloud-integrated title="Roles (Cloud Integrated)" chrome="cloud-integrated" crumbs="Account › Admin Roles <span class=\'muted\'>(may differ)</span>" -->',
  '  <div class="main">',
  '    <div class="crumbs">{{crumbs}}</div>',
  '  </div>',
  caption,
  '',
].join('\n');

describe('illustration scenes', () => {
  it('draws a scene once and names each console variant’s picture after the scene and the variant', () => {
    const pictures = parseScene('mimecast-roles', scene);
    expect(pictures.map((p) => [p.name, p.file, p.title, p.chrome, p.active, p.toggle])).toEqual([
      ['mimecast-roles', 'mimecast-roles', 'Roles', 'account', 'Roles', 'New Menu: off'],
      ['mimecast-roles-new-menu', 'mimecast-roles', 'Roles (New Menu)', 'new-menu', 'Admin Roles', 'New Menu: on'],
      ['mimecast-roles-cloud-integrated', 'mimecast-roles', 'Roles (Cloud Integrated)', 'cloud-integrated', undefined, undefined],
    ]);
    expect(pictures.map((p) => p.content.split('\n')[1])).toEqual([
      '    <div class="crumbs">Administration › Roles</div>',
      '    <div class="crumbs">Account › Admin Roles</div>',
      '    <div class="crumbs">Account › Admin Roles <span class=\'muted\'>(may differ)</span></div>',
    ]);
    expect(pictures.every((p) => p.content.endsWith(`${caption}\n`))).toBe(true);
  });

  it('refuses a variant that leaves a slot empty or names one the scene does not use, and a scene without its header or caption', () => {
    expect(() => parseScene('s', scene.replace(' crumbs="Account › Admin Roles" -->', ' -->'))).toThrow('s-new-menu leaves {{crumbs}} empty');
    expect(() => parseScene('s', scene.replace('{{crumbs}}', 'Roles'))).toThrow('s names crumbs, which the scene does not use');
    expect(() => parseScene('s', scene.split('\n').slice(1).join('\n'))).toThrow('one <!-- scene … --> line first');
    expect(() => parseScene('s', scene.replace(caption, ''))).toThrow('no <div class="caption"> line');
    expect(() => parseScene('s', scene.replace(' chrome="new-menu"', ''))).toThrow('s-new-menu needs title="…" and chrome="…"');
  });

  it('puts a picture in its console frame: the menu entry marked, the New Menu switch shown, the caption below the frame', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aw-scenes-'));
    writeFileSync(join(dir, 'new-menu.html'), '<div class="top"><span class="user">admin</span></div>\n<div class="sub">Admin Roles</div>\n');
    const page = assemblePage(parseScene('mimecast-roles', scene)[1]!, dir, 'file:///scene.css');
    expect(page).toContain('<title>Roles (New Menu)</title>');
    expect(page).toContain('<span class="toggle">New Menu: on</span><span class="user">');
    expect(page).toContain('<div class="sub active">Admin Roles</div>');
    expect(page.indexOf('</div>\n<div class="caption">')).toBeGreaterThan(page.indexOf('Account › Admin Roles'));
    const elsewhere = parseScene('mimecast-roles', scene.replace('active="Admin Roles"', 'active="Roles"'))[1]!;
    expect(() => assemblePage(elsewhere, dir, '')).toThrow('mimecast-roles-new-menu: the new-menu menu has no entry “Roles”');
  });

  it('gives every picture in build/screens/ its own name, and draws no scene twice', () => {
    const pictures = readScenes();
    expect(new Set(pictures.map((p) => p.name)).size).toBe(pictures.length);
    const bodies = new Map<string, string>();
    for (const p of pictures) {
      // Two scene files with the same content are one scene with two variants.
      const other = bodies.get(p.content);
      expect(other === undefined || other === p.file, `${p.name} repeats ${other}`).toBe(true);
      bodies.set(p.content, p.file);
    }
  });
});
