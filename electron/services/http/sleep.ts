/** The real wait between retries; the clients take a `sleep` option so tests record waits instead of sleeping. */
export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
