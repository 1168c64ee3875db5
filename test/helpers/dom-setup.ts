import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// findBy…/waitFor give up after 1 s by default, which a loaded test machine exceeds; they still return at once when ready.
configure({ asyncUtilTimeout: 5_000 });

// Globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());
