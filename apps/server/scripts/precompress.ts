/** `pnpm --filter @duiding/server build`: after the apps' builds, their files compressed once. */
import { DEFAULT_STATIC_ROOTS } from '../src/platform';
import { precompressDirectory } from '../src/precompress';

for (const [app, root] of Object.entries(DEFAULT_STATIC_ROOTS)) {
  const { written, upToDate } = await precompressDirectory(root);
  console.log(
    `${app}: ${written} bestanden gecomprimeerd (brotli en gzip), ${upToDate} waren al klaar`,
  );
}
