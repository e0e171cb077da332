/**
 * An ICU MessageFormat message (the syntax of messages/*.json) with `change` applied to its literal
 * text only: argument names, types and styles, plural and select keywords, and rich-text tags
 * (`<link>…</link>`) are copied as written, while the text inside options and tags is changed.
 * Quoting follows ICU: `''` is an apostrophe, `'{…}'` is literal text.
 */
export function mapMessageLiterals(message: string, change: (text: string) => string): string {
  let at = 0;
  let out = '';
  let literal = '';
  const flush = () => {
    out += change(literal);
    literal = '';
  };
  const copyWhile = (test: (char: string) => boolean) => {
    const from = at;
    while (at < message.length && test(message.charAt(at))) at++;
    out += message.slice(from, at);
    return message.slice(from, at);
  };
  const isSpace = (char: string) => /\s/.test(char);

  // Text up to the end, or up to the `}` closing an option of a plural or select.
  const text = (inPlural: boolean, nested: boolean): void => {
    while (at < message.length) {
      const char = message[at];
      if (char === "'") {
        literal += quoted(inPlural);
      } else if (char === '{') {
        flush();
        argument();
      } else if (char === '}' && nested) {
        break;
      } else if (char === '<' && /^<\/?[A-Za-z][\w-]*\/?>/.test(message.slice(at))) {
        flush();
        copyWhile((c) => c !== '>');
        out += '>';
        at++;
      } else {
        literal += char;
        at++;
      }
    }
    flush();
  };

  // An apostrophe, an escaped one (''), or a quoted run that starts before a syntax character.
  const quoted = (inPlural: boolean): string => {
    const next = message[at + 1];
    const starts = next === '{' || next === '}' || next === '<' || next === '|' || (inPlural && next === '#');
    if (next === "'" || !starts) {
      const length = next === "'" ? 2 : 1;
      at += length;
      return message.slice(at - length, at);
    }
    let end = at + 1;
    while (end < message.length && !(message[end] === "'" && message[end + 1] !== "'")) end += message[end] === "'" ? 2 : 1;
    const run = message.slice(at, end + 1);
    at = end + 1;
    return run;
  };

  // {name}, {name, type[, style]}, or {name, plural|select|selectordinal, options}.
  const argument = (): void => {
    out += '{';
    at++;
    copyWhile((c) => c !== ',' && c !== '}');
    if (message[at] === '}') {
      out += '}';
      at++;
      return;
    }
    out += ',';
    at++;
    const type = copyWhile((c) => c !== ',' && c !== '}').trim();
    if (type === 'plural' || type === 'select' || type === 'selectordinal') {
      out += ',';
      at++;
      options(type !== 'select');
    } else {
      let depth = 1;
      copyWhile((c) => (depth += c === '{' ? 1 : c === '}' ? -1 : 0) > 0);
    }
    out += '}';
    at++;
  };

  // `one {…} other {…}`, `=0 {…}`, `offset:1`: keywords copied, each option's text changed.
  const options = (inPlural: boolean): void => {
    for (;;) {
      copyWhile(isSpace);
      if (at >= message.length || message[at] === '}') return;
      copyWhile((c) => !isSpace(c) && c !== '{' && c !== '}');
      copyWhile(isSpace);
      if (message[at] !== '{') continue;
      out += '{';
      at++;
      text(inPlural, true);
      out += '}';
      at++;
    }
  };

  text(false, false);
  return out;
}
