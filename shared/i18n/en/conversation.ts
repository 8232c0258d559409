/** English texts of the conversation feature. */
export const conversation = {};
