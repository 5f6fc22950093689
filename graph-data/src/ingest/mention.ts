/**
 * A mention: a stretch of the article that names an entity, with the type, the rule that found it
 * and how sure the rule is. `key` groups mentions of one entity (a region's gazetteer name, a
 * short name's full name); `refersTo` marks anaphora (该公司) and short names.
 */
import type { EntityType, Level, OrganizationKind, PlatformKind } from "../index.ts";

/** One mention of an entity in the article (offsets in the article text). */
export interface Mention {
  type: EntityType;
  /** The name as printed (from the text as given). */
  name: string;
  /** The name entities are grouped by (a region's full name; otherwise the name in simplified form). */
  key: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  kind?: PlatformKind;
  orgKind?: OrganizationKind;
  regionKind?: string;
  level?: Level;
  /** For anaphora and short names: the key of the full name it stands for. */
  refersTo?: string;
  /** Extra alias this mention contributes (the short name of （以下简称X）). */
  alias?: string;
}
