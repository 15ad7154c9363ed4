/** A problem in a content file, reported as one line naming the file and the field. */
export class ContentError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field} ${problem}`);
    this.name = "ContentError";
  }
}
