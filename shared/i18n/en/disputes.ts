/** English texts of the disputes feature. */
export const disputes = {};
