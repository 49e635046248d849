// Preloaded with `node --require`: writes the process's peak RSS (KiB) to $CIUDATA_RSS_FILE at exit,
// and its user CPU seconds (every thread) to $CIUDATA_CPU_FILE when set.
const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  if (process.env.CIUDATA_RSS_FILE)
    writeFileSync(process.env.CIUDATA_RSS_FILE, String(process.resourceUsage().maxRSS));
  if (process.env.CIUDATA_CPU_FILE)
    writeFileSync(process.env.CIUDATA_CPU_FILE, String(process.resourceUsage().userCPUTime / 1e6));
});
