/**
 * Test helper: a tiny XML well-formedness check (balanced, properly nested tags; only the five
 * predefined entities or numeric references) that also counts elements by name.
 */

/** Element counts by tag name; throws if `xml` is not well-formed. */
export function xmlElementCounts(xml: string): Map<string, number> {
  const counts = new Map<string, number>();
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>/u, "");
  for (const m of body.matchAll(
    /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/gu,
  )) {
    const [whole, close, name, , selfClose] = m;
    if (name === undefined) throw new Error(`stray "${whole}" at ${m.index}`);
    if (close) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}> at ${m.index}`);
    } else {
      counts.set(name, (counts.get(name) ?? 0) + 1);
      if (!selfClose) stack.push(name);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join("> <")}>`);
  return counts;
}
