/** English texts of the journal feature. */
export const journal = {};
