// Draws the app icon (an original design: a shield with a check mark over an envelope flap, on a rounded tile)
// with Chromium and writes every file electron-builder looks for in build/:
//   icon.png (1024 px, macOS/Windows source), icons/<n>x<n>.png (Linux), icon.ico (Windows), icon.icns (macOS).
// The .ico and .icns containers are written here directly — both formats simply wrap PNG images — so no
// platform tool is needed. Run: node build/generate-icons.ts
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../testing/chromium.ts';

const buildDir = import.meta.dirname;

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024">
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#1f6feb"/><stop offset="1" stop-color="#0b3d91"/>
    </linearGradient>
    <linearGradient id="shield" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#ffffff"/><stop offset="1" stop-color="#dbe7ff"/>
    </linearGradient>
  </defs>
  <rect x="64" y="64" width="896" height="896" rx="200" fill="url(#tile)"/>
  <path d="M200 330 L512 560 L824 330" fill="none" stroke="#8fb6ff" stroke-width="44" stroke-linejoin="round"
        stroke-linecap="round" opacity="0.55"/>
  <path d="M512 190 L760 280 V500 C760 660 652 770 512 830 C372 770 264 660 264 500 V280 Z" fill="url(#shield)"/>
  <path d="M405 505 L486 590 L635 420" fill="none" stroke="#0b8a4f" stroke-width="64" stroke-linecap="round"
        stroke-linejoin="round"/>
</svg>`;

async function renderPngs(sizes: readonly number[]): Promise<Map<number, Buffer>> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const images = new Map<number, Buffer>();
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(`<html><body style="margin:0;background:transparent">
        <div style="width:${size}px;height:${size}px">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</div>
        </body></html>`);
      images.set(size, await page.screenshot({ omitBackground: true, type: 'png' }));
      await page.close();
    }
    return images;
  } finally {
    await browser.close();
  }
}

/** ICO: a 6-byte header, one 16-byte directory entry per image, then the PNG data (valid since Windows Vista). */
function ico(images: ReadonlyArray<[number, Buffer]>): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(([size, png], i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(([, png]) => png)]);
}

/** ICNS: 'icns' + total length, then (OSType, length including its 8-byte header, PNG data) per image. */
function icns(images: ReadonlyArray<[string, Buffer]>): Buffer {
  const chunks = images.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
const png = await renderPngs(linuxSizes);
const at = (size: number): Buffer => png.get(size)!;

await mkdir(resolve(buildDir, 'icons'), { recursive: true });
await writeFile(resolve(buildDir, 'icon.png'), at(1024));
for (const size of linuxSizes) await writeFile(resolve(buildDir, 'icons', `${size}x${size}.png`), at(size));
await writeFile(resolve(buildDir, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256].map((s) => [s, at(s)])));
// Retina variants (ic11–ic14) reuse the double-size image, as Apple's iconutil does.
await writeFile(resolve(buildDir, 'icon.icns'), icns([
  ['icp4', at(16)], ['icp5', at(32)], ['icp6', at(64)], ['ic07', at(128)], ['ic08', at(256)], ['ic09', at(512)],
  ['ic10', at(1024)], ['ic11', at(32)], ['ic12', at(64)], ['ic13', at(256)], ['ic14', at(512)],
]));
console.log(`wrote build/icon.png, build/icon.ico, build/icon.icns and ${linuxSizes.length} PNGs in build/icons/`);
