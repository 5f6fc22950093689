/**
 * Where a fact lives (file, YAML path, label such as "entity weifeng-electromagnetic") and the
 * error list it reports into, so checks can say `fail(["evidence", 2], "…")` and get file:line.
 */
import type { z } from "zod";
import { LoadError, zodLoadErrors } from "./load-errors.ts";
import type { YamlFile, YamlPath } from "./yaml-file.ts";

/** One fact being checked, collecting its errors into a shared list. */
export class FactScope {
  constructor(
    readonly yaml: YamlFile,
    readonly base: YamlPath,
    readonly fact: string,
    readonly errors: LoadError[],
  ) {}

  /** Records a problem at `rel` (a path relative to the fact). */
  fail(rel: YamlPath, reason: string): void {
    this.errors.push(
      new LoadError(this.yaml.file, this.yaml.lineOf([...this.base, ...rel]), this.fact, reason),
    );
  }

  /** `raw` parsed by `schema`, or undefined with each of its issues recorded as an error of this fact. */
  parse<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> | undefined {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    this.errors.push(...zodLoadErrors(this.yaml, this.base, this.fact, parsed.error));
    return undefined;
  }

  /** The 1-based line of `rel` in the file. */
  lineOf(rel: YamlPath = []): number {
    return this.yaml.lineOf([...this.base, ...rel]);
  }

  /** A scope for a part of this fact reported as another fact (e.g. a metric of an entity). */
  child(rel: YamlPath, fact: string): FactScope {
    return new FactScope(this.yaml, [...this.base, ...rel], fact, this.errors);
  }
}
