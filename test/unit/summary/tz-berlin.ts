// Imported first by test files that need a zone with daylight saving time (CET/CEST). Node
// re-reads TZ when it changes, and vitest runs each file in its own fork.
process.env.TZ = 'Europe/Berlin';
