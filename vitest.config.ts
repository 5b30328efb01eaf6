import { defineConfig } from 'vitest/config';

// Unit tests only: Playwright's *.spec.ts files under tests/e2e are not Vitest's.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
