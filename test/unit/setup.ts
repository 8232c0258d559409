// A real IndexedDB implementation for repository tests (no mocks).
import 'fake-indexeddb/auto';
