// Preloaded with `node --require`: writes the process's peak RSS (KiB) to $CIUDATA_RSS_FILE at exit.
const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  if (process.env.CIUDATA_RSS_FILE)
    writeFileSync(process.env.CIUDATA_RSS_FILE, String(process.resourceUsage().maxRSS));
});
