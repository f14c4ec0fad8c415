export const tags = ['Dialog'];
