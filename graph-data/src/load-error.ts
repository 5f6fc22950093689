/**
 * The error a loader reports for one bad fact or file: it names the file, the line and the fact,
 * e.g. `facts/baotou.yaml:42: relation LOCATED_IN weifeng->nowhere: "to" names no entity "nowhere"`.
 */

/** One problem found while loading sources or facts, located at file:line and a fact. */
export class LoadError extends Error {
  /** The file as shown to curators, e.g. "facts/baotou.yaml". */
  readonly file: string;
  /** 1-based line of the offending YAML node (0 when unknown). */
  readonly line: number;
  /** The fact at fault, e.g. "entity weifeng-electromagnetic"; undefined for file-level problems. */
  readonly fact: string | undefined;
  /** The problem alone, without the location prefix. */
  readonly reason: string;

  constructor(file: string, line: number, fact: string | undefined, reason: string) {
    super(`${file}:${line}: ${fact === undefined ? "" : `${fact}: `}${reason}`);
    this.name = "LoadError";
    this.file = file;
    this.line = line;
    this.fact = fact;
    this.reason = reason;
  }
}
