// Build-time values electron-vite writes into the main bundle (MAIN_VITE_* variables of the environment the build ran in).
interface ImportMetaEnv {
  /** The update feed this build checks (the release pipeline sets it); absent in a local build: updates "not configured". */
  readonly MAIN_VITE_UPDATE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
