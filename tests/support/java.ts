/**
 * Finds the Java runtime the Nu HTML Checker (npm `vnu-jar`) runs on: `java` on the PATH, version
 * 17 or later (the checker's own requirement). `vnu-jar` can download a runtime itself, but its
 * install script is denied in package.json: the tests use the system's Java, or say how to get one.
 */
import { spawnSync } from 'node:child_process';

/** The major version of `java` on the PATH, or undefined when there is none. */
export function javaVersion(): number | undefined {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  const match = /version "(\d+)/.exec(`${result.stderr}${result.stdout}`);
  return match ? Number(match[1]) : undefined;
}

export const MIN_JAVA = 17;

export const NO_JAVA_MESSAGE =
  `The Nu HTML Checker needs Java ${MIN_JAVA} or later on the PATH. ` +
  `Install one either way, then run npm test again:
  - Debian or Ubuntu: sudo apt-get install -y default-jre-headless
  - Elsewhere: a JDK or JRE ${MIN_JAVA}+ from your package manager, with \`java\` on the PATH.`;
