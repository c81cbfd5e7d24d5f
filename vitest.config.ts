/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/dist/**/*.test.ts'],
      globalSetup: ['tests/unit/global-setup.ts'],
      testTimeout: 30_000,
    },
  },
  { devToolbar: { enabled: false } },
);
