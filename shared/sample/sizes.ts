/** The sample journal sizes offered in Settings, kept apart from the generator so the UI can show them without loading it. */
export const SAMPLE_SIZES = {
  small: { clients: 50, years: 2 },
  large: { clients: 2000, years: 10 },
} as const;
export type SampleSize = keyof typeof SAMPLE_SIZES;

/** One fixed seed: every user (and every benchmark run) gets the same sample journal. */
export const SAMPLE_SEED = 20261123;
