/**
 * The other journeys the tests build, each in a copy of the project with no change to src/
 * (`scripts/build-copy.ts`) and served on its own port: another organisation's story
 * (tests/fixtures/second-journey/content), and a journey imported from a TimelineJS JSON file and a
 * Google Sheets CSV (tests/fixtures/timelinejs/) with `npm run import`.
 */
export const SECOND_JOURNEY = {
  content: 'tests/fixtures/second-journey/content',
  copy: 'test-results/second-journey',
  port: Number(process.env.SECOND_JOURNEY_PORT ?? 4339),
};

export const IMPORTED_JOURNEY = {
  /** Imported over the project's own journey, as an editor of a fresh clone would. */
  content: 'content',
  imports: ['tests/fixtures/timelinejs/history.json', 'tests/fixtures/timelinejs/sheet.csv'],
  copy: 'test-results/imported-journey',
  port: SECOND_JOURNEY.port + 1,
};

export const addressOf = (journey: { port: number }) => `http://127.0.0.1:${journey.port}/`;
