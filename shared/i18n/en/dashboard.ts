/** English texts of the dashboard feature. */
export const dashboard = {};
