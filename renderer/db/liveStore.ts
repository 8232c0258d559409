/**
 * The one subscribe/version mechanism for in-memory models (the conversation index, the search
 * index's status, small UI stores): a snapshot, a version that increments on every publish and
 * a set of listeners. `subscribe` and `getSnapshot` are stable functions and the snapshot is
 * replaced, never mutated, so they go straight into React's `useSyncExternalStore`. No React here.
 */
/** What React's `useSyncExternalStore` (and `useLiveStore`) needs from a live model. */
export interface LiveSource<S> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): S;
}

export class LiveStore<S> implements LiveSource<S> {
  private snapshot: S;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(initial: S) {
    this.snapshot = initial;
  }

  getSnapshot = (): S => this.snapshot;

  /** How many times a new snapshot was published (0 before the first). */
  getVersion = (): number => this.version;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Builds the next snapshot with the next version and tells every listener once. */
  publish(make: (version: number) => S): S {
    this.version++;
    this.snapshot = make(this.version);
    for (const listener of [...this.listeners]) listener();
    return this.snapshot;
  }

  /**
   * Replaces the snapshot without a new version and without telling anyone: for figures that
   * only matter the next time something re-renders anyway (a build's progress count).
   */
  amend(make: (current: S) => S): void {
    this.snapshot = make(this.snapshot);
  }

  /** Drops every listener; the last snapshot stays readable. */
  dispose(): void {
    this.listeners.clear();
  }
}
