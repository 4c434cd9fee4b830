/** Types for `linebreak` (MIT, Unicode UAX #14), which ships none: only the calls this project makes. */
declare module 'linebreak' {
  interface Break {
    /** The index in the string where a new line may begin. */
    readonly position: number;
    /** A mandatory break (a newline in the text). */
    readonly required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
