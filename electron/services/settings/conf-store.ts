import Conf from 'conf';
import { confOptions, type OpenStore } from './store.ts';

/** The Node adapter of the settings port, for the CLI and tests. The app uses electron-store with the same options. */
export const openConfStore: OpenStore = (options) => new Conf(confOptions(options)) as never;
