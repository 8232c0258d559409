/** English texts of the clients feature. */
export const clients = {};
