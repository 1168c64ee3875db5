import ElectronStore from 'electron-store';
import { confOptions, type OpenStore } from '../services/settings/store.ts';

/** The app's adapter of the settings port: electron-store with the same options the CLI gives conf. */
export const openElectronStore: OpenStore = (options) =>
  // electron-store takes the file name as `name` (it overwrites conf's `configName` with it).
  new ElectronStore({ ...confOptions(options), name: options.name }) as never;
