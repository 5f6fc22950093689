#!/usr/bin/env node
// Makes sure the browser tests have Debian's Chromium and CJK fonts: installs them with apt-get
// when missing (as root), or says exactly what to install. Never downloads a browser of its own.
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

const CHROMIUM = "/usr/bin/chromium";
const FONTS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

if (existsSync(CHROMIUM) && existsSync(FONTS)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = existsSync("/usr/bin/apt-get");
if (!isRoot || !hasApt) {
  console.error(
    `ZoneGraph tests need ${CHROMIUM} and Noto CJK fonts. Install them with:\n  sudo apt-get install -y chromium fonts-noto-cjk`,
  );
  process.exit(1);
}
console.log("Installing Debian's chromium and fonts-noto-cjk for the browser tests…");
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-cjk"], { stdio: "inherit", env });
