export const overlayMethods = {} as const;
