import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The classic Electron mistakes, caught at lint time (the scanner in `npm test` catches more).
const electronMistakes = [
  { selector: "Property[key.name='nodeIntegration'][value.value=true]", message: 'nodeIntegration must stay off.' },
  { selector: "Property[key.name='nodeIntegrationInWorker'][value.value=true]", message: 'nodeIntegrationInWorker must stay off.' },
  { selector: "Property[key.name='contextIsolation'][value.value=false]", message: 'contextIsolation must stay on.' },
  { selector: "Property[key.name='sandbox'][value.value=false]", message: 'Every renderer is sandboxed.' },
  { selector: "Property[key.name='webSecurity'][value.value=false]", message: 'Never turn off webSecurity.' },
  { selector: "Property[key.name='allowRunningInsecureContent'][value.value=true]", message: 'No insecure content.' },
  { selector: "Property[key.name='experimentalFeatures'][value.value=true]", message: 'No experimental features.' },
  { selector: "Property[key.name='enableBlinkFeatures']", message: 'No Blink feature flags.' },
  { selector: "Property[key.name='webviewTag'][value.value=true]", message: 'No <webview>.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', '.tmp/', 'build/screens/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      'no-restricted-syntax': ['error', ...electronMistakes],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // CommonJS on purpose: the Node version guard and preloads must run on any Node, before anything is built.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Services and shared code run under plain Node (CLI, tests): no Electron, and shared/ not even Node.
    files: ['electron/services/**', 'electron/cli/**', 'shared/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only electron/main and electron/preload may import electron; receive an adapter instead.' }] }],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['electron', 'react', 'react-dom'],
        patterns: [{ group: ['node:*'], message: 'shared/ is pure TypeScript used by both processes.' }],
      }],
    },
  },
  {
    // Benchmarks, screenshots and icons share their fakes and harness with the tests through testing/; test/ stays the
    // tests' own, so a test can change without breaking a script.
    files: ['scripts/**', 'testing/**', 'build/**', '*.config.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '(^|/)test/', message: 'Only tests import from test/: move what a script shares with the tests to testing/.' }],
      }],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: ['electron'],
        patterns: [{ group: ['node:*', '**/electron/**'], message: 'The renderer talks only to window.assistant.' }],
      }],
    },
  },
);
