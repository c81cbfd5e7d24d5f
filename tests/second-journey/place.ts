/**
 * The second journey: another organisation's story (tests/fixtures/second-journey/content), built in
 * a copy of the project with no change to src/ (`scripts/build-copy.ts`), and served on its own port.
 */
export const SECOND_JOURNEY = {
  content: 'tests/fixtures/second-journey/content',
  copy: 'test-results/second-journey',
  port: Number(process.env.SECOND_JOURNEY_PORT ?? 4339),
};
