import { matrixOn } from './matrix.suite.js';

// PostgreSQL is not optional: test/run.mjs sets TEST_DATABASE_URL and SKJOLD_REQUIRE_POSTGRES, so this never skips in npm test.
matrixOn('postgres');
