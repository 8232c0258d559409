/** English texts of the decisions feature. */
export const decisions = {};
