/** English texts of the summary feature. */
export const summary = {};
