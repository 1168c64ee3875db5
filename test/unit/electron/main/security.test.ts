import { describe, expect, it } from 'vitest';
import { hardenSession, hardenWebContents, type HardenableSession } from '../../../../electron/main/security.ts';
import { silentLogger } from '../../../../electron/services/logging/logger.ts';
import { FakeSession, FakeWebContents } from '../../../helpers/fake-electron.ts';

function hardened() {
  const contents = new FakeWebContents();
  const opened: string[] = [];
  hardenWebContents(contents, { openExternal: (url) => opened.push(url), logger: silentLogger });
  return { contents, opened };
}

describe('hardenWebContents', () => {
  it('lets navigation within the app origin through', () => {
    const { contents } = hardened();
    expect(contents.fire('will-navigate', 'app://assistant/index.html#step').defaultPrevented).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'app://other-host/index.html',
    'http://assistant/index.html',
    'javascript:alert(1)',
  ])('denies navigation to %s', (url) => {
    const { contents, opened } = hardened();
    expect(contents.fire('will-navigate', url).defaultPrevented).toBe(true);
    expect(contents.fire('will-redirect', url).defaultPrevented).toBe(true);
    expect(opened).toEqual([]);
  });

  it('denies navigation to an allowlisted documentation page but opens it in the browser instead', () => {
    const { contents, opened } = hardened();
    const url = 'https://docs.arcticwolf.com/bundle/m_cloud_detection_and_response/page/configure_mimecast_for_arctic_wolf.html';
    expect(contents.fire('will-navigate', url).defaultPrevented).toBe(true);
    expect(opened).toEqual([url]);
  });

  it('hands the browser the parsed, re-serialised URL, never the string the page made up', () => {
    const { contents, opened } = hardened();
    contents.fire('will-navigate', 'HTTPS://DOCS.ARCTICWOLF.COM/page?q="<b>"');
    contents.windowOpenHandler!({ url: 'https://docs.arcticwolf.com/a b\tc' });
    expect(opened).toEqual(['https://docs.arcticwolf.com/page?q=%22%3Cb%3E%22', 'https://docs.arcticwolf.com/a%20bc']);
  });

  it('denies every new window, opening only allowlisted https links externally', () => {
    const { contents, opened } = hardened();
    const handler = contents.windowOpenHandler!;
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'http://docs.arcticwolf.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'https://docs.arcticwolf.com.evil.example/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://assistant/index.html' })).toEqual({ action: 'deny' });
    expect(opened).toEqual([]);
    expect(handler({ url: 'https://docs.arcticwolf.com/some/page' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://docs.arcticwolf.com/some/page']);
  });

  it('never lets a <webview> attach', () => {
    const { contents } = hardened();
    expect(contents.fire('will-attach-webview', {}, {}).defaultPrevented).toBe(true);
  });
});

describe('hardenSession', () => {
  it('denies every permission request, check and device request', () => {
    const session = new FakeSession();
    hardenSession(session as unknown as HardenableSession);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      let granted: boolean | undefined;
      session.requestHandler!({}, permission, (g) => (granted = g), {});
      expect(granted, permission).toBe(false);
    }
    expect(session.checkHandler!({}, 'media', 'app://assistant', {})).toBe(false);
    expect(session.deviceHandler!({ deviceType: 'usb' })).toBe(false);
  });
});
