/** The environment variables through which `serve-builds.ts` tells the workers where each build is served. */
export const ORIGIN_VARIABLES = { dist: 'TEST_DIST_ORIGIN', sub: 'TEST_SUB_ORIGIN' } as const;

function origin(build: keyof typeof ORIGIN_VARIABLES): string {
  const value = process.env[ORIGIN_VARIABLES[build]];
  if (!value)
    throw new Error(
      `${ORIGIN_VARIABLES[build]} is not set: run the browser tests with \`playwright test\`, whose global setup serves the builds`,
    );
  return value;
}

/** Where the first build, `dist/`, is served, at the root: `http://127.0.0.1:<free port>`. */
export const distOrigin = (): string => origin('dist');
/** Where the second build, `dist-sub/`, is served, under its base path `/sub/`. */
export const subOrigin = (): string => origin('sub');
