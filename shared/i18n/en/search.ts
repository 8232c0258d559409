/** English texts of the search feature. */
export const search = {};
