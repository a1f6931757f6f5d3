/** A command refused: the reason is for the user, and nothing was written. */
export class RefusedError extends Error {}
