/**
 * The value lists of valued attributes in an annotation.conf
 * ("Kind  Arg:Quote, Value:direct|indirect"), so imported choice fields keep
 * every option even when the files use only some of them.
 */
export function readAttributeOptions(conf: string): Map<string, string[]> {
  const options = new Map<string, string[]>();
  let section = '';
  for (const raw of conf.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) section = header[1] as string;
    else if (section === 'attributes' && line.length > 0) {
      const [name, ...rest] = line.split(/\s+/);
      const values = /Value:([^,\s]+)/.exec(rest.join(' '))?.[1];
      if (name && values) options.set(name, values.split('|'));
    }
  }
  return options;
}
