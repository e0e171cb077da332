/**
 * The AUTH_SECRET of tests/integration/deployment.test.ts, whose `npm run build` is the build the
 * end-to-end tests then run on: the client-bundle scan looks for it too.
 */
export const DEPLOYMENT_AUTH_SECRET = 'deployment-test-secret-of-at-least-32-chars';
