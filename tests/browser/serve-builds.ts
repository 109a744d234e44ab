import { DIST, SUB_BASE, SUB_DIST } from '../../scripts/test-builds.mjs';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { ORIGIN_VARIABLES } from './origins';

/**
 * Playwright's global setup: serves the two test builds, each on a port the system chooses, so no
 * run meets another program's server or tests one it did not start. Workers, started after this,
 * read the addresses from the environment (`origins.ts`). Returns the teardown that stops both.
 */
export default async function serveBuilds(): Promise<() => Promise<void>> {
  const servers = [await serveDist({ dir: DIST }), await serveDist({ dir: SUB_DIST, base: SUB_BASE })] as const;
  process.env[ORIGIN_VARIABLES.dist] = servers[0].origin;
  process.env[ORIGIN_VARIABLES.sub] = servers[1].origin;
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
