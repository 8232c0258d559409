// Imported first by test files that need a fixed zone east of UTC (no DST since 2014). Node
// re-reads TZ when it changes, and vitest runs each file in its own fork.
process.env.TZ = 'Europe/Moscow';
