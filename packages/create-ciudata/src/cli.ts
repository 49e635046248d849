import { main } from "./main";

// The only place that touches the process exit code. exitCode (not exit) lets output flush.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
