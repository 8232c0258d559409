/** English texts of the backup feature. */
export const backup = {};
