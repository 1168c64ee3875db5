import { test as base } from '@playwright/test';
import { createHarness, type AppHarness } from '../../testing/app-harness.ts';

// The specs' one import: the app on its real services (testing/app-harness.ts, which scripts use too) and the fixture.
export { createHarness, type AppHarness };

/** `test` with an `app` fixture: a harness on a fresh data folder, removed afterwards. */
export const test = base.extend<{ app: AppHarness }>({
  app: async ({ context }, use) => {
    const harness = await createHarness(context);
    await use(harness);
    harness.dispose();
  },
});

export { expect } from '@playwright/test';
