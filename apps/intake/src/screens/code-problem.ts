/** A problem the intake itself finds with a code (not the server), shown as it is. */
export class CodeProblem extends Error {}
