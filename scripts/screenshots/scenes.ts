/**
 * The illustration scenes of build/screens/, each drawn once. A scene file starts with its header line
 * `<!-- scene title="…" chrome="…" [active="…"] [toggle="…"] [slot="…" …] -->` and may add one line per console
 * variant, `<!-- variant <id> title="…" chrome="…" … -->`, naming the same slots: the picture `<file>-<id>` is the
 * same scene drawn in that console (the ids are the console-variant names of shared/checklist/console-variants.ts,
 * e.g. `new-menu`, `classic`, `cloud-integrated`). Any attribute other than title, chrome, active and toggle is a
 * slot, written `{{slot}}` in the scene's own content (its `<div class="main">` block and caption).
 * The screenshot script and the tests that look at the pictures both read scenes through here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const scenesDir = join(import.meta.dirname, '../../build/screens');

/** One picture: a scene drawn in one console. */
export interface Scene {
  /** The picture's name (`renderer/public/screens/<name>.png`), which the checklist steps refer to. */
  name: string;
  /** The scene file it is drawn from, without `.html`. */
  file: string;
  title: string;
  /** The shared console frame `build/screens/chrome/<chrome>.html`. */
  chrome: string;
  /** The menu entry the frame marks. */
  active: string | undefined;
  /** What the top bar's New Menu switch shows. */
  toggle: string | undefined;
  /** The scene's content with the variant's slots filled in: its main block, then its caption. */
  content: string;
}

const HEADER_LINE = /^<!-- (scene|variant ([a-z][a-z0-9-]*))((?:\s+[a-z]+="[^"]*")+)\s*-->\n/;
const frameAttributes = new Set(['title', 'chrome', 'active', 'toggle']);

/** Every picture of one scene file: the scene as its header line draws it, then each variant. */
export function parseScene(file: string, text: string): Scene[] {
  const lines: { variant: string | undefined; attrs: Map<string, string> }[] = [];
  let rest = text;
  for (let line = HEADER_LINE.exec(rest); line; line = HEADER_LINE.exec(rest)) {
    if ((line[1] === 'scene') !== (lines.length === 0)) throw new Error(`${file}.html: one <!-- scene … --> line first, then only <!-- variant id … --> lines`);
    lines.push({ variant: line[2], attrs: new Map([...(line[3] ?? '').matchAll(/([a-z]+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? ''] as const)) });
    rest = rest.slice(line[0].length);
  }
  if (lines.length === 0) throw new Error(`${file}.html: the first line must be <!-- scene title="…" chrome="…" -->`);
  if (!/^<div class="caption">/m.test(rest)) throw new Error(`${file}.html: no <div class="caption"> line`);
  const slots = new Set([...rest.matchAll(/\{\{([a-z]+)\}\}/g)].map((m) => m[1] ?? ''));

  return lines.map(({ variant, attrs }) => {
    const name = variant === undefined ? file : `${file}-${variant}`;
    const title = attrs.get('title');
    const chrome = attrs.get('chrome');
    if (!title || !chrome) throw new Error(`${file}.html: ${name} needs title="…" and chrome="…"`);
    const given = [...attrs.keys()].filter((key) => !frameAttributes.has(key));
    const unused = given.filter((key) => !slots.has(key));
    const missing = [...slots].filter((slot) => !attrs.has(slot));
    if (unused.length > 0 || missing.length > 0) {
      throw new Error(`${file}.html: ${name} ${[...missing.map((s) => `leaves {{${s}}} empty`), ...unused.map((s) => `names ${s}, which the scene does not use`)].join(', ')}`);
    }
    const content = rest.replace(/\{\{([a-z]+)\}\}/g, (_, slot: string) => attrs.get(slot) ?? '');
    return { name, file, title, chrome, active: attrs.get('active'), toggle: attrs.get('toggle'), content };
  });
}

/** Every picture of every scene in build/screens/, in file order. */
export function readScenes(dir = scenesDir): Scene[] {
  return readdirSync(dir)
    .filter((entry) => entry.endsWith('.html'))
    .sort()
    .flatMap((entry) => parseScene(entry.replace(/\.html$/, ''), readFileSync(join(dir, entry), 'utf8')));
}

/** The whole page for one picture: the shared head and console frame around the scene's main block and caption. */
export function assemblePage(scene: Scene, chromeDir: string, stylesheetHref: string): string {
  let chrome = readFileSync(join(chromeDir, `${scene.chrome}.html`), 'utf8').trimEnd();
  if (scene.active !== undefined) {
    const entry = `<div class="sub">${scene.active}</div>`;
    if (!chrome.includes(entry)) throw new Error(`${scene.name}: the ${scene.chrome} menu has no entry “${scene.active}”`);
    chrome = chrome.replace(entry, `<div class="sub active">${scene.active}</div>`);
  }
  if (scene.toggle !== undefined) chrome = chrome.replace('<span class="user">', `<span class="toggle">${scene.toggle}</span><span class="user">`);

  const captionAt = scene.content.search(/^<div class="caption">/m);
  return [
    '<!doctype html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><link rel="stylesheet" href="${stylesheetHref}"><title>${scene.title}</title></head>`,
    '<body>',
    '<div class="frame">',
    chrome,
    scene.content.slice(0, captionAt).trimEnd(),
    '</div>',
    scene.content.slice(captionAt).trimEnd(),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
