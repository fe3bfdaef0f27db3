/** A control's id from its field path: "presentations.0.start" → "f-presentations-0-start". */
export const controlId = (name: string) => `f-${name.replace(/\./g, "-")}`;
