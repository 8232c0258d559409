/** English texts of the settings feature. */
export const settings = {};
