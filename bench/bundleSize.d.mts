export interface BundleSizes {
  startupKB: number;
  lazyKB: number;
  /** Chunks loaded only by dynamic import, as `assets/<file>`. */
  lazyFiles: string[];
}

export function bundleSizes(outDir: string): BundleSizes;
