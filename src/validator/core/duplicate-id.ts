/**
 * The one wording for an id another entry already has, used by the validator, the
 * scaffolds and the List your course form. `where` names the file that has it, when known.
 */
export function duplicateIdMessage(noun: "course" | "provider" | "pathway", id: string, where?: string): string {
  return `Another ${noun} already has the id "${id}"${where ? ` (${where})` : ""}`;
}
