/**
 * The public half of the project's Ed25519 release key. Every update feed file (latest*.yml, beta*.yml) must carry a
 * detached signature made with the private half (`<file>.sig`, base64) before the app downloads anything it names.
 * The private key lives only in the forge's secret store (`UPDATE_SIGNING_KEY`, docs/release.md), never in the
 * repository. This key was generated when the updater was written and its private half was not kept: until the
 * maintainers run `npm run release-key` and put the new public key here, every feed is refused (fails closed).
 */
export const RELEASE_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAt8rSdRCt3UgaO1TXEVkpEtfi+bwtijEjRVIz9SNDjHs=
-----END PUBLIC KEY-----
`;
