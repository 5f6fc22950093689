/**
 * Escapes text for XML attributes and content, and drops characters XML 1.0 forbids (control
 * characters), so GEXF and GraphML exports always parse.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** `text` safe inside an XML attribute value or element. */
export function xmlEscape(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters; drop them.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, "")
      .replace(/[&<>"']/gu, (ch) => ENTITIES[ch] ?? ch)
  );
}
