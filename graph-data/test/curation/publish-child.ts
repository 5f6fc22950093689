/**
 * The crash test's child: opens a curated folder and publishes sample articles one after another
 * until killed, printing "ack <sourceId> <graphVersion>" once each publish has resolved. With a
 * third argument N it SIGKILLs itself at its N-th fsync, to land kills inside a publish's steps.
 * Usage: node --import tsx publish-child.ts <dir> <first article number> [N]
 */
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { CuratedFolder } from "../../src/curation/index.ts";
import { SAMPLE_DECISIONS, sampleProposal } from "./sample-proposal.ts";

const [dir, first, killAt] = process.argv.slice(2);
if (dir === undefined || first === undefined) throw new Error("publish-child: usage: <dir> <first> [N]");
const folder = await CuratedFolder.open(dir);
if (killAt !== undefined) {
  const fsync = fs.fsyncSync;
  let count = 0;
  fs.fsyncSync = (fd: number): void => {
    fsync(fd);
    if (++count === Number(killAt)) process.kill(process.pid, "SIGKILL");
  };
  // The curation modules imported fsyncSync by name: this carries the patch to those bindings.
  syncBuiltinESMExports();
}
process.stdout.write("ready\n");
for (let k = Number(first); ; k++) {
  const draft = await folder.saveNewDraft(sampleProposal(k), "crash-test");
  const decided = await folder.decide(draft.id, draft.version, SAMPLE_DECISIONS, "crash-test");
  const result = await folder.publish(draft.id, decided.version, "crash-test");
  process.stdout.write(`ack ${result.sourceId} ${result.graphVersion}\n`);
}
