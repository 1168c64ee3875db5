'use strict';
// Preloaded (`node --require`) to make a process report Node 20.20.2, so the version guard can be tried without an old Node.
Object.defineProperty(process.versions, 'node', { value: '20.20.2', enumerable: true });
