import { join } from 'node:path';
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, nativeTheme, Notification, protocol, safeStorage, screen, session, shell } from 'electron';
import { wireChannel } from '../../shared/ipc/contract.ts';
import { externalLinks, externalUrlToOpen } from '../../shared/links.ts';
import { createServices, type Services } from '../services/compose.ts';
import { fileSink } from '../services/logging/logger.ts';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin.ts';
import { openElectronStore } from './electron-store-adapter.ts';
import { createKeyringSecretStore } from '../services/secrets/keyring-secret-store.ts';
import { createReportSaver, printHtmlToPdf, reportWindowOptions } from './report-saver.ts';
import { registerIpcHandlers } from './ipc.ts';
import { claimSingleInstance, debugSwitchIn } from './launch-guards.ts';
import { buildMenuTemplate } from './menu.ts';
import { createAppProtocolHandler } from './protocol.ts';
import { hardenSession, hardenWebContents } from './security.ts';
import { mainWindowOptions } from './window-options.ts';
import { systemProxyResolver } from './system-proxy.ts';
import { visibleWindowState } from './window-state.ts';
import { updatesAdapters } from './updater.ts';
import electronUpdater from 'electron-updater';

// The composition root: the only file that wires Electron-backed adapters into the services.

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | undefined;

/** The one way out to the system browser. Re-checked here: nothing the renderer made up reaches the OS. */
const openExternal = async (url: string): Promise<void> => {
  const checked = externalUrlToOpen(url);
  // electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK — only the re-serialised form of an https URL on the allowlist in shared/links.ts reaches this call (test/unit/shared/links.test.ts)
  if (checked) await shell.openExternal(checked);
};

function createMainWindow(services: Services): BrowserWindow {
  const settings = services.profiles.settings;
  const state = visibleWindowState(settings.get('window'), screen.getAllDisplays().map((d) => d.workArea));
  // electronegativity-ignore: CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK, AUXCLICK_JS_CHECK — the options come from mainWindowOptions (sandbox, contextIsolation, no Node; test/unit/electron/main/window-options.test.ts); middle-click new windows are denied by setWindowOpenHandler in security.ts (security.test.ts)
  const window = new BrowserWindow(
    mainWindowOptions({
      preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
      state,
      isPackaged: app.isPackaged,
      dark: nativeTheme.shouldUseDarkColors,
    }),
  );
  if (state?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    settings.set('window', { ...bounds, maximized: window.isMaximized() });
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function start(): void {
  const dataDir = app.getPath('userData');
  const services = createServices({
    dataDir,
    openStore: openElectronStore,
    version: app.getVersion(),
    platform: process.platform,
    logSinks: [fileSink(join(dataDir, 'logs', 'main.log'))],
    openExternal,
    emit: (event, payload) => mainWindow?.webContents.send(wireChannel(event), payload),
    // The OS keychain first; Electron's safeStorage when the keychain fails; memory (with a banner) last.
    secrets: { keyring: createKeyringSecretStore({ platform: process.platform }), safeStorage, fallback: 'memory' },
    // A secret stored from the command line in the key-file store: the app has no store key to read it with.
    storeKeyAdvice: 'The app cannot read it: verify from the command line with --store-key FILE, or replace the keys here to keep them in this computer’s keychain.',
    clipboard,
    // The OS proxy (PAC included) for every outgoing call, unless the Network settings or HTTPS_PROXY name one.
    network: { systemProxy: systemProxyResolver(() => session.defaultSession), useSavedSettings: true },
    notify: (title, body) => {
      if (Notification.isSupported()) new Notification({ title, body }).show();
    },
    // The machine policy is read now, at start; the feed is the one the release pipeline built in (MAIN_VITE_UPDATE_URL).
    updates: updatesAdapters(app, () => electronUpdater.autoUpdater, import.meta.env.MAIN_VITE_UPDATE_URL ?? null, {
      platform: process.platform,
      execPath: process.execPath,
      env: process.env,
    }),
    saveReport: createReportSaver({
      showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
      // electronegativity-ignore: CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK, AUXCLICK_JS_CHECK — a hidden print window: sandboxed, isolated, JavaScript off (reportWindowOptions, report-saver.test.ts); new windows are denied for every web contents (security.ts)
      printToPdf: (html) => printHtmlToPdf(html, () => new BrowserWindow(reportWindowOptions)),
    }),
  });
  app.on('before-quit', () => {
    // A secret still on the clipboard is cleared on the way out, not left for the next program to read.
    services.clipboard.dispose();
    services.lifecycleScheduler.stop();
    services.recheck.stop();
    services.updates.stop();
  });

  hardenSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { openExternal: (url) => void openExternal(url), logger: services.logger }));
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(import.meta.dirname, '../renderer')));
  registerIpcHandlers(ipcMain, services.router, services.logger);

  app.setAboutPanelOptions({ applicationName: app.getName(), applicationVersion: app.getVersion() });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({ isMac: process.platform === 'darwin', isPackaged: app.isPackaged, openLink: (id) => void openExternal(externalLinks[id]) }),
    ),
  );

  mainWindow = createMainWindow(services);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(services);
  });
  services.logger.info('app started', { version: app.getVersion(), platform: process.platform });
  // Checks in the background shortly after start and every few hours; a download installs when the app quits.
  services.updates.start();
  // Items a crash or a locked keychain left behind, which no profile points to any more.
  void services.credentials.sweepOrphans();
}

const debugSwitch = app.isPackaged ? debugSwitchIn(process.argv) : undefined;
if (debugSwitch) {
  // A packaged app holding a secret does not start with a debugger port open.
  console.error(`Refusing to start with ${debugSwitch}.`);
  app.exit(1);
} else if (claimSingleInstance(app, () => mainWindow)) {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(start);
}
