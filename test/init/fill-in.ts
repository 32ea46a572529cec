/**
 * A planner in a text editor, scripted: fills answers into an `opdm init` template exactly as
 * its header says (uncomment a question's key and type the value; drop the `{}` of the block;
 * replace the volume placeholder). Only what the template offers can be filled this way.
 */
type Value = string | number | boolean | readonly (string | number | boolean)[] | { na: string };

export interface Entity {
  answers?: Record<string, Value>;
  annual_volume?: number;
}
export interface FillIn {
  city?: Record<string, Value>;
  opds?: Record<string, Entity & { services?: Record<string, Entity> }>;
}

const typed = (value: Value): string => {
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  if (typeof value === 'object') return `{na: ${JSON.stringify((value as { na: string }).na)}}`;
  return String(value);
};

export function fillIn(template: string, data: FillIn): string {
  const lines = template.split('\n');
  let opd: string | undefined;
  let service: string | undefined;
  let block: { line: number; indent: number; answers: Record<string, Value> } | undefined;
  lines.forEach((line, i) => {
    let match: RegExpExecArray | null;
    if ((match = /^ {2}- id: (.+)$/.exec(line))) [opd, service] = [match[1], undefined];
    else if ((match = /^ {6}- id: (.+)$/.exec(line))) service = match[1];
    else if ((match = /^( *)# annual_volume: /.exec(line))) {
      const volume = data.opds?.[opd!]?.services?.[service!]?.annual_volume;
      if (volume !== undefined) lines[i] = `${match[1]}annual_volume: ${volume}`;
    } else if ((match = /^( *)answers: \{\}/.exec(line))) {
      const indent = match[1]!.length;
      const entity =
        indent === 0
          ? { answers: data.city }
          : indent === 4
            ? data.opds?.[opd!]
            : data.opds?.[opd!]?.services?.[service!];
      block = { line: i, indent, answers: (indent === 0 ? data.city : entity?.answers) ?? {} };
    } else if (block && (match = /^( *)# ([a-z0-9-]+):$/.exec(line)) && match[1]!.length === block.indent + 2) {
      const value = block.answers[match[2]!];
      if (value === undefined) return;
      lines[i] = `${match[1]}${match[2]}: ${typed(value)}`;
      lines[block.line] = `${' '.repeat(block.indent)}answers:`;
    }
  });
  return lines.join('\n');
}

/**
 * Fills every volume the template still leaves as a comment: a rubric that weights by volume needs
 * one on each service.
 */
export function withVolumes(template: string, volume = 1000): string {
  return template.replace(/^( *)# annual_volume: .*$/gm, `$1annual_volume: ${volume}`);
}
