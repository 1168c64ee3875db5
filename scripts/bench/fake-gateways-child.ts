// Loopback fake Mimecast gateways in a process of their own (spawned by scripts/bench-fleet.ts), so the work of
// answering — as a real gateway's would be — is not counted against the app's own process. Argument: how many, and
// the latency per response in ms. Prints one JSON line with their base URLs; ends when its stdin closes.
import { startFakeMimecast } from '../../testing/fake-mimecast.ts';

const [count, latencyMs] = process.argv.slice(2).map(Number);
const fakes = await Promise.all(Array.from({ length: count! }, () => startFakeMimecast({ latencyMs: latencyMs! })));
console.log(JSON.stringify(fakes.map((f) => f.baseUrl)));
process.stdin.resume();
process.stdin.on('end', () => {
  const violations = fakes.flatMap((f) => f.violations);
  if (violations.length > 0) console.error(`the fake API saw malformed requests: ${violations.join('; ')}`);
  void Promise.all(fakes.map((f) => f.close())).then(() => process.exit(violations.length > 0 ? 1 : 0));
});
