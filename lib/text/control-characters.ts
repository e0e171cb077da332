/**
 * Control characters no one types into a name, a title or a search: C0 controls except tab, line
 * feed and carriage return (a textarea submits line breaks as CR LF), DEL and the C1 controls.
 * They arrive only from pasted binary, mis-decoded text or an attack, print as nothing or as
 * garbage, and NUL (U+0000) cannot be stored in PostgreSQL text at all, so input holding one is
 * refused at the boundary rather than silently altered: the editor sees what was wrong and the
 * text that is saved is exactly the text that was sent. Invisible format characters that real
 * text needs (ZWJ in emoji, RTL marks, combining marks, no-break spaces) are not controls and pass.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Whether the text holds a control character that input may not carry. */
export const hasControlCharacter = (text: string) => text.search(CONTROL_CHARACTERS) !== -1;

/** The text with each control character turned into a space: for input that is only read (a search), never stored. */
export const controlCharactersToSpaces = (text: string) => text.replace(CONTROL_CHARACTERS, ' ');
